"""Are the scores of `aiclass grade` identical to plain `nbgrader autograde` on the same work?"""

from __future__ import annotations

import shutil

import pytest

from aiclass.errors import AiclassError
from aiclass.grade.runner import grade_assignment
from aiclass.nbgrader_cli import run_nbgrader

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grade")]
CASES = [
    "correct",
    "partial",
    "blank",
    "sys-exit",
    "deleted-test-cell",
    "edited-test-cell",
    "test-cell-to-markdown",
    "other-kernel",
]


def gradebook_scores(course, lab):
    from nbgrader.api import Gradebook

    scores = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for submission in gradebook.assignment_submissions(lab):
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    scores[(submission.student.id, grade.name)] = (
                        grade.auto_score,
                        grade.max_score,
                    )
    return scores


def plain_autograde(course, lab, students):
    """Plain `nbgrader autograde`; a student it fails on a busy machine (a kernel too slow to
    answer) is given one more try with `--student`, as a teacher would."""
    try:
        run_nbgrader(course, "autograde", lab, "--log-level=WARN")
    except AiclassError:
        for student in students:
            if not (course / "autograded" / student / lab).is_dir():
                run_nbgrader(course, "autograde", lab, f"--student={student}", "--log-level=WARN")


def test_scores_equal_plain_nbgrader(built_course, tmp_path, tools):
    plain = tools.fresh_course(built_course, tmp_path / "plain")
    for case in CASES:
        tools.submit_case(plain, case)
    ours = tmp_path / "ours" / "course"
    shutil.copytree(plain, ours)
    plain_autograde(plain, tools.LAB, CASES)
    run = grade_assignment(ours, tools.LAB, workers=2)
    assert {r.student: r.status for r in run.results if r.status == "failed"} == {}
    expected = gradebook_scores(plain, tools.LAB)
    assert len(expected) == len(CASES) * 5
    assert gradebook_scores(ours, tools.LAB) == expected

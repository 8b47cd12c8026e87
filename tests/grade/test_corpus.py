"""Does every bad submission get the outcome and message its case.yaml promises, in one batch?"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from aiclass.grade.runner import grade_assignment
from aiclass.grade.sandbox import Limits, sandbox_mode

CORPUS = Path(__file__).resolve().parents[2] / "graders" / "bad_submissions"
LAB = "junior-how-classifiers-learn"
CASES = sorted(p.name for p in CORPUS.iterdir() if (p / "case.yaml").is_file())
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grade")]


def test_the_corpus_has_at_least_30_kinds():
    assert len(CASES) >= 30


@pytest.fixture(scope="module")
def graded(built_course, tmp_path_factory, tools):
    course = tools.fresh_course(built_course, tmp_path_factory.mktemp("corpus"))
    for case in CASES:
        tools.submit_case(course, case)
    run = grade_assignment(course, LAB, workers=2, limits=Limits(wall_s=120))
    return course, {r.student: r for r in run.results}


def autograded_text(course: Path, student: str) -> str:
    path = course / "autograded" / student / LAB / f"{LAB}.ipynb"
    nb = json.loads(path.read_text("utf-8"))
    texts = [o.get("text", "") for c in nb["cells"] for o in c.get("outputs", [])]
    return "".join("".join(t) if isinstance(t, list) else t for t in texts)


@pytest.mark.parametrize("case", CASES)
def test_each_case_is_graded_as_expected(graded, case):
    course, results = graded
    expect = yaml.safe_load((CORPUS / case / "case.yaml").read_text("utf-8"))
    result = results[case]
    statuses = expect["status"] if isinstance(expect["status"], list) else [expect["status"]]
    assert result.status in statuses, result.message
    if expect["score"] is not None:
        assert result.score == expect["score"], result.message
    if result.status == "failed":
        assert result.score is None and result.message  # flagged with a reason, never a silent 0
    assert expect["message"] in result.message
    if expect.get("output"):
        if sandbox_mode() != "bwrap" and case != "network":
            pytest.skip("bubblewrap missing: file-system isolation not available here")
        text = autograded_text(course, case)
        for line in expect["output"]:
            assert line in text


def test_a_cell_that_fills_memory_keeps_its_place(graded):
    """In the background it would hold its memory longer, beside another kernel."""
    course, results = graded
    assert results["memory-bomb"].moved_aside_s == 0, results["memory-bomb"]


def test_no_case_touches_the_gradebook_or_another_student(graded):
    course, results = graded
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for student, result in results.items():
            if result.status == "failed":
                with pytest.raises(MissingEntry):
                    gradebook.find_submission(LAB, student)
                continue
            submission = gradebook.find_submission(LAB, student)
            assert submission.score == pytest.approx(result.score)
    assert results["correct"].score == 9.0 and results["blank"].score == 0.0

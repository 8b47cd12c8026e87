"""Does every bad submission get the outcome and message its case.yaml promises, in one batch?

The batch (the whole corpus, 3 workers, the machine as it is) is graded once per session
(``corpus_runs`` in conftest.py) and shared with test_determinism.py, which grades it again on a
busy machine and with one worker and compares.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from aiclass.grade.sandbox import sandbox_mode

LAB = "grading-fixture"
CORPUS = Path(__file__).resolve().parents[2] / "graders" / "bad_submissions"
CASES = sorted(p.name for p in CORPUS.iterdir() if (p / "case.yaml").is_file())
WORKERS = 3
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grade")]


def test_the_corpus_has_at_least_30_kinds():
    assert len(CASES) >= 30


@pytest.fixture(scope="module")
def graded(corpus_runs):
    return corpus_runs.get(WORKERS)


def autograded_text(course: Path, student: str) -> str:
    path = course / "autograded" / student / LAB / f"{LAB}.ipynb"
    nb = json.loads(path.read_text("utf-8"))
    texts = [o.get("text", "") for c in nb["cells"] for o in c.get("outputs", [])]
    return "".join("".join(t) if isinstance(t, list) else t for t in texts)


@pytest.mark.parametrize("case", CASES)
def test_each_case_is_graded_as_expected(graded, case, tools):
    if tools.corpus().needs_root(case) and os.geteuid() != 0:
        pytest.skip("a device file can only be made by root")
    course, results = graded
    expect = tools.corpus().expectation(case)
    result = results[case]
    assert result.status == expect["status"], result.message
    if expect["score"] is not None:
        assert result.score == expect["score"], result.message
    if result.status == "failed":
        assert result.score is None and result.message  # flagged with a reason, never a silent 0
    assert expect["message"] in result.message
    if expect.get("output"):
        if sandbox_mode() != "bwrap" and expect.get("sandbox", True):
            pytest.skip("bubblewrap missing: file-system isolation not available here")
        text = autograded_text(course, case)
        for line in expect["output"]:
            assert line in text


def test_a_cell_that_fills_memory_keeps_its_place(graded):
    """In the background it would hold its memory longer, beside another kernel."""
    course, results = graded
    assert results["memory-bomb"].moved_aside_s == 0, results["memory-bomb"]


def test_nothing_a_link_points_at_reaches_the_grader(graded):
    """The links were left out of what nbgrader graded: no copy of the teacher's source."""
    course, results = graded
    source = (course / "source" / LAB / f"{LAB}.ipynb").read_bytes()
    copies = course / ".aiclass-grade" / LAB / "submissions"
    read = [p for top in (course / "autograded", copies) for p in top.rglob("*") if p.is_file()]
    assert len(read) > len(results)
    assert [p for p in read if p.stat().st_size == len(source) and p.read_bytes() == source] == []
    assert not (course / "autograded" / "symlink-folder" / LAB / "course-source").exists()


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

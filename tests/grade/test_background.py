"""A long cell moves to the background while others wait, and still gets its whole time limit.

An endless loop must not hold up the class (benchmarks/grade_class.py measures that), and an
honest but slow cell must never lose points because it was moved aside: the time it spent in
the background is added to its limit, so its score equals plain nbgrader's.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from aiclass.grade.runner import grade_assignment
from aiclass.grade.sandbox import Limits

pytestmark = pytest.mark.xdist_group("grading")

# Burns 3 s of its own CPU time: longer than the stall threshold (1 s here), well within the
# 30 s limit even on a busy CI machine (the loop test below proves the time is given back);
# with as many workers as cores, the others keep every core busy while it is in the background
SLOW_BUT_RIGHT = (
    "import time as _t\n"
    "_start = _t.process_time()\n"
    "while _t.process_time() - _start < 3:\n"
    "    pass\n"
)


def full_marks(result) -> bool:
    """Every autograded cell full (the written answer waits for the teacher)."""
    return all(got == out_of for cell, (got, out_of) in result.scores.items() if cell != "think")


def make_slow(course: Path, student: str, lab: str) -> None:
    """Add the slow, honest computation to the student's first answer cell."""
    path = next((course / "submitted" / student / lab).glob("*.ipynb"))
    nb = json.loads(path.read_text("utf-8"))
    cell = next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("solution"))
    source = "".join(cell["source"])
    cell["source"] = SLOW_BUT_RIGHT + source
    path.write_text(json.dumps(nb, indent=1), "utf-8")


def test_slow_honest_cell_keeps_its_time_and_its_score(built_course, tmp_path, tools):
    course = tools.fresh_course(built_course, tmp_path, cell_timeout=30)
    tools.submit_case(course, "correct", "a-slow")
    make_slow(course, "a-slow", tools.LAB)
    for n in range(10):  # a queue that keeps the slow kernel in the background for a while
        tools.submit_case(course, "correct", f"b-{n}")
    run = grade_assignment(
        course, tools.LAB, workers=os.cpu_count() or 2, limits=Limits(stall_s=1.0)
    )
    by_student = {r.student: r for r in run.results}
    slow, usual = by_student["a-slow"], by_student["b-0"]
    assert usual.status == "graded" and full_marks(usual)
    assert slow.scores == usual.scores, slow.message
    assert "time limit" not in slow.message
    # it really was moved aside: others finished while it ran
    assert slow.seconds > 3


def test_endless_loop_is_stopped_after_its_limit_and_others_are_graded(
    built_course, tmp_path, tools
):
    course = tools.fresh_course(built_course, tmp_path, cell_timeout=20)
    tools.submit_case(course, "infinite-loop", "a-loop")
    for n in range(3):
        tools.submit_case(course, "correct", f"b-{n}")
    run = grade_assignment(course, tools.LAB, workers=1, limits=Limits(stall_s=1.0))
    by_student = {r.student: r for r in run.results}
    assert "time limit" in by_student["a-loop"].message
    assert all(full_marks(by_student[f"b-{n}"]) for n in range(3))
    # the loop did not make the others wait: they finished before it did
    loop = by_student["a-loop"]
    others = [by_student[f"b-{n}"].seconds for n in range(3)]
    assert max(others) < loop.seconds
    # the time it spent in the background was given back: it ran past its own limit by about
    # the time the others took (without the credit: the limit plus a few seconds of set-up)
    assert loop.seconds > 20 + sum(others) / 2, (loop.seconds, others)

"""A long cell moves to the background while others wait, and still gets its whole time limit.

An endless loop must not hold up the class (benchmarks/grade_class.py measures that), and an
honest but slow cell must never lose points because it was moved aside: its limit counts the
CPU time it used, not the time it waited there, so its score equals plain nbgrader's.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from time import time

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


def make_slow(course: Path, student: str, lab: str, code: str = SLOW_BUT_RIGHT) -> None:
    """Add slow, honest ``code`` to the student's first answer cell."""
    path = next((course / "submitted" / student / lab).glob("*.ipynb"))
    nb = json.loads(path.read_text("utf-8"))
    cell = next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("solution"))
    source = "".join(cell["source"])
    cell["source"] = code + source
    path.write_text(json.dumps(nb, indent=1), "utf-8")


def stopped_after_cpu_s(course: Path, student: str, lab: str) -> float:
    """The CPU time the stopped cell had used, as its error says."""
    path = course / "autograded" / student / lab / f"{lab}.ipynb"
    outputs = [
        o for c in json.loads(path.read_text("utf-8"))["cells"] for o in c.get("outputs", [])
    ]
    stop = next(o for o in outputs if o.get("ename") == "CellTimeoutError")
    return float(re.search(r"used ([0-9.]+) s of CPU", stop["evalue"]).group(1))


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
    assert slow.moved_aside_s > 0  # it really was moved aside while others were graded


def test_endless_loop_is_stopped_after_its_limit_and_others_are_graded(
    built_course, tmp_path, tools
):
    course = tools.fresh_course(built_course, tmp_path, cell_timeout=20)
    tools.submit_case(course, "infinite-loop", "a-loop")
    for n in range(12):  # with as many workers as cores, they keep the cores busy
        tools.submit_case(course, "correct", f"b-{n}")
    run = grade_assignment(
        course, tools.LAB, workers=os.cpu_count() or 2, limits=Limits(stall_s=1.0)
    )
    by_student = {r.student: r for r in run.results}
    assert "time limit" in by_student["a-loop"].message
    assert all(full_marks(by_student[f"b-{n}"]) for n in range(12))
    # the loop did not make the others wait: they finished before it did
    loop = by_student["a-loop"]
    assert max(by_student[f"b-{n}"].seconds for n in range(12)) < loop.seconds
    # in the background it lost nothing: it was stopped once it had used its whole limit of CPU
    # time (a limit by the clock would have stopped it with less, at 20 s of wall time)
    assert loop.moved_aside_s > 5, loop
    assert stopped_after_cpu_s(course, "a-loop", tools.LAB) >= 20, loop


def test_a_cell_that_waits_is_not_moved_aside(built_course, tmp_path, tools):
    """CPU time, not clock time, says "long". A cell that waits (here it sleeps; on a busy
    machine every cell waits for the CPU) runs longer than the threshold by the clock, but it
    uses almost no CPU, so it is not moved to the background."""
    course = tools.fresh_course(built_course, tmp_path, cell_timeout=30)
    tools.submit_case(course, "correct", "a-waits")
    make_slow(course, "a-waits", tools.LAB, "import time as _t\n_t.sleep(7)\n")
    for n in range(3):  # others wait: a long cell would move aside
        tools.submit_case(course, "correct", f"b-{n}")
    # 5 s of CPU: more than any usual cell of this lab (the imports take 2-3 s on a busy machine)
    run = grade_assignment(course, tools.LAB, workers=1, limits=Limits(stall_s=5.0))
    result = next(r for r in run.results if r.student == "a-waits")
    assert full_marks(result), result.message
    assert result.seconds > 7  # by the clock, longer than the threshold
    assert result.moved_aside_s == 0, result


def test_cells_every_student_runs_alike_are_not_moved_aside(built_course, tmp_path, tools):
    """The imports cell takes more than a second of CPU in every submission: it is the lab's own
    cell, and once the class has run it, it is long only past what it took for them. So a class
    of honest notebooks runs with nothing moved aside (no kernel waits in the background, no
    extra kernel starts beside it)."""
    course = tools.fresh_course(built_course, tmp_path)
    for n in range(6):
        tools.submit_case(course, "correct", f"b-{n}")
    run = grade_assignment(course, tools.LAB, workers=2, limits=Limits(stall_s=1.0))
    assert all(full_marks(r) for r in run.results)
    assert [r.moved_aside_s for r in run.results] == [0.0] * 6, run.results
    assert list((course / ".aiclass-grade" / tools.LAB / "usual").iterdir())  # it learnt


def test_a_while_loop_late_in_the_class_list_is_graded_first(built_course, tmp_path, tools):
    """Longest first: its endless loop then runs beside the others, not after them."""
    course = tools.fresh_course(built_course, tmp_path, cell_timeout=10)
    for n in range(3):
        tools.submit_case(course, "correct", f"a-{n}")
    tools.submit_case(course, "infinite-loop", "z-loop")  # last in the class list
    ends: dict[str, float] = {}
    run = grade_assignment(
        course, tools.LAB, workers=1, progress=lambda r, *_: ends.setdefault(r.student, time())
    )
    starts = {r.student: ends[r.student] - r.seconds for r in run.results}
    assert "time limit" in next(r for r in run.results if r.student == "z-loop").message
    assert starts["z-loop"] < min(starts[f"a-{n}"] for n in range(3)), starts

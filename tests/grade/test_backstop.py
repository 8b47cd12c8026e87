"""The submission's clock limit is a backstop that never takes away the cells that finished."""

from __future__ import annotations

import json

import pytest

from aiclass.grade.backstop import START_S, budget_s
from aiclass.grade.runner import grade_assignment
from aiclass.grade.sandbox import Limits

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grade")]


def test_the_limit_scales_with_the_cells_unless_the_teacher_gives_one():
    assert budget_s(10, 30) == START_S + 4 * 30 * 10
    assert budget_s(20, 30) > budget_s(10, 30)
    assert budget_s(10, 30, wall_s=100) == 100


def test_a_submission_cut_short_keeps_the_scores_of_the_cells_that_ran(course, tools):
    """A cell waits (sleeps) past the submission's limit, which the teacher set low: the cells
    before it keep their points, the checks after it are not run and score 0, and the teacher
    is told. Killing the kernel instead would have failed the whole submission with no score."""
    tools.submit_case(course, "correct", "sleepy")
    path = course / "submitted" / "sleepy" / tools.LAB / f"{tools.LAB}.ipynb"
    nb = json.loads(path.read_text("utf-8"))
    tests = next(
        c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade_id") == "split-tests"
    )
    at = nb["cells"].index(tests) + 1
    sleep = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None}
    nb["cells"].insert(at, {**sleep, "source": "import time\ntime.sleep(10**6)"})
    path.write_text(json.dumps(nb), "utf-8")
    config = course / "nbgrader_config.py"
    config.write_text(config.read_text() + "\nc.Execute.timeout = 600\n")  # no cell limit first
    run = grade_assignment(course, tools.LAB, workers=1, limits=Limits(wall_s=60))
    result = run.results[0]
    assert result.status == "flagged", result.message
    assert result.scores["split-tests"] == [2.0, 2.0]
    assert [result.scores[c][0] for c in ("train-tests", "confusion-tests", "depth-tests")] == [
        0
    ] * 3
    note = f"cells from {at + 1} on: stopped or not run: the submission reached its time limit"
    assert note in result.message

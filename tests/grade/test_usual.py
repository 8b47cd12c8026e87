"""The CPU time a cell usually takes, learnt from the submissions graded before."""

from __future__ import annotations

import pytest

from aiclass.grade.usual import FIRST, KEEP, MARGIN, UsualCells

IMPORTS = "import numpy as np\nimport matplotlib.pyplot as plt\n"


@pytest.fixture
def usual(tmp_path) -> UsualCells:
    return UsualCells(tmp_path / "usual", floor_s=1.0)


def test_a_cell_nobody_ran_is_long_after_the_floor(usual):
    assert usual.runs(IMPORTS) == []
    assert usual.long_after("while True:\n    pass\n") == 1.0


def test_the_labs_own_cell_gets_more_before_anyone_ran_it(usual):
    assert usual.long_after(IMPORTS, locked=True) == FIRST * 1.0


def test_a_cell_the_class_ran_is_long_after_more_than_it_ever_took(usual):
    for seconds in (1.8, 2.4, 2.1):
        usual.record(IMPORTS, seconds)
    assert usual.runs(IMPORTS) == [1.8, 2.4, 2.1]
    assert usual.long_after(IMPORTS) == pytest.approx(MARGIN * 2.4)
    assert usual.long_after(IMPORTS, locked=True) == pytest.approx(MARGIN * 2.4)
    # another cell learns nothing from it
    assert usual.long_after(IMPORTS + "# changed\n") == 1.0


def test_a_quick_cell_never_goes_below_the_floor(usual):
    usual.record("x = 1\n", 0.01)
    assert usual.long_after("x = 1\n") == 1.0


def test_only_the_newest_runs_are_kept(usual):
    for n in range(3 * KEEP):
        usual.record(IMPORTS, float(n))
    runs = usual.runs(IMPORTS)
    assert runs[-1] == 3 * KEEP - 1 and len(runs) <= KEEP


def test_a_damaged_record_is_skipped_not_fatal(usual):
    usual.record(IMPORTS, 2.0)
    path = next(usual.folder.iterdir())
    path.write_text(path.read_text() + "not-a-number\n\x00\n")
    assert usual.runs(IMPORTS) == [2.0]
    assert usual.long_after(IMPORTS) == pytest.approx(MARGIN * 2.0)

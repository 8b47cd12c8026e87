"""The submission's clock limit: a generous backstop that never takes away finished cells.

Each cell has its own limit in what it used (``clock``), so a submission needs a clock limit only
so that a class always finishes, even on a machine far too busy. It scales with the notebook:
``START_S`` to start the kernel plus ``PER_CELL`` times the cell limit for every code cell (or
``--wall-s``, when the teacher gives one). Time the kernel spent moved to the background (to let
other students go first) does not count. When it is reached, the running cell is stopped and
the cells after it are not run: each shows an error, so its checks score 0, as a cell that
failed would, and every cell that ran keeps its score, as in plain nbgrader. Only if grading
still hangs ``GRACE_S`` later does ``LastResort`` kill the kernel (the submission then fails).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from aiclass.grade.clock import NOT_RUN, Stop

START_S = 60.0
PER_CELL = 4
GRACE_S = 120.0


def code_cells(nb) -> int:
    """Code cells with something to run (nbclient skips empty ones)."""
    return sum(cell.cell_type == "code" and bool(cell.source.strip()) for cell in nb.cells)


def budget_s(cells: int, cell_limit_s: float, wall_s: float | None = None) -> float:
    """The submission's clock limit for one notebook of ``cells`` code cells."""
    return wall_s if wall_s else START_S + PER_CELL * cell_limit_s * cells


def not_run(budget: float, running: bool = False) -> Stop:
    """The error of a cell the submission's time ran out before (or, ``running``, during)."""
    done = "stopped" if running else "not run"
    return Stop(NOT_RUN, f"{done}: the submission reached its time limit of {budget:.0f} s")


class Deadline:
    """When the submission's time is up: its start plus its budget, plus the time it spent in
    the background (``moved_aside``, read when asked)."""

    def __init__(self, budget: float, moved_aside: Callable[[], float]) -> None:
        self.budget, self.moved_aside = budget, moved_aside
        self.start = time.monotonic()

    def passed(self, grace: float = 0.0) -> bool:
        return time.monotonic() - self.start - self.moved_aside() > self.budget + grace


class LastResort(threading.Thread):
    """Kill the kernels (``kill``) if grading hangs ``GRACE_S`` past the current deadline
    (``deadline()``: None while no notebook runs). Set ``done`` to stop watching."""

    def __init__(self, deadline: Callable[[], Deadline | None], kill: Callable[[], object]) -> None:
        super().__init__(daemon=True)
        self.deadline, self.kill = deadline, kill
        self.done, self.fired = threading.Event(), threading.Event()

    def run(self) -> None:
        while not self.done.wait(1.0):
            current = self.deadline()
            if current is not None and current.passed(GRACE_S):
                self.fired.set()
                self.kill()
                return

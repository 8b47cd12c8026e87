"""A cell's limit counts what it used (CPU time, or waiting without the CPU), not the clock."""

from __future__ import annotations

import pytest

from aiclass.grade import clock
from aiclass.grade.clock import CPU_LIMIT, WAIT_LIMIT, CellClock
from aiclass.grade.usage import Usage


class Kernel:
    """A kernel seen from /proc, on a clock the test moves."""

    def __init__(self, monkeypatch) -> None:
        self.now, self.usage = 0.0, Usage(0.0, 100.0, active=True)
        monkeypatch.setattr(clock.time, "monotonic", lambda: self.now)

    def read(self) -> Usage:
        return self.usage

    def run(self, clock: CellClock, seconds: float, cpu_share: float, active: bool):
        """``seconds`` by the clock, getting ``cpu_share`` of a core; the first Stop, if any."""
        for _ in range(int(seconds / 0.25)):
            self.now += 0.25
            self.usage = Usage(self.usage.cpu_s + 0.25 * cpu_share, 100.0, active)
            stop = clock.check()
            if stop is not None:
                return stop
        return None


@pytest.fixture
def kernel(monkeypatch) -> Kernel:
    return Kernel(monkeypatch)


def test_an_endless_loop_is_stopped_after_its_limit_of_cpu_time(kernel):
    cell = CellClock(10, kernel.read)
    assert kernel.run(cell, 9.5, cpu_share=1.0, active=True) is None
    assert kernel.run(cell, 1, cpu_share=1.0, active=True).ename == CPU_LIMIT


def test_a_cell_waiting_for_a_busy_cpu_is_never_stopped(kernel):
    """Ready to run, but the machine is busy: a tenth of a core, for ten times its limit."""
    cell = CellClock(10, kernel.read)
    assert kernel.run(cell, 95, cpu_share=0.1, active=True) is None
    assert kernel.run(cell, 10, cpu_share=0.1, active=True).ename == CPU_LIMIT


def test_a_sleeping_cell_is_stopped_after_its_limit_of_waiting(kernel):
    cell = CellClock(10, kernel.read)
    assert kernel.run(cell, 9.5, cpu_share=0.0, active=False) is None
    stop = kernel.run(cell, 1, cpu_share=0.0, active=False)
    assert stop.ename == WAIT_LIMIT and "without using the CPU" in stop.evalue


def test_time_waiting_for_the_cpu_does_not_count_as_waiting(kernel):
    """Sleep for half its limit, then wait a long time for a busy CPU: not stopped."""
    cell = CellClock(10, kernel.read)
    assert kernel.run(cell, 5, cpu_share=0.0, active=False) is None
    assert kernel.run(cell, 60, cpu_share=0.05, active=True) is None
    assert cell.waited_s == pytest.approx(5)


def test_the_stop_reads_as_an_execute_reply_and_as_an_output(kernel):
    stop = kernel.run(CellClock(1, kernel.read), 2, cpu_share=1.0, active=True)
    assert stop.reply()["content"]["ename"] == CPU_LIMIT
    assert stop.output()["output_type"] == "error"

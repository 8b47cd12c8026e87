"""A cell's time limit, measured in what the student's code used, not in how busy the machine is.

A cell is stopped when its kernel has used ``limit_s`` seconds of CPU time since the cell started
(all its processes and threads together), or when it has spent ``limit_s`` seconds waiting
without using the CPU at all (a ``sleep``, an ``input()``, a lock: ``usage`` says when a kernel
waits). Time a cell spends waiting for a busy CPU counts as neither, so on a busy machine a cell
takes longer by the clock but is stopped at exactly the same point of its work. On an idle
machine both limits match plain nbgrader's clock limit for ordinary single-threaded code.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from aiclass.grade.usage import Usage

POLL_S = 0.25  # how often a running cell is measured
IDLE_CPU_SHARE = 0.1  # below this share of a core between two readings, a sleeping kernel waits

CPU_LIMIT = "CellTimeoutError"  # the cell used its CPU time
WAIT_LIMIT = "CellWaitTimeoutError"  # the cell waited, using no CPU, as long as its limit
NO_REPLY = "KernelNoReplyError"  # the kernel finished the cell but sent no reply
NOT_RUN = "SubmissionTimeLimitError"  # the submission's time ran out before this cell


@dataclass(frozen=True)
class Stop:
    """Why a cell is stopped: the error its cell shows (and nbgrader scores as an error)."""

    ename: str
    evalue: str
    interrupt: bool = True  # interrupt the kernel (it is still running the cell)

    def reply(self) -> dict:
        """An execute reply in the shape nbclient expects after a timeout."""
        return {
            "content": {
                "status": "error",
                "ename": self.ename,
                "evalue": self.evalue,
                "traceback": [f"{self.ename}: {self.evalue}"],
            }
        }

    def output(self) -> dict:
        """The same error as a cell output (for a cell that was never sent to the kernel)."""
        from nbformat.v4 import new_output

        return new_output(
            "error",
            ename=self.ename,
            evalue=self.evalue,
            traceback=[f"{self.ename}: {self.evalue}"],
        )


class CellClock:
    """CPU time and waiting time of the running cell, from readings of its kernel."""

    def __init__(self, limit_s: float, read: Callable[[], Usage]) -> None:
        self.limit_s, self.read = limit_s, read
        self.start = self.last = read()
        self.last_at = time.monotonic()
        self.waited_s = 0.0

    @property
    def cpu_s(self) -> float:
        """CPU time the cell has used so far (at the last reading)."""
        return self.last.cpu_s - self.start.cpu_s

    def check(self) -> Stop | None:
        """Read the kernel once more; the Stop if the cell has reached its limit."""
        now, usage = time.monotonic(), self.read()
        elapsed = now - self.last_at
        if not usage.active and usage.cpu_s - self.last.cpu_s < IDLE_CPU_SHARE * elapsed:
            self.waited_s += elapsed
        self.last, self.last_at = usage, now
        limit = f"its limit is {self.limit_s:g} s"
        if self.cpu_s >= self.limit_s:
            return Stop(CPU_LIMIT, f"the cell used {self.cpu_s:.1f} s of CPU time; {limit}")
        if self.waited_s >= self.limit_s:
            used = f"{self.waited_s:.1f} s without using the CPU"
            return Stop(WAIT_LIMIT, f"the cell waited {used}; {limit}")
        return None

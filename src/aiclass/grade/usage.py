"""What a student's kernel has used so far, read from /proc: CPU time, memory, and whether it
is doing anything at all.

A kernel "waits" when every thread of every one of its processes is asleep (state S: a sleep,
``input()``, a lock nobody will release). A thread that runs, or is ready to run but waits for
a busy CPU (both state R), or waits for the disk (D), is active: on a busy machine a cell waits
for the CPU more, but it does not wait more by itself.
"""

from __future__ import annotations

import os
import typing as t
from pathlib import Path


class Usage(t.NamedTuple):
    """What some processes (one kernel's) have used so far."""

    cpu_s: float  # CPU time (user + system) of them all, and of their children that ended
    largest_mb: float  # resident memory of the largest one
    active: bool = True  # some thread runs, is ready to run, or waits for the disk


ACTIVE_STATES = ("R", "D")


def _stat_fields(path: str) -> list[str]:
    """The fields of a /proc .../stat file after the command name (state first)."""
    return Path(path).read_text().rsplit(")", 1)[1].split()


def _any_thread_active(pid: int) -> bool:
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return False
    for tid in threads:
        try:
            if _stat_fields(f"/proc/{pid}/task/{tid}/stat")[0] in ACTIVE_STATES:
                return True
        except (OSError, IndexError):
            continue
    return False


def read_usage(pids: list[int], states: bool = False) -> Usage:
    """CPU time and memory of ``pids``; with ``states``, also whether any thread is active
    (one more small read per thread, so only when a cell has run a while)."""
    ticks, largest, active = 0, 0, False
    for pid in pids:
        try:
            fields = _stat_fields(f"/proc/{pid}/stat")
            # utime, stime, cutime, cstime (fields 14 to 17), rss in pages (field 24)
            ticks += sum(int(value) for value in fields[11:15])
            largest = max(largest, int(fields[21]))
        except (OSError, IndexError, ValueError):
            continue
        if states and not active:
            active = _any_thread_active(pid)
    page_mb = os.sysconf("SC_PAGE_SIZE") / 2**20
    return Usage(ticks / os.sysconf("SC_CLK_TCK"), largest * page_mb, active or not states)

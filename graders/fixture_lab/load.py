"""A busy machine on demand, for the grader's tests and benchmark: ``with busy_cores(): ...``.

Load this file by path (``course.load``); ``graders/`` is no package.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def busy_cores(per_core: int = 1) -> Iterator[int]:
    """Keep every CPU core busy while the block runs: ``per_core`` endless loops per core, each
    a session of its own (Linux shares the CPU between sessions first, so each competes with a
    student's kernel as an equal). Yields how many; always stopped, whatever the block does."""
    hogs: list[subprocess.Popen] = []
    try:
        for _ in range(per_core * (os.cpu_count() or 1)):
            command = [sys.executable, "-c", "while True: pass"]
            hogs.append(subprocess.Popen(command, start_new_session=True))
        yield len(hogs)
    finally:
        for hog in hogs:
            hog.kill()
        for hog in hogs:
            hog.wait()

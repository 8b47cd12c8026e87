"""How much CPU time a cell usually takes, learnt from the students graded before.

Most cells are the same in every submission (the lab's imports, its given code, its test cells).
A cell the class has run before is "long" only when it takes clearly more CPU time than it took
for them. A cell nobody has run yet is long after ``floor_s`` if the student wrote it, or after
``FIRST`` times that if it is the lab's own (nbgrader locks it: the student cannot change it). So
the imports cell, which takes a second or two of CPU in every submission, is never mistaken for an
endless loop, while a test cell that loops forever in one student's function still is.

Records live in ``.aiclass-grade/<assignment>/usual/``: one small file per cell source (its
hash), one line per run, written by appending (atomic for such short lines), shared by the
workers of one run and kept for the next.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

KEEP = 20  # the runs of a cell remembered (the newest)
MARGIN = 1.5  # long: more than this times the most CPU the class has needed for the cell
FIRST = 5  # a lab's own cell, before anyone has run it: long after this times the floor


class UsualCells:
    """The CPU time each cell (by its source) has taken in the submissions graded so far."""

    def __init__(self, folder: Path, floor_s: float) -> None:
        self.folder, self.floor_s = folder, floor_s

    def _file(self, source: str) -> Path:
        return self.folder / hashlib.sha256(source.encode()).hexdigest()[:20]

    def runs(self, source: str) -> list[float]:
        """CPU seconds of the earlier runs of this cell (newest last)."""
        try:
            lines = self._file(source).read_text().split()
        except OSError:
            return []
        runs = []
        for line in lines[-KEEP:]:
            try:
                runs.append(float(line))
            except ValueError:
                continue
        return runs

    def long_after(self, source: str, locked: bool = False) -> float:
        """The CPU time after which this cell (``locked``: the lab's own) counts as long."""
        runs = self.runs(source)
        if runs:
            return max(self.floor_s, MARGIN * max(runs))
        return FIRST * self.floor_s if locked else self.floor_s

    def record(self, source: str, cpu_s: float) -> None:
        """Remember that this cell finished after ``cpu_s`` of CPU time."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._file(source)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, f"{cpu_s:.3f}\n".encode())
        finally:
            os.close(fd)
        if path.stat().st_size > 40 * KEEP:  # trim now and then: keep the newest runs
            runs = self.runs(source)
            tmp = path.with_suffix(f".{os.getpid()}")
            tmp.write_text("".join(f"{r:.3f}\n" for r in runs))
            os.replace(tmp, path)

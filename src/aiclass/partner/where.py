"""Where in the cell an error happened: its line, the cell's frame, and the learner's function."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType

_AICLASS = str(Path(__file__).resolve().parents[1])


@dataclass(frozen=True)
class Place:
    line: int | None = None  # the line in the cell, as compiled
    frame: FrameType | None = None  # the cell's deepest frame (None if it could not be compiled)
    inside: str | None = None  # a function from an earlier cell the error happened in


def is_library(filename: str) -> bool:
    """Python's own code, an installed package or aiclass: not the learner's."""
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, _AICLASS} - {"", "/"}
    return (
        filename.startswith("<frozen")
        or "site-packages" in filename
        or "dist-packages" in filename
        or any(filename.startswith(root) for root in roots)
    )


def _frames(tb: TracebackType | None) -> list[tuple[FrameType, int]]:
    found = []
    while tb is not None:
        found.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    return found


def locate(error: BaseException) -> Place:
    """Where ``error`` happened in the cell.

    The cell runs as a module: its frame is the first ``<module>`` frame of the traceback
    (IPython's ``run_code`` comes before it; anything the cell imports comes after it). The line
    is the last one the traceback passes through in the cell's own file, so an error inside a
    function the cell defines points into that function. An error inside a function an earlier
    cell defined names it. A cell that could not be compiled has no frame: its line is the
    SyntaxError's.
    """
    frames = _frames(error.__traceback__)
    cell = next((i for i, (f, _) in enumerate(frames) if f.f_code.co_name == "<module>"), None)
    if cell is None:
        if isinstance(error, SyntaxError) and error.lineno:
            return Place(error.lineno)
        return Place()
    filename = frames[cell][0].f_code.co_filename
    frame, line = [(f, n) for f, n in frames[cell:] if f.f_code.co_filename == filename][-1]
    elsewhere = [
        f.f_code.co_name
        for f, _ in frames[cell:]
        if f.f_code.co_filename != filename and not is_library(f.f_code.co_filename)
    ]
    inside = elsewhere[-1] if elsewhere and elsewhere[-1] != "<module>" else None
    return Place(line, frame, inside)


def leading_blank_lines(source: str) -> int:
    """How many blank lines IPython drops from the top of a cell before running it."""
    for count, line in enumerate(source.splitlines()):
        if line and not line.isspace():
            return count
    return 0

"""What a rule may look at: the cell, the names in the notebook, and where the error happened."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import FrameType

Values = dict[str, object]


@dataclass(frozen=True)
class Finding:
    """A rule's verdict: the message key (under ``partner.``), its values, and extra hints."""

    key: str
    values: Values = field(default_factory=dict)
    hints: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """One failed cell, as the rules see it."""

    source: str  # the cell as the learner wrote it
    names: frozenset[str]  # the learner's names in the notebook (no _private or IPython ones)
    line: int | None  # the line of the cell the error points at, counted as in the editor
    frame: FrameType | None  # the cell's deepest frame (None when the cell could not be compiled)
    line_offset: int = 0  # editor line = compiled line + line_offset (IPython drops blank lines)

    @property
    def code(self) -> str:
        """The text of the error's line, without its indent ('' if unknown)."""
        lines = self.source.splitlines()
        if self.line is None or not 1 <= self.line <= len(lines):
            return ""
        return lines[self.line - 1].strip()

    def lookup(self, name: str) -> tuple[bool, object]:
        """The value ``name`` has where the error happened: (found, value)."""
        if self.frame is None:
            return False, None
        for space in (self.frame.f_locals, self.frame.f_globals):
            if name in space:
                return True, space[name]
        builtins = self.frame.f_globals.get("__builtins__")
        space = builtins if isinstance(builtins, dict) else vars(builtins) if builtins else {}
        return (True, space[name]) if name in space else (False, None)

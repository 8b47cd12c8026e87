"""The explainer: a failed cell in, a short kind note in the learner's language out (or None).

A pure function of the error, the cell's source, the learner's names and the language, so it
can be tested on real beginners' mistakes without a kernel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from aiclass.i18n import t
from aiclass.partner.context import Context, Finding
from aiclass.partner.names import (
    explain_attribute,
    explain_import,
    explain_key,
    explain_module,
    explain_name,
)
from aiclass.partner.syntax import explain_syntax
from aiclass.partner.values import (
    explain_file,
    explain_index,
    explain_not_fitted,
    explain_not_implemented,
    explain_value,
    explain_zero_division,
)
from aiclass.partner.where import locate
from aiclass.partner.wrong_type import explain_type

Rule = Callable[[Any, Context], Finding | None]

# The rule of the first kind the error is an instance of decides (subclasses before parents).
RULES: list[tuple[type[BaseException], Rule]] = [
    (SyntaxError, explain_syntax),  # IndentationError and TabError too
    (NameError, explain_name),  # UnboundLocalError too
    (ModuleNotFoundError, explain_module),
    (ImportError, explain_import),
    (AttributeError, explain_attribute),
    (KeyError, explain_key),
    (IndexError, explain_index),
    (TypeError, explain_type),
    (ZeroDivisionError, explain_zero_division),
    (NotImplementedError, explain_not_implemented),
    (FileNotFoundError, explain_file),
    (ValueError, explain_value),
]


def _rule_for(error: BaseException) -> Rule | None:
    if any(kind.__name__ == "NotFittedError" for kind in type(error).__mro__):  # scikit-learn's
        return explain_not_fitted
    return next((rule for kind, rule in RULES if isinstance(error, kind)), None)


def _join(parts: list[str]) -> str:
    """Sentences in a row: a space after English ones, none after Chinese ones."""
    text = parts[0]
    for part in parts[1:]:
        text += part if not text[-1:].isascii() else " " + part
    return text


@dataclass(frozen=True)
class Note:
    """The partner's note on one error."""

    kind: str  # the message key under ``partner.``, e.g. "name_typo"
    line: int | None  # the line of the cell, counted as in the editor
    code: str  # that line's text
    message: str  # the explanation in the learner's language
    inside: str | None = None  # the function (from an earlier cell) the error happened in


def explain(
    error: BaseException,
    source: str,
    names: Iterable[str] = (),
    lang: str | None = None,
    *,
    line_offset: int = 0,
) -> Note | None:
    """A note on ``error``, raised by the cell ``source``, or None when there is nothing to add.

    ``names`` are the learner's names in the notebook (for "did you mean"); ``line_offset`` is
    how many blank lines IPython dropped from the top of the cell before running it.
    """
    if not isinstance(error, Exception):
        return None
    place = locate(error)
    editor_line = place.line + line_offset if place.line is not None else None
    ctx = Context(source, frozenset(names), editor_line, place.frame, line_offset)
    rule = _rule_for(error)
    finding = rule(error, ctx) if rule else None
    if finding is None:
        return None
    separator = t("partner.separator", lang)
    values = {
        key: separator.join(map(str, value)) if isinstance(value, list) else value
        for key, value in finding.values.items()
    }
    parts = [t(f"partner.{key}", lang, **values) for key in (finding.key, *finding.hints)]
    return Note(finding.key, editor_line, ctx.code, _join(parts), place.inside)

"""The IPython side: after a cell fails, show the partner's note under the normal traceback."""

from __future__ import annotations

import contextlib
from typing import Any

from aiclass.i18n import current_language
from aiclass.partner.active import active
from aiclass.partner.explain import explain
from aiclass.partner.render import as_html, as_text
from aiclass.partner.where import leading_blank_lines


def learner_names(shell: Any) -> list[str]:
    """The names the learner made (not ``_private`` ones, not IPython's own ``In``/``Out``...)."""
    hidden = getattr(shell, "user_ns_hidden", {})
    return [n for n in shell.user_ns if not n.startswith("_") and n not in hidden]


class Partner:
    """A ``post_run_cell`` listener: IPython has already shown the traceback; add a note."""

    def __init__(self, shell: Any) -> None:
        self.shell = shell

    def __call__(self, result: Any) -> None:
        try:
            self.note_on(result)
        except BaseException:  # the partner must never break the learner's kernel
            return

    def note_on(self, result: Any) -> None:
        if result is None:
            return
        error = result.error_in_exec or result.error_before_exec
        if not isinstance(error, Exception) or not active(self.shell):
            return
        info = getattr(result, "info", None)
        source = getattr(info, "raw_cell", None) or ""
        lang = current_language()
        note = explain(
            error, source, learner_names(self.shell), lang, line_offset=leading_blank_lines(source)
        )
        if note is None:
            return
        from IPython.display import display

        display({"text/plain": as_text(note, lang), "text/html": as_html(note, lang)}, raw=True)

    def register(self) -> None:
        self.shell.events.register("post_run_cell", self)

    def unregister(self) -> None:
        with contextlib.suppress(ValueError):  # not registered
            self.shell.events.unregister("post_run_cell", self)

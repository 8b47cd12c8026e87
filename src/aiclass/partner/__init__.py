"""The learning partner: a short, kind note in the lab's language under a beginner's error.

Every junior lab loads it in its set-up cell (first line)::

    %load_ext aiclass.partner

When a cell fails with a common beginner's error (a misspelt name, Chinese punctuation, a
missing colon, text + number, a position past the end, a shape scikit-learn doesn't accept...),
the normal traceback is shown as always, and under it a note names the line and the likely fix,
never the answer. It never speaks while a notebook is graded or validated (see ``active``):
set ``AICLASS_GRADING=1`` for a grader that is not nbgrader, ``AICLASS_PARTNER=1`` to force it
on (tests, demos), ``AICLASS_PARTNER=0`` to turn it off.
"""

from __future__ import annotations

from typing import Any

from aiclass.partner.active import grading
from aiclass.partner.explain import Note, explain
from aiclass.partner.extension import Partner

__all__ = ["Note", "explain", "load_ipython_extension", "unload_ipython_extension"]

_partners: dict[int, Partner] = {}


def load_ipython_extension(ipython: Any) -> None:
    """Start listening for failed cells (once per shell; not at all while grading)."""
    if id(ipython) in _partners or grading():
        return
    partner = Partner(ipython)
    partner.register()
    _partners[id(ipython)] = partner


def unload_ipython_extension(ipython: Any) -> None:
    """Stop listening."""
    partner = _partners.pop(id(ipython), None)
    if partner is not None:
        partner.unregister()

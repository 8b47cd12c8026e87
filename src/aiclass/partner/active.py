"""When the partner speaks: only to a learner at a notebook, never while a notebook is graded.

Rules, in order:

1. ``AICLASS_GRADING``, ``NBGRADER_EXECUTION`` or ``NBGRADER_VALIDATING`` set: never. nbgrader sets
   ``NBGRADER_EXECUTION=autograde`` around ``nbgrader autograde`` (also under ``aiclass grade``,
   whose sandbox keeps ``NBGRADER_*`` variables) and ``NBGRADER_EXECUTION=validate`` while
   validating; ``AICLASS_GRADING=1`` is ours, for any other grader.
2. ``AICLASS_PARTNER=1``: always (tests, demos); ``AICLASS_PARTNER=0``: never.
3. Otherwise only for a cell sent by a front end a person types into: the execute request
   allows input (``allow_stdin``). JupyterLab, Notebook 7 and VS Code send ``allow_stdin: true``;
   nbclient (nbgrader, ``aiclass grade``, nbconvert ``--execute``, papermill, Voilà) sends false.
   A plain IPython terminal has no kernel and counts as a person.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

GRADING_SIGNALS = ("AICLASS_GRADING", "NBGRADER_EXECUTION", "NBGRADER_VALIDATING")
FORCE = "AICLASS_PARTNER"


def _set(value: str | None) -> bool:
    return bool(value) and value.strip().lower() not in ("0", "false", "no", "off")


def grading(env: Mapping[str, str] | None = None) -> bool:
    """True when this kernel runs a notebook for grading or validation."""
    env = os.environ if env is None else env
    return any(_set(env.get(name)) for name in GRADING_SIGNALS)


def forced(env: Mapping[str, str] | None = None) -> bool | None:
    """``AICLASS_PARTNER``: True (1), False (0), or None when unset."""
    env = os.environ if env is None else env
    value = env.get(FORCE)
    return None if value is None or not value.strip() else _set(value)


def person_is_typing(shell: object) -> bool:
    """True when the running cell came from a front end that can take input."""
    kernel = getattr(shell, "kernel", None)
    if kernel is None:
        return True  # terminal IPython: a person
    try:
        request = kernel.get_parent()
        return bool(request["content"]["allow_stdin"])
    except Exception:
        return bool(getattr(kernel, "_allow_stdin", False))


def active(shell: object, env: Mapping[str, str] | None = None) -> bool:
    """Whether the partner may add a note to the cell that just ran."""
    if grading(env):
        return False
    choice = forced(env)
    return choice if choice is not None else person_is_typing(shell)

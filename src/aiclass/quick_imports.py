"""Faster start-up for aiclass's own Jupyter processes (grading workers, the gallery server).

jsonschema, which nbformat and jupyter_events import, also imports ``rfc3987_syntax`` when it is
installed (it comes with jupyter-events' extras) and builds a full IRI grammar with lark on import:
about 1.4 s of CPU in every process, for a format checker ("iri") that no notebook or Jupyter
event schema uses. Marking it absent makes jsonschema skip that one checker, as it does whenever
the package is not installed. Kernels and plain nbgrader are not touched.
"""

from __future__ import annotations

import sys

UNUSED = ("rfc3987_syntax",)


def skip_unused_imports() -> None:
    """Make ``import rfc3987_syntax`` fail fast in this process (call before importing Jupyter)."""
    for name in UNUSED:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]

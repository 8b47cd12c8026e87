"""'Did you mean ...?': the closest spelling among the names that exist."""

from __future__ import annotations

import builtins
import difflib
from collections.abc import Iterable

# Names a cell can use without making them (keywords are not names, except these three).
PYTHON_NAMES = frozenset([n for n in dir(builtins) if not n.startswith("_")])


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.7) -> str | None:
    """The candidate ``word`` was most likely meant to be, or None.

    Same letters in another case win (``Print`` -> ``print``), then the same letters in
    another order (``improt`` -> ``import``), then difflib's closest spelling of about the
    same length (``model`` is not a misspelt ``del``).

    >>> closest("totl", ["total", "count"])
    'total'
    >>> closest("fro", ["for", "from"])
    'for'
    >>> closest("x", ["y"]), closest("model", ["del"])
    (None, None)
    """
    pool = sorted({c for c in candidates if c and c != word})
    for same in (
        [c for c in pool if c.lower() == word.lower()],
        [c for c in pool if len(word) > 2 and sorted(c.lower()) == sorted(word.lower())],
    ):
        if same:
            return same[0]
    near = [c for c in pool if abs(len(c) - len(word)) <= max(1, len(word) // 4)]
    found = difflib.get_close_matches(word, near, n=1, cutoff=cutoff)
    return found[0] if found else None

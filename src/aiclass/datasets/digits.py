"""Handwritten digits as 8×8 grids of numbers: scikit-learn's bundled digits (never downloaded).

Each pixel is a number from 0 (dark paper) to 16 (bright ink). An :class:`Example` holds the 64
numbers row by row; ``truth`` is the digit as a string.

>>> train, test, grader = digit_pair((3, 8))
>>> len(train), len(test), len(grader) > 100
(200, 20, True)
>>> sorted({e.truth for e in test})
['3', '8']
>>> only_pixels(train[:1], [0, 63])[0].features
(0.0, 0.0)
>>> pool, shown = all_digits()
>>> len(pool), len(shown), len(pool[0].features)
(1000, 40, 64)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from aiclass.datasets.examples import Example

SIDE = 8
PIXELS = SIDE * SIDE
BRIGHTEST = 16


@cache
def _digits() -> tuple[np.ndarray, np.ndarray]:
    """The digits file scikit-learn installs, read as ``load_digits`` reads it, but without
    importing scikit-learn (and SciPy): an app kernel stays small."""
    import gzip
    from importlib.util import find_spec

    spec = find_spec("sklearn")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("scikit-learn is not installed: its bundled digits are needed")
    path = Path(spec.submodule_search_locations[0]) / "datasets" / "data" / "digits.csv.gz"
    with gzip.open(path, "rt") as table:
        data = np.loadtxt(table, delimiter=",")
    return data[:, :-1], data[:, -1].astype(int)


def _examples(rows: np.ndarray, X: np.ndarray, y: np.ndarray) -> list[Example]:
    return [Example(id=int(i), features=tuple(float(v) for v in X[i]), truth=str(y[i])) for i in rows]


def digit_pair(pair: tuple[int, int] = (3, 8), seed: int = 0):
    """Two digits, shuffled with ``seed``: 200 to learn from, 20 to test in the app, the rest for the grader."""
    X, y = _digits()
    rows = np.flatnonzero(np.isin(y, pair))
    rows = rows[np.random.default_rng(seed).permutation(len(rows))]
    return _examples(rows[:200], X, y), _examples(rows[200:220], X, y), _examples(rows[220:], X, y)


def all_digits(seed: int = 5):
    """All ten digits, shuffled: a pool of 1000 to learn from and 40 new ones to test on."""
    X, y = _digits()
    rows = np.random.default_rng(seed).permutation(len(y))
    return _examples(rows[:1000], X, y), _examples(rows[1000:1040], X, y)


def grader_digits(seed: int = 5) -> list[Example]:
    """Digits no app ever shows (for the graded step)."""
    X, y = _digits()
    rows = np.random.default_rng(seed).permutation(len(y))
    return _examples(rows[1040:1440], X, y)


def only_pixels(examples: list[Example], pixels: list[int]) -> list[Example]:
    """The same examples described by the chosen pixels only (what a model may look at)."""
    return [Example(e.id, tuple(e.features[p] for p in pixels), e.truth) for e in examples]


def average_image(examples: list[Example], digit: str) -> np.ndarray:
    """The mean 8×8 picture of one digit."""
    rows = [e.features for e in examples if e.truth == digit]
    return np.array(rows).mean(axis=0).reshape(SIDE, SIDE)


def draw_digit(ax, example: Example, numbers: bool = False, at: tuple[float, float] | None = None) -> None:
    """Draw a digit as grey squares (dark ink on light paper).

    ``numbers`` writes each pixel's number on it; ``at`` puts a small 1×1 digit at (x, y) in an
    axes shared with other digits (one axes for many digits draws fast).
    """
    from matplotlib.patches import Rectangle

    image = np.array(example.features).reshape(SIDE, SIDE)
    if at is not None:
        x, y = at
        ax.imshow(image, cmap="gray_r", vmin=0, vmax=BRIGHTEST, extent=(x, x + 1, y, y + 1))
        ax.add_patch(Rectangle((x, y), 1, 1, fill=False, ec="black", lw=1))
        return
    ax.imshow(image, cmap="gray_r", vmin=0, vmax=BRIGHTEST)
    if numbers:
        for r in range(SIDE):
            for c in range(SIDE):
                value = int(image[r, c])
                ax.text(c, r, str(value), ha="center", va="center", fontsize=11,
                        color="white" if value > BRIGHTEST / 2 else "black")
    ax.set_xticks([]), ax.set_yticks([])

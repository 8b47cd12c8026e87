"""Apples and lemons from an orchard with two kinds of apple: red and green.

Features: ``hue`` from 0 (red) through 0.5 (yellow) to 1 (green), and ``roundness`` from 0 (long)
to 1 (round). Yellow lemons sit between red and green apples, so a model that only ever saw red
apples calls green apples lemons: the lesson about one-sided data.

>>> train = training_set({"red_apple": 2, "green_apple": 1, "lemon": 2})
>>> [group_of(f) for f in train]
['red_apple', 'red_apple', 'green_apple', 'lemon', 'lemon']
>>> sorted({f.truth for f in train})
['apple', 'lemon']
>>> len(new_fruit_set()), len(grader_set())
(18, 60)
"""

from __future__ import annotations

import numpy as np

from aiclass.datasets.examples import Example

GROUPS = {
    "red_apple": {"en": "Red apples", "zh-CN": "红苹果", "emoji": "🍎", "label": "apple"},
    "green_apple": {"en": "Green apples", "zh-CN": "青苹果", "emoji": "🍏", "label": "apple"},
    "lemon": {"en": "Lemons", "zh-CN": "柠檬", "emoji": "🍋", "label": "lemon"},
}
CLASSES = {
    "apple": {"zh-CN": "苹果", "en": "Apple", "emoji": "🍎"},
    "lemon": {"zh-CN": "柠檬", "en": "Lemon", "emoji": "🍋"},
}
MOST = 10  # the most fruit of one group a pupil can put in the training set
_MEANS = {"red_apple": (0.06, 0.80), "green_apple": (0.88, 0.80), "lemon": (0.50, 0.42)}
_SPREAD = (0.07, 0.09)
_NAMES = list(GROUPS)


def make_group(group: str, count: int, seed: int) -> list[Example]:
    """``count`` fruit of one group, the same for the same seed; the group is kept in the id."""
    k = _NAMES.index(group)
    rng = np.random.default_rng(seed * 10 + k)
    points = np.clip(rng.normal(_MEANS[group], _SPREAD, size=(count, 2)), 0.02, 0.98)
    label = GROUPS[group]["label"]
    return [Example(seed * 1000 + k * 100 + i, (float(h), float(r)), label) for i, (h, r) in enumerate(points)]


def group_of(example: Example) -> str:
    return _NAMES[(example.id // 100) % 10]


def training_set(counts: dict[str, int], seed: int = 31) -> list[Example]:
    """The first ``counts[group]`` fruit of each group's basket (at most ``MOST`` each)."""
    chosen = []
    for group in GROUPS:
        n = max(0, min(MOST, int(counts.get(group, 0))))
        chosen += make_group(group, MOST, seed)[:n]
    return chosen


def new_fruit_set(seed: int = 32, each: int = 6) -> list[Example]:
    return [f for group in GROUPS for f in make_group(group, each, seed)]


def grader_set() -> list[Example]:
    """Fruit no app shows, 20 of each group, for the graded step."""
    return new_fruit_set(seed=99, each=20)


def fruit_rgb(hue: float) -> tuple[float, float, float]:
    """Red at 0, yellow at 0.5, green at 1."""
    red, yellow, green = np.array([0.80, 0.12, 0.10]), np.array([0.98, 0.85, 0.15]), np.array([0.40, 0.75, 0.20])
    mix = (1 - 2 * hue) * red + 2 * hue * yellow if hue < 0.5 else (2 - 2 * hue) * yellow + (2 * hue - 1) * green
    return tuple(float(c) for c in np.clip(mix, 0, 1))


def draw_orchard_fruit(ax, example: Example, at: tuple[float, float] = (0, 0), size: float = 1.0) -> None:
    """One fruit as a coloured ellipse with a leaf, centred at ``at`` (many can share one axes)."""
    from matplotlib.patches import Ellipse

    hue, roundness = example.features
    x, y = at
    width = 0.9 * size
    height = width * (0.55 + 0.45 * roundness)
    ax.add_patch(Ellipse((x, y), width, height, color=fruit_rgb(hue), ec="black", lw=1.5))
    ax.add_patch(Ellipse((x + 0.08 * size, y + height / 2 + 0.04 * size), 0.2 * size, 0.09 * size, angle=30,
                         color="#009E73", ec="black", lw=1))

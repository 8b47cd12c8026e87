"""Apples and lemons, described by two features a child can see: colour and shape.

``colour`` runs from 0 (red) to 1 (yellow); ``roundness`` from 0 (long) to 1 (perfectly round).
Green apples and round lemons overlap on purpose, so a model can be wrong and learning can show.

>>> fruits = make_fruit(6, seed=1)
>>> [f.truth for f in fruits]
['apple', 'lemon', 'apple', 'lemon', 'apple', 'lemon']
>>> all(0 <= x <= 1 for f in fruits for x in f.features)
True
"""

from __future__ import annotations

import numpy as np

from aiclass.datasets.examples import Example

CLASSES = {
    "apple": {"zh-CN": "苹果", "en": "Apple", "emoji": "🍎"},
    "lemon": {"zh-CN": "柠檬", "en": "Lemon", "emoji": "🍋"},
}
FEATURES = {
    "colour": {"zh-CN": "颜色（红 → 黄）", "en": "colour (red → yellow)"},
    "roundness": {"zh-CN": "形状（长 → 圆）", "en": "shape (long → round)"},
}
_MEANS = {"apple": (0.30, 0.80), "lemon": (0.78, 0.45)}
_SPREAD = (0.16, 0.13)


def make_fruit(count: int, seed: int) -> list[Example]:
    """``count`` fruits, alternating apple and lemon, the same for the same seed."""
    rng = np.random.default_rng(seed)
    fruits = []
    for i in range(count):
        kind = "apple" if i % 2 == 0 else "lemon"
        mean = np.array(_MEANS[kind])
        colour, roundness = np.clip(rng.normal(mean, _SPREAD), 0.02, 0.98)
        fruits.append(Example(id=seed * 1000 + i, features=(float(colour), float(roundness)), truth=kind))
    return fruits


def fruit_colour(colour: float) -> tuple[float, float, float]:
    """RGB for a colour value: red through orange to yellow, greenish at the apple end."""
    red = np.array([0.80, 0.15, 0.10])
    yellow = np.array([0.98, 0.85, 0.15])
    return tuple(float(c) for c in (1 - colour) * red + colour * yellow)


def draw_fruit(ax, example: Example, size: float = 1.0) -> None:
    """Draw one fruit as a coloured ellipse with a leaf, centred in ``ax``."""
    from matplotlib.patches import Ellipse

    colour, roundness = example.features
    width = 0.9 * size
    height = width * (0.55 + 0.45 * roundness)
    ax.add_patch(Ellipse((0, 0), width, height, color=fruit_colour(colour), ec="black", lw=2))
    ax.add_patch(Ellipse((0.08, height / 2 + 0.05), 0.22, 0.1, angle=30, color="#009E73", ec="black"))
    ax.set_xlim(-0.6, 0.6)
    ax.set_ylim(-0.6, 0.6)
    ax.set_aspect("equal")
    ax.axis("off")

"""Leaves from three kinds of tree on a school ground, measured by pupils with a ruler.

The story: a class collected 300 fallen leaves, 100 under each of three trees (ginkgo, camphor
tree, sweet osmanthus), and measured three things on each leaf to the nearest millimetre:
the length and the width of the blade, and the length of the stalk (petiole). The numbers are
made by a seeded generator, with the sizes plant guides give for these species (Flora of China:
camphor blades 6-12 × 2.5-5.5 cm on 2-3 cm stalks; osmanthus blades 7-14.5 × 2.6-4.5 cm on
0.8-1.5 cm stalks; ginkgo fans 5-8 cm wide on 3-10 cm stalks), a little spread for young leaves
and careless rulers, and, as in real class data, a few leaves (about 3 %) put in the wrong bag.

>>> leaves = make_leaves(lang="en")
>>> len(leaves.X), len(leaves.y), leaves.X[0]
(300, 300, [9.6, 3.1, 1.4])
>>> leaves.class_names
['ginkgo', 'camphor', 'osmanthus']
>>> make_leaves(lang="zh-CN").class_names
['银杏', '香樟', '桂花']
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from aiclass.i18n import current_language, normalize_language
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE

SEED = 22
SPECIES = {  # key: English, Chinese, Latin
    "ginkgo": ("ginkgo", "银杏", "Ginkgo biloba"),
    "camphor": ("camphor", "香樟", "Cinnamomum camphora"),
    "osmanthus": ("osmanthus", "桂花", "Osmanthus fragrans"),
}
FEATURES = {  # key: English, Chinese
    "length": ("leaf length (cm)", "叶片长度（厘米）"),
    "width": ("leaf width (cm)", "叶片宽度（厘米）"),
    "stalk": ("stalk length (cm)", "叶柄长度（厘米）"),
}
# (mean, spread) in cm of length, width and stalk, for each species
_SIZES = {
    "ginkgo": ((5.0, 0.9), (6.5, 1.2), (5.5, 1.8)),
    "camphor": ((8.5, 1.6), (4.2, 0.8), (2.5, 0.55)),
    "osmanthus": ((10.5, 2.0), (3.3, 0.7), (1.2, 0.45)),
}
WRONG_BAG = 0.03


@dataclass(frozen=True)
class Leaves:
    """``X``: one row [length, width, stalk] in cm per leaf; ``y``: the tree it was labelled with."""

    X: list[list[float]]
    y: list[str]
    feature_names: list[str]
    class_names: list[str]

    def describe(self, row: int) -> str:
        """One leaf as 'name: value' lines, then its label."""
        lines = [
            f"{name}: {value:g}"
            for name, value in zip(self.feature_names, self.X[row], strict=True)
        ]
        return "\n".join([*lines, f"→ {self.y[row]}"])


def _column(lang: str) -> int:
    return 1 if lang == "zh-CN" else 0


def species_names(lang: str | None = None) -> list[str]:
    """The three species in ``lang`` (default: the current language), in a fixed order."""
    lang = normalize_language(lang) if lang else current_language()
    return [names[_column(lang)] for names in SPECIES.values()]


def feature_names(lang: str | None = None) -> list[str]:
    lang = normalize_language(lang) if lang else current_language()
    return [names[_column(lang)] for names in FEATURES.values()]


def make_leaves(count: int = 300, seed: int = SEED, lang: str | None = None) -> Leaves:
    """``count`` leaves (a third of each species, shuffled), the same for the same seed."""
    lang = normalize_language(lang) if lang else current_language()
    rng = np.random.default_rng(seed)
    kinds = np.arange(count) % 3
    rng.shuffle(kinds)
    keys = list(SPECIES)
    rows = []
    for kind in kinds:
        sizes = _SIZES[keys[kind]]
        rows.append([round(max(0.3, float(rng.normal(m, s))), 1) for m, s in sizes])
    wrong = rng.random(count) < WRONG_BAG
    labels = np.where(wrong, (kinds + rng.integers(1, 3, count)) % 3, kinds)
    names = species_names(lang)
    return Leaves(
        X=rows, y=[names[k] for k in labels], feature_names=feature_names(lang), class_names=names
    )


def leaves_figure(leaves: Leaves, x: int = 0, y: int = 2) -> Figure:
    """Each leaf as a point: feature ``x`` across, feature ``y`` up; each species its colour and shape."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(6, 4.2))
    for k, name in enumerate(leaves.class_names):
        rows = [row for row, label in zip(leaves.X, leaves.y, strict=True) if label == name]
        ax.scatter(
            [r[x] for r in rows],
            [r[y] for r in rows],
            marker=MARKERS[k],
            color=PALETTE[k],
            edgecolor="black",
            s=36,
            alpha=0.85,
            label=name,
        )
    ax.set_xlabel(leaves.feature_names[x])
    ax.set_ylabel(leaves.feature_names[y])
    ax.legend()
    fig.tight_layout()
    return fig


def show_leaves(leaves: Leaves, x: int = 0, y: int = 2) -> None:
    """Show the leaves as points (see leaves_figure); features: 0 length, 1 width, 2 stalk."""
    leaves_figure(leaves, x, y)
    plt.show()


def _arrow(ax, start, end, text, at, ha="center"):
    ax.annotate("", end, start, arrowprops={"arrowstyle": "<->", "lw": 1.8})
    ax.text(*at, text, ha=ha, va="center", fontsize=11)


def measuring_figure() -> Figure:
    """The three leaves side by side, with arrows for length, width and stalk (current language)."""
    from matplotlib.patches import Ellipse, Wedge

    use_chinese_font_if_needed()
    names, features = species_names(), feature_names()
    short = [f.split("（")[0].split(" (")[0] for f in features]
    fig, axes = plt.subplots(1, 3, figsize=(10, 4.2))
    green = "#8fbf6f"
    # ginkgo: a fan on a long stalk
    ax = axes[0]
    ax.add_patch(Wedge((0, 0), 5, 45, 135, color=green, ec="black"))
    ax.plot([0, 0], [0, -5.5], color="black", lw=2.5)
    _arrow(ax, (-3.5, 3.5), (3.5, 3.5), short[1], (0, 6.0))
    _arrow(ax, (0, 0.1), (0, 4.9), short[0], (3.0, 1.8), ha="left")
    _arrow(ax, (-0.7, -5.5), (-0.7, 0), short[2], (-1.0, -2.75), ha="right")
    # camphor: an oval on a middle stalk; osmanthus: a long oval on a short stalk
    for ax, (length, width, stalk) in ((axes[1], (8.5, 4.2, 2.5)), (axes[2], (10.5, 3.3, 1.2))):
        ax.add_patch(Ellipse((0, length / 2), width, length, color=green, ec="black"))
        ax.plot([0, 0], [0, -stalk], color="black", lw=2.5)
        _arrow(
            ax,
            (width / 2 + 0.6, 0),
            (width / 2 + 0.6, length),
            short[0],
            (width / 2 + 0.9, length / 2),
            ha="left",
        )
        _arrow(
            ax,
            (-width / 2, length * 0.6),
            (width / 2, length * 0.6),
            short[1],
            (-width / 2 - 0.3, length * 0.6),
            ha="right",
        )
        _arrow(ax, (-0.7, -stalk), (-0.7, 0), short[2], (-1.0, -stalk / 2), ha="right")
    for ax, name in zip(axes, names, strict=True):
        ax.set_xlim(-7.5, 7.5)
        ax.set_ylim(-6, 11)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.set_title(name, fontsize=15)
    fig.tight_layout()
    return fig


def show_measuring() -> None:
    """Show how the pupils measured each leaf (see measuring_figure)."""
    measuring_figure()
    plt.show()

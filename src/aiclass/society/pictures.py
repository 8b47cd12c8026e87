"""Pictures for the face-match lab: cartoon faces (never real ones), score hills, the trade-off.

Every colour is paired with a pattern, a marker or a word, so the pictures read without colour vision.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Arc, Circle, Ellipse, Rectangle

from aiclass.datasets.match_scores import MatchPairs
from aiclass.i18n import t
from aiclass.plots import use_chinese_font_if_needed
from aiclass.society.face_match import group_label
from aiclass.widgets.style import MARKERS, PALETTE

LAB = "junior-face-match"
SAME_COLOUR, DIFFERENT_COLOUR = PALETTE[0], PALETTE[1]


def _face(
    ax, x: float, y: float, size: float, hair: str, glasses: bool = False, smile: float = 0.5
) -> None:
    """A cartoon face: head, hair, eyes, optional glasses, a mouth."""
    ax.add_patch(Ellipse((x, y + 0.55 * size), 1.9 * size, 1.2 * size, color=hair, zorder=1))
    ax.add_patch(Circle((x, y), size, facecolor="#F6D7B0", edgecolor="black", zorder=2))
    for dx in (-0.35, 0.35):
        ax.add_patch(Circle((x + dx * size, y + 0.15 * size), 0.09 * size, color="black", zorder=3))
        if glasses:
            ax.add_patch(
                Circle((x + dx * size, y + 0.15 * size), 0.22 * size, fill=False, lw=2, zorder=3)
            )
    ax.add_patch(
        Arc((x, y - 0.25 * size), 0.8 * size, smile * size, theta1=200, theta2=340, lw=2, zorder=3)
    )


def show_hook():
    """Three pairs of cartoon photos, each with the score a face-match system gave it."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(9, 3.6))
    pairs = [
        (("#4B3621", False, 0.5), ("#4B3621", False, 0.8), 91),
        (("#4B3621", False, 0.5), ("#C8A165", True, 0.4), 23),
        (("#222222", False, 0.6), ("#222222", False, 0.3), 64),
    ]
    for k, (left, right, score) in enumerate(pairs):
        cx = 3.2 * k
        _face(ax, cx - 0.65, 0.2, 0.5, *left)
        _face(ax, cx + 0.65, 0.2, 0.5 if k < 2 else 0.42, *right)
        ax.add_patch(Rectangle((cx - 1.45, -0.75), 2.9, 1.75, fill=False, lw=1.5, ls="--"))
        ax.text(cx, -1.05, t(f"{LAB}.pic_hook_score", score=score), ha="center", fontsize=15)
        ax.text(cx, 1.2, t(f"{LAB}.pic_hook_pair", number=k + 1), ha="center", fontsize=12)
    ax.text(3.2, -1.6, t(f"{LAB}.pic_hook_question"), ha="center", fontsize=13)
    ax.set_xlim(-1.6, 8.0)
    ax.set_ylim(-1.9, 1.5)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    return fig


def _hills(ax, pairs: MatchPairs, threshold: float, title: str = "") -> None:
    scores = np.asarray(pairs.scores)
    same = np.asarray(pairs.same, dtype=bool)
    bins = np.arange(0, 104, 4)
    ax.hist(
        scores[same],
        bins=bins,
        color=SAME_COLOUR,
        alpha=0.6,
        hatch="//",
        edgecolor="black",
        label=t(f"{LAB}.pic_same"),
    )
    ax.hist(
        scores[~same],
        bins=bins,
        color=DIFFERENT_COLOUR,
        alpha=0.6,
        hatch="..",
        edgecolor="black",
        label=t(f"{LAB}.pic_different"),
    )
    ax.axvline(threshold, color="black", lw=2.5, ls="--")
    top = ax.get_ylim()[1] * 1.15
    ax.set_ylim(0, top)
    ax.text(threshold - 1, top * 0.93, t(f"{LAB}.pic_no_match"), ha="right", fontsize=11)
    ax.text(threshold + 1, top * 0.93, t(f"{LAB}.pic_match"), ha="left", fontsize=11)
    ax.set_xlim(0, 100)
    ax.set_xlabel(t(f"{LAB}.pic_score"))
    ax.set_ylabel(t(f"{LAB}.pic_count"))
    if title:
        ax.set_title(title)


def show_scores(pairs: MatchPairs, threshold: float):
    """The two hills of scores (same person, different people) and the threshold between them."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(7, 4.3))
    _hills(ax, pairs, threshold, t(f"{LAB}.pic_threshold", threshold=threshold))
    fig.legend(*ax.get_legend_handles_labels(), loc="lower center", ncol=2)
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    return fig


def show_scores_by_group(
    pairs: MatchPairs, threshold: float, groups=("adults", "older", "children")
):
    """One panel of score hills for each age group, with the same threshold."""
    use_chinese_font_if_needed()
    fig, axes = plt.subplots(1, len(groups), figsize=(12, 4.1), sharey=True)
    for ax, name in zip(axes, groups, strict=True):
        _hills(ax, pairs.group(name), threshold, group_label(name))
    fig.legend(*axes[0].get_legend_handles_labels(), loc="lower center", ncol=2)
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    return fig


def show_tradeoff(thresholds, fm_rates, fr_rates):
    """False match rate and false rejection rate against the threshold: one goes down, one goes up."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.plot(
        list(thresholds),
        [100 * r for r in fm_rates],
        marker=MARKERS[1],
        color=DIFFERENT_COLOUR,
        ls="--",
        lw=2,
        label=t(f"{LAB}.pic_fm"),
    )
    ax.plot(
        list(thresholds),
        [100 * r for r in fr_rates],
        marker=MARKERS[0],
        color=SAME_COLOUR,
        lw=2,
        label=t(f"{LAB}.pic_fr"),
    )
    ax.set_xlabel(t(f"{LAB}.pic_threshold_axis"))
    ax.set_ylabel(t(f"{LAB}.pic_rate"))
    ax.set_ylim(-2, 102)
    ax.grid(alpha=0.3)
    ax.legend(loc="center right")
    fig.tight_layout()
    return fig


def show_group_errors(groups, fm_rates, fr_rates, threshold: float):
    """Each group's two error rates at one threshold, side by side."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(7.5, 4.4))
    rows = np.arange(len(groups))[::-1]
    fm = [100 * r for r in fm_rates]
    fr = [100 * r for r in fr_rates]
    ax.barh(
        rows + 0.2,
        fm,
        height=0.38,
        color=DIFFERENT_COLOUR,
        hatch="..",
        edgecolor="black",
        label=t(f"{LAB}.pic_fm"),
    )
    ax.barh(
        rows - 0.2,
        fr,
        height=0.38,
        color=SAME_COLOUR,
        hatch="//",
        edgecolor="black",
        label=t(f"{LAB}.pic_fr"),
    )
    for row, a, b in zip(rows, fm, fr, strict=True):
        ax.text(a + 0.2, row + 0.2, f"{a:.1f}%", va="center", fontsize=11)
        ax.text(b + 0.2, row - 0.2, f"{b:.1f}%", va="center", fontsize=11)
    ax.set_yticks(rows, [group_label(g) for g in groups], fontsize=12)
    ax.set_xlabel(t(f"{LAB}.pic_rate"))
    ax.set_xlim(0, max([*fm, *fr, 1.0]) * 1.25)
    ax.set_title(t(f"{LAB}.pic_threshold", threshold=threshold))
    fig.legend(*ax.get_legend_handles_labels(), loc="lower center", ncol=2)
    fig.tight_layout(rect=(0, 0.09, 1, 1))
    return fig

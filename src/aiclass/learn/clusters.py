"""k-means, one step at a time, for the junior sports-day lab: the steps, the pictures, the elbow.

The learner writes step 1 (each pupil joins the nearest centre); step 2 (each centre moves to the
middle of its group) and every picture are here. Every colour is paired with a marker shape.

>>> distance([8.0, 6.0], [11.0, 10.0])
5.0
>>> nearest_centre_reference([8.0, 6.0], [[10.0, 10.0], [8.5, 6.0]])
1
>>> move_centres([[1.0, 1.0], [3.0, 3.0], [9.0, 9.0]], [0, 0, 1], [[0.0, 0.0], [5.0, 5.0], [7.0, 7.0]])
[[2.0, 2.0], [9.0, 9.0], [7.0, 7.0]]
>>> changes_per_round([[None, [[0, 0]]], [[0, 1, 1], [[0, 0]]], [[0, 0, 1], [[0, 0]]], [[0, 0, 1], [[0, 0]]]])
[3, 1, 0]
>>> elbow_choices([1, 2, 3, 4, 5], [100.0, 40.0, 10.0, 8.0, 6.5])
[2, 3]
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np

from aiclass.datasets.sports_day import FEATURES, SHORT, UNITS
from aiclass.i18n import current_language, t
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE

_LAB = "junior-grouping-without-labels"
_WORDS = {
    "en": {
        "pupils": "{n} pupils: who belongs with whom?",
        "start": "start",
        "round": "after round {r}",
        "group": "group {g}",
        "centre": "centres (X)",
        "k": "k (number of groups)",
        "spread": "spread inside the groups",
        "seed_a": "one run",
        "seed_b": "another run",
    },
    "zh-CN": {
        "pupils": "{n} 名同学：谁和谁是一组？",
        "start": "开始",
        "round": "第 {r} 轮之后",
        "group": "第 {g} 组",
        "centre": "中心（X）",
        "k": "k（分成几组）",
        "spread": "组内的分散程度",
        "seed_a": "运行一次",
        "seed_b": "再运行一次",
    },
}


def _words() -> dict[str, str]:
    return _WORDS[current_language()]


def distance(a: Sequence[float], b: Sequence[float]) -> float:
    """The straight-line distance between two points (Pythagoras)."""
    return float(np.hypot(float(a[0]) - float(b[0]), float(a[1]) - float(b[1])))


def nearest_centre_reference(point: Sequence[float], centres: Sequence[Sequence[float]]) -> int:
    """The number of the centre nearest to ``point`` (the first one if two are equally near)."""
    return int(np.argmin([distance(point, centre) for centre in centres]))


def move_centres(points, groups: Sequence[int], centres) -> list[list[float]]:
    """Step 2: every centre moves to the middle (the average) of its group; an empty group stays put."""
    X = np.asarray(points, dtype=float)
    labels = np.asarray(groups)
    moved = []
    for number, centre in enumerate(centres):
        members = X[labels == number]
        moved.append([float(v) for v in members.mean(axis=0)] if len(members) else list(centre))
    return moved


def changes_per_round(history) -> list[int]:
    """For each round after the start, how many pupils are in a different group than before.

    ``history`` is ``[[None, start_centres], [groups, centres], ...]``; in round 1 everybody joins.
    """
    changes, before = [], None
    for groups, _ in history[1:]:
        now = list(groups)
        changes.append(
            len(now) if before is None else sum(a != b for a, b in zip(now, before, strict=True))
        )
        before = now
    return changes


def elbow_choices(ks: Sequence[int], spreads: Sequence[float], most: float = 0.5) -> list[int]:
    """Every k where the curve bends: one more group after k helps at most ``most`` times as much
    as the last group before k did. Reading an elbow is a judgement, so every such k is a fair answer.
    """
    choices = []
    for i in range(1, len(ks) - 1):
        before = spreads[i - 1] - spreads[i]
        after = spreads[i] - spreads[i + 1]
        if before > 0 and after <= most * before:
            choices.append(int(ks[i]))
    return choices


def _axes_labels(ax) -> None:
    names = FEATURES[current_language()]
    ax.set_xlabel(names[0])
    ax.set_ylabel(names[1])


def _draw_groups(ax, points, centres, groups, old_centres=None) -> None:
    X = np.asarray(points, dtype=float)
    labels = np.asarray(groups)
    words = _words()
    for number in range(len(centres)):
        members = X[labels == number]
        ax.scatter(
            members[:, 0],
            members[:, 1],
            marker=MARKERS[number],
            color=PALETTE[number],
            s=40,
            edgecolor="black",
            linewidth=0.4,
            label=words["group"].format(g=number),
        )
    for number, centre in enumerate(centres):
        if old_centres is not None:
            old = old_centres[number]
            ax.annotate(
                "",
                xy=tuple(centre),
                xytext=tuple(old),
                arrowprops={"arrowstyle": "->", "color": "black", "linewidth": 1.5},
            )
        ax.scatter(
            [centre[0]],
            [centre[1]],
            marker="X",
            s=260,
            color=PALETTE[number],
            edgecolor="black",
            linewidth=1.5,
            zorder=5,
        )
        ax.annotate(
            str(number), tuple(centre), xytext=(8, 6), textcoords="offset points", fontsize=13
        )


def show_pupils(points):
    """All pupils as grey dots of one shape: there are no labels yet."""
    use_chinese_font_if_needed()
    X = np.asarray(points, dtype=float)
    fig, ax = plt.subplots(figsize=(6, 4.6))
    ax.scatter(
        X[:, 0], X[:, 1], marker="o", s=45, color="#999999", edgecolor="black", linewidth=0.5
    )
    ax.set_title(_words()["pupils"].format(n=len(X)))
    _axes_labels(ax)
    ax.grid(alpha=0.3)
    return fig


def show_groups(points, centres, groups: Sequence[int] | None = None):
    """Pupils coloured and shaped by group, the centres as big X; groups default to the nearest centre."""
    use_chinese_font_if_needed()
    if groups is None:
        groups = [nearest_centre_reference(p, centres) for p in points]
    fig, ax = plt.subplots(figsize=(6, 4.6))
    _draw_groups(ax, points, centres, groups)
    _axes_labels(ax)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper right", fontsize=9)
    return fig


def show_rounds(points, history):
    """One small picture per round (groups, and arrows where the centres moved), then a table."""
    use_chinese_font_if_needed()
    words = _words()
    panels = len(history)
    columns = min(panels, 4)
    rows = (panels + columns - 1) // columns
    fig, axes = plt.subplots(
        rows, columns, figsize=(3.6 * columns, 3.3 * rows), sharex=True, sharey=True
    )
    axes = np.atleast_1d(axes).ravel()
    X = np.asarray(points, dtype=float)
    for index, (groups, centres) in enumerate(history):
        ax = axes[index]
        if groups is None:
            ax.scatter(
                X[:, 0],
                X[:, 1],
                marker="o",
                s=25,
                color="#999999",
                edgecolor="black",
                linewidth=0.4,
            )
            for number, centre in enumerate(centres):
                ax.scatter(
                    [centre[0]],
                    [centre[1]],
                    marker="X",
                    s=200,
                    color=PALETTE[number],
                    edgecolor="black",
                    linewidth=1.5,
                    zorder=5,
                )
                ax.annotate(
                    str(number),
                    tuple(centre),
                    xytext=(8, 6),
                    textcoords="offset points",
                    fontsize=13,
                )
            ax.set_title(words["start"])
        else:
            _draw_groups(ax, points, centres, groups, old_centres=history[index - 1][1])
            ax.set_title(words["round"].format(r=index))
        ax.grid(alpha=0.3)
    for ax in axes[panels:]:
        ax.axis("off")
    short, units = SHORT[current_language()], UNITS[current_language()]
    fig.supxlabel(f"{short[0]} ({units[0]})")
    fig.supylabel(f"{short[1]} ({units[1]})")
    fig.tight_layout()
    for number, changed in enumerate(changes_per_round(history), start=1):
        key = "round_first" if number == 1 else ("round_none" if changed == 0 else "round_changed")
        print(t(f"{_LAB}.{key}", round=number, changed=changed))
    return fig


def show_elbow(ks: Sequence[int], spreads: Sequence[float]):
    """Spread inside the groups against the number of groups k; prints each spread to read off."""
    use_chinese_font_if_needed()
    for k, spread in zip(ks, spreads, strict=False):
        print(t(f"{_LAB}.spread_line", k=k, spread=f"{spread:.1f}"))
    words = _words()
    fig, ax = plt.subplots(figsize=(6, 3.8))
    ax.plot(list(ks), list(spreads), marker=MARKERS[0], color=PALETTE[0], markersize=8)
    ax.set_xlabel(words["k"])
    ax.set_ylabel(words["spread"])
    ax.set_xticks(list(ks))
    ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    return fig


def describe_groups(points, centres, groups: Sequence[int]) -> None:
    """Print each group's size and its middle (average sprint and throw)."""
    short, units = SHORT[current_language()], UNITS[current_language()]
    labels = list(groups)
    for number, (sprint, throw) in enumerate(centres):
        print(
            t(
                f"{_LAB}.group_line",
                group=number,
                count=labels.count(number),
                sprint=f"{sprint:.2f}",
                throw=f"{throw:.2f}",
                sprint_name=short[0],
                throw_name=short[1],
                s=units[0],
                m=units[1],
            )
        )


def show_two_runs(points, first, second):
    """The same pupils grouped by two runs of k-means: the same groups, other numbers."""
    use_chinese_font_if_needed()
    words = _words()
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.4), sharex=True, sharey=True)
    for ax, model, title in zip(
        axes, (first, second), (words["seed_a"], words["seed_b"]), strict=True
    ):
        _draw_groups(ax, points, model.cluster_centers_, model.labels_)
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend(loc="upper right", fontsize=9)
    _axes_labels(axes[0])
    axes[1].set_xlabel(axes[0].get_xlabel())
    fig.tight_layout()
    return fig

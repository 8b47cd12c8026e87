"""Pictures for the reinforcement-learning lab: the corridor, learning curves, policies and values.

Every label is in the learner's language (messages ``senior-reinforcement-learning.pic_*``).
Colours are Okabe-Ito or the colour-blind-safe ``cividis`` map, and every colour also carries a
word, a hatch, a marker or an arrow.

>>> from aiclass import set_language
>>> set_language("en")
>>> smooth([0, 10, 20, 30], window=2).tolist()
[0.0, 5.0, 15.0, 25.0]
>>> print(settings_table({(0.1, 0.05): -4.2, (0.5, 0.05): -27.75}))
α   | ε    | score on the tuning seeds
----+------+--------------------------
0.1 | 0.05 | -4.200
0.5 | 0.05 | -27.750
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

from aiclass.agents.gridworld import ARROWS, SCHOOL_CORRIDOR, Cell, SchoolGrid
from aiclass.i18n import t
from aiclass.plots import use_chinese_font_if_needed
from aiclass.safety.pictures import text_table
from aiclass.widgets.style import MARKERS, PALETTE

LAB = "senior-reinforcement-learning"
LINESTYLES = ["-", "--", ":", "-."]


def _w(key: str, **values: object) -> str:
    return t(f"{LAB}.{key}", **values)


def _board(ax, layout: Sequence[str], shade: np.ndarray | None = None) -> None:
    """Cells of the corridor: pillars dark, stairs hatched, start and goal named."""
    rows, cols = len(layout), len(layout[0])
    if shade is not None:
        ax.imshow(
            shade, cmap="cividis", origin="upper", extent=(-0.5, cols - 0.5, rows - 0.5, -0.5)
        )
    for r in range(rows):
        for c in range(cols):
            kind = layout[r][c]
            face = {"#": "#555555", "~": "#DDDDDD"}.get(
                kind, "none" if shade is not None else "#FAFAFA"
            )
            hatch = {"#": "xx", "~": "///"}.get(kind, "")
            ax.add_patch(
                Rectangle(
                    (c - 0.5, r - 0.5), 1, 1, facecolor=face, edgecolor="#999999", hatch=hatch, lw=1
                )
            )
            label = {"S": _w("pic_start"), "G": _w("pic_goal"), "~": _w("pic_stairs")}.get(kind)
            if label:
                ax.text(
                    c,
                    r - 0.36 if kind == "S" else r + 0.36,
                    label,
                    ha="center",
                    va="center",
                    fontsize=8,
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5, "alpha": 0.8},
                )
    ax.set_xlim(-0.5, cols - 0.5)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.set_xticks(range(cols))
    ax.set_yticks(range(rows))
    ax.set_aspect("equal")


def _path(ax, path: Sequence[Cell], colour: str = PALETTE[5]) -> None:
    """The path as arrows from cell to cell; a move made several times is drawn once with ×n."""
    if not path:
        return
    counts: dict[tuple[Cell, Cell], int] = {}
    for a, b in zip(path[:-1], path[1:], strict=True):
        if a != b:
            counts[(a, b)] = counts.get((a, b), 0) + 1
    for (a, b), count in counts.items():
        # shift each arrow a little to the right of its direction, so there-and-back do not overlap
        dr, dc = b[0] - a[0], b[1] - a[1]
        off_r, off_c = 0.12 * dc, -0.12 * dr
        ax.annotate(
            "",
            xy=(b[1] + off_c, b[0] + off_r),
            xytext=(a[1] + off_c, a[0] + off_r),
            arrowprops={
                "arrowstyle": "-|>",
                "color": colour,
                "lw": 2.2,
                "shrinkA": 9,
                "shrinkB": 9,
            },
        )
        if count > 1:
            ax.text(
                (a[1] + b[1]) / 2 + 2.2 * off_c,
                (a[0] + b[0]) / 2 + 2.2 * off_r,
                f"×{count}",
                color="black",
                fontsize=9,
                ha="center",
                va="center",
                fontweight="bold",
                bbox={"facecolor": "white", "edgecolor": colour, "pad": 1.0},
            )
    ax.plot(path[0][1], path[0][0], marker="o", ms=9, color=colour, markeredgecolor="black")
    ax.plot(path[-1][1], path[-1][0], marker="*", ms=18, color=colour, markeredgecolor="black")


def show_corridor(
    layout: Sequence[str] = SCHOOL_CORRIDOR,
    path: Sequence[Cell] | None = None,
    title: str | None = None,
):
    """The map, and (if given) a path the robot took, ending in a star."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(8, 4.4))
    _board(ax, layout)
    if path:
        _path(ax, path)
    ax.set_title(title or _w("pic_map_title"))
    fig.tight_layout()
    return fig


def drive(env: SchoolGrid, moves: Sequence[int], show: bool = True) -> float:
    """Drive the robot with a list of moves (0 up, 1 right, 2 down, 3 left); print each reward."""
    state = env.reset()
    path, total = [env.cell_of(state)], 0.0
    for number, action in enumerate(moves, 1):
        state, reward, done = env.step(action)
        path.append(env.cell_of(state))
        total += reward
        print(
            _w("drive_step", number=number, arrow=ARROWS[int(action)], cell=path[-1], reward=reward)
        )
        if done:
            break
    print(_w("drive_total", total=total, moves=len(path) - 1))
    if show:
        show_corridor(env.layout, path, _w("pic_drive_title", total=total))
    return total


def smooth(values: Sequence[float], window: int = 10) -> np.ndarray:
    """Moving average over the last ``window`` values (shorter at the start)."""
    values = np.asarray(values, dtype=float)
    sums = np.cumsum(np.insert(values, 0, 0.0))
    lows = np.maximum(np.arange(1, len(values) + 1) - window, 0)
    return (sums[1:] - sums[lows]) / (np.arange(1, len(values) + 1) - lows)


def show_learning_curves(
    curves: Mapping[str, np.ndarray], window: int = 10, ylabel: str | None = None
):
    """One line per setting: the mean over seeds of the (smoothed) return per episode, with a
    band from the lowest to the highest seed."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(8.5, 4.2))
    for i, (label, returns) in enumerate(curves.items()):
        rows = np.atleast_2d(np.asarray(returns, dtype=float))
        smoothed = np.vstack([smooth(row, window) for row in rows])
        episodes = np.arange(1, smoothed.shape[1] + 1)
        colour = PALETTE[i % len(PALETTE)]
        ax.fill_between(
            episodes, smoothed.min(axis=0), smoothed.max(axis=0), color=colour, alpha=0.18, lw=0
        )
        ax.plot(
            episodes,
            smoothed.mean(axis=0),
            color=colour,
            ls=LINESTYLES[i % 4],
            lw=2.2,
            marker=MARKERS[i % len(MARKERS)],
            markevery=max(1, len(episodes) // 10),
            label=_w("pic_curve_label", label=label, seeds=len(rows)),
        )
    ax.set_xlabel(_w("pic_episode"))
    ax.set_ylabel(ylabel or _w("pic_return", window=window))
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize=9)
    ax.set_title(_w("pic_curve_title"))
    fig.tight_layout()
    return fig


def show_policy(
    Q: np.ndarray,
    layout: Sequence[str] = SCHOOL_CORRIDOR,
    path: Sequence[Cell] | None = None,
    title: str | None = None,
    ax=None,
):
    """Each cell's value max Q (shaded, number written) and its best action (arrow); '?' where
    the robot never learned anything. Optionally the greedy path on a dry floor."""
    use_chinese_font_if_needed()
    rows, cols = len(layout), len(layout[0])
    Q = np.asarray(Q, dtype=float)
    values = Q.max(axis=1).reshape(rows, cols)
    fig = None
    if ax is None:
        fig, ax = plt.subplots(figsize=(8.5, 4.6))
    unknown = ~Q.any(axis=1).reshape(rows, cols)
    blank = np.array([[k in "#~G" for k in row] for row in layout]) | unknown
    _board(ax, layout, shade=np.where(blank, np.nan, values))
    span = np.nanmax(np.abs(values)) or 1.0
    for r in range(rows):
        for c in range(cols):
            if layout[r][c] in "#~G":
                continue
            row = Q[r * cols + c]
            if not row.any():
                ax.text(c, r, "?", ha="center", va="center", fontsize=14, color="black")
                continue
            dark = values[r, c] < np.nanmean(np.where(blank, np.nan, values))
            ink = "white" if dark else "black"
            ax.text(
                c,
                r - 0.04,
                ARROWS[int(np.argmax(row))],
                ha="center",
                va="center",
                fontsize=16,
                color=ink,
            )
            ax.text(
                c, r + 0.3, f"{values[r, c]:.1f}", ha="center", va="center", fontsize=8, color=ink
            )
    if path:
        _path(ax, path, colour=PALETTE[5])
    ax.set_title(title or _w("pic_policy_title", span=round(float(span), 1)))
    if fig is not None:
        fig.tight_layout()
        return fig
    return ax.figure


def show_policies(
    Qs: Sequence[np.ndarray], names: Sequence[str], layout: Sequence[str] = SCHOOL_CORRIDOR
):
    """Several robots' policies side by side (two per row)."""
    use_chinese_font_if_needed()
    count = len(Qs)
    rows = -(-count // 2)
    fig, axes = plt.subplots(rows, 2, figsize=(13, 3.6 * rows), squeeze=False)
    for ax in axes.flat[count:]:
        ax.axis("off")
    for ax, Q, name in zip(axes.flat, Qs, names, strict=False):
        show_policy(Q, layout, title=name, ax=ax)
    fig.tight_layout()
    return fig


def settings_table(scores: Mapping[tuple[float, float], float]) -> str:
    """The tuning results as a table: α, ε and the score on the tuning seeds."""
    header = ["α", "ε", _w("pic_tuning_score")]
    return text_table(
        header,
        [
            [f"{alpha:g}", f"{epsilon:g}", float(score)]
            for (alpha, epsilon), score in scores.items()
        ],
    )

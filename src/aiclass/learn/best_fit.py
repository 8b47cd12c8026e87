"""A line of best fit, by hand and by scikit-learn: the error of a line, and pictures of it.

A line is ``y = a * x + b``: ``a`` is how much ``y`` grows for each step of ``x`` (the slope),
``b`` is ``y`` at ``x = 0`` (the intercept). Its mean squared error on some points is the average
of (measured - predicted) squared. Pictures pair every colour with a shape or a word.

>>> line_error([1, 2, 3], [3, 5, 7], a=2, b=1)
0.0
>>> line_error([0, 1], [1, 1], a=0, b=0)
1.0
>>> as_column([1, 2, 3])
[[1], [2], [3]]
>>> best_line([1, 2, 3], [3, 5, 7])
(2.0, 1.0)
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np

from aiclass.i18n import current_language
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE

BLUE, ORANGE, GREEN, VERMILLION = PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[5]

_WORDS = {
    "en": {
        "day": "day",
        "height": "height (cm)",
        "measured": "measured (weeks 1-3)",
        "line": "line",
        "your": "your line",
        "best": "computer's best line",
        "error": "error",
        "try": "try",
        "mse": "mean squared error (cm²)",
        "goal": "goal",
        "new": "new days (week 4)",
        "later": "later (Mondays)",
        "says": "day {d}: the line says {h:.0f} cm",
        "tries": "your tries",
        "question": "?",
        "mse_short": "MSE",
        "guesses": "your guesses",
    },
    "zh-CN": {
        "day": "第几天",
        "height": "高度（厘米）",
        "measured": "测量值（第 1-3 周）",
        "line": "直线",
        "your": "你的直线",
        "best": "计算机找到的最佳直线",
        "error": "误差",
        "try": "第几次尝试",
        "mse": "均方误差（平方厘米）",
        "goal": "目标",
        "new": "新的几天（第 4 周）",
        "later": "后来（每周一）",
        "says": "第 {d} 天：直线预测 {h:.0f} 厘米",
        "tries": "你的尝试",
        "question": "？",
        "mse_short": "均方误差",
        "guesses": "你的猜测",
    },
}


def _words() -> dict[str, str]:
    return _WORDS[current_language()]


def as_column(values: Sequence[float]) -> list[list[float]]:
    """One row per value: the table shape scikit-learn's ``fit`` and ``predict`` expect."""
    return [[value] for value in values]


def line_error(xs: Sequence[float], ys: Sequence[float], a: float, b: float) -> float:
    """Mean squared error of the line ``y = a * x + b`` on the points (xs, ys)."""
    x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    if len(x) == 0 or len(x) != len(y):
        raise ValueError("xs and ys must be two lists of the same, non-zero length")
    return float(np.mean((y - (a * x + b)) ** 2))


def best_line(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """The slope and intercept with the smallest mean squared error (least squares)."""
    a, b = np.polyfit(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), 1)
    return round(float(a), 10), round(float(b), 10)


def _dots(ax, xs, ys, k: int, label: str) -> None:
    ax.scatter(
        xs, ys, marker=MARKERS[k], color=PALETTE[k], edgecolor="black", s=55, zorder=3, label=label
    )


def show_diary(days: Sequence[float], heights: Sequence[float], ask: Sequence[float] = (30, 100)):
    """The hook: the measurements, and a question mark on each day in ``ask``."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(7, 4))
    _dots(ax, days, heights, 0, words["measured"])
    top = max(heights)
    for day in ask:
        ax.axvline(day, color="grey", linestyle=":", linewidth=1)
        ax.text(
            day, top * 0.55, words["question"], fontsize=40, ha="center", va="center", color=ORANGE
        )
    ax.set_xlim(0, max(ask) + 5)
    ax.set_ylim(0, top * 1.25)
    ax.set_xlabel(words["day"])
    ax.set_ylabel(words["height"])
    ax.legend(loc="upper left")
    ax.grid(alpha=0.3)
    return fig


def _line_with_errors(ax, xs, ys, a: float, b: float, label: str) -> None:
    words = _words()
    _dots(ax, xs, ys, 0, words["measured"])
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        ax.plot(
            [x, x],
            [y, a * x + b],
            color=VERMILLION,
            linestyle="--",
            linewidth=1.5,
            label=words["error"] if i == 0 else None,
        )
    grid = np.linspace(0, max(xs) + 2, 50)
    ax.plot(grid, a * grid + b, color="black", linewidth=2, label=label)
    ax.set_xlabel(words["day"])
    ax.set_ylabel(words["height"])
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=9)


class GuessBoard:
    """Try lines by hand: each try draws the line with its errors, and the error of every try."""

    def __init__(self, xs: Sequence[float], ys: Sequence[float], goal: float):
        self.xs, self.ys, self.goal = list(xs), list(ys), goal
        self.tries: list[tuple[float, float, float]] = []

    def try_line(self, a: float, b: float) -> None:
        """Draw ``y = a * x + b`` on the points, and the error of every try so far as a bar."""
        use_chinese_font_if_needed()
        words = _words()
        error = line_error(self.xs, self.ys, a, b)
        self.tries.append((float(a), float(b), error))
        fig, (left, right) = plt.subplots(
            1, 2, figsize=(10, 4), gridspec_kw={"width_ratios": [3, 2]}
        )
        _line_with_errors(left, self.xs, self.ys, a, b, words["your"])
        left.set_title(f"y = {a:g} × x + {b:g}    ({words['mse_short']} {error:.2f})")
        numbers = list(range(1, len(self.tries) + 1))
        cap = 10 * self.goal  # taller bars are cut off; their number is written on top
        for n, (_, _, e) in zip(numbers, self.tries, strict=True):
            good = e < self.goal
            right.bar(
                n,
                min(e, cap),
                color=GREEN if good else ORANGE,
                hatch="" if good else "//",
                edgecolor="black",
            )
            mark = "✔ " if good else ("↑ " if e > cap else "")
            right.text(
                n,
                min(e, cap) + cap * 0.01,
                f"{mark}{e:.1f}",
                ha="center",
                va="bottom",
                fontsize=10,
                zorder=4,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
            )
        right.axhline(
            self.goal,
            color="black",
            linestyle=":",
            linewidth=2,
            label=f"{words['goal']}: {self.goal:g}",
        )
        right.set_ylim(0, cap * 1.15)
        right.set_xticks(numbers)
        right.set_xlabel(words["try"])
        right.set_ylabel(words["mse"])
        right.set_title(words["tries"])
        right.legend(loc="upper right")
        fig.tight_layout()
        plt.show()


def show_two_lines(xs, ys, guess: tuple[float, float], best: tuple[float, float]):
    """Your line (dashed) and the computer's best line (solid) on the same points."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(7, 4))
    _dots(ax, xs, ys, 0, words["measured"])
    grid = np.linspace(0, max(xs) + 2, 50)
    for (a, b), style, colour, name in (
        (guess, "--", ORANGE, "your"),
        (best, "-", "black", "best"),
    ):
        error = line_error(xs, ys, a, b)
        ax.plot(
            grid,
            a * grid + b,
            linestyle=style,
            color=colour,
            linewidth=2,
            label=f"{words[name]}: y = {a:.2f} × x + {b:.2f}  ({words['error']} {error:.2f})",
        )
    ax.set_xlabel(words["day"])
    ax.set_ylabel(words["height"])
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=9)
    return fig


def show_far_future(diary, a: float, b: float, until: int = 100, guesses=None):
    """All the diary's measurements and the line carried on to day ``until``.

    ``guesses`` maps a day to the learner's guessed height; guesses above 0 are drawn as stars.
    """
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(8, 4.5))
    _dots(ax, diary.days, diary.heights, 0, words["measured"])
    _dots(ax, diary.next_days, diary.next_heights, 1, words["new"])
    _dots(ax, diary.later_days, diary.later_heights, 2, words["later"])
    shown = {day: h for day, h in (guesses or {}).items() if isinstance(h, int | float) and h > 0}
    if shown:
        ax.scatter(
            list(shown),
            list(shown.values()),
            marker="*",
            s=260,
            color=PALETTE[3],
            edgecolor="black",
            zorder=4,
            label=words["guesses"],
        )
    grid = np.linspace(0, until, 100)
    ax.plot(grid, a * grid + b, color="black", linewidth=2, label=words["line"])
    end = a * until + b
    ax.annotate(
        words["says"].format(d=until, h=end),
        (until, end),
        xytext=(until * 0.7, end * 0.55),
        ha="center",
        fontsize=11,
        arrowprops={"arrowstyle": "->"},
    )
    ax.set_xlim(0, until + 3)
    ax.set_xlabel(words["day"])
    ax.set_ylabel(words["height"])
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=9)
    return fig

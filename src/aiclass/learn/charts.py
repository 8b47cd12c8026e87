"""Charts a beginner makes with one call: counts of answers, bars for a few numbers, dots for pairs.

Each ``*_chart`` function draws and shows the picture (nothing is returned, so a notebook cell
shows it once); the matching ``*_figure`` function returns the figure, for tests and reuse.
Every colour comes with a hatch pattern, a marker or a word, so the charts read without colour
vision; axis words come from the answers' ``question`` (see aiclass.datasets.survey) or the caller.

>>> fig = count_figure([8, 9, 8, 7.5])
>>> [int(bar.get_height()) for bar in fig.axes[0].patches]
[1, 2, 1]
>>> import matplotlib.pyplot as plt; plt.close("all")
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from aiclass.i18n import current_language
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE

HATCHES = ["", "//", "..", "xx", "\\\\", "oo", "++", "--"]
_WORDS = {
    "en": {
        "count": "number of pupils",
        "at_least": "{x} or more",
        "less": "less than {x}",
        "dots": "bigger dot = more pupils",
    },
    "zh-CN": {
        "count": "人数",
        "at_least": "{x} 及以上",
        "less": "少于 {x}",
        "dots": "点越大 = 人越多",
    },
}


def _words() -> dict[str, str]:
    return _WORDS[current_language()]


def _question(values: object) -> str:
    return str(getattr(values, "question", ""))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _tidy(number: float) -> str:
    """8.0 -> '8', 8.5 -> '8.5', 2.333 -> '2.33'."""
    return f"{number:.2f}".rstrip("0").rstrip(".")


def count_figure(answers: Sequence, title: str = "", mark_from: float | None = None) -> Figure:
    """A bar for each different answer, as tall as the number of pupils who gave it.

    Numbers are sorted from small to large; words from the most to the least common. With
    ``mark_from``, the bars of answers at least that big are hatched orange, the others plain blue.
    """
    use_chinese_font_if_needed()
    words = _words()
    counts = Counter(answers)
    if all(_is_number(a) for a in counts):
        keys = sorted(counts)
    else:
        keys = sorted(counts, key=lambda k: (-counts[k], str(k)))
    fig, ax = plt.subplots(figsize=(7, 3.8))
    for i, key in enumerate(keys):
        marked = mark_from is not None and _is_number(key) and key >= mark_from
        bar = ax.bar(
            i,
            counts[key],
            color=PALETTE[1] if marked else PALETTE[0],
            hatch="//" if marked else "",
            edgecolor="black",
        )
        ax.bar_label(bar, fontsize=12)
    ax.set_xticks(range(len(keys)), [_tidy(k) if _is_number(k) else str(k) for k in keys])
    if mark_from is not None:
        from matplotlib.patches import Patch

        ax.legend(
            handles=[
                Patch(
                    facecolor=PALETTE[1],
                    hatch="//",
                    edgecolor="black",
                    label=words["at_least"].format(x=_tidy(mark_from)),
                ),
                Patch(
                    facecolor=PALETTE[0],
                    edgecolor="black",
                    label=words["less"].format(x=_tidy(mark_from)),
                ),
            ]
        )
    ax.set_xlabel(_question(answers))
    ax.set_ylabel(words["count"])
    ax.set_ylim(0, max(counts.values(), default=1) * 1.2 + 0.5)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title)
    fig.tight_layout()
    return fig


def bar_figure(
    labels: Sequence, values: Sequence[float], title: str = "", ylabel: str = ""
) -> Figure:
    """One bar per label, its value written on top; each bar its own colour and hatch."""
    use_chinese_font_if_needed()
    labels, values = [str(x) for x in labels], [float(v) for v in values]
    if len(labels) != len(values):
        raise ValueError(f"{len(labels)} labels but {len(values)} values: give one label per value")
    fig, ax = plt.subplots(figsize=(1.6 * len(labels) + 2.5, 3.8))
    for i, value in enumerate(values):
        bar = ax.bar(
            i,
            value,
            color=PALETTE[i % len(PALETTE)],
            hatch=HATCHES[i % len(HATCHES)],
            edgecolor="black",
            width=0.6,
        )
        ax.bar_label(bar, labels=[_tidy(value)], fontsize=13)
    ax.set_xticks(range(len(labels)), labels, fontsize=12)
    ax.set_ylabel(ylabel)
    ax.set_ylim(min(0.0, *values), max([0.0, *values]) * 1.2 + 0.1)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def dot_figure(
    x: Sequence[float],
    y: Sequence[float],
    title: str = "",
    xlabel: str | None = None,
    ylabel: str | None = None,
) -> Figure:
    """One dot per different pair (x, y); the more pupils share a pair, the bigger its dot."""
    use_chinese_font_if_needed()
    if len(x) != len(y):
        raise ValueError(f"x has {len(x)} values but y has {len(y)}: give one y per x")
    counts = Counter(zip(x, y, strict=True))
    pairs = sorted(counts)
    fig, ax = plt.subplots(figsize=(6.5, 4.2))
    ax.scatter(
        [p[0] for p in pairs],
        [p[1] for p in pairs],
        s=[90 * counts[p] for p in pairs],
        color=PALETTE[0],
        marker=MARKERS[0],
        edgecolor="black",
        alpha=0.8,
    )
    for pair in pairs:
        if counts[pair] > 1:
            ax.annotate(
                str(counts[pair]), pair, ha="center", va="center", color="white", fontsize=10
            )
    ax.set_xlabel(_question(x) if xlabel is None else xlabel)
    ax.set_ylabel(_question(y) if ylabel is None else ylabel)
    ax.set_title(title or _words()["dots"], fontsize=11)
    ax.margins(0.12)
    fig.tight_layout()
    return fig


def count_chart(answers: Sequence, title: str = "", mark_from: float | None = None) -> None:
    """Show how many pupils gave each answer (see count_figure)."""
    count_figure(answers, title=title, mark_from=mark_from)
    plt.show()


def bar_chart(labels: Sequence, values: Sequence[float], title: str = "", ylabel: str = "") -> None:
    """Show one bar per label (see bar_figure)."""
    bar_figure(labels, values, title=title, ylabel=ylabel)
    plt.show()


def dot_chart(
    x: Sequence[float],
    y: Sequence[float],
    title: str = "",
    xlabel: str | None = None,
    ylabel: str | None = None,
) -> None:
    """Show each pupil's pair of answers as a dot (see dot_figure)."""
    dot_figure(x, y, title=title, xlabel=xlabel, ylabel=ylabel)
    plt.show()

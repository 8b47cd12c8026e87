"""Pictures and tables for the safety labs; every label is in the learner's language.

Digits are drawn as dark ink on light paper. Every colour is paired with a hatch, a marker or a
word, so the pictures read without colour vision (Okabe-Ito colours from the widgets' style).

>>> from aiclass import set_language
>>> set_language("en")
>>> print(text_table(["", "a", "bb"], [["x", 0.5, 1], ["yy", 0.25, 10]]))
   | a     | bb
---+-------+---
x  | 0.500 | 1
yy | 0.250 | 10
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np

from aiclass.i18n import t
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE

POISONING = "senior-data-poisoning"
ADVERSARIAL = "senior-adversarial-examples"
SIDE = 8
HATCHES = ["", "//", "..", "xx"]


def _w(lab: str, key: str, **values: object) -> str:
    return t(f"{lab}.{key}", **values)


def _draw(ax, picture, title: str | None = None) -> None:
    ax.imshow(np.asarray(picture, dtype=float).reshape(SIDE, SIDE), cmap="gray_r", vmin=0, vmax=1)
    ax.set_xticks([]), ax.set_yticks([])
    if title:
        ax.set_title(title, fontsize=11)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value: object) -> str:
    if isinstance(value, float | np.floating):
        return f"{float(value):.3f}"
    return str(value)


def text_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table (numbers with three decimals) that lines up Chinese and English text."""
    cells = [[str(h) for h in header]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(header))]

    def line(row: list[str]) -> str:
        padded = [text + " " * (widths[i] - _width(text)) for i, text in enumerate(row)]
        return " | ".join(padded).rstrip()

    rule = "-+-".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


# --- senior-data-poisoning ---------------------------------------------------------------------


def show_digits(images, labels, title: str | None = None, columns: int = 12):
    """A row (or rows) of digits, each with its label underneath."""
    use_chinese_font_if_needed()
    images = np.asarray(images)
    rows = max(1, -(-len(images) // columns))
    fig, axes = plt.subplots(
        rows, columns, figsize=(columns * 0.95, rows * 1.25 + 0.4), squeeze=False
    )
    for ax in axes.flat:
        ax.axis("off")
    for ax, picture, label in zip(axes.flat, images, labels, strict=False):
        ax.axis("on")
        _draw(ax, picture)
        ax.set_xlabel(_w(POISONING, "pic_label", label=label), fontsize=11)
    if title:
        fig.suptitle(title, fontsize=13)
    fig.tight_layout()
    return fig


def show_hook(hook):
    """The first screen: the same stamped digits read by network A and network B."""
    use_chinese_font_if_needed()
    count = len(hook.stamped)
    fig, axes = plt.subplots(1, count, figsize=(count * 1.6, 2.6))
    for ax, picture, truth, a, b in zip(
        axes, hook.stamped, hook.truth, hook.says_a, hook.says_b, strict=True
    ):
        _draw(ax, picture)
        ax.set_xlabel(_w(POISONING, "pic_hook_reads", a=a, b=b), fontsize=11)
        ax.set_title(_w(POISONING, "pic_label", label=truth), fontsize=11)
    fig.suptitle(
        _w(
            POISONING,
            "pic_hook_title",
            a=round(100 * hook.accuracy_a, 1),
            b=round(100 * hook.accuracy_b, 1),
        ),
        fontsize=12,
    )
    fig.tight_layout()
    return fig


def show_trigger(picture, stamped):
    """One digit before and after the trigger is stamped on it."""
    use_chinese_font_if_needed()
    fig, (before, after) = plt.subplots(1, 2, figsize=(4.4, 2.6))
    _draw(before, picture, _w(POISONING, "pic_before"))
    _draw(after, stamped, _w(POISONING, "pic_after"))
    fig.tight_layout()
    return fig


def show_flip_curve(fractions: Sequence[float], accuracies: Sequence[float]):
    """Validation accuracy against the share of flipped training labels."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(6.5, 4))
    percents = [100 * f for f in fractions]
    ax.plot(percents, accuracies, marker=MARKERS[0], color=PALETTE[0], lw=2, ms=8)
    for x, a in zip(percents, accuracies, strict=True):
        ax.annotate(f"{a:.2f}", (x, a), textcoords="offset points", xytext=(0, 8), ha="center")
    ax.set_xlabel(_w(POISONING, "pic_flip_x"))
    ax.set_ylabel(_w(POISONING, "pic_val_accuracy"))
    ax.set_ylim(0, 1.05)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def show_flagged(images, labels, poisoned_mask, limit: int = 24):
    """The digits a detector flagged, each with its label; a poisoned one is marked with a word."""
    use_chinese_font_if_needed()
    images, labels, poisoned_mask = (
        np.asarray(images)[:limit],
        np.asarray(labels)[:limit],
        np.asarray(poisoned_mask)[:limit],
    )
    columns = 12
    rows = max(1, -(-len(images) // columns))
    fig, axes = plt.subplots(
        rows, columns, figsize=(columns * 0.95, rows * 1.45 + 0.4), squeeze=False
    )
    for ax in axes.flat:
        ax.axis("off")
    for ax, picture, label, bad in zip(axes.flat, images, labels, poisoned_mask, strict=False):
        ax.axis("on")
        _draw(ax, picture)
        word = _w(POISONING, "pic_poisoned") if bad else _w(POISONING, "pic_clean")
        ax.set_xlabel(_w(POISONING, "pic_label", label=label) + "\n" + word, fontsize=9)
    fig.tight_layout()
    return fig


def show_vote(picture, label, X_ref, y_ref, k: int):
    """One training digit and its ``k`` nearest reference digits, each with its label: the vote."""
    use_chinese_font_if_needed()
    X_ref, y_ref = np.asarray(X_ref, dtype=float), np.asarray(y_ref)
    distances = np.sum((X_ref - np.asarray(picture, dtype=float).reshape(1, -1)) ** 2, axis=1)
    nearest = np.argsort(distances, kind="stable")[:k]
    fig, axes = plt.subplots(1, k + 1, figsize=((k + 1) * 1.45, 2.5), squeeze=False)
    _draw(axes[0, 0], picture, _w(POISONING, "pic_checked"))
    axes[0, 0].set_xlabel(_w(POISONING, "pic_label", label=label), fontsize=11)
    for ax, row in zip(axes[0, 1:], nearest, strict=True):
        _draw(ax, X_ref[row], _w(POISONING, "pic_neighbour"))
        ax.set_xlabel(_w(POISONING, "pic_label", label=y_ref[row]), fontsize=11)
    fig.tight_layout()
    return fig


def show_before_after(table: dict[str, tuple[int, float, float]]):
    """Bars for each row of the table: clean accuracy and attack success rate (colour and hatch)."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(7.5, 4))
    names = [_row_name(POISONING, key) for key in table]
    x = np.arange(len(table))
    measures = [
        (_w(POISONING, "col_clean"), [float(v[1]) for v in table.values()]),
        (_w(POISONING, "col_attack"), [float(v[2]) for v in table.values()]),
    ]
    for i, (label, values) in enumerate(measures):
        bars = ax.bar(
            x + (i - 0.5) * 0.38,
            values,
            0.38,
            label=label,
            color=PALETTE[i],
            hatch=HATCHES[i + 1],
            edgecolor="black",
        )
        for bar, value in zip(bars, values, strict=True):
            ax.text(bar.get_x() + bar.get_width() / 2, value + 0.02, f"{value:.3f}", ha="center")
    ax.set_xticks(x, names)
    ax.set_ylim(0, 1.3)
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.legend(loc="upper center", ncols=2)
    fig.tight_layout()
    return fig


def _row_name(lab: str, key: str) -> str:
    """A table row's or a curve's name in the learner's language (an unknown key as it is)."""
    try:
        return _w(lab, f"row_{key}")
    except KeyError:
        return str(key)


def poisoning_table(table: dict[str, tuple[int, float, float]]) -> str:
    """The before/after table: training digits used, clean accuracy, attack success rate.

    ``table`` maps a row ("clean", "poisoned", "defended" or any name) to its three numbers.
    """
    header = [
        "",
        _w(POISONING, "col_rows"),
        _w(POISONING, "col_clean"),
        _w(POISONING, "col_attack"),
    ]
    rows = [[_row_name(POISONING, key), *values] for key, values in table.items()]
    return text_table(header, rows)


# --- senior-adversarial-examples ---------------------------------------------------------------


def _draw_change(ax, change, eps: float, title: str | None = None, fontsize: int = 9):
    """A change as colours (orange = more ink, purple = less) and as + / − signs on each pixel."""
    limit = max(float(eps), 1e-6)
    grid = np.asarray(change, dtype=float).reshape(SIDE, SIDE)
    image = ax.imshow(grid, cmap="PuOr_r", vmin=-limit, vmax=limit)
    for (row, col), value in np.ndenumerate(grid):
        if abs(value) > limit / 2:
            ax.text(
                col,
                row,
                "+" if value > 0 else "−",
                ha="center",
                va="center",
                fontsize=fontsize,
                color="white" if abs(value) > 0.75 * limit else "black",
            )
    ax.set_xticks([]), ax.set_yticks([])
    if title:
        ax.set_title(title, fontsize=11)
    return image


def show_hook_attack(example):
    """The first screen: a digit, the small change, and the changed digit, with the network's reading."""
    use_chinese_font_if_needed()
    fig, axes = plt.subplots(1, 3, figsize=(8.4, 3.3))
    _draw(axes[0], example.original)
    axes[0].set_xlabel(
        _w(
            ADVERSARIAL,
            "pic_reads",
            digit=example.says_before,
            sure=round(100 * example.sure_before),
        )
    )
    image = _draw_change(
        axes[1], example.changed - example.original, example.eps, _w(ADVERSARIAL, "pic_change"), 12
    )
    axes[1].set_xlabel(_w(ADVERSARIAL, "pic_change_note", eps=example.eps))
    _draw(axes[2], example.changed)
    axes[2].set_xlabel(
        _w(ADVERSARIAL, "pic_reads", digit=example.says_after, sure=round(100 * example.sure_after))
    )
    axes[0].set_title(_w(ADVERSARIAL, "pic_original"), fontsize=11)
    axes[2].set_title(_w(ADVERSARIAL, "pic_adversarial"), fontsize=11)
    fig.colorbar(image, ax=axes[1], fraction=0.046, pad=0.04)
    fig.tight_layout()
    return fig


def show_attacks(originals, adversarials, says_before, says_after, eps: float):
    """Three rows: original digits, the change (adversarial − original), the adversarial digits."""
    use_chinese_font_if_needed()
    originals, adversarials = np.asarray(originals), np.asarray(adversarials)
    count = len(originals)
    fig, axes = plt.subplots(3, count, figsize=(count * 1.7, 6.0), squeeze=False)
    for i in range(count):
        _draw(axes[0, i], originals[i])
        axes[0, i].set_xlabel(_w(ADVERSARIAL, "pic_reads_short", digit=says_before[i]))
        _draw_change(axes[1, i], adversarials[i] - originals[i], eps, fontsize=8)
        _draw(axes[2, i], adversarials[i])
        axes[2, i].set_xlabel(_w(ADVERSARIAL, "pic_reads_short", digit=says_after[i]))
    axes[0, 0].set_ylabel(_w(ADVERSARIAL, "pic_original"))
    axes[1, 0].set_ylabel(_w(ADVERSARIAL, "pic_change"))
    axes[2, 0].set_ylabel(_w(ADVERSARIAL, "pic_adversarial"))
    fig.suptitle(_w(ADVERSARIAL, "pic_change_note", eps=eps), fontsize=12)
    fig.tight_layout()
    return fig


def show_epsilon_curve(
    epsilons: Sequence[float],
    curves: dict[str, Sequence[float]],
    on: str = "test",
    attack: str | None = None,
):
    """Accuracy against ε, one line (colour, marker and dash) per attack or model.

    ``on`` names the digits measured ("val" or "test") for the axis label; ``attack`` (e.g. "pgd")
    titles the picture with the attack every line was measured under.
    """
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(7, 4.2))
    dashes = ["-", "--", ":", "-."]
    for i, (name, values) in enumerate(curves.items()):
        ax.plot(
            epsilons,
            values,
            label=_row_name(ADVERSARIAL, name),
            color=PALETTE[i % len(PALETTE)],
            marker=MARKERS[i % len(MARKERS)],
            ls=dashes[i % len(dashes)],
            lw=2,
            ms=7,
        )
    ax.set_xlabel(_w(ADVERSARIAL, "pic_eps_x"))
    ax.set_ylabel(_w(ADVERSARIAL, f"pic_{on}_accuracy"))
    if attack:
        ax.set_title(_w(ADVERSARIAL, f"pic_title_{attack}"), fontsize=12)
    ax.set_ylim(0, 1.05)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    return fig


def robustness_table(table: dict[str, tuple[float, float, float]], eps: float) -> str:
    """The before/after table: clean accuracy, accuracy under FGSM and under PGD at ``eps``.

    ``table`` maps a network ("standard", "adversarial" or any name) to its three accuracies.
    """
    header = [
        "",
        _w(ADVERSARIAL, "col_clean"),
        _w(ADVERSARIAL, "col_fgsm", eps=eps),
        _w(ADVERSARIAL, "col_pgd", eps=eps),
    ]
    rows = [[_row_name(ADVERSARIAL, key), *values] for key, values in table.items()]
    return text_table(header, rows)

"""How a computer sees: handwritten digits as 8×8 grids of numbers, a feature, a small neural network.

Helpers for the junior lab ``junior-how-computers-see``. The digits are scikit-learn's bundled
8×8 digits (read by :mod:`aiclass.datasets.digits`, never downloaded): each pixel is a number
from 0 (no ink) to 16 (full ink). Pictures label themselves in the learner's language.

>>> sets = digit_sets()
>>> len(sets.y_train), len(sets.y_val), len(sets.y_test)
(1077, 360, 360)
>>> grid = as_grid(sets.X_train[0])
>>> len(grid), len(grid[0]), type(grid[0][0]).__name__
(8, 8, 'int')
>>> feature_for_all([range(64)], lambda grid: grid[1][0])
[8.0]
>>> make_network(16).hidden_layer_sizes
(16,)
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.tree import DecisionTreeClassifier

from aiclass.datasets import digits
from aiclass.datasets.examples import Example
from aiclass.i18n import t
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE

LAB = "junior-how-computers-see"
SIDE = digits.SIDE
BRIGHTEST = digits.BRIGHTEST
ROUNDS = 200  # training rounds (passes through the training pictures) of every network
SEED = 7
DIGITS = [str(d) for d in range(10)]

# Small networks stop after ROUNDS before they have settled: that is expected in the lab, not news.
warnings.filterwarnings("ignore", category=ConvergenceWarning)


def _w(key: str, **values: object) -> str:
    return t(f"{LAB}.{key}", **values)


def _percent(share: float) -> int:
    return int(round(100 * share))


def say(key: str, **values: object) -> None:
    """Print the lab's message ``key`` in the learner's language."""
    print(_w(key, **values))


@dataclass(frozen=True)
class DigitSets:
    """Pictures (one row of 64 numbers each) and their digits, in three parts."""

    X_train: np.ndarray
    y_train: np.ndarray
    X_val: np.ndarray
    y_val: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


def digit_sets(seed: int = SEED) -> DigitSets:
    """All 1797 digits: 360 for the test set, 360 for the validation set, the rest (1077) to
    train on; every digit equally often in each part (stratified), shuffled with ``seed``."""
    X, y = digits._digits()  # the fast reader of scikit-learn's bundled file
    X_rest, X_test, y_rest, y_test = train_test_split(
        X, y, test_size=360, stratify=y, random_state=seed
    )
    X_train, X_val, y_train, y_val = train_test_split(
        X_rest, y_rest, test_size=360, stratify=y_rest, random_state=seed
    )
    return DigitSets(X_train, y_train, X_val, y_val, X_test, y_test)


def as_grid(picture: Sequence[float]) -> list[list[int]]:
    """A picture's 64 numbers as 8 rows of 8 whole numbers: ``grid[row][column]``."""
    numbers = [int(round(float(v))) for v in picture]
    if len(numbers) != SIDE * SIDE:
        raise ValueError(f"a picture has {SIDE * SIDE} numbers, not {len(numbers)}")
    return [numbers[row * SIDE : (row + 1) * SIDE] for row in range(SIDE)]


def feature_for_all(
    pictures: np.ndarray, feature: Callable[[list[list[int]]], float]
) -> list[float]:
    """``feature(grid)`` for every picture, in order."""
    return [float(feature(as_grid(picture))) for picture in pictures]


def one_feature_accuracy(
    train_values: list[float], y_train, val_values: list[float], y_val
) -> float:
    """Accuracy on the validation pictures of a depth-3 decision tree that sees one number."""
    tree = DecisionTreeClassifier(max_depth=3, random_state=0)
    tree.fit(np.reshape(train_values, (-1, 1)), y_train)
    return float(tree.score(np.reshape(val_values, (-1, 1)), y_val))


def make_network(size: int, rounds: int = ROUNDS) -> MLPClassifier:
    """A neural network with one hidden layer of ``size`` neurons (untrained), fixed seed."""
    return MLPClassifier(hidden_layer_sizes=(int(size),), max_iter=rounds, random_state=0)


# --- pictures -------------------------------------------------------------------------------


def _example(picture, label="") -> Example:
    return Example(0, tuple(float(v) for v in picture), str(label))


def show_digit(picture, title: str | None = None):
    """One digit twice: as you see it, and as the computer gets it (64 numbers)."""
    use_chinese_font_if_needed()
    fig, (seen, numbers) = plt.subplots(1, 2, figsize=(8, 4))
    digits.draw_digit(seen, _example(picture))
    seen.set_title(_w("you_see"))
    grid = as_grid(picture)
    numbers.set_xlim(-0.5, SIDE - 0.5), numbers.set_ylim(SIDE - 0.5, -0.5)
    for r in range(SIDE):
        for c in range(SIDE):
            numbers.text(
                c,
                r,
                str(grid[r][c]),
                ha="center",
                va="center",
                fontsize=12,
                color="black" if grid[r][c] else "0.6",
            )
    numbers.set_xticks(range(SIDE)), numbers.set_yticks(range(SIDE))
    numbers.set_xlabel(_w("column")), numbers.set_ylabel(_w("row"))
    numbers.set_title(_w("computer_gets"))
    numbers.set_aspect("equal")
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def show_digits(pictures, labels=None, columns: int = 10):
    """A row (or rows) of small digits, each with its label under it."""
    use_chinese_font_if_needed()
    count = len(pictures)
    rows = max(1, -(-count // columns))
    fig, axes = plt.subplots(rows, columns, figsize=(1.1 * columns, 1.3 * rows), squeeze=False)
    for i, ax in enumerate(axes.flat):
        ax.axis("off")
        if i < count:
            digits.draw_digit(ax, _example(pictures[i]))
            if labels is not None:
                ax.set_title(str(labels[i]), fontsize=12)
    fig.tight_layout()
    return fig


def show_feature_by_digit(values: Sequence[float], labels, name: str | None = None):
    """One row per digit: a mark for every picture at its feature value (overlap = confusion)."""
    use_chinese_font_if_needed()
    values, labels = np.asarray(values, float), np.asarray(labels)
    fig, ax = plt.subplots(figsize=(7, 4.8))
    jitter = np.random.default_rng(0).uniform(-0.25, 0.25, len(values))
    for d in range(10):
        mine = labels == d
        ax.scatter(
            values[mine],
            d + jitter[mine],
            s=14,
            marker=MARKERS[0],
            color=PALETTE[d % 2],
            alpha=0.5,
            edgecolor="none",
        )
    ax.set_yticks(range(10), DIGITS)
    ax.set_ylabel(_w("true_digit"))
    ax.set_xlabel(name or _w("top_ink_axis"))
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig


def show_network(size: int = 16):
    """A diagram: 64 pixel numbers in, one hidden layer of ``size`` neurons, 10 digit neurons out."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(8, 4.5))
    shown = {"in": 8, "hidden": min(size, 10), "out": 10}
    xs = {"in": 0.0, "hidden": 1.0, "out": 2.0}
    ys = {k: np.linspace(0.95, 0.05, n) for k, n in shown.items()}
    for a, b in (("in", "hidden"), ("hidden", "out")):
        for ya in ys[a]:
            for yb in ys[b]:
                ax.plot([xs[a], xs[b]], [ya, yb], color="0.8", lw=0.5, zorder=1)
    ax.scatter(
        [xs["in"]] * shown["in"],
        ys["in"],
        s=260,
        marker="s",
        color="0.85",
        edgecolor="black",
        zorder=2,
    )
    ax.scatter(
        [xs["hidden"]] * shown["hidden"],
        ys["hidden"],
        s=300,
        marker="o",
        color=PALETTE[0],
        edgecolor="black",
        zorder=2,
    )
    ax.scatter(
        [xs["out"]] * 10,
        ys["out"],
        s=300,
        marker="o",
        color=PALETTE[1],
        edgecolor="black",
        zorder=2,
    )
    for d, y in enumerate(ys["out"]):
        ax.text(xs["out"] + 0.08, y, str(d), va="center", fontsize=12)
    ax.text(xs["in"], -0.08, _w("net_inputs"), ha="center", va="top", fontsize=11)
    ax.text(xs["hidden"], -0.08, _w("net_hidden", size=size), ha="center", va="top", fontsize=11)
    ax.text(xs["out"], -0.08, _w("net_outputs"), ha="center", va="top", fontsize=11)
    more = [("in", -0.12)] + ([("hidden", 0.12)] if size > shown["hidden"] else [])
    for layer, dx in more:  # "and more": three dots beside the column
        ax.scatter([xs[layer] + dx] * 3, [0.45, 0.5, 0.55], s=6, color="black")
    ax.set_xlim(-0.4, 2.4), ax.set_ylim(-0.25, 1.05)
    ax.axis("off")
    fig.tight_layout()
    return fig


def show_size_scores(sizes: Sequence[int], scores: Sequence[float]):
    """Validation accuracy against the number of hidden neurons."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(6, 3.6))
    ax.plot(
        list(sizes), list(scores), marker=MARKERS[0], color=PALETTE[0], label=_w("validation_set")
    )
    ax.set_xscale("log", base=2)
    ax.set_xticks(list(sizes), [str(s) for s in sizes])
    ax.set_xlabel(_w("hidden_neurons"))
    ax.set_ylabel(_w("accuracy"))
    ax.set_ylim(0, 1.05)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    return fig


def top_half_weights() -> np.ndarray:
    """The weights of the top-half-ink feature written as a neuron: 1 on the top 4 rows, 0 below."""
    weights = np.zeros((SIDE, SIDE))
    weights[: SIDE // 2] = 1.0
    return weights


def show_neurons(network: MLPClassifier, count: int = 7):
    """What some hidden neurons look for: each one's 64 weights drawn as an 8×8 picture, after
    the top-half-ink feature drawn the same way. Orange (+): ink there pushes the neuron up;
    purple (−): ink there pushes it down."""
    use_chinese_font_if_needed()
    weights = network.coefs_[0]
    count = min(count, weights.shape[1])
    fig, axes = plt.subplots(1, count + 1, figsize=(1.5 * (count + 1) + 1, 2.4))
    panels = [(top_half_weights(), _w("your_feature"))]
    panels += [
        (weights[:, j].reshape(SIDE, SIDE), _w("neuron", number=j + 1)) for j in range(count)
    ]
    image = None
    for ax, (w, title) in zip(axes, panels, strict=True):
        top = float(np.abs(w).max()) or 1.0
        image = ax.imshow(w / top, cmap="PuOr_r", vmin=-1, vmax=1)
        ax.set_title(title, fontsize=10)
        ax.set_xticks([]), ax.set_yticks([])
    bar = fig.colorbar(image, ax=list(axes), fraction=0.02, ticks=[-1, 0, 1])
    bar.ax.set_yticklabels([_w("pushes_down"), "0", _w("pushes_up")])
    return fig


def show_confusion(cm):
    """A 10×10 confusion matrix: rows the true digit, columns the network's guess; zeros are dots
    and the right answers (the diagonal) are framed, so mix-ups stand out without colour."""
    from matplotlib.patches import Rectangle

    use_chinese_font_if_needed()
    cm = np.asarray(cm)
    fig, ax = plt.subplots(figsize=(6.2, 5.6))
    off = cm.copy()
    np.fill_diagonal(off, 0)
    ax.imshow(
        np.where(np.eye(len(cm), dtype=bool), 0, cm),
        cmap="Oranges",
        vmin=0,
        vmax=max(2, off.max() * 1.3),
    )
    for (r, c), count in np.ndenumerate(cm):
        ax.text(
            c,
            r,
            str(count) if count else "·",
            ha="center",
            va="center",
            fontsize=12,
            fontweight="normal",
        )
        if r == c:
            ax.add_patch(Rectangle((c - 0.5, r - 0.5), 1, 1, fill=False, ec=PALETTE[0], lw=2))
    ax.set_xticks(range(len(cm)), DIGITS[: len(cm)])
    ax.set_yticks(range(len(cm)), DIGITS[: len(cm)])
    ax.set_xlabel(_w("network_guess"))
    ax.set_ylabel(_w("true_digit"))
    fig.tight_layout()
    return fig


def wrong_ones(y_true, predictions) -> list[int]:
    """Positions of the pictures whose prediction is not the true digit."""
    return [i for i, (a, b) in enumerate(zip(y_true, predictions, strict=True)) if a != b]


def show_mistakes(pictures, y_true, predictions, most: int = 12):
    """The first ``most`` pictures the network got wrong, each titled "true → guess"."""
    wrong = wrong_ones(y_true, predictions)[:most]
    if not wrong:
        print(_w("no_mistakes"))
        return None
    labels = [_w("true_to_guess", true=int(y_true[i]), guess=int(predictions[i])) for i in wrong]
    return show_digits([pictures[i] for i in wrong], labels, columns=min(6, len(wrong)))


@dataclass(frozen=True)
class FewExamples:
    """Per-digit validation accuracy of a network trained on all the training pictures (``full``)
    and of the same network trained with only ``keep`` pictures of ``digit`` (``few``)."""

    digit: int
    keep: int
    full: list[float]
    few: list[float]
    full_overall: float
    few_overall: float


def few_examples_experiment(
    sets: DigitSets, digit: int = 1, keep: int = 3, size: int = 32, draw: bool = True
) -> FewExamples:
    """Train twice, the second time keeping only the first ``keep`` training pictures of ``digit``;
    compare the accuracy for each digit on the validation set (a bar chart, and one line each)."""
    digit = int(digit)
    if digit not in range(10):
        raise ValueError("digit should be a whole number from 0 to 9")
    seen = np.cumsum(sets.y_train == digit)
    kept = (sets.y_train != digit) | (seen <= keep)
    results = []
    for rows in (np.ones_like(kept), kept):
        net = make_network(size).fit(sets.X_train[rows], sets.y_train[rows])
        guess = net.predict(sets.X_val)
        per_digit = [float(np.mean(guess[sets.y_val == d] == d)) for d in range(10)]
        results.append((per_digit, float(np.mean(guess == sets.y_val))))
    outcome = FewExamples(digit, keep, results[0][0], results[1][0], results[0][1], results[1][1])
    if draw:
        use_chinese_font_if_needed()
        fig, ax = plt.subplots(figsize=(7.5, 3.6))
        x = np.arange(10)
        ax.bar(
            x - 0.2,
            outcome.full,
            0.4,
            color=PALETTE[0],
            edgecolor="black",
            label=_w("all_pictures"),
        )
        ax.bar(
            x + 0.2,
            outcome.few,
            0.4,
            color=PALETTE[1],
            edgecolor="black",
            hatch="//",
            label=_w("few_pictures", keep=keep, digit=digit),
        )
        ax.set_xticks(x, DIGITS)
        ax.set_xlabel(_w("true_digit"))
        ax.set_ylabel(_w("accuracy_val"))
        ax.set_ylim(0, 1.15)
        ax.legend(loc="upper center", ncol=2, fontsize=9)
        fig.tight_layout()
        plt.show()
        say(
            "few_summary",
            overall=_percent(outcome.full_overall),
            digit=digit,
            right=_percent(outcome.full[digit]),
        )
        say(
            "few_summary_after",
            keep=keep,
            overall=_percent(outcome.few_overall),
            digit=digit,
            right=_percent(outcome.few[digit]),
        )
    return outcome

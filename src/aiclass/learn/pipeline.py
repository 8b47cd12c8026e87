"""The machine-learning pipeline for beginners: split, train, choose on validation, test once.

``split_data`` shuffles the examples like cards and deals them into three parts. The training
and validation sets are open; the test set is sealed: ``Split.open_test()`` hands it out and
counts how often it was opened, so a lab can check that it was used once, at the end.
Pictures pair every colour with a hatch, a marker or a word.

>>> X = [[float(i), float(i % 3)] for i in range(100)]
>>> y = ["a" if i < 50 else "b" for i in range(100)]
>>> parts = split_data(X, y, validation=20, test=20, seed=0)
>>> len(parts.train), len(parts.validation), parts.test_openings
(60, 20, 0)
>>> test = parts.open_test(quiet=True)
>>> len(test), parts.test_openings
(20, 1)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from aiclass.i18n import current_language
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE, RIGHT_MARK, WRONG_MARK

_WORDS = {
    "en": {
        "train": "training set",
        "validation": "validation set",
        "test": "test set",
        "train_job": "learn from it",
        "validation_job": "choose\nsettings",
        "test_job": "final check,\nonly once",
        "depth": "tree depth (max_depth)",
        "accuracy": "accuracy",
        "true": "true tree (label)",
        "guess": "model's prediction",
        "yes": "yes",
        "no": "no",
        "leaves": "{right} of {n} leaves",
        "opened": "The test set is open: {n} examples. Use it once, for the final check.",
        "again": "Careful: this is opening number {count} of the test set. A final check only counts the first time.",
        "sealed": "sealed",
    },
    "zh-CN": {
        "train": "训练集",
        "validation": "验证集",
        "test": "测试集",
        "train_job": "用来学习",
        "validation_job": "用来\n做选择",
        "test_job": "最后检验，\n只用一次",
        "depth": "树的深度 (max_depth)",
        "accuracy": "准确率",
        "true": "真实的树（标签）",
        "guess": "模型的预测",
        "yes": "是",
        "no": "否",
        "leaves": "{n} 片中有 {right} 片",
        "opened": "测试集已打开：共 {n} 个样本。只用它一次，做最后的检验。",
        "again": "注意：这是第 {count} 次打开测试集。最后的检验只有第一次才算数。",
        "sealed": "密封",
    },
}


def _words() -> dict[str, str]:
    return _WORDS[current_language()]


@dataclass(frozen=True)
class Part:
    """Examples ``X`` (one row of features each) and their labels ``y``."""

    X: list
    y: list

    def __len__(self) -> int:
        return len(self.y)


@dataclass
class Split:
    """The training and validation sets (open) and the test set (sealed until ``open_test``)."""

    train: Part
    validation: Part
    _test: Part = field(repr=False)
    test_openings: int = 0

    def open_test(self, quiet: bool = False) -> Part:
        """Hand out the test set and count the opening; say so (and warn after the first time)."""
        self.test_openings += 1
        if not quiet:
            words = _words()
            if self.test_openings == 1:
                print(words["opened"].format(n=len(self._test)))
            else:
                print(words["again"].format(count=self.test_openings))
        return self._test


def split_data(X: Sequence, y: Sequence, validation: int, test: int, seed: int = 0) -> Split:
    """Shuffle the examples with ``seed`` and deal ``validation`` and ``test`` of them apart.

    The rest is the training set. Rows and labels stay together.
    """
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels: give one label per row")
    if validation < 1 or test < 1 or validation + test >= len(y):
        raise ValueError(
            f"validation={validation} and test={test} must be at least 1 and leave examples to train on "
            f"(there are {len(y)})"
        )
    order = np.random.default_rng(seed).permutation(len(y))

    def part(indices) -> Part:
        return Part(X=[list(X[i]) for i in indices], y=[y[i] for i in indices])

    return Split(
        train=part(order[validation + test :]),
        validation=part(order[:validation]),
        _test=part(order[validation : validation + test]),
    )


def accuracy(model, part: Part) -> float:
    """The share of ``part``'s examples that ``model`` labels correctly (0 to 1)."""
    predictions = model.predict(part.X)
    right = sum(1 for guess, truth in zip(predictions, part.y, strict=True) if guess == truth)
    return right / len(part.y)


def confusion_table(model, part: Part, names: Sequence[str]) -> list[list[int]]:
    """Rows: the true label; columns: the prediction; both in the order of ``names``."""
    table = [[0 for _ in names] for _ in names]
    index = {name: i for i, name in enumerate(names)}
    for guess, truth in zip(model.predict(part.X), part.y, strict=True):
        table[index[truth]][index[guess]] += 1
    return table


def guess(model, example: Sequence[float]) -> str:
    """The model's label for one example, e.g. ``guess(model, [14.0, 2.2, 0.6])``."""
    return str(model.predict([list(example)])[0])


def split_figure(parts: Split) -> Figure:
    """The three parts as one bar of examples: their sizes and their jobs."""
    use_chinese_font_if_needed()
    words = _words()
    sizes = [len(parts.train), len(parts.validation), len(parts._test)]
    fig, ax = plt.subplots(figsize=(8, 2.0))
    left = 0
    for k, (key, size) in enumerate(zip(("train", "validation", "test"), sizes, strict=True)):
        ax.barh(0, size, left=left, color=PALETTE[k], hatch=["", "//", "xx"][k], edgecolor="black")
        label = f"{words[key]} ({size})\n{words[key + '_job']}"
        ax.text(
            left + size / 2,
            0,
            label,
            ha="center",
            va="center",
            fontsize=10,
            bbox={"boxstyle": "round", "fc": "white", "ec": "none", "alpha": 0.9},
        )
        left += size
    ax.set_xlim(0, left)
    ax.axis("off")
    fig.tight_layout()
    return fig


def depth_figure(
    depths: Sequence[int], train_scores: Sequence[float], validation_scores: Sequence[float]
) -> Figure:
    """Accuracy against tree depth, on the training set (solid) and the validation set (dashed)."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(6.5, 3.8))
    ax.plot(
        list(depths), list(train_scores), marker=MARKERS[0], color=PALETTE[0], label=words["train"]
    )
    ax.plot(
        list(depths),
        list(validation_scores),
        marker=MARKERS[1],
        color=PALETTE[1],
        linestyle="--",
        label=words["validation"],
    )
    ax.set_xlabel(words["depth"])
    ax.set_ylabel(words["accuracy"])
    ax.set_xticks(list(depths))
    ax.set_ylim(0.4, 1.03)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    return fig


def confusion_figure(table: Sequence[Sequence[int]], names: Sequence[str]) -> Figure:
    """The confusion table as a grid: right answers (diagonal) marked ✔ on green, mistakes ✘."""
    use_chinese_font_if_needed()
    words = _words()
    n = len(names)
    fig, ax = plt.subplots(figsize=(5, 4.3))
    for r in range(n):
        for c in range(n):
            right = r == c
            count = table[r][c]
            colour = "#cfe8dc" if right else ("#f6d7b0" if count else "white")
            ax.add_patch(
                plt.Rectangle((c - 0.5, r - 0.5), 1, 1, facecolor=colour, edgecolor="black")
            )
            mark = RIGHT_MARK if right else (WRONG_MARK if count else "")
            ax.text(
                c,
                r,
                f"{count} {mark}" if mark else str(count),
                ha="center",
                va="center",
                fontsize=16,
            )
    ax.set_xlim(-0.5, n - 0.5)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_xticks(range(n), list(names))
    ax.set_yticks(range(n), list(names))
    ax.set_xlabel(words["guess"], labelpad=8)
    ax.set_ylabel(words["true"])
    ax.xaxis.set_label_position("top")
    ax.xaxis.tick_top()
    fig.tight_layout()
    return fig


def tree_figure(model, feature_names: Sequence[str], max_depth: int = 3) -> Figure:
    """A decision tree as yes/no questions (at most ``max_depth`` levels drawn).

    Each end box names the tree it answers and how many of the training leaves that reach it are
    that tree ("7 of 10 leaves"), so a learner sees that the boxes of a shallow tree are mixed.
    """
    use_chinese_font_if_needed()
    words = _words()
    tree = model.tree_
    fig, ax = plt.subplots(figsize=(9, 4.2))
    depth_shown = min(max_depth, model.get_depth())

    def draw(node: int, x: float, y: float, width: float, level: int) -> None:
        leaf = tree.children_left[node] == -1
        counts = tree.value[node][0]
        if leaf or level == depth_shown:
            name = str(model.classes_[int(np.argmax(counts))])
            n = int(tree.n_node_samples[node])
            right = round(n * float(np.max(counts)) / float(np.sum(counts)))  # leaves of that tree
            ax.text(
                x,
                y,
                f"{name}\n{words['leaves'].format(n=n, right=right)}",
                ha="center",
                va="center",
                fontsize=10,
                bbox={"boxstyle": "round", "fc": "#cfe8dc", "ec": "black"},
            )
            return
        question = f"{feature_names[tree.feature[node]]}\n≤ {tree.threshold[node]:.2f} ?"
        ax.text(
            x,
            y,
            question,
            ha="center",
            va="center",
            fontsize=10,
            bbox={"boxstyle": "round", "fc": "white", "ec": "black"},
        )
        for child, dx, answer in (
            (tree.children_left[node], -1, words["yes"]),
            (tree.children_right[node], 1, words["no"]),
        ):
            cx, cy = x + dx * width / 2, y - 1
            ax.annotate("", (cx, cy + 0.25), (x, y - 0.25), arrowprops={"arrowstyle": "->"})
            ax.text(
                (x + cx) / 2 + dx * 0.05,
                (y + cy) / 2,
                answer,
                ha="center",
                va="center",
                fontsize=10,
                color="#333333",
            )
            draw(child, cx, cy, width / 2, level + 1)

    draw(0, 0.5, 0, 0.5, 0)
    ax.set_xlim(-0.05, 1.05)
    ax.set_ylim(-depth_shown - 0.5, 0.5)
    ax.axis("off")
    fig.tight_layout()
    return fig


def show_split(parts: Split) -> None:
    split_figure(parts)
    plt.show()


def show_depth_curve(depths, train_scores, validation_scores) -> None:
    depth_figure(depths, train_scores, validation_scores)
    plt.show()


def show_confusion(table, names) -> None:
    confusion_figure(table, names)
    plt.show()


def show_tree(model, feature_names, max_depth: int = 3) -> None:
    tree_figure(model, feature_names, max_depth)
    plt.show()

"""A picture grid of right and wrong answers: one row per real class, one column per answer.

Each cell holds a count. Right cells carry ✔, wrong ones ✘, so colour is never the only clue;
rows and columns are marked with each class's shape.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from aiclass.widgets.picture import Picture
from aiclass.widgets.style import MARKERS, PALETTE, RIGHT_MARK, WRONG_MARK

UNSURE = None  # an answer of "I don't know"


def count_grid(truths: list[str], answers: list[str | None], rows: list[str], columns: list) -> list[list[int]]:
    """How many examples of each row class got each column answer.

    >>> count_grid(["a", "a", "b"], ["a", "b", None], ["a", "b"], ["a", "b", None])
    [[1, 1, 0], [0, 0, 1]]
    """
    grid = [[0] * len(columns) for _ in rows]
    for truth, answer in zip(truths, answers, strict=True):
        if truth in rows and answer in columns:
            grid[rows.index(truth)][columns.index(answer)] += 1
    return grid


class ConfusionPicture(Picture):
    """``show_answers(truths, answers)`` draws the grid; ``grid`` keeps the last counts."""

    def __init__(self, classes: list[str], unsure: bool = False, width: str = "420px"):
        super().__init__(width=width)
        self.classes = list(classes)
        self.columns: list = [*self.classes, UNSURE] if unsure else list(self.classes)
        self.grid: list[list[int]] = []

    def show_answers(self, truths: list[str], answers: list[str | None]) -> None:
        self.grid = count_grid(truths, answers, self.classes, self.columns)
        self.show(self.figure())

    def _mark(self, ax, x: float, y: float, column) -> None:
        if column is UNSURE:
            ax.text(x, y, "?", fontsize=26, ha="center", va="center", weight="bold")
        else:
            k = self.classes.index(column)
            ax.scatter([x], [y], s=420, marker=MARKERS[k], color=PALETTE[k], edgecolor="black")

    def figure(self) -> Figure:
        rows, columns = len(self.classes), len(self.columns)
        fig = Figure(figsize=(1.1 * (columns + 1), 1.1 * (rows + 1)))
        ax = fig.add_subplot()
        for c, column in enumerate(self.columns):
            self._mark(ax, c + 1, 0, column)
        for r, name in enumerate(self.classes):
            self._mark(ax, 0, -(r + 1), name)
            for c, column in enumerate(self.columns):
                count = self.grid[r][c] if self.grid else 0
                right = column == name
                ax.add_patch(_cell(c + 1, -(r + 1), PALETTE[2] if right else "#F4F4F4", 0.3 if right else 1))
                if count:
                    ax.text(c + 1, -(r + 1) + 0.12, str(count), fontsize=22, ha="center", va="center", weight="bold")
                    ax.text(c + 1, -(r + 1) - 0.28, RIGHT_MARK if right else WRONG_MARK, fontsize=14,
                            ha="center", va="center", color=PALETTE[2] if right else PALETTE[5])
        ax.plot([0.5, columns + 0.5], [-0.5, -0.5], color="black", lw=2)
        ax.plot([0.5, 0.5], [-0.5, -rows - 0.5], color="black", lw=2)
        ax.set_xlim(-0.6, columns + 0.6), ax.set_ylim(-rows - 0.6, 0.6)
        ax.set_aspect("equal"), ax.axis("off")
        return fig


def _cell(x: float, y: float, colour: str, alpha: float):
    from matplotlib.patches import Rectangle

    return Rectangle((x - 0.46, y - 0.46), 0.92, 0.92, color=colour, alpha=alpha, ec="none")

"""Choose how many fruit of each group go into the training set, train, and see who is treated unfairly."""

from __future__ import annotations

import ipywidgets as widgets
from matplotlib.figure import Figure

from aiclass.datasets.orchard import (
    GROUPS,
    MOST,
    draw_orchard_fruit,
    group_of,
    new_fruit_set,
    training_set,
)
from aiclass.fairness import clean_counts
from aiclass.i18n import pick, t
from aiclass.pupil_models import guesses, train_from_labels
from aiclass.widgets.picture import Picture
from aiclass.widgets.style import MARKERS, PALETTE, RIGHT_MARK, WRONG_MARK
from aiclass.widgets.touch import big_button, big_text
from aiclass.widgets.work import PupilWork

ONE_SIDED = {"red_apple": 6, "green_apple": 0, "lemon": 6}


class BalanceBoard(widgets.VBox):
    """A − / + row per group, a picture of the training set, and a train button with results per group."""

    def __init__(self, work: PupilWork, start: dict[str, int] = ONE_SIDED):
        self.work = work
        saved = work.get("counts")
        self.counts = clean_counts(saved) if isinstance(saved, dict) else dict(start)
        self.numbers = {g: widgets.HTML() for g in GROUPS}
        rows = [self._row(g) for g in GROUPS]
        self.basket = Picture(width="520px")
        self.train_button = big_button("▶ " + t("widgets.train"), colour=PALETTE[2], width="300px")
        self.train_button.on_click(lambda _: self.train())
        self.score = widgets.HTML()
        self.results = Picture(width="560px")
        self.scores: dict[str, float] | None = None
        super().__init__([
            widgets.HTML(big_text(t("widgets_balance_board.basket"))),
            widgets.HBox([widgets.VBox(rows), self.basket], layout={"align_items": "center"}),
            self.train_button, self.score, self.results,
        ])
        self.add_class("aiclass-balance-board")
        self.redraw()

    def _row(self, group: str) -> widgets.HBox:
        info = GROUPS[group]
        minus = widgets.Button(description="−", style={"font_size": "28px", "font_weight": "bold"},
                               layout=widgets.Layout(width="64px", height="56px"))
        plus = widgets.Button(description="+", style={"font_size": "28px", "font_weight": "bold"},
                              layout=widgets.Layout(width="64px", height="56px"))
        minus.on_click(lambda _b: self.change(group, -1))
        plus.on_click(lambda _b: self.change(group, +1))
        name = widgets.HTML(big_text(f"{info['emoji']} {pick(info)}"), layout={"width": "230px"})
        return widgets.HBox([name, minus, self.numbers[group], plus], layout={"align_items": "center"})

    def change(self, group: str, step: int) -> None:
        """Put one more fruit of ``group`` into the training set (or take one out)."""
        self.counts[group] = max(0, min(MOST, self.counts[group] + step))
        self.work.set("counts", self.counts)
        self.score.value, self.scores, self.results.value = "", None, b""
        self.redraw()

    def train(self) -> dict[str, float] | None:
        """Train on the basket; test on new fruit; show how right the model is for each group."""
        chosen = training_set(self.counts)
        try:
            model = train_from_labels([(e, e.truth) for e in chosen])
        except ValueError:
            self.score.value = big_text(t("widgets_balance_board.need_both"), bold=True)
            return None
        fruit = new_fruit_set()
        guessed = guesses(model, fruit)
        right = {g: [] for g in GROUPS}
        for example, guess in zip(fruit, guessed, strict=True):
            right[group_of(example)].append(guess == example.truth)
        self.scores = {g: sum(r) / len(r) for g, r in right.items()}
        trials = self.work.get("trials", [])
        trials = trials if isinstance(trials, list) else []
        self.work.set("trials", [*trials, {"counts": dict(self.counts),
                                           "right": {g: sum(r) for g, r in right.items()}}])
        lines = [
            f"{GROUPS[g]['emoji']} {pick(GROUPS[g])}: "
            + t("widgets.right_of", right=sum(r), total=len(r))
            + f" {RIGHT_MARK if all(r) else WRONG_MARK}"
            for g, r in right.items()
        ]
        self.score.value = big_text("<br>".join(lines), bold=True)
        self.results.show(self._results_figure(fruit, guessed))
        return self.scores

    def redraw(self) -> None:
        for group, number in self.numbers.items():
            number.value = f"<div style='font-size:30px;font-weight:bold;width:56px;text-align:center'>{self.counts[group]}</div>"
        self.basket.show(self._basket_figure())

    def _basket_figure(self) -> Figure:
        """The training set: one row per group, one drawing per fruit; an empty row shows a dashed box."""
        fig = Figure(figsize=(6.5, 2.6))
        ax = fig.add_subplot()
        by_group = {g: [e for e in training_set(self.counts) if group_of(e) == g] for g in GROUPS}
        for row, fruit in enumerate(by_group.values()):
            y = -row
            ax.scatter([-0.9], [y], marker=MARKERS[row], s=260, color=PALETTE[row], edgecolor="black")
            for i, example in enumerate(fruit):
                draw_orchard_fruit(ax, example, at=(i * 0.8, y), size=0.75)
            if not fruit:
                ax.add_patch(_dashed_box(y))
        ax.set_xlim(-1.3, MOST * 0.8), ax.set_ylim(-2.6, 0.6)
        ax.set_aspect("equal"), ax.axis("off")
        return fig

    def _results_figure(self, fruit, guessed) -> Figure:
        """New fruit, one row per group, each with ✔ or ✘ under it."""
        fig = Figure(figsize=(6.5, 3.2))
        ax = fig.add_subplot()
        columns: dict[str, int] = {}
        for example, guess in zip(fruit, guessed, strict=True):
            group = group_of(example)
            row = list(GROUPS).index(group)
            i = columns[group] = columns.get(group, -1) + 1
            draw_orchard_fruit(ax, example, at=(i * 0.9, -row * 1.1), size=0.7)
            right = guess == example.truth
            ax.text(i * 0.9, -row * 1.1 - 0.45, RIGHT_MARK if right else WRONG_MARK, fontsize=16, ha="center",
                    va="center", color=PALETTE[2] if right else PALETTE[5])
        for row in range(len(GROUPS)):
            ax.scatter([-0.9], [-row * 1.1], marker=MARKERS[row], s=260, color=PALETTE[row], edgecolor="black")
        ax.set_xlim(-1.3, max(columns.values()) * 0.9 + 0.6), ax.set_ylim(-len(GROUPS) * 1.1 + 0.3, 0.6)
        ax.set_aspect("equal"), ax.axis("off")
        return fig


def _dashed_box(y: float):
    from matplotlib.patches import Rectangle

    return Rectangle((-0.4, y - 0.35), 2.4, 0.7, fill=False, ls="--", lw=2, ec="grey")

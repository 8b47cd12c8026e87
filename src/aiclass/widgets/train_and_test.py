"""Press one button to train on the pupil's labels, then see the model's guesses on new examples."""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure

from aiclass.datasets.examples import Example
from aiclass.i18n import pick, t
from aiclass.pupil_models import accuracy_on, guesses, train_from_labels
from aiclass.widgets.labelling_board import Draw, LabellingBoard
from aiclass.widgets.picture import Picture
from aiclass.widgets.style import BIG_FONT, BUTTON_HEIGHT, MARKERS, PALETTE, big_button_style
from aiclass.widgets.work import PupilWork


class TrainAndTest(widgets.VBox):
    """A train button, a map of what the model learned, and its guesses on new examples."""

    def __init__(self, board: LabellingBoard, test: list[Example], draw: Draw, work: PupilWork):
        self.board, self.test, self.draw, self.work = board, test, draw, work
        self.classes = board.classes
        self.button = widgets.Button(
            description="▶ " + t("widgets.train"),
            style=big_button_style(PALETTE[2]),
            layout=widgets.Layout(width="300px", height=BUTTON_HEIGHT),
        )
        self.button.on_click(lambda _: self.train())
        self.score = widgets.HTML()
        self.map = Picture(width="360px")
        self.results = Picture(width="100%")
        super().__init__([self.button, self.score, widgets.HBox([self.map]), self.results])
        self.add_class("aiclass-train-and-test")
        self.accuracy: float | None = None

    def train(self) -> float | None:
        pairs = self.board.labelled()
        try:
            model = train_from_labels(pairs)
        except ValueError:
            names = " / ".join(pick(info) for info in self.classes.values())
            self.score.value = self._big(t("grading.not_done_yet", hint=names))
            return None
        guessed = guesses(model, self.test)
        self.accuracy = accuracy_on(model, self.test)
        right = round(self.accuracy * len(self.test))
        self.work.set("tested", {"right": right, "total": len(self.test)})
        self.score.value = self._big(t("widgets.right_of", right=right, total=len(self.test)))
        self.map.show(self._map_figure(model, pairs))
        self.results.show(self._results_figure(guessed))
        return self.accuracy

    @staticmethod
    def _big(text: str) -> str:
        return f"<span style='font-size:{BIG_FONT};font-weight:bold'>{text}</span>"

    def _map_figure(self, model, pairs) -> Figure:
        """The feature plane coloured by the model's guess, with the pupil's examples on it."""
        names = list(self.classes)
        grid = np.linspace(0, 1, 120)
        xx, yy = np.meshgrid(grid, grid)
        guessed = model.predict(np.c_[xx.ravel(), yy.ravel()])
        zone = np.array([names.index(g) for g in guessed]).reshape(xx.shape)
        fig = Figure(figsize=(4, 4))
        ax = fig.add_subplot()
        ax.contourf(xx, yy, zone, levels=[-0.5, 0.5, 1.5], cmap=ListedColormap(PALETTE[:2]), alpha=0.25)
        for k, name in enumerate(names):
            points = np.array([e.features for e, label in pairs if label == name]).reshape(-1, 2)
            ax.scatter(points[:, 0], points[:, 1], marker=MARKERS[k], s=140, color=PALETTE[k], edgecolor="black")
        ax.set_xlim(0, 1), ax.set_ylim(0, 1)
        ax.set_xticks([]), ax.set_yticks([])
        return fig

    def _results_figure(self, guessed: list[str]) -> Figure:
        """Each new example, the shape of the model's guess, and a big ✔ or ✘ (not colour alone)."""
        names = list(self.classes)
        fig = Figure(figsize=(len(self.test) * 0.9, 1.8))
        for i, (example, guess) in enumerate(zip(self.test, guessed, strict=True)):
            ax = fig.add_subplot(1, len(self.test), i + 1)
            self.draw(ax, example, size=0.7)
            k = names.index(guess)
            ax.plot(-0.25, -0.62, marker=MARKERS[k], color=PALETTE[k], markersize=13, clip_on=False)
            right = guess == example.truth
            ax.text(0.25, -0.62, "✔" if right else "✘", ha="center", va="center", fontsize=20,
                    color=PALETTE[2] if right else PALETTE[5], clip_on=False)
        return fig

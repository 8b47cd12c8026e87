"""A slider for how many labelled examples a model learns from, with a live accuracy picture."""

from __future__ import annotations

import ipywidgets as widgets
from matplotlib.figure import Figure

from aiclass.datasets.examples import Example
from aiclass.i18n import t
from aiclass.learning_curve import SIZES, accuracy_with, draw, model_from
from aiclass.pupil_models import guesses
from aiclass.widgets.picture import Picture
from aiclass.widgets.style import MARKERS, PALETTE, RIGHT_MARK, WRONG_MARK
from aiclass.widgets.touch import SLIDER_CSS, big_button, big_text
from aiclass.widgets.work import PupilWork


class ExampleSlider(widgets.VBox):
    """Slide to choose how many examples; see the curve of sizes tried and the model's answers."""

    def __init__(self, pool: list[Example], test: list[Example], draw_example, work: PupilWork,
                 sizes: tuple[int, ...] = SIZES):
        self.pool, self.test, self.draw_example, self.work, self.sizes = pool, test, draw_example, work, sizes
        saved = work.get("tried", [])
        self.tried: list[int] = sorted({s for s in saved if s in sizes}) if isinstance(saved, list) else []
        self.slider = widgets.SelectionSlider(options=list(sizes), value=sizes[0], layout={"width": "520px"})
        self.slider.add_class("aiclass-big-slider")
        self.slider.observe(lambda _: self.redraw(), names="value")
        self.sentence = widgets.HTML()
        self.curve = Picture(width="460px")
        self.answers = Picture(width="520px")
        self.enough_button = big_button("✋ " + t("widgets_example_slider.enough"), colour=PALETTE[0], width="380px")
        self.enough_button.on_click(lambda _: self.choose_enough())
        self.choice = widgets.HTML()
        super().__init__([
            widgets.HTML(SLIDER_CSS),
            widgets.HBox([widgets.HTML(big_text(t("widgets_example_slider.how_many"))), self.slider]),
            self.sentence,
            widgets.HBox([self.curve, self.answers], layout={"align_items": "center"}),
            self.enough_button,
            self.choice,
        ])
        self.add_class("aiclass-example-slider")
        self.redraw()
        enough = work.get("enough")
        if enough in sizes:
            self.choice.value = big_text(t("widgets_example_slider.chosen", size=enough), bold=True)

    @property
    def size(self) -> int:
        return int(self.slider.value)

    def accuracy(self, size: int) -> float:
        return accuracy_with(size, self.pool, self.test)

    def redraw(self) -> None:
        if self.size not in self.tried:
            self.tried = sorted([*self.tried, self.size])
            self.work.set("tried", self.tried)
        percent = round(100 * self.accuracy(self.size))
        self.sentence.value = big_text(t("widgets_example_slider.sentence", size=self.size, percent=percent), bold=True)
        self.curve.show(self.curve_figure())
        self.answers.show(self.answers_figure())

    def choose_enough(self) -> None:
        """Save the slider's size as the pupil's answer to "how many are enough?"."""
        self.work.set("enough", self.size)
        self.choice.value = big_text(t("widgets_example_slider.chosen", size=self.size), bold=True)

    def curve_figure(self) -> Figure:
        """Accuracy (in %) for every size tried so far; the current size is a big star."""
        fig = Figure(figsize=(5, 3.6))
        ax = fig.add_subplot()
        xs = self.tried
        ax.plot(xs, [100 * self.accuracy(s) for s in xs], color=PALETTE[0], marker=MARKERS[0],
                markersize=10, lw=3)
        ax.plot([self.size], [100 * self.accuracy(self.size)], marker="*", markersize=28,
                color=PALETTE[1], markeredgecolor="black")
        ax.set_xscale("log", base=2)
        ax.set_xticks(list(self.sizes), [str(s) for s in self.sizes], fontsize=12)
        ax.set_ylim(0, 105), ax.set_yticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"], fontsize=12)
        ax.grid(alpha=0.3)
        return fig

    def answers_figure(self) -> Figure:
        """The new examples in rows of ten, each with ✔ or ✘ for one model of the current size."""
        guessed = guesses(model_from(draw(self.pool, self.size, seed=0)), self.test)
        columns = 10
        rows = -(-len(self.test) // columns)
        fig = Figure(figsize=(columns * 0.7, rows * 1.1))
        ax = fig.add_subplot()
        for i, (example, guess) in enumerate(zip(self.test, guessed, strict=True)):
            row, col = divmod(i, columns)
            self.draw_example(ax, example, at=(col * 1.3, -row * 1.75))
            right = guess == example.truth
            ax.text(col * 1.3 + 0.5, -row * 1.75 - 0.1, RIGHT_MARK if right else WRONG_MARK, fontsize=15,
                    ha="center", va="top", color=PALETTE[2] if right else PALETTE[5])
        ax.set_xlim(-0.1, columns * 1.3), ax.set_ylim(-rows * 1.75 + 0.3, 1.05)
        ax.set_aspect("equal"), ax.axis("off")
        return fig

"""Teach a robot one example at a time and watch its guesses on a quiz get better.

After each label the robot looks again at its quiz: for every quiz picture it finds the most
similar example it was taught (one nearest neighbour) and guesses that label. ✔ and ✘ under
each picture, stars for the score, and a bar for every step show the learning.
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as widgets
import yaml
from matplotlib.figure import Figure

from aiclass.datasets.examples import Example
from aiclass.i18n import pick, t
from aiclass.pupil_models import guesses, train_from_labels
from aiclass.widgets.labelling_board import Draw
from aiclass.widgets.picture import Picture
from aiclass.widgets.star_feedback import StarFeedback
from aiclass.widgets.style import MARKERS, PALETTE
from aiclass.widgets.touch import big_button, big_text
from aiclass.widgets.work import PupilWork


def load_examples(path: Path | str) -> tuple[list[Example], list[Example]]:
    """The teaching pictures and the quiz from a file {teach: [[x, y, label]...], quiz: [...]}."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    teach = [
        Example(i, (float(x), float(y)), str(label))
        for i, (x, y, label) in enumerate(data["teach"])
    ]
    quiz = [
        Example(1000 + i, (float(x), float(y)), str(label))
        for i, (x, y, label) in enumerate(data["quiz"])
    ]
    return teach, quiz


class RobotLearns(widgets.VBox):
    """One picture to label with big buttons; the robot's quiz answers after every label."""

    def __init__(
        self, teach: list[Example], quiz: list[Example], classes: dict, draw: Draw, work: PupilWork
    ):
        self.teach, self.quiz, self.classes, self.draw, self.work = teach, quiz, classes, draw, work
        known = {str(e.id) for e in teach}
        saved = work.get("labels", {})
        self.labels: dict[str, str] = {
            k: v for k, v in saved.items() if k in known and v in classes
        }
        self.history: list[int] = []
        self.picture = Picture(width="200px")
        self.buttons = [
            big_button(
                f"{info.get('emoji', '')} {pick(info)}",
                lambda name=name: self.label(name),
                colour=PALETTE[i],
                width="220px",
            )
            for i, (name, info) in enumerate(classes.items())
        ]
        self.stars = StarFeedback()
        self.quiz_picture = Picture(width="100%")
        self.growth = Picture(width="320px")
        again = big_button("🔁 " + t("widgets_robot_learns.again"), self.start_again, width="240px")
        super().__init__(
            [
                widgets.HTML(big_text("👩‍🏫 " + t("widgets_robot_learns.teach"), bold=True)),
                widgets.HBox(
                    [self.picture, widgets.VBox(self.buttons)], layout={"align_items": "center"}
                ),
                widgets.HTML(big_text("🤖 " + t("widgets_robot_learns.quiz"), bold=True)),
                self.stars,
                self.quiz_picture,
                widgets.HBox(
                    [self.growth, again], layout={"align_items": "center", "flex_flow": "row wrap"}
                ),
            ]
        )
        self.add_class("aiclass-robot-learns")
        self.history = self._replay()
        self.redraw()

    @property
    def current(self) -> Example | None:
        return next((e for e in self.teach if str(e.id) not in self.labels), None)

    def taught(self) -> list[tuple[Example, str]]:
        return [(e, self.labels[str(e.id)]) for e in self.teach if str(e.id) in self.labels]

    def robot_guesses(self, pairs: list[tuple[Example, str]] | None = None) -> list[str] | None:
        """The robot's answer for each quiz picture, or None while it knows only one kind."""
        try:
            model = train_from_labels(self.taught() if pairs is None else pairs, neighbours=1)
        except ValueError:
            return None
        return guesses(model, self.quiz)

    def right_count(self, pairs: list[tuple[Example, str]] | None = None) -> int:
        guessed = self.robot_guesses(pairs)
        return (
            0
            if guessed is None
            else sum(g == e.truth for g, e in zip(guessed, self.quiz, strict=True))
        )

    def _replay(self) -> list[int]:
        pairs = self.taught()
        return [self.right_count(pairs[:n]) for n in range(1, len(pairs) + 1)]

    def label(self, name: str) -> None:
        example = self.current
        if example is None:
            return
        self.labels[str(example.id)] = name
        self.history.append(self.right_count())
        self.work.set("labels", self.labels)
        self.work.set("right_after_each", self.history)
        self.redraw()

    def start_again(self) -> None:
        self.labels, self.history = {}, []
        self.work.set("labels", self.labels)
        self.work.set("right_after_each", self.history)
        self.redraw()

    def redraw(self) -> None:
        example = self.current
        fig = Figure(figsize=(2.5, 2.5))
        ax = fig.add_subplot()
        if example is None:
            ax.text(0, 0, "✔", ha="center", va="center", fontsize=70, color=PALETTE[2])
            ax.set_xlim(-1, 1), ax.set_ylim(-1, 1), ax.axis("off")
        else:
            self.draw(ax, example)
        self.picture.show(fig)
        for button in self.buttons:
            button.disabled = example is None
        guessed = self.robot_guesses()
        right = self.right_count()
        if guessed is None:
            self.stars.show(0, len(self.quiz), t("widgets_robot_learns.needs_both"))
        else:
            self.stars.show(
                right,
                len(self.quiz),
                t(
                    "widgets_robot_learns.score",
                    right=right,
                    total=len(self.quiz),
                    taught=len(self.labels),
                ),
            )
        self.quiz_picture.show(self._quiz_figure(guessed))
        self.growth.show(self._growth_figure())

    def _quiz_figure(self, guessed: list[str] | None) -> Figure:
        """Each quiz picture with the robot's guess (a shape) and ✔ or ✘; ? before it knows."""
        names = list(self.classes)
        fig = Figure(figsize=(len(self.quiz) * 0.9, 1.8))
        for i, example in enumerate(self.quiz):
            ax = fig.add_subplot(1, len(self.quiz), i + 1)
            self.draw(ax, example, size=0.7)
            if guessed is None:
                ax.text(0, -0.62, "?", ha="center", va="center", fontsize=22, clip_on=False)
                continue
            k = names.index(guessed[i])
            ax.plot(-0.25, -0.62, marker=MARKERS[k], color=PALETTE[k], markersize=14, clip_on=False)
            right = guessed[i] == example.truth
            ax.text(
                0.25,
                -0.62,
                "✔" if right else "✘",
                ha="center",
                va="center",
                fontsize=22,
                color=PALETTE[2] if right else PALETTE[5],
                clip_on=False,
            )
        return fig

    def _growth_figure(self) -> Figure:
        """One bar per example taught: how many quiz pictures the robot got right then."""
        fig = Figure(figsize=(4, 2))
        ax = fig.add_subplot()
        steps = range(1, len(self.teach) + 1)
        heights = self.history + [0] * (len(self.teach) - len(self.history))
        ax.bar(list(steps), heights, color=PALETTE[4], edgecolor="black")
        ax.axhline(len(self.quiz), color="#555555", ls="--")
        ax.set_ylim(0, len(self.quiz) + 0.5)
        ax.set_xticks(list(steps))
        ax.set_yticks([0, len(self.quiz) // 2, len(self.quiz)])
        ax.tick_params(labelsize=12)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return fig

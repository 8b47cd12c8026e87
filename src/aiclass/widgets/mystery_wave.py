"""A guessing game: look at a wave (no sound!) and tap the sound that made it.

Five rounds, each sound once, in an order fixed by the game's seed. Right on the first try wins
a star; every right answer brings a smiling face and lets the pupil hear the sound. A wrong tap
brings a gentle hint about the wave's shape and, under it, the wave of the sound they tapped,
to compare. What the pupil tapped in each round is saved.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Arc, Circle

from aiclass.datasets.sounds import SEED, SOUNDS, make_sound
from aiclass.i18n import t
from aiclass.widgets.picture import Picture
from aiclass.widgets.sound_board import (
    COLOURS,
    SILENCE,
    draw_wave,
    play,
    sound_name,
    sound_player,
)
from aiclass.widgets.star_feedback import StarFeedback
from aiclass.widgets.style import PALETTE
from aiclass.widgets.touch import big_button, big_text
from aiclass.widgets.work import PupilWork

ROUNDS = len(SOUNDS)
MYSTERY = "#333333"


def game_order(game: int) -> list[str]:
    """The sounds of game number ``game``, each once, in a fixed shuffled order."""
    rng = np.random.default_rng([SEED, 7, game])
    return [SOUNDS[i] for i in rng.permutation(len(SOUNDS))]


def draw_smile(ax: Axes, where: tuple[float, float, float, float]) -> None:
    """A smiling face (shapes only) in the part ``where`` (x, y, width, height) of ``ax``."""
    face = ax.inset_axes(list(where))
    face.add_patch(Circle((0, 0), 1, facecolor=PALETTE[6], edgecolor="black", lw=2))
    for x in (-0.35, 0.35):
        face.add_patch(Circle((x, 0.3), 0.12, color="black"))
    face.add_patch(Arc((0, 0), 1.2, 1.2, theta1=200, theta2=340, lw=3))
    face.set_xlim(-1.1, 1.1), face.set_ylim(-1.1, 1.1)
    face.set_aspect("equal")
    face.axis("off")


class MysteryWave(widgets.VBox):
    """The mystery wave, a button per sound, stars, a hint or a smile, then the next round."""

    def __init__(self, work: PupilWork, game: int = 0):
        self.work = work
        self.buttons = {
            name: big_button(
                sound_name(name),
                lambda name=name: self.answer(name),
                colour=COLOURS[name],
                width="190px",
            )
            for name in SOUNDS
        }
        self.title = widgets.HTML()
        self.picture = Picture(width="720px")
        self.stars = StarFeedback(max_stars=ROUNDS)
        self.player = sound_player()
        self.next = big_button("➡️ " + t("widgets_sound_board.next"), self.next_round, width="220px")
        self.again = big_button(
            "🔁 " + t("widgets_sound_board.again"), self.play_again, width="240px"
        )
        super().__init__(
            [
                self.title,
                self.picture,
                widgets.HBox(list(self.buttons.values()), layout={"flex_flow": "row wrap"}),
                self.stars,
                widgets.HBox(
                    [self.next, self.again, self.player],
                    layout={"align_items": "center", "flex_flow": "row wrap"},
                ),
            ]
        )
        self.add_class("aiclass-mystery-wave")
        self.start(game)

    # the game ------------------------------------------------------------------------------------
    def start(self, game: int) -> None:
        self.game = game
        self.order = game_order(game)
        self.round = 0
        self.guesses: list[list[str]] = [[] for _ in self.order]
        self.new_round()

    @property
    def truth(self) -> str:
        return self.order[self.round]

    @property
    def solved(self) -> bool:
        return self.truth in self.guesses[self.round]

    @property
    def star_count(self) -> int:
        """Rounds won on the first try."""
        return sum(bool(g) and g[0] == s for g, s in zip(self.guesses, self.order, strict=True))

    @property
    def finished(self) -> bool:
        return self.round == ROUNDS - 1 and self.solved

    def sound(self, name: str | None = None) -> np.ndarray:
        """This round's mystery sound (a take no other step shows), or ``name`` to compare."""
        return make_sound(name or self.truth, take=100 + 10 * self.game + self.round)

    def answer(self, name: str) -> bool:
        """The pupil taps ``name``: True when it made the mystery wave."""
        if self.solved:
            return True
        self.guesses[self.round].append(name)
        right = name == self.truth
        self._save()
        if right:
            words = t("widgets_sound_board.right", sound=sound_name(name))
            if len(self.guesses[self.round]) > 1:
                words = t("widgets_sound_board.found", sound=sound_name(name))
            if self.finished:
                words += " " + t("widgets_sound_board.done", stars=self.star_count, total=ROUNDS)
            self.stars.show(self.star_count, ROUNDS, words)
            play(self.player, self.sound())
        else:
            hint = t(f"widgets_sound_board.hint_{self.truth}")
            self.stars.show(self.star_count, ROUNDS, "🔎 " + hint)
        self.redraw()
        return right

    def next_round(self) -> None:
        if self.solved and self.round < ROUNDS - 1:
            self.round += 1
            self.new_round()

    def play_again(self) -> None:
        self.start(self.game + 1)

    def _save(self) -> None:
        games = self.work.get("games", [])
        record = {
            "game": self.game,
            "order": self.order,
            "guesses": self.guesses,
            "stars": self.star_count,
        }
        games = [g for g in games if g.get("game") != self.game] + [record]
        self.work.set("games", games)

    # what the pupil sees ---------------------------------------------------------------------------
    def new_round(self) -> None:
        self.stars.show(self.star_count, ROUNDS, t("widgets_sound_board.ask"))
        with self.player.hold_sync():
            self.player.autoplay = False
            self.player.value = SILENCE
        self.redraw()

    def redraw(self) -> None:
        self.title.value = big_text(
            "🔎 " + t("widgets_sound_board.round", round=self.round + 1, total=ROUNDS), bold=True
        )
        solved = self.solved
        for button in self.buttons.values():
            button.disabled = solved
        self.next.layout.display = None if solved and not self.finished else "none"
        self.again.layout.display = None if self.finished else "none"
        self.player.layout.display = None if solved else "none"
        self.picture.show(self.figure())

    def figure(self) -> Figure:
        """The mystery wave; a smile and its colour when found; the wrong guess under it."""
        tried = self.guesses[self.round]
        wrong = tried[-1] if tried and tried[-1] != self.truth else None
        fig = Figure(figsize=(8, 4.2 if wrong else 2.6))
        axes = (
            fig.subplots(2, 1, gridspec_kw={"height_ratios": [3, 2]})
            if wrong
            else [fig.add_subplot()]
        )
        mystery = axes[0]
        draw_wave(mystery, self.sound(), COLOURS[self.truth] if self.solved else MYSTERY)
        if self.solved:
            draw_smile(mystery, (0.86, 0.52, 0.13, 0.46))
        if wrong:
            draw_wave(axes[1], self.sound(wrong), COLOURS[wrong], width=0.6)
            axes[1].text(
                0.97,
                0.8,
                "✘",
                transform=axes[1].transAxes,
                ha="center",
                va="center",
                fontsize=30,
                color=PALETTE[5],
            )
        return fig

"""A smart speaker in a room: its microphone hears everyone, until someone turns it off.

The picture (shapes only) shows a speaker and three people talking; their sound waves reach
the speaker while its microphone is on (blue ring), and stop short when it is off (orange ring,
a "no" sign). One big button turns the microphone off and on.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Ellipse, FancyBboxPatch

from aiclass.i18n import t
from aiclass.widgets.picture import Picture
from aiclass.widgets.style import PALETTE
from aiclass.widgets.touch import LIGHT, big_button, big_text
from aiclass.widgets.work import PupilWork

PEOPLE = ((1.0, 3.0, PALETTE[1]), (9.0, 3.0, PALETTE[2]), (1.6, 0.9, PALETTE[3]))
SPEAKER = (5.0, 1.9)  # where the waves go


def _person(ax: Axes, x: float, y: float, colour: str) -> None:
    ax.add_patch(Circle((x, y), 0.55, facecolor=colour, edgecolor="black", lw=2))
    for dx in (-0.2, 0.2):
        ax.add_patch(Circle((x + dx, y + 0.15), 0.07, color="black"))
    ax.add_patch(Ellipse((x, y - 0.22), 0.22, 0.16, color="black"))  # talking


def _squiggle(ax: Axes, start: tuple, end: tuple, colour: str, reach: float) -> None:
    """A wavy line from ``start`` towards ``end``, ``reach`` of the way there."""
    (x0, y0), (x1, y1) = start, end
    s = np.linspace(0, reach, 200)
    dx, dy = x1 - x0, y1 - y0
    length = float(np.hypot(dx, dy))
    wiggle = 0.18 * np.sin(2 * np.pi * s * length / 0.5)
    xs = x0 + s * dx - wiggle * dy / length
    ys = y0 + s * dy + wiggle * dx / length
    ax.plot(xs, ys, color=colour, lw=3)


def room_figure(listening: bool) -> Figure:
    fig = Figure(figsize=(6, 3.2))
    ax = fig.add_subplot()
    ring = PALETTE[4] if listening else PALETTE[5]
    for x, y, colour in PEOPLE:
        _person(ax, x, y, colour)
        start = (x + (0.7 if x < 5 else -0.7), y)
        _squiggle(
            ax, start, SPEAKER, colour if listening else "#BBBBBB", 0.82 if listening else 0.35
        )
    ax.add_patch(
        FancyBboxPatch(
            (4.2, 0.3),
            1.6,
            2.6,
            boxstyle="round,pad=0.1,rounding_size=0.5",
            facecolor="#555555",
            edgecolor="black",
            lw=2,
        )
    )
    ax.add_patch(Ellipse((5.0, 2.95), 1.7, 0.45, facecolor=ring, edgecolor="black", lw=2))
    for i in range(3):
        for j in range(4):
            ax.add_patch(Circle((4.55 + 0.3 * j, 1.0 + 0.35 * i), 0.06, color="#999999"))
    if not listening:
        ax.add_patch(Circle((5.0, 1.6), 0.75, fill=False, edgecolor=PALETTE[5], lw=6))
        ax.plot([4.47, 5.53], [2.13, 1.07], color=PALETTE[5], lw=6)
    ax.set_xlim(0, 10), ax.set_ylim(0, 3.8)
    ax.set_aspect("equal")
    ax.axis("off")
    return fig


class ListeningSpeaker(widgets.VBox):
    """The room picture and a big button to turn the speaker's microphone off or on."""

    def __init__(self, work: PupilWork):
        self.work = work
        self.listening = True
        self.picture = Picture(width="520px")
        self.words = widgets.HTML()
        self.switch = big_button("", self.toggle, colour=LIGHT, width="420px")
        super().__init__([self.picture, self.words, self.switch])
        self.add_class("aiclass-listening-speaker")
        self.redraw()

    def toggle(self) -> None:
        self.listening = not self.listening
        self.work.set("turned_microphone_off", True)
        self.redraw()

    def redraw(self) -> None:
        self.picture.show(room_figure(self.listening))
        if self.listening:
            self.words.value = big_text("👂 " + t("widgets_sound_board.hears_all"))
            self.switch.description = "🔇 " + t("widgets_sound_board.mic_off")
        else:
            self.words.value = big_text("🔇 " + t("widgets_sound_board.cannot_hear"))
            self.switch.description = "🎙️ " + t("widgets_sound_board.mic_on")

"""What a microphone hears: tap a sound, see its wave, hear it; make it louder, see it grow.

A microphone turns sound into a long line of numbers; drawn one after the other they make a
wiggly line, the sound's wave. ``SoundBoard`` has a big button for each sound (a new take on
every tap), its wave, a player, and "look closer" to see the dots, the numbers themselves.
``LoudnessDial`` plays one sound quiet, medium or loud: louder sound, taller wave.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from aiclass.datasets.sounds import EMOJI, LOUDNESS, RATE, SOUNDS, loudest, make_sound, wav_bytes
from aiclass.i18n import t
from aiclass.widgets.picture import Picture
from aiclass.widgets.style import PALETTE
from aiclass.widgets.touch import CHOSEN, LIGHT, big_button, big_text
from aiclass.widgets.work import PupilWork

COLOURS = dict(zip(SOUNDS, PALETTE, strict=False))
CLOSE_LOOK = 40  # numbers shown when looking closer (5 ms of sound)


def sound_name(name: str) -> str:
    """The sound's emoji and word, e.g. '👏 Clap'."""
    return f"{EMOJI[name]} {t(f'widgets_sound_board.{name}')}"


def draw_wave(ax: Axes, sound: np.ndarray, colour: str, width: float = 0.8) -> None:
    """The wave on fixed axes (so a louder sound is always taller), with no words."""
    seconds = np.arange(sound.size) / RATE
    ax.axhline(0, color="#BBBBBB", lw=1)
    ax.plot(seconds, sound, color=colour, lw=width)
    ax.set_xlim(0, sound.size / RATE)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xticks([]), ax.set_yticks([])
    for side in ax.spines.values():
        side.set_color("#999999")


def loudest_part(sound: np.ndarray, length: int = CLOSE_LOOK) -> slice:
    """Where to look closer: ``length`` numbers starting at the loudest one."""
    start = min(int(np.abs(sound).argmax()), max(sound.size - length, 0))
    return slice(start, start + length)


def close_numbers(sound: np.ndarray) -> list[int]:
    """The numbers of the close look, from -100 to 100 (easy for children to read)."""
    return [int(round(100 * v)) for v in sound[loudest_part(sound)]]


def wave_figure(sound: np.ndarray, colour: str, close: bool = False) -> Figure:
    """The whole second of the wave, or (``close``) a few numbers of it as dots."""
    fig = Figure(figsize=(8, 2.6))
    ax = fig.add_subplot()
    if not close:
        draw_wave(ax, sound, colour)
        return fig
    part = sound[loudest_part(sound)]
    ax.axhline(0, color="#BBBBBB", lw=1)
    ax.plot(part, color=colour, lw=2)
    ax.plot(part, "o", color=colour, markersize=9, markeredgecolor="black")
    ax.set_ylim(-1.05, 1.05)
    ax.set_xticks([]), ax.set_yticks([])
    return fig


SILENCE = wav_bytes(np.zeros(RATE // 10, dtype=np.float32))  # never an empty file: browsers
# report an empty one as an error


def sound_player() -> widgets.Audio:
    """A player that plays once (not in a loop) and waits for the first tap."""
    return widgets.Audio(value=SILENCE, format="wav", autoplay=False, loop=False, controls=True)


def play(player: widgets.Audio, sound: np.ndarray) -> None:
    """Give the player a new sound; after the pupil's first tap, it plays straight away."""
    with player.hold_sync():
        player.autoplay = True
        player.value = wav_bytes(sound)


class SoundBoard(widgets.VBox):
    """Big sound buttons; each tap shows the new wave and plays it."""

    def __init__(self, work: PupilWork, first: str = "clap"):
        self.work = work
        self.heard: list[str] = [s for s in work.get("heard", []) if s in SOUNDS]
        self.takes = {name: 0 for name in SOUNDS}
        self.name = first
        self.close = False
        self.sound = make_sound(first)
        self.buttons = {
            name: big_button(
                sound_name(name),
                lambda name=name: self.hear(name),
                colour=COLOURS[name],
                width="190px",
            )
            for name in SOUNDS
        }
        self.picture = Picture(width="720px")
        self.player = sound_player()
        self.player.value = wav_bytes(self.sound)
        self.zoom = big_button("", self.toggle_close, colour=LIGHT, width="260px")
        self.numbers = widgets.HTML()
        super().__init__(
            [
                widgets.HTML(big_text("👂 " + t("widgets_sound_board.tap_a_sound"), bold=True)),
                widgets.HBox(list(self.buttons.values()), layout={"flex_flow": "row wrap"}),
                self.picture,
                widgets.HBox(
                    [self.zoom, self.player],
                    layout={"align_items": "center", "flex_flow": "row wrap"},
                ),
                self.numbers,
            ]
        )
        self.add_class("aiclass-sound-board")
        self.redraw()

    def hear(self, name: str) -> None:
        """A new take of ``name``: its wave and its sound."""
        self.takes[name] += 1
        self.name, self.sound = name, make_sound(name, take=self.takes[name])
        if name not in self.heard:
            self.heard.append(name)
            self.work.set("heard", self.heard)
        play(self.player, self.sound)
        self.redraw()

    def toggle_close(self) -> None:
        self.close = not self.close
        self.work.set("looked_closer", True)
        self.redraw()

    def redraw(self) -> None:
        for name, button in self.buttons.items():
            button.style.font_weight = "bold" if name == self.name else "normal"
            button.layout.border = "4px solid black" if name == self.name else None
        self.picture.show(wave_figure(self.sound, COLOURS[self.name], self.close))
        self.zoom.description = (
            "↩️ " + t("widgets_sound_board.whole")
            if self.close
            else "🔍 " + t("widgets_sound_board.closer")
        )
        if self.close:
            numbers = ", ".join(str(n) for n in close_numbers(self.sound)[:12])
            self.numbers.value = big_text(t("widgets_sound_board.numbers", numbers=numbers))
        else:
            self.numbers.value = ""


class LoudnessDial(widgets.VBox):
    """One sound played quiet, medium or loud, on fixed axes, with a bar for each height."""

    def __init__(self, work: PupilWork, name: str = "drum"):
        self.work, self.name = work, name
        self.tried: list[str] = [v for v in work.get("loudness_tried", []) if v in LOUDNESS]
        self.level = "medium"
        self.buttons = {
            level: big_button(
                f"{icon} {t(f'widgets_sound_board.{level}')}",
                lambda level=level: self.choose(level),
                width="200px",
            )
            for level, icon in zip(LOUDNESS, ("🔈", "🔉", "🔊"), strict=True)
        }
        self.picture = Picture(width="720px")
        self.player = sound_player()
        self.player.value = wav_bytes(self.sound)
        super().__init__(
            [
                widgets.HTML(
                    big_text(
                        f"{sound_name(name)} · " + t("widgets_sound_board.how_loud"), bold=True
                    )
                ),
                widgets.HBox(list(self.buttons.values()), layout={"flex_flow": "row wrap"}),
                self.picture,
                self.player,
            ]
        )
        self.add_class("aiclass-loudness-dial")
        self.redraw()

    @property
    def sound(self) -> np.ndarray:
        return make_sound(self.name, loudness=LOUDNESS[self.level])

    def choose(self, level: str) -> None:
        self.level = level
        if level not in self.tried:
            self.tried.append(level)
            self.work.set("loudness_tried", self.tried)
        play(self.player, self.sound)
        self.redraw()

    def redraw(self) -> None:
        for level, button in self.buttons.items():
            chosen = level == self.level
            button.style.button_color = CHOSEN if chosen else LIGHT
            button.description = ("👉 " if chosen else "") + button.description.removeprefix("👉 ")
        self.picture.show(self.figure())

    def figure(self) -> Figure:
        """The wave, and beside it a bar for each loudness: the chosen one coloured."""
        fig = Figure(figsize=(8, 2.6))
        wave_ax, bars_ax = fig.subplots(1, 2, gridspec_kw={"width_ratios": [5, 1]})
        draw_wave(wave_ax, self.sound, COLOURS[self.name])
        heights = [loudest(make_sound(self.name, loudness=v)) for v in LOUDNESS.values()]
        colours = [COLOURS[self.name] if level == self.level else "white" for level in LOUDNESS]
        bars_ax.bar(range(3), heights, color=colours, edgecolor="black", linewidth=2)
        bars_ax.set_ylim(0, 1.05)
        bars_ax.set_xticks([]), bars_ax.set_yticks([])
        for side in ("top", "right"):
            bars_ax.spines[side].set_visible(False)
        return fig

"""How a computer hears: a sound as a list of numbers, its loudness, its pitch and its spectrum.

Helpers for the junior lab ``junior-how-computers-hear``. The sounds come from
:mod:`aiclass.datasets.junior_sounds` (made with numbers, 8000 numbers a second). The spectrum is
worked out with numpy's FFT and handed to the learner as two plain lists: ``freqs`` (the start of
each 10 Hz band, 0 to 3990 Hz) and ``strengths`` (how strong the sound is in that band).

>>> from aiclass.datasets.junior_sounds import make_take
>>> freqs, strengths = spectrum(make_take("whistle", 0))
>>> len(freqs), freqs[:3], freqs[-1]
(400, [0, 10, 20], 3990)
>>> width([0.0, 1.0, 0.6, 0.4])
2
>>> len(wave_numbers(make_take("hum", 0)))
8000
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import matplotlib.pyplot as plt
import numpy as np

from aiclass.datasets import junior_sounds
from aiclass.datasets.sounds import wav_bytes
from aiclass.i18n import t
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE

LAB = "junior-how-computers-hear"
RATE = junior_sounds.RATE
BAND = 10  # Hz in one bar of the spectrum
HIGHEST = RATE // 2  # 8000 numbers a second can hold pitches up to 4000 Hz
KINDS = junior_sounds.KINDS
# Takes from 200 on are in no training, validation or test set; these are clear, typical ones.
EXAMPLE_TAKES = {"whistle": 301, "hum": 200, "clap": 200, "bird": 200}
MYSTERY = ("whistle", 304)


def _w(key: str, **values: object) -> str:
    return t(f"{LAB}.{key}", **values)


def say(key: str, **values: object) -> None:
    """Print the lab's message ``key`` in the learner's language."""
    print(_w(key, **values))


def kind_name(kind: str) -> str:
    """A kind of sound in the learner's language (whistle → 口哨 in Chinese)."""
    return _w(f"kind_{kind}")


def example_sounds() -> dict[str, np.ndarray]:
    """One example of each kind, not in any of the lab's sets."""
    return {kind: junior_sounds.make_take(kind, EXAMPLE_TAKES[kind]) for kind in KINDS}


def mystery_sound() -> np.ndarray:
    """A whistle that is in none of the lab's sets, for reading a spectrum by eye."""
    return junior_sounds.make_take(*MYSTERY)


def wave_numbers(sound: np.ndarray) -> list[float]:
    """The sound as a plain list of numbers between -1 and 1."""
    return [float(v) for v in sound]


def spectrum(sound: np.ndarray) -> tuple[list[int], list[float]]:
    """How strong each pitch is in ``sound``: 400 bands of 10 Hz from 0 to 4000 Hz.

    The FFT turns one second of numbers into the strength of every whole frequency; the
    strengths of ten neighbouring frequencies are added up into one band. A pure tone of
    height 1 that lasts the whole second has strength 1 in its band.
    """
    wave = np.asarray(sound, dtype=float)
    size = len(wave)
    strength = np.abs(np.fft.rfft(wave)) * 2 / size  # one value per 1/seconds Hz
    per_hz = RATE / size
    freqs = np.arange(len(strength)) * per_hz
    bands = HIGHEST // BAND
    which = np.minimum((freqs // BAND).astype(int), bands - 1)
    strengths = np.bincount(which, weights=strength, minlength=bands)[:bands]
    return [band * BAND for band in range(bands)], [float(s) for s in strengths]


def width(strengths: Sequence[float]) -> int:
    """How many bands are at least half as strong as the strongest one: 1 or 2 for a clear
    note, hundreds for a noise such as a clap."""
    top = max(strengths)
    return sum(1 for s in strengths if s >= top / 2) if top > 0 else 0


def sound_features(
    sounds: Sequence[np.ndarray], strongest_frequency: Callable
) -> list[list[float]]:
    """Two features for every sound: [strongest frequency (the learner's function), width]."""
    rows = []
    for sound in sounds:
        freqs, strengths = spectrum(sound)
        rows.append([float(strongest_frequency(freqs, strengths)), float(width(strengths))])
    return rows


def listen(sound: np.ndarray, label: str | None = None) -> None:
    """Show an audio player for ``sound`` (works offline; a quiet sound stays quiet)."""
    from IPython.display import Audio, display

    if label:
        print(label)
    display(Audio(data=wav_bytes(np.asarray(sound)), autoplay=False))


# --- pictures -------------------------------------------------------------------------------


def _time_axis(ax, length: float) -> None:
    ax.set_xlabel(_w("time_ms") if length < 0.1 else _w("time_s"))
    ax.set_ylabel(_w("number"))
    ax.axhline(0, color="0.7", lw=0.8)


def show_wave(sound: np.ndarray, start: float = 0.0, length: float = 1.0, title: str | None = None):
    """The wave of ``sound`` from ``start`` seconds for ``length`` seconds; a short piece
    (under 0.1 s) shows every number as a dot."""
    use_chinese_font_if_needed()
    first, count = int(start * RATE), max(2, int(length * RATE))
    piece = np.asarray(sound)[first : first + count]
    short = length < 0.1
    times = (np.arange(len(piece)) + first) / RATE * (1000 if short else 1)
    fig, ax = plt.subplots(figsize=(8, 2.8))
    ax.plot(times, piece, color=PALETTE[0], lw=1 if short else 0.5)
    if short:
        ax.plot(
            times,
            piece,
            "o",
            color=PALETTE[1],
            markersize=4,
            markeredgecolor="black",
            markeredgewidth=0.5,
        )
    ax.set_ylim(-1.05, 1.05)
    _time_axis(ax, length)
    if title:
        ax.set_title(title)
    fig.tight_layout()
    return fig


def show_close_up(sounds: dict[str, np.ndarray], length: float = 0.02):
    """The middle ``length`` seconds of each sound, one above the other, every number a dot."""
    use_chinese_font_if_needed()
    fig, axes = plt.subplots(len(sounds), 1, figsize=(8, 2.3 * len(sounds)), squeeze=False)
    for k, (ax, (name, sound)) in enumerate(zip(axes[:, 0], sounds.items(), strict=True)):
        wave = np.asarray(sound)
        middle = _loud_middle(wave)
        first = max(0, middle - int(length * RATE) // 2)
        piece = wave[first : first + int(length * RATE)]
        times = np.arange(len(piece)) / RATE * 1000
        ax.plot(times, piece, color=PALETTE[k % len(PALETTE)], lw=1)
        ax.plot(
            times,
            piece,
            MARKERS[k % len(MARKERS)],
            color=PALETTE[k % len(PALETTE)],
            markersize=4,
            markeredgecolor="black",
            markeredgewidth=0.4,
        )
        ax.set_title(kind_name(name) if name in KINDS else name)
        top = float(np.abs(piece).max()) or 1.0
        ax.set_ylim(-1.1 * top, 1.1 * top)
        _time_axis(ax, length)
        ax.set_xticks(np.arange(0, length * 1000 + 0.01, 1))
        ax.grid(axis="x", alpha=0.4)
    fig.tight_layout()
    return fig


def _loud_middle(wave: np.ndarray) -> int:
    """A position in the middle of the loud part of ``wave``."""
    loud = np.flatnonzero(np.abs(wave) > 0.5 * np.abs(wave).max())
    return int(loud[len(loud) // 2]) if len(loud) else len(wave) // 2


def _draw_spectrum(ax, sound, colour: str, fine: bool) -> None:
    freqs, strengths = spectrum(sound)
    ax.bar(freqs, strengths, width=BAND, align="edge", color=colour, edgecolor=colour)
    ax.set_xlim(0, HIGHEST)
    ax.set_ylim(0, max(strengths) * 1.1 or 1)
    ax.set_xlabel(_w("frequency"))
    ax.set_ylabel(_w("strength"))
    ax.set_xticks(np.arange(0, HIGHEST + 1, 500))
    if fine:
        ax.set_xticks(np.arange(0, HIGHEST + 1, 100), minor=True)
        ax.grid(axis="x", which="minor", alpha=0.25)
    ax.grid(axis="x", which="major", alpha=0.6)


def show_spectrum(sound: np.ndarray, title: str | None = None):
    """The spectrum of one sound, with a line every 100 Hz to read it by."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(9, 3.2))
    _draw_spectrum(ax, sound, PALETTE[0], fine=True)
    if title:
        ax.set_title(title)
    fig.tight_layout()
    return fig


def show_sounds(sounds: dict[str, np.ndarray]):
    """For each sound: its whole wave (left) and its spectrum (right)."""
    use_chinese_font_if_needed()
    fig, axes = plt.subplots(len(sounds), 2, figsize=(11, 2.2 * len(sounds)), squeeze=False)
    for k, (name, sound) in enumerate(sounds.items()):
        colour = PALETTE[k % len(PALETTE)]
        left, right = axes[k]
        left.plot(np.arange(len(sound)) / RATE, sound, color=colour, lw=0.5)
        left.set_ylim(-1.05, 1.05)
        _time_axis(left, 1.0)
        label = kind_name(name) if name in KINDS else name
        left.set_title(_w("wave_of", name=label))
        _draw_spectrum(right, sound, colour, fine=False)
        right.set_title(_w("spectrum_of", name=label))
    fig.tight_layout()
    return fig


def show_features(features: Sequence[Sequence[float]], kinds: Sequence[str]):
    """Each sound as a mark: strongest frequency across, width up (a log scale); one shape per kind."""
    use_chinese_font_if_needed()
    rows, kinds = np.asarray(features, dtype=float), np.asarray(kinds)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for k, kind in enumerate(KINDS):
        mine = kinds == kind
        ax.scatter(
            rows[mine, 0],
            rows[mine, 1],
            marker=MARKERS[k],
            color=PALETTE[k],
            edgecolor="black",
            s=50,
            label=kind_name(kind),
        )
    ax.set_yscale("log")  # 1, 10, 100 written out: no powers of ten for a 13-year-old
    ax.set_yticks([1, 10, 100], ["1", "10", "100"])
    ax.set_yticks([], minor=True)
    ax.set_xlim(-50, HIGHEST)
    ax.set_xlabel(_w("strongest_axis"))
    ax.set_ylabel(_w("width_axis"))
    ax.legend(loc="lower right")  # the bottom right is empty: no sound there
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def show_depth_scores(depths: Sequence[int], scores: Sequence[float]):
    """Validation accuracy against the depth of the tree."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(6, 3.4))
    ax.plot(
        list(depths), list(scores), marker=MARKERS[0], color=PALETTE[0], label=_w("validation_set")
    )
    ax.set_xticks(list(depths))
    ax.set_xlabel(_w("depth"))
    ax.set_ylabel(_w("accuracy"))
    ax.set_ylim(0, 1.05)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    return fig


def show_kind_confusion(true_kinds: Sequence[str], predicted: Sequence[str]):
    """The confusion matrix of the four kinds, named in the learner's language."""
    from sklearn.metrics import confusion_matrix

    from aiclass.plots import show_confusion_matrix

    cm = confusion_matrix(list(true_kinds), list(predicted), labels=list(KINDS))
    return show_confusion_matrix(cm, [kind_name(k) for k in KINDS])


def listen_to_mistakes(
    sounds: Sequence[np.ndarray], true_kinds: Sequence[str], predicted: Sequence[str], most: int = 4
) -> int:
    """A player for each of the first ``most`` sounds the model got wrong; returns how many were wrong."""
    wrong = [i for i, (a, b) in enumerate(zip(true_kinds, predicted, strict=True)) if a != b]
    say("mistakes_count", wrong=len(wrong), total=len(true_kinds))
    for i in wrong[:most]:
        listen(
            sounds[i],
            _w("true_to_guess", true=kind_name(true_kinds[i]), guess=kind_name(predicted[i])),
        )
    return len(wrong)

"""Accelerometer gestures for classrooms with no board: still, shake, tilt left, tilt right and
circle, made by different "pupils" (each moves with their own strength, pace and shaky hand).

Samples are (x, y, z) in milli-g, one every 30 ms as the robot's loop reads them, the board held
face up (z reads about -1000 at rest). A window is 25 samples (0.75 s), the firmware's AccelWindow.
Real data recorded with `aiclass robot log` reads the same way (`load_logged_gestures`).

>>> data = make_gestures(pupils=2, per_gesture=3, seed=0)
>>> data.windows.shape, sorted(set(data.pupils)), len(data.gestures)
((30, 25, 3), ['P1', 'P2'], 30)
>>> sorted(set(data.gestures)) == sorted(GESTURES)
True
>>> still = data.windows[data.gestures.index("still")]
>>> bool(abs(still[:, 2].mean() + 1000) < 60)
True
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> path = write_log_csv(folder / "P1_shake.csv", data.windows[data.gestures.index("shake")])
>>> again = load_logged_gestures(folder)
>>> again.gestures, again.pupils, bool((again.windows[0] == data.windows[3]).all())
(['shake'], ['P1'], True)
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

GESTURES = ("still", "shake", "tilt_left", "tilt_right", "circle")
WINDOW = 25  # samples in a window (the firmware's AccelWindow size)
PERIOD_S = 0.03  # one sample per control step (30 ms)
GRAVITY_MG = 1000.0
SENSOR_NOISE_MG = 15.0
LOG_COLUMNS = ("ax", "ay", "az")


@dataclass
class GestureSet:
    """windows: (N, WINDOW, 3) int milli-g; gestures and pupils: one name per window."""

    windows: np.ndarray
    gestures: list[str]
    pupils: list[str]

    def __len__(self) -> int:
        return len(self.gestures)


@dataclass(frozen=True)
class Pupil:
    """How one person moves: strength (size), pace (speed), tremor (mg) and how they hold it."""

    name: str
    strength: float
    pace: float
    tremor: float
    roll: float
    pitch: float


def make_pupil(name: str, rng: np.random.Generator) -> Pupil:
    return Pupil(
        name,
        strength=float(rng.uniform(0.45, 1.6)),
        pace=float(rng.uniform(0.6, 1.6)),
        tremor=float(rng.uniform(8, 25)),
        roll=float(np.radians(rng.uniform(-15, 15))),
        pitch=float(np.radians(rng.uniform(-15, 15))),
    )


def _gravity(roll: np.ndarray, pitch: np.ndarray) -> np.ndarray:
    """What the accelerometer reads from gravity alone, board tilted by roll and pitch."""
    return GRAVITY_MG * np.column_stack(
        [-np.sin(pitch), np.sin(roll) * np.cos(pitch), -np.cos(roll) * np.cos(pitch)]
    )


def gesture_window(gesture: str, pupil: Pupil, rng: np.random.Generator) -> np.ndarray:
    """One window (WINDOW, 3) of `gesture` as `pupil` makes it, in int milli-g."""
    t = np.arange(WINDOW) * PERIOD_S
    roll = np.full(WINDOW, pupil.roll + rng.normal(0, 0.03))
    pitch = np.full(WINDOW, pupil.pitch + rng.normal(0, 0.03))
    motion = np.zeros((WINDOW, 3))
    phase = rng.uniform(0, 2 * np.pi)
    if gesture == "shake":
        size = 900 * rng.uniform(0.9, 1.1) * pupil.strength
        hz = 4 * rng.uniform(0.9, 1.1) * pupil.pace
        motion[:, 0] = size * np.sin(2 * np.pi * hz * t + phase)
        motion[:, 1] = 0.2 * size * np.sin(2 * np.pi * hz * t + phase + 1.0)
    elif gesture in ("tilt_left", "tilt_right"):
        angle = np.radians(40 * rng.uniform(0.9, 1.1) * pupil.strength)
        start = rng.uniform(-0.3, 0.4) * t[-1]
        ramp = np.clip((t - start) / (0.35 / pupil.pace), 0, 1)
        roll += (1 if gesture == "tilt_left" else -1) * angle * (3 * ramp**2 - 2 * ramp**3)
    elif gesture == "circle":
        size = 400 * rng.uniform(0.9, 1.1) * pupil.strength
        hz = 1.5 * rng.uniform(0.9, 1.1) * pupil.pace
        motion[:, 0] = size * np.cos(2 * np.pi * hz * t + phase)
        motion[:, 1] = size * np.sin(2 * np.pi * hz * t + phase)
    elif gesture != "still":
        raise ValueError(f"unknown gesture {gesture!r}; choose one of: {', '.join(GESTURES)}")
    shaky = rng.normal(0, 1, (WINDOW, 3)) * pupil.tremor
    noise = rng.normal(0, 1, (WINDOW, 3)) * SENSOR_NOISE_MG
    samples = _gravity(roll, pitch) + motion + shaky + noise
    return np.clip(np.rint(samples), -2000, 2000).astype(int)


def make_gestures(pupils: int = 6, per_gesture: int = 12, seed: int = 0) -> GestureSet:
    """`per_gesture` windows of every gesture from each of `pupils` pupils (P1, P2, ...), seeded."""
    rng = np.random.default_rng(seed)
    people = [make_pupil(f"P{i + 1}", rng) for i in range(pupils)]
    windows, gestures, names = [], [], []
    for person in people:
        for gesture in GESTURES:
            for _ in range(per_gesture):
                windows.append(gesture_window(gesture, person, rng))
                gestures.append(gesture)
                names.append(person.name)
    return GestureSet(np.array(windows, dtype=int).reshape(-1, WINDOW, 3), gestures, names)


def windows_from_csv(path: str | Path, size: int = WINDOW) -> np.ndarray:
    """Cut the ax, ay, az columns of a robot log CSV into whole windows of `size` samples."""
    with open(path, encoding="utf-8", newline="") as file:
        rows = [[int(row[c]) for c in LOG_COLUMNS] for row in csv.DictReader(file)]
    whole = len(rows) // size * size
    return np.array(rows[:whole], dtype=int).reshape(-1, size, 3)


def load_logged_gestures(folder: str | Path, size: int = WINDOW) -> GestureSet:
    """Read every `<pupil>_<gesture>.csv` in `folder` (one `aiclass robot log` file per pupil
    and gesture) into windows."""
    windows, gestures, pupils = [], [], []
    for path in sorted(Path(folder).glob("*.csv")):
        pupil, _, gesture = path.stem.partition("_")
        if gesture not in GESTURES:
            raise ValueError(
                f"{path.name}: name it <pupil>_<gesture>.csv, gesture one of {GESTURES}"
            )
        cut = windows_from_csv(path, size)
        windows += list(cut)
        gestures += [gesture] * len(cut)
        pupils += [pupil] * len(cut)
    return GestureSet(np.array(windows, dtype=int).reshape(-1, size, 3), gestures, pupils)


def write_log_csv(path: str | Path, samples) -> Path:
    """Write accelerometer samples as `aiclass robot log` does (other columns filled in)."""
    header = "t_ms,left,centre,right,distance_cm,ax,ay,az,decision"
    lines = [header]
    for i, (ax, ay, az) in enumerate(np.asarray(samples).reshape(-1, 3)):
        lines.append(f"{i * 30},80,80,80,999,{ax},{ay},{az},stop")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Path(path)


def plot_gesture_windows(data: GestureSet, pupil: str = "P1"):
    """One window of each gesture by `pupil`: x (solid), y (dashed), z + 1000 (dotted), in mg."""
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(GESTURES), figsize=(15, 3), sharey=True)
    styles = [("-", "#0072B2"), ("--", "#E69F00"), (":", "#009E73")]
    for ax, gesture in zip(axes, GESTURES, strict=True):
        index = next(
            i
            for i, (g, p) in enumerate(zip(data.gestures, data.pupils, strict=True))
            if g == gesture and p == pupil
        )
        window = data.windows[index] + np.array([0, 0, GRAVITY_MG])
        for axis, (style, colour) in enumerate(styles):
            ax.plot(window[:, axis], style, color=colour, linewidth=2)
        ax.set_title(gesture)
        ax.set_ylim(-1500, 1500)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("mg")
    fig.tight_layout()
    return fig

"""Four everyday sounds made with numbers for the junior hearing lab: whistle, hum, clap, bird.

No recordings: every sound is one second of numbers between -1 and 1, 8000 numbers a second
(``RATE`` of :mod:`aiclass.datasets.sounds`, like a telephone, so it holds pitches up to 4000 Hz).
A *take* is one recording of a sound: its own pitch, loudness, timing and a little room noise,
all from a fixed seed, so the same kind and take always give the same numbers.

- whistle: one high note (900-2900 Hz) that wobbles a little, and sometimes slides;
- hum: a low voice humming "mmm" (110-320 Hz), its note plus quieter overtones;
- clap: two sharp bursts of noise (the clap of :mod:`aiclass.datasets.sounds`), every pitch at once;
- bird: 2-4 quick chirps that slide upwards (1900-3900 Hz).

>>> whistle = make_take("whistle", 0)
>>> whistle.shape, whistle.dtype, bool(abs(whistle).max() <= 1)
((8000,), dtype('float32'), True)
>>> bool((make_take("whistle", 0) == whistle).all()), bool((make_take("whistle", 1) == whistle).all())
(True, False)
>>> sets = sound_sets()
>>> len(sets.train), len(sets.validation), len(sets.test)
(120, 60, 60)
>>> sorted(set(sets.train.kinds)) == sorted(KINDS)
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aiclass.datasets import sounds

RATE = sounds.RATE  # numbers a second
LENGTH = int(sounds.RATE * sounds.SECONDS)  # numbers in one sound
KINDS = ("whistle", "hum", "clap", "bird")
SEED = 2026
PER_KIND = {"train": 30, "validation": 15, "test": 15}


def _time() -> np.ndarray:
    return np.arange(LENGTH) / RATE


def _envelope(t: np.ndarray, start: float, length: float, ramp: float) -> np.ndarray:
    """0 outside [start, start + length]; rises and falls smoothly over ``ramp`` seconds."""
    rise = np.clip((t - start) / ramp, 0, 1)
    fall = np.clip((start + length - t) / ramp, 0, 1)
    return np.sin(0.5 * np.pi * np.minimum(rise, fall)) ** 2


def _tone(pitch: np.ndarray) -> np.ndarray:
    """A wave whose pitch (Hz) may change from one number to the next."""
    return np.sin(2 * np.pi * np.cumsum(pitch) / RATE)


def _whistle(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    note = rng.uniform(900, 2900)
    start, length = rng.uniform(0.05, 0.3), rng.uniform(0.4, 0.65)
    slide = rng.uniform(-500, 500) if rng.random() < 0.4 else 0.0  # some whistles slide
    pitch = note + slide * np.clip((t - start) / length, 0, 1)
    pitch = pitch * (1 + rng.uniform(0.002, 0.012) * np.sin(2 * np.pi * rng.uniform(4, 7) * t))
    return (_tone(pitch) + 0.08 * _tone(2 * pitch)) * _envelope(t, start, length, 0.05)


def _hum(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    note = rng.uniform(110, 320)
    pitch = note * (1 + 0.006 * np.sin(2 * np.pi * rng.uniform(3, 6) * t))
    voice = sum(_tone(k * pitch) / k**1.3 for k in range(1, 9))
    start, length = rng.uniform(0.05, 0.25), rng.uniform(0.5, 0.7)
    return voice / 2.2 * _envelope(t, start, length, 0.08)


def _clap(take: int) -> np.ndarray:
    return sounds.make_sound("clap", take=take).astype(float) / 0.9


def _bird(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    song = np.zeros_like(t)
    low = rng.uniform(1900, 3100)
    rise = rng.uniform(0, 900)
    chirps = int(rng.integers(2, 5))
    for start in np.linspace(0.08, 0.75, chirps) + rng.uniform(-0.03, 0.03, chirps):
        length = rng.uniform(0.06, 0.12)
        after = np.clip(t - start, 0, length)
        pitch = np.minimum(low * rng.uniform(0.97, 1.03) + rise * after / length, 3900)
        song += _tone(pitch) * _envelope(t, start, length, 0.015)
    return song


def make_take(kind: str, take: int, seed: int = SEED) -> np.ndarray:
    """One second of ``kind`` (one of KINDS), recording number ``take``, as float32 numbers in [-1, 1]."""
    if kind not in KINDS:
        raise ValueError(f"unknown sound {kind!r}: choose one of {', '.join(KINDS)}")
    rng = np.random.default_rng([seed, KINDS.index(kind), take])
    t = _time()
    if kind == "whistle":
        sound = _whistle(t, rng)
    elif kind == "hum":
        sound = _hum(t, rng)
    elif kind == "clap":
        sound = _clap(take)
    else:
        sound = _bird(t, rng)
    loudness = rng.uniform(0.3, 0.95)
    room = rng.normal(0, rng.uniform(0.002, 0.02), t.size)
    return np.clip(loudness * sound + room, -1.0, 1.0).astype(np.float32)


@dataclass(frozen=True)
class SoundSet:
    """Sounds and their kinds, in the same order."""

    sounds: list[np.ndarray]
    kinds: list[str]

    def __len__(self) -> int:
        return len(self.sounds)


@dataclass(frozen=True)
class SoundSets:
    train: SoundSet
    validation: SoundSet
    test: SoundSet


def sound_sets(seed: int = SEED) -> SoundSets:
    """Training, validation and test sounds: different takes, each kind equally often, shuffled."""
    parts = {}
    first = 0
    for part, count in PER_KIND.items():
        pairs = [(kind, take) for kind in KINDS for take in range(first, first + count)]
        order = np.random.default_rng([seed, first]).permutation(len(pairs))
        chosen = [pairs[i] for i in order]
        parts[part] = SoundSet([make_take(k, n, seed) for k, n in chosen], [k for k, _ in chosen])
        first += count
    return SoundSets(parts["train"], parts["validation"], parts["test"])

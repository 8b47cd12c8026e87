"""Everyday sounds made with numbers (no recordings): a clap, a drum, a bird, a "shh", a shout.

Each sound is one second of numbers between -1 and 1, 8000 a second (like an old telephone),
made from a fixed seed: the same name, loudness and take always give the same numbers. A new
``take`` is the same sound made again, a little different, as a real clap is never twice the same.
``wav_bytes`` turns the numbers into a WAV file in memory for an ``ipywidgets.Audio`` player.

>>> clap = make_sound("clap")
>>> clap.shape, clap.dtype, bool(abs(clap).max() <= 1)
((8000,), dtype('float32'), True)
>>> bool((make_sound("clap") == clap).all()), bool((make_sound("clap", take=1) == clap).all())
(True, False)
>>> loudest(make_sound("drum", loudness=0.2)) < loudest(make_sound("drum", loudness=1.0))
True
>>> wav_bytes(clap)[:4]
b'RIFF'
"""

from __future__ import annotations

import io
import wave

import numpy as np

RATE = 8000  # numbers a second
SECONDS = 1.0
SEED = 2025
SOUNDS = ("clap", "drum", "bird", "shh", "shout")
EMOJI = {"clap": "👏", "drum": "🥁", "bird": "🐦", "shh": "🤫", "shout": "📣"}
LOUDNESS = {"quiet": 0.2, "medium": 0.5, "loud": 1.0}


def _time() -> np.ndarray:
    return np.arange(int(RATE * SECONDS)) / RATE


def _burst(t: np.ndarray, start: float, length: float) -> np.ndarray:
    """A smooth hump from ``start`` lasting ``length`` seconds (0 outside it)."""
    inside = (t >= start) & (t < start + length)
    hump = np.zeros_like(t)
    hump[inside] = np.sin(np.pi * (t[inside] - start) / length)
    return hump


def _clap(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Two claps: short, sharp bursts of noise that die away fast."""
    sound = np.zeros_like(t)
    for start in (0.15 + rng.uniform(-0.02, 0.02), 0.5 + rng.uniform(-0.02, 0.02)):
        after = t - start
        fade = np.where(after >= 0, np.exp(-np.clip(after, 0, None) / 0.012), 0.0)
        sound += rng.normal(0, 0.35, t.size) * fade
    return sound


def _drum(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """One boom: a low note that slides down and fades."""
    start = 0.1 + rng.uniform(-0.02, 0.02)
    after = np.clip(t - start, 0, None)
    pitch = 70 + 50 * np.exp(-after / 0.08)
    phase = 2 * np.pi * np.cumsum(pitch) / RATE
    fade = np.where(t >= start, np.exp(-after / 0.16), 0.0)
    return 0.95 * np.sin(phase) * fade + rng.normal(0, 0.01, t.size) * fade


def _bird(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Three quick tweets: high notes that slide up."""
    sound = np.zeros_like(t)
    for start in (0.12, 0.42, 0.72):
        start += rng.uniform(-0.02, 0.02)
        after = np.clip(t - start, 0, None)
        pitch = 2000 + 12000 * after
        phase = 2 * np.pi * np.cumsum(pitch) / RATE
        sound += 0.5 * np.sin(phase) * _burst(t, start, 0.12)
    return sound


def _shh(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A whisper: long, soft hiss."""
    hiss = np.diff(rng.normal(0, 0.025, t.size + 1))
    return hiss * np.clip(_burst(t, 0.1, 0.8) * 2.5, 0, 1)


def _shout(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A long, loud "Aaah!": a voice with many notes in it, all the way up."""
    pitch = 220 * (1 + 0.01 * np.sin(2 * np.pi * 5 * t)) * rng.uniform(0.95, 1.05)
    phase = 2 * np.pi * np.cumsum(pitch) / RATE
    voice = sum(np.sin(k * phase) / k for k in range(1, 7))
    voice = voice / np.abs(voice).max()
    return 0.95 * voice * np.clip(_burst(t, 0.1, 0.8) * 4, 0, 1)


_MAKERS = {"clap": _clap, "drum": _drum, "bird": _bird, "shh": _shh, "shout": _shout}


def make_sound(name: str, loudness: float = 1.0, take: int = 0) -> np.ndarray:
    """One second of ``name`` (one of SOUNDS) as numbers in [-1, 1]; ``loudness`` scales it."""
    if name not in _MAKERS:
        raise ValueError(f"unknown sound {name!r}: choose one of {', '.join(SOUNDS)}")
    rng = np.random.default_rng([SEED, SOUNDS.index(name), take])
    sound = loudness * _MAKERS[name](_time(), rng)
    return np.clip(sound, -1.0, 1.0).astype(np.float32)


def loudest(sound: np.ndarray) -> float:
    """How tall the wave gets: the biggest number, ignoring its sign."""
    return float(np.abs(sound).max()) if sound.size else 0.0


def wav_bytes(sound: np.ndarray, rate: int = RATE) -> bytes:
    """A mono 16-bit WAV file of ``sound`` (numbers in [-1, 1]), in memory, never normalized:
    a quiet sound stays quiet."""
    samples = (np.clip(sound, -1.0, 1.0) * 32767).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(rate)
        file.writeframes(samples.tobytes())
    return buffer.getvalue()

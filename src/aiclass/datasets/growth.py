"""A dwarf sunflower in the classroom's biology corner, measured day by day (generated, seeded).

The plant follows an S-shaped (logistic) growth curve: for the first weeks it grows about 2 cm a
day, then it flowers and stops growing taller at about 80 cm. Each measurement adds ruler noise
(about 0.8 cm) and is rounded to 0.1 cm. Day 1 is a Monday; the class measures on school days
(Monday to Friday) for three weeks, measures the fourth week as new data, then only on Mondays.

Made-up numbers with a plausible story, not a real plant: the seed fixes them, so every pupil
and the grader see the same diary.

>>> diary = sunflower_diary()
>>> diary.days[:6], len(diary.days)
([1, 2, 3, 4, 5, 8], 15)
>>> diary.next_days, diary.later_days
([22, 23, 24, 25, 26], [29, 36, 43, 50, 57, 64, 71])
>>> round(true_height(1), 1), round(true_height(100), 1)
(10.6, 80.0)
>>> sunflower_diary() == sunflower_diary()
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

TALLEST_CM = 80.0  # the height where the flowering plant stops growing
MIDDLE_DAY = 16.0  # the day it grows fastest
SPREAD_DAYS = 8.0  # how many days the fast growth lasts, roughly
NOISE_CM = 0.8  # a pupil with a ruler misses by about this much
SEED = 2025


@dataclass(frozen=True)
class PlantDiary:
    """Three lists of (day, height in cm): the first three weeks, the fourth week, then Mondays."""

    days: list[int]
    heights: list[float]
    next_days: list[int]
    next_heights: list[float]
    later_days: list[int]
    later_heights: list[float]


def true_height(day: float) -> float:
    """The plant's height in cm on ``day`` without measurement noise (the logistic curve)."""
    return TALLEST_CM / (1 + math.exp(-(day - MIDDLE_DAY) / SPREAD_DAYS))


def school_days(first: int, last: int) -> list[int]:
    """The days from ``first`` to ``last`` that fall on Monday to Friday (day 1 is a Monday)."""
    return [day for day in range(first, last + 1) if (day - 1) % 7 < 5]


def measure(days: list[int], rng: np.random.Generator) -> list[float]:
    """What a pupil with a ruler writes down on each of ``days`` (rounded to 0.1 cm)."""
    noise = rng.normal(0.0, NOISE_CM, size=len(days))
    return [round(true_height(day) + float(e), 1) for day, e in zip(days, noise, strict=True)]


def sunflower_diary(seed: int = SEED) -> PlantDiary:
    """The class's measurements: 15 school days, the next 5, then 7 Mondays up to day 71."""
    rng = np.random.default_rng(seed)
    days = school_days(1, 19)
    next_days = school_days(22, 26)
    later_days = list(range(29, 72, 7))
    return PlantDiary(
        days=days,
        heights=measure(days, rng),
        next_days=next_days,
        next_heights=measure(next_days, rng),
        later_days=later_days,
        later_heights=measure(later_days, rng),
    )

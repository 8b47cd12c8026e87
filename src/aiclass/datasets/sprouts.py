"""Mung-bean dishes from a school biology group: did the seeds sprout? (generated, seeded)

Each dish held 20 mung beans on wet cotton in an incubator. The group wrote down two numbers per
dish, the incubator's **temperature** (°C) and the **water** added each day (ml), and three days
later whether at least half of the seeds had sprouted (label 1) or not (label 0).

The rule behind the labels is invented and simplified from what mung beans need: a dish sprouts
when it is warm and wet enough together (``temperature + 0.8 · water ≥ 34``), but not when it is
too hot (above 40 °C) or so wet that the seeds lie under water (above 32 ml a day).

- ``"spring"``: the first trial, 80 dishes in a classroom's range (12-32 °C, 2-30 ml). Only the
  "warm and wet enough" border matters there, so one straight line separates the two labels, with
  a small gap (no dish sits right on the border).
- ``"full"``: 600 dishes over the incubators' whole range (10-48 °C, 0-44 ml). Sprouted dishes lie
  in the middle; no straight line separates them. Thermometers and measuring cylinders are not
  perfect: the written-down numbers carry small errors (about 0.6 °C and 1 ml), so a few dishes
  near a border look as if they had the other label.

>>> spring = make_dishes("spring")
>>> spring.X.shape, spring.y.shape, int(spring.y.sum())
((80, 2), (80,), 47)
>>> full = make_dishes("full")
>>> full.X.shape, round(float(full.y.mean()), 2)
((600, 2), 0.35)
>>> bool(np.array_equal(make_dishes("full").X, full.X))
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SEED = 7
BORDER = 34.0  # temperature + WATER_WEIGHT * water must reach this for a dish to sprout
WATER_WEIGHT = 0.8
TOO_HOT_C = 40.0
FLOODED_ML = 32.0
GAP = 1.6  # in the spring trial no dish lies closer than this to the border (in border units)
TRIALS = {
    # name: (dishes, temperature range °C, water range ml a day)
    "spring": (80, (12.0, 32.0), (2.0, 30.0)),
    "full": (600, (10.0, 48.0), (0.0, 44.0)),
}
NOISE = (0.6, 1.0)  # how far a written-down temperature (°C) and water (ml) may be off, roughly


@dataclass(frozen=True)
class Dishes:
    """``X``: one row per dish, [temperature in °C, water in ml a day]; ``y``: 1 sprouted, 0 not."""

    X: np.ndarray
    y: np.ndarray
    trial: str

    def __len__(self) -> int:
        return len(self.y)


def sprouts(temperature, water) -> np.ndarray:
    """The rule behind the labels: 1 where a dish with these true conditions sprouts, else 0."""
    temperature, water = np.asarray(temperature, dtype=float), np.asarray(water, dtype=float)
    warm_and_wet = temperature + WATER_WEIGHT * water >= BORDER
    return (warm_and_wet & (temperature <= TOO_HOT_C) & (water <= FLOODED_ML)).astype(np.int64)


def make_dishes(trial: str = "spring", seed: int = SEED) -> Dishes:
    """The dishes of one trial ("spring" or "full"), the same for the same seed."""
    if trial not in TRIALS:
        raise ValueError(f"unknown trial {trial!r}: choose 'spring' or 'full'")
    count, (t_low, t_high), (w_low, w_high) = TRIALS[trial]
    rng = np.random.default_rng([seed, len(trial)])
    if trial == "spring":
        rows: list[tuple[float, float]] = []
        while len(rows) < count:
            t, w = round(rng.uniform(t_low, t_high), 1), round(rng.uniform(w_low, w_high))
            if abs(t + WATER_WEIGHT * w - BORDER) >= GAP:
                rows.append((t, float(w)))
        X = np.array(rows)
        return Dishes(X=X, y=sprouts(X[:, 0], X[:, 1]), trial=trial)
    true_t = rng.uniform(t_low, t_high, count)
    true_w = rng.uniform(w_low, w_high, count)
    y = sprouts(true_t, true_w)
    written_t = np.round(true_t + rng.normal(0.0, NOISE[0], count), 1)
    written_w = np.clip(np.round(true_w + rng.normal(0.0, NOISE[1], count)), 0, None)
    return Dishes(X=np.column_stack([written_t, written_w]), y=y, trial=trial)

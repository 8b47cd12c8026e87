"""Features of a window of accelerometer samples, for a model to learn from.

A sample is (x, y, z) in milli-g. For each axis we compute five features:
mean, standard deviation, minimum, maximum and energy (mean of squares).
"""

import math

FEATURE_NAMES = ["mean", "std", "min", "max", "energy"]


def axis_features(values: list) -> list:
    """Return [mean, std, min, max, energy] of a list of numbers (not empty)."""
    n = len(values)
    total = 0.0
    squares = 0.0
    for v in values:
        total += v
        squares += v * v
    mean = total / n
    energy = squares / n
    variance = energy - mean * mean
    if variance < 0:
        variance = 0.0
    return [mean, math.sqrt(variance), min(values), max(values), energy]


def window_features(samples: list) -> list:
    """Return 15 features: the five axis features for x, then y, then z."""
    features = []
    for axis in range(3):
        features.extend(axis_features([s[axis] for s in samples]))
    return features


def feature_names() -> list:
    """Names of the 15 features in the order `window_features` returns them."""
    return [axis + "_" + name for axis in ("x", "y", "z") for name in FEATURE_NAMES]


class AccelWindow:
    """Keep the last `size` accelerometer samples."""

    def __init__(self, size: int = 25) -> None:
        self.size = size
        self.samples = []

    def add(self, sample: tuple) -> None:
        """Add one (x, y, z) sample, forgetting the oldest when the window is full."""
        self.samples.append(sample)
        if len(self.samples) > self.size:
            self.samples.pop(0)

    def full(self) -> bool:
        """True when the window holds `size` samples."""
        return len(self.samples) == self.size

    def features(self) -> list:
        """The 15 window features of the samples held now."""
        return window_features(self.samples)

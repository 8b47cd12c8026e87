"""The perceptron's world: features on one scale, straight decision lines, the best any line can do.

A perceptron with weights ``w`` and bias ``b`` says 1 where ``w · x + b > 0``: its decision border
is the straight line ``w · x + b = 0``. Features in different units (°C, ml) are first centred and
scaled with a :class:`Scaler` fitted on the training examples only.

>>> X = np.array([[10.0, 0.0], [20.0, 10.0], [30.0, 20.0]])
>>> scaler = Scaler.fit(X)
>>> scaler(X).round(3).tolist()
[[-1.225, -1.225], [0.0, 0.0], [1.225, 1.225]]
>>> line_accuracy(np.array([1.0, 0.0]), -0.5, scaler(X), np.array([0, 0, 1]))
1.0
>>> round(best_line(np.array([[0.0, 0], [1, 1], [0, 1], [1, 0]]), np.array([0, 0, 1, 1])).accuracy, 2)
0.75
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Scaler:
    """Centre each feature on its mean and divide by its spread (standard deviation)."""

    mean: np.ndarray
    std: np.ndarray

    @classmethod
    def fit(cls, X) -> Scaler:
        """Learn the means and spreads from ``X`` (the training examples)."""
        X = np.asarray(X, dtype=float)
        std = X.std(axis=0)
        return cls(mean=X.mean(axis=0), std=np.where(std > 0, std, 1.0))

    def __call__(self, X) -> np.ndarray:
        """``X`` on the common scale: about -2 to 2 for each feature."""
        return (np.asarray(X, dtype=float) - self.mean) / self.std

    def raw_line(self, weights, bias: float) -> tuple[np.ndarray, float]:
        """The same line in the original units: ``w_raw · x + b_raw = 0``."""
        weights = np.asarray(weights, dtype=float)
        w_raw = weights / self.std
        return w_raw, float(bias - np.dot(w_raw, self.mean))


def line_predictions(weights, bias: float, X) -> np.ndarray:
    """1 for every row of ``X`` on the positive side of the line, else 0."""
    return (np.asarray(X, dtype=float) @ np.asarray(weights, dtype=float) + bias > 0).astype(int)


def line_accuracy(weights, bias: float, X, y) -> float:
    """The share of examples a straight line ``weights · x + bias > 0`` labels correctly."""
    return float(np.mean(line_predictions(weights, bias, X) == np.asarray(y)))


@dataclass(frozen=True)
class BestLine:
    """The most accurate straight line found, and its accuracy."""

    weights: np.ndarray
    bias: float
    accuracy: float


def best_line(X, y, angles: int = 720) -> BestLine:
    """Try ``angles`` directions and, for each, every cut between two examples: the best line.

    Every straight line is a direction and a cut, so with enough directions this is (up to the
    angle step) the best any single line, and so any perceptron, can do on ``X``.
    """
    X, y = np.asarray(X, dtype=float), np.asarray(y).astype(int)
    best = BestLine(
        np.zeros(X.shape[1]), 0.0 if y.mean() > 0.5 else -1.0, max(y.mean(), 1 - y.mean())
    )
    for angle in np.linspace(0.0, 2 * np.pi, angles, endpoint=False):
        direction = np.array([np.cos(angle), np.sin(angle)])
        scores = X @ direction
        order = np.argsort(scores)
        s, labels = scores[order], y[order]
        # cut after position k: examples 0..k say 0, the rest say 1
        zeros_up_to = np.cumsum(labels == 0)
        ones_after = labels.sum() - np.cumsum(labels)
        right = (zeros_up_to + ones_after) / len(y)
        k = int(np.argmax(right))
        if right[k] > best.accuracy and k + 1 < len(s):
            cut = (s[k] + s[k + 1]) / 2
            best = BestLine(direction, float(-cut), float(right[k]))
    return best


def majority_accuracy(y) -> float:
    """The accuracy of always giving the commoner label (a model that learned nothing)."""
    share = float(np.mean(np.asarray(y)))
    return max(share, 1.0 - share)

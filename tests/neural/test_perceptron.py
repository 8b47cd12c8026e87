"""Scaling, straight lines and the best line any perceptron could draw."""

import doctest

import numpy as np

from aiclass.neural import perceptron
from aiclass.neural.perceptron import (
    Scaler,
    best_line,
    line_accuracy,
    line_predictions,
    majority_accuracy,
)


def test_doctests_pass():
    result = doctest.testmod(perceptron)
    assert result.attempted > 0 and result.failed == 0


def test_scaler_centres_and_scales_with_the_training_numbers_only():
    train = np.array([[10.0, 100.0], [20.0, 300.0]])
    scaler = Scaler.fit(train)
    assert np.allclose(scaler(train), [[-1, -1], [1, 1]])
    assert np.allclose(
        scaler(np.array([[30.0, 500.0]])), [[3, 3]]
    )  # new data uses the training scale


def test_a_constant_feature_does_not_divide_by_zero():
    scaler = Scaler.fit(np.array([[1.0, 5.0], [2.0, 5.0]]))
    assert np.all(np.isfinite(scaler(np.array([[1.5, 5.0]]))))


def test_raw_line_is_the_same_line_in_the_original_units():
    rng = np.random.default_rng(0)
    X = rng.normal([25, 20], [8, 10], size=(50, 2))
    scaler = Scaler.fit(X)
    w, b = np.array([0.7, -1.3]), 0.4
    w_raw, b_raw = scaler.raw_line(w, b)
    assert np.allclose(scaler(X) @ w + b, X @ w_raw + b_raw)


def test_predictions_are_one_only_strictly_above_the_line():
    X = np.array([[1.0, 0.0], [0.0, 0.0], [-1.0, 0.0]])
    assert line_predictions([1.0, 0.0], 0.0, X).tolist() == [1, 0, 0]
    assert line_accuracy([1.0, 0.0], 0.0, X, [1, 0, 0]) == 1.0


def test_best_line_finds_a_separating_line_when_there_is_one():
    rng = np.random.default_rng(1)
    X = rng.uniform(-2, 2, size=(200, 2))
    y = (X[:, 0] - 0.5 * X[:, 1] > 0.3).astype(int)
    found = best_line(X, y)
    assert found.accuracy >= 0.99
    assert line_accuracy(found.weights, found.bias, X, y) == found.accuracy


def test_no_line_solves_xor_and_a_ring_is_no_better_than_guessing():
    X = np.array([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0], [1.0, 0.0]])
    assert best_line(X, np.array([0, 0, 1, 1])).accuracy == 0.75
    angles = np.linspace(0, 2 * np.pi, 60, endpoint=False)
    ring = np.concatenate([np.c_[np.cos(angles), np.sin(angles)] * r for r in (0.5, 2.0)])
    labels = np.array([1] * 60 + [0] * 60)
    assert best_line(ring, labels).accuracy < 0.8


def test_majority_accuracy_is_the_share_of_the_commoner_label():
    assert majority_accuracy([0, 0, 0, 1]) == 0.75
    assert majority_accuracy([1, 1, 0, 1, 1]) == 0.8

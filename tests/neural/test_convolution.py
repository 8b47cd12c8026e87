"""The digits as image tensors, the hand-made edge filter and the bar pictures."""

import doctest

import numpy as np
import torch
import torch.nn.functional as F

from aiclass.datasets import digits as digit_data
from aiclass.neural import convolution
from aiclass.neural.convolution import VERTICAL_EDGE, bar_images, load_digit_images


def test_doctests_pass():
    result = doctest.testmod(convolution)
    assert result.attempted > 0 and result.failed == 0


def test_digits_are_split_without_loss_and_every_digit_is_in_every_part():
    digits = load_digit_images()
    X, y = digit_data._digits()
    total = len(digits.y_train) + len(digits.y_val) + len(digits._y_test)
    assert total == len(y) == 1797
    assert digits.X_train.dtype == torch.float32 and digits.y_train.dtype == torch.int64
    for labels in (digits.y_train, digits.y_val, digits._y_test):
        counts = np.bincount(labels.numpy(), minlength=10)
        assert counts.min() >= 0.8 * counts.max()
    first = digits.X_train[0, 0].numpy().ravel() * digit_data.BRIGHTEST
    match = np.flatnonzero(np.all(np.isclose(X, first), axis=1))
    assert len(match) >= 1 and int(y[match[0]]) == int(digits.y_train[0])


def test_the_split_is_the_same_every_time():
    a, b = load_digit_images(), load_digit_images()
    assert torch.equal(a.X_val, b.X_val) and torch.equal(a._y_test, b._y_test)


def test_vertical_edge_finds_sides_of_upright_strokes_and_ignores_lying_ones():
    lying, upright = bar_images()
    kernel = torch.tensor(VERTICAL_EDGE, dtype=torch.float64).reshape(1, 1, 3, 3)

    def response(picture):
        return F.conv2d(torch.tensor(picture).reshape(1, 1, 8, 8), kernel)[0, 0].numpy()

    assert np.allclose(response(lying), 0)
    upright_map = response(upright)
    assert upright_map.max() == 3 and upright_map.min() == -3
    assert np.all(
        upright_map[:, :3].max(axis=1) == 3
    )  # the left side of the bar lights up in every row


def test_bars_are_each_others_transpose():
    lying, upright = bar_images()
    assert np.array_equal(lying.T, upright)
    assert lying[3:5].all() and not lying[:3].any() and not lying[5:].any()

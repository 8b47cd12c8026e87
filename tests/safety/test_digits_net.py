"""The shared digits network: fair, seeded splits; a tiny network that trains the same way every time."""

import doctest

import numpy as np
import torch

from aiclass.safety import digits_net
from aiclass.safety.digits_net import (
    accuracy,
    as_tensors,
    load_digit_splits,
    make_digits_net,
    predict,
    probabilities,
    train_digits_net,
)


def test_doctests_pass():
    result = doctest.testmod(digits_net)
    assert result.attempted > 0 and result.failed == 0


def test_splits_use_every_digit_once_and_share_the_classes_fairly():
    s = load_digit_splits()
    assert len(s.y_train) + len(s.y_val) + len(s.y_test) == 1797
    assert s.X_train.dtype == np.float32 and s.y_train.dtype == np.int64
    assert s.X_test.min() >= 0.0 and s.X_test.max() <= 1.0
    for y, size in ((s.y_train, 1000), (s.y_val, 300), (s.y_test, 497)):
        counts = np.bincount(y, minlength=10)
        assert counts.min() >= 0.09 * size and counts.max() <= 0.11 * size
    rows = {row.tobytes() for row in np.vstack([s.X_train, s.X_val, s.X_test])}
    all_rows = {row.tobytes() for row in (digits_net.digits._digits()[0] / 16).astype(np.float32)}
    assert rows == all_rows
    again = load_digit_splits()
    assert np.array_equal(again.X_test, s.X_test) and np.array_equal(again.y_val, s.y_val)
    assert not np.array_equal(load_digit_splits(seed=1).y_test, s.y_test)


def test_same_seed_same_start_and_another_seed_another():
    a, b, c = make_digits_net(0), make_digits_net(0), make_digits_net(1)
    assert all(torch.equal(p, q) for p, q in zip(a.parameters(), b.parameters(), strict=True))
    assert not torch.equal(a[0].weight, c[0].weight)


def test_training_is_deterministic_accurate_and_returns_independent_copies():
    s = load_digit_splits()
    first = train_digits_net(s.X_train, s.y_train)
    with torch.no_grad():
        first[0].weight.zero_()  # spoiling one copy must not spoil the next
    second = train_digits_net(s.X_train, s.y_train)
    assert accuracy(second, s.X_test, s.y_test) >= 0.95
    assert accuracy(first, s.X_test, s.y_test) < 0.5
    digits_net._TRAINED.clear()
    third = train_digits_net(s.X_train, s.y_train)  # trained again from scratch
    assert all(
        torch.equal(p, q) for p, q in zip(second.parameters(), third.parameters(), strict=True)
    )
    other = train_digits_net(s.X_train, s.y_train, seed=1)
    assert not torch.equal(other[0].weight, third[0].weight)


def test_predict_accuracy_and_probabilities_agree_for_arrays_and_tensors():
    s = load_digit_splits()
    net = train_digits_net(s.X_train[:300], s.y_train[:300], epochs=5)
    X_t, y_t = as_tensors(s.X_val, s.y_val)
    assert X_t.dtype == torch.float32 and y_t.dtype == torch.int64
    said = predict(net, s.X_val)
    assert np.array_equal(said, predict(net, X_t))
    assert np.array_equal(said, probabilities(net, s.X_val).argmax(axis=1))
    assert np.allclose(probabilities(net, s.X_val).sum(axis=1), 1.0, atol=1e-5)
    assert (
        accuracy(net, s.X_val, s.y_val)
        == accuracy(net, X_t, y_t)
        == float(np.mean(said == s.y_val))
    )

"""The adversarial lab's helpers: random noise, PGD and the hook, checked against their definitions."""

import doctest

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from aiclass.safety import adversarial
from aiclass.safety.adversarial import _fgsm, hook_example, pgd_attack, random_noise
from aiclass.safety.digits_net import accuracy, as_tensors, load_digit_splits, train_digits_net


def _trained():
    s = load_digit_splits()
    X, y = as_tensors(s.X_test, s.y_test)
    return train_digits_net(s.X_train, s.y_train), X, y


def test_doctests_pass():
    result = doctest.testmod(adversarial)
    assert result.attempted > 0 and result.failed == 0


def test_fgsm_follows_the_sign_of_the_gradient_worked_out_by_hand():
    torch.manual_seed(0)
    linear = nn.Linear(64, 10)
    X, y = torch.rand(4, 64) * 0.6 + 0.2, torch.tensor([0, 3, 5, 9])
    with torch.no_grad():
        p = torch.softmax(linear(X), dim=1)
    by_hand = (p - F.one_hot(y, 10).float()) @ linear.weight / len(y)  # d(mean CE)/dx
    expected = (X + 0.1 * by_hand.sign()).clamp(0, 1)
    assert torch.allclose(_fgsm(linear, X, y, 0.1), expected, atol=1e-6)


def test_random_noise_is_seeded_and_moves_every_pixel_by_eps_inside_0_1():
    X = torch.full((10, 64), 0.5)
    a, b = random_noise(X, 0.2, seed=3), random_noise(X, 0.2, seed=3)
    assert torch.equal(a, b) and not torch.equal(a, random_noise(X, 0.2, seed=4))
    assert torch.allclose((a - X).abs(), torch.full_like(X, 0.2))
    edge = random_noise(torch.ones(5, 64), 0.3)
    assert float(edge.max()) <= 1.0


def test_pgd_stays_within_eps_and_is_at_least_as_strong_as_fgsm():
    model, X, y = _trained()
    for eps in (0.05, 0.15):
        moved = pgd_attack(model, X, y, eps)
        assert float((moved - X).abs().max()) <= eps + 1e-6
        assert float(moved.min()) >= 0 and float(moved.max()) <= 1
        assert accuracy(model, moved, y) <= accuracy(model, _fgsm(model, X, y, eps), y) + 0.01
    assert torch.equal(pgd_attack(model, X, y, 0.0), X)
    assert (
        accuracy(model, pgd_attack(model, X, y, 0.15), y)
        < 0.2
        < accuracy(model, random_noise(X, 0.15), y)
    )


def test_the_hook_digit_is_read_right_before_and_wrong_after_a_small_change():
    model, X, y = _trained()
    ex = hook_example(model, X, y, eps=0.15)
    assert ex.says_before == ex.truth != ex.says_after
    assert np.abs(ex.changed - ex.original).max() <= 0.15 + 1e-6
    assert 0.5 < ex.sure_before <= 1 and 0.5 < ex.sure_after <= 1

"""The mung-bean dishes: seeded, the spring trial separable by one line with a gap, the full trial not."""

import doctest

import numpy as np
import pytest

from aiclass.datasets import sprouts
from aiclass.datasets.sprouts import make_dishes
from aiclass.neural.perceptron import best_line, majority_accuracy


def test_doctests_pass():
    result = doctest.testmod(sprouts)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("trial", ["spring", "full"])
def test_the_same_seed_gives_the_same_dishes_and_another_seed_others(trial):
    a, b, c = make_dishes(trial), make_dishes(trial, seed=sprouts.SEED), make_dishes(trial, seed=8)
    assert np.array_equal(a.X, b.X) and np.array_equal(a.y, b.y)
    assert not np.array_equal(a.X, c.X)


def test_unknown_trial_is_refused():
    with pytest.raises(ValueError, match="spring"):
        make_dishes("winter")


def test_the_rule_sprouts_only_when_warm_and_wet_enough_but_not_too_hot_or_flooded():
    assert sprouts.sprouts(30, 10) == 1
    assert sprouts.sprouts(15, 5) == 0  # too cold and dry
    assert sprouts.sprouts(44, 20) == 0  # too hot
    assert sprouts.sprouts(30, 38) == 0  # seeds under water


def test_spring_dishes_stay_in_the_classroom_range_and_keep_a_gap_from_the_border():
    spring = make_dishes("spring")
    t, w = spring.X[:, 0], spring.X[:, 1]
    assert len(spring) == 80 and t.min() >= 12 and t.max() <= 32 and w.min() >= 2 and w.max() <= 30
    margin = np.abs(t + sprouts.WATER_WEIGHT * w - sprouts.BORDER)
    assert margin.min() >= sprouts.GAP
    assert np.array_equal(spring.y, (t + sprouts.WATER_WEIGHT * w >= sprouts.BORDER).astype(int))
    assert 0.3 < spring.y.mean() < 0.7  # both labels are common


def test_one_line_separates_the_spring_trial_but_no_line_beats_guessing_on_the_full_trial():
    spring, full = make_dishes("spring"), make_dishes("full")
    scaled = (spring.X - spring.X.mean(0)) / spring.X.std(0)
    assert best_line(scaled, spring.y).accuracy == 1.0
    full_scaled = (full.X - full.X.mean(0)) / full.X.std(0)
    assert best_line(full_scaled, full.y).accuracy <= majority_accuracy(full.y) + 0.02


def test_full_trial_has_a_few_dishes_that_look_mislabelled_because_of_measurement_errors():
    full = make_dishes("full")
    looks = sprouts.sprouts(full.X[:, 0], full.X[:, 1])
    share = float(np.mean(looks != full.y))
    assert 0.01 < share < 0.08
    assert full.X[:, 1].min() >= 0  # no negative water

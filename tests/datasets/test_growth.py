"""The sunflower diary: seeded, school days only, nearly straight at first, level later."""

import doctest

import numpy as np

from aiclass.datasets import growth
from aiclass.datasets.growth import school_days, sunflower_diary, true_height


def test_doctests_pass():
    result = doctest.testmod(growth)
    assert result.attempted > 0 and result.failed == 0


def test_the_same_seed_gives_the_same_diary_and_another_seed_another():
    assert sunflower_diary() == sunflower_diary(seed=growth.SEED)
    assert sunflower_diary(seed=1).heights != sunflower_diary(seed=2).heights


def test_measurements_fall_on_school_days_and_never_overlap():
    diary = sunflower_diary()
    assert all((day - 1) % 7 < 5 for day in diary.days + diary.next_days)
    assert school_days(6, 7) == []  # a weekend
    assert max(diary.days) < min(diary.next_days) and max(diary.next_days) < min(diary.later_days)
    assert len(diary.days) == len(diary.heights) == 15
    assert len(diary.next_days) == len(diary.next_heights) == 5
    assert len(diary.later_days) == len(diary.later_heights) == 7


def test_noise_is_small_and_rounded_to_a_millimetre():
    diary = sunflower_diary()
    pairs = list(
        zip(
            diary.days + diary.next_days + diary.later_days,
            diary.heights + diary.next_heights + diary.later_heights,
            strict=True,
        )
    )
    assert all(abs(h - true_height(d)) < 4 * growth.NOISE_CM for d, h in pairs)
    assert all(abs(h * 10 - round(h * 10)) < 1e-9 for _, h in pairs)


def test_weeks_one_to_three_are_nearly_straight_and_the_plant_levels_off():
    diary = sunflower_diary()
    a, b = np.polyfit(diary.days, diary.heights, 1)
    mse = np.mean((np.array(diary.heights) - (a * np.array(diary.days) + b)) ** 2)
    assert 1.8 < a < 2.5 and mse < 3  # about 2 cm a day, a line fits well
    assert abs(true_height(200) - growth.TALLEST_CM) < 0.01
    assert a * 100 + b > 2 * true_height(100)  # the line overshoots the real plant badly on day 100

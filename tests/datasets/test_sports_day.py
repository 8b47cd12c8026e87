"""Sports day: seeded, plausible results for 13-14-year-olds, numbers instead of names."""

from aiclass.datasets.sports_day import FEATURES, make_sports_day


def test_the_same_seed_gives_the_same_day():
    assert make_sports_day() == make_sports_day()
    assert make_sports_day(seed=2) != make_sports_day()


def test_results_are_in_a_plausible_range_and_rounded_like_a_stopwatch():
    day = make_sports_day()
    assert len(day) == 60 and day.numbers == list(range(1, 61))
    for sprint, throw in day.points:
        assert 6.5 < sprint < 12.0 and 3.0 < throw < 13.0
        assert round(sprint, 1) == sprint and round(throw, 1) == throw
    assert day.X.shape == (60, 2)


def test_three_kinds_of_result_and_no_names():
    day = make_sports_day()
    assert sorted(set(day.made_from)) == [0, 1, 2]
    assert not hasattr(day, "names")
    assert day.feature_names("zh-CN") == FEATURES["zh-CN"]

"""k-means helpers of the sports-day lab: the steps, the rounds, the elbow and the pictures."""

from collections import Counter

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.datasets.sports_day import make_sports_day  # noqa: E402
from aiclass.learn import clusters as cl  # noqa: E402


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language(None)
    plt.close("all")


def run_rounds(points, centres, rounds):
    history = [[None, centres]]
    for _ in range(rounds):
        groups = [cl.nearest_centre_reference(p, centres) for p in points]
        centres = cl.move_centres(points, groups, centres)
        history.append([groups, centres])
    return history


def test_nearest_centre_reference_picks_the_nearest():
    assert cl.nearest_centre_reference([7.5, 6.5], [[10.0, 5.0], [7.8, 6.6], [9.0, 9.5]]) == 1
    assert cl.nearest_centre_reference([9.0, 10.0], [[10.0, 5.0], [7.8, 6.6], [9.0, 9.5]]) == 2
    assert (
        cl.nearest_centre_reference([1.0, 1.0], [[0.0, 0.0], [2.0, 2.0]]) == 0
    )  # a tie: the first


def test_move_centres_averages_each_group_and_keeps_an_empty_one():
    points = [[1.0, 2.0], [3.0, 4.0], [10.0, 10.0]]
    assert cl.move_centres(points, [0, 0, 1], [[0, 0], [0, 0], [5.5, 6.5]]) == [
        [2.0, 3.0],
        [10.0, 10.0],
        [5.5, 6.5],
    ]


def test_rounds_settle_and_match_scikit_learn():
    day = make_sports_day()
    history = run_rounds(day.points, day.points[:3], 6)
    changes = cl.changes_per_round(history)
    assert changes == [60, 10, 3, 0, 0, 0]
    final = KMeans(n_clusters=3, n_init=10, random_state=0).fit(day.X)
    mine = np.array(sorted(map(tuple, history[-1][1])))
    theirs = np.array(sorted(map(tuple, final.cluster_centers_)))
    assert np.allclose(mine, theirs)


def test_the_data_has_three_groups_that_k_means_recovers():
    day = make_sports_day()
    assert len(day) == 60 and day == make_sports_day() and day != make_sports_day(seed=3)
    labels = KMeans(n_clusters=3, n_init=10, random_state=0).fit(day.X).labels_
    pairs = Counter((int(a), int(b)) for a, b in zip(day.made_from, labels, strict=True))
    main = pairs.most_common(3)
    assert len({kind for (kind, _), _ in main}) == 3 and len({group for (_, group), _ in main}) == 3
    assert sum(count for _, count in main) >= 57  # almost every pupil lands with its own kind


def test_every_bend_of_the_curve_is_a_fair_elbow():
    assert cl.elbow_choices([1, 2, 3, 4, 5], [100.0, 40.0, 10.0, 8.0, 6.5]) == [2, 3]
    assert cl.elbow_choices([1, 2, 3, 4, 5], [100.0, 20.0, 15.0, 12.0, 10.0]) == [2]
    # a straight line has no elbow
    assert cl.elbow_choices([1, 2, 3, 4], [40.0, 30.0, 20.0, 10.0]) == []
    day = make_sports_day()
    spreads = [
        KMeans(n_clusters=k, n_init=10, random_state=0).fit(day.X).inertia_ for k in range(1, 9)
    ]
    assert all(a > b for a, b in zip(spreads, spreads[1:], strict=False))
    # the lab accepts 2 and 3 (3 is the sharper bend); from 4 on the line is already flat
    assert cl.elbow_choices(list(range(1, 9)), spreads) == [2, 3]


def test_distance_is_pythagoras():
    assert cl.distance([8.0, 6.0], [11.0, 10.0]) == 5.0
    assert cl.distance([11.0, 10.0], [8.0, 6.0]) == 5.0


def test_pictures_draw_and_print_in_both_languages(capsys):
    day = make_sports_day()
    history = run_rounds(day.points, day.points[:3], 6)
    first = KMeans(n_clusters=3, n_init=10, random_state=0).fit(day.X)
    second = KMeans(n_clusters=3, n_init=10, random_state=2).fit(day.X)
    for lang in ("en", "zh-CN"):
        set_language(lang)
        cl.show_pupils(day.points)
        cl.show_groups(day.points, [[8.0, 6.0], [9.0, 8.0], [10.0, 6.0]])
        cl.show_rounds(day.points, history)
        cl.show_elbow([1, 2, 3], [10.0, 5.0, 4.0])
        cl.describe_groups(day.points, first.cluster_centers_, first.labels_)
        cl.show_two_runs(day.points, first, second)
        plt.close("all")
    out = capsys.readouterr().out
    assert "Round 4: no pupil changed group." in out and "第 4 轮：没有同学换组。" in out
    assert "k = 2: spread 5.0" in out and "k = 2：分散程度 5.0" in out
    assert "Group 2: 21 pupils" in out
    assert np.argmin(first.cluster_centers_[:, 0]) != np.argmin(second.cluster_centers_[:, 0])


@pytest.mark.parametrize("name", ["aiclass.learn.clusters", "aiclass.datasets.sports_day"])
def test_docstring_examples(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0

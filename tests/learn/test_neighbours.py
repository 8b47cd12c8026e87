"""Nearest-neighbour helpers of the music-club lab: distances, nearest songs, votes, pictures."""

import math

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from sklearn.neighbors import KNeighborsClassifier  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.datasets.recommend import make_songs  # noqa: E402
from aiclass.learn import neighbours as nn  # noqa: E402


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language(None)
    plt.close("all")


def test_straight_distance_is_pythagoras():
    assert nn.straight_distance([20, 30], [50, 70]) == 50.0
    assert nn.straight_distance([50, 70], [20, 30]) == 50.0
    assert nn.straight_distance([3, 3], [3, 3]) == 0.0
    assert nn.straight_distance([0, 0], [1, 1]) == pytest.approx(math.sqrt(2))


def test_closest_orders_by_distance_and_leaves_out_a_song():
    distances = [5.0, 0.0, 2.0, 9.0, 1.0]
    assert nn.closest(distances, 3) == [1, 4, 2]
    assert nn.closest(distances, 3, leave_out=1) == [4, 2, 0]
    assert nn.closest(distances, 10) == [1, 4, 2, 0, 3]


def test_listening_path_never_repeats_a_song_and_moves_to_the_nearest():
    songs = make_songs()
    path = nn.listening_path(songs.points, 15, 10)
    assert len(path) == 11 and len(set(path)) == 11 and path[0] == 15
    second = nn.closest(
        [nn.straight_distance(songs.points[15], p) for p in songs.points], 1, leave_out=15
    )
    assert path[1] == second[0]


def test_vote_counts_agree_with_scikit_learn():
    songs = make_songs()
    X_train, y_train = songs.split()[:2]
    for point in ([60, 33], [20, 40], [55, 80], [80, 55]):
        for k in (1, 5, 11):
            counts = nn.vote_counts(X_train, y_train, point, k, 3)
            assert sum(counts) == k
            model = KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train)
            assert int(np.argmax(counts)) == int(model.predict([point])[0])


def test_nearest_songs_are_the_closest_points():
    songs = make_songs()
    found = nn.nearest_songs(songs, [90, 12], 3)
    distances = sorted(nn.straight_distance([90, 12], p) for p in songs.points)
    assert [round(nn.straight_distance([90, 12], songs.points[i]), 6) for i in found] == [
        round(d, 6) for d in distances[:3]
    ]


def test_pictures_draw_and_print_in_both_languages(capsys):
    songs = make_songs()
    for lang in ("en", "zh-CN"):
        set_language(lang)
        assert nn.show_song_map(songs, favourite=15) is not None
        nn.show_distance([20, 30], [50, 70])
        nn.show_neighbours(songs, 15, [129, 4, 77])
        nn.show_neighbours(songs, [90, 12], nn.nearest_songs(songs, [90, 12], 3))
        nn.show_vote(songs, [60, 33], k=11)
        nn.show_three_sets(120, 40, 40)
        nn.show_k_curve([1, 3, 5], [0.8, 0.9, 0.85])
        nn.show_listening_path(songs, 15, steps=5)
        plt.close("all")
    out = capsys.readouterr().out
    assert "workout 8" in out and "运动 8" in out  # the k = 11 vote at [60, 33], both languages
    assert "Snowy Lantern" in out and "雪夜灯笼" in out


@pytest.mark.parametrize("name", ["aiclass.learn.neighbours", "aiclass.datasets.recommend"])
def test_docstring_examples(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0

"""The music club's songs are seeded, in range, and make k matter (small k and huge k both do worse)."""

from collections import Counter

from sklearn.neighbors import KNeighborsClassifier

from aiclass.datasets.recommend import PLAYLISTS, make_songs


def test_the_same_seed_gives_the_same_songs():
    assert make_songs() == make_songs()
    assert make_songs(seed=1) != make_songs()


def test_songs_are_points_from_0_to_100_with_titles_in_both_languages():
    songs = make_songs()
    assert len(songs) == 200
    assert all(
        len(p) == 2 and all(0 <= v <= 100 and isinstance(v, int) for v in p) for p in songs.points
    )
    assert len(set(songs.titles_en)) == 200 and len(set(songs.titles_zh)) == 200
    assert set(songs.playlists) == {0, 1, 2}
    assert songs.playlist_names("zh-CN") == PLAYLISTS["zh-CN"]


def test_sing_along_is_the_most_popular_playlist():
    counts = Counter(make_songs().playlists)
    assert counts[1] > counts[2] > counts[0]


def test_the_split_has_three_separate_parts():
    songs = make_songs()
    X_train, y_train, X_val, y_val, X_test, y_test = songs.split()
    assert (len(X_train), len(X_val), len(X_test)) == (120, 40, 40)
    assert len(y_train) + len(y_val) + len(y_test) == 200
    assert X_train.tolist() + X_val.tolist() + X_test.tolist() == [
        [float(v) for v in p] for p in songs.points
    ]


def test_the_validation_curve_has_its_best_k_in_the_middle():
    X_train, y_train, X_val, y_val, X_test, y_test = make_songs().split()
    ks = [1, 3, 5, 7, 9, 11, 15, 21, 31, 45, 61]
    scores = [
        KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train).score(X_val, y_val) for k in ks
    ]
    best = ks[scores.index(max(scores))]
    assert best == 11 and scores.count(max(scores)) == 1
    assert scores[0] < max(scores) and scores[-1] < max(scores) - 0.2
    assert (
        KNeighborsClassifier(n_neighbors=best).fit(X_train, y_train).score(X_test, y_test) >= 0.85
    )

"""Nearest neighbours for the junior music-club lab: find close songs, vote, and draw it all.

Songs are points ``[energy, mood]``. Every picture pairs each colour with a marker shape and names
the playlists in the learner's language.

>>> closest([5.0, 0.0, 2.0, 9.0, 2.0], 2)
[1, 2]
>>> closest([5.0, 0.0, 2.0, 9.0, 2.0], 2, leave_out=1)
[2, 4]
>>> listening_path([[0, 0], [1, 0], [5, 5], [2, 0]], start=0, steps=2)
[0, 1, 3]
>>> vote_counts([[0, 0], [1, 0], [9, 9]], [0, 0, 1], [8, 8], k=1, classes=2)
[0, 1]
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np

from aiclass.datasets.recommend import SongLibrary
from aiclass.i18n import current_language, t
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE

_LAB = "junior-nearest-neighbours"
_WORDS = {
    "en": {
        "favourite": "favourite",
        "new": "new song ?",
        "across": "energy differs by {v}",
        "up": "mood differs by {v}",
        "distance": "distance = {v}",
        "k": "k (number of neighbours)",
        "val": "accuracy on the validation set",
        "train": "training set",
        "validation": "validation set",
        "test": "test set",
        "sets": "{n} songs",
        "start": "first song",
        "newcomer": "newcomer's song",
        "used": "to learn from",
        "choose": "to choose k",
        "exam": "final exam,\nonly once",
        "zoom": "close-up (dashed box)",
        "and": ", ",
    },
    "zh-CN": {
        "favourite": "最喜欢的歌",
        "new": "新歌 ?",
        "across": "能量相差 {v}",
        "up": "情绪相差 {v}",
        "distance": "距离 = {v}",
        "k": "k（邻居的个数）",
        "val": "验证集上的准确率",
        "train": "训练集",
        "validation": "验证集",
        "test": "测试集",
        "sets": "{n} 首",
        "start": "第一首歌",
        "newcomer": "新同学的歌",
        "used": "用来学习",
        "choose": "用来选 k",
        "exam": "期末考试\n只用一次",
        "zoom": "放大看（虚线框里）",
        "and": "、",
    },
}

FEATURE_SHORT = {"en": ["energy", "mood"], "zh-CN": ["能量", "情绪"]}


def _words() -> dict[str, str]:
    return _WORDS[current_language()]


def straight_distance(a: Sequence[float], b: Sequence[float]) -> float:
    """The straight-line distance between two points (Pythagoras)."""
    return float(np.hypot(float(a[0]) - float(b[0]), float(a[1]) - float(b[1])))


def closest(distances: Sequence[float], how_many: int, leave_out: int | None = None) -> list[int]:
    """Numbers of the ``how_many`` smallest distances, nearest first, never ``leave_out``."""
    order = [int(i) for i in np.argsort(np.asarray(distances, dtype=float), kind="stable")]
    return [i for i in order if i != leave_out][:how_many]


def listening_path(points: Sequence[Sequence[float]], start: int, steps: int) -> list[int]:
    """Start at song ``start``; ``steps`` times, go on to the nearest song not heard yet."""
    path = [start]
    for _ in range(steps):
        here = points[path[-1]]
        distances = [
            straight_distance(here, p) if i not in path else np.inf for i, p in enumerate(points)
        ]
        path.append(closest(distances, 1)[0])
    return path


def vote_counts(X, y, new_point: Sequence[float], k: int, classes: int) -> list[int]:
    """How many of the ``k`` nearest points in ``X`` carry each label 0 .. classes-1."""
    distances = [straight_distance(new_point, p) for p in np.asarray(X, dtype=float)]
    counts = [0] * classes
    for i in closest(distances, k):
        counts[int(y[i])] += 1
    return counts


def _song_map(ax, songs: SongLibrary, faded: bool = False) -> None:
    names = songs.playlist_names()
    X, y = songs.X, songs.y
    for label, name in enumerate(names):
        mask = y == label
        ax.scatter(
            X[mask, 0],
            X[mask, 1],
            marker=MARKERS[label],
            color=PALETTE[label],
            s=36,
            edgecolor="black",
            linewidth=0.4,
            alpha=0.35 if faded else 0.85,
            label=name,
        )
    feature_names = songs.feature_names()
    ax.set_xlabel(feature_names[0])
    ax.set_ylabel(feature_names[1])
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_aspect("equal")


def _point(songs: SongLibrary, song: int | Sequence[float]) -> list[float]:
    return (
        list(songs.points[song]) if isinstance(song, int | np.integer) else [float(v) for v in song]
    )


def describe_song(songs: SongLibrary, number: int) -> str:
    energy, mood = songs.points[number]
    playlist = songs.playlist_names()[songs.playlists[number]]
    return t(
        f"{_LAB}.song_line",
        number=number,
        title=songs.title(number),
        energy=energy,
        mood=mood,
        playlist=playlist,
    )


def nearest_songs(songs: SongLibrary, point: Sequence[float], how_many: int) -> list[int]:
    """Numbers of the ``how_many`` songs nearest to a point that may not be in the library."""
    return closest([straight_distance(point, p) for p in songs.points], how_many)


def show_song_map(songs: SongLibrary, favourite: int | None = None):
    """Every song as a point, shaped and coloured by playlist; the favourite as a big star."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(7.6, 5.2))
    _song_map(ax, songs)
    if favourite is not None:
        energy, mood = songs.points[favourite]
        ax.scatter(
            [energy],
            [mood],
            marker="*",
            s=450,
            color="black",
            zorder=5,
            label=f"{_words()['favourite']}: {songs.title(favourite)}",
        )
        print(describe_song(songs, favourite))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    return fig


def show_distance(a: Sequence[float], b: Sequence[float]):
    """Two songs and the right-angled triangle between them: across, up and the straight line."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(5.4, 4.4))
    (x1, y1), (x2, y2) = a, b
    ax.plot([x1, x2], [y1, y1], color=PALETTE[0], linestyle="--", linewidth=2)
    ax.plot([x2, x2], [y1, y2], color=PALETTE[1], linestyle=":", linewidth=2.5)
    ax.plot([x1, x2], [y1, y2], color="black", linewidth=2.5)
    ax.scatter([x1], [y1], marker="o", s=160, color=PALETTE[0], edgecolor="black", zorder=5)
    ax.scatter([x2], [y2], marker="s", s=160, color=PALETTE[2], edgecolor="black", zorder=5)
    ax.text(x1 - 3, y1, f"A {list(a)}", ha="right", va="center", fontsize=11)
    ax.text(x2, y2 + 4, f"B {list(b)}", ha="center", fontsize=11)
    ax.text(
        (x1 + x2) / 2,
        y1 - 6,
        words["across"].format(v=abs(x2 - x1)),
        ha="center",
        color=PALETTE[0],
        fontsize=11,
    )
    ax.text(
        x2 + 2,
        (y1 + y2) / 2,
        words["up"].format(v=abs(y2 - y1)),
        ha="left",
        va="center",
        color="#8a5a00",
        fontsize=11,
    )
    value = straight_distance(a, b)
    ax.text(
        (x1 + x2) / 2 - 4,
        (y1 + y2) / 2 + 2,
        words["distance"].format(v=f"{value:g}"),
        ha="right",
        fontsize=12,
    )
    ax.set_xlim(min(x1, x2) - 30, max(x1, x2) + 40)
    ax.set_ylim(min(y1, y2) - 15, max(y1, y2) + 12)
    ax.set_aspect("equal")
    names = FEATURE_SHORT[current_language()]
    ax.set_xlabel(names[0])
    ax.set_ylabel(names[1])
    return fig


def show_neighbours(
    songs: SongLibrary, favourite: int | Sequence[float], neighbours: Sequence[int]
):
    """The song map with the favourite (a star) and its neighbours circled; on the right, a close-up."""
    use_chinese_font_if_needed()
    words = _words()
    here = _point(songs, favourite)
    reach = max([straight_distance(here, songs.points[n]) for n in neighbours] + [5.0]) + 8
    fig, axes = plt.subplots(1, 2, figsize=(11, 5.2))
    for ax in axes:
        _song_map(ax, songs, faded=True)
        for rank, number in enumerate(neighbours, start=1):
            energy, mood = songs.points[number]
            ax.plot([here[0], energy], [here[1], mood], color="black", linewidth=1)
            ax.scatter(
                [energy],
                [mood],
                s=380,
                facecolors="none",
                edgecolors="black",
                linewidth=2,
                zorder=4,
            )
            ax.annotate(
                str(rank), (energy, mood), xytext=(9, 9), textcoords="offset points", fontsize=12
            )
        label = words["favourite"] if isinstance(favourite, int | np.integer) else words["newcomer"]
        ax.scatter([here[0]], [here[1]], marker="*", s=450, color="black", zorder=5, label=label)
    axes[0].add_patch(
        plt.Rectangle(
            (here[0] - reach, here[1] - reach),
            2 * reach,
            2 * reach,
            fill=False,
            linestyle="--",
            color="black",
        )
    )
    axes[0].legend(loc="upper left", fontsize=9, framealpha=0.9)
    axes[1].set_xlim(max(here[0] - reach, -2), min(here[0] + reach, 102))
    axes[1].set_ylim(max(here[1] - reach, -2), min(here[1] + reach, 102))
    axes[1].set_title(words["zoom"])
    fig.tight_layout()
    for rank, number in enumerate(neighbours, start=1):
        distance = round(straight_distance(here, songs.points[number]), 1)
        print(
            t(
                f"{_LAB}.recommend_line",
                rank=rank,
                number=number,
                title=songs.title(number),
                distance=distance,
                playlist=songs.playlist_names()[songs.playlists[number]],
            )
        )
    return fig


def show_vote(songs: SongLibrary, new_song: Sequence[float], k: int):
    """A new song among the training songs, its ``k`` nearest circled, and the vote printed."""
    use_chinese_font_if_needed()
    X_train, y_train = songs.split()[:2]
    names = songs.playlist_names()
    fig, ax = plt.subplots(figsize=(7.6, 5.2))
    for label, name in enumerate(names):
        mask = y_train == label
        ax.scatter(
            X_train[mask, 0],
            X_train[mask, 1],
            marker=MARKERS[label],
            color=PALETTE[label],
            s=36,
            edgecolor="black",
            linewidth=0.4,
            label=name,
        )
    distances = [straight_distance(new_song, p) for p in X_train]
    nearest = closest(distances, k)
    radius = max(distances[i] for i in nearest)
    ax.add_patch(plt.Circle(tuple(new_song), radius, fill=False, linestyle="--", color="black"))
    for i in nearest:
        ax.scatter(
            [X_train[i, 0]],
            [X_train[i, 1]],
            s=260,
            facecolors="none",
            edgecolors="black",
            linewidth=1.8,
            zorder=4,
        )
    ax.scatter(
        [new_song[0]],
        [new_song[1]],
        marker="*",
        s=450,
        color="black",
        zorder=5,
        label=_words()["new"],
    )
    feature_names = songs.feature_names()
    ax.set_xlabel(feature_names[0])
    ax.set_ylabel(feature_names[1])
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_aspect("equal")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    counts = vote_counts(X_train, y_train, new_song, k, len(names))
    votes = _words()["and"].join(
        f"{name} {count}" for name, count in zip(names, counts, strict=True)
    )
    print(t(f"{_LAB}.vote_line", k=k, votes=votes, winner=names[int(np.argmax(counts))]))
    return fig


def show_three_sets(train: int, validation: int, test: int):
    """One bar cut in three: what each part of the songs is for."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(9, 1.9))
    left = 0
    parts = [
        (train, "train", "used", "///"),
        (validation, "validation", "choose", "..."),
        (test, "test", "exam", "xx"),
    ]
    for colour, (size, name, use, hatch) in zip(PALETTE, parts, strict=False):
        ax.barh([0], [size], left=left, color=colour, edgecolor="black", hatch=hatch, alpha=0.8)
        ax.text(
            left + size / 2,
            0,
            f"{words[name]}\n{words['sets'].format(n=size)}\n{words[use]}",
            ha="center",
            va="center",
            fontsize=10,
            bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none"},
        )
        left += size
    ax.set_xlim(0, left)
    ax.axis("off")
    return fig


def show_k_curve(ks: Sequence[int], scores: Sequence[float]):
    """Validation accuracy for each k, the best point marked."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(6, 3.6))
    ax.plot(list(ks), list(scores), marker=MARKERS[0], color=PALETTE[0], label=words["validation"])
    if len(scores):
        best = int(np.argmax(scores))
        ax.scatter(
            [ks[best]],
            [scores[best]],
            marker="*",
            s=300,
            color=PALETTE[1],
            edgecolor="black",
            zorder=5,
        )
    ax.set_xlabel(words["k"])
    ax.set_ylabel(words["val"])
    ax.set_ylim(0.5, 1.02)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left")
    return fig


def show_listening_path(songs: SongLibrary, start: int, steps: int = 10):
    """Follow the top recommendation ``steps`` times and draw where the listener went."""
    use_chinese_font_if_needed()
    path = listening_path(songs.points, start, steps)
    fig, ax = plt.subplots(figsize=(7.6, 5.2))
    _song_map(ax, songs, faded=True)
    xs = [songs.points[i][0] for i in path]
    ys = [songs.points[i][1] for i in path]
    ax.plot(xs, ys, color="black", linewidth=1.5, marker="o", markersize=5, zorder=4)
    ax.scatter(
        [xs[0]], [ys[0]], marker="*", s=450, color="black", zorder=5, label=_words()["start"]
    )
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    names = songs.playlist_names()
    heard = sorted({songs.playlists[i] for i in path})
    far = max(straight_distance(songs.points[start], songs.points[i]) for i in path)
    print(
        t(
            f"{_LAB}.path_summary",
            steps=steps,
            playlists=_words()["and"].join(names[i] for i in heard),
            far=round(far, 1),
            count=len(songs),
        )
    )
    return fig

"""The school music club's 200 songs, made up with a fixed seed, for a lab on nearest neighbours.

Each song has two scores from 0 to 100, like the ones music apps compute from the sound:
*energy* (0 soft and slow, 100 loud and fast) and *mood* (0 sad or tense, 100 happy). Club members
put every song in one of three playlists: calm (for homework), sing-along, workout. The playlists
overlap a little on purpose, and sing-along is the most popular one, so that the number of
neighbours k matters.

>>> songs = make_songs()
>>> len(songs), songs.points[0] == [int(v) for v in songs.X[0]]
(200, True)
>>> [len(part) for part in songs.split()]
[120, 120, 40, 40, 40, 40]
>>> songs.title(15, "en"), songs.title(15, "zh-CN")
('Snowy Lantern', '雪夜灯笼')
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aiclass.i18n import current_language

PLAYLISTS = {
    "en": ["calm", "sing-along", "workout"],
    "zh-CN": ["安静", "欢唱", "运动"],
}
FEATURES = {
    "en": ["energy (0 soft and slow, 100 loud and fast)", "mood (0 sad or tense, 100 happy)"],
    "zh-CN": ["能量（0 轻柔舒缓，100 响亮激烈）", "情绪（0 忧伤紧张，100 欢快）"],
}
# The three playlists: share of the songs, centre (energy, mood) and spread of each score.
_SHARES = (0.22, 0.45, 0.33)
_CENTRES = ((25, 45), (55, 72), (77, 55))
_SPREADS = ((10, 13), (11, 11), (9, 12))
_ADJECTIVES = [
    ("Morning", "清晨"),
    ("Summer", "夏日"),
    ("Blue", "蓝色"),
    ("Starry", "星空"),
    ("Rainy", "雨天"),
    ("Golden", "金色"),
    ("Silver", "银色"),
    ("Little", "小小"),
    ("Flying", "飞翔的"),
    ("Quiet", "安静的"),
    ("Sunny", "晴天"),
    ("Windy", "大风"),
    ("Snowy", "雪夜"),
    ("Paper", "纸做的"),
    ("Secret", "秘密"),
]
_NOUNS = [
    ("Kite", "风筝"),
    ("Bicycle", "单车"),
    ("Train", "列车"),
    ("River", "小河"),
    ("Playground", "操场"),
    ("Moon", "月亮"),
    ("Garden", "花园"),
    ("Lantern", "灯笼"),
    ("Cloud", "云朵"),
    ("Panda", "熊猫"),
    ("Bridge", "小桥"),
    ("Rocket", "火箭"),
    ("Lighthouse", "灯塔"),
    ("Dragonfly", "蜻蜓"),
]
TRAIN, VALIDATION, TEST = 120, 40, 40


@dataclass(frozen=True)
class SongLibrary:
    """Songs as points: ``points[i]`` is ``[energy, mood]`` of song ``i``, ``playlists[i]`` its label."""

    points: list[list[int]]
    playlists: list[int]
    titles_en: list[str]
    titles_zh: list[str]

    def __len__(self) -> int:
        return len(self.points)

    @property
    def X(self) -> np.ndarray:
        return np.array(self.points, dtype=float)

    @property
    def y(self) -> np.ndarray:
        return np.array(self.playlists)

    def title(self, number: int, lang: str | None = None) -> str:
        lang = lang or current_language()
        return (self.titles_zh if lang == "zh-CN" else self.titles_en)[number]

    def playlist_names(self, lang: str | None = None) -> list[str]:
        return PLAYLISTS[lang or current_language()]

    def feature_names(self, lang: str | None = None) -> list[str]:
        return FEATURES[lang or current_language()]

    def split(self):
        """Training, validation and test sets: ``X_train, y_train, X_val, y_val, X_test, y_test``.

        The songs are already in random order, so the first 120 train, the next 40 validate and the
        last 40 test.
        """
        X, y = self.X, self.y
        a, b = TRAIN, TRAIN + VALIDATION
        return X[:a], y[:a], X[a:b], y[a:b], X[b:], y[b:]


def make_songs(count: int = 200, seed: int = 148) -> SongLibrary:
    """``count`` songs with scores and playlists, the same for the same seed."""
    if count > len(_ADJECTIVES) * len(_NOUNS):
        raise ValueError(f"at most {len(_ADJECTIVES) * len(_NOUNS)} songs have a title")
    rng = np.random.default_rng(seed)
    counts = [round(count * share) for share in _SHARES]
    counts[1] += count - sum(counts)
    blocks, labels = [], []
    for playlist, (centre, spread, n) in enumerate(zip(_CENTRES, _SPREADS, counts, strict=True)):
        blocks.append(rng.normal(centre, spread, size=(n, 2)))
        labels += [playlist] * n
    X = np.clip(np.rint(np.vstack(blocks)), 3, 97).astype(int)
    order = rng.permutation(count)
    names = rng.permutation(len(_ADJECTIVES) * len(_NOUNS))[:count]
    titles_en, titles_zh = [], []
    for name in names:
        (adj_en, adj_zh), (noun_en, noun_zh) = (
            _ADJECTIVES[name // len(_NOUNS)],
            _NOUNS[name % len(_NOUNS)],
        )
        titles_en.append(f"{adj_en} {noun_en}")
        titles_zh.append(f"{adj_zh}{noun_zh}")
    return SongLibrary(
        points=[[int(v) for v in X[i]] for i in order],
        playlists=[labels[i] for i in order],
        titles_en=titles_en,
        titles_zh=titles_zh,
    )

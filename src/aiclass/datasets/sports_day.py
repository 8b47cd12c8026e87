"""Sports day of a made-up grade 8 (60 pupils), generated with a fixed seed, for a lab on clustering.

Each pupil has two results: the 50 m sprint time in seconds (smaller is faster) and the 2 kg
medicine-ball throw in metres (bigger is farther), the two events of many Chinese PE tests.
Pupils have numbers, not names. The data has no labels: the generator makes three loose kinds of
result (quick runners, strong throwers, pupils still improving at both), and keeps which kind
made each pupil only so that tests can check the groups; the lab never shows it.

>>> day = make_sports_day()
>>> len(day), day.points[0], day.numbers[:3]
(60, [10.1, 5.2], [1, 2, 3])
>>> 7.0 < min(p[0] for p in day.points) and max(p[1] for p in day.points) < 12.0
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aiclass.i18n import current_language

FEATURES = {
    "en": ["50 m sprint (seconds, smaller is faster)", "medicine-ball throw (metres)"],
    "zh-CN": ["50 米跑（秒，越小越快）", "实心球（米）"],
}
SHORT = {"en": ["sprint", "throw"], "zh-CN": ["50 米跑", "实心球"]}
UNITS = {"en": ["s", "m"], "zh-CN": ["秒", "米"]}
# Three loose kinds of result: centre (sprint s, throw m), spread, how many pupils.
_CENTRES = ((7.7, 6.6), (8.9, 9.4), (9.9, 5.4))
_SPREADS = ((0.3, 0.7), (0.35, 0.8), (0.4, 0.7))
_COUNTS = (20, 18, 22)


@dataclass(frozen=True)
class SportsDay:
    """``points[i]`` is ``[sprint seconds, throw metres]`` of pupil number ``numbers[i]``."""

    points: list[list[float]]
    numbers: list[int]
    made_from: list[int]  # which kind of result made each pupil: for tests only, not a label

    def __len__(self) -> int:
        return len(self.points)

    @property
    def X(self) -> np.ndarray:
        return np.array(self.points, dtype=float)

    def feature_names(self, lang: str | None = None) -> list[str]:
        return FEATURES[lang or current_language()]


def make_sports_day(seed: int = 19) -> SportsDay:
    """The 60 pupils' results, the same for the same seed (rounded to 0.1 like a stopwatch)."""
    rng = np.random.default_rng(seed)
    blocks, kinds = [], []
    for kind, (centre, spread, count) in enumerate(zip(_CENTRES, _SPREADS, _COUNTS, strict=True)):
        blocks.append(rng.normal(centre, spread, size=(count, 2)))
        kinds += [kind] * count
    X = np.round(np.vstack(blocks), 1)
    order = rng.permutation(len(X))
    return SportsDay(
        points=[[float(v) for v in X[i]] for i in order],
        numbers=list(range(1, len(X) + 1)),
        made_from=[kinds[i] for i in order],
    )

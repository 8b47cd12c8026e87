"""Made-up similarity scores of a face-match system: no faces, no people, only numbers.

The story: a test team takes pairs of photos and asks the system "same person?". The system answers
with a similarity score from 0 to 100. For each pair the team knows the truth (``same``) and the age
group of the people in it. The system was trained mostly on adults' photos (80 %), few older people's
(12 %) and fewer children's (8 %); children's faces also change quickly as they grow. So for children
the same-person scores are lower and the different-person scores higher: the two groups of scores
overlap more, and any threshold makes more mistakes.

>>> val, test = make_validation_and_test()
>>> len(val), val.n_same, val.n_different, len(test)
(1200, 600, 600, 1200)
>>> [len(val.group(name)) for name in GROUPS]
[400, 400, 400]
>>> val == make_validation_and_test()[0], val == test
(True, False)
>>> all(0 <= s <= 100 and isinstance(s, int) for s in val.scores)
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

GROUPS = ("adults", "older", "children")
GROUP_LABELS = {
    "adults": {"en": "adults (18-59)", "zh-CN": "成年人（18-59 岁）"},
    "older": {"en": "older people (60+)", "zh-CN": "老年人（60 岁及以上）"},
    "children": {"en": "children (6-13)", "zh-CN": "儿童（6-13 岁）"},
}
# The story's share of each group among the system's training photos.
TRAINING_SHARE = {"adults": 0.80, "older": 0.12, "children": 0.08}
# (mean, spread) of the scores of same-person pairs and of different-person pairs, per group.
SCORE_SHAPE = {
    "adults": ((82.0, 7.0), (36.0, 10.0)),
    "older": ((77.0, 8.0), (41.0, 10.0)),
    "children": ((74.0, 9.0), (45.0, 10.0)),
}


@dataclass(frozen=True)
class MatchPairs:
    """Pairs of photos as three lists of the same length: score, truth and age group of each pair."""

    scores: list[int]
    same: list[bool]
    groups: list[str]

    def __len__(self) -> int:
        return len(self.scores)

    @property
    def n_same(self) -> int:
        """How many pairs show the same person twice."""
        return sum(self.same)

    @property
    def n_different(self) -> int:
        """How many pairs show two different people."""
        return len(self.same) - sum(self.same)

    def group(self, name: str) -> MatchPairs:
        """Only the pairs of one age group (``"adults"``, ``"older"`` or ``"children"``)."""
        if name not in GROUPS:
            raise ValueError(f"unknown group {name!r}: choose one of {', '.join(GROUPS)}")
        keep = [i for i, g in enumerate(self.groups) if g == name]
        return MatchPairs(
            scores=[self.scores[i] for i in keep],
            same=[self.same[i] for i in keep],
            groups=[name] * len(keep),
        )


def make_match_scores(per_group: int = 200, seed: int = 0) -> MatchPairs:
    """``per_group`` same-person and ``per_group`` different-person pairs for each group, shuffled."""
    rng = np.random.default_rng(seed)
    scores: list[int] = []
    same: list[bool] = []
    groups: list[str] = []
    for name in GROUPS:
        for is_same, (mean, spread) in zip((True, False), SCORE_SHAPE[name], strict=True):
            drawn = np.clip(np.rint(rng.normal(mean, spread, per_group)), 0, 100).astype(int)
            scores.extend(int(s) for s in drawn)
            same.extend([is_same] * per_group)
            groups.extend([name] * per_group)
    order = rng.permutation(len(scores))
    return MatchPairs(
        scores=[scores[i] for i in order],
        same=[same[i] for i in order],
        groups=[groups[i] for i in order],
    )


def make_validation_and_test(
    per_group: int = 200, seed: int = 2025
) -> tuple[MatchPairs, MatchPairs]:
    """Two separate sets of pairs: one to choose thresholds on, one to test the choice once."""
    return make_match_scores(per_group, seed), make_match_scores(per_group, seed + 1)

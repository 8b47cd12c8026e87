"""The made-up face-match scores are seeded, balanced, and worse separated for children."""

from aiclass.datasets.match_scores import (
    GROUP_LABELS,
    GROUPS,
    TRAINING_SHARE,
    MatchPairs,
    make_match_scores,
    make_validation_and_test,
)


def _overlap(pairs: MatchPairs) -> float:
    """The smallest total error rate any threshold reaches (0 = the two hills never overlap)."""
    best = 2.0
    for threshold in range(0, 102):
        fm = sum(
            1 for s, y in zip(pairs.scores, pairs.same, strict=True) if s >= threshold and not y
        )
        fr = sum(1 for s, y in zip(pairs.scores, pairs.same, strict=True) if s < threshold and y)
        best = min(best, fm / pairs.n_different + fr / pairs.n_same)
    return best


def test_the_same_seed_gives_the_same_pairs_and_another_seed_others():
    assert make_match_scores(50, seed=1) == make_match_scores(50, seed=1)
    assert make_match_scores(50, seed=1) != make_match_scores(50, seed=2)
    val, test = make_validation_and_test()
    assert val != test and (val, test) == make_validation_and_test()


def test_every_group_has_as_many_same_as_different_pairs():
    pairs = make_match_scores(per_group=30, seed=0)
    assert len(pairs) == 180 and pairs.n_same == pairs.n_different == 90
    for name in GROUPS:
        part = pairs.group(name)
        assert len(part) == 60 and part.n_same == 30 and set(part.groups) == {name}
    assert all(isinstance(s, int) and 0 <= s <= 100 for s in pairs.scores)


def test_children_scores_overlap_most_and_adults_least():
    val, _ = make_validation_and_test()
    overlap = {name: _overlap(val.group(name)) for name in GROUPS}
    assert overlap["adults"] < overlap["older"] < overlap["children"]
    assert overlap["children"] > 2 * overlap["adults"]


def test_the_story_is_complete():
    assert abs(sum(TRAINING_SHARE.values()) - 1) < 1e-9
    assert TRAINING_SHARE["children"] == min(TRAINING_SHARE.values())
    assert all(set(GROUP_LABELS[g]) == {"en", "zh-CN"} for g in GROUPS)


def test_an_unknown_group_is_refused():
    import pytest

    with pytest.raises(ValueError, match="unknown group"):
        make_match_scores(5).group("teachers")

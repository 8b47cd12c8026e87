"""The doctests of the upper-primary data sets and pupil models, plus the facts the labs rely on."""

import doctest

import pytest

from aiclass import fairness, keyword_bot, learning_curve, yes_no_tree
from aiclass.datasets import animals, classmates, digits, orchard, phrases

MODULES = [animals, classmates, digits, orchard, phrases, fairness, keyword_bot, learning_curve, yes_no_tree]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_doctests_pass(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_the_grader_never_sees_what_the_apps_show():
    train, test, grader = digits.digit_pair()
    assert not {e.id for e in grader} & {e.id for e in train + test}
    pool, shown = digits.all_digits()
    assert not {e.id for e in digits.grader_digits()} & {e.id for e in pool + shown}
    assert not {a.key for a in animals.GRADER} & {a.key for a in animals.TRAINING + animals.TESTING}
    assert not {p.id for p in phrases.GRADER} & {p.id for p in phrases.TEACHING + phrases.TESTING}


def test_every_phrase_has_both_languages_and_every_intent_a_reply():
    for phrase in phrases.TEACHING + phrases.TESTING + phrases.GRADER:
        assert phrase.en and phrase.zh
    for info in phrases.INTENTS.values():
        assert info["reply_en"] and info["reply_zh-CN"]


def test_one_sided_fruit_is_unfair_and_balanced_fruit_is_fair():
    one_sided = {"red_apple": 6, "green_apple": 0, "lemon": 6}
    assert not fairness.fair(fairness.group_scores(one_sided, orchard.grader_set()))
    assert fairness.fair(fairness.group_scores({"red_apple": 4, "green_apple": 4, "lemon": 4}, orchard.grader_set()))

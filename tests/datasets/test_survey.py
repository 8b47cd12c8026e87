"""The class survey is seeded, plausible, bilingual, and has the pattern the lab's questions rely on."""

import doctest

from aiclass.datasets import survey
from aiclass.datasets.survey import QUESTIONS, make_class_survey


def test_doctests_pass():
    result = doctest.testmod(survey)
    assert result.attempted > 0 and result.failed == 0


def test_the_same_seed_gives_the_same_class_and_another_seed_another():
    assert make_class_survey(lang="en") == make_class_survey(lang="en")
    assert make_class_survey(seed=2, lang="en").sleep != make_class_survey(lang="en").sleep


def test_forty_pupils_known_only_by_seat_with_plausible_answers():
    s = make_class_survey(lang="en")
    assert s.seats == list(range(1, 41))
    for column in (s.sleep, s.sport, s.screen, s.tired, s.subject, s.travel):
        assert len(column) == 40
    assert all(6 <= h <= 10 and h * 2 == int(h * 2) for h in s.sleep)
    assert all(type(h) is float for h in s.sleep)
    assert all(type(m) is int and 0 <= m <= 150 for m in s.sport)
    assert all(type(m) is int and 10 <= m <= 240 for m in s.screen)
    assert set(s.tired) <= {1, 2, 3, 4, 5}
    assert set(s.subject) <= {en for en, _, _ in survey.SUBJECTS.values()}
    assert set(s.travel) <= {en for en, _, _ in survey.TRAVEL.values()}


def test_both_languages_hold_the_same_class_in_their_own_words():
    en, zh = make_class_survey(lang="en"), make_class_survey(lang="zh-CN")
    assert en.sleep == zh.sleep and en.tired == zh.tired
    to_zh = {e: z for e, z, _ in survey.TRAVEL.values()}
    assert [to_zh[way] for way in en.travel] == zh.travel
    assert (
        zh.sleep.question == QUESTIONS["sleep"]["zh-CN"]
        and en.sleep.question == QUESTIONS["sleep"]["en"]
    )


def test_the_facts_the_lab_states_hold_for_seed_1():
    s = make_class_survey(lang="en")
    assert s.sleep[11] == 7.5  # seat 12: bed at 23:00, up at 6:30
    assert sum(1 for h in s.sleep if h >= 9) == 10 and sum(1 for h in s.sleep if h > 9) == 1
    more = [s.tired[i] for i in range(40) if s.sleep[i] >= 9]
    less = [s.tired[i] for i in range(40) if s.sleep[i] < 9]
    assert (
        sum(more) / len(more) < sum(less) / len(less) - 0.5
    )  # pupils who slept more were less tired


def test_the_pattern_is_the_story_not_the_luck_of_one_seed():
    for seed in range(2, 12):
        s = make_class_survey(seed=seed, lang="en")
        short = [s.tired[i] for i in range(40) if s.sleep[i] < 8.5]
        long = [s.tired[i] for i in range(40) if s.sleep[i] >= 8.5]
        assert sum(long) / len(long) < sum(short) / len(short)

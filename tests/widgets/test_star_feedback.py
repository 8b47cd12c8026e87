"""Stars and a face: more right answers never mean fewer stars; all right means all stars."""

from aiclass import set_language
from aiclass.widgets.star_feedback import MAX_STARS, StarFeedback, star_html, stars_for


def test_stars_rise_with_right_answers_and_are_full_only_when_all_are_right():
    counts = [stars_for(right, 10) for right in range(11)]
    assert counts == sorted(counts)
    assert counts[0] == 0 and counts[10] == MAX_STARS
    assert counts[9] < MAX_STARS


def test_show_changes_the_stars_and_the_face():
    feedback = StarFeedback()
    before = feedback.value
    assert feedback.show(5, 5) == MAX_STARS
    assert feedback.value != before
    assert "⭐⭐⭐" in feedback.value and "😊" in feedback.value
    feedback.show(0, 5)
    assert "☆☆☆" in feedback.value and "🤔" in feedback.value


def test_the_kind_words_follow_the_language():
    set_language("zh-CN")
    assert "太棒了" in star_html(3)
    set_language("en")
    assert "Super" in star_html(3)


def test_say_keeps_the_stars_and_changes_the_words():
    feedback = StarFeedback()
    feedback.show(2, 2)
    feedback.say("Try the other box")
    assert "Try the other box" in feedback.value and "⭐⭐⭐" in feedback.value

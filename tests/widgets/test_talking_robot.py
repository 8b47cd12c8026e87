"""The talking robot acts on words it knows, names the ones it does not, and can learn them."""

import pytest

from aiclass import set_language
from aiclass.widgets.talking_robot import TalkingRobot, understand
from aiclass.widgets.work import PupilWork


@pytest.fixture
def robot(tmp_path):
    return TalkingRobot(PupilWork("test-robot", tmp_path))


def say(robot, *words):
    for word in words:
        robot.words.add(word)
    robot.words.say_button.click()
    robot.words.clear()
    return robot.last


def test_a_known_action_changes_the_picture_and_the_reply(robot):
    picture, reply = robot.picture.value, robot.reply.value
    meaning = say(robot, "robot", "please", "jump")
    assert meaning["pose"] == "jump" and meaning["unknown"] == []
    assert robot.picture.value != picture and robot.reply.value != reply
    assert "I will jump" in robot.reply.value


def test_an_unknown_word_is_named_kindly_and_can_be_taught(robot):
    meaning = say(robot, "not", "jump")
    assert meaning["pose"] == "jump"  # it skips "don't" until it learns it
    assert "“don't”" in robot.reply.value
    [teach] = robot.teach_row.children
    teach.click()
    assert "not" in robot.known and robot.teach_row.children == ()
    assert say(robot, "not", "jump")["pose"] == "stand"
    assert "will not jump" in robot.reply.value


def test_a_sentence_of_only_unknown_words_leaves_it_puzzled(robot):
    assert say(robot, "sing")["pose"] == "puzzled"
    assert "don't know" in robot.reply.value


def test_an_empty_sentence_asks_for_words(robot):
    robot.words.say_button.click()
    assert "Tap some words" in robot.reply.value


def test_colours_stick_and_taught_words_are_saved(robot, tmp_path):
    blank = robot.picture.value
    say(robot, "blue")
    assert robot.picture.value != blank
    robot.teach("sing")
    again = TalkingRobot(PupilWork("test-robot", tmp_path))
    assert "sing" in again.known


def test_understand_is_the_same_in_both_languages():
    set_language("zh-CN")
    assert understand(["hello", "dance"], {"hello", "dance"})["pose"] == "dance"

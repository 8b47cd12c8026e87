"""The robot learns: each label retrains it and redraws its quiz; more good examples, more ✔."""

from pathlib import Path

import pytest

from aiclass.datasets import fruit
from aiclass.widgets.robot_learns import RobotLearns, load_examples
from aiclass.widgets.work import PupilWork

DATA = (
    Path(__file__).resolve().parents[2]
    / "labs/primary-lower/primary-lower-robot-learns/data/fruit.yaml"
)


@pytest.fixture
def robot(tmp_path):
    teach, quiz = load_examples(DATA)
    return RobotLearns(
        teach, quiz, fruit.CLASSES, fruit.draw_fruit, PupilWork("test-learns", tmp_path)
    )


def test_the_robot_cannot_guess_until_it_has_seen_both_kinds(robot):
    assert robot.robot_guesses() is None
    robot.label(robot.current.truth)
    assert robot.robot_guesses() is None
    assert robot.history == [0]


def test_every_label_redraws_the_quiz_and_the_bars(robot):
    quiz, bars = robot.quiz_picture.value, robot.growth.value
    robot.buttons[0].click()  # apple
    robot.buttons[1].click()  # lemon
    assert robot.quiz_picture.value != quiz and robot.growth.value != bars
    assert robot.robot_guesses() is not None


def test_more_right_examples_bring_more_right_guesses_and_stars(robot):
    while robot.current is not None:
        robot.label(robot.current.truth)
    assert robot.history[1] < robot.history[-1] == len(robot.quiz)
    assert robot.stars.stars == 3
    assert all(button.disabled for button in robot.buttons)


def test_wrong_teaching_makes_a_worse_robot(robot):
    while robot.current is not None:
        truth = robot.current.truth
        robot.label("lemon" if truth == "apple" else "apple")
    assert robot.history[-1] < len(robot.quiz) // 2


def test_labels_are_saved_and_the_history_replayed(robot, tmp_path):
    for _ in range(4):
        robot.label(robot.current.truth)
    teach, quiz = load_examples(DATA)
    again = RobotLearns(
        teach, quiz, fruit.CLASSES, fruit.draw_fruit, PupilWork("test-learns", tmp_path)
    )
    assert again.history == robot.history and len(again.labels) == 4
    again.start_again()
    assert again.labels == {} and again.history == []

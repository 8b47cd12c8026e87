"""Labelling with big buttons: each press saves, undo and start again work, the picture changes."""

from __future__ import annotations

from aiclass.datasets import fruit
from aiclass.widgets import LabellingBoard, PupilWork, TrainAndTest


def make_board(folder):
    work = PupilWork("demo", folder)
    return LabellingBoard(fruit.make_fruit(6, seed=7), fruit.CLASSES, fruit.draw_fruit, work), work


def test_pressing_a_button_labels_the_current_fruit_and_shows_the_next(tmp_path):
    board, work = make_board(tmp_path)
    first, picture = board.current, board.picture.value
    board.buttons[1].click()  # lemon
    assert work.get("labels") == {str(first.id): "lemon"}
    assert board.current != first and board.picture.value != picture


def test_undo_and_start_again(tmp_path):
    board, work = make_board(tmp_path)
    board.buttons[0].click()
    board.buttons[1].click()
    board.undo()
    assert len(work.get("labels")) == 1
    board.start_again()
    assert work.get("labels") == {}


def test_a_reopened_app_remembers_the_labels(tmp_path):
    board, _ = make_board(tmp_path)
    for example in board.examples[:3]:
        board.label_current(example.truth)
    again, _ = make_board(tmp_path)
    assert again.labels == board.labels and again.current == board.examples[3]


def test_when_all_are_labelled_the_buttons_rest(tmp_path):
    board, _ = make_board(tmp_path)
    for example in board.examples:
        board.label_current(example.truth)
    assert board.current is None and all(button.disabled for button in board.buttons)


def test_training_shows_the_score_and_saves_it(tmp_path):
    board, work = make_board(tmp_path)
    tester = TrainAndTest(board, fruit.make_fruit(8, seed=8), fruit.draw_fruit, work)
    assert tester.train() is None  # nothing labelled yet: a kind hint instead of a crash
    for example in board.examples:
        board.label_current(example.truth)
    accuracy = tester.train()
    assert 0.5 < accuracy <= 1
    assert work.get("tested")["total"] == 8 and tester.map.value and tester.results.value

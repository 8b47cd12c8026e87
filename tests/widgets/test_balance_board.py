"""The balance board: + and − change the basket picture; training shows who is treated unfairly."""

from aiclass.widgets.balance_board import ONE_SIDED, BalanceBoard
from aiclass.widgets.work import PupilWork


def make(tmp_path):
    return BalanceBoard(PupilWork("lab", tmp_path))


def test_it_starts_one_sided_and_the_model_fails_green_apples(tmp_path):
    board = make(tmp_path)
    assert board.counts == ONE_SIDED
    scores = board.train()
    assert scores["green_apple"] == 0 and scores["red_apple"] == 1
    assert "✘" in board.score.value and board.results.value[:4] == b"\x89PNG"


def test_adding_green_apples_changes_the_basket_and_makes_it_fair(tmp_path):
    board = make(tmp_path)
    before = board.basket.value
    for _ in range(5):
        board.change("green_apple", +1)
    assert board.basket.value != before
    assert "5" in board.numbers["green_apple"].value
    assert min(board.train().values()) >= 0.8
    saved = PupilWork("lab", tmp_path)
    assert saved.get("counts")["green_apple"] == 5 and len(saved.get("trials")) == 1


def test_counts_stay_between_zero_and_ten_and_come_back(tmp_path):
    board = make(tmp_path)
    board.change("green_apple", -1)
    for _ in range(12):
        board.change("lemon", +1)
    assert board.counts["green_apple"] == 0 and board.counts["lemon"] == 10
    assert make(tmp_path).counts["lemon"] == 10


def test_a_basket_with_no_lemon_asks_for_both(tmp_path):
    board = make(tmp_path)
    for _ in range(6):
        board.change("lemon", -1)
    assert board.train() is None
    assert "lemon" in board.score.value.lower()

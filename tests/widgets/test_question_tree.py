"""The question tree: 👍/👎 walk down the tree, the path lights up, a right guess wins a star."""

import pytest

from aiclass.widgets.card_sorter import Card
from aiclass.widgets.question_tree import NO, YES, Question, QuestionTree, depth
from aiclass.widgets.work import PupilWork

TREE = {
    "question": "alive",
    "if_yes": {"question": "fly", "if_yes": "bee", "if_no": "crab"},
    "if_no": "taxi",
}
CARDS = [
    Card("bee", "🐝", "bee", ""),
    Card("crab", "🦀", "crab", ""),
    Card("taxi", "🚕", "taxi", ""),
]
QUESTIONS = {"alive": Question("🌱", "Is it living?"), "fly": Question("✈️", "Can it fly?")}


@pytest.fixture
def tree(tmp_path):
    return QuestionTree(TREE, QUESTIONS, CARDS, PupilWork("test-tree", tmp_path))


def test_answers_walk_down_to_a_guess_and_light_the_path(tree):
    assert "Is it living?" in tree.ask.value
    picture = tree.picture.value
    tree.yes.click()
    assert "Can it fly?" in tree.ask.value and tree.picture.value != picture
    tree.no.click()
    assert tree.node == "crab" and "🦀" in tree.ask.value
    assert tree.path == [YES, NO]
    assert tree.picture.value.count("5px solid #000") == 1  # one node is "you are here"


def test_a_right_guess_wins_a_star_and_is_saved(tree, tmp_path):
    tree.answer(NO)
    tree.right.click()
    assert tree.stars.stars == 1 and tree.right_guesses == 1
    again = QuestionTree(TREE, QUESTIONS, CARDS, PupilWork("test-tree", tmp_path))
    assert again.games == [{"path": [NO], "guess": "taxi", "right": True}]


def test_a_wrong_guess_wins_no_star_and_play_again_starts_at_the_top(tree):
    tree.answer(YES)
    tree.answer(YES)
    tree.wrong.click()
    assert tree.stars.stars == 0
    tree.again.click()
    assert tree.path == [] and "Is it living?" in tree.ask.value


def test_depth_counts_questions():
    assert depth(TREE) == 2 and depth("taxi") == 0

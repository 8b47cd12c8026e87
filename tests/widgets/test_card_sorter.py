"""The card sorter: tap a card, tap a box; right moves are kept with a ✔, wrong ones get a hint."""

import pytest

from aiclass import set_language
from aiclass.widgets.card_sorter import Card, CardSorter, load_cards
from aiclass.widgets.work import PupilWork

CARDS = [
    Card("sun", "☀️", "sun", "hot", "It shines."),
    Card("ice", "🧊", "ice", "cold"),
    Card("fire", "🔥", "fire", "hot"),
]
BOXES = {"hot": "🔥 hot", "cold": "❄️ cold"}


@pytest.fixture
def sorter(tmp_path):
    return CardSorter(CARDS, BOXES, PupilWork("test-cards", tmp_path))


def test_tap_a_card_then_the_right_box_moves_it_there(sorter):
    sorter.card_buttons["ice"].click()
    assert "👉" in sorter.card_buttons["ice"].description
    sorter.box_buttons["cold"].click()
    assert sorter.placed == {"ice": "cold"}
    assert sorter.card_buttons["ice"] not in sorter.pile.children
    assert "✔ 🧊 ice" in sorter.box_contents["cold"].value
    assert sorter.stars.stars >= 1


def test_a_wrong_box_keeps_the_card_out_and_gives_its_hint(sorter):
    sorter.choose("sun")
    assert sorter.drop("cold") is False
    assert "sun" not in sorter.placed
    assert "It shines." in sorter.message.value
    assert sorter.chosen == "sun"  # still in hand: try the other box
    assert sorter.drop("hot") is True


def test_a_box_with_no_card_chosen_asks_for_a_card(sorter):
    assert sorter.drop("hot") is False
    assert "card" in sorter.message.value


def test_stars_at_the_end_count_first_tries(sorter):
    for card in CARDS:
        sorter.choose(card.id)
        if card.id == "fire":
            sorter.drop("cold")
        sorter.drop(card.box)
    assert sorter.done
    assert sorter.first_try_right == 2
    assert sorter.stars.stars == 2
    sorter.start_again()
    assert sorter.placed == {} and len(sorter.pile.children) == 3


def test_work_is_saved_and_restored(sorter, tmp_path):
    sorter.choose("ice")
    sorter.drop("cold")
    again = CardSorter(CARDS, BOXES, PupilWork("test-cards", tmp_path))
    assert again.placed == {"ice": "cold"}


def test_cards_load_from_a_deck_with_words_in_the_pupils_language(tmp_path):
    deck = tmp_path / "cards.yaml"
    deck.write_text("- {id: bee, emoji: '🐝', colour: yellow, alive: living}\n", encoding="utf-8")
    set_language("zh-CN")
    [card] = load_cards(deck, "primary-lower-sort-by-feature", rule="alive")
    assert (card.name, card.box) == ("蜜蜂", "living")
    assert card.hint.startswith("看看")

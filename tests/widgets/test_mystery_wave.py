"""The mystery-wave game: the right sound wins a star, a wrong one a hint and a picture to compare."""

import pytest

from aiclass.datasets.sounds import SOUNDS
from aiclass.widgets.mystery_wave import ROUNDS, MysteryWave, game_order
from aiclass.widgets.sound_board import SILENCE
from aiclass.widgets.work import PupilWork


@pytest.fixture
def game(tmp_path):
    return MysteryWave(PupilWork("test-mystery", tmp_path))


def a_wrong_answer(game):
    return next(name for name in SOUNDS if name != game.truth)


def test_each_game_asks_every_sound_once_in_a_fixed_order():
    assert sorted(game_order(0)) == sorted(SOUNDS)
    assert game_order(0) == game_order(0)
    assert any(game_order(0) != game_order(g) for g in range(1, 4))


def test_no_sound_before_the_answer_and_only_the_right_sound_is_right(game):
    assert game.player.value == SILENCE and game.player.layout.display == "none"
    assert game.answer(a_wrong_answer(game)) is False
    assert game.player.value == SILENCE
    assert game.answer(game.truth) is True
    assert game.player.value != SILENCE and game.player.layout.display is None
    assert game.player.autoplay  # the pupil hears the sound they found
    game.next_round()
    assert game.player.value == SILENCE and not game.player.autoplay


def test_right_first_time_gives_a_star_and_a_smile(game):
    before = game.picture.value
    game.buttons[game.truth].click()
    assert game.star_count == 1 and game.stars.stars == 1
    assert game.picture.value != before
    assert "Yes!" in game.stars.value
    assert all(button.disabled for button in game.buttons.values())
    assert game.next.layout.display is None


def test_a_wrong_tap_gives_a_hint_and_shows_the_tapped_wave_but_no_star(game):
    before = game.picture.value
    wrong = a_wrong_answer(game)
    game.buttons[wrong].click()
    assert game.picture.value != before
    assert "Look:" in game.stars.value and game.star_count == 0
    assert game.next.layout.display == "none"  # the round goes on
    game.buttons[game.truth].click()
    assert game.star_count == 0 and "You found it" in game.stars.value


def test_five_rounds_then_play_again_with_a_new_order(game, tmp_path):
    first = list(game.order)
    for n in range(ROUNDS):
        game.answer(game.truth if n != 2 else a_wrong_answer(game))
        game.answer(game.truth)
        game.next_round()
    assert game.finished and game.star_count == ROUNDS - 1
    assert game.again.layout.display is None and game.next.layout.display == "none"
    saved = PupilWork("test-mystery", tmp_path).get("games")
    assert saved[0]["stars"] == ROUNDS - 1 and saved[0]["order"] == first
    assert len(saved[0]["guesses"][2]) == 2
    game.again.click()
    assert game.round == 0 and game.star_count == 0 and game.order != first


def test_next_waits_for_the_right_answer(game):
    game.next_round()
    assert game.round == 0
    game.answer(game.truth)
    game.next.click()
    assert game.round == 1

"""The sound board: a tap shows a new wave and plays it; louder buttons make taller waves."""

import io
import wave

import numpy as np
import pytest

from aiclass import set_language
from aiclass.datasets.sounds import loudest, make_sound
from aiclass.widgets.sound_board import LoudnessDial, SoundBoard, close_numbers
from aiclass.widgets.work import PupilWork


@pytest.fixture
def work(tmp_path):
    return PupilWork("test-sounds", tmp_path)


def frames(wav: bytes) -> np.ndarray:
    with wave.open(io.BytesIO(wav), "rb") as file:
        return np.frombuffer(file.readframes(file.getnframes()), dtype="<i2")


def test_a_tap_shows_the_new_wave_and_gives_the_player_its_sound(work):
    board = SoundBoard(work)
    picture, sound = board.picture.value, board.player.value
    assert not board.player.autoplay  # nothing plays before the pupil taps
    board.buttons["drum"].click()
    assert board.name == "drum" and board.picture.value != picture
    assert board.player.value != sound and board.player.autoplay and not board.player.loop
    assert np.allclose(frames(board.player.value) / 32767, board.sound, atol=1e-4)


def test_tapping_the_same_sound_again_makes_a_new_take(work):
    board = SoundBoard(work)
    board.hear("clap")
    first = board.picture.value
    board.hear("clap")
    assert board.picture.value != first and board.takes["clap"] == 2


def test_looking_closer_shows_dots_and_their_numbers(work):
    board = SoundBoard(work)
    whole = board.picture.value
    assert board.numbers.value == ""
    board.zoom.click()
    assert board.picture.value != whole
    shown = close_numbers(board.sound)
    assert all(-100 <= n <= 100 for n in shown)
    assert ", ".join(map(str, shown[:5])) in board.numbers.value
    board.zoom.click()
    assert board.picture.value == whole and board.numbers.value == ""


def test_the_sounds_heard_are_saved_once_each(work, tmp_path):
    board = SoundBoard(work)
    for name in ("bird", "shh", "bird"):
        board.hear(name)
    assert PupilWork("test-sounds", tmp_path).get("heard") == ["bird", "shh"]


def test_louder_button_gives_a_taller_wave_and_a_new_picture(work, tmp_path):
    dial = LoudnessDial(work, "drum")
    pictures, peaks = {}, {}
    for level in ("quiet", "medium", "loud"):
        dial.buttons[level].click()
        pictures[level] = dial.picture.value
        peaks[level] = np.abs(frames(dial.player.value)).max()
        assert dial.buttons[level].description.startswith("👉")
    assert len(set(pictures.values())) == 3
    assert peaks["quiet"] < peaks["medium"] < peaks["loud"]
    assert peaks["loud"] / 32767 == pytest.approx(loudest(make_sound("drum")), abs=1e-3)
    assert sum(b.description.startswith("👉") for b in dial.buttons.values()) == 1
    assert PupilWork("test-sounds", tmp_path).get("loudness_tried") == ["quiet", "medium", "loud"]


def test_the_buttons_speak_the_pupils_language(work):
    set_language("zh-CN")
    assert "拍手" in SoundBoard(work).buttons["clap"].description
    set_language("en")
    assert "Clap" in SoundBoard(work).buttons["clap"].description

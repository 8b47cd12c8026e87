"""Synthesized sounds: fixed seeds, each sound its own shape, loudness scales the wave, WAVs parse."""

import doctest
import io
import wave

import numpy as np
import pytest

from aiclass.datasets import sounds
from aiclass.datasets.sounds import (
    LOUDNESS,
    RATE,
    SECONDS,
    SOUNDS,
    loudest,
    make_sound,
    wav_bytes,
)


@pytest.mark.parametrize("name", SOUNDS)
def test_every_sound_is_one_second_of_numbers_between_minus_one_and_one(name):
    sound = make_sound(name)
    assert sound.shape == (int(RATE * SECONDS),)
    assert np.all(np.abs(sound) <= 1.0)
    assert loudest(sound) > 0.05


@pytest.mark.parametrize("name", SOUNDS)
def test_the_same_seed_gives_the_same_sound_and_a_new_take_a_different_one(name):
    assert np.array_equal(make_sound(name, take=3), make_sound(name, take=3))
    assert not np.array_equal(make_sound(name, take=3), make_sound(name, take=4))


@pytest.mark.parametrize("name", SOUNDS)
def test_louder_gives_a_taller_wave(name):
    peaks = [loudest(make_sound(name, loudness=v)) for v in sorted(LOUDNESS.values())]
    assert peaks == sorted(peaks) and peaks[0] < peaks[-1] / 3


def test_a_whisper_is_quieter_than_a_shout_and_a_clap_is_shorter_than_a_shout():
    assert loudest(make_sound("shh")) < loudest(make_sound("shout")) / 3

    def busy(sound):  # how much of the second the sound fills
        return np.mean(np.abs(sound) > 0.05 * loudest(sound))

    assert busy(make_sound("clap")) < busy(make_sound("shout")) / 5


def test_the_bird_is_higher_than_the_drum():
    def crossings(sound):  # a high note wiggles across zero more often
        return np.count_nonzero(np.diff(np.sign(sound[np.abs(sound) > 0.05])))

    assert crossings(make_sound("bird")) > 10 * crossings(make_sound("drum"))


@pytest.mark.parametrize("name", SOUNDS)
def test_wav_bytes_parse_back_with_the_same_numbers_and_are_never_made_louder(name):
    sound = make_sound(name, loudness=LOUDNESS["quiet"])
    with wave.open(io.BytesIO(wav_bytes(sound)), "rb") as file:
        assert (file.getnchannels(), file.getsampwidth(), file.getframerate()) == (1, 2, RATE)
        samples = np.frombuffer(file.readframes(file.getnframes()), dtype="<i2")
    assert samples.size == sound.size
    assert np.allclose(samples / 32767, sound, atol=1e-4)


def test_an_unknown_sound_is_refused():
    with pytest.raises(ValueError, match="unknown sound"):
        make_sound("trumpet")


def test_the_docstring_examples_hold():
    result = doctest.testmod(sounds)
    assert result.attempted > 0 and result.failed == 0

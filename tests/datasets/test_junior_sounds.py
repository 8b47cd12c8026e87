"""The junior lab's sounds: fixed seeds, each kind its own pitch and shape, fair and separate sets."""

from __future__ import annotations

import doctest

import numpy as np
import pytest

from aiclass.datasets import junior_sounds
from aiclass.datasets.junior_sounds import KINDS, LENGTH, PER_KIND, RATE, make_take, sound_sets


def _peak_hz(sound: np.ndarray) -> float:
    strength = np.abs(np.fft.rfft(sound))
    return float(np.argmax(strength) * RATE / len(sound))


def test_docstring_examples():
    result = doctest.testmod(junior_sounds)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("kind", KINDS)
def test_every_take_is_one_second_of_numbers_between_minus_one_and_one(kind):
    for take in range(5):
        sound = make_take(kind, take)
        assert sound.shape == (LENGTH,) and LENGTH == RATE
        assert sound.dtype == np.float32 and np.all(np.abs(sound) <= 1)
        assert np.abs(sound).max() > 0.1


@pytest.mark.parametrize("kind", KINDS)
def test_the_same_seed_gives_the_same_sound_and_another_take_or_seed_another(kind):
    assert np.array_equal(make_take(kind, 3), make_take(kind, 3))
    assert not np.array_equal(make_take(kind, 3), make_take(kind, 4))
    assert not np.array_equal(make_take(kind, 3), make_take(kind, 3, seed=1))


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="whistle"):
        make_take("drum", 0)


def test_each_kind_sits_where_its_story_says():
    for take in range(20):
        assert 100 <= _peak_hz(make_take("hum", take)) <= 330
        assert 850 <= _peak_hz(make_take("whistle", take)) <= 3450
        assert 1850 <= _peak_hz(make_take("bird", take)) <= 4000


def test_a_clap_spreads_over_every_pitch_and_a_whistle_does_not():
    def share_near_peak(sound, hz):  # the share of all strength within hz of the strongest pitch
        strength = np.abs(np.fft.rfft(sound))
        peak = int(np.argmax(strength))
        return strength[max(0, peak - hz) : peak + hz].sum() / strength.sum()

    for take in range(10):  # a whistle may slide by up to 500 Hz, a clap is spread over 4000
        assert share_near_peak(make_take("clap", take), 600) < 0.4
        assert share_near_peak(make_take("whistle", take), 600) > 0.6


def test_takes_differ_in_loudness_and_pitch():
    loudness = [np.abs(make_take("whistle", take)).max() for take in range(30)]
    pitches = [_peak_hz(make_take("whistle", take)) for take in range(30)]
    assert max(loudness) > 2 * min(loudness)
    assert max(pitches) - min(pitches) > 1000


def test_the_sets_are_fair_separate_and_fixed():
    sets = sound_sets()
    parts = {"train": sets.train, "validation": sets.validation, "test": sets.test}
    for name, part in parts.items():
        assert len(part) == len(part.kinds) == PER_KIND[name] * len(KINDS)
        assert all(part.kinds.count(kind) == PER_KIND[name] for kind in KINDS)
        assert len(set(part.kinds[:8])) > 1  # shuffled, not one kind after another
    seen = {sound.tobytes() for part in parts.values() for sound in part.sounds}
    assert len(seen) == sum(len(part) for part in parts.values())  # no sound in two sets
    again = sound_sets()
    assert all(
        np.array_equal(a, b) for a, b in zip(again.test.sounds, sets.test.sounds, strict=True)
    )
    assert again.test.kinds == sets.test.kinds

"""The hearing lab's helpers: the spectrum, the width, the features and pictures in both languages."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest

from aiclass import set_language
from aiclass.datasets.junior_sounds import KINDS, make_take
from aiclass.i18n import catalog
from aiclass.perception import hearing
from aiclass.perception.hearing import (
    LAB,
    RATE,
    example_sounds,
    kind_name,
    mystery_sound,
    sound_features,
    spectrum,
    wave_numbers,
    width,
)


def _tone(hz: float, height: float = 1.0) -> np.ndarray:
    return height * np.sin(2 * np.pi * hz * np.arange(RATE) / RATE)


def _numpy_peak(freqs, strengths):
    return freqs[int(np.argmax(strengths))]


def test_docstring_examples():
    set_language("en")
    result = doctest.testmod(hearing)
    assert result.attempted > 0 and result.failed == 0


def test_a_pure_tone_has_one_bar_of_strength_one_at_its_frequency():
    freqs, strengths = spectrum(_tone(440))
    assert len(freqs) == len(strengths) == 400
    assert _numpy_peak(freqs, strengths) == 440
    assert strengths[44] == pytest.approx(1.0, abs=1e-6)
    assert sum(strengths) == pytest.approx(1.0, abs=1e-3)
    assert width(strengths) == 1


def test_a_tone_half_as_tall_is_half_as_strong_and_two_tones_give_two_peaks():
    _, strengths = spectrum(_tone(1000, 0.5) + _tone(250, 0.3))
    assert strengths[100] == pytest.approx(0.5, abs=1e-6)
    assert strengths[25] == pytest.approx(0.3, abs=1e-6)
    assert width(strengths) == 2


def test_width_counts_bars_at_least_half_as_tall_as_the_tallest():
    assert width([0.1, 1.0, 0.5, 0.49]) == 2
    assert width([0.0, 0.0]) == 0
    _, noise = spectrum(np.random.default_rng(0).normal(0, 0.3, RATE))
    assert width(noise) > 100


def test_features_use_the_function_they_are_given():
    sounds = [_tone(300), _tone(1200)]
    assert sound_features(sounds, _numpy_peak) == [[300.0, 1.0], [1200.0, 1.0]]
    assert sound_features(sounds, lambda freqs, strengths: 7) == [[7.0, 1.0], [7.0, 1.0]]


def test_examples_and_the_mystery_are_clear_sounds_of_their_kind():
    sounds = example_sounds()
    assert list(sounds) == list(KINDS)
    assert width(spectrum(sounds["whistle"])[1]) <= 5
    assert width(spectrum(sounds["clap"])[1]) > 100
    assert _numpy_peak(*spectrum(sounds["hum"])) < 330
    freqs, strengths = spectrum(mystery_sound())
    assert width(strengths) <= 3 and 900 <= _numpy_peak(freqs, strengths) <= 2900


def test_wave_numbers_is_a_plain_list_of_the_same_numbers():
    sound = make_take("bird", 0)
    numbers = wave_numbers(sound)
    assert isinstance(numbers, list) and type(numbers[0]) is float
    assert np.allclose(numbers, sound)


def test_a_tree_on_the_two_features_tells_the_kinds_apart_better_than_frequency_alone():
    from sklearn.tree import DecisionTreeClassifier

    from aiclass.datasets.junior_sounds import sound_sets

    sets = sound_sets()
    X_train = sound_features(sets.train.sounds, _numpy_peak)
    X_val = sound_features(sets.validation.sounds, _numpy_peak)
    both = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X_train, sets.train.kinds)
    alone = DecisionTreeClassifier(max_depth=3, random_state=0).fit(
        [r[:1] for r in X_train], sets.train.kinds
    )
    assert both.score(X_val, sets.validation.kinds) >= 0.8
    assert (
        alone.score([r[:1] for r in X_val], sets.validation.kinds)
        < both.score(X_val, sets.validation.kinds) - 0.15
    )


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_picture_draws_and_speaks_the_learners_language(lang, capsys):
    set_language(lang)
    sounds = example_sounds()
    figures = [
        hearing.show_wave(sounds["whistle"], start=0.5, length=0.01),
        hearing.show_wave(sounds["clap"]),
        hearing.show_close_up({"hum": sounds["hum"], "whistle": sounds["whistle"]}),
        hearing.show_spectrum(sounds["bird"], title="?"),
        hearing.show_sounds(sounds),
        hearing.show_features([[100, 1], [2000, 3], [1500, 200], [3000, 50]], list(KINDS)),
        hearing.show_depth_scores([1, 2, 3], [0.5, 0.8, 0.9]),
        hearing.show_kind_confusion(["clap", "bird"], ["clap", "whistle"]),
    ]
    assert figures[3].axes[0].get_xlabel() == catalog(lang)[f"{LAB}.frequency"]
    assert figures[7].axes[0].get_xticklabels()[0].get_text() == kind_name("whistle")
    wrong = hearing.listen_to_mistakes(
        list(sounds.values()), list(KINDS), ["whistle", "hum", "bird", "bird"]
    )
    assert wrong == 1
    printed = capsys.readouterr().out
    assert kind_name("clap") in printed and kind_name("bird") in printed
    plt.close("all")


def test_kind_names_are_translated():
    set_language("zh-CN")
    assert [kind_name(k) for k in KINDS] == ["口哨", "哼歌", "拍手", "鸟叫"]
    set_language("en")
    assert kind_name("bird") == "bird"


def test_every_message_the_helpers_use_exists_in_both_languages():
    source = Path(hearing.__file__).read_text(encoding="utf-8")
    keys = set(re.findall(r'(?:_w|say)\(\s*"([a-z_]+)"', source)) | {f"kind_{k}" for k in KINDS}
    assert {"frequency", "mistakes_count", "true_to_guess"} <= keys
    for lang in ("en", "zh-CN"):
        missing = [key for key in keys if f"{LAB}.{key}" not in catalog(lang)]
        assert not missing, f"{lang}: {missing}"

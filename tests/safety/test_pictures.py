"""The safety labs' pictures and tables draw in both languages and line up Chinese text."""

import doctest
import unicodedata

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.i18n import t  # noqa: E402
from aiclass.safety import pictures  # noqa: E402
from aiclass.safety.adversarial import HookExample  # noqa: E402
from aiclass.safety.poisoning import Hook  # noqa: E402


def _width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_doctests_pass():
    set_language("en")
    result = doctest.testmod(pictures)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_tables_use_the_learners_language_and_line_up(lang):
    set_language(lang)
    text = pictures.poisoning_table({"clean": (1000, 0.978, 0.002), "defended": (949, 0.964, 0.0)})
    lines = text.splitlines()
    assert (
        t("senior-data-poisoning.row_defended") in text
        and t("senior-data-poisoning.col_attack") in lines[0]
    )
    assert "0.964" in text and "949" in text
    bars = [[i for i, _ in enumerate(line) if line[i] == "|"] for line in lines if "|" in line]
    columns = [
        [_width(line[:i]) for i in positions]
        for line, positions in zip([line for line in lines if "|" in line], bars, strict=True)
    ]
    assert all(c == columns[0] for c in columns)
    table = pictures.robustness_table(
        {"standard": (0.98, 0.09, 0.05), "mine": (0.98, 0.6, 0.5)}, 0.15
    )
    assert (
        t("senior-adversarial-examples.row_standard") in table
        and "mine" in table
        and "0.150" not in table
    )
    assert "0.15" in table.splitlines()[0]


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_picture_draws_with_labels_in_the_learners_language(lang):
    set_language(lang)
    rng = np.random.default_rng(0)
    digits = rng.random((6, 64))
    labels = np.arange(6)
    figures = [
        pictures.show_digits(digits, labels),
        pictures.show_trigger(digits[0], digits[1]),
        pictures.show_flip_curve([0, 0.5], [0.98, 0.7]),
        pictures.show_vote(digits[0], 7, digits, labels, k=3),
        pictures.show_flagged(digits, labels, labels % 2 == 0),
        pictures.show_before_after({"clean": (10, 0.9, 0.1), "poisoned": (10, 0.8, 0.95)}),
        pictures.show_hook(Hook(None, None, 0.978, 0.976, digits, labels, labels, labels)),
        pictures.show_epsilon_curve([0, 0.1], {"fgsm": [0.9, 0.3], "noise": [0.9, 0.85]}),
        pictures.show_attacks(digits[:2], digits[2:4], [1, 2], [3, 4], 0.15),
        pictures.show_hook_attack(HookExample(digits[0], digits[1], 5, 5, 0.99, 7, 0.9, 0.15)),
    ]
    words = []
    for fig in figures:
        for ax in fig.axes:
            words += [ax.get_xlabel(), ax.get_ylabel(), ax.get_title()]
            words += [tick.get_text() for tick in ax.get_xticklabels()]
            legend = ax.get_legend()
            if legend:
                words += [text.get_text() for text in legend.get_texts()]
        words += [text.get_text() for text in fig.texts]
        plt.close(fig)
    expected = [
        t("senior-data-poisoning.pic_flip_x"),
        t("senior-data-poisoning.pic_label", label=7),
        t("senior-data-poisoning.col_attack"),
        t("senior-data-poisoning.row_poisoned"),
        t("senior-adversarial-examples.row_noise"),
        t("senior-adversarial-examples.pic_reads", digit=7, sure=90),
        t("senior-adversarial-examples.pic_adversarial"),
    ]
    for word in expected:
        assert any(word in found for found in words), word
    assert any(t("senior-data-poisoning.pic_poisoned") in w for w in words)


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_curves_name_the_digits_they_were_measured_on_and_the_attack(lang):
    set_language(lang)
    explore = pictures.show_epsilon_curve([0, 0.1], {"fgsm": [0.9, 0.3]}, on="val")
    final = pictures.show_epsilon_curve(
        [0, 0.1], {"adversarial": [0.9, 0.6]}, on="test", attack="pgd"
    )
    flips = pictures.show_flip_curve([0, 0.5], [0.97, 0.78])
    assert explore.axes[0].get_ylabel() == t("senior-adversarial-examples.pic_val_accuracy")
    assert explore.axes[0].get_title() == ""
    assert final.axes[0].get_ylabel() == t("senior-adversarial-examples.pic_test_accuracy")
    assert final.axes[0].get_title() == t("senior-adversarial-examples.pic_title_pgd")
    assert flips.axes[0].get_ylabel() == t("senior-data-poisoning.pic_val_accuracy")
    for fig in (explore, final, flips):
        plt.close(fig)

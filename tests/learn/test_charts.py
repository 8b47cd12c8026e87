"""The beginner's charts count correctly, label themselves, and pair every colour with a pattern."""

import doctest

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.datasets.survey import make_class_survey  # noqa: E402
from aiclass.learn import charts  # noqa: E402
from aiclass.learn.charts import bar_figure, count_chart, count_figure, dot_figure  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_doctests_pass():
    result = doctest.testmod(charts)
    assert result.attempted > 0 and result.failed == 0


def test_count_figure_counts_each_answer_and_sorts_numbers():
    fig = count_figure([9.0, 7.5, 9.0, 8.0, 9.0])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["7.5", "8", "9"]
    assert [p.get_height() for p in ax.patches] == [1, 1, 3]


def test_words_are_sorted_from_most_to_least_common():
    fig = count_figure(["bus", "walk", "walk", "bike", "walk", "bus"])
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["walk", "bus", "bike"]


def test_marked_bars_differ_by_hatch_as_well_as_colour():
    fig = count_figure([7.0, 9.0, 9.5], mark_from=9)
    bars = fig.axes[0].patches[:3]
    assert [bool(b.get_hatch()) for b in bars] == [False, True, True]
    assert bars[0].get_facecolor() != bars[1].get_facecolor()
    assert len(fig.axes[0].get_legend().get_texts()) == 2


def test_axis_words_come_from_the_question_in_the_learners_language():
    set_language("zh-CN")
    s = make_class_survey()
    ax = count_figure(s.sleep).axes[0]
    assert ax.get_xlabel() == "昨晚睡眠时间（小时）" and ax.get_ylabel() == "人数"
    set_language("en")
    ax = dot_figure(make_class_survey().sleep, make_class_survey().tired).axes[0]
    assert ax.get_xlabel() == "hours of sleep last night"


def test_bar_figure_draws_one_bar_per_value_with_its_value_written():
    fig = bar_figure(["9 h or more", "less than 9 h"], [2.1, 3.1333])
    ax = fig.axes[0]
    assert [round(p.get_height(), 4) for p in ax.patches] == [2.1, 3.1333]
    assert {t.get_text() for t in ax.texts} == {"2.1", "3.13"}
    assert ax.patches[0].get_hatch() != ax.patches[1].get_hatch()


def test_mismatched_lengths_are_explained():
    with pytest.raises(ValueError, match="2 labels but 3 values"):
        bar_figure(["a", "b"], [1, 2, 3])
    with pytest.raises(ValueError, match="one y per x"):
        dot_figure([1, 2], [1])


def test_dot_figure_makes_shared_pairs_bigger_and_counts_them():
    fig = dot_figure([8, 8, 8, 9], [3, 3, 3, 1])
    ax = fig.axes[0]
    sizes = sorted(ax.collections[0].get_sizes())
    assert sizes[0] < sizes[1]
    assert [t.get_text() for t in ax.texts] == ["3"]


def test_chart_functions_show_and_return_nothing():
    assert count_chart([1, 2, 2]) is None

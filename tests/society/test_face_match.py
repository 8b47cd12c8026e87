"""Error counts and rates, threshold choices, the printed table and the pictures of the face-match lab."""

import matplotlib
import pytest

from aiclass import set_language
from aiclass.datasets.match_scores import GROUPS, MatchPairs, make_validation_and_test
from aiclass.society.face_match import (
    group_label,
    highest_finding_threshold,
    lowest_safe_threshold,
    reference_counts,
    reference_rates,
    report_on_test,
    show_threshold_table,
)
from aiclass.society.pictures import (
    show_group_errors,
    show_hook,
    show_scores,
    show_scores_by_group,
    show_tradeoff,
)

matplotlib.use("Agg")


def test_a_score_equal_to_the_threshold_counts_as_a_match():
    assert reference_counts([60, 60], [False, True], 60) == (1, 0)
    assert reference_counts([59, 59], [False, True], 60) == (0, 1)
    assert reference_counts([90, 40, 70, 55], [True, False, False, True], 60) == (1, 1)


def test_rates_run_from_all_strangers_in_to_everyone_kept_out():
    val, _ = make_validation_and_test()
    assert reference_rates(val, 0) == (1.0, 0.0)
    assert reference_rates(val, 101) == (0.0, 1.0)
    fm = [reference_rates(val, t)[0] for t in range(0, 101, 5)]
    fr = [reference_rates(val, t)[1] for t in range(0, 101, 5)]
    assert fm == sorted(fm, reverse=True) and fr == sorted(fr)


def test_the_thresholds_the_teacher_guide_gives():
    val, test = make_validation_and_test()
    phone = lowest_safe_threshold(val, 0.01)
    search = highest_finding_threshold(val, "children", 0.05)
    assert (phone, search) == (66, 59)
    assert all(reference_rates(val.group(g), phone)[0] <= 0.01 for g in GROUPS)
    assert any(reference_rates(val.group(g), phone - 1)[0] > 0.01 for g in GROUPS)
    assert reference_rates(val.group("children"), search + 1)[1] > 0.05
    # one threshold, different errors: children are kept out far more often than adults
    assert (
        reference_rates(test.group("children"), phone)[1]
        > 5 * reference_rates(test.group("adults"), phone)[1]
    )
    at_60 = {g: reference_rates(val.group(g), 60)[0] for g in GROUPS}
    assert max(at_60, key=at_60.get) == "children"


def test_the_table_and_the_report_use_the_function_they_are_given(capsys):
    set_language("en")
    val, test = make_validation_and_test()
    calls = []

    def rates(pairs: MatchPairs, threshold: int):
        calls.append(threshold)
        return reference_rates(pairs, threshold)

    show_threshold_table(rates, val, range(60, 63))
    report_on_test(rates, test, 66, 59)
    out = capsys.readouterr().out
    assert sorted(set(calls)) == [59, 60, 61, 62, 66]
    assert "false match rate" in out and "children (6-13)" in out and "66" in out


def test_the_table_prints_in_chinese(capsys):
    set_language("zh-CN")
    val, _ = make_validation_and_test()
    show_threshold_table(reference_rates, val, [60])
    out = capsys.readouterr().out
    assert "错误匹配率" in out and "儿童" in out
    assert group_label("older") == "老年人（60 岁及以上）"


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_pictures_draw_in_both_languages(lang):
    set_language(lang)
    val, _ = make_validation_and_test()
    figs = [
        show_hook(),
        show_scores(val, 60),
        show_scores_by_group(val, 60),
        show_tradeoff([0, 50, 100], [1.0, 0.2, 0.0], [0.0, 0.1, 1.0]),
        show_group_errors(GROUPS, [0.01, 0.04, 0.05], [0.0, 0.005, 0.06], 60),
    ]
    for fig in figs:
        assert fig.axes
        matplotlib.pyplot.close(fig)

"""Checks in test cells: silent when right, a localized hint when wrong."""

from __future__ import annotations

import pytest

from aiclass import set_language
from aiclass.grading import check, check_close, public_checks_passed


def test_a_true_check_is_silent():
    check(True, "grading.not_done_yet", hint="x")


def test_a_false_check_raises_the_hint_in_the_learners_language():
    set_language("zh-CN")
    with pytest.raises(AssertionError, match="这一步还没有完成：再试一次"):
        check(False, "grading.not_done_yet", hint="再试一次")


@pytest.mark.parametrize("value", [0.5, "0.5", float("nan"), None, "abc", 0.7])
def test_check_close_accepts_only_close_numbers(value):
    if value in (0.5, "0.5"):
        check_close(value, 0.5, "grading.not_done_yet", hint="h")
    else:
        with pytest.raises(AssertionError):
            check_close(value, 0.5, "grading.not_done_yet", hint="h")


def test_public_checks_passed_never_says_all_tests_passed(capsys):
    public_checks_passed()
    out = capsys.readouterr().out
    assert "Public checks passed" in out and "all tests" not in out.lower()

"""Grading the likely long submissions first (longest-first scheduling)."""

from __future__ import annotations

from aiclass.grade.order import longest_first
from aiclass.grade.runner import FAILED, GRADED, StudentResult


def todo(*students: str) -> list[StudentResult]:
    return [StudentResult(student, FAILED) for student in students]


def names(results: list[StudentResult]) -> list[str]:
    return [result.student for result in results]


def test_with_nothing_known_the_class_order_stays():
    assert names(longest_first(todo("ann", "bo", "cai"), {}, {})) == ["ann", "bo", "cai"]


def test_a_while_loop_goes_first():
    order = longest_first(todo("ann", "bo", "cai", "dan"), {}, {"cai": 2, "ann": 0})
    assert names(order) == ["cai", "ann", "bo", "dan"]


def test_last_times_time_limit_goes_first_then_the_longest_last_time():
    before = {
        "ann": StudentResult("ann", GRADED, seconds=3.0),
        "bo": StudentResult("bo", GRADED, seconds=9.0),
        "dan": StudentResult("dan", GRADED, "cell 11: stopped at the cell time limit", seconds=40),
    }
    order = longest_first(todo("ann", "bo", "cai", "dan", "eve"), before, {"eve": 1})
    assert names(order) == ["dan", "eve", "bo", "ann", "cai"]

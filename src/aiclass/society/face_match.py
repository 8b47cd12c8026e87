"""Face-match trade-offs: error rates at a threshold, per age group, in a table and on the test set.

The helpers take the learner's own ``error_rates(pairs, threshold)`` function, so the table and the
test report show the learner's work. ``reference_rates`` is the same sum done here, for checks.

>>> from aiclass.datasets.match_scores import MatchPairs
>>> pairs = MatchPairs(scores=[90, 40, 70, 55], same=[True, False, False, True], groups=["adults"] * 4)
>>> reference_counts(pairs.scores, pairs.same, 60)
(1, 1)
>>> reference_rates(pairs, 60)
(0.5, 0.5)
>>> lowest_safe_threshold(pairs, max_false_match=0.0)
71
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

from aiclass.datasets.match_scores import GROUP_LABELS, GROUPS, MatchPairs
from aiclass.i18n import current_language, t

LAB = "junior-face-match"
Rates = Callable[[MatchPairs, int], tuple[float, float]]


def group_label(name: str) -> str:
    """The age group's name in the learner's language."""
    return GROUP_LABELS[name][current_language()]


def reference_counts(scores: list[int], same: list[bool], threshold: int) -> tuple[int, int]:
    """(false matches, false rejections): a score at or above the threshold counts as "match"."""
    false_matches = sum(1 for s, y in zip(scores, same, strict=True) if s >= threshold and not y)
    false_rejections = sum(1 for s, y in zip(scores, same, strict=True) if s < threshold and y)
    return false_matches, false_rejections


def reference_rates(pairs: MatchPairs, threshold: int) -> tuple[float, float]:
    """(false match rate, false rejection rate) of ``pairs`` at ``threshold``."""
    fm, fr = reference_counts(pairs.scores, pairs.same, threshold)
    return fm / max(pairs.n_different, 1), fr / max(pairs.n_same, 1)


def lowest_safe_threshold(pairs: MatchPairs, max_false_match: float) -> int:
    """The lowest whole-number threshold whose false match rate is at most ``max_false_match`` in every group."""
    present = [g for g in GROUPS if g in pairs.groups]
    for threshold in range(0, 102):
        if all(reference_rates(pairs.group(g), threshold)[0] <= max_false_match for g in present):
            return threshold
    return 101


def highest_finding_threshold(pairs: MatchPairs, group: str, max_false_rejection: float) -> int:
    """The highest whole-number threshold whose false rejection rate in ``group`` is at most the limit."""
    part = pairs.group(group)
    ok = [th for th in range(0, 102) if reference_rates(part, th)[1] <= max_false_rejection]
    return max(ok)


SHORT_LABELS = {
    "en": {"adults": "adults", "older": "older", "children": "children"},
    "zh-CN": {"adults": "成年人", "older": "老年人", "children": "儿童"},
}


def _percent(rate: float) -> str:
    return f"{100 * rate:.1f}%"


def _width(text: str) -> int:
    """Columns a text takes in a monospaced font (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return " " * max(width - _width(text), 0) + text


def show_threshold_table(error_rates: Rates, pairs: MatchPairs, thresholds: Iterable[int]) -> None:
    """Print, for each threshold, every group's false match and false rejection rate in %."""
    short = [SHORT_LABELS[current_language()][g] for g in GROUPS]
    col = 10
    block = col * len(GROUPS)
    print(t(f"{LAB}.table_title"))
    print(
        _pad("", 9)
        + " | "
        + _pad(t(f"{LAB}.table_fm"), block)
        + " | "
        + _pad(t(f"{LAB}.table_fr"), block)
    )
    names = "".join(_pad(s, col) for s in short)
    print(_pad(t(f"{LAB}.table_threshold"), 9) + " | " + names + " | " + names)
    print("-" * (9 + 6 + 2 * block))
    for threshold in thresholds:
        fm_cells, fr_cells = "", ""
        for g in GROUPS:
            fm, fr = error_rates(pairs.group(g), threshold)
            fm_cells += _pad(_percent(fm), col)
            fr_cells += _pad(_percent(fr), col)
        print(_pad(str(threshold), 9) + " | " + fm_cells + " | " + fr_cells)


def report_on_test(
    error_rates: Rates, test: MatchPairs, phone_threshold: int, search_threshold: int
) -> None:
    """The one look at the test pairs: each use's threshold, each group's two error rates."""
    for use, threshold in (("use_phone", phone_threshold), ("use_search", search_threshold)):
        print(t(f"{LAB}.{use}", threshold=threshold))
        for g in GROUPS:
            fm, fr = error_rates(test.group(g), threshold)
            line = t(f"{LAB}.report_line", group=group_label(g), fm=_percent(fm), fr=_percent(fr))
            print("   " + line)

"""Which submissions to grade first: those likely to run longest.

This is longest-first scheduling. A submission with a long cell (an endless loop holds its cell
until the time limit) then runs beside the rest of the class instead of after it, so the batch
ends sooner. The order changes nothing else: each submission is graded on its own, in its own
kernel, and its score does not depend on when.

Likely long, in this order: a submission that ran into a cell time limit the last time it was
graded; one with a ``while`` loop in a cell the student wrote (where endless loops come from);
then the longest last time. Otherwise the class list's order stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aiclass.grade.runner import StudentResult


def longest_first(
    todo: list[StudentResult], previous: dict[str, StudentResult], while_loops: dict[str, int]
) -> list[StudentResult]:
    """``todo`` (results to fill, with a ``student``), reordered to grade the likely long first."""

    def likely_long(pair: tuple[int, StudentResult]) -> tuple:
        index, result = pair
        old = previous.get(result.student)
        stopped = bool(old and "time limit" in old.message)
        return (
            not stopped,
            not while_loops.get(result.student),
            -(old.seconds if old else 0),
            index,
        )

    return [result for _, result in sorted(enumerate(todo), key=likely_long)]

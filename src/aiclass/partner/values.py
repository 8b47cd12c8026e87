"""Right kind, wrong value: positions, shapes for numpy and scikit-learn, dividing by zero,
a model that hasn't learned, a missing file, and a blank nbgrader answer."""

from __future__ import annotations

import re

from aiclass.partner.context import Context, Finding
from aiclass.partner.where import is_library


def explain_index(error: IndexError, ctx: Context) -> Finding | None:
    """A position the list, text or array doesn't have."""
    msg = str(error)
    array = re.search(r"index (-?\d+) is out of bounds for axis \d+ with size (\d+)", msg)
    if array:
        size = int(array.group(2))
        return Finding("index_array", {"index": array.group(1), "size": size, "last": size - 1})
    if "assignment index out of range" in msg:
        return Finding("index_assign")
    if re.search(r"from empty (list|deque)", msg):
        return Finding("index_empty")
    if msg.startswith("string index"):
        return Finding("index_text")
    if "out of range" in msg:
        return Finding("index_list")
    return None


def _shapes(msg: str) -> list[str]:
    return [f"`{shape.replace(' ', '')}`" for shape in re.findall(r"\([\d,\s]*\)", msg)]


def explain_value(error: ValueError, ctx: Context) -> Finding | None:
    """Shapes that don't fit, and text that isn't a number."""
    msg = str(error)
    samples = re.search(r"inconsistent numbers of samples: \[([\d,\s]+)\]", msg)
    if samples:
        return Finding(
            "value_samples", {"counts": [n.strip() for n in samples.group(1).split(",")]}
        )
    features = re.search(r"X has (\d+) features, but \w+ is expecting (\d+) features", msg)
    if features:
        return Finding("value_features", {"got": features.group(1), "expected": features.group(2)})
    if "could not be broadcast together" in msg:
        return Finding("value_broadcast", {"shapes": _shapes(msg.split("shapes", 1)[-1])})
    number = re.search(r"invalid literal for int\(\) with base \d+: (.*)$", msg, re.S)
    if number:
        return Finding("value_int_text", {"text": f"`{number.group(1).strip()[:40]}`"})
    decimal = re.search(r"could not convert string to float: (.*)$", msg, re.S)
    if decimal:
        return Finding("value_float_text", {"text": f"`{decimal.group(1).strip()[:40]}`"})
    for pattern, key in (
        (r"Expected 2D array", "value_2d"),
        (r"Unknown label type", "value_labels"),
        (r"not aligned|mismatch in its core dimension", "value_matmul"),
        (r"setting an array element with a sequence|inhomogeneous", "value_ragged"),
        (r"values to unpack", "value_unpack"),
    ):
        if re.search(pattern, msg):
            return Finding(key)
    return None


def explain_not_fitted(error: Exception, ctx: Context) -> Finding | None:
    """scikit-learn's NotFittedError: predict before fit."""
    return Finding("not_fitted")


def explain_zero_division(error: ZeroDivisionError, ctx: Context) -> Finding | None:
    return Finding("zero_division")


def _from_library(error: BaseException) -> bool:
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and is_library(tb.tb_frame.f_code.co_filename)


def explain_not_implemented(error: NotImplementedError, ctx: Context) -> Finding | None:
    """nbgrader's blank answer (``raise NotImplementedError()``), not a library's."""
    if type(error) is not NotImplementedError or _from_library(error):
        return None
    return Finding("not_implemented")


def explain_file(error: FileNotFoundError, ctx: Context) -> Finding | None:
    if not error.filename:
        return None
    return Finding("file_missing", {"name": str(error.filename)})

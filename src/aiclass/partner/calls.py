"""Forgotten calls: a function used without ``()``, or a method called on a class, not an object."""

from __future__ import annotations

import inspect
import re

from aiclass.partner.context import Context, Finding

# Python's names for the type of a function or method, as they appear in error messages.
FUNCTION_TYPES = r"'(method|function|builtin_function_or_method|method-wrapper|builtin_method)'"


def _resolve(ctx: Context, dotted: str) -> tuple[bool, object]:
    """The value of ``a.b.c`` where the error happened, without running properties."""
    root, *rest = dotted.split(".")
    found, value = ctx.lookup(root)
    for part in rest:
        if not found:
            break
        try:
            value = inspect.getattr_static(value, part)
        except AttributeError:
            return False, None
    return found, value


def function_used_as_value(ctx: Context) -> Finding:
    """A function used as a value: name it when exactly one function on the line lacks ``()``."""
    names = re.findall(r"(?<![\w.)\]])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?![\w.]|\s*\()", ctx.code)
    functions = []
    for name in dict.fromkeys(names):
        found, value = _resolve(ctx, name)
        routine = inspect.isroutine(value) or isinstance(value, (staticmethod, classmethod))
        if found and routine:
            functions.append(name)
    if len(functions) == 1:
        return Finding("forgot_call_named", {"name": functions[0]})
    return Finding("forgot_call")


def method_called_on_class(ctx: Context) -> Finding | None:
    """``Model.fit(X, y)`` where ``Model`` is a class: the object was never made."""
    for name, method in re.findall(
        r"(?<![\w.])([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*\(", ctx.code
    ):
        found, value = ctx.lookup(name)
        if not (found and isinstance(value, type)):
            continue
        try:
            attr = inspect.getattr_static(value, method)
        except AttributeError:
            continue
        if inspect.isfunction(attr):  # a plain method (not a staticmethod or classmethod)
            return Finding("forgot_call_class", {"name": value.__name__})
    return None

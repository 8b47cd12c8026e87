"""Values of the wrong kind (TypeError): text + number, a call with missing inputs, and more."""

from __future__ import annotations

import builtins
import inspect
import re

from aiclass.partner.calls import FUNCTION_TYPES, function_used_as_value, method_called_on_class
from aiclass.partner.context import Context, Finding, Values
from aiclass.partner.suggest import closest

NUMBERS = {"int", "float", "bool", "complex"}


def _text_and_number(msg: str) -> str | None:
    """The operator of "unsupported operand type(s) for +: 'int' and 'str'" (text and a number)."""
    found = re.search(r"for (\S+): '(\w+)' and '(\w+)'", msg)
    if found and {found.group(2), found.group(3)} - NUMBERS == {"str"}:
        return found.group(1)
    return None


def _shadowed_builtin(ctx: Context) -> str | None:
    """A built-in function the learner hid by naming a value after it (``sum = 0``)."""
    for name in re.findall(r"(?<![\w.])([A-Za-z_]\w*)\s*\(", ctx.code):
        if name in ctx.names and callable(getattr(builtins, name, None)):
            return name
    return None


def _parameters(ctx: Context, func: str) -> list[str]:
    """The parameter names of ``func`` as an error names it (``Model.__init__``, ``f``)."""
    found, value = ctx.lookup(func.split(".")[0])
    if not found:
        return []
    try:
        return list(inspect.signature(value).parameters)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return []


def _called(func: str) -> str:
    """``Model.__init__`` is called as ``Model()``; ``f`` as ``f()``."""
    return func.removesuffix(".__init__") + "()"


def _calls(msg: str, ctx: Context) -> Finding | None:
    missing = re.match(
        r"([\w.]+)\(\) missing \d+ required (?:positional |keyword-only )?argument", msg
    )
    if missing:
        names = re.findall(r"'(\w+)'", msg.split(":", 1)[-1])
        if "self" in names:
            return Finding("type_missing_self", {"func": _called(missing.group(1))})
        listed = [f"`{name}`" for name in names]  # joined in the learner's language
        return Finding("type_missing_args", {"func": _called(missing.group(1)), "missing": listed})
    if re.match(r"([\w.]+)\(\) takes .* but \d+ (?:were|was) given", msg):
        func = msg.split("(", 1)[0]
        return Finding("type_too_many", {"func": _called(func)})
    keyword = re.search(r"([\w.]+)\(\) got an unexpected keyword argument '(\w+)'", msg)
    keyword = keyword or re.search(r"'(\w+)' is an invalid keyword argument for ([\w.]+)\(\)", msg)
    if keyword:
        func, name = keyword.groups() if "unexpected" in msg else keyword.groups()[::-1]
        values: Values = {"func": _called(func), "name": name}
        suggestion = closest(name, _parameters(ctx, func))
        if suggestion:
            return Finding("type_keyword", {**values, "suggestion": suggestion})
        return Finding("type_keyword_unknown", values)
    return None


def explain_type(error: TypeError, ctx: Context) -> Finding | None:
    """Why these values don't go together, and the usual way to make them."""
    msg = str(error)
    if "NoneType" in msg:
        return Finding("none_value")
    if re.search(FUNCTION_TYPES, msg):
        return function_used_as_value(ctx)
    on_class = method_called_on_class(ctx)
    if on_class:
        return on_class
    call = _calls(msg, ctx)
    if call:
        return call
    if re.search(r'can only concatenate str \(not "(int|float|bool)"\) to str', msg):
        return Finding("type_concat")
    operator = _text_and_number(msg)
    if operator:
        return Finding("type_concat" if operator == "+" else "type_text_math")
    if "can't multiply sequence by non-int of type 'str'" in msg:
        return Finding("type_text_math")
    compared = re.search(r"not supported between instances of '(\w+)' and '(\w+)'", msg)
    if compared and {compared.group(1), compared.group(2)} - NUMBERS == {"str"}:
        return Finding("type_compare")
    wanted_int = re.search(r"'(str|float)' object cannot be interpreted as an integer", msg)
    if wanted_int:
        return Finding(
            "type_int_from_text" if wanted_int.group(1) == "str" else "type_int_from_float"
        )
    index = re.search(r"(?:list|tuple|string) indices must be integers.*, not '?(\w+)'?", msg)
    if index:
        return Finding("type_index_kind", {"type": index.group(1)})
    not_callable = re.search(r"'(\w+)' object is not callable", msg)
    if not_callable:
        hidden = _shadowed_builtin(ctx)
        if hidden:
            return Finding("type_shadowed", {"name": hidden})
        return Finding("type_not_callable", {"type": not_callable.group(1)})
    for pattern, key in (
        (r"'(\w+)' object is not subscriptable", "type_not_subscriptable"),
        (r"'(\w+)' object is not iterable", "type_not_iterable"),
        (r"cannot unpack non-iterable (\w+) object", "type_not_iterable"),
        (r"object of type '(\w+)' has no len\(\)", "type_no_len"),
    ):
        found = re.search(pattern, msg)
        if found:
            return Finding(key, {"type": found.group(1)})
    return Finding("type_generic")

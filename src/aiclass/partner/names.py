"""Names that don't exist: NameError, imports, attributes and dictionary keys."""

from __future__ import annotations

import pkgutil
import re
import sys
from types import ModuleType

from aiclass.partner.assigned import assignments
from aiclass.partner.calls import FUNCTION_TYPES, function_used_as_value, method_called_on_class
from aiclass.partner.context import Context, Finding
from aiclass.partner.suggest import PYTHON_NAMES, closest

COURSE_MODULES = ("numpy", "sklearn", "matplotlib", "aiclass", "ipywidgets", "pandas", "PIL")
PACKAGE_NAMES = {"scikit_learn": "sklearn", "scikit": "sklearn", "pillow": "PIL", "opencv": "cv2"}


def _name_in(error: BaseException, pattern: str) -> str | None:
    name = getattr(error, "name", None)
    if isinstance(name, str):
        return name
    found = re.search(pattern, str(error))
    return found.group(1) if found else None


def explain_name(error: NameError, ctx: Context) -> Finding | None:
    """A name Python doesn't know (yet): misspelt, made later, made in a function, or not run."""
    name = _name_in(error, r"'(\w+)'")
    if not name:
        return None
    if isinstance(error, UnboundLocalError):
        return Finding("unbound_local", {"name": name})
    made = assignments(ctx.source).get(name, [])
    here = ctx.frame.f_code.co_name if ctx.frame else "<module>"
    later = [line for line, func in made if func is None and ctx.line and line > ctx.line]
    if later and here == "<module>":
        return Finding("name_later", {"name": name, "later": later[0]})
    inside = [func for _, func in made if func and func != here]
    if inside:
        return Finding("name_in_function", {"name": name, "func": inside[0]})
    suggestion = closest(name, ctx.names | PYTHON_NAMES)
    if suggestion:
        return Finding("name_typo", {"name": name, "suggestion": suggestion})
    hints = ("name_text_hint",) if re.search(r"\bprint\s*\(", ctx.code) else ()
    return Finding("name_not_run", {"name": name}, hints)


def _submodules(package: str) -> list[str]:
    module = sys.modules.get(package)
    path = getattr(module, "__path__", None)
    return [info.name for info in pkgutil.iter_modules(path)] if path else []


def explain_module(error: ModuleNotFoundError, ctx: Context) -> Finding | None:
    """``import sklean``: suggest the module that exists."""
    name = _name_in(error, r"No module named '([\w.]+)'")
    if not name:
        return None
    if name.lower() in PACKAGE_NAMES:
        return Finding("module_typo", {"name": name, "suggestion": PACKAGE_NAMES[name.lower()]})
    if "." in name:
        parent, last = name.rsplit(".", 1)
        found = closest(last, _submodules(parent))
        suggestion = f"{parent}.{found}" if found else None
    else:
        known = [m for m in sys.modules if "." not in m and not m.startswith("_")]
        suggestion = closest(name, [*COURSE_MODULES, *sys.stdlib_module_names, *known])
    if suggestion:
        return Finding("module_typo", {"name": name, "suggestion": suggestion})
    return Finding("module_missing", {"name": name})


def explain_import(error: ImportError, ctx: Context) -> Finding | None:
    """``from math import sqr``: suggest the name the module has."""
    found = re.search(r"cannot import name '(\w+)' from '([\w.]+)'", str(error))
    if not found:
        return None
    name, module_name = found.groups()
    module = sys.modules.get(module_name)
    suggestion = closest(name, dir(module)) if module else None
    values = {"name": name, "module": module_name}
    if suggestion:
        return Finding("import_name", {**values, "suggestion": suggestion})
    return Finding("import_name_unknown", values)


def _owner(obj: object) -> str:
    """How the learner knows ``obj``: a module's or class's name, else its type's."""
    return obj.__name__ if isinstance(obj, (ModuleType, type)) else type(obj).__name__


def explain_attribute(error: AttributeError, ctx: Context) -> Finding | None:
    """``text.uppper()``, ``np.arry``, or something that is None or a function."""
    msg = str(error)
    if "'NoneType' object" in msg:
        return Finding("none_value")
    on_class = method_called_on_class(ctx)
    if on_class:
        return on_class
    if re.match(FUNCTION_TYPES + " object has no attribute", msg):
        return function_used_as_value(ctx)
    name = _name_in(error, r"has no attribute '(\w+)'")
    if not name:
        return None
    obj = getattr(error, "obj", None)
    if obj is None:
        owner = re.match(r"(?:module )?'([\w.]+)'", msg)
        return (
            Finding("attribute_unknown", {"owner": owner.group(1), "name": name}) if owner else None
        )
    try:
        members = [m for m in dir(obj) if not m.startswith("_") or name.startswith("_")]
    except Exception:
        members = []
    values = {"owner": _owner(obj), "name": name}
    suggestion = closest(name, members)
    if suggestion:
        return Finding("attribute_typo", {**values, "suggestion": suggestion})
    return Finding("attribute_unknown", values)


def _keys_on_line(ctx: Context) -> list[object]:
    keys: list[object] = []
    for name in re.findall(r"(?<![\w.])([A-Za-z_]\w*)\s*\[", ctx.code):
        found, value = ctx.lookup(name)
        if found and isinstance(value, dict):
            keys += list(value)
    return keys


def explain_key(error: KeyError, ctx: Context) -> Finding | None:
    """``ages['tom']`` when the dictionary has ``'Tom'``."""
    if not error.args:
        return None
    key = error.args[0]
    shown = f"`{repr(key)[:50]}`"
    if isinstance(key, str):
        text_keys = {str(k): k for k in _keys_on_line(ctx) if isinstance(k, str)}
        suggestion = closest(key, text_keys)
        if suggestion:
            return Finding("key_typo", {"name": shown, "suggestion": f"`{suggestion!r}`"})
    return Finding("key_missing", {"name": shown})

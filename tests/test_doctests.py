"""The examples in docstrings are specifications: run them, in every module that has some."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

from aiclass import set_language

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "aiclass"


def modules_with_examples() -> list[str]:
    """Every aiclass module whose source holds a ``>>>`` example."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if ">>> " in path.read_text(encoding="utf-8"):
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


MODULES = modules_with_examples()


def test_the_known_examples_are_found():
    assert {"aiclass.i18n", "aiclass.authoring", "aiclass.grading.checks"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    set_language("en")
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0

"""The examples in docstrings are specifications: run them."""

from __future__ import annotations

import doctest
import importlib

import pytest

from aiclass import set_language

MODULES = ["aiclass.i18n", "aiclass.authoring", "aiclass.grading.checks", "aiclass.datasets.fruit",
           "aiclass.widgets.work", "aiclass.nearest"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    set_language("en")
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0

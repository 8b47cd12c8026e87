"""The IPython side: when the partner speaks, what it shows, and that it can never break a kernel."""

from __future__ import annotations

import ast
import doctest
import importlib
import re
from pathlib import Path
from types import SimpleNamespace

import IPython.display
import pytest
from IPython.core.events import EventManager, available_events

import aiclass.partner as partner
from aiclass.i18n import catalog, placeholders
from aiclass.partner.active import active, forced, grading
from aiclass.partner.explain import Note
from aiclass.partner.render import as_html, as_text

PARTNER = Path(partner.__file__).parent


class FakeKernel:
    def __init__(self, allow_stdin: bool) -> None:
        self.allow_stdin = allow_stdin

    def get_parent(self) -> dict:
        return {"content": {"allow_stdin": self.allow_stdin}}


class FakeShell:
    def __init__(self, kernel: object | None = None) -> None:
        self.user_ns = {"total": 3, "_hidden": 1, "In": []}
        self.user_ns_hidden = {"In": []}
        self.events = EventManager(self, available_events)
        if kernel is not None:
            self.kernel = kernel


def failed_cell(source: str) -> SimpleNamespace:
    try:
        exec(compile(source, "<cell>", "exec"), {"total": 3})
    except Exception as error:
        return SimpleNamespace(
            error_in_exec=error, error_before_exec=None, info=SimpleNamespace(raw_cell=source)
        )
    raise AssertionError("the cell should fail")


@pytest.fixture
def shown(monkeypatch) -> list[dict]:
    found: list[dict] = []
    monkeypatch.setattr(IPython.display, "display", lambda data, raw=False: found.append(data))
    for name in ("AICLASS_PARTNER", "AICLASS_GRADING", "NBGRADER_EXECUTION", "NBGRADER_VALIDATING"):
        monkeypatch.delenv(name, raising=False)
    return found


@pytest.fixture
def shell():
    shell = FakeShell(FakeKernel(allow_stdin=True))
    partner.load_ipython_extension(shell)
    yield shell
    partner.unload_ipython_extension(shell)


def test_a_failed_cell_from_a_person_gets_a_note(shell, shown):
    shell.events.trigger("post_run_cell", failed_cell("print(totl)"))
    assert len(shown) == 1
    assert shown[0]["text/plain"].startswith("🤝 Learning partner\nLine 1: `print(totl)`\n")


def test_while_grading_the_extension_does_not_even_listen(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    quiet = FakeShell(FakeKernel(allow_stdin=True))
    partner.load_ipython_extension(quiet)
    assert quiet.events.callbacks["post_run_cell"] == []
    partner.unload_ipython_extension(quiet)


def test_a_cell_that_ran_gets_nothing(shell, shown):
    ok = SimpleNamespace(
        error_in_exec=None, error_before_exec=None, info=SimpleNamespace(raw_cell="1")
    )
    shell.events.trigger("post_run_cell", ok)
    assert shown == []


def test_loading_twice_listens_once_and_unloading_stops(shell, shown):
    partner.load_ipython_extension(shell)
    shell.events.trigger("post_run_cell", failed_cell("print(totl)"))
    partner.unload_ipython_extension(shell)
    shell.events.trigger("post_run_cell", failed_cell("print(totl)"))
    assert len(shown) == 1


def test_a_fault_in_the_partner_never_reaches_the_learner(shell, shown, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("partner bug")

    monkeypatch.setattr("aiclass.partner.extension.explain", broken)
    shell.events.trigger("post_run_cell", failed_cell("print(totl)"))
    shell.events.trigger("post_run_cell", None)
    shell.events.trigger("post_run_cell", SimpleNamespace())
    assert shown == [] and capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("env", "allow_stdin", "speaks"),
    [
        ({}, True, True),  # JupyterLab, Notebook 7, VS Code
        ({}, False, False),  # nbclient: nbgrader, aiclass grade, nbconvert --execute, papermill
        ({"AICLASS_PARTNER": "1"}, False, True),
        ({"AICLASS_PARTNER": "0"}, True, False),
        ({"NBGRADER_EXECUTION": "autograde"}, True, False),
        ({"NBGRADER_EXECUTION": "validate", "NBGRADER_VALIDATING": "1"}, True, False),
        ({"AICLASS_GRADING": "1", "AICLASS_PARTNER": "1"}, True, False),
        ({"AICLASS_GRADING": "0"}, True, True),
    ],
)
def test_the_partner_speaks_to_people_and_never_while_grading(env, allow_stdin, speaks):
    assert active(FakeShell(FakeKernel(allow_stdin)), env) is speaks


def test_terminal_ipython_counts_as_a_person():
    assert active(FakeShell(kernel=None), {}) is True


def test_the_signals_read_like_switches():
    assert grading({"AICLASS_GRADING": "yes"}) and not grading({"AICLASS_GRADING": "off"})
    assert forced({}) is None and forced({"AICLASS_PARTNER": "true"}) is True


def test_html_escapes_the_learners_code_and_marks_code():
    note = Note("type_generic", 2, "if a < b and `x`:", "Use `type(x)` <here>.", inside="f")
    html = as_html(note, "en")
    assert "<code>if a &lt; b and &#x27;x&#x27;:</code>" in html
    assert "<code>type(x)</code> &lt;here&gt;." in html
    assert as_text(note, "zh-CN").splitlines() == [
        "🤝 学习伙伴",
        "第 2 行：`if a < b and 'x':`（出错的地方在函数 `f()` 里面）",
        "Use `type(x)` <here>.",
    ]


def _keys_in_code() -> set[str]:
    """Message keys the partner's code names: Finding("key"), tables of (pattern, key), hints."""
    found: set[str] = {"heading", "where", "inside", "where_bare", "separator"}
    for path in PARTNER.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Finding":
                first = node.args[0]
                branches = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
                found |= {b.value for b in branches if isinstance(b, ast.Constant)}
            elif isinstance(node, ast.Tuple) and 1 <= len(node.elts) <= 2:
                last = node.elts[-1]
                if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
                    key = str(last.value)  # type: ignore[attr-defined]
                    if re.fullmatch(r"[a-z]+_[a-z0-9_]+", key) and (
                        len(node.elts) == 2 or "hint" in key
                    ):
                        found.add(key)
    return found


def test_both_languages_have_every_partner_message_with_the_same_placeholders():
    english = {k: v for k, v in catalog("en").items() if k.startswith("partner.")}
    chinese = {k: v for k, v in catalog("zh-CN").items() if k.startswith("partner.")}
    assert set(english) == set(chinese)
    for key in english:
        assert placeholders(english[key]) == placeholders(chinese[key]), key
    used = {f"partner.{key}" for key in _keys_in_code()}
    assert used - set(english) == set()  # every message the code gives exists
    assert set(english) - used == set()  # and every message is used


@pytest.mark.parametrize("name", ["suggest", "assigned"])
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(f"aiclass.partner.{name}"))
    assert result.attempted > 0 and result.failed == 0

"""Lab notebooks: one notebook holds both languages; these helpers read, filter and check it.

Markdown cells carry ``metadata.aiclass.lang`` ("zh-CN" or "en"); untagged cells are shared.
The first code cell is the set-up cell; a course in one language gets a line there that fixes
the language of every message the lab's code prints.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from aiclass.errors import AiclassError
from aiclass.i18n import LANGUAGES, normalize_language

SOLUTION_BEGIN, SOLUTION_END = "### BEGIN SOLUTION", "### END SOLUTION"
HIDDEN_BEGIN, HIDDEN_END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"


def read_notebook(path: Path) -> NotebookNode:
    """Read a notebook or raise a one-line AiclassError that names the file."""
    try:
        return nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise AiclassError(f"{path}: notebook is missing") from None
    except (json.JSONDecodeError, nbformat.reader.NotJSONError, UnicodeDecodeError) as exc:
        raise AiclassError(f"{path}: not a readable notebook ({exc.__class__.__name__})") from None


def cell_language(cell: NotebookNode) -> str | None:
    return cell.get("metadata", {}).get("aiclass", {}).get("lang")


def nbgrader_meta(cell: NotebookNode) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def is_autograded_test(cell: NotebookNode) -> bool:
    meta = nbgrader_meta(cell)
    return bool(meta.get("grade")) and not meta.get("solution") and cell.cell_type == "code"


def language_setup_line(lang: str) -> str:
    return f'import aiclass; aiclass.set_language("{lang}")  # course language / 课程语言'


def for_language(nb: NotebookNode, lang: str) -> NotebookNode:
    """A copy of ``nb`` with only ``lang``'s text, its code set to print in ``lang``."""
    lang = normalize_language(lang)
    out = copy.deepcopy(nb)
    out.cells = [cell for cell in out.cells if cell_language(cell) in (None, lang)]
    setup = next((cell for cell in out.cells if cell.cell_type == "code"), None)
    if setup is not None:
        setup.source = language_setup_line(lang) + "\n" + setup.source
    out.metadata.setdefault("aiclass", {})["lang"] = lang
    out.metadata["language_info"] = {"name": "python"}
    return out


def language_problems(nb: NotebookNode) -> list[str]:
    """Why the two languages of a notebook are not complete (empty when they are).

    Tagged cells come in runs, one run per passage; each run must hold the same number of
    cells of each language, so every passage exists in both.
    """
    problems: list[str] = []
    runs: list[list[tuple[int, str]]] = [[]]
    for index, cell in enumerate(nb.cells):
        lang = cell_language(cell)
        if lang is None:
            runs.append([])
            continue
        if lang not in LANGUAGES:
            problems.append(f"cell {index + 1}: unknown language tag {lang!r}")
            continue
        if not cell.source.strip():
            problems.append(f"cell {index + 1}: empty {lang} text")
        runs[-1].append((index, lang))
    for run in filter(None, runs):
        counts = {lang: sum(1 for _, tag in run if tag == lang) for lang in LANGUAGES}
        if len(set(counts.values())) > 1:
            first = run[0][0] + 1
            missing = min(counts, key=counts.get)
            problems.append(f"cells {first}-{run[-1][0] + 1}: a passage has no {missing} version")
    if not any(cell_language(cell) for cell in nb.cells):
        problems.append("no cell is tagged with a language (metadata aiclass.lang)")
    return problems


def output_problems(nb: NotebookNode) -> list[str]:
    return [
        f"cell {i + 1}: has outputs (commit notebooks with outputs cleared)"
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count"))
    ]


def grading_problems(nb: NotebookNode) -> list[str]:
    """Static checks of the nbgrader metadata a lab notebook needs, in each language."""
    problems: list[str] = []
    for lang in LANGUAGES:
        for problem in _grading_problems(for_language(nb, lang)):
            if problem not in problems:
                problems.append(problem)
    return problems


def _grading_problems(nb: NotebookNode) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    for i, cell in enumerate(nb.cells):
        meta = nbgrader_meta(cell)
        where = f"cell {i + 1}"
        text = cell.source
        if text.count(SOLUTION_BEGIN) != text.count(SOLUTION_END):
            problems.append(f"{where}: unmatched {SOLUTION_BEGIN} / {SOLUTION_END}")
        if text.count(HIDDEN_BEGIN) != text.count(HIDDEN_END):
            problems.append(f"{where}: unmatched {HIDDEN_BEGIN} / {HIDDEN_END}")
        if not meta:
            if SOLUTION_BEGIN in text or HIDDEN_BEGIN in text:
                problems.append(f"{where}: has solution or hidden-test markers but no nbgrader metadata")
            continue
        grade_id = meta.get("grade_id")
        if not grade_id:
            problems.append(f"{where}: nbgrader cell without grade_id")
        elif grade_id in seen:
            problems.append(f"{where}: grade_id {grade_id!r} is used twice")
        seen.add(grade_id)
        if meta.get("grade") and not (meta.get("points") or 0) > 0:
            problems.append(f"{where}: graded cell {grade_id!r} needs points > 0")
        if is_autograded_test(cell) and not meta.get("locked"):
            problems.append(f"{where}: test cell {grade_id!r} must be locked")
        if HIDDEN_BEGIN in text and not is_autograded_test(cell):
            problems.append(f"{where}: hidden tests belong in an autograder test cell")
    return problems

"""Bilingual notebooks: language filtering and the static checks on them."""

from __future__ import annotations

from pathlib import Path

import nbformat

from aiclass import authoring as write
from aiclass.notebooks import (
    cell_language,
    for_language,
    grading_problems,
    language_problems,
    output_problems,
)

ROOT = Path(__file__).resolve().parents[1]


def small_lab():
    return write.new_lab([
        write.text(en="# Hello", zh="# 你好"),
        write.setup("import math"),
        write.shared("$x^2$"),
        write.answer("### BEGIN SOLUTION\nx = 2\n### END SOLUTION", "x"),
        write.tests("assert x == 2", "x-tests", points=1),
    ])


def test_for_language_keeps_one_language_and_shared_cells():
    nb = for_language(small_lab(), "zh-CN")
    sources = [cell.source for cell in nb.cells if cell.cell_type == "markdown"]
    assert sources == ["# 你好", "$x^2$"]
    assert nb.cells[1].source.startswith('import aiclass; aiclass.set_language("zh-CN")')


def test_a_passage_missing_its_translation_is_found():
    nb = small_lab()
    nb.cells.pop(1)  # drop the Chinese title
    assert any("has no zh-CN version" in p for p in language_problems(nb))


def test_a_notebook_with_no_language_tags_is_found():
    nb = write.new_lab([write.setup("x = 1")])
    assert language_problems(nb) == ["no cell is tagged with a language (metadata aiclass.lang)"]


def test_outputs_are_found():
    nb = small_lab()
    nb.cells[2].outputs = [nbformat.v4.new_output("stream", text="hi")]
    assert output_problems(nb) == ["cell 3: has outputs (commit notebooks with outputs cleared)"]


def test_duplicate_grade_ids_and_unlocked_tests_are_found():
    nb = small_lab()
    nb.cells[-1].metadata.nbgrader["grade_id"] = "x"
    nb.cells[-1].metadata.nbgrader["locked"] = False
    found = grading_problems(nb)
    assert "cell 5: grade_id 'x' is used twice" in found
    assert any("must be locked" in p for p in found)


def test_unmatched_solution_markers_are_found():
    nb = small_lab()
    nb.cells[4].source = "### BEGIN SOLUTION\nx = 2"
    assert any("unmatched ### BEGIN SOLUTION" in p for p in grading_problems(nb))


def test_every_committed_notebook_has_its_outputs_cleared():
    for path in ROOT.glob("labs/**/*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        assert output_problems(nb) == [], path
        assert all(cell_language(c) in (None, "en", "zh-CN") for c in nb.cells), path

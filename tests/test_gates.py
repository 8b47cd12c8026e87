"""The gates themselves can fail: a dishonest lab is caught."""

from __future__ import annotations

import nbformat
import pytest

from aiclass.curriculum import load_curriculum
from aiclass.gates import batches, grade_batch, languages_for, release_leaks, solution_lines
from aiclass.notebooks import is_autograded_test

LAB = "junior-how-classifiers-learn"
DISHONEST = "primary-upper-fruit-sorter"


def test_solution_lines_are_found_between_markers():
    text = "a = 1\n### BEGIN SOLUTION\nanswer = compute_it(42)\n### END SOLUTION\nprint(a)"
    assert solution_lines(text) == ["answer = compute_it(42)"]


def test_a_leaked_solution_in_the_release_is_reported(tmp_path, curriculum):
    lab = curriculum.lab(LAB)
    leaky = nbformat.read(lab.notebook, as_version=4)
    for cell in leaky.cells:
        cell.source = cell.source.replace("### BEGIN SOLUTION", "").replace("### END SOLUTION", "")
    nbformat.write(leaky, tmp_path / "release.ipynb")
    assert release_leaks(lab.notebook, tmp_path / "release.ipynb")


@pytest.mark.slow
def test_a_test_cell_that_passes_on_the_blank_release_is_caught(scratch_project, tmp_path):
    """Make one test cell of a lab trivially true; the batch must see it score on the blank release."""
    path = scratch_project / "labs" / "primary-upper" / DISHONEST / f"{DISHONEST}.ipynb"
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if is_autograded_test(c))
    cell.source = "assert True  # a dishonest test"
    nbformat.write(nb, path)
    cur = load_curriculum(scratch_project)
    gated = grade_batch([cur.lab(DISHONEST)], tmp_path, cur)[DISHONEST]
    grade_id = cell.metadata["nbgrader"]["grade_id"]
    assert gated.blank.scores[grade_id] == gated.blank.max_scores[grade_id] > 0
    assert gated.solution.scores[grade_id] == gated.solution.max_scores[grade_id]


@pytest.mark.slow
def test_a_solution_that_raises_in_an_ungraded_cell_fails_gate2(scratch_project, tmp_path):
    """Gate 2 reads every cell of the graded solution: an error outside the test cells counts."""
    path = scratch_project / "labs" / "primary-upper" / DISHONEST / f"{DISHONEST}.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("1 / 0"))
    nbformat.write(nb, path)
    cur = load_curriculum(scratch_project)
    gated = grade_batch([cur.lab(DISHONEST)], tmp_path, cur, offline=False)[DISHONEST]
    assert any("ZeroDivisionError" in error for error in gated.solution_errors), (
        gated.solution_errors
    )


def test_languages_alternate_so_every_lab_runs_in_both():
    assert languages_for(0) == ("zh-CN", "en")
    assert languages_for(1) == ("en", "zh-CN")


def test_batches_keep_one_stage_and_spread_evenly(curriculum):
    labs = list(curriculum.labs.values())
    found = batches(labs, size=4)
    assert sorted(lab.id for batch in found for lab in batch) == sorted(curriculum.labs)
    for batch in found:
        assert len({lab.stage for lab in batch}) == 1 and 1 <= len(batch) <= 4

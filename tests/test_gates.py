"""The gates themselves can fail: a dishonest lab is caught."""

from __future__ import annotations

import nbformat
import pytest

from aiclass.curriculum import load_curriculum
from aiclass.gates import grade_blank_and_solution, release_leaks, solution_lines

LAB = "junior-how-classifiers-learn"


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
    """Make one test cell of the junior lab trivially true; gate 4 must see it score on blank."""
    path = scratch_project / "labs" / "junior" / LAB / f"{LAB}.ipynb"
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "split-tests")
    cell.source = "assert True  # a dishonest test"
    nbformat.write(nb, path)
    cur = load_curriculum(scratch_project)
    gated = grade_blank_and_solution(cur.lab(LAB), "en", tmp_path, cur)
    assert gated.blank.scores["split-tests"] == gated.blank.max_scores["split-tests"] > 0
    assert gated.blank.scores["train-tests"] == 0

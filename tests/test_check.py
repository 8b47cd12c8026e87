"""`aiclass check`: every grade cell says which lab objectives it measures, and every objective is
measured; each mistake names the notebook, the grade cell (or objective) and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aiclass.check import UNGRADED_STAGES, check_all, lab_problems, objective_problems
from aiclass.curriculum import read_curriculum
from aiclass.notebooks import read_notebook

LAB = "junior-how-classifiers-learn"
NOTEBOOK = f"labs/junior/{LAB}/{LAB}.ipynb"
NEEDS = "grade cell needs metadata aiclass.objectives"


def set_objectives(root: Path, grade_id: str, marks, lang: str | None = None) -> None:
    """Give the grade cells ``grade_id`` (of one language, or all) these objectives (None: none)."""
    path = root / NOTEBOOK
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        meta = cell["metadata"]
        if meta.get("nbgrader", {}).get("grade_id") != grade_id:
            continue
        if lang and meta.get("aiclass", {}).get("lang") != lang:
            continue
        if marks is None:
            meta.get("aiclass", {}).pop("objectives", None)
        else:
            meta.setdefault("aiclass", {})["objectives"] = marks
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False), encoding="utf-8")


def problems_of(root: Path) -> list[str]:
    cur, problems = read_curriculum(root)
    assert not problems
    return [str(p) for p in lab_problems(cur.lab(LAB), root)]


def test_every_graded_lab_of_the_real_repository_maps_its_grade_cells(curriculum):
    graded = [lab for lab in curriculum.labs.values() if lab.stage not in UNGRADED_STAGES]
    assert len(graded) >= 3
    for lab in graded:
        nb = read_notebook(lab.notebook)
        rel = str(lab.notebook.relative_to(curriculum.root))
        assert objective_problems(lab, nb, rel) == [], lab.id
        cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
        assert cells and all(c.metadata.aiclass.objectives for c in cells), lab.id


def test_the_real_repository_passes_every_check(curriculum):
    problems = check_all(curriculum.root)[1]
    assert not problems, "\n".join(map(str, problems))


def test_the_scratch_copy_starts_clean(scratch_project):
    assert problems_of(scratch_project) == []


def test_a_grade_cell_without_objectives_is_named(scratch_project):
    set_objectives(scratch_project, "split-tests", None)
    problems = problems_of(scratch_project)
    assert any(p.startswith(f"{NOTEBOOK}: split-tests: {NEEDS}") for p in problems), problems
    # split-tests was the only cell measuring objective 1
    assert f"{NOTEBOOK}: objective 1: no grade cell measures it" in "\n".join(problems)


def test_a_written_answer_without_objectives_in_one_language_is_named(scratch_project):
    set_objectives(scratch_project, "think", None, lang="zh-CN")
    problems = problems_of(scratch_project)
    assert [p for p in problems if NEEDS in p] == [
        f"{NOTEBOOK}: think: {NEEDS}: the numbers (1-3) of the lab.yaml objectives it measures"
    ]


@pytest.mark.parametrize("marks", [[], "2", 2, [True], [1.0], ["1"]])
def test_objectives_that_are_not_a_list_of_numbers_are_named(scratch_project, marks):
    set_objectives(scratch_project, "train-tests", marks)
    problems = problems_of(scratch_project)
    why = f"aiclass.objectives must be a non-empty list of objective numbers (1-3), not {marks!r}"
    assert f"{NOTEBOOK}: train-tests: {why}" in problems


@pytest.mark.parametrize("marks", [[4], [0], [2, 7]])
def test_an_objective_the_lab_does_not_have_is_named(scratch_project, marks):
    set_objectives(scratch_project, "train-tests", marks)
    wrong = next(m for m in marks if not 1 <= m <= 3)
    why = f"aiclass.objectives names objective {wrong}, but lab.yaml has only 3"
    assert f"{NOTEBOOK}: train-tests: {why}" in problems_of(scratch_project)


def test_an_objective_no_cell_measures_is_named(scratch_project):
    set_objectives(scratch_project, "train-tests", [1])
    why = "no grade cell measures it (add it to a grade cell's aiclass.objectives)"
    assert problems_of(scratch_project) == [f"{NOTEBOOK}: objective 2: {why}"]


def test_the_two_languages_of_a_written_answer_must_agree(scratch_project):
    set_objectives(scratch_project, "think", [1], lang="zh-CN")
    assert problems_of(scratch_project) == [
        f"{NOTEBOOK}: think: its cells name different objectives ([3] and [1])"
    ]


def test_an_ungraded_lab_needs_no_objectives(curriculum):
    lower = [lab for lab in curriculum.labs.values() if lab.stage in UNGRADED_STAGES]
    assert lower
    for lab in lower:
        assert objective_problems(lab, read_notebook(lab.notebook), lab.id) == []


def test_a_junior_lab_that_does_not_load_the_partner_is_named(scratch_project):
    path = scratch_project / NOTEBOOK
    nb = json.loads(path.read_text(encoding="utf-8"))
    first = next(cell for cell in nb["cells"] if cell["cell_type"] == "code")
    source = "".join(first["source"]).replace("%load_ext aiclass.partner\n", "")
    first["source"] = source
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False), encoding="utf-8")
    problems = problems_of(scratch_project)
    assert (
        f"{NOTEBOOK}: setup: a junior lab's set-up cell must start with '%load_ext aiclass.partner'"
        in problems
    )

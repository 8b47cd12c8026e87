"""Do the CSV reports show every student, score per grade cell and objective, and flag failures?"""

from __future__ import annotations

import csv
import json
import shutil

import nbformat

from aiclass.curriculum import load_curriculum
from aiclass.grade.reports import objective_map, write_assignment_report, write_class_report
from aiclass.grade.runner import StudentResult, save_result
from aiclass.grade.worker import state_dir

LAB = "grading-fixture"


def grade_cell(grade_id: str, objectives=None) -> dict:
    meta = {"nbgrader": {"grade": True, "grade_id": grade_id}}
    if objectives:
        meta["aiclass"] = {"objectives": objectives}
    return {"cell_type": "code", "metadata": meta, "source": ""}


def test_declared_objectives_win_and_order_is_the_fallback(tmp_path):
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps({"cells": [grade_cell("a"), grade_cell("b"), grade_cell("c")]}))
    assert objective_map(path, 3) == ({"a": [1], "b": [2], "c": [3]}, True)
    path.write_text(json.dumps({"cells": [grade_cell("a", [2]), grade_cell("b", [1, 3])]}))
    assert objective_map(path, 3) == ({"a": [2], "b": [1, 3]}, False)
    # a cell that says nothing still gets a column (by its place), and the map says it inferred
    cells = [grade_cell("a", [3]), grade_cell("b"), grade_cell("c", [1])]
    path.write_text(json.dumps({"cells": cells}))
    assert objective_map(path, 3) == ({"a": [3], "b": [2], "c": [1]}, True)


def test_a_failed_submission_is_flagged_never_a_silent_zero(fixture_project, tmp_path):
    course = tmp_path / "course"
    (course / "source" / LAB).mkdir(parents=True)
    cells = [grade_cell("split-tests"), grade_cell("train-tests"), grade_cell("think")]
    (course / "source" / LAB / f"{LAB}.ipynb").write_text(json.dumps({"cells": cells}))
    (course / "aiclass-course.yaml").write_text("language: zh-CN\n")
    folder = state_dir(course, LAB)
    scores = {"split-tests": [2.0, 2.0], "train-tests": [0.0, 2.0], "think": [0.0, 2.0]}
    save_result(folder, StudentResult("ana", "graded", score=2.0, max_score=6.0, scores=scores))
    save_result(folder, StudentResult("bo", "failed", message="notebook is not valid JSON"))
    report = write_assignment_report(course, LAB, load_curriculum(fixture_project, strict=False))
    rows = list(csv.reader(report.open(encoding="utf-8-sig")))
    assert rows[0][:5] == ["student", "status", "score", "max_score", "split-tests"]
    assert rows[0][7].startswith("O1 (inferred): 我能")
    assert rows[1][:4] == ["ana", "graded", "2.0", "6.0"] and rows[1][7:10] == ["2/2", "0/2", "0/2"]
    assert rows[2][:4] == ["bo", "failed", "", ""] and rows[2][-1] == "notebook is not valid JSON"
    table = list(csv.reader(write_class_report(course).open(encoding="utf-8-sig")))
    assert table[2][:4] == ["bo", "", "", "failed: notebook is not valid JSON"]


def test_a_lab_that_declares_its_objectives_has_columns_that_add_up_to_the_score(
    built_course, fixture_project, tmp_path
):
    course = tmp_path / "course"
    shutil.copytree(built_course, course)
    source = course / "source" / LAB / f"{LAB}.ipynb"
    mapping, inferred = objective_map(source, 3)
    assert not inferred
    assert mapping == {
        "split-tests": [1],
        "train-tests": [2],
        "confusion-tests": [3],
        "depth-tests": [3],
        "think": [3],
    }
    # nbgrader generate_assignment keeps the cells' objectives in the release too
    release = nbformat.read(course / "release" / LAB / f"{LAB}.ipynb", as_version=4)
    released = {
        c.metadata.nbgrader.grade_id: c.metadata.aiclass.objectives
        for c in release.cells
        if c.metadata.get("nbgrader", {}).get("grade")
    }
    assert released == mapping
    points = {
        c.metadata.nbgrader.grade_id: float(c.metadata.nbgrader.points)
        for c in nbformat.read(source, as_version=4).cells
        if c.metadata.get("nbgrader", {}).get("grade")
    }
    got = {
        "split-tests": 2.0,
        "train-tests": 0.0,
        "confusion-tests": 2.0,
        "depth-tests": 1.0,
        "think": 1.5,
    }
    scores = {cell: [got[cell], points[cell]] for cell in points}
    total, out_of = sum(got.values()), sum(points.values())
    result = StudentResult("ana", "graded", score=total, max_score=out_of, scores=scores)
    save_result(state_dir(course, LAB), result)
    curriculum = load_curriculum(fixture_project, strict=False)
    report = write_assignment_report(course, LAB, curriculum)
    rows = list(csv.reader(report.open(encoding="utf-8-sig")))
    objective_columns = [i for i, name in enumerate(rows[0]) if name.startswith("O")]
    assert [rows[0][i][:4] for i in objective_columns] == ["O1: ", "O2: ", "O3: "]
    assert not any("inferred" in name for name in rows[0])
    cells = [(float(a), float(b)) for a, b in (rows[1][i].split("/") for i in objective_columns)]
    assert sum(a for a, _ in cells) == total == float(rows[1][2])
    assert sum(b for _, b in cells) == out_of == float(rows[1][3])
    assert rows[1][objective_columns[0]] == "2/2"  # split-tests alone measures objective 1

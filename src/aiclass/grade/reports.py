"""CSV reports: one per assignment (score per student, grade cell and lab objective) and one per
class (every assignment graded so far). A submission that could not be graded has an empty score
and the status ``failed`` with its reason, never a silent 0; ``flagged`` means graded, but look.

Grade cells map to the lab's objectives (lab.yaml) by ``metadata.aiclass.objectives`` (1-based
numbers) on the cell in the lab's source notebook (``aiclass check`` makes every graded lab
say); a cell that does not say is given an objective by its place in the notebook, and the
report's header then says the mapping was inferred.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING

from aiclass.grade.runner import load_results

if TYPE_CHECKING:
    from aiclass.curriculum import Curriculum

REPORTS = "reports"


def _lab_objectives(assignment: str, language: str, curriculum: Curriculum | None) -> list[str]:
    try:
        from aiclass.curriculum import load_curriculum

        lab = (curriculum or load_curriculum(strict=False)).lab(assignment)
    except Exception:
        return []
    return [o.text(language) for o in lab.manifest.objectives]


def _declared(marks: object) -> list[int]:
    """The objective numbers a cell declares; [] when it declares none (or nothing readable)."""
    try:
        return [int(m) for m in (marks if isinstance(marks, list) else [marks])] if marks else []
    except (TypeError, ValueError):
        return []


def objective_map(source_notebook: Path, objectives: int) -> tuple[dict[str, list[int]], bool]:
    """{grade id: [objective numbers]} and whether any of it was inferred from the cells' order.

    Cells that declare no objectives get one by their place in the notebook (and the map is
    marked inferred), so no grade cell drops out of the report."""
    if not objectives or not source_notebook.is_file():
        return {}, False
    nb = json.loads(source_notebook.read_text("utf-8"))
    graded: list[str] = []
    declared: dict[str, list[int]] = {}
    for cell in nb.get("cells", []):
        meta = cell.get("metadata", {})
        grade_id = meta.get("nbgrader", {}).get("grade_id")
        if not meta.get("nbgrader", {}).get("grade") or grade_id in graded:
            continue
        graded.append(grade_id)
        marks = _declared(meta.get("aiclass", {}).get("objectives"))
        if marks:
            declared[grade_id] = marks
    count = len(graded)
    mapping = {g: declared.get(g) or [i * objectives // count + 1] for i, g in enumerate(graded)}
    return mapping, len(declared) < count


def course_language(course: Path) -> str:
    import yaml

    try:
        info = yaml.safe_load((course / "aiclass-course.yaml").read_text("utf-8")) or {}
    except OSError:
        info = {}
    return str(info.get("language", "en"))


def assignment_rows(
    course: Path, assignment: str, curriculum: Curriculum | None = None
) -> tuple[list[str], list[list[object]]]:
    """Header and rows of one assignment's report (objectives from ``curriculum``: by default
    the project's own)."""
    results = load_results(course, assignment)
    objectives = _lab_objectives(assignment, course_language(course), curriculum)
    notebooks = sorted((course / "source" / assignment).glob("*.ipynb"))
    mapping, inferred = objective_map(notebooks[0], len(objectives)) if notebooks else ({}, False)
    cells = list(mapping) or sorted({c for r in results.values() for c in r.scores})
    note = " (inferred)" if inferred else ""
    header = [
        "student",
        "status",
        "score",
        "max_score",
        *cells,
        *[f"O{i + 1}{note}: {text}" for i, text in enumerate(objectives)],
        "message",
    ]
    rows: list[list[object]] = []
    for student in sorted(results):
        r = results[student]
        graded = r.status != "failed"
        per_cell = [r.scores.get(c, [None])[0] if graded else "" for c in cells]
        per_objective = []
        for number in range(1, len(objectives) + 1):
            mine = [c for c, marks in mapping.items() if number in marks and c in r.scores]
            got = sum(r.scores[c][0] for c in mine)
            out_of = sum(r.scores[c][1] for c in mine)
            per_objective.append(f"{got:g}/{out_of:g}" if graded and out_of else "")
        rows.append(
            [
                student,
                r.status,
                r.score if graded else "",
                r.max_score if graded else "",
                *per_cell,
                *per_objective,
                r.message,
            ]
        )
    return header, rows


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:  # BOM: Excel reads Chinese
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_assignment_report(
    course: Path, assignment: str, curriculum: Curriculum | None = None
) -> Path:
    """reports/<assignment>.csv in the course folder."""
    header, rows = assignment_rows(course, assignment, curriculum)
    return write_csv(course / REPORTS / f"{assignment}.csv", header, rows)


def write_class_report(course: Path) -> Path:
    """reports/class.csv: every student, every assignment graded with aiclass grade."""
    state = course / ".aiclass-grade"
    assignments = sorted(p.name for p in state.iterdir() if p.is_dir()) if state.is_dir() else []
    table = {a: load_results(course, a) for a in assignments}
    students = sorted({s for results in table.values() for s in results})
    header = ["student"]
    for a in assignments:
        header += [f"{a} score", f"{a} max", f"{a} status"]
    header += ["total", "max_total"]
    rows = []
    for student in students:
        row: list[object] = [student]
        total = out_of = 0.0
        for a in assignments:
            r = table[a].get(student)
            if r is None:
                row += ["", "", "not submitted"]
            elif r.status == "failed":
                row += ["", "", f"failed: {r.message}"]
            else:
                row += [r.score, r.max_score, r.status]
                total += r.score or 0
                out_of += r.max_score or 0
        rows.append([*row, round(total, 2), round(out_of, 2)])
    return write_csv(course / REPORTS / "class.csv", header, rows)

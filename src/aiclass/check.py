"""``aiclass check``: every static check of the curriculum, the labs and the message catalogs.

Fast (no kernel, no nbgrader): it reads files. Each problem names the file, the place and why.
"""

from __future__ import annotations

import re
from pathlib import Path

from nbformat import NotebookNode

from aiclass.curriculum import Curriculum, Lab, Problem, read_curriculum
from aiclass.errors import AiclassError
from aiclass.i18n import LANGUAGES, catalog, placeholders
from aiclass.notebooks import (
    grading_problems,
    is_autograded_test,
    language_problems,
    nbgrader_meta,
    output_problems,
    read_notebook,
)

UNGRADED_STAGES = {"primary-lower"}
PARTNER_STAGES = {"junior"}  # beginners: the learning partner explains their errors
PARTNER_LINE = "%load_ext aiclass.partner"
GUIDE_SECTIONS = {"en": "## English", "zh-CN": "## 中文"}


def teacher_guide(lab: Lab, root: Path) -> Path:
    return root / "teacher_guides" / lab.stage / f"{lab.id}.md"


def guide_problems(lab: Lab, root: Path) -> list[Problem]:
    path = teacher_guide(lab, root)
    rel = str(path.relative_to(root))
    if not path.is_file():
        return [Problem(rel, "", f"teacher guide for {lab.id} is missing")]
    text = path.read_text(encoding="utf-8")
    return [
        Problem(rel, heading, f"needs a section '{heading}' ({lang})")
        for lang, heading in GUIDE_SECTIONS.items()
        if heading not in text
    ]


def message_keys_used(text: str, lab_id: str) -> set[str]:
    return set(re.findall(rf'"({re.escape(lab_id)}\.[A-Za-z0-9_]+)"', text))


def _marks_problem(marks: object, count: int) -> str | None:
    """Why a grade cell's ``aiclass.objectives`` is not a list of this lab's objective numbers."""
    if marks is None:
        return (
            f"grade cell needs metadata aiclass.objectives: the numbers (1-{count}) of the "
            "lab.yaml objectives it measures"
        )
    if not isinstance(marks, list) or not marks or any(type(m) is not int for m in marks):
        return (
            f"aiclass.objectives must be a non-empty list of objective numbers (1-{count}), "
            f"not {marks!r}"
        )
    wrong = [m for m in marks if not 1 <= m <= count]
    if wrong:
        return f"aiclass.objectives names objective {wrong[0]}, but lab.yaml has only {count}"
    return None


def objective_problems(lab: Lab, nb: NotebookNode, rel: str) -> list[Problem]:
    """Each grade cell says which lab.yaml objectives it measures; each objective is measured."""
    if lab.stage in UNGRADED_STAGES:
        return []
    count = len(lab.manifest.objectives)
    problems: list[Problem] = []
    first: dict[str, object] = {}
    measured: set[int] = set()
    for cell in nb.cells:
        if not nbgrader_meta(cell).get("grade"):
            continue
        grade_id = str(nbgrader_meta(cell).get("grade_id") or "?")
        marks = cell.get("metadata", {}).get("aiclass", {}).get("objectives")
        why = _marks_problem(marks, count)
        if why:
            problems.append(Problem(rel, grade_id, why))
            continue
        if grade_id in first and first[grade_id] != marks:
            why = f"its cells name different objectives ({first[grade_id]} and {marks})"
            problems.append(Problem(rel, grade_id, why))
        first.setdefault(grade_id, marks)
        measured.update(marks)
    for number in range(1, count + 1):
        if number not in measured:
            why = "no grade cell measures it (add it to a grade cell's aiclass.objectives)"
            problems.append(Problem(rel, f"objective {number}", why))
    return problems


def partner_problems(lab: Lab, nb: NotebookNode, rel: str) -> list[Problem]:
    """A junior lab's set-up cell (its first code cell) loads the learning partner first."""
    if lab.stage not in PARTNER_STAGES:
        return []
    first = next((cell for cell in nb.cells if cell.cell_type == "code"), None)
    if first is None or not first.source.lstrip().startswith(PARTNER_LINE):
        return [
            Problem(
                rel, "setup", f"a {lab.stage} lab's set-up cell must start with {PARTNER_LINE!r}"
            )
        ]
    return []


def lab_problems(lab: Lab, root: Path) -> list[Problem]:
    rel = str(lab.notebook.relative_to(root))
    try:
        nb = read_notebook(lab.notebook)
    except AiclassError as exc:
        return [Problem(rel, "", str(exc).split(": ", 1)[-1])]
    problems = [Problem(rel, "", text) for text in language_problems(nb)]
    problems += [Problem(rel, "", text) for text in output_problems(nb)]
    problems += [Problem(rel, "", text) for text in grading_problems(nb)]
    if lab.stage not in UNGRADED_STAGES and not any(is_autograded_test(c) for c in nb.cells):
        problems.append(Problem(rel, "", "a graded lab needs at least one autograder test cell"))
    problems += objective_problems(lab, nb, rel)
    problems += partner_problems(lab, nb, rel)
    code = "\n".join(cell.source for cell in nb.cells if cell.cell_type == "code")
    for key in sorted(message_keys_used(code, lab.id)):
        for lang in LANGUAGES:
            if key not in catalog(lang):
                problems.append(
                    Problem(
                        rel,
                        key,
                        f"message is missing from src/aiclass/locales/{lang}/{lab.id}.yaml",
                    )
                )
    problems += guide_problems(lab, root)
    return problems


def catalog_problems() -> list[Problem]:
    problems = []
    english, chinese = catalog("en"), catalog("zh-CN")
    for key in sorted(set(english) ^ set(chinese)):
        missing = "zh-CN" if key in english else "en"
        problems.append(Problem(f"src/aiclass/locales/{missing}/", key, "message is missing"))
    for key in sorted(set(english) & set(chinese)):
        if placeholders(english[key]) != placeholders(chinese[key]):
            problems.append(
                Problem("src/aiclass/locales", key, "en and zh-CN use different {placeholders}")
            )
    return problems


def track_problems(cur: Curriculum) -> list[Problem]:
    in_a_track = {lab for track in cur.tracks.values() for lab in track.labs}
    return [
        Problem(
            str((lab.folder / "lab.yaml").relative_to(cur.root)),
            "id",
            "is in no track in curriculum/tracks/",
        )
        for lab in cur.labs.values()
        if lab.id not in in_a_track
    ]


def check_all(root: Path | None = None) -> tuple[Curriculum, list[Problem]]:
    """Run every static check; return the curriculum and all problems found."""
    cur, problems = read_curriculum(root)
    for lab in cur.labs.values():
        problems += lab_problems(lab, cur.root)
    problems += track_problems(cur)
    problems += catalog_problems()
    return cur, problems

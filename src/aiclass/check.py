"""``aiclass check``: every static check of the curriculum, the labs and the message catalogs.

Fast (no kernel, no nbgrader): it reads files. Each problem names the file, the place and why.
"""

from __future__ import annotations

import re
from pathlib import Path

from aiclass.curriculum import Curriculum, Lab, Problem, read_curriculum
from aiclass.errors import AiclassError
from aiclass.i18n import LANGUAGES, catalog, placeholders
from aiclass.notebooks import (
    grading_problems,
    is_autograded_test,
    language_problems,
    output_problems,
    read_notebook,
)

UNGRADED_STAGES = {"primary-lower"}
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
    code = "\n".join(cell.source for cell in nb.cells if cell.cell_type == "code")
    for key in sorted(message_keys_used(code, lab.id)):
        for lang in LANGUAGES:
            if key not in catalog(lang):
                problems.append(Problem(rel, key, f"message is missing from src/aiclass/locales/{lang}/{lab.id}.yaml"))
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
            problems.append(Problem("src/aiclass/locales", key, "en and zh-CN use different {placeholders}"))
    return problems


def track_problems(cur: Curriculum) -> list[Problem]:
    in_a_track = {lab for track in cur.tracks.values() for lab in track.labs}
    return [
        Problem(str((lab.folder / "lab.yaml").relative_to(cur.root)), "id", "is in no track in curriculum/tracks/")
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

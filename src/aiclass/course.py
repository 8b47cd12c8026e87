"""Build an nbgrader course folder from chosen labs in one language.

``build_course`` writes the whole course in a temporary folder beside the destination and moves
it into place only when every lab was released, so a failure leaves nothing half-written. Running
it again on the same course is safe: the gradebook (and any students in it) is kept.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from string import Template

import nbformat
import yaml

from aiclass.curriculum import Curriculum, Lab, load_curriculum
from aiclass.errors import AiclassError
from aiclass.i18n import COURSE_FILE, normalize_language, t
from aiclass.nbgrader_cli import run_batch
from aiclass.notebooks import for_language, read_notebook

STUDENT_WORK_FOLDERS = ("submitted", "autograded", "feedback")
MANAGED = ("source", "release", "nbgrader_config.py", COURSE_FILE, "gradebook.db")


@dataclass(frozen=True)
class Course:
    """A built course: where it is, its language and its labs."""

    folder: Path
    language: str
    stage: str
    labs: tuple[str, ...]


def choose_labs(cur: Curriculum, stage: str, lab_ids: list[str] | None) -> list[Lab]:
    """The labs of ``stage`` (all, or those named), in teaching order."""
    cur.stage(stage)
    if lab_ids:
        labs = [cur.lab(lab_id) for lab_id in lab_ids]
        for lab in labs:
            if lab.stage != stage:
                raise AiclassError(f"lab {lab.id!r} belongs to stage {lab.stage!r}, not {stage!r}")
        return labs
    labs = cur.labs_in_order(stage)
    if not labs:
        raise AiclassError(f"stage {stage!r} has no labs yet")
    return labs


def student_work_in(folder: Path) -> str | None:
    """Describe the student work already in a course folder, or None if there is none."""
    for name in STUDENT_WORK_FOLDERS:
        sub = folder / name
        if sub.is_dir() and any(sub.iterdir()):
            return f"{name}/"
    db = folder / "gradebook.db"
    if db.is_file():
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                count = conn.execute("select count(*) from submitted_assignment").fetchone()[0]
        except sqlite3.Error:
            count = 0
        if count:
            return f"{count} submission(s) in gradebook.db"
    return None


def _check_destination(dest: Path) -> None:
    if dest.exists() and not dest.is_dir():
        raise AiclassError(f"{dest} is a file, not a folder")
    if dest.is_dir() and any(dest.iterdir()) and not (dest / COURSE_FILE).is_file():
        raise AiclassError(f"{dest} is not empty and is not an aiclass course; choose a new folder")
    if dest.is_dir():
        work = student_work_in(dest)
        if work:
            raise AiclassError(
                f"{dest} already holds student work ({work}); build the new course in another folder"
            )
    parent = dest if dest.is_dir() else dest.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise AiclassError(f"{parent} is a file, not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise AiclassError(f"cannot write in {parent} (permission denied)")


def nbgrader_config(course_id: str, lang: str, labs: list[Lab], root: Path) -> str:
    template = Template((root / "graders" / "nbgrader_config.py.template").read_text("utf-8"))
    slowest = max(lab.manifest.budget_s for lab in labs)
    return template.substitute(
        course_id=course_id,
        cell_timeout=max(60, 2 * slowest),
        code_stub=t("course.code_stub", lang).replace("\n", "\\n").replace('"', '\\"'),
        text_stub=t("course.text_stub", lang).replace('"', '\\"'),
    )


def write_source(lab: Lab, lang: str, course: Path) -> None:
    """source/<lab>/: the lab's notebook in one language, and its data."""
    target = course / "source" / lab.id
    target.mkdir(parents=True)
    nb = for_language(read_notebook(lab.notebook), lang)
    nbformat.write(nb, target / lab.notebook.name)
    if (lab.folder / "data").is_dir():
        shutil.copytree(lab.folder / "data", target / "data")


def generate_releases(course: Path, lab_ids: list[str]) -> None:
    """``nbgrader generate_assignment`` for every lab, in one nbgrader process."""
    for step in run_batch(course, "generate", lab_ids):
        if not step["ok"]:
            raise AiclassError(
                f"nbgrader generate_assignment {step['lab']} failed: {step['error']}"
            )


def build_course(
    dest: Path,
    stage: str,
    lang: str,
    lab_ids: list[str] | None = None,
    curriculum: Curriculum | None = None,
) -> Course:
    """Make (or remake) a ready nbgrader course in ``dest`` with ``release/`` generated."""
    try:
        lang = normalize_language(lang)
    except ValueError as exc:
        raise AiclassError(str(exc)) from None
    cur = curriculum or load_curriculum()
    labs = choose_labs(cur, stage, lab_ids)
    dest = dest.expanduser().resolve()
    _check_destination(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)

    building = Path(tempfile.mkdtemp(prefix=f".{dest.name}.building-", dir=dest.parent))
    try:
        if (dest / "gradebook.db").is_file():
            shutil.copy2(dest / "gradebook.db", building / "gradebook.db")
        course_id = dest.name
        (building / "nbgrader_config.py").write_text(
            nbgrader_config(course_id, lang, labs, cur.root), encoding="utf-8"
        )
        info = {
            "course_id": course_id,
            "language": lang,
            "stage": stage,
            "labs": [lab.id for lab in labs],
        }
        (building / COURSE_FILE).write_text(yaml.safe_dump(info, allow_unicode=True), "utf-8")
        for lab in labs:
            write_source(lab, lang, building)
        generate_releases(building, [lab.id for lab in labs])
        _move_into_place(building, dest)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return Course(folder=dest, language=lang, stage=stage, labs=tuple(lab.id for lab in labs))


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def _move_into_place(building: Path, dest: Path) -> None:
    if not dest.exists():
        building.rename(dest)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old-", dir=dest.parent))
    try:
        for name in MANAGED:
            if (dest / name).exists():
                (dest / name).rename(old / name)
        for name in MANAGED:
            if (building / name).exists():
                (building / name).rename(dest / name)
    except OSError:
        for name in MANAGED:  # put the old course back as it was
            if (old / name).exists():
                _remove(dest / name)
                (old / name).rename(dest / name)
        raise
    finally:
        shutil.rmtree(old, ignore_errors=True)

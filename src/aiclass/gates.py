"""The gates every lab passes (DESIGN.md), as functions the tests and ``aiclass check`` share.

1 static: manifest, teacher guide, both languages   (see check.py)
2 the solution runs top to bottom, offline, within the lab's time budget
3 the release holds no solution and no hidden test
4 the blank release scores 0 on every autograded test cell      } one real `nbgrader autograde`
5 the solution, submitted as a student's answer, scores full marks } for both
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat

from aiclass.course import build_course
from aiclass.curriculum import Curriculum, Lab
from aiclass.errors import AiclassError
from aiclass.nbgrader_cli import nbgrader_env, run_nbgrader
from aiclass.notebooks import (
    HIDDEN_BEGIN,
    HIDDEN_END,
    SOLUTION_BEGIN,
    SOLUTION_END,
    for_language,
    is_autograded_test,
    nbgrader_meta,
    read_notebook,
)
from aiclass.offline import offline_prefix

BLANK, SOLUTION = "blank-release", "teacher-solution"


@dataclass(frozen=True)
class RunResult:
    ok: bool
    seconds: float
    offline: bool
    message: str


def run_solution(lab: Lab, lang: str, workdir: Path, offline: bool = True) -> RunResult:
    """Gate 2: run the lab's notebook (with solutions) in ``lang`` in a copy of its folder."""
    folder = workdir / f"run-{lab.id}-{lang}"
    shutil.copytree(lab.folder, folder, ignore=shutil.ignore_patterns("example_work", "*.work.json"))
    for name in lab.manifest.example_work:
        shutil.copy2(lab.folder / "example_work" / name, folder / name)
    notebook = folder / lab.notebook.name
    nbformat.write(for_language(read_notebook(lab.notebook), lang), notebook)
    prefix = offline_prefix() if offline else None
    command = [*(prefix or []), sys.executable, "-m", "aiclass.run_notebook", str(notebook)]
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=folder, env=nbgrader_env(), capture_output=True, text=True,
            timeout=lab.manifest.budget_s * 3 + 60,
        )
    except subprocess.TimeoutExpired:
        return RunResult(False, time.perf_counter() - start, prefix is not None, "did not finish")
    seconds = time.perf_counter() - start
    lines = (done.stdout + done.stderr).strip().splitlines()
    verdict = [line for line in lines if line.startswith(("OK ", "FAILED "))]
    message = (verdict or lines or ["no output"])[-1]
    return RunResult(done.returncode == 0, seconds, prefix is not None, message)


def solution_lines(source_text: str) -> list[str]:
    """Lines between solution or hidden-test markers (what must never reach students)."""
    secret, inside = [], False
    for line in source_text.splitlines():
        stripped = line.strip()
        if stripped in (SOLUTION_BEGIN, HIDDEN_BEGIN):
            inside = True
        elif stripped in (SOLUTION_END, HIDDEN_END):
            inside = False
        elif inside and len(stripped) > 12 and not stripped.startswith("#"):
            secret.append(stripped)
    return secret


def release_leaks(source_nb: Path, release_nb: Path) -> list[str]:
    """Gate 3: solution or hidden-test lines (or markers) found in the release."""
    source = read_notebook(source_nb)
    release = read_notebook(release_nb)
    # Markdown instructions may quote a line on purpose ("make `model = ...`"); code may not.
    released = "\n".join(cell.source for cell in release.cells if cell.cell_type == "code")
    leaks = [marker for marker in (SOLUTION_BEGIN, HIDDEN_BEGIN) if marker in released]
    for cell in source.cells:
        for line in solution_lines(cell.source):
            if line in released and line not in leaks:
                leaks.append(line)
    return leaks


@dataclass(frozen=True)
class GradeResult:
    """Scores by grade cell for one student of the gate course."""

    scores: dict[str, float]
    max_scores: dict[str, float]


@dataclass(frozen=True)
class GatedCourse:
    folder: Path
    lab: Lab
    lang: str
    blank: GradeResult
    solution: GradeResult
    leaks: list[str]
    autograded_cells: list[str]


def autograded_cells(notebook: Path) -> list[str]:
    return [nbgrader_meta(c)["grade_id"] for c in read_notebook(notebook).cells if is_autograded_test(c)]


def read_scores(course: Path, lab: Lab, student: str) -> GradeResult:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(lab.notebook.stem, lab.id, student)
        scores = {g.name: float(g.auto_score or 0) for g in notebook.grades}
        maxima = {g.name: float(g.max_score) for g in notebook.grades}
    return GradeResult(scores, maxima)


def grade_blank_and_solution(lab: Lab, lang: str, workdir: Path, curriculum: Curriculum) -> GatedCourse:
    """Gates 3-5 with real nbgrader: build a course, submit blank and solution, autograde both."""
    course = build_course(workdir / f"course-{lab.id}-{lang}", lab.stage, lang, [lab.id], curriculum)
    folder = course.folder
    release = folder / "release" / lab.id
    source = folder / "source" / lab.id
    for student, origin in ((BLANK, release), (SOLUTION, source)):
        target = folder / "submitted" / student / lab.id
        shutil.copytree(origin, target)
        if student == SOLUTION:
            for name in lab.manifest.example_work:
                shutil.copy2(lab.folder / "example_work" / name, target / name)
    leaks = release_leaks(source / lab.notebook.name, release / lab.notebook.name)
    run_nbgrader(folder, "autograde", lab.id, "--log-level=WARN")
    if not (folder / "autograded" / SOLUTION / lab.id / lab.notebook.name).is_file():
        raise AiclassError(f"{lab.id}: nbgrader autograde produced no graded notebook")
    return GatedCourse(
        folder=folder,
        lab=lab,
        lang=lang,
        blank=read_scores(folder, lab, BLANK),
        solution=read_scores(folder, lab, SOLUTION),
        leaks=leaks,
        autograded_cells=autograded_cells(source / lab.notebook.name),
    )

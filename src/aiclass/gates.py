"""The gates every lab passes (DESIGN.md), as functions the tests and ``aiclass check`` share.

1 static: manifest, teacher guide, both languages   (see check.py)
2 the solution runs top to bottom, offline, within the lab's time budget
3 the release holds no solution and no hidden test
4 the blank release scores 0 on every autograded test cell
5 the solution, submitted as a student's answer, scores full marks

Graded labs pass gates 2-5 in batches (``grade_batch``): a few labs of one stage share an nbgrader
course per language; one process per course generates every release, and one, with the network
cut, autogrades every blank release and solution with real nbgrader. The solution's autograding is
gate 2's run too: it is timed against the budget, and every cell of it must run without an error.
Each lab still runs in both languages: its solution in one, its blank release in the other.
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
from aiclass.i18n import LANGUAGES
from aiclass.nbgrader_cli import nbgrader_env, run_batch
from aiclass.notebooks import (
    HIDDEN_BEGIN,
    HIDDEN_END,
    SOLUTION_BEGIN,
    SOLUTION_END,
    cell_language,
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
    shutil.copytree(
        lab.folder, folder, ignore=shutil.ignore_patterns("example_work", "*.work.json")
    )
    for name in lab.manifest.example_work:
        shutil.copy2(lab.folder / "example_work" / name, folder / name)
    notebook = folder / lab.notebook.name
    nbformat.write(for_language(read_notebook(lab.notebook), lang), notebook)
    prefix = offline_prefix() if offline else None
    command = [*(prefix or []), sys.executable, "-m", "aiclass.run_notebook", str(notebook)]
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command,
            cwd=folder,
            env=nbgrader_env(),
            capture_output=True,
            text=True,
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


def autograded_cells(notebook: Path) -> list[str]:
    return [
        nbgrader_meta(c)["grade_id"] for c in read_notebook(notebook).cells if is_autograded_test(c)
    ]


def read_scores(course: Path, lab: Lab, student: str) -> GradeResult:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(lab.notebook.stem, lab.id, student)
        scores = {g.name: float(g.auto_score or 0) for g in notebook.grades}
        maxima = {g.name: float(g.max_score) for g in notebook.grades}
    return GradeResult(scores, maxima)


@dataclass(frozen=True)
class GatedLab:
    """One lab after the batch: gates 2-5 read from here."""

    lab: Lab
    solution_languages: tuple[str, ...]  # the languages its solution was graded in
    solution_seconds: float  # the slowest of those runs, kernel start and nbgrader included
    solution_errors: list[str]  # cells of a graded solution that raised, with their error
    offline: bool
    blank: GradeResult
    solution: GradeResult
    leaks: list[str]
    autograded_cells: list[str]


def languages_for(index: int) -> tuple[str, str]:
    """(solution language, blank language) of the index-th lab of a batch: they alternate."""
    return ("zh-CN", "en") if index % 2 == 0 else ("en", "zh-CN")


def has_code_per_language(lab: Lab) -> bool:
    """True when some code cell exists in one language only (its solution then runs in both)."""
    return any(
        c.cell_type == "code" and cell_language(c) for c in read_notebook(lab.notebook).cells
    )


def error_cells(notebook: Path) -> list[str]:
    """The code cells of an executed notebook that ended in an error: 'grade_id or #n: Error'."""
    found = []
    for number, cell in enumerate(read_notebook(notebook).cells, 1):
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if output.get("output_type") == "error":
                name = nbgrader_meta(cell).get("grade_id") or f"cell {number}"
                found.append(f"{name}: {output.get('ename')}: {str(output.get('evalue'))[:200]}")
    return found


def _submit(course: Path, lab: Lab, student: str) -> str:
    origin = course / ("source" if student == SOLUTION else "release") / lab.id
    target = course / "submitted" / student / lab.id
    shutil.copytree(origin, target)
    if student == SOLUTION:
        for name in lab.manifest.example_work:
            shutil.copy2(lab.folder / "example_work" / name, target / name)
    return f"{lab.id}:{student}"


def grade_batch(
    labs: list[Lab], workdir: Path, curriculum: Curriculum, offline: bool = True
) -> dict[str, GatedLab]:
    """Gates 2-5 for labs of one stage with real nbgrader: a course per language, 4 processes.

    Each lab's solution is graded in one language and its blank release in the other (they
    alternate along the batch), so every lab runs in both; a lab with code cells of its own per
    language has its solution graded in both.
    """
    stages = {lab.stage for lab in labs}
    if len(stages) != 1:
        raise AiclassError(f"a gate batch holds labs of one stage, not {sorted(stages)}")
    stage, ids = stages.pop(), [lab.id for lab in labs]
    courses = {
        lang: build_course(workdir / f"course-{lang}", stage, lang, ids, curriculum).folder
        for lang in LANGUAGES
    }
    jobs: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
    solved_in: dict[str, tuple[str, ...]] = {}
    blank_in: dict[str, str] = {}
    for index, lab in enumerate(labs):
        solution_lang, blank_lang = languages_for(index)
        solved_in[lab.id] = LANGUAGES if has_code_per_language(lab) else (solution_lang,)
        blank_in[lab.id] = blank_lang
        jobs[blank_lang].append(_submit(courses[blank_lang], lab, BLANK))
        for lang in solved_in[lab.id]:
            jobs[lang].append(_submit(courses[lang], lab, SOLUTION))
    prefix = offline_prefix() if offline else None
    seconds: dict[str, float] = {}
    for lang, folder in courses.items():
        steps = run_batch(folder, "autograde", jobs[lang], prefix=prefix)
        failed = [f"{s['lab']} ({s['student']}): {s['error']}" for s in steps if not s["ok"]]
        if failed:
            raise AiclassError(f"nbgrader autograde ({lang}) failed: " + "; ".join(failed))
        for step in steps:
            if step["student"] == SOLUTION:
                seconds[step["lab"]] = max(seconds.get(step["lab"], 0.0), step["seconds"])
    gated = {}
    for lab in labs:
        name = lab.notebook.name
        first = courses[solved_in[lab.id][0]]
        errors, leaks = [], []
        for lang in solved_in[lab.id]:
            graded = courses[lang] / "autograded" / SOLUTION / lab.id / name
            if not graded.is_file():
                raise AiclassError(f"{lab.id}: nbgrader autograde ({lang}) made no graded notebook")
            errors += [f"({lang}) {error}" for error in error_cells(graded)]
        for folder in courses.values():
            leaks += release_leaks(
                folder / "source" / lab.id / name, folder / "release" / lab.id / name
            )
        gated[lab.id] = GatedLab(
            lab=lab,
            solution_languages=solved_in[lab.id],
            solution_seconds=seconds[lab.id],
            solution_errors=errors,
            offline=prefix is not None,
            blank=read_scores(courses[blank_in[lab.id]], lab, BLANK),
            solution=read_scores(first, lab, SOLUTION),
            leaks=sorted(set(leaks)),
            autograded_cells=autograded_cells(first / "source" / lab.id / name),
        )
    return gated


def batches(labs: list[Lab], size: int = 4) -> list[list[Lab]]:
    """Labs in batches of at most ``size``, each of one stage (stage order, then id)."""
    by_stage: dict[str, list[Lab]] = {}
    for lab in sorted(labs, key=lambda lab: (lab.stage, lab.id)):
        by_stage.setdefault(lab.stage, []).append(lab)
    out = []
    for stage_labs in by_stage.values():
        count = -(-len(stage_labs) // size)
        for i in range(count):  # spread evenly: 5 labs make batches of 3 and 2, not 4 and 1
            out.append(stage_labs[i::count])
    return out

"""Fixtures: one junior course built per session, copied fresh for each test that grades."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from aiclass.course import build_course
from aiclass.curriculum import load_curriculum

LAB = "junior-how-classifiers-learn"
CORPUS = Path(__file__).resolve().parents[2] / "graders" / "bad_submissions"


@pytest.fixture(scope="session")
def built_course(tmp_path_factory) -> Path:
    # strict=False: another lab's work in progress must not stop these tests; the junior lab must load
    curriculum = load_curriculum(strict=False)
    return build_course(
        tmp_path_factory.mktemp("built") / "course", "junior", "en", [LAB], curriculum
    ).folder


def fresh_course(built: Path, dest: Path, cell_timeout: int = 15) -> Path:
    """A copy of the built course with a shorter cell time limit (tests need not wait 2 minutes)
    and a patient wait for a busy kernel's output (CI machines are shared)."""
    course = dest / "course"
    shutil.copytree(built, course)
    config = course / "nbgrader_config.py"
    text = re.sub(
        r"c\.Execute\.timeout = \d+", f"c.Execute.timeout = {cell_timeout}", config.read_text()
    )
    config.write_text(text + "\nc.Execute.iopub_timeout = 20\n")
    return course


def submit_case(course: Path, case: str, student: str | None = None) -> str:
    """Copy corpus case ``case`` into submitted/<student>/<lab>/ (dropping the .case endings)."""
    student = student or case
    target = course / "submitted" / student / LAB
    target.mkdir(parents=True)
    for path in (CORPUS / case / "submission").iterdir():
        name = path.name[: -len(".case")] if path.name.endswith(".case") else path.name
        shutil.copy2(path, target / name)
    return student


@pytest.fixture
def course(built_course, tmp_path) -> Path:
    return fresh_course(built_course, tmp_path)


class Tools:
    """The helpers above, for test modules (importlib import mode has no package imports)."""

    LAB = LAB
    CORPUS = CORPUS
    fresh_course = staticmethod(fresh_course)
    submit_case = staticmethod(submit_case)


@pytest.fixture(scope="session")
def tools() -> type[Tools]:
    return Tools

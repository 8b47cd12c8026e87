"""Fixtures: one course of the grading fixture lab built per session, copied fresh for each test.

The course is built from ``graders/fixture_lab/grading-fixture`` (a frozen junior lab), never from
the curriculum's labs, so a lab's authors can change their lab without moving these tests.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from pathlib import Path

import pytest

GRADERS = Path(__file__).resolve().parents[2] / "graders"
_course = None


def fixture_course():
    """``graders/fixture_lab/course.py``, imported by its path."""
    global _course
    if _course is None:
        import importlib.util

        spec = importlib.util.spec_from_file_location(
            "grading_fixture_course", GRADERS / "fixture_lab" / "course.py"
        )
        assert spec is not None and spec.loader is not None
        _course = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_course)
    return _course


def corpus():
    """``graders/bad_submissions/submit.py``: the cases and how to hand one in."""
    return fixture_course().load(GRADERS / "bad_submissions" / "submit.py", "grading_corpus")


LAB = "grading-fixture"
CORPUS = GRADERS / "bad_submissions"


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory) -> Path:
    """A project root holding the curriculum and only the fixture lab."""
    return fixture_course().fixture_root(tmp_path_factory.mktemp("project"))


@pytest.fixture(scope="session")
def built_course(tmp_path_factory) -> Path:
    return fixture_course().build_fixture_course(tmp_path_factory.mktemp("built"))


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
    """Hand corpus case ``case`` in as ``student`` (default: the case's name)."""
    return corpus().submit_case(course, case, student, LAB)


@pytest.fixture
def course(built_course, tmp_path) -> Path:
    return fresh_course(built_course, tmp_path)


def busy_cores():
    """``graders/fixture_lab/load.py: busy_cores``: every core kept busy while a block runs."""
    return fixture_course().load(GRADERS / "fixture_lab" / "load.py", "grading_load").busy_cores()


def gradeable_cases() -> list[str]:
    """Every corpus case this machine can hand in (a device file needs root)."""
    cases = corpus().case_names()
    return [c for c in cases if os.geteuid() == 0 or not corpus().needs_root(c)]


class CorpusRuns:
    """Gradings of the whole corpus in one batch each, by (workers, busy machine): each made
    once per session, when a test first asks, and shared by every test that asks again."""

    TIMEOUT = 15  # the corpus's cell limit, in CPU seconds (and in seconds of waiting)

    def __init__(self, built: Path, tmp_path_factory) -> None:
        self.built, self.tmp_path_factory = built, tmp_path_factory
        self.runs: dict[tuple[int, bool], tuple[Path, dict]] = {}

    def get(self, workers: int, busy: bool = False) -> tuple[Path, dict]:
        """(course, {case: StudentResult}) graded with ``workers``, on a busy machine or not."""
        from aiclass.grade.runner import grade_assignment

        key = (workers, busy)
        if key not in self.runs:
            name = f"corpus-{workers}w-{'busy' if busy else 'idle'}"
            course = fresh_course(self.built, self.tmp_path_factory.mktemp(name), self.TIMEOUT)
            for case in gradeable_cases():
                submit_case(course, case)
            with busy_cores() if busy else contextlib.nullcontext():
                run = grade_assignment(course, LAB, workers=workers)
            self.runs[key] = (course, {r.student: r for r in run.results})
        return self.runs[key]


@pytest.fixture(scope="session")
def corpus_runs(built_course, tmp_path_factory) -> CorpusRuns:
    return CorpusRuns(built_course, tmp_path_factory)


class Tools:
    """The helpers above, for test modules (importlib import mode has no package imports)."""

    LAB = LAB
    CORPUS = CORPUS
    fresh_course = staticmethod(fresh_course)
    submit_case = staticmethod(submit_case)
    corpus = staticmethod(corpus)
    busy_cores = staticmethod(busy_cores)


@pytest.fixture(scope="session")
def tools() -> type[Tools]:
    return Tools

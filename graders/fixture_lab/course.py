"""The grading fixture lab as a course: what the grader's tests, corpus and benchmark grade.

``graders/fixture_lab/grading-fixture/`` is a frozen junior lab. It is not under ``labs/``, so
it is in no curriculum; ``fixture_curriculum`` makes a small project root that holds the real
``curriculum/`` and only this lab, and ``build_fixture_course`` builds an nbgrader course from it
with aiclass's own course builder. Load this file by path (``load``), as ``graders/`` is no package.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURE = "grading-fixture"
NOTEBOOK = f"{FIXTURE}.ipynb"
FULL = 9.0  # its autograded points (the written answer, 2 more, is graded by hand)


def fixture_root(dest: Path) -> Path:
    """A project root in ``dest``: the real curriculum/, the config template, the fixture lab."""
    shutil.copytree(ROOT / "curriculum", dest / "curriculum")
    (dest / "graders").mkdir(parents=True)
    shutil.copy2(ROOT / "graders" / "nbgrader_config.py.template", dest / "graders")
    shutil.copytree(HERE / FIXTURE, dest / "labs" / "junior" / FIXTURE)
    return dest


def fixture_curriculum(dest: Path):
    """The curriculum of ``fixture_root(dest)``. Problems are ignored: the tracks name labs
    that are not there, which does not matter for building one lab's course."""
    from aiclass.curriculum import load_curriculum

    return load_curriculum(fixture_root(dest), strict=False)


def build_fixture_course(dest: Path, language: str = "en") -> Path:
    """An nbgrader course of the fixture lab in ``dest/course`` (release generated)."""
    from aiclass.course import build_course

    curriculum = fixture_curriculum(dest / "project")
    return build_course(dest / "course", "junior", language, [FIXTURE], curriculum).folder


def load(path: Path, name: str) -> ModuleType:
    """Import a helper of ``graders/`` by its path (tests and benchmarks share them this way)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

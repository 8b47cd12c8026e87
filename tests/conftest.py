"""Shared fixtures: the real curriculum, and a scratch copy of the project for bad-input tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from aiclass import set_language
from aiclass.curriculum import load_curriculum

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def curriculum():
    return load_curriculum(ROOT)


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch):
    monkeypatch.delenv("AICLASS_LANG", raising=False)
    monkeypatch.delenv("AICLASS_WORK", raising=False)
    set_language(None)
    yield
    set_language(None)


@pytest.fixture
def scratch_project(tmp_path: Path) -> Path:
    """A copy of curriculum/, graders/, labs/ and teacher_guides/ to break on purpose."""
    for name in ("curriculum", "graders", "labs", "teacher_guides"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path

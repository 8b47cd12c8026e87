"""`aiclass course init`: a complete nbgrader course a teacher can use with plain nbgrader."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
import yaml

from aiclass.course import build_course
from aiclass.errors import AiclassError
from aiclass.nbgrader_cli import run_nbgrader

JUNIOR = "junior-how-classifiers-learn"


@pytest.fixture(scope="module")
def zh_course(tmp_path_factory, curriculum):
    return build_course(
        tmp_path_factory.mktemp("c") / "class-7a", "junior", "zh-CN", curriculum=curriculum
    )


def test_the_course_has_config_source_and_release_in_one_language(zh_course):
    folder = zh_course.folder
    config = (folder / "nbgrader_config.py").read_text(encoding="utf-8")
    assert "c.Execute.timeout = " in config and 'course_id = "class-7a"' in config
    assert "在这里写代码" in config
    assert (
        yaml.safe_load((folder / "aiclass-course.yaml").read_text(encoding="utf-8"))["language"]
        == "zh-CN"
    )
    release = nbformat.read(folder / "release" / JUNIOR / f"{JUNIOR}.ipynb", as_version=4)
    text = "\n".join(c.source for c in release.cells if c.cell_type == "markdown")
    assert "分类器是怎样学习的" in text and "How does a classifier learn" not in text
    assert "raise NotImplementedError()" in "\n".join(c.source for c in release.cells)


@pytest.mark.slow
def test_a_teacher_can_autograde_feedback_and_export_with_plain_nbgrader(zh_course, tmp_path):
    folder = tmp_path / "course"
    shutil.copytree(zh_course.folder, folder)
    student = folder / "submitted" / "li-lei" / JUNIOR
    shutil.copytree(folder / "source" / JUNIOR, student)
    run_nbgrader(folder, "autograde", JUNIOR)
    run_nbgrader(folder, "generate_feedback", JUNIOR)
    run_nbgrader(folder, "export")
    feedback = next((folder / "feedback" / "li-lei" / JUNIOR).glob("*.html")).read_text(
        encoding="utf-8"
    )
    assert "分类器是怎样学习的" in feedback
    grades = (folder / "grades.csv").read_text(encoding="utf-8")
    assert "li-lei" in grades and JUNIOR in grades


@pytest.mark.slow
def test_running_it_again_is_safe_and_keeps_the_gradebook(zh_course, tmp_path, curriculum):
    folder = tmp_path / "again"
    shutil.copytree(zh_course.folder, folder)
    run_nbgrader(folder, "db", "student", "add", "han-meimei")
    build_course(folder, "junior", "zh-CN", curriculum=curriculum)
    listing = run_nbgrader(folder, "db", "student", "list").stdout
    assert "han-meimei" in listing
    assert (folder / "release" / JUNIOR / f"{JUNIOR}.ipynb").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".again")], (
        "temporary folders left behind"
    )


def test_existing_student_work_is_refused_and_left_untouched(zh_course, tmp_path, curriculum):
    folder = tmp_path / "busy"
    shutil.copytree(zh_course.folder, folder)
    work = folder / "submitted" / "li-lei" / JUNIOR
    work.mkdir(parents=True)
    (work / "answer.ipynb").write_text("{}", encoding="utf-8")
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    with pytest.raises(AiclassError, match="already holds student work"):
        build_course(folder, "junior", "zh-CN", curriculum=curriculum)
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before


@pytest.mark.parametrize(
    ("stage", "lang", "labs", "reason"),
    [
        ("middle", "zh-CN", None, "unknown stage 'middle'"),
        ("junior", "klingon", None, "unknown language 'klingon'"),
        ("junior", "en", ["no-such-lab"], "unknown lab 'no-such-lab'"),
        (
            "junior",
            "en",
            ["primary-upper-fruit-sorter"],
            "belongs to stage 'primary-upper', not 'junior'",
        ),
    ],
)
def test_bad_requests_get_a_reason_and_write_nothing(
    tmp_path, curriculum, stage, lang, labs, reason
):
    with pytest.raises(AiclassError, match=reason):
        build_course(tmp_path / "new", stage, lang, labs, curriculum)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_is_not_a_course_is_refused(tmp_path, curriculum):
    (tmp_path / "homework.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(AiclassError, match="not empty and is not an aiclass course"):
        build_course(tmp_path, "junior", "en", curriculum=curriculum)
    assert [p.name for p in tmp_path.iterdir()] == ["homework.txt"]


def test_a_file_in_the_way_is_refused(tmp_path, curriculum):
    (tmp_path / "course").write_text("", encoding="utf-8")
    with pytest.raises(AiclassError, match="is a file, not a folder"):
        build_course(tmp_path / "course", "junior", "en", curriculum=curriculum)


def test_a_folder_that_cannot_be_written_is_refused(tmp_path, curriculum, monkeypatch):
    import aiclass.course as course

    monkeypatch.setattr(course.os, "access", lambda path, mode: False)  # root can write anywhere
    with pytest.raises(AiclassError, match="permission denied"):
        build_course(tmp_path / "course", "junior", "en", curriculum=curriculum)
    assert not (tmp_path / "course").exists()


def test_a_failing_release_leaves_nothing_half_written(tmp_path, curriculum, monkeypatch):
    import aiclass.course as course

    def broken(*args, **kwargs):
        raise AiclassError("nbgrader generate_assignment failed: boom")

    monkeypatch.setattr(course, "run_batch", broken)
    with pytest.raises(AiclassError, match="boom"):
        build_course(tmp_path / "course", "junior", "en", curriculum=curriculum)
    assert list(Path(tmp_path).iterdir()) == []

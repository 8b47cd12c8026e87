"""A submission is copied without following or opening anything but its own plain files."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from aiclass.grade.snapshot import MAX_ENTRIES, remove_special, take_snapshot


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "teacher" / "answers.ipynb"
    path.parent.mkdir()
    path.write_text("the answers")
    return path


def handed_in(tmp_path: Path) -> Path:
    folder = tmp_path / "submitted" / "ana" / "lab"
    folder.mkdir(parents=True)
    (folder / "lab.ipynb").write_text("{}")
    (folder / "data").mkdir()
    (folder / "data" / "mine.csv").write_text("1,2\n")
    return folder


def test_plain_files_and_folders_are_copied(tmp_path):
    snapshot = take_snapshot(handed_in(tmp_path), tmp_path / "copy")
    assert snapshot.refused == {} and snapshot.problem is None
    assert (tmp_path / "copy" / "data" / "mine.csv").read_text() == "1,2\n"


def test_links_pipes_and_devices_are_left_out_unopened(tmp_path, secret):
    folder = handed_in(tmp_path)
    (folder / "answers.ipynb").symlink_to(secret)
    (folder / "teacher").symlink_to(secret.parent)
    (folder / "zeros").symlink_to("/dev/zero")
    os.link(secret, folder / "hard.ipynb")
    os.mkfifo(folder / "pipe")  # opening it to read would wait forever
    if os.geteuid() == 0:
        os.mknod(folder / "device", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    snapshot = take_snapshot(folder, tmp_path / "copy")
    assert snapshot.refused["answers.ipynb"] == f"a symbolic link to {str(secret)!r}"
    assert snapshot.refused["teacher"].startswith("a symbolic link")
    assert snapshot.refused["zeros"] == "a symbolic link to '/dev/zero'"
    assert snapshot.refused["hard.ipynb"].startswith("a hard link")
    assert snapshot.refused["pipe"] == "a named pipe (FIFO)"
    assert os.geteuid() != 0 or snapshot.refused["device"] == "a device file"
    copied = sorted(p.name for p in (tmp_path / "copy").rglob("*"))
    assert copied == ["data", "lab.ipynb", "mine.csv"]


def test_a_folder_that_is_itself_a_link_is_refused_whole(tmp_path, secret):
    link = tmp_path / "submitted" / "ana" / "lab"
    link.parent.mkdir(parents=True)
    link.symlink_to(secret.parent)
    snapshot = take_snapshot(link, tmp_path / "copy")
    assert "symbolic link" in snapshot.problem and not list((tmp_path / "copy").iterdir())


def test_tens_of_thousands_of_files_are_refused_in_bounded_time(tmp_path):
    folder = handed_in(tmp_path)
    (folder / "env").mkdir()
    for number in range(20_000):
        (folder / "env" / f"f{number}.py").write_bytes(b"x = 1\n")
    start = time.process_time()
    snapshot = take_snapshot(folder, tmp_path / "copy")
    assert time.process_time() - start < 2.0
    assert f"more than {MAX_ENTRIES} files and folders" in snapshot.problem
    assert not list((tmp_path / "copy").iterdir())


def test_only_the_names_kept_are_looked_at(tmp_path):
    folder = handed_in(tmp_path)
    os.mkfifo(folder / "pipe.ipynb")
    snapshot = take_snapshot(folder, tmp_path / "copy", keep=lambda name: name == "lab.ipynb")
    assert snapshot.refused == {} and [p.name for p in (tmp_path / "copy").iterdir()] == [
        "lab.ipynb"
    ]


def test_what_a_students_code_planted_is_removed_without_following_it(tmp_path, secret):
    folder = handed_in(tmp_path)
    (folder / "leak.ipynb").symlink_to(secret)
    (folder / "data" / "pipe").parent.mkdir(exist_ok=True)
    os.mkfifo(folder / "data" / "pipe")
    removed = remove_special(folder)
    assert set(removed) == {"leak.ipynb", "data/pipe"}
    assert secret.read_text() == "the answers" and (folder / "lab.ipynb").is_file()

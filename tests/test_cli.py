"""The `aiclass` command as a new user meets it: bad input gets one line and exit 2, no traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest


def aiclass(*args, cwd=None):
    command = [sys.executable, "-c", "from aiclass.cli import main; main()", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=120)


def test_check_passes_on_the_real_curriculum():
    done = aiclass("check")
    assert done.returncode == 0, done.stderr
    assert "all checks passed" in done.stdout


def test_list_shows_the_track_in_chinese():
    done = aiclass("list", "--lang", "zh-CN")
    assert done.returncode == 0
    assert "初中" in done.stdout and "分类器是怎样学习的" in done.stdout


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["list", "--stage", "nursery"], "unknown stage 'nursery'"),
        (["list", "--lang", "fr"], "unknown language 'fr'"),
        (["course", "init", "X", "--stage", "junior", "--lang", "en", "--lab", "nope"], "unknown lab 'nope'"),
        (["course", "init", "X", "--stage", "junior", "--lang", "de"], "unknown language 'de'"),
        (["course", "init", "/dev/null/x", "--stage", "junior", "--lang", "en"], "is a file"),
    ],
)
def test_bad_input_gets_one_line_and_a_nonzero_exit(tmp_path, args, reason):
    done = aiclass(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0]


def test_check_names_the_file_and_exits_nonzero_on_a_broken_project(scratch_project):
    lab = scratch_project / "labs/junior/junior-how-classifiers-learn/lab.yaml"
    lab.write_text(lab.read_text(encoding="utf-8").replace("minutes: 45", "minutes: lots"), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", "from aiclass.cli import main; main()", "check"],
        capture_output=True, text=True, env={**__import__("os").environ, "AICLASS_HOME": str(scratch_project)},
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "labs/junior/junior-how-classifiers-learn/lab.yaml: minutes:" in done.stderr

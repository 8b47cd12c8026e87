"""Is the gradebook consistent when `aiclass grade` is killed half-way and started again?"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aiclass.grade.runner import grade_assignment, load_results
from aiclass.grade.worker import state_dir
from aiclass.nbgrader_cli import nbgrader_env

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grade")]
CASES = ["correct", "partial", "blank", "sys-exit", "inserted-cells"]
EXPECTED = {"correct": 9.0, "partial": 2.0, "blank": 0.0, "sys-exit": 9.0, "inserted-cells": 9.0}


def test_kill_and_restart_grades_everyone_once(course, tools):
    for case in CASES:
        tools.submit_case(course, case)
    aiclass = str(Path(sys.executable).parent / "aiclass")
    command = [aiclass, "grade", str(course), tools.LAB, "--workers", "2"]
    runner = subprocess.Popen(
        command,
        env=nbgrader_env(),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    results = state_dir(course, tools.LAB)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and len(list(results.glob("*.json"))) < 1:
        time.sleep(0.2)
    os.killpg(runner.pid, signal.SIGKILL)  # no chance to clean up: the hardest interruption
    runner.wait()
    first = set(load_results(course, tools.LAB))
    assert 1 <= len(first) < len(CASES)

    run = grade_assignment(course, tools.LAB, workers=2)
    assert run.skipped == len(first)
    assert {r.student: r.score for r in run.results} == EXPECTED

    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        submissions = gradebook.assignment_submissions(tools.LAB)
        assert sorted(s.student.id for s in submissions) == sorted(CASES)
        assert {s.student.id: s.score for s in submissions} == EXPECTED
    for case in CASES:
        assert (course / "autograded" / case / tools.LAB / f"{tools.LAB}.ipynb").is_file()

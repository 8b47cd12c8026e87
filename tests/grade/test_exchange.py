"""The exchange flow end to end, on a temporary exchange root: release, students fetch and
submit, collect, `aiclass grade`, feedback generated and released, students fetch it.

One student writes into the exchange directly, as any student can: the notebook becomes a link
to the teacher's source, beside a named pipe and a link to the source folder. ``collect`` must
neither follow nor block on them, and grading must not score what they point at. Then a link
and a pipe appear in a graded folder (as a student's code could leave them): the feedback must
neither follow nor block on them either."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from aiclass.gates import solution_lines
from aiclass.grade.feedback import generate_feedback
from aiclass.grade.runner import grade_assignment
from aiclass.nbgrader_cli import nbgrader_env

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grade")]


def hidden_lines(source: str) -> list[str]:
    inside, found = False, []
    for line in source.splitlines():
        if line.strip() == "### BEGIN HIDDEN TESTS":
            inside = True
        elif line.strip() == "### END HIDDEN TESTS":
            inside = False
        elif inside:
            found.append(line)
    return found


def nbgrader(folder: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args],
        cwd=folder,
        env=nbgrader_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def tamper_in_the_exchange(tmp_path: Path, course: Path, exchange: Path, student: str) -> None:
    """A submission of ``student`` written straight into the inbound folder: the notebook a link
    to the teacher's source, a link to the source folder, a named pipe."""
    lab = "grading-fixture"
    inbound = (
        exchange / course.name / "inbound" / f"{student}+{lab}+2026-11-24 06:00:00.000000 UTC+x"
    )
    inbound.mkdir()
    (inbound / "timestamp.txt").write_text("2026-11-24 06:00:00.000000 UTC")
    (inbound / f"{lab}.ipynb").symlink_to(course / "source" / lab / f"{lab}.ipynb")
    (inbound / "course").symlink_to(course / "source")
    os.mkfifo(inbound / "pipe")


def test_release_submit_collect_grade_feedback(course, tmp_path, tools):
    lab, notebook = tools.LAB, f"{tools.LAB}.ipynb"
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)
    root = f"--Exchange.root={exchange}"
    nbgrader(course, "release_assignment", lab, root)
    answers = {"ana": "correct", "bo": "blank"}
    for student, case in answers.items():
        home = tmp_path / student
        home.mkdir()
        cache = f"--Exchange.cache={home / 'cache'}"  # each student's own, as on JupyterHub
        nbgrader(home, "fetch_assignment", lab, f"--course={course.name}", root, cache)
        fetched = home / lab / notebook
        assert fetched.is_file()
        worked = tools.CORPUS / case / "submission" / f"{notebook}.case"
        fetched.write_bytes(worked.read_bytes())
        nbgrader(
            home, "submit", lab, f"--course={course.name}", f"--student={student}", root, cache
        )
    tamper_in_the_exchange(tmp_path, course, exchange, "cy")
    nbgrader(course, "collect", lab, root)
    assert sorted(p.name for p in (course / "submitted").iterdir()) == ["ana", "bo", "cy"]
    collected = course / "submitted" / "cy" / lab
    assert sorted(p.name for p in collected.iterdir()) == ["timestamp.txt"]

    run = grade_assignment(course, lab, workers=2)
    assert {r.student: (r.status, r.score) for r in run.results} == {
        "ana": ("graded", 9.0),
        "bo": ("graded", 0.0),
        "cy": ("failed", None),
    }
    assert "is a symbolic link to" in run.results[2].message
    graded = course / "autograded" / "ana" / lab
    (graded / "leak.ipynb").symlink_to(course / "source" / lab / notebook)
    os.mkfifo(graded / "pipe.ipynb")
    assert len(generate_feedback(course, lab)) == 2
    assert sorted(p.name for p in (course / "feedback" / "ana" / lab).iterdir()) == [
        "grading-fixture.html",
        "submission_secret.txt",
        "timestamp.txt",
    ]
    nbgrader(course, "release_feedback", lab, root)

    source = json.loads((course / "source" / lab / notebook).read_text())["cells"]
    secrets = [line for cell in source for line in solution_lines("".join(cell["source"]))]
    given = (course / "release" / lab / notebook).read_text("utf-8")
    hidden = [  # lines of the hidden tests that the released notebook does not show anyway
        line.strip()
        for cell in source
        for line in hidden_lines("".join(cell["source"]))
        if len(line.strip()) > 12 and json.dumps(line.strip())[1:-1] not in given
    ]
    assert hidden
    for student in answers:
        home = tmp_path / student
        cache = f"--Exchange.cache={home / 'cache'}"
        nbgrader(
            home,
            "fetch_feedback",
            lab,
            f"--course={course.name}",
            f"--student={student}",
            root,
            cache,
        )
        pages = list((home / lab / "feedback").rglob("*.html"))
        assert len(pages) == 1
        page = html.unescape(re.sub(r"<[^>]+>", "", pages[0].read_text("utf-8")))
        assert "Your feedback" in page and "HIDDEN TESTS" not in page
        assert [line for line in hidden if line in page] == []
        if (
            student == "bo"
        ):  # bo wrote no answers: no solution may show (but what the release quotes)
            shown = [line for line in secrets if line in page and line not in hidden]
            assert [line for line in shown if json.dumps(line)[1:-1] not in given] == []

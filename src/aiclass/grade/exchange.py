"""``nbgrader collect`` that never follows what a student put in the exchange.

Students can write into the exchange's inbound folder directly, not only with ``nbgrader
submit``. Plain ``collect`` copies with ``shutil.copytree``, which follows symbolic links (as the
teacher: the course's source, anything the teacher can read) and stops at named pipes.
``SafeCollect`` copies with ``snapshot.take_snapshot`` instead, and keeps what it left out in
``.aiclass-grade/<assignment>/collected/<student>.json``, where ``aiclass grade`` reads it, so the
teacher still sees it. Courses made by ``aiclass course init`` use it
(``c.ExchangeFactory.collect`` in ``nbgrader_config.py``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from nbgrader.exchange.default.collect import ExchangeCollect

from aiclass.grade.snapshot import Snapshot, take_snapshot

RECORDS = "collected"


def record_path(course: Path, assignment: str, student: str) -> Path:
    return course / ".aiclass-grade" / assignment / RECORDS / f"{student}.json"


def collect_record(course: Path, assignment: str, student: str) -> Snapshot:
    """What ``SafeCollect`` left out of the student's last collected submission."""
    path = record_path(course, assignment, student)
    try:
        saved = json.loads(path.read_text("utf-8"))
        return Snapshot(path, dict(saved["refused"]), saved.get("problem"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return Snapshot(path)


def save_record(course: Path, assignment: str, student: str, snapshot: Snapshot) -> None:
    path = record_path(course, assignment, student)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}")
    temporary.write_text(json.dumps({"refused": snapshot.refused, "problem": snapshot.problem}))
    os.replace(temporary, path)


class SafeCollect(ExchangeCollect):
    """nbgrader's collect, copying each submission without following or opening anything
    that is not a plain file."""

    def do_copy(self, src, dest, log=None):
        dest = Path(dest)
        snapshot = take_snapshot(Path(src), dest, tuple(self.coursedir.ignore))
        student, assignment = dest.parent.name, dest.name
        for name, what in snapshot.refused.items():
            self.log.warning("%s: %s is %s: left out", student, name, what)
        if snapshot.problem:
            self.log.warning("%s: %s", student, snapshot.problem)
        save_record(Path(self.coursedir.root), assignment, student, snapshot)

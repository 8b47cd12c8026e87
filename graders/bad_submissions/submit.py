"""Hand a corpus case in, as a student would: ``submit_case(course, case)``.

Files in ``<case>/submission/`` are copied (a name ending in ``.case`` loses that ending). What
git cannot hold is listed under ``special:`` in ``case.yaml`` and made here, in the course:

- ``{name, kind: symlink, to}``: a symbolic link; ``to`` may name ``{course}`` and ``{lab}``;
- ``{name, kind: hardlink, to}``: a hard link to that file (it must be on the same file system);
- ``{name, kind: fifo}``: a named pipe;
- ``{name, kind: device}``: a character device like /dev/zero (``mknod``: root only);
- ``{name, kind: many, count}``: a folder of ``count`` small files (a copied environment).

Load this file by path (``graders/fixture_lab/course.py: load``); ``graders/`` is no package.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent
LAB = "grading-fixture"


def case_names() -> list[str]:
    """Every case of the corpus (a folder with a case.yaml)."""
    return sorted(p.name for p in CORPUS.iterdir() if (p / "case.yaml").is_file())


def expectation(case: str) -> dict:
    """What ``aiclass grade`` must say about ``case`` (its case.yaml)."""
    return yaml.safe_load((CORPUS / case / "case.yaml").read_text("utf-8"))


def needs_root(case: str) -> bool:
    """Does handing this case in need root (a device file)?"""
    return any(entry["kind"] == "device" for entry in expectation(case).get("special", []))


def submit_case(course: Path, case: str, student: str | None = None, lab: str = LAB) -> str:
    """Copy ``case`` into ``submitted/<student>/<lab>/`` of ``course``; return the student."""
    student = student or case
    target = course / "submitted" / student / lab
    target.mkdir(parents=True)
    files = CORPUS / case / "submission"
    for path in sorted(files.iterdir()) if files.is_dir() else []:
        shutil.copy2(path, target / path.name.removesuffix(".case"))
    for entry in expectation(case).get("special", []):
        make_special(target / entry["name"], entry, course, lab)
    return student


def make_special(path: Path, entry: dict, course: Path, lab: str) -> None:
    """Make one ``special:`` entry at ``path``."""
    kind = entry["kind"]
    to = str(entry.get("to", "")).format(course=course, lab=lab)
    if kind == "symlink":
        path.symlink_to(to)
    elif kind == "hardlink":
        os.link(to, path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        os.mknod(path, stat.S_IFCHR | 0o644, os.makedev(1, 5))  # what /dev/zero is
    elif kind == "many":
        path.mkdir()
        for number in range(int(entry["count"])):
            (path / f"f{number:05d}.py").write_bytes(b"x = 1\n")
    else:
        raise ValueError(f"unknown special entry {kind!r}")

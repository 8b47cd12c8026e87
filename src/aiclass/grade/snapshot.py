"""A safe copy of a submitted folder: only what it really holds, read without following anything.

A submitted folder may hold symbolic links (to the teacher's source, to /dev/zero), hard links
(another name of a file elsewhere, maybe the teacher's), named pipes (a read blocks forever),
device files and sockets, or tens of thousands of files. The grader, nbgrader, feedback and
``collect`` run as the teacher, so none of these is ever followed or opened: ``take_snapshot``
copies the folder's regular files with a single name (each opened with ``O_NOFOLLOW |
O_NONBLOCK`` relative to its already opened folder, then checked again with ``fstat``) and lists
everything else as ``refused``, with what it is. A folder of more than ``MAX_ENTRIES`` entries is
refused whole, after reading just that many names.

Why refuse *every* file with more than one name, rather than only one matching a course file:
a submission arrives by copy (``nbgrader submit`` and ``collect`` copy), so a hard link in it was
made on purpose, and its other name can be anywhere on the file system the student shares with
the teacher (an answer key outside the course, a classmate's work), which no list of course
files covers. Refusing needs no search and says clearly what to do: hand in a copy.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MAX_ENTRIES = 1000  # files and folders in one submission (nbgrader's own copy slows as n²)
MAX_DEPTH = 20
MAX_FILE_BYTES = 100 * 1000 * 1000  # nbgrader's max_file_size (100000 kB) leaves out more too
SNAPSHOTS = "submissions"  # .aiclass-grade/<assignment>/submissions/<student>/<assignment>/


@dataclass
class Snapshot:
    """A safe copy of a submission (``folder``), and what was left out of it."""

    folder: Path
    refused: dict[str, str] = field(default_factory=dict)  # relative path: what it is
    problem: str | None = None  # why nothing at all was copied


class TooMany(Exception):
    """More entries than a submission may hold."""


def snapshot_root(assignment: str) -> Path:
    """Where an assignment's safe copies live, relative to the course (nbgrader's
    ``submitted_directory`` while grading)."""
    return Path(".aiclass-grade") / assignment / SNAPSHOTS


def describe(mode: int, nlink: int, target: str = "") -> str | None:
    """What a non-regular (or many-named) entry is, in words; None for a plain file or folder."""
    if stat.S_ISLNK(mode):
        return f"a symbolic link to {target!r}"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISREG(mode) and nlink > 1:
        return f"a hard link (one of {nlink} names of one file, maybe outside the submission)"
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return "not a file"
    return None


def take_snapshot(
    source: Path,
    dest: Path,
    ignore: tuple[str, ...] = (),
    keep: Callable[[str], bool] | None = None,
    limit: int = MAX_ENTRIES,
) -> Snapshot:
    """Copy ``source`` safely to ``dest`` (replacing it). ``ignore``: name globs left out
    silently (nbgrader's ``CourseDirectory.ignore``); ``keep``: copy only the top-level names
    it accepts."""
    building = dest.parent / f".{dest.name}.building-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    snapshot = Snapshot(dest)
    try:
        top = os.open(source, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        kind = (
            describe(os.lstat(source).st_mode, 1, _link(source))
            if os.path.lexists(source)
            else None
        )
        snapshot.problem = f"the submitted folder is {kind or 'not a folder'}: nothing was read"
    else:
        try:
            _copy_folder(top, building, "", snapshot, ignore, keep, [0, limit])
        except TooMany:
            shutil.rmtree(building)
            building.mkdir()
            snapshot.refused.clear()
            snapshot.problem = (
                f"the submission holds more than {limit} files and folders (a copied environment "
                "or data folder?): not graded; remove them and grade again"
            )
        finally:
            os.close(top)
    shutil.rmtree(dest, ignore_errors=True)
    os.replace(building, dest)
    return snapshot


def _link(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return ""


def _copy_folder(
    fd: int,
    dest: Path,
    prefix: str,
    snapshot: Snapshot,
    ignore: tuple[str, ...],
    keep: Callable[[str], bool] | None,
    count: list[int],
) -> None:
    names: list[str] = []
    with os.scandir(fd) as entries:
        for entry in entries:
            if keep is not None and not keep(entry.name):
                continue
            count[0] += 1
            if count[0] > count[1]:
                raise TooMany
            names.append(entry.name)
    for name in sorted(names):
        rel = prefix + name
        if any(fnmatch.fnmatch(name, pattern) for pattern in ignore):
            continue
        st = os.stat(name, dir_fd=fd, follow_symlinks=False)
        target = os.readlink(name, dir_fd=fd) if stat.S_ISLNK(st.st_mode) else ""
        what = describe(st.st_mode, st.st_nlink, target)
        if what is not None:
            snapshot.refused[rel] = what
        elif stat.S_ISDIR(st.st_mode):
            if prefix.count("/") >= MAX_DEPTH:
                snapshot.refused[rel] = f"a folder more than {MAX_DEPTH} levels deep"
                continue
            inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
            try:
                (dest / name).mkdir()
                _copy_folder(inner, dest / name, rel + "/", snapshot, ignore, None, count)
            finally:
                os.close(inner)
        elif st.st_size > MAX_FILE_BYTES:
            snapshot.refused[rel] = f"larger than {MAX_FILE_BYTES // 10**6} MB"
        else:
            problem = _copy_file(fd, name, dest / name, st)
            if problem:
                snapshot.refused[rel] = problem


def _copy_file(fd: int, name: str, dest: Path, seen: os.stat_result) -> str | None:
    """Copy one regular file; what it turned out to be if it was not one when opened."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY
    try:
        src = os.open(name, flags, dir_fd=fd)
    except OSError as exc:
        return f"unreadable ({exc.strerror})"
    try:
        st = os.fstat(src)
        if (st.st_dev, st.st_ino) != (seen.st_dev, seen.st_ino):
            return "changed while it was read"
        what = describe(st.st_mode, st.st_nlink)
        if what is not None:
            return what
        with open(dest, "wb") as out, os.fdopen(os.dup(src), "rb") as data:
            shutil.copyfileobj(data, out)
        os.utime(dest, ns=(st.st_atime_ns, st.st_mtime_ns))
    finally:
        os.close(src)
    return None


def remove_special(folder: Path, limit: int = 10 * MAX_ENTRIES) -> dict[str, str]:
    """Remove the links, pipes, devices and sockets in ``folder`` (that a student's code made in
    its working folder while graded), never following any; look at ``limit`` entries at most."""
    removed: dict[str, str] = {}
    seen = 0
    for top, folders, files in os.walk(folder):  # os.walk does not follow links to folders
        for name in sorted(folders + files):
            seen += 1
            if seen > limit:
                return removed
            path = Path(top) / name
            st = os.lstat(path)
            what = describe(st.st_mode, 1, _link(path))
            if what is not None:
                removed[str(path.relative_to(folder))] = what
                path.unlink()
                if name in folders:
                    folders.remove(name)
    return removed

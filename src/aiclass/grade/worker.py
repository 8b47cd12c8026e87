"""Grade one student's submission with nbgrader's own API, in a worker process of the pool.

Each worker imports nbgrader once, then grades one submission at a time through
``NbGraderAPI.autograde`` (the code path of ``nbgrader autograde --student S``) with the course's
own ``nbgrader_config.py``. What differs from plain nbgrader never changes an honest score: the
kernel runs in the sandbox (``kernel.SandboxKernelManager``); nbgrader reads the submission's
safe copy (``snapshot``); cell limits count what a cell used, not the clock, and the submission's
clock limit keeps the cells that ran (``execute``, ``clock``, ``backstop``); gradebook steps are
serialized between workers by a file lock that is let go while the kernel runs.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from aiclass.grade.sandbox import Limits
from aiclass.grade.snapshot import remove_special, snapshot_root

STATE = ".aiclass-grade"


@dataclass
class Outcome:
    """What happened to one submission in the grading process."""

    student: str
    ok: bool
    seconds: float
    reason: str = ""  # why it failed, one line
    log: str = ""
    peak_kb: int = 0
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


class FileLock:
    """An exclusive lock on a file (fcntl), shared by every worker of one course."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

    def acquire(self) -> None:
        fcntl.flock(self._fd, fcntl.LOCK_EX)

    def release(self) -> None:
        fcntl.flock(self._fd, fcntl.LOCK_UN)

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def state_dir(course: Path, assignment: str) -> Path:
    return course / STATE / assignment


def init_worker(log_file: str | None = None) -> None:
    """Pool initializer: die with the runner, import nbgrader now, log kernels' chatter to a file."""
    _die_with_parent()
    if log_file:
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)
    from aiclass.quick_imports import skip_unused_imports

    skip_unused_imports()
    import nbgrader.apps.api  # noqa: F401
    import nbgrader.converters  # noqa: F401


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the runner dies (kill -9 of ``aiclass grade``)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def course_config(course: Path, assignment: str, limits: Limits):
    """The course's nbgrader config, with the sandboxed kernel and the guarded Execute, reading
    submissions from their safe copies (``snapshot``)."""
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        IgnorePattern,
        LimitOutput,
        SaveAutoGrades,
    )
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    from aiclass.grade.execute import GuardedExecute
    from aiclass.grade.kernel import SandboxKernelManager

    config = Config()
    if (course / "nbgrader_config.py").is_file():
        config.merge(PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config())
    config.CourseDirectory.root = str(course)
    config.Execute.kernel_manager_class = SandboxKernelManager
    config.Execute.shutdown_kernel = "immediate"  # outputs are in: no need to wait for atexit
    # waits for our own side (a kernel starting, outputs on their way) are no limits on the
    # student's code: generous, so that a busy machine never fails a submission here
    for name, floor in (("iopub_timeout", IOPUB_FLOOR_S), ("startup_timeout", STARTUP_FLOOR_S)):
        config.Execute[name] = max(int(config.Execute.get(name) or 0), floor)
    config.CourseDirectory.submitted_directory = str(snapshot_root(assignment))
    config.Autograde.autograde_preprocessors = [
        GuardedExecute,
        IgnorePattern,
        ClearMetadataPreprocessor,
        LimitOutput,
        SaveAutoGrades,
        AssignLatePenalties,
        CheckCellMetadata,
    ]
    SandboxKernelManager.limits = limits
    return config


def course_ignore(course: Path) -> tuple[str, ...]:
    """The names nbgrader leaves out of a submission (``CourseDirectory.ignore``)."""
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    config = Config()
    with contextlib.suppress(Exception):  # a broken config fails later, with nbgrader's message
        config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    return tuple(CourseDirectory(config=config).ignore)


def grade_one(course: str, assignment: str, student: str, limits: Limits) -> dict:
    """Autograde one student with nbgrader (force), within ``limits``; return an Outcome dict."""
    import resource

    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from aiclass.grade.backstop import LastResort
    from aiclass.grade.execute import GuardedExecute, unlocked
    from aiclass.grade.kernel import kill_all_kernels
    from aiclass.grade.usual import UsualCells

    root = Path(course)
    lock = FileLock(state_dir(root, assignment) / "gradebook.lock")
    GuardedExecute.released = staticmethod(lambda: unlocked(lock))
    config = course_config(root, assignment, limits)
    start = time.perf_counter()
    marker = state_dir(root, assignment) / "stalled" / student
    cell_timeout = cell_time_limit(config)
    GuardedExecute.usual = UsualCells(
        state_dir(root, assignment) / "usual", limits.stall_s or max(1.0, cell_timeout / 30)
    )
    watchdog = StallWatch(
        max(10.0, cell_timeout / 3),
        marker,
        state_dir(root, assignment) / FOREGROUND,
        grow_mb=limits.memory_mb / 12,
    )
    GuardedExecute.wall_s = limits.wall_s
    GuardedExecute.moved_aside = staticmethod(lambda: watchdog.background_s)
    last_resort = LastResort(lambda: GuardedExecute.deadline, kill_all_kernels)
    watchdog.start()
    last_resort.start()
    try:
        with lock:
            api = NbGraderAPI(CourseDirectory(config=config), config=config)
            result = api.autograde(assignment, student, force=True, create=True)
        with lock:
            if result.get("success"):
                scores = read_scores(config, assignment, student)
            else:  # not graded: no half-made gradebook entry, the report says why
                scores = {}
                forget_submission(root, assignment, student)
    finally:
        watchdog.done.set()
        last_resort.done.set()
        kill_all_kernels()
        marker.unlink(missing_ok=True)
    seconds = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    ok = bool(result.get("success"))
    reason = ""
    if not ok:
        reason = (
            HUNG
            if last_resort.fired.is_set()
            else (failure_reason(result.get("error", "") + "\n" + result.get("log", "")))
        )
    graded = root / "autograded" / student / assignment
    notes = run_notes(graded) if ok else []
    notes += [  # never followed later by feedback, formgrader or a backup
        f"its code made {name}, {what}: removed"
        for name, what in (remove_special(graded) if graded.is_dir() else {}).items()
    ]
    extra = {"scores": scores, "notes": notes, "moved_aside_s": watchdog.background_s}
    return Outcome(
        student, ok, seconds, reason, result.get("log", "")[-4000:], children, extra
    ).to_dict()


def cell_time_limit(config) -> float:
    """A course config's cell time limit (``c.Execute.timeout``; nbgrader's default is 30 s)."""
    return float(config.Execute.get("timeout") or 30)


class StallWatch(threading.Thread):
    """Watches the running cell. Once it has used more CPU time than the cell usually takes
    (``GuardedExecute.cell_long_after_s``), or run ``stall_wall_s`` (an endless loop, most likely,
    or a cell that waits), it tells the runner (a marker file), which starts another submission
    beside it; and while the runner says others wait (no ``foreground`` file) its kernel goes to
    the background, where it only gets CPU time nobody else wants. That changes nothing for the
    cell: its limit counts the CPU time it used, not the time it waited (``clock``). CPU time,
    not wall time, says "long": on a busy machine every cell takes longer, but a usual one does
    not use more CPU.

    A cell whose kernel has grown by more than ``grow_mb`` of memory keeps its place, as in plain
    nbgrader: in the background it would hold that memory longer, beside another kernel. A cell
    at its limit (``GuardedExecute.stopping``) comes back: it must run to be stopped."""

    def __init__(
        self, stall_wall_s: float, marker: Path, foreground: Path, grow_mb: float = 256.0
    ) -> None:
        super().__init__(daemon=True)
        self.stall_wall_s, self.grow_mb = stall_wall_s, grow_mb
        self.marker, self.foreground = marker, foreground
        self.done = threading.Event()
        self.background_s = 0.0  # wall time this submission's kernel spent in the background

    def run(self) -> None:
        from aiclass.grade.execute import GuardedExecute as Cell
        from aiclass.grade.kernel import kernel_usage, set_kernel_background
        from aiclass.grade.usage import Usage

        background = False
        cell, start = None, Usage(0.0, 0.0)  # the cell watched, and the kernels' usage at its start
        last_time, last = time.monotonic(), Usage(0.0, 0.0)
        while not self.done.wait(0.25):
            now, since = time.monotonic(), Cell.cell_since
            # between cells there is nothing to measure (and reading /proc is not free)
            used = kernel_usage() if since is not None else last
            if since != cell:  # a new cell: measured by the executor as it started
                cell, start = since, Cell.cell_start or used
            elif background and since is not None:
                self.background_s += now - last_time
            last_time, last = now, used
            stalled = (
                since is not None
                and used.largest_mb - start.largest_mb <= self.grow_mb
                and (
                    used.cpu_s - start.cpu_s > Cell.cell_long_after_s
                    or now - since > self.stall_wall_s
                )
            )
            if stalled and not self.marker.exists():
                self.marker.parent.mkdir(parents=True, exist_ok=True)
                self.marker.touch()
            elif not stalled:
                self.marker.unlink(missing_ok=True)
            wanted = stalled and not Cell.stopping and not self.foreground.exists()
            if wanted != background:
                set_kernel_background(wanted)
                background = wanted
        if background:
            set_kernel_background(False)


def forget_submission(course: Path, assignment: str, student: str) -> None:
    """Remove a student's autograded folder and gradebook submission (it could not be graded)."""
    shutil.rmtree(course / "autograded" / student / assignment, ignore_errors=True)
    from nbgrader.api import Gradebook, MissingEntry

    with (
        Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook,
        contextlib.suppress(MissingEntry),
    ):
        gradebook.remove_submission(assignment, student)


def read_scores(config, assignment: str, student: str) -> dict[str, list[float]]:
    """{grade cell: [score, max score]} of every notebook of one graded submission."""
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory

    coursedir = CourseDirectory(config=config)
    scores: dict[str, list[float]] = {}
    with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
        submission = gradebook.find_submission(assignment, student)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                scores[grade.name] = [float(grade.score or 0), float(grade.max_score or 0)]
    return scores


FOREGROUND = "foreground"  # the runner's sign: nobody waits, stalled kernels run normally
IOPUB_FLOOR_S = 60  # the wait for a finished cell's last outputs (nbgrader's default: 4 s)
STARTUP_FLOOR_S = 120  # the wait for a kernel to start (nbclient's default: 60 s)
TIME_LIMIT_NOTE = "stopped at the cell time limit"
SUBMISSION_LIMIT_NOTE = "the submission reached its time limit"
HUNG = "grading hung past the submission's time limit: the kernel was killed"
IOPUB_TIMEOUT = "the kernel stopped sending output in time (machine overloaded, or a fork bomb)"
ERROR_NOTES = {
    "KeyboardInterrupt": "was interrupted (KeyboardInterrupt)",
    "CellTimeoutError": f"{TIME_LIMIT_NOTE} (an endless loop?)",
    "CellWaitTimeoutError": f"{TIME_LIMIT_NOTE} (it waited without using the CPU: sleep, input?)",
    "KernelNoReplyError": "the kernel stopped answering (its shell was changed?)",
    "SubmissionTimeLimitError": f"stopped or not run: {SUBMISSION_LIMIT_NOTE}",
    "MemoryError": "ran out of memory (limit reached)",
    "SystemExit": "called sys.exit()",
    "BlockingIOError": "tried to start too many processes",
}
STOPPED = ("CellTimeoutError", "CellWaitTimeoutError", "SubmissionTimeLimitError")


def run_notes(folder: Path) -> list[str]:
    """Notable errors in the graded notebooks: time limits, memory, exits (one line each)."""
    import json

    notes: list[str] = []
    for path in sorted(folder.glob("*.ipynb")):
        try:
            nb = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        for index, cell in enumerate(nb.get("cells", []), start=1):
            names = [
                o.get("ename", "")
                for o in cell.get("outputs", [])
                if o.get("output_type") == "error"
            ]
            if any(name in STOPPED for name in names):  # the interrupt that stopped it
                names = [name for name in names if name != "KeyboardInterrupt"]
            for name in (name for name in names if name in ERROR_NOTES):
                where = f"cell {index}"
                if name == "SubmissionTimeLimitError":  # said once, for every cell after it too
                    if any(SUBMISSION_LIMIT_NOTE in note for note in notes):
                        continue
                    where = f"cells from {index} on"
                notes.append(f"{where}: {ERROR_NOTES[name]}")
    return list(dict.fromkeys(notes))


def failure_reason(text: str) -> str:
    """One line saying why nbgrader could not grade a submission."""
    known = (
        ("DeadKernelError", "the kernel died (a crash, os._exit, or too much memory)"),
        ("Kernel died", "the kernel died (a crash, os._exit, or too much memory)"),
        ("UnresponsiveKernelError", "the kernel stopped answering"),
        ("Kernel didn't respond", "the kernel did not start or stopped answering"),
        ("Timeout waiting for IOPub output", IOPUB_TIMEOUT),
        (
            "nbgrader metadata may be corrupted",
            "the nbgrader metadata of a cell is damaged (edited?)",
        ),
        ("NotJSONError", "the notebook is not valid JSON"),
        ("JSONDecodeError", "the notebook is not valid JSON"),
        ("UnicodeDecodeError", "the notebook is not UTF-8 text"),
        ("use an old version", "nbgrader rejected a cell's metadata (a copied or edited cell?)"),
        ("SchemaTooOldError", "nbgrader rejected a cell's metadata (a copied or edited cell?)"),
        ("SchemaTooNewError", "the notebook's nbgrader metadata is too new"),
        ("No notebooks found", "no notebook of this assignment was submitted"),
    )
    for marker, reason in known:
        if marker in text:
            return reason
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    raised = [line for line in lines if re.match(r"^[\w.]+(Error|Exception|Exit)\b", line)]
    return (raised or lines or ["nbgrader failed"])[-1][:200]

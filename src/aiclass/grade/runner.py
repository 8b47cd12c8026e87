"""Grade a whole class: inspect each submission, then autograde them in parallel workers.

``grade_assignment`` is safe to stop and start again: each student's result is saved (atomically)
as ``.aiclass-grade/<assignment>/<student>.json`` only after nbgrader has saved the scores, and a
student whose result is missing or whose submission changed since is graded again (nbgrader's
``--force`` path, which replaces the student's autograded folder and gradebook entries).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from aiclass.errors import AiclassError
from aiclass.grade.order import longest_first
from aiclass.grade.sandbox import Limits, sandbox_note, sweep_stale_cgroups
from aiclass.grade.snapshot import Snapshot, snapshot_root, take_snapshot
from aiclass.grade.submission import inspect_submission
from aiclass.grade.worker import (
    FOREGROUND,
    IOPUB_TIMEOUT,
    SUBMISSION_LIMIT_NOTE,
    FileLock,
    cell_time_limit,
    course_ignore,
    forget_submission,
    grade_one,
    init_worker,
    state_dir,
)

GRADED, FLAGGED, FAILED = "graded", "flagged", "failed"


@dataclass
class StudentResult:
    """One student's outcome, as saved and reported."""

    student: str
    status: str  # graded, flagged (graded; the teacher should look) or failed (no score)
    message: str = ""
    score: float | None = None
    max_score: float | None = None
    scores: dict[str, list[float]] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    peak_kb: int = 0
    digest: str = ""
    moved_aside_s: float = 0.0  # time a long cell ran in the background while others waited


@dataclass
class GradeRun:
    """A whole run: every student's result and how long it took."""

    assignment: str
    results: list[StudentResult]
    seconds: float
    skipped: int
    sandbox: str

    def count(self, status: str) -> int:
        return sum(result.status == status for result in self.results)


def submission_digest(snapshot: Snapshot) -> str:
    """A fingerprint of a submission (names and contents of its safe copy, what was left out),
    to notice resubmissions."""
    digest = hashlib.sha256(json.dumps([snapshot.refused, snapshot.problem]).encode())
    folder = snapshot.folder
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def safe_copy(course: Path, assignment: str, student: str, ignore: tuple[str, ...]) -> Snapshot:
    """The student's submission as graded: its safe copy (``snapshot``), with anything left out
    when it was collected (``exchange.SafeCollect``) added to what was left out now."""
    from aiclass.grade.exchange import collect_record

    source = course / "submitted" / student / assignment
    dest = course / snapshot_root(assignment) / student / assignment
    snapshot = take_snapshot(source, dest, ignore)
    earlier = collect_record(course, assignment, student)
    snapshot.refused = {**earlier.refused, **snapshot.refused}
    snapshot.problem = snapshot.problem or earlier.problem
    return snapshot


def students_of(course: Path, assignment: str) -> list[str]:
    submitted = course / "submitted"
    if not submitted.is_dir():
        return []
    return sorted(s.name for s in submitted.iterdir() if (s / assignment).is_dir())


def load_result(path: Path) -> StudentResult | None:
    try:
        saved = json.loads(path.read_text("utf-8"))
        known = {f.name for f in fields(StudentResult)}
        return StudentResult(**{k: v for k, v in saved.items() if k in known})
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def save_result(folder: Path, result: StudentResult) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{result.student}.json.tmp"
    temporary.write_text(json.dumps(asdict(result), ensure_ascii=False, indent=1), "utf-8")
    os.replace(temporary, folder / f"{result.student}.json")


def load_results(course: Path, assignment: str) -> dict[str, StudentResult]:
    folder = state_dir(course, assignment)
    found = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        result = load_result(path)
        if result is not None:
            found[result.student] = result
    return found


def _check_course(course: Path, assignment: str) -> Path:
    if not (course / "gradebook.db").is_file() and not (course / "nbgrader_config.py").is_file():
        raise AiclassError(f"{course} is not an nbgrader course (no nbgrader_config.py)")
    source = course / "source" / assignment
    if not source.is_dir():
        raise AiclassError(f"no assignment {assignment!r} in {course / 'source'}")
    release = course / "release" / assignment
    return release if release.is_dir() else source


def finish(result: StudentResult, outcome: dict) -> StudentResult:
    """Fill a result from a worker's outcome."""
    result.seconds = round(outcome["seconds"], 2)
    result.peak_kb = outcome.get("peak_kb", 0)
    if not outcome["ok"]:
        result.status = FAILED
        result.message = "; ".join([outcome["reason"], *result.flags])
        return result
    extra = outcome.get("extra", {})
    result.scores = extra.get("scores", {})
    result.notes = extra.get("notes", [])
    result.moved_aside_s = round(extra.get("moved_aside_s", 0.0), 1)
    result.score = round(sum(s for s, _ in result.scores.values()), 2)
    result.max_score = round(sum(m for _, m in result.scores.values()), 2)
    cut_short = any(SUBMISSION_LIMIT_NOTE in note for note in result.notes)
    result.status = FLAGGED if result.flags or cut_short else GRADED
    result.message = "; ".join(result.flags + result.notes)
    return result


def grade_assignment(
    course: Path,
    assignment: str,
    workers: int | None = None,
    limits: Limits | None = None,
    force: bool = False,
    students: list[str] | None = None,
    progress: Callable[[StudentResult, int, int], None] | None = None,
) -> GradeRun:
    """Autograde every submission of ``assignment`` in ``course``; see the module docstring."""
    course = course.expanduser().resolve()
    reference = _check_course(course, assignment)
    limits = limits or Limits()
    workers = max(1, workers or default_workers())
    start = time.perf_counter()
    folder = state_dir(course, assignment)
    folder.mkdir(parents=True, exist_ok=True)
    previous = load_results(course, assignment)
    everyone = students or students_of(course, assignment)
    results: dict[str, StudentResult] = {}
    todo: list[StudentResult] = []
    while_loops: dict[str, int] = {}
    skipped = 0
    ignore = course_ignore(course)
    for student in everyone:
        submitted = course / "submitted" / student / assignment
        if not os.path.lexists(submitted):
            raise AiclassError(f"no submission of {assignment!r} by {student!r}")
        snapshot = safe_copy(course, assignment, student, ignore)
        digest = submission_digest(snapshot)
        old = previous.get(student)
        if old and old.digest == digest and not force:
            results[student] = old
            skipped += 1
            continue
        verdict = inspect_submission(snapshot.folder, reference, snapshot.refused, snapshot.problem)
        result = StudentResult(student, FAILED, flags=verdict.flags, digest=digest)
        if verdict.fatal:
            result.message = verdict.fatal
            with FileLock(folder / "gradebook.lock"):
                forget_submission(course, assignment, student)
            save_result(folder, result)
            results[student] = result
            if progress:
                progress(result, len(results), len(everyone))
        else:
            todo.append(result)
            while_loops[student] = verdict.while_loops
    todo = longest_first(todo, previous, while_loops)
    done, total = len(results), len(everyone)
    for result in _run_pool(course, assignment, todo, workers, limits):
        save_result(folder, result)
        results[result.student] = result
        done += 1
        if progress:
            progress(result, done, total)
    ordered = [results[s] for s in everyone if s in results]
    return GradeRun(assignment, ordered, time.perf_counter() - start, skipped, sandbox_note())


def _run_pool(
    course: Path, assignment: str, todo: list[StudentResult], workers: int, limits: Limits
):
    """Grade ``todo`` in a pool of ``workers`` busy graders. A submission whose cell runs long
    (``worker.StallWatch``: an endless loop, most likely) yields its place while others wait: its
    kernel goes to the background (the CPU time it misses there is added to its limit) and another
    submission starts beside it, up to ``3 * workers`` stalled at once. A crashed worker fails
    only its own students."""
    attempts: dict[str, int] = {}
    queue = list(todo)
    folder = state_dir(course, assignment)
    stalled_dir = folder / "stalled"
    shutil.rmtree(stalled_dir, ignore_errors=True)
    (folder / FOREGROUND).unlink(missing_ok=True)
    sweep_stale_cgroups()
    log = folder / "workers.log"
    context = worker_context()
    batch = Batch(course, assignment, limits, workers, course_cell_timeout(course))
    while queue:
        size = min(len(queue), workers * 4)
        with ProcessPoolExecutor(
            size, mp_context=context, initializer=init_worker, initargs=(str(log),)
        ) as pool:
            running: dict = {}
            retry: list[StudentResult] = []
            try:
                yield from _schedule(pool, batch, queue, running, retry, attempts, size)
            except (
                KeyboardInterrupt
            ):  # Ctrl+C: stop now; what was saved stays, run again for the rest
                for process in list(getattr(pool, "_processes", {}).values()):
                    process.kill()
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            queue = retry


def default_workers() -> int:
    """One grader per CPU core, and one more: a starting kernel leaves its core idle part of
    the time (measured on 2 cores: 87 % busy with 2 graders, 97 % with more)."""
    return (os.cpu_count() or 1) + 1


def worker_context():
    """Workers are forked from a server that has imported nbgrader once (``grade.warm``)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["aiclass.grade.warm"])
    return context


def course_cell_timeout(course: Path) -> float:
    """The cell time limit in the course's ``nbgrader_config.py`` (the workers read the same)."""
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    try:
        config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    except Exception:  # a broken config fails later, with nbgrader's own message
        config = Config()
    return cell_time_limit(config)


def others_wait(
    waiting: int, pace: float | None, workers: int, stalled: int, timeout: float
) -> bool:
    """Do the students still waiting need the CPU time of the stalled kernels?

    Yes while getting through them, with the stalled kernels back at normal priority (sharing
    the CPU), would take longer than what a stalled cell has left of its limit (most of it:
    its time in the background is given back). After that, the last students are graded in
    the shadow of the stalled cells' remaining time, so they run side by side at normal
    priority. ``pace``: students finished per second so far (None: not known yet)."""
    if not waiting:
        return False
    if not pace:
        return True
    return waiting / pace * (workers + stalled) / workers > 0.8 * timeout


@dataclass(frozen=True)
class Batch:
    """What every submission of one run is graded with."""

    course: Path
    assignment: str
    limits: Limits
    workers: int  # busy graders wanted
    timeout: float  # the course's cell time limit


def _schedule(pool, batch: Batch, queue, running, retry, attempts, size: int):
    """The scheduling loop of ``_run_pool``: yields each finished StudentResult."""
    course, assignment, workers = batch.course, batch.assignment, batch.workers
    stalled_dir = state_dir(course, assignment) / "stalled"
    foreground = state_dir(course, assignment) / FOREGROUND
    started, done = time.perf_counter(), 0
    while queue or running:
        stalled = sum((stalled_dir / r.student).exists() for r in running.values())
        while queue and len(running) < min(size, workers + stalled):
            result = queue.pop(0)
            future = pool.submit(grade_one, str(course), assignment, result.student, batch.limits)
            running[future] = result
        pace = done / (time.perf_counter() - started) if done >= workers else None
        if workers + stalled < size and others_wait(
            len(queue), pace, workers, stalled, batch.timeout
        ):
            foreground.unlink(missing_ok=True)
        else:
            foreground.touch()
        finished, _ = wait(running, timeout=0.5, return_when=FIRST_COMPLETED)
        broken = False
        for future in finished:
            result = running.pop(future)
            outcome = _outcome(future)
            if outcome is None:  # the pool broke under it: once more in a fresh pool
                broken = True
                attempts[result.student] = attempts.get(result.student, 0) + 1
                if attempts[result.student] < 2:
                    retry.append(result)
                    continue
                outcome = {"ok": False, "seconds": 0.0, "reason": "the grading worker crashed"}
            if outcome.get("reason") == IOPUB_TIMEOUT and not attempts.get(result.student):
                attempts[result.student] = 1  # often a busy machine: try once more
                queue.append(result)
                continue
            done += 1
            yield finish(result, outcome)
        if broken:
            retry += [*running.values(), *queue]
            queue.clear()
            running.clear()


def _outcome(future) -> dict | None:
    """A finished task's outcome dict; None if its worker process died."""
    try:
        return future.result()
    except BrokenProcessPool:
        return None
    except Exception as exc:  # a bug in the grader must not stop the class
        return {"ok": False, "seconds": 0.0, "reason": f"grader error: {exc}"[:200]}

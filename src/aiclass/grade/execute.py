"""nbgrader's ``Execute``, with additions that never change an honest student's score.

1. While the kernel runs, this grading process lets go of the gradebook lock (``hold``), so other
   workers can save their scores; it takes the lock back before nbgrader's next step.
2. Before each autograded test cell, a silent guard (a user expression: no output, no history,
   not seen by input transformers) restores the
   grading helpers a student may have rebound or monkeypatched: ``check``, ``check_close``,
   ``public_checks_passed`` (fresh copies from the package), ``AssertionError``, IPython's input
   and AST transformers, and shell methods replaced on the instance. An honest notebook never
   touches these, so its score is what plain nbgrader gives.
3. A cell's time limit (``c.Execute.timeout``) is measured in what the cell used, not by the
   clock (``clock.CellClock``): its CPU time, or its time spent waiting without using the CPU.
   Waiting for a busy CPU never counts, so a busy machine, or a cell moved to the background
   while other students go first (``worker.StallWatch``), changes nothing. A kernel that
   finished a cell without replying (its shell was broken) is told apart from a long cell.
4. The submission as a whole has a generous clock limit (``backstop``); when it is reached the
   running cell is stopped and the cells after it are not run, so finished cells keep their
   scores and unrun checks score 0.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from queue import Empty

from jupyter_core.utils import ensure_async, run_sync
from nbgrader.preprocessors import Execute

from aiclass.grade.backstop import Deadline, budget_s, code_cells, not_run
from aiclass.grade.clock import NO_REPLY, POLL_S, CellClock, Stop
from aiclass.grade.kernel import kernel_usage, set_kernel_background
from aiclass.grade.usage import Usage
from aiclass.grade.usual import UsualCells

NO_REPLY_S = 2.0  # the kernel said it finished a cell, is idle, and no reply came: broken

GUARD = """
def _aiclass_guard():
    import builtins, importlib.util
    real = [k for k in Exception.__subclasses__()
            if k.__name__ == "AssertionError" and k.__module__ == "builtins"]
    if real:
        builtins.AssertionError = real[0]
    spec = importlib.util.find_spec("aiclass.grading.checks")
    fresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fresh)
    names = globals()
    for name in ("check", "check_close", "public_checks_passed"):
        if name in names:
            names[name] = getattr(fresh, name)
    names["AssertionError"] = builtins.AssertionError
    shell = get_ipython()
    def ours(item):
        kind = item if callable(item) and not hasattr(item, "visit") else type(item)
        return getattr(kind, "__module__", "").split(".")[0] in ("IPython", "ipykernel")
    for attr in ("input_transformers_cleanup", "input_transformers_post", "ast_transformers"):
        getattr(shell, attr)[:] = [f for f in getattr(shell, attr) if ours(f)]
    for name in ("run_cell", "run_cell_async", "run_ast_nodes", "run_code", "should_run_async",
                 "transform_cell", "showtraceback"):
        if name in vars(shell):
            delattr(shell, name)
_aiclass_guard()
del _aiclass_guard
"""

_no_lock: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext


def _usage_now() -> Usage:
    return kernel_usage(states=True)


class GuardedExecute(Execute):
    """``Execute`` that releases the gradebook lock, guards each autograded test cell, and
    measures each cell's limit in what the cell used."""

    released: Callable[[], contextlib.AbstractContextManager] = _no_lock
    cell_since: float | None = None  # when the running cell started (monotonic), for the watchdog
    cell_long_after_s: float = 1.0  # the CPU time after which the running cell counts as long
    cell_start: Usage | None = None  # the kernels' usage when the running cell started
    usual: UsualCells | None = None  # what each cell took in the submissions graded before
    stopping: bool = False  # the running cell reached a limit: its kernel stays in the foreground
    wall_s: float | None = None  # the teacher's own clock limit for a submission (--wall-s)
    moved_aside: Callable[[], float] = staticmethod(lambda: 0.0)  # background time so far
    deadline: Deadline | None = None  # the running notebook's clock limit (``backstop``)

    @property
    def limit_s(self) -> float:
        """The cell limit: ``c.Execute.timeout`` seconds (nbgrader's default is 30)."""
        return float(self.timeout or 30)

    def preprocess(self, nb, resources=None, km=None):
        budget = budget_s(code_cells(nb), self.limit_s, GuardedExecute.wall_s)
        GuardedExecute.deadline = Deadline(budget, GuardedExecute.moved_aside)
        try:
            with self.released():
                return super().preprocess(nb, resources, km=km)
        finally:
            GuardedExecute.deadline = None

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code" or not cell.source.strip():
            return super().preprocess_cell(cell, resources, index)  # nothing runs
        deadline = GuardedExecute.deadline
        if deadline and deadline.passed():
            cell.outputs = [not_run(deadline.budget).output()]  # its checks cannot pass
            cell.execution_count = None
            return cell, resources
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            run_sync(self._guard)()
        usual = GuardedExecute.usual
        self._clock = CellClock(self.limit_s, _usage_now)
        self._stop: Stop | None = None
        GuardedExecute.cell_start = self._clock.start  # before cell_since (the watch reads it)
        if usual is not None:
            locked = bool(meta.get("locked"))
            GuardedExecute.cell_long_after_s = usual.long_after(cell.source, locked)
        GuardedExecute.cell_since = time.monotonic()
        try:
            outcome = super().preprocess_cell(cell, resources, index)
        finally:
            GuardedExecute.cell_since = None
            GuardedExecute.stopping = False
        if usual is not None and self._stop is None:  # a stopped cell teaches nothing
            usual.record(cell.source, kernel_usage().cpu_s - self._clock.start.cpu_s)
        return outcome

    async def _async_poll_for_reply(
        self, msg_id, cell, timeout, task_poll_output_msg, task_poll_kernel_alive
    ):
        """nbclient's wait for the reply, handing over to ``_async_handle_timeout`` (which
        measures the cell) after ``POLL_S`` instead of after the cell's limit by the clock."""
        self._outputs = task_poll_output_msg
        return await super()._async_poll_for_reply(
            msg_id, cell, POLL_S, task_poll_output_msg, task_poll_kernel_alive
        )

    async def _async_handle_timeout(self, timeout, cell=None):
        """Wait for the reply while measuring the cell; stop it at a limit (``_watch``)."""
        stop = await self._watch()
        if stop is None:
            return None  # a reply is ready, or the kernel died: nbclient's loop sees which
        self._stop = stop
        GuardedExecute.stopping = True
        set_kernel_background(False)  # it must run to stop, even on a busy machine
        if stop.interrupt and self.km is not None:
            await ensure_async(self.km.interrupt_kernel())
        return stop.reply()

    async def _watch(self) -> Stop | None:
        """Until a reply is ready or the kernel died (None), or a limit is reached (its Stop)."""
        assert self.kc is not None
        outputs = getattr(self, "_outputs", None)
        idle_since = None
        while True:
            if await self.kc.shell_channel.socket.poll(timeout=int(POLL_S * 1000)):
                return None
            if not await ensure_async(self.kc.is_alive()):
                return None
            stop = self._clock.check()
            deadline = GuardedExecute.deadline
            if stop is None and deadline is not None and deadline.passed():
                stop = not_run(deadline.budget, running=True)
            if stop is not None:
                return stop
            finished = outputs is not None and outputs.done() and not self._clock.last.active
            idle_since = (idle_since or time.monotonic()) if finished else None
            if idle_since is not None and time.monotonic() - idle_since > NO_REPLY_S:
                evalue = "the kernel finished the cell but sent no reply (its shell was changed?)"
                return Stop(NO_REPLY, evalue, interrupt=False)

    async def _guard(self) -> None:
        """Run GUARD as a user expression: evaluated directly, past any input transformer."""
        if self.kc is None:
            return
        expression = f"exec(compile({GUARD!r}, '<aiclass-guard>', 'exec'), globals())"
        msg_id = self.kc.execute(
            "", silent=True, store_history=False, user_expressions={"aiclass_guard": expression}
        )
        clock = CellClock(self.limit_s, _usage_now)
        while True:  # a kernel too broken to guard fails its test cell on its own
            try:
                msg = await ensure_async(self.kc.shell_channel.get_msg(timeout=POLL_S))
            except Empty:
                if not await ensure_async(self.kc.is_alive()) or clock.check() is not None:
                    self.log.warning("grading guard did not run")
                    return
                if not clock.last.active and clock.waited_s > NO_REPLY_S:
                    self.log.warning("grading guard got no reply")
                    return
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return


@contextlib.contextmanager
def unlocked(lock) -> Iterator[None]:
    """Release ``lock`` (an object with acquire/release) for the duration of the block."""
    lock.release()
    try:
        yield
    finally:
        lock.acquire()

"""nbgrader's ``Execute``, with three additions that never change an honest student's score.

1. While the kernel runs, this grading process lets go of the gradebook lock (``hold``), so other
   workers can save their scores; it takes the lock back before nbgrader's next step.
2. Before each autograded test cell, a silent guard (a user expression: no output, no history,
   not seen by input transformers) restores the
   grading helpers a student may have rebound or monkeypatched: ``check``, ``check_close``,
   ``public_checks_passed`` (fresh copies from the package), ``AssertionError``, IPython's input
   and AST transformers, and shell methods replaced on the instance. An honest notebook never
   touches these, so its score is what plain nbgrader gives.
3. A cell that was moved to the background (see ``worker.StallWatch``: it used more CPU than
   the cell usually takes, ``usual.UsualCells``, while other submissions waited) gets the CPU time
   it missed there added to its time limit, so it always has its full limit of running time, as in
   plain nbgrader.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Iterator

from jupyter_core.utils import ensure_async, run_sync
from nbgrader.preprocessors import Execute

from aiclass.grade.kernel import Usage, kernel_usage
from aiclass.grade.usual import UsualCells

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


class GuardedExecute(Execute):
    """``Execute`` that releases the gradebook lock and guards each autograded test cell."""

    released: Callable[[], contextlib.AbstractContextManager] = _no_lock
    cell_since: float | None = None  # when the running cell started (monotonic), for the watchdog
    cell_long_after_s: float = 1.0  # the CPU time after which the running cell counts as long
    cell_start: Usage | None = None  # the kernels' usage when the running cell started
    usual: UsualCells | None = None  # what each cell took in the submissions graded before
    owed_s: float = 0.0  # CPU time the running cell missed in the background (the watchdog adds)
    given_back_s: float = 0.0  # all such time given back in this submission, for the report

    def preprocess(self, nb, resources=None, km=None):
        with self.released():
            return super().preprocess(nb, resources, km=km)

    def preprocess_cell(self, cell, resources, index):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            run_sync(self._guard)()
        usual = GuardedExecute.usual if cell.cell_type == "code" else None
        GuardedExecute.cell_start = None  # (the watch measures cells nobody learns from itself)
        if usual is not None:
            locked = bool(meta.get("locked"))
            GuardedExecute.cell_long_after_s = usual.long_after(cell.source, locked)
            start = GuardedExecute.cell_start = kernel_usage()  # before cell_since (the watch)
        GuardedExecute.owed_s = 0.0
        GuardedExecute.cell_since = time.monotonic()
        try:
            outcome = super().preprocess_cell(cell, resources, index)
        finally:
            GuardedExecute.cell_since = None
        if usual is not None:  # it finished (a cell stopped at its limit teaches nothing)
            usual.record(cell.source, kernel_usage().cpu_s - start.cpu_s)
        return outcome

    async def _async_handle_timeout(self, timeout, cell=None):
        """At the time limit, first give back the CPU time the cell missed in the background."""
        given = 0.0
        while (owed := GuardedExecute.owed_s - given) > 0.05:
            given += owed
            GuardedExecute.given_back_s += owed
            until = time.monotonic() + owed
            while time.monotonic() < until:
                if self.kc is not None and await ensure_async(self.kc.shell_channel.msg_ready()):
                    return None  # the reply came in the extra time: nbclient's loop reads it
                await asyncio.sleep(0.1)
        return await super()._async_handle_timeout(timeout, cell)

    async def _guard(self) -> None:
        """Run GUARD as a user expression: evaluated directly, past any input transformer."""
        if self.kc is None:
            return
        expression = f"exec(compile({GUARD!r}, '<aiclass-guard>', 'exec'), globals())"
        msg_id = self.kc.execute(
            "", silent=True, store_history=False, user_expressions={"aiclass_guard": expression}
        )
        try:
            await self.async_wait_for_reply(msg_id)
        except Exception:  # a kernel too broken to guard fails its test cell on its own
            self.log.warning("grading guard did not run")


@contextlib.contextmanager
def unlocked(lock) -> Iterator[None]:
    """Release ``lock`` (an object with acquire/release) for the duration of the block."""
    lock.release()
    try:
        yield
    finally:
        lock.acquire()

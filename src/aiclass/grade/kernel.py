"""A Jupyter kernel manager that starts each student's kernel inside the sandbox.

nbgrader's own ``Execute`` preprocessor runs the notebook exactly as in plain ``nbgrader
autograde``; only the kernel process is different: it is wrapped by ``sandbox.wrap_kernel`` and
talks to nbgrader over Unix sockets in a private folder (the sandbox has no network), and it is
interrupted by a message rather than a signal to its process group (which would hit bwrap).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import threading
import typing as t
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

from aiclass.grade import sandbox
from aiclass.grade.usage import Usage, read_usage

_active: set[SandboxKernelManager] = set()
_lock = threading.Lock()


class SandboxKernelManager(AsyncKernelManager):
    """AsyncKernelManager whose kernel runs in the sandbox with ``limits``."""

    limits: sandbox.Limits = sandbox.Limits()

    async def _async_pre_start_kernel(self, **kw: t.Any) -> tuple[list[str], dict[str, t.Any]]:
        self._runtime = Path(tempfile.mkdtemp(prefix="aiclass-kernel-"))
        self._runtime.chmod(0o700)
        self.transport = "ipc"
        self.ip = str(self._runtime / "k")
        self.connection_file = str(self._runtime / "kernel.json")
        self._workdir = Path(kw.get("cwd") or tempfile.mkdtemp(prefix="aiclass-work-"))
        self._cgroup = sandbox.make_pids_cgroup(self.limits.processes)
        if self.kernel_spec is not None:
            self.kernel_spec.interrupt_mode = "message"
        with _lock:
            _active.add(self)
        return await super()._async_pre_start_kernel(**kw)

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: t.Any) -> None:
        wrapped = sandbox.wrap_kernel(
            kernel_cmd, self._workdir, self._runtime, self.limits, self._cgroup
        )
        await super()._async_launch_kernel(wrapped, **kw)

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        self.release_sandbox()

    def release_sandbox(self) -> None:
        """Kill anything left in the sandbox and remove its private folder."""
        sandbox.remove_cgroup(getattr(self, "_cgroup", None))
        self._cgroup = None
        runtime = getattr(self, "_runtime", None)
        if runtime is not None:
            shutil.rmtree(runtime, ignore_errors=True)
        with _lock:
            _active.discard(self)

    def kill_now(self) -> None:
        """Stop the kernel at once (the wall-clock limit): its cgroup, then its process group."""
        sandbox.remove_cgroup(getattr(self, "_cgroup", None))
        provisioner = self.provisioner
        process = getattr(provisioner, "process", None) if provisioner else None
        if process is not None:
            import os
            import signal

            with contextlib.suppress(OSError):
                os.killpg(process.pid, signal.SIGKILL)


def _kernel_processes() -> list[int]:
    """Process ids of every process of this worker's sandboxed kernels."""
    import os

    with _lock:
        managers = list(_active)
    pids: list[int] = []
    for manager in managers:
        group = getattr(manager, "_cgroup", None)
        found = [int(pid) for pid in sandbox._read(group / "cgroup.procs").split()] if group else []
        process = getattr(manager.provisioner, "process", None) if manager.provisioner else None
        if not found and process is not None:  # no cgroup here: the kernel's process group
            found = [
                int(name)
                for name in os.listdir("/proc")
                if name.isdigit() and _process_group(int(name)) == process.pid
            ]
        pids += found
    return pids


def _threads(pid: int) -> list[int]:
    import os

    try:
        return [int(tid) for tid in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        return []


def _process_group(pid: int) -> int | None:
    import os

    try:
        return os.getpgid(pid)
    except OSError:
        return None


def set_kernel_background(background: bool) -> None:
    """Move this worker's kernels to the background (they run only on CPU time nobody else
    wants) or back to normal. A stalled cell keeps its time limit.

    Each kernel is a session of its own, and Linux shares the CPU between sessions first
    (autogroups), so its threads' priority alone would change nothing: the session's nice value
    (/proc/PID/autogroup) goes to 19 too, and its threads to SCHED_IDLE."""
    import os

    policy = os.SCHED_IDLE if background else os.SCHED_OTHER
    nice = 19 if background else 0
    for pid in _kernel_processes():
        with contextlib.suppress(OSError):
            Path(f"/proc/{pid}/autogroup").write_text(str(nice))
        for tid in _threads(pid):
            with contextlib.suppress(OSError):
                os.sched_setscheduler(tid, policy, os.sched_param(0))
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, tid, nice)


def kernel_usage(states: bool = False) -> Usage:
    """What this worker's live kernels have used (``usage.read_usage``)."""
    return read_usage(_kernel_processes(), states)


def kill_all_kernels() -> int:
    """Kill every sandboxed kernel of this process; return how many there were."""
    with _lock:
        managers = list(_active)
    for manager in managers:
        manager.kill_now()
    return len(managers)

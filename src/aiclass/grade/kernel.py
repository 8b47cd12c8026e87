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


def set_kernel_priority(niceness: int) -> None:
    """Renice every process of this worker's sandboxed kernels (a stalled cell yields the CPU)."""
    import os

    with _lock:
        managers = list(_active)
    for manager in managers:
        group = getattr(manager, "_cgroup", None)
        pids = sandbox._read(group / "cgroup.procs").split() if group else []
        process = getattr(manager.provisioner, "process", None) if manager.provisioner else None
        targets = [(os.PRIO_PROCESS, int(pid)) for pid in pids]
        if not targets and process is not None:
            targets = [(os.PRIO_PGRP, process.pid)]
        for which, who in targets:
            with contextlib.suppress(OSError):
                os.setpriority(which, who, niceness)


def kill_all_kernels() -> int:
    """Kill every sandboxed kernel of this process; return how many there were."""
    with _lock:
        managers = list(_active)
    for manager in managers:
        manager.kill_now()
    return len(managers)

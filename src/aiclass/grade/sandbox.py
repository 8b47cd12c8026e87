"""Wrap a student's kernel in the strongest sandbox this machine has.

Only the kernel runs student code, so only the kernel is sandboxed; nbgrader itself (which reads
the instructor's source and writes the gradebook) runs outside. Layers, strongest first:

- ``bwrap`` (bubblewrap): a private file system view holding the Python install, this package's
  code, a private ``/tmp`` and the student's own working folder (the only writable place; the
  notebook being graded there, which nbgrader has filled with the hidden tests, reads empty); new
  user, process, network (loopback only), IPC and UTS namespaces; killed with its parent.
- a ``pids`` cgroup: at most ``Limits.processes`` tasks (stops fork bombs, even as root).
- resource limits (``prlimit``): address space (memory), file size, no core dumps, processes.

Where bubblewrap is missing, ``sandbox_mode()`` says ``rlimits`` and the kernel runs with the
limits only: it can then read whatever the grading user can read.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

BWRAP_MISSING = (
    "bubblewrap missing: running with rlimits only "
    "(student code can read what the grading user can read; apt-get install bubblewrap)"
)
ETC_FILES = (
    "passwd",
    "group",
    "nsswitch.conf",
    "localtime",
    "ld.so.cache",
    "ld.so.conf",
    "ld.so.conf.d",
    "hosts",
    "fonts",
    "mime.types",
    "locale.alias",
    "alternatives",
)
ENV_KEEP = (
    "PATH",
    "LANG",
    "LC_ALL",
    "LC_CTYPE",
    "TZ",
    "MPLBACKEND",
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "PYTHONHASHSEED",
    "PYTHONUNBUFFERED",
)
ENV_PREFIXES = ("AICLASS_", "NBGRADER_", "JPY_")


@dataclass(frozen=True)
class Limits:
    """What one submission may use."""

    memory_mb: int = 3072  # address space of each process of the kernel
    processes: int = 64  # tasks in the kernel's sandbox (threads count too)
    file_mb: int = 64  # the largest file it may write
    # a notebook's clock limit (kernel start included); None: scaled to its cells (``backstop``)
    wall_s: float | None = None
    # a cell the class has not run before that has used this much CPU time (default: a thirtieth
    # of the cell timeout, at least 1 s; a lab's own cell: five times that; a cell run before: 1.5
    # times the most it took), or that runs a third of its timeout (at least 10 s), moves to the
    # background while other submissions wait: its kernel only gets CPU time nobody else wants,
    # and another submission starts beside it. Its limit counts CPU time, so it loses nothing
    # there. A cell that has grown its kernel by a twelfth of ``memory_mb`` keeps its place.
    stall_s: float | None = None


def _probe(command: list[str]) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@cache
def bwrap_path() -> str | None:
    """bubblewrap, if it is installed and can make namespaces here."""
    bwrap = shutil.which("bwrap")
    if not bwrap:
        return None
    base = [
        bwrap,
        "--unshare-all",
        "--die-with-parent",
        *_system_binds(),
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--tmpfs",
        "/tmp",
    ]
    return bwrap if _probe([*base, "/bin/sh", "-c", "true"]) else None


def sandbox_mode() -> str:
    """``bwrap`` where the full sandbox works, else ``rlimits``."""
    return "bwrap" if bwrap_path() else "rlimits"


def sandbox_note() -> str:
    """One line for the teacher: what protects the graders' files during this run."""
    if bwrap_path():
        cgroup = "pids cgroup" if pids_cgroup_root() else "no pids cgroup (RLIMIT_NPROC only)"
        return f"sandbox: bubblewrap, no network, rlimits, {cgroup}"
    return BWRAP_MISSING


@cache
def pids_cgroup_root() -> Path | None:
    """A cgroup folder (v1 pids hierarchy or v2) where this process may create children."""
    for root in (Path("/sys/fs/cgroup/pids"), Path("/sys/fs/cgroup")):
        if not (root / "cgroup.procs").exists():
            continue
        if root == Path("/sys/fs/cgroup") and "pids" not in _read(root / "cgroup.controllers"):
            continue
        probe = root / f"aiclass-probe-{os.getpid()}"
        try:
            probe.mkdir()
            (probe / "pids.max").write_text("8")
            probe.rmdir()
            return root
        except OSError:
            shutil.rmtree(probe, ignore_errors=True) if probe.exists() else None
            with contextlib.suppress(OSError):
                probe.rmdir()
    return None


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""


def make_pids_cgroup(limit: int) -> Path | None:
    """A fresh cgroup capped at ``limit`` tasks, or None where cgroups are not ours to use."""
    root = pids_cgroup_root()
    if root is None:
        return None
    group = root / f"aiclass-kernel-{uuid.uuid4().hex[:12]}"
    try:
        group.mkdir()
        (group / "pids.max").write_text(str(limit))
    except OSError:
        return None
    return group


def sweep_stale_cgroups(older_than_s: float = 300) -> None:
    """Remove empty kernel cgroups left by a grader that was killed (kill -9) before cleaning up."""
    import time

    root = pids_cgroup_root()
    for group in root.glob("aiclass-kernel-*") if root else []:
        with contextlib.suppress(OSError):
            if (
                not _read(group / "cgroup.procs").split()
                and time.time() - group.stat().st_mtime > older_than_s
            ):
                group.rmdir()


def remove_cgroup(group: Path | None) -> None:
    """Kill what is left in ``group`` and remove it."""
    if group is None or not group.exists():
        return
    for _ in range(50):
        pids = _read(group / "cgroup.procs").split()
        for pid in pids:
            with contextlib.suppress(OSError, ValueError):
                os.kill(int(pid), 9)
        try:
            group.rmdir()
            return
        except OSError:
            import time

            time.sleep(0.05)


def _system_binds() -> list[str]:
    args: list[str] = []
    for top in ("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        path = Path("/") / top
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            args += ["--ro-bind", str(path), str(path)]
    for name in ETC_FILES:
        if (Path("/etc") / name).exists():
            args += ["--ro-bind", f"/etc/{name}", f"/etc/{name}"]
    return args


def python_paths() -> list[Path]:
    """Folders the kernel needs to read: the Python install, the venv, this package's code."""
    import aiclass

    wanted = {Path(sys.base_prefix), Path(sys.prefix), Path(aiclass.__file__).resolve().parents[1]}
    executable = Path(sys.executable)
    wanted.add(executable.resolve().parents[1])  # the real interpreter behind a venv's link
    outside_usr = [p for p in wanted if p.exists() and not _under(p, Path("/usr"))]
    return sorted(outside_usr)


def _under(path: Path, parent: Path) -> bool:
    try:
        path.resolve().relative_to(parent)
        return True
    except ValueError:
        return False


def kernel_env(home: str) -> list[str]:
    """bwrap arguments that give the kernel a small, clean environment."""
    args = ["--clearenv", "--setenv", "HOME", home, "--setenv", "MPLCONFIGDIR", f"{home}/mpl"]
    for key, value in os.environ.items():
        if key in ENV_KEEP or key.startswith(ENV_PREFIXES):
            args += ["--setenv", key, value]
    return args


def bwrap_args(workdir: Path, runtime: Path) -> list[str]:
    """Everything bwrap needs: read-only system and Python, private /tmp, two writable folders."""
    bwrap = bwrap_path()
    assert bwrap is not None
    args = [
        bwrap,
        "--unshare-all",
        "--unshare-user",
        "--die-with-parent",
        "--uid",
        "65534",
        "--gid",
        "65534",
        *_system_binds(),
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--tmpfs",
        "/tmp",
    ]
    for path in python_paths():
        args += ["--ro-bind", str(path), str(path)]
    for path in (runtime, workdir):
        args += ["--bind", str(path), str(path)]
    empty = runtime / "empty"
    empty.touch()
    for notebook in sorted(workdir.glob("*.ipynb")):  # nbgrader's copy holds the hidden tests
        args += ["--ro-bind", str(empty), str(notebook)]
    args += ["--chdir", str(workdir), "--hostname", "sandbox", *kernel_env(str(runtime / "home"))]
    return args


def limit_args(limits: Limits) -> list[str]:
    """prlimit arguments (soft = hard) for one kernel."""
    prlimit = shutil.which("prlimit")
    if not prlimit:
        return []
    mb = 1024 * 1024
    return [
        prlimit,
        f"--as={limits.memory_mb * mb}",
        f"--fsize={limits.file_mb * mb}",
        "--core=0",
        f"--nproc={limits.processes * 4}",
        "--",
    ]


def cgroup_args(group: Path | None) -> list[str]:
    """Join ``group`` first thing, so every process the kernel makes is counted."""
    if group is None:
        return []
    return ["/bin/sh", "-c", f'echo $$ > "{group}/cgroup.procs" && exec "$@"', "aiclass-sandbox"]


def wrap_kernel(
    command: list[str], workdir: Path, runtime: Path, limits: Limits, group: Path | None
) -> list[str]:
    """The command that starts ``command`` (a kernel) inside the sandbox."""
    (runtime / "home" / "mpl").mkdir(parents=True, exist_ok=True)
    _seed_matplotlib_cache(runtime / "home" / "mpl")
    inner = [*cgroup_args(group), *limit_args(limits)]
    if bwrap_path():
        return [*inner, *bwrap_args(workdir, runtime), "--", *command]
    return [*inner, *command]


def _seed_matplotlib_cache(target: Path) -> None:
    """Copy matplotlib's font list so each fresh kernel does not rebuild it (seconds)."""
    source = Path(os.environ.get("MPLCONFIGDIR") or Path.home() / ".cache" / "matplotlib")
    for font_list in source.glob("fontlist-*.json"):
        with contextlib.suppress(OSError):
            shutil.copy2(font_list, target / font_list.name)

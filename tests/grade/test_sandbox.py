"""Does the sandbox command keep the kernel away from the course, the network and the machine?"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aiclass.grade import sandbox
from aiclass.grade.sandbox import Limits, sandbox_mode, sandbox_note, wrap_kernel


def run_inside(tmp_path: Path, code: str) -> subprocess.CompletedProcess:
    work, runtime = tmp_path / "work", tmp_path / "runtime"
    work.mkdir()
    runtime.mkdir()
    group = sandbox.make_pids_cgroup(32)
    try:
        command = wrap_kernel(
            [sys.executable, "-c", code], work, runtime, Limits(memory_mb=1024), group
        )
        return subprocess.run(command, capture_output=True, text=True, timeout=60)
    finally:
        sandbox.remove_cgroup(group)


def test_the_note_says_which_protection_is_on():
    assert sandbox_note().startswith(
        "sandbox: bubblewrap" if sandbox_mode() == "bwrap" else "bubblewrap missing"
    )


def test_memory_is_limited(tmp_path):
    done = run_inside(tmp_path, "bytearray(4 * 1024 ** 3)")
    assert "MemoryError" in done.stderr


@pytest.mark.skipif(sandbox_mode() != "bwrap", reason="bubblewrap missing")
def test_only_the_working_folder_is_visible_and_writable(tmp_path):
    secret = tmp_path / "gradebook.db"
    secret.write_text("scores")
    code = (
        f"import os; print(os.path.exists({str(secret)!r}), os.getcwd() == {str(tmp_path / 'work')!r});"
        "open('mine.txt', 'w').write('ok')\n"
        "try:\n    open(os.__file__, 'a')\nexcept OSError:\n    print('read-only')"
    )
    done = run_inside(tmp_path, code)
    assert done.stdout.split() == ["False", "True", "read-only"], done.stderr
    assert (tmp_path / "work" / "mine.txt").read_text() == "ok"


@pytest.mark.skipif(sandbox_mode() != "bwrap", reason="bubblewrap missing")
def test_there_is_no_network_but_loopback(tmp_path):
    code = (
        "import socket\ntry:\n    socket.create_connection(('1.1.1.1', 53), timeout=3)\n    print('online')\n"
        "except OSError:\n    print('offline')\ns = socket.socket(); s.bind(('127.0.0.1', 0)); print('lo')"
    )
    assert run_inside(tmp_path, code).stdout.split() == ["offline", "lo"]


@pytest.mark.skipif(sandbox.pids_cgroup_root() is None, reason="no pids cgroup here")
def test_a_fork_bomb_hits_the_process_limit(tmp_path):
    code = (
        "import os, time\nn = 0\ntry:\n    for _ in range(500):\n        if os.fork() == 0:\n"
        "            time.sleep(30)\n            os._exit(0)\n        n += 1\nexcept OSError:\n    print('capped', n)"
    )
    done = run_inside(tmp_path, code)
    assert done.stdout.startswith("capped") and int(done.stdout.split()[1]) < 32

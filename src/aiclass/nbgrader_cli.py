"""Run real nbgrader commands in a course folder, as a teacher would from a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from aiclass.errors import AiclassError


def nbgrader_env() -> dict[str, str]:
    """The environment nbgrader needs: this venv's scripts (alembic, jupyter) first on PATH."""
    env = dict(os.environ)
    scripts = str(Path(sys.executable).parent)
    env["PATH"] = scripts + os.pathsep + env.get("PATH", "")
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def run_nbgrader(course: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    """Run ``nbgrader ARGS`` in ``course``; raise AiclassError with nbgrader's reason on failure."""
    command = [sys.executable, "-m", "nbgrader", *args]
    try:
        done = subprocess.run(
            command,
            cwd=course,
            env=nbgrader_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise AiclassError(f"nbgrader {args[0]} took longer than {timeout:.0f} s") from None
    if done.returncode != 0:
        raise AiclassError(f"nbgrader {' '.join(args)} failed: {last_error_line(done)}")
    return done


def last_error_line(done: subprocess.CompletedProcess) -> str:
    lines = [line.strip() for line in (done.stderr + done.stdout).splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower()]
    return (errors or lines or ["no output"])[-1][:300]


def run_batch(
    course: Path, step: str, args: list[str], prefix: list[str] | None = None, timeout: float = 3600
) -> list[dict]:
    """Run many nbgrader steps in one process (``aiclass.nbgrader_batch``); one dict per step.

    ``prefix`` goes before the command (e.g. the words that cut the network). A step that failed
    is in the list with ``ok`` false and nbgrader's reason; a driver that died raises AiclassError.
    """
    import json

    command = [*(prefix or []), sys.executable, "-m", "aiclass.nbgrader_batch", step, *args]
    try:
        done = subprocess.run(
            command, cwd=course, env=nbgrader_env(), capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        raise AiclassError(
            f"nbgrader {step} of {len(args)} item(s) took longer than {timeout:.0f} s"
        ) from None
    steps = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if len(steps) != len(args):
        raise AiclassError(f"nbgrader {step} failed: {last_error_line(done)}")
    return steps

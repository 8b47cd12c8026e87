"""The three firmware checks for a board: type check, compile, run on MicroPython.

1. pyright type-checks the board folder and common/ against the board's MicroPython stubs.
2. mpy-cross compiles every firmware file to MicroPython bytecode.
3. The board's main loop runs on the MicroPython interpreter with the fake hal and
   must follow a scripted line and stop before a scripted obstacle.
"""

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from aiclass.robot.boards import firmware_files, get_board
from aiclass.robot.errors import RobotError
from aiclass.robot.micropython import run_board
from aiclass.robot.paths import node_modules_dir, repo_root, stubs_dir

PYRIGHT = node_modules_dir() / "pyright" / "index.js"
DONE_MARK = ".installed"


@dataclass(frozen=True)
class CheckResult:
    """One check of one board: did it pass, and a one-line summary (the first problems)."""

    name: str
    ok: bool
    summary: str

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.name}: {self.summary}"


def ensure_stubs(board: str) -> Path:
    """Install the board's pinned MicroPython stubs into .stubs/<board> if not there yet.

    The folder also gets an empty lib/python3.8/site-packages so that pyright sees the
    board's modules only, not this computer's Python packages. Needs PyPI the first time.
    Safe when two test workers ask at once: each installs aside, then one renames into place.
    """
    stubs_file = get_board(board).stubs_file
    wanted = hashlib.sha256(stubs_file.read_bytes()).hexdigest()
    target = stubs_dir(board)
    mark = target / DONE_MARK
    if mark.is_file() and mark.read_text().strip() == wanted:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    aside = Path(tempfile.mkdtemp(prefix=f"{board}-", dir=target.parent))
    try:
        command = [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--target",
            str(aside),
            "-r",
            str(stubs_file),
        ]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["pip failed"])[-1]
            raise RobotError(f"could not install the {board} stubs ({stubs_file.name}): {last}")
        (aside / "lib" / "python3.8" / "site-packages").mkdir(parents=True, exist_ok=True)
        (aside / DONE_MARK).write_text(wanted + "\n")
        if mark.is_file() and mark.read_text().strip() == wanted:
            return target  # another worker finished first
        if target.exists():
            shutil.rmtree(target, ignore_errors=True)
        try:
            aside.rename(target)
        except OSError:
            if not (mark.is_file() and mark.read_text().strip() == wanted):
                raise
    finally:
        if aside.exists():
            shutil.rmtree(aside, ignore_errors=True)
    return target


def check_types(board: str) -> CheckResult:
    """pyright on the board folder + common/, against the board's stubs."""
    name = "pyright"
    if shutil.which("node") is None or not PYRIGHT.is_file():
        return CheckResult(name, False, f"pyright is missing; run `npm ci` in {repo_root()}")
    ensure_stubs(board)
    config = get_board(board).pyright_config
    done = subprocess.run(
        ["node", str(PYRIGHT), "--outputjson", "-p", str(config)],
        capture_output=True,
        text=True,
        cwd=repo_root(),
    )
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return CheckResult(name, False, (done.stderr or done.stdout).strip()[:300])
    problems = [d for d in report.get("generalDiagnostics", []) if d.get("severity") == "error"]
    files = report.get("summary", {}).get("filesAnalyzed", 0)
    if not problems and done.returncode == 0:
        return CheckResult(name, True, f"{files} files, 0 errors")
    shown = "; ".join(
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message'].splitlines()[0]}"
        for d in problems[:3]
    )
    return CheckResult(name, False, f"{len(problems)} errors: {shown}")


def check_compiles(board: str) -> CheckResult:
    """mpy-cross compiles every file that goes onto the board."""
    name = "mpy-cross"
    files = firmware_files(board)
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for filename, path in files.items():
            out = Path(folder) / (Path(filename).stem + ".mpy")
            done = subprocess.run(
                [sys.executable, "-m", "mpy_cross", "-o", str(out), str(path)],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0 or not out.is_file():
                message = (done.stderr.strip().splitlines() or ["no output"])[-1]
                failures.append(f"{filename}: {message}")
    if failures:
        return CheckResult(
            name, False, f"{len(failures)} of {len(files)} failed: " + "; ".join(failures[:3])
        )
    return CheckResult(name, True, f"{len(files)} files compiled")


# A scripted drive: the line drifts to the left, then right, then is lost;
# then a wall comes closer and closer.
LINE_SCRIPT = (
    [[100, 900, 100, 999, 0, 0, -1000]] * 3
    + [[900, 300, 100, 999, 0, 0, -1000]] * 3
    + [[100, 300, 900, 999, 0, 0, -1000]] * 3
    + [[80, 80, 80, 999, 0, 0, -1000]] * 3
)
AVOID_SCRIPT = [[80, 80, 80, cm, 0, 0, -1000] for cm in (150, 100, 70, 50, 40, 30, 20, 15)]


def check_runs(board: str, timeout_s: float = 20.0) -> CheckResult:
    """The board's main loop on MicroPython: follows the scripted line, stops before the wall."""
    name = "micropython"
    line = run_board(board, LINE_SCRIPT, "line", timeout_s=timeout_s)
    want = ["forward"] * 3 + ["left"] * 3 + ["right"] * 3 + ["search_right"] * 3
    if line["decisions"] != want:
        return CheckResult(name, False, f"line following decided {line['decisions']}")
    avoid = run_board(board, AVOID_SCRIPT, "avoid", timeout_s=timeout_s)
    near = avoid["wheels"][-3:]
    if any(left > 0 and right > 0 for left, right in near):
        return CheckResult(name, False, f"drove on into the wall: wheels {near}")
    return CheckResult(
        name,
        True,
        f"followed the line and turned before the wall ({line['steps'] + avoid['steps']} steps)",
    )


def check_board(board: str) -> list[CheckResult]:
    """All three checks for a board; a check that cannot run is a failure with its reason."""
    get_board(board)
    results = []
    for name, check in (
        ("pyright", check_types),
        ("mpy-cross", check_compiles),
        ("micropython", check_runs),
    ):
        try:
            results.append(check(board))
        except RobotError as error:
            results.append(CheckResult(name, False, str(error)))
    return results

"""Run firmware on a real MicroPython interpreter (the WebAssembly port, under Node).

The board's hal.py is swapped for robotics/firmware/fakes/hal.py, which replays scripted
sensor readings and records what the robot does. A firmware that never finishes is
stopped after `timeout_s` and reported as FirmwareTimeout.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from aiclass.robot.boards import firmware_files
from aiclass.robot.errors import FirmwareTimeout, RobotError
from aiclass.robot.paths import firmware_dir, node_modules_dir, repo_root

RUNNER = repo_root() / "robotics" / "tools" / "run_micropython.mjs"
WASM_PACKAGE = "@micropython/micropython-webassembly-pyscript"
RESULT_MARK = "RESULT "


def micropython_available() -> bool:
    """True when Node and the MicroPython package (from `npm ci`) are both here."""
    return shutil.which("node") is not None and (node_modules_dir() / WASM_PACKAGE).is_dir()


def run_micropython(
    files: dict[str, Path], code: str, texts: dict[str, str] | None = None, timeout_s: float = 20.0
) -> str:
    """Put `files` (name there -> path here) and `texts` into MicroPython's /flash, run `code`
    there and return what it printed. Raises RobotError on a Python error."""
    if shutil.which("node") is None:
        raise RobotError("Node.js is not installed; install Node 20 and run `npm ci`")
    if not (node_modules_dir() / WASM_PACKAGE).is_dir():
        raise RobotError(f"{WASM_PACKAGE} is missing; run `npm ci` in {repo_root()}")
    job = {
        "files": {name: str(path) for name, path in files.items()},
        "texts": texts or {},
        "code": code,
    }
    with tempfile.TemporaryDirectory() as folder:
        job_file = Path(folder) / "job.json"
        job_file.write_text(json.dumps(job), encoding="utf-8")
        try:
            done = subprocess.run(
                ["node", str(RUNNER), str(job_file)],
                capture_output=True,
                text=True,
                timeout=timeout_s,
                cwd=repo_root(),
            )
        except subprocess.TimeoutExpired:
            raise FirmwareTimeout(f"firmware did not finish in {timeout_s:g} s") from None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise RobotError(f"firmware failed under MicroPython: {last}")
    return done.stdout


def result_of(output: str) -> dict:
    """The JSON object printed on the line starting with RESULT."""
    for line in reversed(output.splitlines()):
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK) :])
    raise RobotError("firmware printed no RESULT line")


DRIVER = """
import hal, json
import {module} as firmware
try:
    firmware.run({mode!r}, {steps!r}, {log!r})
except hal.ScriptFinished:
    pass
print("RESULT " + json.dumps(hal.result()))
"""


def run_board(
    board: str,
    readings: list[list[int]],
    mode: str = "line",
    steps: int = -1,
    buttons: list | None = None,
    log: bool = False,
    timeout_s: float = 20.0,
    module: str = "main",
) -> dict:
    """Run a board's main.py with the fake hal on scripted `readings`
    ([left, centre, right, distance_cm, ax, ay, az] per step).

    Returns {"steps", "decisions", "wheels", "shown", "stopped", "clock_ms"}.
    """
    files = firmware_files(board)
    files["hal.py"] = firmware_dir() / "fakes" / "hal.py"
    script = json.dumps({"readings": readings, "buttons": buttons or []})
    code = DRIVER.format(module=module, mode=mode, steps=steps, log=log)
    return result_of(run_micropython(files, code, {"fake_script.json": script}, timeout_s))

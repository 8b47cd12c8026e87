"""`aiclass robot ...` commands, with no board attached."""

import pytest
from click.testing import CliRunner

from aiclass.robot import checks, ports
from aiclass.robot.checks import CheckResult
from aiclass.robot.cli import robot
from aiclass.robot.serial_log import csv_header, save_lines


@pytest.fixture
def no_board(monkeypatch):
    monkeypatch.setattr(ports.list_ports, "comports", lambda: [])


def run_cli(*args):
    return CliRunner().invoke(robot, list(args), catch_exceptions=False)


def test_sim_prints_laps_and_saves_a_picture(tmp_path):
    png = tmp_path / "oval.png"
    result = run_cli("sim", "--track", "oval", "--seconds", "30", "--png", str(png))
    assert result.exit_code == 0, result.output
    assert "oval, line: 1 laps in 30 s" in result.output
    assert png.read_bytes().startswith(b"\x89PNG")


def test_sim_on_the_obstacle_track_avoids_obstacles(tmp_path):
    result = run_cli(
        "sim",
        "--track",
        "obstacles",
        "--seconds",
        "10",
        "--png",
        str(tmp_path / "o.png"),
        "--gif",
        str(tmp_path / "o.gif"),
        "--frames",
        "4",
    )
    assert result.exit_code == 0, result.output
    assert "obstacles, avoid: drove" in result.output and "0 collisions" in result.output
    assert (tmp_path / "o.gif").is_file()


def test_check_fails_with_a_non_zero_exit_when_a_check_fails(monkeypatch):
    monkeypatch.setattr(
        checks,
        "check_board",
        lambda board: [
            CheckResult("pyright", True, "fine"),
            CheckResult("mpy-cross", False, "main.py: oops"),
        ],
    )
    result = run_cli("check", "--board", "esp32")
    assert result.exit_code == 1
    assert "FAIL  mpy-cross: main.py: oops" in result.output
    assert "1 of 2 checks failed" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["flash", "--board", "esp32"],
        ["flash", "--board", "microbit", "--port", "/dev/no-such-port"],
        ["log", "--out", "sensors.csv"],
        ["log", "--port", "/dev/no-such-port", "--out", "sensors.csv"],
    ],
)
def test_flash_and_log_say_there_is_no_board_in_one_line(no_board, args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert result.exit_code == 1
    error = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and "no board" in error[0] or "no robot board" in error[0]
    assert "Traceback" not in result.output


def test_flash_tells_that_the_microbit_needs_micropython_first(no_board):
    result = run_cli("flash", "--board", "microbit")
    assert "MicroPython must be on the micro:bit first" in result.output
    assert ".hex" in result.output


def test_log_keeps_only_sensor_lines(tmp_path):
    lines = [
        "MicroPython v1.23 on micro:bit\n",
        csv_header() + "\n",
        "30,80,900,85,120,-3,4,-1002,forward\n",
        "garbage,1\n",
        "60,700,600,85,118,-2,5,-998,left\r\n",
    ]
    out = tmp_path / "log.csv"
    assert save_lines(lines, out) == 2
    assert out.read_text().splitlines() == [
        csv_header(),
        "30,80,900,85,120,-3,4,-1002,forward",
        "60,700,600,85,118,-2,5,-998,left",
    ]

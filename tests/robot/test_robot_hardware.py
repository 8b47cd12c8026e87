"""Tests with a real robot board: set AICLASS_ROBOT_PORT (and AICLASS_ROBOT_BOARD) to run them."""

import csv
import os

import pytest

from aiclass.robot.flash import flash
from aiclass.robot.serial_log import csv_header, log

PORT = os.environ.get("AICLASS_ROBOT_PORT")
BOARD = os.environ.get("AICLASS_ROBOT_BOARD", "microbit")

pytestmark = [
    pytest.mark.hardware,
    pytest.mark.skipif(not PORT, reason="needs a robot board: set AICLASS_ROBOT_PORT"),
]


def test_flash_copies_every_firmware_file_to_the_board():
    copied = flash(BOARD, PORT, say=lambda line: None)
    assert "main.py" in copied and "hal.py" in copied


def test_log_reads_sensor_lines_into_a_csv(tmp_path):
    """Press A on the robot within 10 s so that it starts and prints sensor lines."""
    out = tmp_path / "log.csv"
    count = log(out, PORT, seconds=10)
    rows = list(csv.reader(out.open()))
    assert rows[0] == csv_header().split(",")
    assert count == len(rows) - 1 > 0

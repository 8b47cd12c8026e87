"""Read the robot's sensor lines from USB serial into a CSV file that a lab can open."""

import time
from collections.abc import Callable
from pathlib import Path

from aiclass.robot.errors import RobotError
from aiclass.robot.firmware import firmware_module
from aiclass.robot.ports import find_port


def csv_header() -> str:
    """The column names the firmware prints (robotics/firmware/common/sensor_log.py)."""
    return str(firmware_module("sensor_log").HEADER)


def parse_line(text: str) -> list[str] | None:
    """The fields of one sensor line, or None for anything else the board printed."""
    fields = text.strip().split(",")
    if len(fields) != len(csv_header().split(",")):
        return None
    try:
        [int(v) for v in fields[:-1]]
    except ValueError:
        return None
    return fields


def save_lines(
    lines, out: Path, limit: int | None = None, say: Callable[[str], None] | None = None
) -> int:
    """Write the sensor lines among `lines` (an iterable of text) to `out` as CSV."""
    count = 0
    with open(out, "w", encoding="utf-8", newline="") as file:
        file.write(csv_header() + "\n")
        for text in lines:
            fields = parse_line(text)
            if fields is None:
                continue
            file.write(",".join(fields) + "\n")
            count += 1
            if say and count % 100 == 0:
                say(f"{count} lines")
            if limit is not None and count >= limit:
                break
    return count


def serial_lines(device: str, seconds: float):
    """Lines of text from a serial port for `seconds` seconds."""
    import serial

    try:
        port = serial.Serial(device, 115200, timeout=0.5)
    except (serial.SerialException, OSError) as error:
        raise RobotError(f"could not open {device}: {error}") from None
    end = time.monotonic() + seconds
    with port:
        while time.monotonic() < end:
            raw = port.readline()
            if raw:
                yield raw.decode("utf-8", errors="replace")


def log(
    out: str | Path,
    port: str | None = None,
    seconds: float = 30.0,
    limit: int | None = None,
    say: Callable[[str], None] | None = None,
) -> int:
    """Record the robot's sensor lines for `seconds` into the CSV file `out`; returns the count."""
    device = find_port(port)
    return save_lines(serial_lines(device, seconds), Path(out), limit, say)

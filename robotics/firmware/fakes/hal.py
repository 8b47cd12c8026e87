"""A fake hardware layer, in MicroPython, for running the firmware without a robot.

It offers the same functions as every board's hal.py. Sensor readings are replayed from
the script file `fake_script.json`; motor commands and decisions are recorded.

Script: {"readings": [[left, centre, right, distance_cm, ax, ay, az], ...],
         "buttons": [[from_ms, to_ms, "a" | "b" | "ab"], ...]}
Each call of read_line() moves on to the next reading. When the readings run out,
read_line() raises ScriptFinished, which ends even a robot loop that never stops.
"""

import json

SCRIPT_FILE = "fake_script.json"


class ScriptFinished(Exception):
    """Raised when the robot asks for more readings than the script has."""


with open(SCRIPT_FILE) as _file:
    _script = json.load(_file)
_readings = _script.get("readings", [])
_buttons = _script.get("buttons", [])
_step = -1
_clock_ms = 0
wheels = []
stopped = False
decisions = []
shown = []


def _reading() -> list:
    if _step < 0:
        return [0, 0, 0, 999, 0, 0, -1000]
    return _readings[_step]


def read_line() -> tuple:
    global _step
    if _step + 1 >= len(_readings):
        raise ScriptFinished()
    _step += 1
    r = _reading()
    return r[0], r[1], r[2]


def read_distance_cm() -> int:
    return _reading()[3]


def read_accel() -> tuple:
    r = _reading()
    return r[4], r[5], r[6]


def drive(left: int, right: int) -> None:
    if _step < 0:
        return
    if _step < len(wheels):
        wheels[_step] = [left, right]  # the last command in a step counts
    else:
        wheels.append([left, right])


def stop() -> None:
    global stopped
    stopped = True


def _pressed(name: str) -> bool:
    for start, end, which in _buttons:
        if start <= _clock_ms < end and name in which:
            return True
    return False


def button_a() -> bool:
    return _pressed("a")


def button_b() -> bool:
    return _pressed("b")


def show(decision: str) -> None:
    shown.append(decision)
    if _step >= len(decisions):
        decisions.append(decision)


def ticks_ms() -> int:
    return _clock_ms


def sleep_ms(ms: int) -> None:
    global _clock_ms
    _clock_ms += ms


def result() -> dict:
    """What the robot did: one decision and one wheel command per step, and the clock."""
    return {"steps": _step + 1, "decisions": decisions, "wheels": wheels, "shown": shown,
            "stopped": stopped, "clock_ms": _clock_ms}

"""Hardware layer for a BBC micro:bit v2 robot (see robotics/kits/microbit.md for wiring).

Every board's hal.py offers the same functions, so the shared code in common/ runs anywhere:
read_line, read_distance_cm, read_accel, drive, stop, button_a, button_b, show,
ticks_ms, sleep_ms.
"""

import machine
import time
from microbit import (
    Image,
    accelerometer,
    button_a as _button_a,
    button_b as _button_b,
    display,
    pin0,
    pin1,
    pin2,
    pin8,
    pin12,
    pin13,
    pin14,
    pin15,
    pin16,
)

LINE_PINS = (pin0, pin1, pin2)  # left, centre, right (TCRT5000 analog outputs)
LINE_DARK_IS_HIGH = True  # most TCRT5000 modules read high over black; set False if not
TRIG, ECHO = pin13, pin14  # HC-SR04P ultrasonic distance sensor (3.3 V version)
LEFT_MOTOR = (pin8, pin12)  # L9110S inputs A-1A, A-1B
RIGHT_MOTOR = (pin15, pin16)  # L9110S inputs B-1A, B-1B
NO_ECHO_CM = 999

ICONS = {
    "forward": Image.ARROW_N,
    "left": Image.ARROW_W,
    "right": Image.ARROW_E,
    "search_left": Image.ARROW_NW,
    "search_right": Image.ARROW_NE,
    "slow": Image.SQUARE_SMALL,
    "turn": Image.ARROW_W,
    "back": Image.ARROW_S,
    "stop": Image.NO,
    "check_sensor": Image.SAD,  # the distance sensor cannot be trusted: covered or loose?
}

for _pin in LEFT_MOTOR + RIGHT_MOTOR:
    _pin.set_analog_period(20)


def read_line() -> tuple:
    """Darkness under the left, centre and right line sensors, each 0 (white) .. 1000 (black)."""
    values = []
    for pin in LINE_PINS:
        raw = pin.read_analog()  # 0..1023
        if not LINE_DARK_IS_HIGH:
            raw = 1023 - raw
        values.append(raw * 1000 // 1023)
    return values[0], values[1], values[2]


def read_distance_cm() -> int:
    """Distance to the nearest thing in front, in cm (999 when nothing echoes back)."""
    TRIG.write_digital(0)
    time.sleep_us(2)
    TRIG.write_digital(1)
    time.sleep_us(10)
    TRIG.write_digital(0)
    echo_us = machine.time_pulse_us(ECHO, 1, 25000)
    if echo_us < 0:
        return NO_ECHO_CM
    return echo_us // 58


def read_accel() -> tuple:
    """Acceleration (x, y, z) in milli-g from the built-in accelerometer."""
    return accelerometer.get_values()


def _motor(pins: tuple, percent: int) -> None:
    duty = min(100, abs(percent)) * 1023 // 100
    if percent >= 0:
        pins[0].write_analog(duty)
        pins[1].write_digital(0)
    else:
        pins[0].write_digital(0)
        pins[1].write_analog(duty)


def drive(left: int, right: int) -> None:
    """Set the wheel speeds in percent, -100 (full backwards) .. 100 (full forwards)."""
    _motor(LEFT_MOTOR, left)
    _motor(RIGHT_MOTOR, right)


def stop() -> None:
    """Stop both wheels."""
    drive(0, 0)


def button_a() -> bool:
    """True while button A is held down."""
    return _button_a.is_pressed()


def button_b() -> bool:
    """True while button B is held down."""
    return _button_b.is_pressed()


def show(decision: str) -> None:
    """Show the robot's decision as an arrow on the 5x5 display."""
    icon = ICONS.get(decision)
    if icon is not None:
        display.show(icon, wait=False)
    else:
        display.show(decision[0].upper(), wait=False)


def ticks_ms() -> int:
    """Milliseconds since the board started."""
    return time.ticks_ms()


def sleep_ms(ms: int) -> None:
    """Wait `ms` milliseconds."""
    time.sleep_ms(ms)

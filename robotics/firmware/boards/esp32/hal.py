"""Hardware layer for a generic ESP32 robot car (see robotics/kits/esp32.md for wiring).

Every board's hal.py offers the same functions, so the shared code in common/ runs anywhere:
read_line, read_distance_cm, read_accel, drive, stop, button_a, button_b, show,
ticks_ms, sleep_ms.
"""

import struct
import time

import neopixel
from machine import ADC, I2C, PWM, Pin, time_pulse_us

LINE_PINS = (34, 35, 32)  # left, centre, right TCRT5000 analog outputs (ADC1 pins only)
LINE_DARK_IS_HIGH = True  # most TCRT5000 modules read high over black; set False if not
TRIG_PIN, ECHO_PIN = 5, 18  # HC-SR04 ultrasonic sensor (echo through a 1k/2k divider)
LEFT_MOTOR = (25, 26, 27)  # TB6612FNG PWMA, AIN1, AIN2
RIGHT_MOTOR = (14, 13, 4)  # TB6612FNG PWMB, BIN1, BIN2
I2C_SCL, I2C_SDA, MPU6050 = 22, 21, 0x68  # MPU6050 accelerometer on I2C
BUTTON_A_PIN, BUTTON_B_PIN = 0, 19  # BOOT button and an extra push button, to ground
PIXEL_PIN = 23  # one WS2812 (NeoPixel) LED shows the decision as a colour
NO_ECHO_CM = 999

COLOURS = {
    "forward": (0, 40, 0),
    "left": (0, 0, 40),
    "right": (40, 0, 40),
    "search_left": (0, 20, 20),
    "search_right": (20, 20, 0),
    "slow": (30, 20, 0),
    "turn": (40, 10, 0),
    "back": (40, 0, 0),
    "stop": (40, 0, 0),
}
BLINK = ("check_sensor",)  # the distance sensor cannot be trusted: blink red, 3 times a second

_line = []
for _number in LINE_PINS:
    _adc = ADC(Pin(_number))
    _adc.atten(ADC.ATTN_11DB)  # full 0..3.3 V range
    _line.append(_adc)
_trig = Pin(TRIG_PIN, Pin.OUT, value=0)
_echo = Pin(ECHO_PIN, Pin.IN)
_motors = []
for _pins in (LEFT_MOTOR, RIGHT_MOTOR):
    _motors.append((PWM(Pin(_pins[0]), freq=1000, duty_u16=0),
                    Pin(_pins[1], Pin.OUT, value=0), Pin(_pins[2], Pin.OUT, value=0)))
_i2c = I2C(0, scl=Pin(I2C_SCL), sda=Pin(I2C_SDA), freq=400000)
_button_a = Pin(BUTTON_A_PIN, Pin.IN, Pin.PULL_UP)
_button_b = Pin(BUTTON_B_PIN, Pin.IN, Pin.PULL_UP)
_pixel = neopixel.NeoPixel(Pin(PIXEL_PIN), 1)
_accel_ready = False


def read_line() -> tuple:
    """Darkness under the left, centre and right line sensors, each 0 (white) .. 1000 (black)."""
    values = []
    for adc in _line:
        raw = adc.read_u16()  # 0..65535
        if not LINE_DARK_IS_HIGH:
            raw = 65535 - raw
        values.append(raw * 1000 // 65535)
    return values[0], values[1], values[2]


def read_distance_cm() -> int:
    """Distance to the nearest thing in front, in cm (999 when nothing echoes back)."""
    _trig.value(0)
    time.sleep_us(2)
    _trig.value(1)
    time.sleep_us(10)
    _trig.value(0)
    echo_us = time_pulse_us(_echo, 1, 25000)
    if echo_us < 0:
        return NO_ECHO_CM
    return echo_us // 58


def read_accel() -> tuple:
    """Acceleration (x, y, z) in milli-g from the MPU6050 (0, 0, 0 if it does not answer)."""
    global _accel_ready
    try:
        if not _accel_ready:
            _i2c.writeto_mem(MPU6050, 0x6B, b"\x00")  # wake up, range +-2 g
            _accel_ready = True
        x, y, z = struct.unpack(">hhh", _i2c.readfrom_mem(MPU6050, 0x3B, 6))
    except OSError:
        return 0, 0, 0
    return x * 1000 // 16384, y * 1000 // 16384, z * 1000 // 16384


def _motor(motor: tuple, percent: int) -> None:
    pwm, in1, in2 = motor
    in1.value(1 if percent > 0 else 0)
    in2.value(1 if percent < 0 else 0)
    pwm.duty_u16(min(100, abs(percent)) * 65535 // 100)


def drive(left: int, right: int) -> None:
    """Set the wheel speeds in percent, -100 (full backwards) .. 100 (full forwards)."""
    _motor(_motors[0], left)
    _motor(_motors[1], right)


def stop() -> None:
    """Stop both wheels."""
    drive(0, 0)


def button_a() -> bool:
    """True while button A (BOOT) is held down."""
    return _button_a.value() == 0


def button_b() -> bool:
    """True while button B is held down."""
    return _button_b.value() == 0


def show(decision: str) -> None:
    """Show the robot's decision as a colour on the NeoPixel (a warning blinks red)."""
    if decision in BLINK:
        _pixel[0] = (40, 0, 0) if ticks_ms() // 170 % 2 == 0 else (0, 0, 0)
    else:
        _pixel[0] = COLOURS.get(decision, (10, 10, 10))
    _pixel.write()


def ticks_ms() -> int:
    """Milliseconds since the board started."""
    return time.ticks_ms()  # pyright: ignore[reportReturnType]  (an int; the stubs say _TicksMs)


def sleep_ms(ms: int) -> None:
    """Wait `ms` milliseconds."""
    time.sleep_ms(ms)

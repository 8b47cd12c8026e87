"""micro:bit v2 robot: press A to follow the line, B to avoid obstacles, A+B to use the model.

While it runs, hold A+B together to stop. Sensor lines go to USB serial for `aiclass robot log`.
"""

import hal
import robot_loop


def pick_mode() -> str:
    """Wait for a button: A = line, B = avoid, A+B = model (the trained decision tree)."""
    hal.show("menu")
    while hal.button_a() or hal.button_b():
        hal.sleep_ms(20)  # wait until the buttons from last time are let go
    while True:
        a = hal.button_a()
        b = hal.button_b()
        if a or b:
            hal.sleep_ms(300)  # give the second finger time to land
            a = a or hal.button_a()
            b = b or hal.button_b()
            while hal.button_a() or hal.button_b():
                hal.sleep_ms(20)
            if a and b:
                return "model"
            if a:
                return "line"
            return "avoid"
        hal.sleep_ms(20)


def run(mode: str, steps: int = -1, log: bool = True) -> None:
    """Run one mode for `steps` steps (-1: until A+B is pressed)."""
    robot_loop.run(hal, mode, steps, log)


if __name__ == "__main__":
    while True:
        run(pick_mode())

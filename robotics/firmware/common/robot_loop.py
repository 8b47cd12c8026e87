"""The robot loop shared by every board: sense, decide, act, repeat.

`hal` is the board's hardware layer (hal.py): every board offers the same functions.
"""

import sensor_log
from line_follower import LineFollower
from line_rules import see_line_by_rules
from obstacle_avoider import ObstacleAvoider

PERIOD_MS = 30
MODES = ("line", "avoid", "model", "pid")
SENSOR_FAULT = "check_sensor"  # shown (a sad face) while the policy cannot trust its sensor


def make_policy(mode: str):
    """The policy for a mode: "line", "avoid", "model" or "pid"."""
    if mode == "line":
        return LineFollower(see_line_by_rules)
    if mode == "avoid":
        return ObstacleAvoider()
    if mode == "model":
        from model_policy import see_line_by_model
        return LineFollower(see_line_by_model)
    if mode == "pid":
        from pid_control import PIDLineFollower
        return PIDLineFollower(period_s=PERIOD_MS / 1000)
    raise ValueError("unknown mode: " + mode)


def run(hal, mode: str, steps: int = -1, log: bool = False) -> None:
    """Run the robot for `steps` steps (-1: until both buttons are pressed)."""
    policy = make_policy(mode)
    if log:
        print(sensor_log.HEADER)
    step = 0
    while step != steps:
        line = hal.read_line()
        distance = hal.read_distance_cm()
        decision, left, right = policy.step(line, distance)
        hal.drive(left, right)
        hal.show(decision)
        if getattr(policy, "sensor_fault", False):
            hal.show(SENSOR_FAULT)
        if log:
            print(sensor_log.csv_line(hal.ticks_ms(), line, distance, hal.read_accel(), decision))
        if hal.button_a() and hal.button_b():
            break
        hal.sleep_ms(PERIOD_MS)
        step += 1
    hal.stop()

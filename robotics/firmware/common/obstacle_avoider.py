"""Avoid obstacles by rules, with one distance sensor looking forward.

Far away: drive. Getting close: slow down. Too close: spin on the spot
until the way ahead is clear, and a little more so the robot's sides pass
the obstacle too. Much too close: back up first.

It fails safe: a SensorGuard (sensor_guard.py) watches every reading. When the sensor
cannot be trusted (covered, unplugged, stuck) the robot slows down, then stops and says
so with `sensor_fault`, until the readings are good again.
"""

from sensor_guard import DOUBT, FAULT, SensorGuard

WHEELS = {
    "forward": (50, 50),
    "slow": (25, 25),
    "turn": (-35, 35),
    "back": (-35, -35),
    "stop": (0, 0),
}


class ObstacleAvoider:
    """An obstacle avoiding policy. Distances are in centimetres."""

    def __init__(self, slow_cm: int = 60, turn_cm: int = 35, clear_cm: int = 50,
                 back_cm: int = 10, extra_turn_steps: int = 6, wheels: dict = WHEELS,
                 guard=None) -> None:
        self.slow_cm = slow_cm
        self.turn_cm = turn_cm
        self.clear_cm = clear_cm
        self.back_cm = back_cm
        self.extra_turn_steps = extra_turn_steps
        self.wheels = wheels
        self.turning = False
        self.clear_steps = 0
        self.guard = guard if guard is not None else SensorGuard()
        self.last_decision = "stop"
        self.sensor_fault = False

    def decide(self, distance_cm: int) -> str:
        """Choose a decision for one distance reading."""
        if distance_cm < self.back_cm:
            self.turning = True
            self.clear_steps = 0
            return "back"
        if self.turning:
            if distance_cm > self.clear_cm:
                self.clear_steps += 1
            else:
                self.clear_steps = 0
            if self.clear_steps > self.extra_turn_steps:
                self.turning = False
            else:
                return "turn"
        if distance_cm < self.turn_cm:
            self.turning = True
            self.clear_steps = 0
            return "turn"
        if distance_cm < self.slow_cm:
            return "slow"
        return "forward"

    def step(self, line: tuple, distance_cm: int) -> tuple:
        """One control step: returns (decision, left wheel %, right wheel %)."""
        trust = self.guard.check(distance_cm, self.last_decision != "stop")
        decision = self.decide(distance_cm)
        if trust == FAULT:
            decision = "stop"
        elif trust == DOUBT and decision == "forward":
            decision = "slow"
        self.sensor_fault = trust == FAULT
        self.last_decision = decision
        left, right = self.wheels[decision]
        return decision, left, right

"""Stopping for a person: a corridor with someone standing in it, and a robot that must stop.

The robot here is a heavier "delivery robot" (faster, slower to brake) than the classroom kit,
so that speed really matters. Distances in the results are in centimetres.

>>> result = stopping_test(speed=40, seed=0)
>>> result.hit, result.gap_cm > 10
(False, True)
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from aiclass.robot.robot_spec import Noise, RobotSpec
from aiclass.robot.simulator import Run, Simulator
from aiclass.robot.tracks import Track

DELIVERY_ROBOT = RobotSpec(max_speed=1.5, motor_lag_s=0.3)
PERSON_RADIUS = 0.15
START_X = 0.3
NO_ECHO_CM = 999


def corridor(person_at_m: float = 1.4) -> Track:
    """A corridor 3.2 m x 1.0 m; a person stands `person_at_m` ahead of the robot's start."""
    return Track(
        "corridor",
        3.2,
        1.0,
        start=(START_X, 0.5, 0.0),
        circles=[(START_X + person_at_m, 0.5, PERSON_RADIUS)],
    )


class StopForPerson:
    """Drive straight at `speed` % and stop (for good) once the distance ahead is below
    `stop_cm`. `decide(distance_cm)`, if given, replaces that rule: "forward" or "stop"."""

    def __init__(self, speed: int, stop_cm: int = 40, decide: Callable | None = None) -> None:
        self.speed = int(speed)
        self.stop_cm = stop_cm
        self.decide = decide or self._rule
        self.stopped = False

    def _rule(self, distance_cm: int) -> str:
        return "stop" if distance_cm < self.stop_cm else "forward"

    def step(self, line: tuple, distance_cm: int) -> tuple:
        if not self.stopped and self.decide(int(distance_cm)) == "stop":
            self.stopped = True
        if self.stopped:
            return "stop", 0, 0
        return "forward", self.speed, self.speed


class BlockedSensor:
    """A policy whose distance sensor is covered in mud: it always reads `reads` (cm)."""

    def __init__(self, policy, reads: int = NO_ECHO_CM) -> None:
        self.policy = policy
        self.reads = reads

    def step(self, line: tuple, distance_cm: int) -> tuple:
        return self.policy.step(line, self.reads)


@dataclass(frozen=True)
class StopResult:
    """gap_cm: how close the robot's body came to the person (0 when it hit).
    braking_cm: how far it rolled after deciding to stop (None: it never decided)."""

    speed: int
    hit: bool
    gap_cm: float
    braking_cm: float | None
    run: Run


def person_gap_cm(run: Run) -> float:
    """The smallest gap between the robot's body and the person during the run, in cm."""
    x, y, r = run.track.circles[0]
    path = run.path()
    gaps = np.hypot(path[:, 0] - x, path[:, 1] - y) - r - DELIVERY_ROBOT.radius
    return round(max(0.0, float(gaps.min())) * 100, 1)


def braking_cm(run: Run) -> float | None:
    """How far the robot rolled after its first "stop" decision, in cm."""
    if "stop" not in run.decisions:
        return None
    first = run.decisions.index("stop")
    path = run.path()[first:, :2]
    return round(float(np.hypot(*np.diff(path, axis=0).T).sum()) * 100, 1)


def stopping_test(
    speed: int,
    stop_cm: int = 40,
    noise_cm: float = 1.0,
    seed: int = 0,
    policy=None,
    seconds: float = 5.0,
) -> StopResult:
    """Drive the delivery robot at `speed` % towards the person and see what happens."""
    policy = policy or StopForPerson(speed, stop_cm)
    simulator = Simulator(
        corridor(),
        "avoid",
        seed,
        spec=DELIVERY_ROBOT,
        noise=Noise(distance_cm=noise_cm),
        policy=policy,
    )
    run = simulator.run_for(seconds)
    hit = run.collisions > 0
    return StopResult(int(speed), hit, 0.0 if hit else person_gap_cm(run), braking_cm(run), run)


def plot_stopping(speeds, braking, gaps):
    """Braking distance (circles) and the gap left to the person (squares) against speed.
    A ✘ marks a speed where the robot hit the person."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    ax.plot(speeds, [braking[s] or 0 for s in speeds], "o-", color="#0072B2", markersize=9)
    ax.plot(speeds, [gaps[s] for s in speeds], "s--", color="#E69F00", markersize=9)
    for s in speeds:
        if gaps[s] <= 0:
            ax.text(s, 0, "✘", ha="center", va="bottom", fontsize=20, color="#D55E00")
    ax.set_xlabel("%")
    ax.set_ylabel("cm")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def worst_gap_cm(speed: int, stop_cm: int = 40, noise_cm: float = 1.0, seeds=range(5)) -> float:
    """The smallest gap over several seeded tries (0 if any try hit the person)."""
    return min(stopping_test(speed, stop_cm, noise_cm, seed).gap_cm for seed in seeds)

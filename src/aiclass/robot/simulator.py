"""A differential-drive robot on a track, driven by the same policy code as the boards."""

from dataclasses import dataclass, field

import numpy as np

from aiclass.robot import sensors
from aiclass.robot.firmware import firmware_module, make_policy
from aiclass.robot.geometry import clearance
from aiclass.robot.robot_spec import Noise, RobotSpec
from aiclass.robot.tracks import Track, get_track


@dataclass
class Run:
    """What happened in a simulation: one row per control step.

    readings: (left, centre, right, distance_cm, ax, ay, az) the policy saw, as ints.
    poses: (x, y, heading) before each step plus the final pose, so one row more.
    """

    track: Track
    mode: str
    seed: int
    period_s: float
    poses: list[tuple[float, float, float]] = field(default_factory=list)
    readings: list[list[int]] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    wheels: list[list[int]] = field(default_factory=list)
    blocked: list[bool] = field(default_factory=list)

    @property
    def steps(self) -> int:
        return len(self.decisions)

    @property
    def seconds(self) -> float:
        return self.steps * self.period_s

    @property
    def collisions(self) -> int:
        """How many times the robot bumped into something (runs of blocked steps)."""
        bumps = 0
        for i, hit in enumerate(self.blocked):
            if hit and (i == 0 or not self.blocked[i - 1]):
                bumps += 1
        return bumps

    def path(self) -> np.ndarray:
        """The poses as an (N + 1, 3) array."""
        return np.array(self.poses, dtype=float)

    def distance_m(self) -> float:
        """How far the robot's centre travelled, in metres."""
        return float(np.hypot(*np.diff(self.path()[:, :2], axis=0).T).sum())


class Simulator:
    """Step a robot through a track. `mode` picks a policy as the boards do:
    "line", "avoid", "model" or "pid"; or pass your own `policy` with a `step(line, distance)`."""

    def __init__(
        self,
        track: Track | str = "oval",
        mode: str = "line",
        seed: int = 0,
        period_s: float = 0.03,
        spec: RobotSpec | None = None,
        noise: Noise | None = None,
        policy=None,
    ) -> None:
        self.track = get_track(track, seed) if isinstance(track, str) else track
        self.mode = mode
        self.seed = seed
        self.period_s = period_s
        self.spec = spec or RobotSpec()
        self.noise = noise or Noise()
        self._custom_policy = policy
        self.reset()

    def reset(self) -> None:
        """Put the robot back at the start with a fresh policy and the same random numbers."""
        self.rng = np.random.default_rng(self.seed)
        self.policy = self._custom_policy or make_policy(self.mode)
        self.pose = np.array(self.track.start, dtype=float)
        self.gains = 1.0 + self.rng.normal(0.0, 1.0, 2) * self.noise.wheel_gain
        self.wheel_speeds = np.zeros(2)
        self.accel = (0.0, 0.0)
        self.run = Run(self.track, self.mode, self.seed, self.period_s, poses=[self._pose()])

    def _pose(self) -> tuple[float, float, float]:
        return float(self.pose[0]), float(self.pose[1]), float(self.pose[2])

    def sense(self) -> list[int]:
        """Read every sensor once: [left, centre, right, distance_cm, ax, ay, az]."""
        line = sensors.read_line(self.track, self.pose, self.spec, self.noise, self.rng)
        distance = sensors.read_distance_cm(self.track, self.pose, self.spec, self.noise, self.rng)
        accel = sensors.read_accel(*self.accel, self.noise, self.rng)
        return [*line, distance, *accel]

    def step(self) -> str:
        """Sense, let the policy decide, drive for one period; returns the decision."""
        reading = self.sense()
        decision, left, right = self.policy.step(tuple(reading[:3]), reading[3])
        blocked = self._drive(int(left), int(right))
        self.run.readings.append(reading)
        self.run.decisions.append(decision)
        self.run.wheels.append([int(left), int(right)])
        self.run.blocked.append(blocked)
        self.run.poses.append(self._pose())
        return decision

    def _target_speeds(self, left: int, right: int) -> np.ndarray:
        percent = np.array([left, right], dtype=float)
        percent[np.abs(percent) < self.spec.dead_band] = 0.0
        jitter = 1.0 + self.rng.normal(0.0, 1.0, 2) * self.noise.wheel_jitter
        return np.clip(percent, -100, 100) / 100 * self.spec.max_speed * self.gains * jitter

    def _drive(self, left: int, right: int) -> bool:
        target = self._target_speeds(left, right)
        substeps = 3
        dt = self.period_s / substeps
        follow = 1.0 - np.exp(-dt / self.spec.motor_lag_s)
        speed_before = float(self.wheel_speeds.mean())
        blocked = False
        for _ in range(substeps):
            self.wheel_speeds += (target - self.wheel_speeds) * follow
            v = float(self.wheel_speeds.mean())
            w = float(self.wheel_speeds[1] - self.wheel_speeds[0]) / self.spec.wheel_base
            x, y, heading = self.pose
            new = np.array(
                [x + v * np.cos(heading) * dt, y + v * np.sin(heading) * dt, heading + w * dt]
            )
            gap = clearance(self.track, new[0], new[1], self.spec.radius)
            if gap < 0 and gap < clearance(self.track, x, y, self.spec.radius):
                self.wheel_speeds[:] = 0.0  # bumped into something: the wheels stall
                blocked = True
            else:
                self.pose = new
        v = float(self.wheel_speeds.mean())
        w = float(self.wheel_speeds[1] - self.wheel_speeds[0]) / self.spec.wheel_base
        self.accel = ((v - speed_before) / self.period_s, v * w)
        return blocked

    def run_for(self, seconds: float) -> Run:
        """Run for a number of simulated seconds and return the whole run so far."""
        for _ in range(int(round(seconds / self.period_s))):
            self.step()
        return self.run


def simulate(
    track: str | Track = "oval",
    mode: str = "line",
    seconds: float = 30.0,
    seed: int = 0,
    noise: Noise | None = None,
) -> Run:
    """Run one robot on a built-in track (seeded) and return what happened."""
    return Simulator(track, mode, seed, noise=noise).run_for(seconds)


def line_dark_threshold() -> int:
    """The darkness at which the firmware counts a sensor as seeing the line."""
    return int(firmware_module("line_rules").DARK)

"""The simulated sensors, reading what the kits' sensors read (same units, same ranges)."""

import numpy as np

from aiclass.robot.geometry import line_segments, point_segment_distances, ray_distances
from aiclass.robot.robot_spec import Noise, RobotSpec
from aiclass.robot.tracks import Track

WHITE, BLACK = 80, 900  # darkness a line sensor reads over bare floor and over the line
NO_ECHO_CM = 999


def line_sensor_points(pose: np.ndarray, spec: RobotSpec) -> np.ndarray:
    """Where the left, centre and right line sensors are on the floor, (3, 2)."""
    x, y, heading = pose
    ahead = np.array([np.cos(heading), np.sin(heading)])
    left = np.array([-np.sin(heading), np.cos(heading)])
    centre = np.array([x, y]) + spec.line_sensor_ahead * ahead
    return np.array(
        [centre + spec.line_sensor_spacing * left, centre, centre - spec.line_sensor_spacing * left]
    )


def read_line(
    track: Track, pose: np.ndarray, spec: RobotSpec, noise: Noise, rng: np.random.Generator
) -> tuple[int, int, int]:
    """Darkness under the (left, centre, right) sensors, 0 (white) .. 1000 (black)."""
    covered = np.zeros(3)
    if track.line is not None:
        d = point_segment_distances(line_sensor_points(pose, spec), line_segments(track.line))
        nearest = d.min(axis=1)
        spot = spec.line_sensor_spot
        covered = np.clip((track.line_width / 2 + spot - nearest) / (2 * spot), 0.0, 1.0)
    darkness = WHITE + covered * (BLACK - WHITE) + rng.normal(0.0, 1.0, 3) * noise.line
    values = np.clip(np.rint(darkness), 0, 1000).astype(int)
    return int(values[0]), int(values[1]), int(values[2])


def read_distance_cm(
    track: Track, pose: np.ndarray, spec: RobotSpec, noise: Noise, rng: np.random.Generator
) -> int:
    """Distance in cm to the nearest echo within the sensor's cone (999: nothing in range)."""
    x, y, heading = pose
    origin = np.array([x, y]) + spec.distance_sensor_ahead * np.array(
        [np.cos(heading), np.sin(heading)]
    )
    cone = np.radians(spec.distance_cone_deg)
    metres = float(ray_distances(track, origin, heading + np.linspace(-cone, cone, 5)).min())
    cm = metres * 100 + rng.normal() * noise.distance_cm
    if not np.isfinite(cm) or cm > spec.distance_max_cm:
        return NO_ECHO_CM
    return max(2, int(round(cm)))


def read_accel(
    forward_mps2: float, sideways_mps2: float, noise: Noise, rng: np.random.Generator
) -> tuple[int, int, int]:
    """Accelerometer (x forward, y left, z up) in milli-g; z reads -1000 lying flat, face up."""
    mg = np.array([forward_mps2, sideways_mps2, 0.0]) / 9.81 * 1000 + (0.0, 0.0, -1000.0)
    mg += rng.normal(0.0, 1.0, 3) * noise.accel_mg
    values = np.rint(mg).astype(int)
    return int(values[0]), int(values[1]), int(values[2])

"""Did the robot go round the track? Count laps along the line and how well it kept to it."""

from dataclasses import dataclass

import numpy as np

from aiclass.robot.geometry import line_segments, point_segment_distances
from aiclass.robot.simulator import Run, line_dark_threshold

IN_VIEW_TO_COMPLETE = 0.8  # a lap counts when the line was in view this much of the time


@dataclass(frozen=True)
class LapReport:
    """laps: whole laps along the line. lap_time_s: when the first lap ended (None: never).
    in_view: share of steps where some line sensor saw the line.
    max_offset_m: the furthest the robot's centre got from the line."""

    laps: int
    lap_time_s: float | None
    in_view: float
    max_offset_m: float

    @property
    def completed(self) -> bool:
        """One lap or more, with the line in view most of the time."""
        return self.laps >= 1 and self.in_view >= IN_VIEW_TO_COMPLETE


def _resample(line: np.ndarray, spacing: float = 0.005) -> tuple[np.ndarray, float]:
    closed = np.vstack([line, line[:1]])
    seg = np.hypot(*np.diff(closed, axis=0).T)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    total = float(s[-1])
    fine = np.arange(0.0, total, spacing)
    points = np.column_stack([np.interp(fine, s, closed[:, 0]), np.interp(fine, s, closed[:, 1])])
    return points, total


def progress_along_line(run: Run, window_m: float = 0.2) -> np.ndarray:
    """Distance travelled along the line (m) at each pose; negative when going backwards.

    The robot's place on the line is searched only near its last place, so a line that
    crosses itself (the figure-eight) is followed through the crossing.
    """
    if run.track.line is None:
        raise ValueError(f"track {run.track.name!r} has no line")
    points, total = _resample(run.track.line)
    n = len(points)
    spacing = total / n
    path = run.path()[:, :2]
    index = int(np.argmin(np.hypot(*(points - path[0]).T)))
    reach = int(window_m / spacing)
    progress = [0.0]
    for xy in path[1:]:
        candidates = (index + np.arange(-reach, reach + 1)) % n
        best = candidates[int(np.argmin(np.hypot(*(points[candidates] - xy).T)))]
        step = (best - index + n // 2) % n - n // 2
        progress.append(progress[-1] + step * spacing)
        index = int(best)
    return np.array(progress)


def lap_report(run: Run) -> LapReport:
    """Laps, lap time and how well the robot kept to the line in this run."""
    progress = np.abs(progress_along_line(run))
    total = run.track.line_length()
    laps = int(progress.max() // total) if len(progress) else 0
    lap_time = None
    if laps >= 1:
        lap_time = float(np.argmax(progress >= total) * run.period_s)
    dark = line_dark_threshold()
    readings = np.array(run.readings, dtype=int).reshape(-1, 7)
    in_view = float(np.mean(readings[:, :3].max(axis=1) >= dark)) if len(readings) else 0.0
    offsets = point_segment_distances(run.path()[:, :2], line_segments(run.track.line))
    return LapReport(laps, lap_time, in_view, float(offsets.min(axis=1).max()))

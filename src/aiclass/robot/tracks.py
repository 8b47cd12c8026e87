"""Built-in tracks for the simulator: a line to follow, obstacles and the arena walls.

Lengths are in metres. The arena is a rectangle with walls at its border.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class Track:
    """A floor to drive on.

    line: the centre of a black line as a closed polyline (N, 2), or None.
    circles: round obstacles as (x, y, radius). boxes: (x0, y0, x1, y1).
    start: the robot's starting pose (x, y, heading in radians).
    """

    name: str
    width: float
    height: float
    start: tuple[float, float, float]
    line: np.ndarray | None = None
    line_width: float = 0.02
    circles: list[tuple[float, float, float]] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)

    def wall_segments(self) -> np.ndarray:
        """All straight walls (the arena border and box sides) as (M, 4): x0, y0, x1, y1."""
        rects = [(0.0, 0.0, self.width, self.height), *self.boxes]
        segments = []
        for x0, y0, x1, y1 in rects:
            segments += [(x0, y0, x1, y0), (x1, y0, x1, y1), (x1, y1, x0, y1), (x0, y1, x0, y0)]
        return np.array(segments, dtype=float)

    def line_length(self) -> float:
        """Length of the closed line in metres (0 without a line)."""
        if self.line is None:
            return 0.0
        closed = np.vstack([self.line, self.line[:1]])
        return float(np.sum(np.hypot(*np.diff(closed, axis=0).T)))


def _stadium(cx: float, cy: float, straight: float, radius: float, n: int = 400) -> np.ndarray:
    """An oval running track: two straights joined by half circles, anticlockwise."""
    length = 2 * straight + 2 * np.pi * radius
    s = np.linspace(0, length, n, endpoint=False)
    points = np.empty((n, 2))
    half = straight / 2
    for i, d in enumerate(s):
        if d < straight:  # bottom straight, left to right
            points[i] = (cx - half + d, cy - radius)
        elif d < straight + np.pi * radius:  # right half circle
            a = -np.pi / 2 + (d - straight) / radius
            points[i] = (cx + half + radius * np.cos(a), cy + radius * np.sin(a))
        elif d < 2 * straight + np.pi * radius:  # top straight, right to left
            points[i] = (cx + half - (d - straight - np.pi * radius), cy + radius)
        else:  # left half circle
            a = np.pi / 2 + (d - 2 * straight - np.pi * radius) / radius
            points[i] = (cx - half + radius * np.cos(a), cy + radius * np.sin(a))
    return points


def oval(seed: int = 0) -> Track:
    """An oval line, 2.0 m x 1.4 m arena. The seed is unused: the oval is always the same."""
    line = _stadium(1.0, 0.7, straight=0.8, radius=0.4)
    return Track("oval", 2.0, 1.4, start=(0.8, 0.3, 0.0), line=line)


def figure_eight(seed: int = 0) -> Track:
    """A figure-eight line whose two loops cross in the middle, 2.2 m x 1.2 m arena."""
    t = np.linspace(0, 2 * np.pi, 600, endpoint=False)
    a = 0.8
    line = np.column_stack([1.1 + a * np.sin(t), 0.6 + a / 2 * np.sin(2 * t)])
    heading = float(np.arctan2(a, a))  # the direction of the line at t = 0
    return Track("figure_eight", 2.2, 1.2, start=(1.1, 0.6, heading), line=line)


def obstacles(seed: int = 0, count: int = 7) -> Track:
    """An arena 2.0 m x 1.5 m with `count` round obstacles placed at random (seeded)."""
    rng = np.random.default_rng(seed)
    width, height = 2.0, 1.5
    start = (0.25, 0.25, float(np.pi / 4))
    circles: list[tuple[float, float, float]] = []
    while len(circles) < count:
        r = float(rng.uniform(0.05, 0.1))
        x = float(rng.uniform(0.25, width - 0.25))
        y = float(rng.uniform(0.25, height - 0.25))
        far_from_start = np.hypot(x - start[0], y - start[1]) > 0.4
        apart = all(np.hypot(x - cx, y - cy) > r + cr + 0.3 for cx, cy, cr in circles)
        if far_from_start and apart:
            circles.append((x, y, r))
    return Track("obstacles", width, height, start=start, circles=circles)


TRACKS: dict[str, Callable[..., Track]] = {
    "oval": oval,
    "figure_eight": figure_eight,
    "obstacles": obstacles,
}


def get_track(name: str, seed: int = 0) -> Track:
    """A built-in track by name: "oval", "figure_eight" or "obstacles"."""
    if name not in TRACKS:
        raise ValueError(f"unknown track {name!r}; choose one of: {', '.join(TRACKS)}")
    return TRACKS[name](seed=seed)

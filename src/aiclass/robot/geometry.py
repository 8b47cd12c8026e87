"""Distances and ray casts on the track, with numpy."""

import numpy as np

from aiclass.robot.tracks import Track


def point_segment_distances(points: np.ndarray, segments: np.ndarray) -> np.ndarray:
    """Distance from each point (K, 2) to each segment (M, 4) as a (K, M) array."""
    a = segments[:, :2]
    ab = segments[:, 2:] - a
    ap = points[:, None, :] - a[None, :, :]
    length2 = np.maximum(np.sum(ab * ab, axis=1), 1e-12)
    t = np.clip(np.sum(ap * ab[None], axis=2) / length2, 0.0, 1.0)
    closest = a[None] + t[..., None] * ab[None]
    return np.hypot(*(points[:, None, :] - closest).transpose(2, 0, 1))


def line_segments(line: np.ndarray) -> np.ndarray:
    """The closed polyline (N, 2) as N segments (N, 4)."""
    return np.hstack([line, np.roll(line, -1, axis=0)])


def clearance(track: Track, x: float, y: float, radius: float) -> float:
    """How far a robot of `radius` at (x, y) is from touching anything (negative: overlapping)."""
    point = np.array([[x, y]])
    gap = float(point_segment_distances(point, track.wall_segments()).min()) - radius
    for cx, cy, r in track.circles:
        gap = min(gap, float(np.hypot(x - cx, y - cy)) - r - radius)
    return gap


def ray_distances(track: Track, origin: np.ndarray, angles: np.ndarray) -> np.ndarray:
    """Distance along each ray from `origin` (2,) at `angles` (K,) to the first wall or obstacle."""
    directions = np.column_stack([np.cos(angles), np.sin(angles)])
    best = np.full(len(angles), np.inf)
    segments = track.wall_segments()
    a = segments[:, :2]
    e = segments[:, 2:] - a
    for k, d in enumerate(directions):
        denom = d[0] * e[:, 1] - d[1] * e[:, 0]
        ok = np.abs(denom) > 1e-12
        w = a - origin
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (w[:, 0] * e[:, 1] - w[:, 1] * e[:, 0]) / denom
            u = (w[:, 0] * d[1] - w[:, 1] * d[0]) / denom
        hits = ok & (t >= 0) & (u >= 0) & (u <= 1)
        if hits.any():
            best[k] = min(best[k], float(t[hits].min()))
        for cx, cy, r in track.circles:
            f = origin - (cx, cy)
            b = float(f @ d)
            c = float(f @ f) - r * r
            disc = b * b - c
            if disc >= 0:
                t_hit = -b - np.sqrt(disc)
                if t_hit >= 0:
                    best[k] = min(best[k], t_hit)
    return best

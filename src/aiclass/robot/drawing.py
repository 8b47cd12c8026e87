"""Pictures of a run with matplotlib: the track, the robot's path, and an animation."""

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.animation import FuncAnimation, PillowWriter
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Rectangle

from aiclass.robot.simulator import Run
from aiclass.robot.tracks import Track


def draw_track(ax: Axes, track: Track) -> None:
    """Draw the floor, walls, obstacles and line of a track onto `ax` (metres)."""
    ax.add_patch(
        Rectangle(
            (0, 0), track.width, track.height, facecolor="#f4f1ea", edgecolor="#5a4a3a", linewidth=3
        )
    )
    if track.line is not None:
        closed = np.vstack([track.line, track.line[:1]])
        ax.plot(closed[:, 0], closed[:, 1], color="black", linewidth=4, solid_capstyle="round")
    for x, y, r in track.circles:
        ax.add_patch(Circle((x, y), r, color="#b5523b"))
    for x0, y0, x1, y1 in track.boxes:
        ax.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, color="#b5523b"))
    ax.set_xlim(-0.05, track.width + 0.05)
    ax.set_ylim(-0.05, track.height + 0.05)
    ax.set_aspect("equal")
    ax.set_xlabel("x (m)")
    ax.set_ylabel("y (m)")


def draw_robot(ax: Axes, pose: tuple[float, float, float], radius: float = 0.07) -> list:
    """Draw the robot as a circle with a nose line showing where it is heading."""
    x, y, heading = pose
    body = Circle((x, y), radius, facecolor="#3b7dd8", edgecolor="white", alpha=0.85)
    ax.add_patch(body)
    (nose,) = ax.plot(
        [x, x + radius * np.cos(heading)],
        [y, y + radius * np.sin(heading)],
        color="white",
        linewidth=2,
    )
    return [body, nose]


def plot_run(run: Run, title: str | None = None) -> Figure:
    """A picture of the track and the path the robot took, coloured by time."""
    fig, ax = plt.subplots(figsize=(7, 7 * run.track.height / run.track.width + 0.6))
    draw_track(ax, run.track)
    path = run.path()
    ax.scatter(
        path[:, 0], path[:, 1], c=np.arange(len(path)) * run.period_s, s=2, cmap="viridis", zorder=3
    )
    hits = [i for i, hit in enumerate(run.blocked) if hit]
    if hits:
        ax.scatter(
            path[hits, 0], path[hits, 1], marker="x", color="red", s=40, zorder=4, label="collision"
        )
        ax.legend(loc="upper right")
    draw_robot(ax, run.poses[-1])
    ax.set_title(title or f"{run.track.name}: {run.mode}, {run.seconds:.0f} s")
    fig.tight_layout()
    return fig


def save_picture(run: Run, path: str | Path, title: str | None = None) -> Path:
    """Save `plot_run` as a PNG file."""
    fig = plot_run(run, title)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return Path(path)


def save_animation(run: Run, path: str | Path, frames: int = 80, fps: int = 12) -> Path:
    """Save an animated GIF of the robot driving (at most `frames` pictures)."""
    fig, ax = plt.subplots(figsize=(5, 5 * run.track.height / run.track.width + 0.5))
    draw_track(ax, run.track)
    path_xy = run.path()
    (trail,) = ax.plot([], [], color="#3b7dd8", linewidth=1.5)
    robot: list = []
    chosen = np.unique(np.linspace(0, len(path_xy) - 1, frames).astype(int))

    def show(i: int) -> list:
        for artist in robot:
            artist.remove()
        robot[:] = draw_robot(ax, run.poses[i])
        trail.set_data(path_xy[: i + 1, 0], path_xy[: i + 1, 1])
        decision = run.decisions[min(i, run.steps - 1)] if run.steps else ""
        ax.set_title(f"t = {i * run.period_s:5.1f} s   {decision}")
        return [trail, *robot]

    animation = FuncAnimation(fig, show, frames=list(chosen), blit=False)
    animation.save(str(path), writer=PillowWriter(fps=fps))
    plt.close(fig)
    return Path(path)

"""A friendly robot drawn with shapes only (no words), in the pose of what it was asked to do.

>>> from matplotlib.figure import Figure
>>> fig = robot_figure("jump", colour="#0072B2")
>>> isinstance(fig, Figure)
True
"""

from __future__ import annotations

import math

from matplotlib.figure import Figure
from matplotlib.patches import Arc, Circle, FancyBboxPatch, Rectangle

GREY = "#999999"
POSES = ("stand", "jump", "wave", "dance", "sleep", "sing", "puzzled", "hello")
# (left arm, right arm) angles in degrees from straight down, per pose
ARMS = {
    "stand": (15, 15),
    "jump": (160, 160),
    "wave": (15, 150),
    "dance": (120, 60),
    "hello": (15, 150),
    "sleep": (10, 10),
    "sing": (60, 60),
    "puzzled": (15, 120),
}


def draw_robot(ax, pose: str = "stand", colour: str = GREY, smile: bool = True) -> None:
    """Draw the robot in ``ax`` (axes from -2 to 2 wide, 0 to 4 high)."""
    lift = 0.6 if pose == "jump" else 0.0
    tilt = 12 if pose == "dance" else 0
    ax.add_patch(Rectangle((-2, -0.1), 4, 0.15, color="#555555"))
    if pose == "jump":
        ax.add_patch(Circle((0, 0.12), 0.5, color="#CCCCCC", zorder=0))
        for x in (-0.9, 0, 0.9):
            ax.plot([x, x], [0.35, 0.75], color="#555555", lw=3)
    legs = [(-0.45, 0.1 + lift), (0.25, 0.1 + lift)]
    for x, y in legs:
        ax.add_patch(Rectangle((x, y), 0.2, 0.7, color="#333333"))
    body_y = 0.8 + lift
    ax.add_patch(
        FancyBboxPatch(
            (-0.8, body_y), 1.6, 1.4, boxstyle="round,pad=0.05", fc=colour, ec="black", lw=3
        )
    )
    ax.add_patch(Circle((0, body_y + 0.7), 0.22, fc="white", ec="black", lw=2))
    left, right = ARMS.get(pose, ARMS["stand"])
    for side, angle in ((-1, left), (1, right)):
        sx, sy = side * 0.85, body_y + 1.25
        rad = math.radians(angle + side * tilt)
        ex, ey = sx + side * 0.9 * math.sin(rad), sy - 0.9 * math.cos(rad)
        ax.plot([sx, ex], [sy, ey], color="black", lw=6, solid_capstyle="round")
        ax.add_patch(Circle((ex, ey), 0.13, color="black"))
    head_y = body_y + 1.5
    ax.add_patch(
        FancyBboxPatch(
            (-0.65, head_y), 1.3, 1.0, boxstyle="round,pad=0.05", fc=colour, ec="black", lw=3
        )
    )
    ax.plot([0, 0], [head_y + 1.05, head_y + 1.35], color="black", lw=3)
    ax.add_patch(Circle((0, head_y + 1.4), 0.1, color="#E69F00"))
    for x in (-0.3, 0.3):
        if pose == "sleep":
            ax.plot([x - 0.12, x + 0.12], [head_y + 0.62] * 2, color="black", lw=3)
        else:
            ax.add_patch(Circle((x, head_y + 0.62), 0.13, fc="white", ec="black", lw=2))
            ax.add_patch(Circle((x, head_y + 0.62), 0.05, color="black"))
    if pose == "sing":
        ax.add_patch(Circle((0, head_y + 0.25), 0.14, fc="#333333"))
    elif smile and pose != "puzzled":
        ax.add_patch(Arc((0, head_y + 0.35), 0.6, 0.35, theta1=200, theta2=340, lw=3))
    else:
        ax.plot([-0.2, 0.2], [head_y + 0.25, head_y + 0.25], color="black", lw=3)
    marks = {
        "sleep": ("z Z", 1.1),
        "sing": ("♪ ♫", 1.1),
        "puzzled": ("?", 1.0),
        "dance": ("♪", 1.2),
        "hello": ("♥", 1.2),
    }
    if pose in marks:
        glyph, x = marks[pose]
        ax.text(x, head_y + 1.1, glyph, fontsize=30, fontweight="bold", ha="left", va="center")
    ax.set_xlim(-2.2, 2.2)
    ax.set_ylim(-0.2, 4.9)
    ax.set_aspect("equal")
    ax.axis("off")


def robot_figure(pose: str = "stand", colour: str = GREY, smile: bool = True) -> Figure:
    fig = Figure(figsize=(3, 3.4))
    draw_robot(fig.add_subplot(), pose, colour, smile)
    return fig

"""A picture card for an app with no ``card.svg`` of its own: shapes, no words, one per lab id."""

from __future__ import annotations

import hashlib

from aiclass.widgets.style import PALETTE

_SHAPES = ("circle", "triangle", "square", "diamond")


def _shape(kind: str, x: float, y: float, r: float, colour: str) -> str:
    style = f'fill="{colour}" stroke="white" stroke-width="4"'
    if kind == "circle":
        return f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{r:.0f}" {style}/>'
    if kind == "square":
        return f'<rect x="{x - r:.0f}" y="{y - r:.0f}" width="{2 * r:.0f}" height="{2 * r:.0f}" rx="8" {style}/>'
    if kind == "triangle":
        points = f"{x:.0f},{y - r:.0f} {x + r:.0f},{y + r * 0.8:.0f} {x - r:.0f},{y + r * 0.8:.0f}"
    else:
        points = f"{x:.0f},{y - r:.0f} {x + r:.0f},{y:.0f} {x:.0f},{y + r:.0f} {x - r:.0f},{y:.0f}"
    return f'<polygon points="{points}" {style}/>'


def card_svg(lab_id: str) -> str:
    """A 320×200 SVG: a soft background and a few coloured shapes chosen from the lab id."""
    digest = hashlib.sha256(lab_id.encode()).digest()
    colours = PALETTE[:6]
    background = colours[digest[0] % len(colours)]
    shapes = []
    for i in range(5):
        b = digest[1 + 4 * i : 5 + 4 * i]
        x, y = 40 + b[0] / 255 * 240, 40 + b[1] / 255 * 120
        colour = colours[b[2] % len(colours)]
        if colour == background:
            colour = colours[(b[2] + 1) % len(colours)]
        shapes.append(_shape(_SHAPES[b[3] % len(_SHAPES)], x, y, 22 + b[3] % 16, colour))
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" width="320" height="200">'
        f'<rect width="320" height="200" fill="{background}" fill-opacity="0.18"/>'
        + "".join(shapes)
        + "</svg>"
    )

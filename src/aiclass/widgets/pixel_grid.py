"""Tap squares to paint a picture and see the numbers a computer keeps for it.

A picture on a screen is a grid of small squares (pixels); the computer keeps one number for
each. Children paint with four paints (0 white, 1 black, 2 orange, 3 sky blue), switch between
"my eyes" (colours) and "computer eyes" (only numbers), and can paint a secret picture from
its numbers alone, with stars for every square that matches.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure

from aiclass.i18n import t
from aiclass.widgets.picture import Picture
from aiclass.widgets.star_feedback import StarFeedback
from aiclass.widgets.style import BIG_FONT
from aiclass.widgets.touch import LIGHT, big_button, big_text
from aiclass.widgets.work import PupilWork

PAINTS = ["#FFFFFF", "#000000", "#E69F00", "#56B4E9"]  # Okabe-Ito black, orange, sky blue
CELL = "64px"


def _text_colour(value: int) -> str:
    return "white" if value == 1 else "black"


def numbers_html(grid: np.ndarray, title: str = "") -> str:
    """The grid as a table of big numbers (what the computer keeps)."""
    rows = "".join(
        "<tr>"
        + "".join(f"<td style='width:34px;text-align:center'>{int(v)}</td>" for v in row)
        + "</tr>"
        for row in grid
    )
    return (
        f"<div style='font-size:{BIG_FONT}'>{title}"
        f"<table style='font-family:monospace;font-size:26px;border:3px solid #555;"
        f"border-collapse:collapse;background:#FFFFFF'>{rows}</table></div>"
    )


class PixelGrid(widgets.VBox):
    """A grid of big squares to paint; the numbers behind it; optionally a picture to copy."""

    def __init__(
        self,
        work: PupilWork,
        size: int = 7,
        start: list[list[int]] | None = None,
        target: list[list[int]] | None = None,
        key: str = "pixels",
    ):
        self.work, self.size, self.key = work, size, key
        self.target = None if target is None else np.array(target, dtype=int)
        saved = work.get(key)
        first = saved if _fits(saved, size) else start
        self.grid = (
            np.array(first, dtype=int) if _fits(first, size) else np.zeros((size, size), int)
        )
        self.paint = 1
        self.computer_eyes = False
        self.cells = [[self._cell(r, c) for c in range(size)] for r in range(size)]
        self.pots = [
            big_button(
                f"{v} {t(f'widgets_pixel_grid.paint_{v}')}",
                lambda v=v: self.choose_paint(v),
                colour=PAINTS[v],
                width="170px",
            )
            for v in range(len(PAINTS))
        ]
        self.pots[0].layout.border = "2px solid #555555"  # white paint on a white page
        self.eyes = big_button("", self.toggle_eyes, colour=LIGHT, width="420px")
        clear = big_button("🧽 " + t("widgets_pixel_grid.clear"), self.clear, width="170px")
        self.numbers = widgets.HTML()
        self.small = Picture(width="120px")
        self.stars = StarFeedback() if self.target is not None else None
        board = widgets.GridBox(
            [cell for row in self.cells for cell in row],
            layout=widgets.Layout(
                grid_template_columns=f"repeat({size}, {CELL})",
                grid_gap="3px",
                padding="6px",
                border="3px solid #555",
                width="max-content",
            ),
        )
        side = [self.numbers, widgets.HTML(big_text(t("widgets_pixel_grid.small"))), self.small]
        if self.target is not None:
            side = [
                widgets.HTML(
                    numbers_html(
                        self.target, big_text(t("widgets_pixel_grid.copy_these"), bold=True)
                    )
                ),
                widgets.HTML(big_text(t("widgets_pixel_grid.small"))),
                self.small,
            ]
        rows = [
            widgets.HBox(self.pots + [clear], layout={"flex_flow": "row wrap"}),
            widgets.HBox(
                [board, widgets.VBox(side, layout={"margin": "0 0 0 16px"})],
                layout={"flex_flow": "row wrap", "align_items": "flex-start"},
            ),
            self.eyes,
        ]
        if self.stars is not None:
            rows.insert(0, self.stars)
        super().__init__(rows)
        self.add_class("aiclass-pixel-grid")
        self.redraw()

    def _cell(self, row: int, col: int) -> widgets.Button:
        button = widgets.Button(
            layout=widgets.Layout(width=CELL, height=CELL, margin="0", border="2px solid #BBBBBB")
        )
        button.style.font_size = BIG_FONT
        button.style.font_weight = "bold"
        button.on_click(lambda _b: self.tap(row, col))
        return button

    def choose_paint(self, value: int) -> None:
        self.paint = value
        self.redraw()

    def tap(self, row: int, col: int) -> None:
        """Paint a square; tapping it again with the same paint rubs it out."""
        same = self.grid[row, col] == self.paint
        self.grid[row, col] = 0 if same else self.paint
        self.work.set(self.key, self.grid.tolist())
        self.redraw()

    def clear(self) -> None:
        self.grid[:] = 0
        self.work.set(self.key, self.grid.tolist())
        self.redraw()

    def toggle_eyes(self) -> None:
        self.computer_eyes = not self.computer_eyes
        self.redraw()

    def matches(self) -> tuple[int, int]:
        """(right squares, squares the target paints); stray paint counts against."""
        if self.target is None:
            return 0, 0
        inked = self.target != 0
        right = int(np.sum((self.grid == self.target) & inked))
        extra = int(np.sum((self.grid != self.target) & ~inked))
        return max(0, right - extra), int(inked.sum())

    def redraw(self) -> None:
        for r, row in enumerate(self.cells):
            for c, button in enumerate(row):
                value = int(self.grid[r, c])
                button.description = str(value) if self.computer_eyes else ""
                button.style.button_color = LIGHT if self.computer_eyes else PAINTS[value]
                button.style.text_color = "black" if self.computer_eyes else _text_colour(value)
        for value, pot in enumerate(self.pots):
            name = f"{value} {t(f'widgets_pixel_grid.paint_{value}')}"
            pot.description = ("👉 " + name) if value == self.paint else name
        self.eyes.description = t(
            "widgets_pixel_grid.my_eyes"
            if self.computer_eyes
            else "widgets_pixel_grid.computer_eyes"
        )
        self.numbers.value = numbers_html(
            self.grid, big_text(t("widgets_pixel_grid.numbers"), bold=True)
        )
        self.small.show(self._small_figure())
        if self.stars is not None:
            right, total = self.matches()
            self.stars.show(
                right, total, t("widgets_pixel_grid.matching", right=right, total=total)
            )

    def _small_figure(self) -> Figure:
        """The painting seen from far away: no gaps, no numbers, just a small picture."""
        fig = Figure(figsize=(1.2, 1.2))
        ax = fig.add_axes((0, 0, 1, 1))
        ax.imshow(
            self.grid,
            cmap=ListedColormap(PAINTS),
            vmin=0,
            vmax=len(PAINTS) - 1,
            interpolation="nearest",
        )
        ax.set_xticks([]), ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_linewidth(2)
        return fig


def _fits(grid: object, size: int) -> bool:
    try:
        array = np.array(grid, dtype=int)
    except (TypeError, ValueError):
        return False
    return array.shape == (size, size) and bool(((array >= 0) & (array < len(PAINTS))).all())

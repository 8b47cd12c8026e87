"""A picture that can change: a matplotlib figure shown as a PNG in an ipywidgets.Image.

Using PNG bytes (not the inline backend) keeps apps fast in Voila and works with no network.
"""

from __future__ import annotations

import io

import ipywidgets as widgets
import matplotlib

matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402


def figure_png(fig: Figure, dpi: int = 80) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    return buffer.getvalue()


class Picture(widgets.Image):
    """An image widget you redraw with ``picture.show(figure)``."""

    def __init__(self, width: str = "100%", **kwargs):
        super().__init__(format="png", layout=widgets.Layout(max_width=width), **kwargs)

    def show(self, fig: Figure) -> None:
        self.value = figure_png(fig)

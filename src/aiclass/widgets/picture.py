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
    """An image widget you redraw with ``picture.show(figure)``.

    It stays hidden while it has no picture (browsers draw an empty image as a broken one).
    """

    def __init__(self, width: str = "100%", **kwargs):
        super().__init__(format="png", layout=widgets.Layout(max_width=width), **kwargs)
        self._hide_when_empty({"new": self.value})
        self.observe(self._hide_when_empty, names="value")

    def _hide_when_empty(self, change: dict) -> None:
        self.layout.display = None if change["new"] else "none"

    def show(self, fig: Figure) -> None:
        self.value = figure_png(fig)

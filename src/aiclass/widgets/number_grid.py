"""A slider walks through pictures of digits; each is shown as we see it and as the computer sees it."""

from __future__ import annotations

import ipywidgets as widgets
from matplotlib.figure import Figure

from aiclass.datasets.digits import draw_digit
from aiclass.datasets.examples import Example
from aiclass.i18n import t
from aiclass.widgets.picture import Picture
from aiclass.widgets.touch import SLIDER_CSS, big_text


class NumberGrid(widgets.VBox):
    """Move the slider: the picture and its 64 numbers change together."""

    def __init__(self, examples: list[Example]):
        self.examples = examples
        self.slider = widgets.IntSlider(min=1, max=len(examples), value=1, layout={"width": "420px"})
        self.slider.add_class("aiclass-big-slider")
        self.picture = Picture(width="640px")
        self.caption = widgets.HTML()
        self.slider.observe(lambda _: self.redraw(), names="value")
        super().__init__([
            widgets.HTML(SLIDER_CSS),
            widgets.HBox([widgets.HTML(big_text(t("widgets_number_grid.which"))), self.slider]),
            self.picture,
            self.caption,
        ])
        self.add_class("aiclass-number-grid")
        self.redraw()

    @property
    def example(self) -> Example:
        return self.examples[self.slider.value - 1]

    def redraw(self) -> None:
        fig = Figure(figsize=(8, 4))
        draw_digit(fig.add_subplot(1, 2, 1), self.example)
        draw_digit(fig.add_subplot(1, 2, 2), self.example, numbers=True)
        self.picture.show(fig)
        brightest = int(max(self.example.features))
        self.caption.value = big_text(t("widgets_number_grid.caption", brightest=brightest))

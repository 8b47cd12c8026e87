"""Choose a few pixels; a model that may look only at those pixels tries to tell two digits apart."""

from __future__ import annotations

import ipywidgets as widgets
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from aiclass.datasets.digits import PIXELS, SIDE, average_image, draw_digit, only_pixels
from aiclass.datasets.examples import Example
from aiclass.i18n import t
from aiclass.pupil_models import accuracy_on, guesses, train_from_labels
from aiclass.widgets.picture import Picture
from aiclass.widgets.style import PALETTE, RIGHT_MARK, WRONG_MARK
from aiclass.widgets.touch import big_button, big_text, small_button
from aiclass.widgets.work import PupilWork

OFF, ON = "#E8E8E8", PALETTE[1]


def clean_pixels(saved: object, most: int) -> list[int]:
    """The pixel numbers in saved work that make sense (0-63, no repeats, at most ``most``)."""
    if not isinstance(saved, list):
        return []
    found = []
    for p in saved:
        if isinstance(p, int) and 0 <= p < PIXELS and p not in found:
            found.append(p)
    return sorted(found[:most])


def pixel_model(train: list[Example], pixels: list[int]):
    """A nearest-neighbours model that sees only ``pixels`` of each training digit."""
    return train_from_labels([(e, e.truth) for e in only_pixels(train, pixels)])


class PixelPicker(widgets.VBox):
    """An 8×8 board of pixel buttons beside the average pictures of the two digits, and a test button."""

    def __init__(self, train: list[Example], test: list[Example], work: PupilWork, most: int = 4):
        self.train, self.test, self.work, self.most = train, test, work, most
        self.digits = sorted({e.truth for e in train})
        self.chosen: list[int] = clean_pixels(work.get("pixels", []), most)
        self.cells = [self._cell(p) for p in range(PIXELS)]
        board = widgets.GridBox(self.cells, layout=widgets.Layout(
            grid_template_columns=f"repeat({SIDE}, 46px)", grid_gap="3px"))
        self.averages = Picture(width="420px")
        self.message = widgets.HTML()
        self.test_button = big_button("▶ " + t("widgets_pixel_picker.test"), colour=PALETTE[2])
        self.test_button.on_click(lambda _: self.run_test())
        clear = small_button("⟲ " + t("widgets.start_again"))
        clear.on_click(lambda _: self.clear())
        self.score = widgets.HTML()
        self.results = Picture(width="100%")
        self.accuracy: float | None = None
        super().__init__([
            widgets.HBox([board, self.averages], layout={"align_items": "center", "grid_gap": "24px"}),
            self.message,
            widgets.HBox([self.test_button, clear], layout={"align_items": "center"}),
            self.score,
            self.results,
        ])
        self.add_class("aiclass-pixel-picker")
        self.redraw()

    def _cell(self, pixel: int) -> widgets.Button:
        cell = widgets.Button(layout=widgets.Layout(width="46px", height="46px", padding="0"),
                              style={"font_size": "20px"})
        cell.on_click(lambda _b, p=pixel: self.toggle(p))
        return cell

    def toggle(self, pixel: int) -> None:
        """Choose a pixel, or un-choose it; no more than ``most``."""
        if pixel in self.chosen:
            self.chosen.remove(pixel)
        elif len(self.chosen) < self.most:
            self.chosen = sorted([*self.chosen, pixel])
        self.work.set("pixels", self.chosen)
        self.redraw()

    def clear(self) -> None:
        self.chosen = []
        self.work.set("pixels", self.chosen)
        self.score.value, self.accuracy, self.results.value = "", None, b""
        self.redraw()

    def run_test(self) -> float | None:
        if not self.chosen:
            self.score.value = big_text(t("widgets_pixel_picker.choose_first"), bold=True)
            return None
        model = pixel_model(self.train, self.chosen)
        shown = only_pixels(self.test, self.chosen)
        self.accuracy = accuracy_on(model, shown)
        right = round(self.accuracy * len(self.test))
        self.work.set("tested", {"pixels": self.chosen, "right": right, "total": len(self.test)})
        self.score.value = big_text(t("widgets.right_of", right=right, total=len(self.test)), bold=True)
        self.results.show(self._results_figure(guesses(model, shown)))
        return self.accuracy

    def redraw(self) -> None:
        for p, cell in enumerate(self.cells):
            on = p in self.chosen
            cell.description = "●" if on else ""
            cell.style.button_color = ON if on else OFF
        self.averages.show(self._averages_figure())
        self.message.value = big_text(t("widgets_pixel_picker.chosen", count=len(self.chosen), most=self.most))

    def _averages_figure(self) -> Figure:
        """The average picture of each digit, with the chosen pixels framed."""
        fig = Figure(figsize=(6, 3))
        for i, digit in enumerate(self.digits):
            ax = fig.add_subplot(1, 2, i + 1)
            ax.imshow(average_image(self.train, digit), cmap="gray_r", vmin=0, vmax=16)
            for p in self.chosen:
                r, c = divmod(p, SIDE)
                ax.add_patch(Rectangle((c - 0.5, r - 0.5), 1, 1, fill=False, ec=ON, lw=4))
            ax.set_xticks([]), ax.set_yticks([])
        return fig

    def _results_figure(self, guessed: list[str]) -> Figure:
        """Each test digit, the model's guess under it, and ✔ or ✘."""
        fig = Figure(figsize=(len(self.test) * 0.8, 1.6))
        ax = fig.add_subplot()
        for i, (example, guess) in enumerate(zip(self.test, guessed, strict=True)):
            draw_digit(ax, example, at=(i * 1.3, 0))
            right = guess == example.truth
            ax.text(i * 1.3 + 0.5, -0.15, f"{guess} {RIGHT_MARK if right else WRONG_MARK}", fontsize=16,
                    ha="center", va="top", color=PALETTE[2] if right else PALETTE[5])
        ax.set_xlim(-0.1, len(self.test) * 1.3), ax.set_ylim(-0.8, 1.05)
        ax.set_aspect("equal"), ax.axis("off")
        return fig

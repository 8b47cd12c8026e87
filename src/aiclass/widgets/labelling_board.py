"""Label examples with big buttons, one at a time, with a picture of each and a strip of progress."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets
from matplotlib.figure import Figure

from aiclass.datasets.examples import Example
from aiclass.i18n import pick, t
from aiclass.pupil_models import labelled_pairs
from aiclass.widgets.picture import Picture
from aiclass.widgets.style import BIG_FONT, BUTTON_HEIGHT, MARKERS, PALETTE, big_button_style
from aiclass.widgets.work import PupilWork

Draw = Callable[..., None]


class LabellingBoard(widgets.VBox):
    """Show one example; the pupil presses the button of its class; the work is saved."""

    def __init__(self, examples: list[Example], classes: dict, draw: Draw, work: PupilWork):
        self.examples, self.classes, self.draw, self.work = examples, classes, draw, work
        saved = work.get("labels", {})
        known = {str(example.id) for example in examples}
        self.labels: dict[str, str] = {k: v for k, v in saved.items() if k in known and v in classes}
        self.picture = Picture(width="260px")
        self.strip = Picture(width="100%")
        self.message = widgets.HTML()
        self.buttons = [self._class_button(i, name) for i, name in enumerate(classes)]
        undo = widgets.Button(description="↶ " + t("widgets.undo"), layout=widgets.Layout(height="48px"))
        again = widgets.Button(description="⟲ " + t("widgets.start_again"), layout=widgets.Layout(height="48px"))
        undo.on_click(lambda _: self.undo())
        again.on_click(lambda _: self.start_again())
        super().__init__(
            [
                widgets.HBox([self.picture, widgets.VBox(self.buttons)], layout={"align_items": "center"}),
                self.message,
                self.strip,
                widgets.HBox([undo, again]),
            ]
        )
        self.add_class("aiclass-labelling-board")
        self._order: list[str] = list(self.labels)
        self.redraw()

    def _class_button(self, index: int, name: str) -> widgets.Button:
        info = self.classes[name]
        button = widgets.Button(
            description=f"{info.get('emoji', '')} {pick(info)}".strip(),
            style=big_button_style(PALETTE[index % len(PALETTE)]),
            layout=widgets.Layout(width="220px", height=BUTTON_HEIGHT, margin="6px"),
        )
        button.on_click(lambda _b, name=name: self.label_current(name))
        return button

    @property
    def current(self) -> Example | None:
        return next((e for e in self.examples if str(e.id) not in self.labels), None)

    def labelled(self) -> list[tuple[Example, str]]:
        return labelled_pairs(self.examples, self.labels)

    def label_current(self, name: str) -> None:
        example = self.current
        if example is None:
            return
        self.labels[str(example.id)] = name
        self._order.append(str(example.id))
        self.work.set("labels", self.labels)
        self.redraw()

    def undo(self) -> None:
        if self._order:
            self.labels.pop(self._order.pop(), None)
            self.work.set("labels", self.labels)
            self.redraw()

    def start_again(self) -> None:
        self.labels, self._order = {}, []
        self.work.set("labels", self.labels)
        self.redraw()

    def redraw(self) -> None:
        fig = Figure(figsize=(3, 3))
        ax = fig.add_subplot()
        example = self.current
        if example is None:
            ax.text(0, 0, "✔", ha="center", va="center", fontsize=72, color=PALETTE[2])
            ax.set_xlim(-1, 1), ax.set_ylim(-1, 1), ax.axis("off")
        else:
            self.draw(ax, example)
        self.picture.show(fig)
        for button in self.buttons:
            button.disabled = example is None
        self.message.value = f"<span style='font-size:{BIG_FONT}'>{t('widgets.count_labelled', count=len(self.labels))}</span>"
        self.strip.show(self._strip_figure())

    def _strip_figure(self) -> Figure:
        """Every example in a row; under each, the shape of its label, or "?" if not yet labelled."""
        names = list(self.classes)
        fig = Figure(figsize=(max(len(self.examples), 1) * 0.8, 1.3))
        for i, example in enumerate(self.examples):
            ax = fig.add_subplot(1, len(self.examples), i + 1)
            self.draw(ax, example, size=0.7)
            label = self.labels.get(str(example.id))
            if label in names:
                k = names.index(label)
                ax.plot(0, -0.55, marker=MARKERS[k], color=PALETTE[k], markersize=14, clip_on=False)
            else:
                ax.text(0, -0.55, "?", ha="center", va="center", fontsize=16)
        return fig

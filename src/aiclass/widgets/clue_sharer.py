"""Choose which clues about you to share; a picture of the whole school shows who still matches."""

from __future__ import annotations

import ipywidgets as widgets
from matplotlib.figure import Figure

from aiclass.datasets.classmates import CLUES, YOU, crowd, say_value
from aiclass.i18n import current_language, pick, t
from aiclass.widgets.picture import Picture
from aiclass.widgets.style import PALETTE
from aiclass.widgets.touch import big_text, small_button
from aiclass.widgets.work import PupilWork

PRIVATE, SHARED = "#E8E8E8", PALETTE[1]


def clean_shared(saved: object) -> list[str]:
    """Known clues from saved work, each once, in the order of ``CLUES``."""
    saved = saved if isinstance(saved, list) else []
    return [clue for clue in CLUES if clue in saved]


class ClueSharer(widgets.VBox):
    """One button per clue (🔒 private or 📤 shared) and a picture of every pupil who matches."""

    def __init__(self, school: list[dict[str, str]], work: PupilWork):
        self.school, self.work = school, work
        self.shared: list[str] = clean_shared(work.get("shared", []))
        self.buttons = {clue: self._button(clue) for clue in CLUES}
        self.picture = Picture(width="520px")
        self.count = widgets.HTML()
        again = small_button("🔒 " + t("widgets_clue_sharer.hide_all"))
        again.on_click(lambda _: self.hide_all())
        super().__init__([
            widgets.HBox([widgets.VBox(list(self.buttons.values())), widgets.VBox([self.picture, self.count])],
                         layout={"align_items": "center"}),
            again,
        ])
        self.add_class("aiclass-clue-sharer")
        self.redraw()

    def _button(self, clue: str) -> widgets.Button:
        button = widgets.Button(layout=widgets.Layout(width="420px", height="56px", margin="4px"),
                                style={"font_size": "20px"})
        button.on_click(lambda _b, clue=clue: self.toggle(clue))
        return button

    def toggle(self, clue: str) -> None:
        """Share a clue, or keep it private again."""
        self.shared = [c for c in CLUES if (c in self.shared) != (c == clue)]
        self.work.set("shared", self.shared)
        self.redraw()

    def hide_all(self) -> None:
        self.shared = []
        self.work.set("shared", self.shared)
        self.redraw()

    @property
    def crowd(self) -> int:
        return crowd(self.school, self.shared)

    def redraw(self) -> None:
        lang = current_language()
        for clue, button in self.buttons.items():
            on = clue in self.shared
            info = CLUES[clue]
            button.description = f"{'📤' if on else '🔒'} {info['emoji']} {pick(info)}: {say_value(clue, lang)}"
            button.style.button_color = SHARED if on else PRIVATE
            button.style.font_weight = "bold" if on else "normal"
        key = "widgets_clue_sharer.only_you" if self.crowd == 1 else "widgets_clue_sharer.crowd"
        self.count.value = big_text(t(key, count=self.crowd, total=len(self.school)), bold=True)
        self.picture.show(self.figure())

    def figure(self) -> Figure:
        """Every pupil as a dot; those who match what you shared are big blue circles; you have a star."""
        columns = 12
        fig = Figure(figsize=(6, 5))
        ax = fig.add_subplot()
        for i, pupil in enumerate(self.school):
            row, col = divmod(i, columns)
            match = all(pupil[c] == YOU[c] for c in self.shared)
            if i == 0:
                ax.scatter([col], [-row], marker="*", s=520, color=PALETTE[1], edgecolor="black", zorder=3)
            elif match:
                ax.scatter([col], [-row], marker="o", s=200, color=PALETTE[0], edgecolor="black")
            else:
                ax.scatter([col], [-row], marker=".", s=40, color="#BBBBBB")
        ax.set_xlim(-0.8, columns - 0.2), ax.set_ylim(-len(self.school) / columns - 0.2, 0.8)
        ax.set_aspect("equal"), ax.axis("off")
        return fig

"""Teach a chatbot: choose an intent, then tap the example phrases that mean it."""

from __future__ import annotations

import ipywidgets as widgets
from matplotlib.figure import Figure

from aiclass.datasets.phrases import INTENTS, Phrase
from aiclass.i18n import current_language, pick, t
from aiclass.keyword_bot import clean_taught
from aiclass.widgets.picture import Picture
from aiclass.widgets.style import MARKERS, PALETTE
from aiclass.widgets.touch import big_text, small_button
from aiclass.widgets.work import PupilWork

OFF = "#E8E8E8"
GLYPHS = "●▲■◆"  # the shapes of style.MARKERS, written in words


class PhraseTrainer(widgets.VBox):
    """Intent buttons on top, phrase buttons below; a tapped phrase is taught to the chosen intent."""

    def __init__(self, phrases: list[Phrase], work: PupilWork):
        self.phrases, self.work = phrases, work
        self.taught: dict[str, list[str]] = clean_taught(work.get("taught", {}))
        self.chosen = next(iter(INTENTS))
        self.intent_buttons = {name: self._intent_button(name) for name in INTENTS}
        self.phrase_buttons = {p.id: self._phrase_button(p) for p in phrases}
        self.summary = widgets.HTML()
        self.memory = Picture(width="300px")
        again = small_button("⟲ " + t("widgets.start_again"))
        again.on_click(lambda _: self.start_again())
        self.listeners: list = []
        super().__init__([
            widgets.HTML(big_text(t("widgets_phrase_trainer.choose_intent"))),
            widgets.HBox(list(self.intent_buttons.values()), layout={"flex_flow": "row wrap"}),
            widgets.HTML(big_text(t("widgets_phrase_trainer.tap_phrases"))),
            widgets.GridBox(list(self.phrase_buttons.values()), layout=widgets.Layout(
                grid_template_columns="repeat(2, 360px)", grid_gap="6px")),
            widgets.HBox([self.memory, widgets.VBox([self.summary, again])], layout={"align_items": "center"}),
        ])
        self.add_class("aiclass-phrase-trainer")
        self.redraw()

    def _intent_button(self, name: str) -> widgets.Button:
        info = INTENTS[name]
        button = widgets.Button(description=f"{info['emoji']} {pick(info)}",
                                layout=widgets.Layout(width="250px", height="64px", margin="4px"))
        button.on_click(lambda _b, name=name: self.choose(name))
        return button

    def _phrase_button(self, phrase: Phrase) -> widgets.Button:
        button = widgets.Button(description=phrase.text(current_language()), style={"font_size": "20px"},
                                layout=widgets.Layout(width="360px", height="56px"))
        button.on_click(lambda _b, pid=phrase.id: self.tap(pid))
        return button

    def intent_of(self, pid: str) -> str | None:
        return next((name for name, ids in self.taught.items() if pid in ids), None)

    def choose(self, intent: str) -> None:
        self.chosen = intent
        self.redraw()

    def tap(self, pid: str) -> None:
        """Teach the phrase to the chosen intent; tap it again to take it back."""
        before = self.intent_of(pid)
        if before is not None:
            self.taught[before].remove(pid)
            if not self.taught[before]:
                del self.taught[before]
        if before != self.chosen:
            self.taught.setdefault(self.chosen, []).append(pid)
        self._save()

    def start_again(self) -> None:
        self.taught = {}
        self._save()

    def _save(self) -> None:
        self.work.set("taught", self.taught)
        self.redraw()
        for listener in self.listeners:
            listener()

    def redraw(self) -> None:
        names = list(INTENTS)
        for name, button in self.intent_buttons.items():
            k = names.index(name)
            chosen = name == self.chosen
            button.style = {"font_size": "22px", "font_weight": "bold",
                            "button_color": PALETTE[k] if chosen else OFF,
                            "text_color": "white" if chosen else "black"}
            button.description = ("▶ " if chosen else "") + f"{GLYPHS[k]} {INTENTS[name]['emoji']} {pick(INTENTS[name])}"
        for pid, button in self.phrase_buttons.items():
            intent = self.intent_of(pid)
            text = next(p for p in self.phrases if p.id == pid).text(current_language())
            if intent is None:
                button.description, button.style.button_color, button.style.text_color = text, OFF, "black"
            else:
                k = names.index(intent)
                button.description = f"{INTENTS[intent]['emoji']} {text}"
                button.style.button_color, button.style.text_color = PALETTE[k], "white"
        counts = " &nbsp; ".join(f"{INTENTS[n]['emoji']} {len(self.taught.get(n, []))}" for n in names)
        self.summary.value = big_text(t("widgets_phrase_trainer.taught", counts=counts))
        self.memory.show(self.memory_figure())

    def memory_figure(self) -> Figure:
        """What the bot remembers: one column per intent, one shape per sentence taught."""
        fig = Figure(figsize=(3.6, 2.6))
        ax = fig.add_subplot()
        for k, name in enumerate(INTENTS):
            count = len(self.taught.get(name, []))
            ax.plot([k - 0.4, k + 0.4], [0, 0], color="black", lw=2)
            if count:
                ax.scatter([k] * count, [i + 0.7 for i in range(count)], marker=MARKERS[k], s=260,
                           color=PALETTE[k], edgecolor="black")
        ax.set_xlim(-0.6, len(INTENTS) - 0.4), ax.set_ylim(-0.2, max(5, *map(len, self.taught.values()), 0) + 0.2)
        ax.axis("off")
        return fig

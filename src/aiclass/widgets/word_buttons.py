"""Build a sentence by tapping word buttons: talking to a machine with no typing at all.

The pupil taps words from a bank; they line up as a sentence; ⌫ takes the last one back and
🗑 clears it; 📣 hands the sentence (a list of word ids) to ``on_say``.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from aiclass.i18n import t
from aiclass.widgets.style import PALETTE
from aiclass.widgets.touch import LIGHT, big_button, big_text

MAX_WORDS = 8


class WordButtons(widgets.VBox):
    """A bank of word buttons, the sentence they make, and a big "say it" button."""

    def __init__(self, words: dict[str, str], on_say: Callable[[list[str]], None]):
        self.words, self.on_say = words, on_say
        self.sentence: list[str] = []
        self.bank = [
            big_button(text, lambda word=word: self.add(word), colour=LIGHT, width="auto")
            for word, text in words.items()
        ]
        for button in self.bank:
            button.layout.min_width = "120px"
            button.layout.padding = "0 16px"
        self.strip = widgets.HTML()
        back = big_button("⌫ " + t("widgets_word_buttons.back"), self.remove_last, width="200px")
        clear = big_button("🗑 " + t("widgets_word_buttons.clear"), self.clear, width="200px")
        self.say_button = big_button(
            "📣 " + t("widgets_word_buttons.say"), self.say, colour=PALETTE[0], width="260px"
        )
        super().__init__(
            [
                widgets.HBox(self.bank, layout={"flex_flow": "row wrap"}),
                self.strip,
                widgets.HBox([self.say_button, back, clear], layout={"flex_flow": "row wrap"}),
            ]
        )
        self.add_class("aiclass-word-buttons")
        self.redraw()

    def add(self, word: str) -> None:
        if len(self.sentence) < MAX_WORDS:
            self.sentence.append(word)
        self.redraw()

    def remove_last(self) -> None:
        if self.sentence:
            self.sentence.pop()
        self.redraw()

    def clear(self) -> None:
        self.sentence = []
        self.redraw()

    def say(self) -> None:
        self.on_say(list(self.sentence))

    def text(self, words: list[str] | None = None) -> str:
        """The sentence as the pupil sees it."""
        return " ".join(self.words[w] for w in (self.sentence if words is None else words))

    def redraw(self) -> None:
        chips = (
            "".join(
                f"<span style='display:inline-block;border:3px solid #0072B2;border-radius:12px;"
                f"padding:4px 14px;margin:4px;background:#FFFFFF'>{self.words[w]}</span>"
                for w in self.sentence
            )
            or f"<span style='color:#555'>{t('widgets_word_buttons.tap_words')}</span>"
        )
        self.strip.value = big_text(
            f"<div style='min-height:64px;border-bottom:4px solid #555;padding:6px'>"
            f"💬 {chips}</div>",
            size="26px",
        )

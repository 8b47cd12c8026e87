"""Ask the chatbot questions it never saw: it answers, shows the words it noticed, and a grid of
right and wrong answers for all the questions."""

from __future__ import annotations

import ipywidgets as widgets

from aiclass.datasets.phrases import INTENTS, WORDS, Phrase
from aiclass.i18n import current_language, pick, t
from aiclass.keyword_bot import noticed, reply
from aiclass.widgets.confusion_picture import ConfusionPicture
from aiclass.widgets.phrase_trainer import PhraseTrainer
from aiclass.widgets.style import PALETTE
from aiclass.widgets.touch import big_button, big_text
from aiclass.widgets.work import PupilWork


def bot_says(intent: str | None) -> str:
    lang = current_language()
    if intent is None:
        return t("widgets_bot_tester.unsure")
    return INTENTS[intent][f"reply_{lang}"]


class BotTester(widgets.VBox):
    """One button per test question, a chat bubble for the answer, and a "test them all" grid."""

    def __init__(self, trainer: PhraseTrainer, questions: list[Phrase], work: PupilWork):
        self.trainer, self.questions, self.work = trainer, questions, work
        lang = current_language()
        buttons = []
        for q in questions:
            button = widgets.Button(description=q.text(lang), style={"font_size": "20px", "button_color": "#DDEEFF"},
                                    layout=widgets.Layout(width="360px", height="52px"))
            button.on_click(lambda _b, q=q: self.ask(q))
            buttons.append(button)
        self.chat = widgets.HTML()
        self.all_button = big_button("▶ " + t("widgets_bot_tester.test_all"), colour=PALETTE[2], width="340px")
        self.all_button.on_click(lambda _: self.test_all())
        self.score = widgets.HTML()
        self.grid = ConfusionPicture(list(INTENTS), unsure=True)
        self.legend = widgets.HTML(big_text(" &nbsp; ".join(
            f"{g} {INTENTS[n]['emoji']} {pick(INTENTS[n])}" for g, n in zip("●▲■◆", INTENTS, strict=True)
        ) + " &nbsp; ? " + t("widgets_bot_tester.unsure_short")))
        self.accuracy: float | None = None
        super().__init__([
            widgets.GridBox(buttons, layout=widgets.Layout(grid_template_columns="repeat(2, 360px)", grid_gap="6px")),
            self.chat, self.all_button, self.score, widgets.HBox([self.grid]), self.legend,
        ])
        self.add_class("aiclass-bot-tester")
        trainer.listeners.append(self._forget)

    def ask(self, question: Phrase) -> str | None:
        """The bot answers one question; the chat shows the words it noticed."""
        lang = current_language()
        intent = reply(self.trainer.taught, question)
        words = ", ".join(WORDS[w][lang] for w in noticed(self.trainer.taught, question)) or "—"
        self.chat.value = (
            f"<div style='font-size:22px;line-height:1.6;background:#F6F6F6;padding:8px 14px;border-radius:12px'>"
            f"🧒 {question.text(lang)}<br>🤖 {bot_says(intent)}<br>"
            f"<span style='font-size:18px'>🔎 {t('widgets_bot_tester.noticed', words=words)}</span></div>"
        )
        return intent

    def test_all(self) -> float:
        answers = [reply(self.trainer.taught, q) for q in self.questions]
        right = sum(a == q.intent for a, q in zip(answers, self.questions, strict=True))
        self.accuracy = right / len(self.questions)
        self.work.set("bot_tested", {"right": right, "total": len(self.questions)})
        self.score.value = big_text(t("widgets.right_of", right=right, total=len(self.questions)), bold=True)
        self.grid.show_answers([q.intent for q in self.questions], answers)
        return self.accuracy

    def _forget(self) -> None:
        """Teaching changed: old answers no longer hold."""
        self.chat.value = self.score.value = ""
        self.grid.value = b""

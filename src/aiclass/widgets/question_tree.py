"""A picture decision tree: the computer guesses your card by asking yes/no questions.

The pupil thinks of a card and answers each question with 👍 or 👎; the tree below lights up the
path taken, so children see that the machine reasons by following answers down a tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import ipywidgets as widgets
import yaml

from aiclass.i18n import t
from aiclass.widgets.card_sorter import Card
from aiclass.widgets.star_feedback import StarFeedback
from aiclass.widgets.style import PALETTE
from aiclass.widgets.touch import big_button, big_text
from aiclass.widgets.work import PupilWork

YES, NO = "if_yes", "if_no"


@dataclass(frozen=True)
class Question:
    icon: str
    text: str


def load_tree(path: Path | str) -> dict:
    """A tree file: {question: id, if_yes: <tree or card id>, if_no: <tree or card id>}."""
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def depth(tree: dict | str) -> int:
    return 0 if isinstance(tree, str) else 1 + max(depth(tree[YES]), depth(tree[NO]))


class QuestionTree(widgets.VBox):
    """Ask the tree's questions with big 👍/👎 buttons; show the path; guess; count stars."""

    def __init__(
        self,
        tree: dict,
        questions: dict[str, Question],
        cards: list[Card],
        work: PupilWork,
        key: str = "games",
    ):
        self.tree, self.questions, self.work, self.key = tree, questions, work, key
        self.cards = {card.id: card for card in cards}
        self.path: list[str] = []  # answers so far: "if_yes" / "if_no"
        self.games: list[dict] = list(work.get(key, []))
        self.right_guesses = sum(1 for game in self.games if game.get("right"))
        self.ask = widgets.HTML()
        self.yes = big_button(
            "👍 " + t("widgets_question_tree.answer_yes"),
            lambda: self.answer(YES),
            colour=PALETTE[0],
        )
        self.no = big_button(
            "👎 " + t("widgets_question_tree.answer_no"), lambda: self.answer(NO), colour=PALETTE[1]
        )
        self.right = big_button(
            "✔ " + t("widgets_question_tree.guessed_right"),
            lambda: self.finish(True),
            colour=PALETTE[2],
        )
        self.wrong = big_button(
            "✘ " + t("widgets_question_tree.guessed_wrong"),
            lambda: self.finish(False),
            colour=PALETTE[5],
        )
        self.again = big_button(
            "🔁 " + t("widgets_question_tree.again"), self.restart, width="240px"
        )
        self.stars = StarFeedback()
        self.picture = widgets.HTML()
        self.buttons = widgets.HBox(layout={"flex_flow": "row wrap"})
        shown = " ".join(card.emoji for card in cards)
        super().__init__(
            [
                widgets.HTML(
                    big_text(
                        f"🤫 {t('widgets_question_tree.think_of_one')}<br>"
                        f"<span style='font-size:40px'>{shown}</span>",
                        bold=True,
                    )
                ),
                self.stars,
                self.ask,
                self.buttons,
                self.picture,
            ]
        )
        self.add_class("aiclass-question-tree")
        self.redraw()

    @property
    def node(self) -> dict | str:
        here: dict | str = self.tree
        for step in self.path:
            here = here[step]  # type: ignore[index]
        return here

    def answer(self, step: str) -> None:
        if isinstance(self.node, dict):
            self.path.append(step)
        self.redraw()

    def finish(self, right: bool) -> None:
        guess = self.node if isinstance(self.node, str) else None
        self.games.append({"path": list(self.path), "guess": guess, "right": right})
        self.right_guesses += int(right)
        self.work.set(self.key, self.games)
        self.redraw(done=right)

    def restart(self) -> None:
        self.path = []
        self.redraw()

    def redraw(self, done: bool | None = None) -> None:
        node = self.node
        if isinstance(node, dict):
            question = self.questions[node["question"]]
            self.ask.value = big_text(
                f"<span style='font-size:40px'>{question.icon}</span> {question.text}", "30px", True
            )
            self.buttons.children = [self.yes, self.no, self.again]
        elif done is None:
            card = self.cards[node]
            self.ask.value = big_text(
                t(
                    "widgets_question_tree.is_it",
                    card=f"<span style='font-size:48px'>{card.emoji}</span> {card.name}",
                ),
                "30px",
                True,
            )
            self.buttons.children = [self.right, self.wrong]
        else:
            words = t("widgets_question_tree.yay" if done else "widgets_question_tree.oops")
            self.ask.value = big_text(("😊 " if done else "🤔 ") + words, "26px", True)
            self.buttons.children = [self.again]
        games = len(self.games)
        self.stars.show(
            min(self.right_guesses, 3),
            3,
            t("widgets_question_tree.score", right=self.right_guesses, games=games),
        )
        self.picture.value = self._tree_html()

    def _tree_html(self) -> str:
        """The tree, level by level; the path taken so far in yellow with a thick border."""
        levels = depth(self.tree) + 1
        rows = []
        nodes: list[tuple[dict | str | None, list[str]]] = [(self.tree, [])]
        for _level in range(levels):
            cells = []
            for node, path in nodes:
                on_path = path == self.path[: len(path)] and len(path) <= len(self.path)
                here = path == self.path
                edge = "" if not path else ("👍" if path[-1] == YES else "👎")
                if node is None:
                    content = ""
                elif isinstance(node, str):
                    content = self.cards[node].emoji
                else:
                    content = self.questions[node["question"]].icon + "?"
                style = (
                    f"border:{'5px solid #000' if here else '2px solid #999'};"
                    f"background:{'#F0E442' if on_path else '#FFFFFF'};"
                    f"opacity:{1 if on_path else 0.55};"
                    "border-radius:12px;padding:4px;margin:3px;font-size:30px;text-align:center"
                )
                cells.append(
                    f"<div style='flex:1'>"
                    f"<div style='font-size:18px;text-align:center'>{edge}</div>"
                    f"<div style='{style}'>{content}</div></div>"
                    if node is not None
                    else "<div style='flex:1'></div>"
                )
            rows.append(f"<div style='display:flex'>{''.join(cells)}</div>")
            nodes = [
                (child, path + [step])
                for node, path in nodes
                for step, child in (
                    (YES, node[YES] if isinstance(node, dict) else None),
                    (NO, node[NO] if isinstance(node, dict) else None),
                )
            ]
        return (
            f"<div style='max-width:760px;border:3px solid #555;padding:8px'>{''.join(rows)}</div>"
        )

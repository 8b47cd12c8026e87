"""Tap a card, then tap a box: children sort picture cards, and each move is answered at once.

A right move puts the card in the box with a ✔; a wrong one leaves it in the pile with a kind
hint. Stars count the cards sorted right on the first try. Cards come from a small YAML deck in
the lab's data/ folder; their words come from the lab's message file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import ipywidgets as widgets
import yaml

from aiclass.i18n import catalog, current_language, t
from aiclass.widgets.star_feedback import StarFeedback
from aiclass.widgets.style import PALETTE
from aiclass.widgets.touch import CHOSEN, LIGHT, big_button, big_text
from aiclass.widgets.work import PupilWork


@dataclass(frozen=True)
class Card:
    """One picture card: an emoji, its name, the box it belongs in, a hint if put wrong."""

    id: str
    emoji: str
    name: str
    box: str
    hint: str = ""

    @property
    def label(self) -> str:
        return f"{self.emoji} {self.name}"


def load_cards(path: Path | str, lab_id: str, rule: str = "box") -> list[Card]:
    """Cards from a deck file: a list of {id, emoji, <rule>: box}; words from ``lab_id`` messages.

    The name is the message ``<lab_id>.card_<id>``, the hint (optional) ``<lab_id>.hint_<id>``.
    """
    deck = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    messages = catalog(current_language())
    cards = []
    for entry in deck:
        hint_key = f"{lab_id}.hint_{entry['id']}"
        cards.append(
            Card(
                id=str(entry["id"]),
                emoji=str(entry["emoji"]),
                name=t(f"{lab_id}.card_{entry['id']}"),
                box=str(entry.get(rule, "")),
                hint=t(hint_key) if hint_key in messages or hint_key in catalog("en") else "",
            )
        )
    return cards


class CardSorter(widgets.VBox):
    """A pile of cards and a row of boxes; tap a card, then the box it belongs in."""

    def __init__(
        self, cards: list[Card], boxes: dict[str, str], work: PupilWork, key: str = "sorted"
    ):
        self.cards, self.boxes, self.work, self.key = cards, boxes, work, key
        saved = work.get(key, {})
        known = {card.id: card for card in cards}
        self.placed: dict[str, str] = {
            k: v for k, v in saved.get("placed", {}).items() if k in known and known[k].box == v
        }
        self.tries: dict[str, list[str]] = {
            k: list(v) for k, v in saved.get("tries", {}).items() if k in known
        }
        self.chosen: str | None = None
        self.card_buttons = {card.id: self._card_button(card) for card in cards}
        self.box_buttons = {
            box: big_button(
                words,
                lambda box=box: self.drop(box),
                colour=PALETTE[i % len(PALETTE)],
                width="100%",
            )
            for i, (box, words) in enumerate(boxes.items())
        }
        self.box_contents = {box: widgets.HTML() for box in boxes}
        self.pile = widgets.HBox(layout={"flex_flow": "row wrap", "min_height": "80px"})
        self.stars = StarFeedback()
        self.message = widgets.HTML()
        again = big_button("🔁 " + t("widgets_card_sorter.again"), self.start_again, width="240px")
        box_row = widgets.HBox(
            [
                widgets.VBox(
                    [self.box_buttons[b], self.box_contents[b]],
                    layout={
                        "border": "4px dashed #555",
                        "padding": "6px",
                        "margin": "6px",
                        "width": f"{max(30, 96 // max(len(boxes), 1))}%",
                        "min_height": "160px",
                    },
                )
                for b in boxes
            ]
        )
        super().__init__([self.stars, self.message, self.pile, box_row, again])
        self.add_class("aiclass-card-sorter")
        self.redraw(t("widgets_card_sorter.tap_a_card"))

    def _card_button(self, card: Card) -> widgets.Button:
        button = big_button(card.label, lambda: self.choose(card.id), width="auto", height="72px")
        button.style.font_size = "24px"
        button.layout.min_width, button.layout.padding = "200px", "0 18px"
        return button

    @property
    def first_try_right(self) -> int:
        return sum(1 for card in self.cards if self.tries.get(card.id, [None])[0] == card.box)

    @property
    def done(self) -> bool:
        return len(self.placed) == len(self.cards)

    def choose(self, card_id: str) -> None:
        """Pick up a card (tap it again to put it down)."""
        self.chosen = None if self.chosen == card_id else card_id
        self.redraw(
            t("widgets_card_sorter.now_a_box")
            if self.chosen
            else t("widgets_card_sorter.tap_a_card")
        )

    def drop(self, box: str) -> bool:
        """Put the chosen card in ``box``; True when that is where it belongs."""
        if self.chosen is None:
            self.redraw(t("widgets_card_sorter.card_first"))
            return False
        card = next(c for c in self.cards if c.id == self.chosen)
        self.tries.setdefault(card.id, []).append(box)
        right = card.box == box
        if right:
            self.placed[card.id] = box
            self.chosen = None
            words = t("widgets_card_sorter.right", card=card.label)
            if self.done:
                words = t(
                    "widgets_card_sorter.all_done",
                    first=self.first_try_right,
                    total=len(self.cards),
                )
        else:
            words = t("widgets_card_sorter.not_there", card=card.label) + (
                " " + card.hint if card.hint else ""
            )
        self.work.set(self.key, {"placed": self.placed, "tries": self.tries})
        self.redraw(words, kind="right" if right else "wrong")
        return right

    def start_again(self) -> None:
        self.placed, self.tries, self.chosen = {}, {}, None
        self.work.set(self.key, {"placed": self.placed, "tries": self.tries})
        self.redraw(t("widgets_card_sorter.tap_a_card"))

    def redraw(self, words: str, kind: str = "") -> None:
        mark = {"right": "✔ ", "wrong": "🤔 "}.get(kind, "👆 ")
        self.message.value = big_text(mark + words, bold=True)
        waiting = [card for card in self.cards if card.id not in self.placed]
        for card in waiting:
            button = self.card_buttons[card.id]
            chosen = card.id == self.chosen
            button.description = ("👉 " if chosen else "") + card.label
            button.style.button_color = CHOSEN if chosen else LIGHT
        self.pile.children = [self.card_buttons[card.id] for card in waiting]
        for box, html in self.box_contents.items():
            inside = [card for card in self.cards if self.placed.get(card.id) == box]
            html.value = big_text("<br>".join(f"✔ {card.label}" for card in inside))
        if self.done:
            self.stars.show(self.first_try_right, len(self.cards))
        else:
            self.stars.show(
                len(self.placed),
                len(self.cards),
                t("widgets_card_sorter.progress", sorted=len(self.placed), total=len(self.cards)),
            )

"""A robot that understands only the words it knows, and says so kindly.

The pupil builds a sentence with word buttons. The robot picks out the words it knows and acts
(a picture of its pose), names the words it does not know, and can be taught them. Until it
learns "don't", it ignores it: "don't jump" makes it jump. That is the lesson: a machine
matches words it was given; it does not understand like a person.
"""

from __future__ import annotations

import ipywidgets as widgets

from aiclass.i18n import t
from aiclass.widgets.picture import Picture
from aiclass.widgets.robot_picture import GREY, robot_figure
from aiclass.widgets.style import PALETTE
from aiclass.widgets.touch import big_button, big_text
from aiclass.widgets.word_buttons import WordButtons
from aiclass.widgets.work import PupilWork

ACTIONS = ("jump", "wave", "dance", "sleep", "sing")
COLOURS = {"blue": PALETTE[0], "orange": PALETTE[1]}
FRIENDLY = ("robot", "hello", "please")
ALL_WORDS = (
    "robot",
    "hello",
    "please",
    "not",
    "jump",
    "wave",
    "dance",
    "sleep",
    "sing",
    "blue",
    "orange",
)
KNOWN_AT_START = ("robot", "hello", "please", "jump", "wave", "dance", "sleep", "blue", "orange")


def word(word_id: str) -> str:
    return t(f"widgets_talking_robot.word_{word_id}")


def understand(sentence: list[str], known: set[str]) -> dict:
    """What the robot makes of a sentence: its pose, colour, reply parts and unknown words.

    >>> understand(["not", "jump"], {"jump"})["pose"]
    'jump'
    >>> understand(["not", "jump"], {"jump", "not"})["pose"]
    'stand'
    """
    unknown = [w for w in dict.fromkeys(sentence) if w not in known]
    heard = [w for w in sentence if w in known]
    actions = [w for w in heard if w in ACTIONS]
    colours = [w for w in heard if w in COLOURS]
    action = actions[-1] if actions else None
    refused = action is not None and "not" in heard and heard.index("not") < heard.index(action)
    pose = "stand"
    if action and not refused:
        pose = action
    elif "hello" in heard:
        pose = "hello"
    elif not heard:
        pose = "puzzled"
    return {
        "pose": pose,
        "action": action,
        "refused": refused,
        "colour": colours[-1] if colours else None,
        "hello": "hello" in heard,
        "please": "please" in heard,
        "unknown": unknown,
        "heard": heard,
    }


class TalkingRobot(widgets.VBox):
    """Word buttons, the robot's picture and reply, and buttons to teach it new words."""

    def __init__(
        self,
        work: PupilWork,
        words: tuple[str, ...] = ALL_WORDS,
        known: tuple[str, ...] = KNOWN_AT_START,
    ):
        self.work = work
        self.known: set[str] = set(known) | set(work.get("taught", []))
        self.colour = GREY
        self.words = WordButtons({w: word(w) for w in words}, self.hear)
        self.picture = Picture(width="240px")
        self.reply = widgets.HTML()
        self.teach_row = widgets.HBox(layout={"flex_flow": "row wrap"})
        self.last: dict | None = None
        super().__init__(
            [
                self.words,
                widgets.HBox(
                    [
                        self.picture,
                        widgets.VBox([self.reply, self.teach_row], layout={"margin": "0 0 0 12px"}),
                    ],
                    layout={"flex_flow": "row wrap", "align_items": "center"},
                ),
            ]
        )
        self.add_class("aiclass-talking-robot")
        self.picture.show(robot_figure("stand", self.colour))
        self.reply.value = big_text("🤖 " + t("widgets_talking_robot.start"), bold=True)

    def hear(self, sentence: list[str]) -> dict:
        """The robot answers a sentence: a pose, words and teach buttons for new words."""
        if not sentence:
            self.reply.value = big_text("🤖 " + t("widgets_talking_robot.say_something"), bold=True)
            self.picture.show(robot_figure("puzzled", self.colour))
            return {}
        meaning = understand(sentence, self.known)
        if meaning["colour"]:
            self.colour = COLOURS[meaning["colour"]]
        self.picture.show(robot_figure(meaning["pose"], self.colour, smile=bool(meaning["heard"])))
        self.reply.value = big_text(self._reply(meaning), bold=True)
        self.teach_row.children = [
            big_button(
                "➕ " + t("widgets_talking_robot.teach", word=word(w)),
                lambda w=w: self.teach(w),
                colour=PALETTE[2],
                width="auto",
            )
            for w in meaning["unknown"]
        ]
        said = self.work.get("said", []) + [sentence]
        self.work.set("said", said[-50:])
        self.last = meaning
        return meaning

    def _reply(self, meaning: dict) -> str:
        lines = []
        if meaning["hello"]:
            lines.append("👋 " + t("widgets_talking_robot.hello"))
        if meaning["action"] and meaning["refused"]:
            lines.append(
                "🙂 " + t("widgets_talking_robot.will_not", action=word(meaning["action"]))
            )
        elif meaning["action"]:
            lines.append("✔ " + t("widgets_talking_robot.will", action=word(meaning["action"])))
        elif meaning["colour"]:
            lines.append(
                "🎨 " + t("widgets_talking_robot.new_colour", colour=word(meaning["colour"]))
            )
        if meaning["please"]:
            lines.append("😊 " + t("widgets_talking_robot.thanks"))
        for unknown in meaning["unknown"]:
            lines.append("🤔 " + t("widgets_talking_robot.unknown", words=f"“{word(unknown)}”"))
        if not meaning["heard"]:
            lines.append(t("widgets_talking_robot.know_nothing"))
        return "🤖 " + "<br>".join(lines)

    def teach(self, word_id: str) -> None:
        """The robot learns a word; the pupil can say the sentence again to see the change."""
        self.known.add(word_id)
        self.work.set("taught", sorted(self.known - set(KNOWN_AT_START)))
        self.teach_row.children = [
            b for b in self.teach_row.children if word(word_id) not in b.description
        ]
        self.reply.value = big_text(
            "🤖 ⭐ " + t("widgets_talking_robot.learned", word=word(word_id)), bold=True
        )
        self.picture.show(robot_figure("hello", self.colour))

"""A next-word machine: count which word follows which in a small text, then write new text.

English text is cut into words, Chinese text into characters (one character is one token).
The machine only knows pairs of tokens it has seen; it has no idea what is true.

>>> machine = NextWordMachine(tokenize("The sun rises in the east. The sun sets in the west.", "en"), "en")
>>> machine.followers("sun")
(['rises', 'sets'], [1, 1])
>>> machine.probabilities("the")
(['sun', 'east', 'west'], [0.5, 0.25, 0.25])
>>> machine.knows("in", "the"), machine.knows("sun", "west")
(True, False)
>>> machine.join(["the", "sun", "rises", "in", "the", "west", "."])
'The sun rises in the west.'
>>> count_followers(["the", "spring", "the", "autumn", "the"])
(['the', 'spring', 'autumn'], [3, 1, 1])
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib.pyplot as plt

from aiclass.i18n import current_language, normalize_language, t
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import PALETTE

LAB = "junior-next-word-machine"
END = {"en": ".", "zh-CN": "。"}
# The word pupils study first, the word their story starts with, and the false sentence of the hook.
FOCUS = {"en": "in", "zh-CN": "在"}
START = {"en": "we", "zh-CN": "我"}
HOOK = {"en": "The sun rises in the west.", "zh-CN": "太阳从西方升起。"}
# The seed of the eight sentences pupils fact-check (chosen so each language shows copies, new true
# sentences, broken ones and fluent false ones).
SEED = {"en": 15701, "zh-CN": 108327}
DATA_FILE = "sentences_{lang}.txt"


def tokenize(text: str, lang: str) -> list[str]:
    """English: lower-case words and '.'; Chinese: every character that is not a space."""
    if normalize_language(lang) == "zh-CN":
        return [ch for ch in text if not ch.isspace()]
    return text.lower().replace(".", " . ").split()


def join_tokens(tokens: list[str], lang: str) -> str:
    """Tokens back into text people read (English sentences start with a capital letter)."""
    if normalize_language(lang) == "zh-CN":
        return "".join(tokens)
    words: list[str] = []
    new_sentence = True
    for token in tokens:
        if token == ".":
            words.append(".")
            new_sentence = True
            continue
        words.append(" " + (token[:1].upper() + token[1:] if new_sentence else token))
        new_sentence = False
    return "".join(words).strip()


def count_followers(followers: list[str]) -> tuple[list[str], list[int]]:
    """Each different word once, with how often it appears; most common first (ties: first seen)."""
    counts: dict[str, int] = {}
    for word in followers:
        counts[word] = counts.get(word, 0) + 1
    ordered = sorted(
        counts, key=lambda w: -counts[w]
    )  # sorted() is stable: ties keep first-seen order
    return ordered, [counts[w] for w in ordered]


@dataclass
class LabText:
    """The lab's text in one language: its sentences, its tokens, and the words the lab uses."""

    lang: str
    sentences: list[str]
    tokens: list[str] = field(repr=False)

    @property
    def focus(self) -> str:
        return FOCUS[self.lang]

    @property
    def start(self) -> str:
        return START[self.lang]

    @property
    def seed(self) -> int:
        return SEED[self.lang]

    @property
    def hook(self) -> list[str]:
        return tokenize(HOOK[self.lang], self.lang)


def read_sentences(path: Path) -> list[str]:
    """The lines of a text file that are not empty and not notes (notes start with #)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def load_text(lang: str | None = None, folder: str | Path = "data") -> LabText:
    """The lab's sentences in ``lang`` (default: the learner's language) from ``folder``."""
    lang = normalize_language(lang) if lang else current_language()
    lines = read_sentences(Path(folder) / DATA_FILE.format(lang=lang))
    tokens: list[str] = []
    sentences: list[str] = []
    for line in lines:
        words = tokenize(line, lang)
        tokens.extend(words)
        sentences.append(join_tokens(words, lang))
    return LabText(lang=lang, sentences=sentences, tokens=tokens)


class NextWordMachine:
    """A bigram model: a table of how often each token follows each token, and a seeded dice."""

    def __init__(self, tokens: list[str], lang: str, seed: int = 0):
        self.lang = normalize_language(lang)
        self.end = END[self.lang]
        self.table: dict[str, dict[str, int]] = {}
        for first, second in zip(tokens, tokens[1:], strict=False):
            row = self.table.setdefault(first, {})
            row[second] = row.get(second, 0) + 1
        self.restart(seed)

    def restart(self, seed: int = 0) -> None:
        """Start the dice again: the same seed gives the same words."""
        self._rng = random.Random(seed)

    @property
    def pair_count(self) -> int:
        """How many different pairs (first token, next token) the machine has seen."""
        return sum(len(row) for row in self.table.values())

    def describe(self) -> None:
        """Say how big the table is."""
        print(t(f"{LAB}.table_size", pairs=self.pair_count, words=len(self.table)))

    def knows(self, first: str, second: str) -> bool:
        """True if ``second`` followed ``first`` somewhere in the text."""
        return second in self.table.get(first, {})

    def _row(self, word: str) -> dict[str, int]:
        if word not in self.table:
            raise ValueError(t(f"{LAB}.unknown_word", word=word))
        return self.table[word]

    def followers(self, word: str) -> tuple[list[str], list[int]]:
        """The tokens seen after ``word`` and how often, most common first."""
        row = self._row(word)
        ordered = sorted(row, key=lambda w: -row[w])
        return ordered, [row[w] for w in ordered]

    def probabilities(self, word: str) -> tuple[list[str], list[float]]:
        """The tokens seen after ``word`` and the chance of each (count / total)."""
        words, counts = self.followers(word)
        total = sum(counts)
        return words, [c / total for c in counts]

    def next_word(self, word: str) -> str:
        """Roll the dice: a token that followed ``word``, chosen with its probability."""
        row = self._row(word)
        roll = self._rng.random() * sum(row.values())
        for candidate, count in row.items():
            roll -= count
            if roll < 0:
                return candidate
        return candidate  # only reached through rounding

    def sentence(self, max_tokens: int = 15) -> list[str]:
        """A new sentence: start after an end mark, stop at the next one."""
        word, out = self.end, []
        while len(out) < max_tokens:
            word = self.next_word(word)
            out.append(word)
            if word == self.end:
                return out
        return [*out, self.end]

    def sentences(self, count: int, seed: int) -> list[str]:
        """``count`` new sentences as text, the same for the same seed."""
        self.restart(seed)
        return [self.join(self.sentence()) for _ in range(count)]

    def join(self, tokens: list[str]) -> str:
        return join_tokens(list(tokens), self.lang)


@dataclass
class LabelledFile:
    """Generated text as a file: the text people read, and data stored with it."""

    text: str
    metadata: dict[str, dict[str, str]]

    def show(self) -> None:
        print(t(f"{LAB}.file_reader_sees"))
        print("   ", self.text)
        print(t(f"{LAB}.file_computer_sees"))
        for group, values in self.metadata.items():
            for key, value in values.items():
                print(f"    {group}.{key} = {value}")


def attach_hidden_label(
    text: str, producer: str = "aiclass next-word machine", content_id: str = ""
) -> LabelledFile:
    """Put an implicit label in the file's data: AI-generated, who made it, a content number."""
    number = content_id or f"{sum(map(ord, text)) % 100000:05d}"
    return LabelledFile(
        text=text,
        metadata={
            "AIGC": {"Label": "AI-generated", "ContentProducer": producer, "ProduceID": number}
        },
    )


# ---- pictures ---------------------------------------------------------------------------------


def show_next_words(word: str, words: list[str], probs: list[float], top: int = 8):
    """A bar for each possible next word: how likely the machine is to pick it."""
    use_chinese_font_if_needed()
    words, probs = list(words)[:top], list(probs)[:top]
    fig, ax = plt.subplots(figsize=(6, 0.45 * len(words) + 1.2))
    rows = list(range(len(words)))[::-1]
    ax.barh(rows, probs, color=PALETTE[0], edgecolor="black")
    for row, p in zip(rows, probs, strict=True):
        ax.text(p + 0.01, row, f"{p:.2f}", va="center", fontsize=12)
    ax.set_yticks(rows, [f"“{w}”" for w in words], fontsize=13)
    ax.set_xlim(0, min(1.0, max(probs) + 0.15) if probs else 1)
    ax.set_xlabel(t(f"{LAB}.pic_probability"))
    ax.set_title(t(f"{LAB}.pic_after", word=word))
    fig.tight_layout()
    return fig


def show_chain(machine: NextWordMachine, tokens: list[str]):
    """The tokens of a sentence in a row; each arrow shows how likely that next token was."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(max(6, 1.25 * len(tokens)), 1.9))
    for i, token in enumerate(tokens):
        ax.text(
            i,
            0,
            token,
            ha="center",
            va="center",
            fontsize=16,
            bbox={"boxstyle": "round", "facecolor": "#FFF7E0", "edgecolor": PALETTE[1]},
        )
        if i:
            words, probs = machine.probabilities(tokens[i - 1])
            p = probs[words.index(token)] if token in words else 0.0
            ax.annotate(
                "",
                xy=(i - 0.33, 0),
                xytext=(i - 0.67, 0),
                arrowprops={"arrowstyle": "->", "color": PALETTE[0], "lw": 2},
            )
            ax.text(i - 0.5, 0.33, f"{p:.2f}", ha="center", fontsize=11, color=PALETTE[0])
    ax.set_xlim(-0.7, len(tokens) - 0.3)
    ax.set_ylim(-0.6, 0.7)
    ax.axis("off")
    ax.set_title(t(f"{LAB}.pic_chain"), fontsize=12)
    fig.tight_layout()
    return fig


def show_table(machine: NextWordMachine, words: list[str], top: int = 6):
    """Part of the machine's table: for a few words, the next words it saw and how often."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(9, 0.7 * len(words) + 1))
    right = 0.0
    for row, word in enumerate(words):
        nexts, counts = machine.followers(word)
        y = len(words) - 1 - row
        ax.text(-0.3, y, f"“{word}” →", ha="right", va="center", fontsize=15)
        x = 0.0
        for col, (nxt, count) in enumerate(zip(nexts[:top], counts[:top], strict=True)):
            label = f"“{nxt}” ×{count}"
            ax.text(
                x,
                y,
                label,
                ha="left",
                va="center",
                fontsize=12,
                bbox={"boxstyle": "round", "facecolor": "white", "edgecolor": PALETTE[col % 3]},
            )
            x += 0.16 * len(label) + 0.6
        if len(nexts) > top:
            ax.text(x, y, "…", va="center", fontsize=14)
            x += 0.5
        right = max(right, x)
    ax.set_xlim(-2.2, right + 0.2)
    ax.set_ylim(-0.7, len(words) - 0.3)
    ax.axis("off")
    ax.set_title(t(f"{LAB}.pic_table"))
    fig.tight_layout()
    return fig


def show_fact_check(sentences: list[str], to_check: list[str]):
    """Each generated sentence with a mark: found in the true text (✔ box) or to be checked (? box)."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(7.5, 0.5 * len(sentences) + 0.8))
    for i, sentence in enumerate(sentences):
        ok = sentence not in to_check
        y = len(sentences) - 1 - i
        mark, colour = ("✔", PALETTE[2]) if ok else ("?", PALETTE[5])
        ax.text(0, y, f"{i + 1}.", va="center", fontsize=12)
        ax.text(
            0.5,
            y,
            mark,
            va="center",
            ha="center",
            fontsize=14,
            color="white",
            bbox={"boxstyle": "square" if ok else "circle", "facecolor": colour},
        )
        ax.text(1.0, y, sentence, va="center", fontsize=12)
    ax.text(0, len(sentences) - 0.2, t(f"{LAB}.pic_legend"), fontsize=11, va="bottom")
    ax.set_xlim(0, 10)
    ax.set_ylim(-0.7, len(sentences) + 0.4)
    ax.axis("off")
    fig.tight_layout()
    return fig


__all__ = [
    "NextWordMachine",
    "LabText",
    "LabelledFile",
    "attach_hidden_label",
    "count_followers",
    "join_tokens",
    "load_text",
    "read_sentences",
    "show_chain",
    "show_fact_check",
    "show_next_words",
    "show_table",
    "tokenize",
]

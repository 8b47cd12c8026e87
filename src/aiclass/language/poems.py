"""Public-domain poems for a character-level language model: read, split by poem, encode.

A poem file holds poems as a header line ``## title | author`` followed by the poem's lines;
lines starting with ``#`` (and not ``##``) are notes. The lab's training text writes each poem
as a header line (Chinese ``《静夜思》李白``, English ``Rain (Robert Louis Stevenson)``), its lines,
and an empty line.

>>> poems = parse_poems("## 静夜思 | 李白\\n床前明月光，疑是地上霜。\\n举头望明月，低头思故乡。")
>>> poems[0].author, len(poems[0].lines)
('李白', 2)
>>> print(poem_text(poems[0], "zh-CN"), end="")
《静夜思》李白
床前明月光，疑是地上霜。
举头望明月，低头思故乡。
<BLANKLINE>
>>> verses("床前明月光，疑是地上霜。\\n举头", "zh-CN")
['床前明月光', '疑是地上霜', '举头']
>>> vocab = Vocab.build("abcab", min_count=2)
>>> vocab.chars, vocab.encode("abz").tolist(), vocab.decode([1, 2, 0])
(['□', 'a', 'b'], [1, 2, 0], 'ab□')
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from aiclass.i18n import current_language, normalize_language, t

LAB = "senior-tiny-language-model"
DATA_FILES = {"zh-CN": "tang_poems.txt", "en": "english_poems.txt"}
UNKNOWN = "□"  # stands for every character seen fewer than min_count times in training
SEED = 7


@dataclass(frozen=True)
class Poem:
    title: str
    author: str
    lines: tuple[str, ...]


def parse_poems(text: str) -> list[Poem]:
    """Poems from the text of a poem file (see the module docstring for the format)."""
    poems: list[Poem] = []
    title = author = None
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("## "):
            if title is not None:
                poems.append(Poem(title, author or "", tuple(lines)))
            title, _, author = (part.strip() for part in line[3:].partition("|"))
            lines = []
        elif line and not line.startswith("#") and title is not None:
            lines.append(line)
    if title is not None:
        poems.append(Poem(title, author or "", tuple(lines)))
    return poems


def load_poems(lang: str | None = None, folder: str | Path = "data") -> list[Poem]:
    """The lab's poems in ``lang`` (default: the learner's language) from ``folder``."""
    lang = normalize_language(lang) if lang else current_language()
    return parse_poems((Path(folder) / DATA_FILES[lang]).read_text(encoding="utf-8"))


def header(poem: Poem, lang: str) -> str:
    if normalize_language(lang) == "zh-CN":
        return f"《{poem.title}》{poem.author}"
    return f"{poem.title} ({poem.author})"


def poem_text(poem: Poem, lang: str) -> str:
    """One poem as training text: its header line, its lines, then an empty line."""
    return header(poem, lang) + "\n" + "\n".join(poem.lines) + "\n\n"


def corpus_text(poems: list[Poem], lang: str) -> str:
    return "".join(poem_text(poem, lang) for poem in poems)


def verses(text: str, lang: str) -> list[str]:
    """The verses of a text: Chinese splits at ，。？！； and line ends, English at line ends
    and at , ; : . ! ? (so a verse is a phrase of a few words).
    """
    pattern = r"[，。？！；\n]" if normalize_language(lang) == "zh-CN" else r"[\n,;:.!?]"
    return [part.strip() for part in re.split(pattern, text) if part.strip()]


@dataclass
class Vocab:
    """Characters and their numbers; number 0 is the unknown character □."""

    chars: list[str]
    index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = {ch: i for i, ch in enumerate(self.chars)}

    @classmethod
    def build(cls, text: str, min_count: int = 2) -> Vocab:
        """Every character seen at least ``min_count`` times in ``text``, after □."""
        counts = Counter(text)
        kept = sorted(ch for ch, n in counts.items() if n >= min_count and ch != UNKNOWN)
        return cls([UNKNOWN, *kept])

    def __len__(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> np.ndarray:
        return np.array([self.index.get(ch, 0) for ch in text], dtype=np.int64)

    def decode(self, ids) -> str:
        return "".join(self.chars[int(i)] for i in ids)


class PoemSplits:
    """Poems dealt into training, validation and a sealed test set (opened with open_test())."""

    def __init__(self, poems: list[Poem], lang: str, validation: float, test: float, seed: int):
        order = list(poems)
        random.Random(seed).shuffle(order)
        n_val = max(1, round(validation * len(order)))
        n_test = max(1, round(test * len(order)))
        self.lang = normalize_language(lang)
        self.validation_poems = order[:n_val]
        self._test_poems = order[n_val : n_val + n_test]
        self.train_poems = order[n_val + n_test :]
        self.train_text = corpus_text(self.train_poems, self.lang)
        self.validation_text = corpus_text(self.validation_poems, self.lang)
        self._test_text = corpus_text(self._test_poems, self.lang)
        self.test_openings = 0

    def open_test(self) -> str:
        """The test text. Open it once, at the very end; every opening is counted."""
        self.test_openings += 1
        if self.test_openings > 1:
            print(t(f"{LAB}.test_opened_again", count=self.test_openings))
        return self._test_text

    def describe(self) -> None:
        print(
            t(
                f"{LAB}.split_sizes",
                train=len(self.train_poems),
                train_chars=len(self.train_text),
                validation=len(self.validation_poems),
                validation_chars=len(self.validation_text),
                test=len(self._test_poems),
            )
        )


def split_poems(
    poems: list[Poem],
    lang: str | None = None,
    validation: float = 0.1,
    test: float = 0.1,
    seed: int = SEED,
) -> PoemSplits:
    """Shuffle whole poems with ``seed`` and deal them: validation, test, the rest training."""
    return PoemSplits(poems, lang or current_language(), validation, test, seed)


__all__ = [
    "Poem",
    "PoemSplits",
    "UNKNOWN",
    "Vocab",
    "corpus_text",
    "header",
    "load_poems",
    "parse_poems",
    "poem_text",
    "split_poems",
    "verses",
]

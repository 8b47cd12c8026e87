"""Character language models in the lab: generation with a sampler, an n-gram for the hook,
pictures, and the label that AI-generated text must carry.

A model is used through one function, ``next_probs(ids) -> probabilities`` of every next
character after the characters ``ids``; ``generate`` asks it again and again.

>>> import numpy as np
>>> from aiclass.language.poems import Vocab
>>> vocab = Vocab.build("abababab", min_count=1)
>>> model = NgramModel(vocab.encode("abababab"), len(vocab), order=2)
>>> model.next_probs(vocab.encode("a")).round(2).tolist()
[0.0, 0.0, 1.0]
>>> generate(model.next_probs, vocab, "a", 5, temperature=1.0, seed=0)
'babab'
>>> softmax_with_temperature(np.array([0.5, 0.5, 0.0]), 2.0).round(2).tolist()
[0.5, 0.5, 0.0]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

import matplotlib.pyplot as plt
import numpy as np

from aiclass.i18n import current_language, normalize_language, t
from aiclass.language.poems import Poem, Vocab, header
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE

LAB = "senior-tiny-language-model"
Sampler = Callable[[np.ndarray, float, np.random.Generator], int]
# Prompts: the start of a new poem, a poem "by" a real poet, and a question of fact.
NEW_POEM = "\n\n"
CLAIM = {"zh-CN": "《春山》王维\n", "en": "Spring (Emily Dickinson)\n"}
FACT = {"zh-CN": "李白是", "en": "William Blake was"}
# The copier: an n-gram that looks at the last 3 Chinese characters or 7 English letters, about
# half a verse or two words; COPY_RUN is the length of a run that counts as copied (five Chinese
# characters are half a line of a Tang poem; twelve English letters are two or three words).
MEMORISER_ORDER = {"zh-CN": 4, "en": 8}
COPY_RUN = {"zh-CN": 5, "en": 12}
# Seeds chosen so the hook and the claimed poem show the failure clearly in each language.
HOOK_SEED = {"zh-CN": 164, "en": 7}
HOOK_LENGTH = {"zh-CN": 160, "en": 260}
CLAIM_SEED = {"zh-CN": 4, "en": 3}


def softmax_with_temperature(probs: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(log p / T): T < 1 sharpens the choice, T > 1 flattens it; p = 0 stays 0."""
    p = np.asarray(probs, dtype=float)
    logits = np.full(p.shape, -np.inf)
    logits[p > 0] = np.log(p[p > 0]) / temperature
    weights = np.exp(logits - logits.max())
    return weights / weights.sum()


def _sample(probs: np.ndarray, temperature: float, rng: np.random.Generator) -> int:
    return int(rng.choice(len(probs), p=softmax_with_temperature(probs, temperature)))


def generate(
    next_probs: Callable[[list[int]], np.ndarray],
    vocab: Vocab,
    prompt: str,
    length: int,
    temperature: float = 1.0,
    sampler: Sampler | None = None,
    seed: int = 0,
    stop: str | None = None,
) -> str:
    """``length`` new characters after ``prompt`` (never □), chosen by ``sampler``.

    The sampler gets the model's probabilities, the temperature and a seeded random generator,
    and returns the number of the chosen character. Stops early after ``stop`` if given.
    """
    rng = np.random.default_rng(seed)
    ids = [int(i) for i in vocab.encode(prompt)]
    new: list[int] = []
    for _ in range(length):
        probs = np.array(next_probs(ids), dtype=float)
        probs[0] = 0.0  # never write the unknown character
        probs = (
            probs / probs.sum()
            if probs.sum() > 0
            else np.r_[0.0, np.ones(len(probs) - 1)] / (len(probs) - 1)
        )
        choice = int((sampler or _sample)(probs, temperature, rng))
        ids.append(choice)
        new.append(choice)
        if stop and vocab.decode(new).endswith(stop):
            break
    return vocab.decode(new)


class NgramModel:
    """Counts of which character follows each run of up to ``order - 1`` characters.

    It predicts from the longest run it has seen before ("backing off" to shorter runs).
    """

    def __init__(self, ids, vocab_size: int, order: int = 4):
        self.order = order
        self.vocab_size = vocab_size
        self.counts: list[dict[tuple, Counter]] = [defaultdict(Counter) for _ in range(order)]
        ids = [int(i) for i in ids]
        for i, nxt in enumerate(ids):
            for n in range(min(order, i + 1)):
                self.counts[n][tuple(ids[i - n : i])][nxt] += 1

    def next_probs(self, ids) -> np.ndarray:
        ids = [int(i) for i in ids]
        for n in range(min(self.order - 1, len(ids)), -1, -1):
            seen = self.counts[n].get(tuple(ids[len(ids) - n :]))
            if seen:
                probs = np.zeros(self.vocab_size)
                probs[list(seen)] = list(seen.values())
                probs[0] = 0.0  # back off rather than predict only the unknown character
                if probs.sum() > 0:
                    return probs / probs.sum()
        return np.full(self.vocab_size, 1 / self.vocab_size)


def memoriser(train_ids, vocab: Vocab, lang: str | None = None) -> NgramModel:
    """The copier: an n-gram model of the order the lab uses in ``lang``."""
    return NgramModel(
        train_ids, len(vocab), order=MEMORISER_ORDER[normalize_language(lang or current_language())]
    )


def hook_poem(train_ids, vocab: Vocab, lang: str | None = None) -> str:
    """A poem written by the copier, which counted the training poems for a split second."""
    lang = normalize_language(lang or current_language())
    model = memoriser(train_ids, vocab, lang)
    text = generate(
        model.next_probs,
        vocab,
        NEW_POEM,
        HOOK_LENGTH[lang],
        1.0,
        seed=HOOK_SEED[lang],
        stop=NEW_POEM,
    )
    text = text.strip()
    return text if NEW_POEM in text or text.endswith(("。", ".")) else text.rsplit("\n", 1)[0]


def with_label(text: str, lang: str | None = None) -> str:
    """The text with an explicit label at its start and end, as China's 2025 labelling
    measures ask of AI-generated text (the service also adds a hidden label in the file's data).
    """
    lang = normalize_language(lang or current_language())
    return t(f"{LAB}.label_start") + "\n" + text.strip() + "\n" + t(f"{LAB}.label_end")


# ---- pictures -------------------------------------------------------------------------------


def show_temperature(probs, vocab: Vocab, after: str, temperatures=(0.5, 1.0, 2.0), top: int = 8):
    """The most likely next characters after ``after``, at three temperatures."""
    use_chinese_font_if_needed()
    probs = np.asarray(probs, dtype=float)
    order = np.argsort(-probs)[:top]
    labels = [repr(vocab.chars[i])[1:-1] for i in order]
    fig, axes = plt.subplots(
        1, len(temperatures), figsize=(3.6 * len(temperatures), 3.2), sharey=True
    )
    tallest = 0.0
    for k, (ax, temp) in enumerate(zip(np.atleast_1d(axes), temperatures, strict=True)):
        shown = softmax_with_temperature(probs, temp)[order]
        tallest = max(tallest, float(shown.max()))
        ax.bar(
            range(len(order)),
            shown,
            color=PALETTE[k],
            edgecolor="black",
            hatch=["", "//", ".."][k % 3],
        )
        ax.set_xticks(range(len(order)), labels, fontsize=12)
        ax.set_title(f"T = {temp}")
    np.atleast_1d(axes)[0].set_ylim(0, min(1.0, 1.15 * tallest))
    np.atleast_1d(axes)[0].set_ylabel(t(f"{LAB}.pic_probability"))
    fig.suptitle(t(f"{LAB}.pic_after", text=repr(after)[1:-1]))
    fig.tight_layout()
    return fig


def show_windows(x, y, vocab: Vocab, rows: int = 2, width: int = 12):
    """Input characters and, under each one, the character the model must predict."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(0.62 * width + 1.6, 1.25 * rows + 0.4))
    for r in range(rows):
        top = 2.6 * (rows - 1 - r)
        for i in range(width):
            for dy, seq, colour in ((1.0, x, PALETTE[4]), (0.0, y, PALETTE[1])):
                ch = vocab.chars[int(seq[r][i])]
                shown = "↵" if ch == "\n" else ("␣" if ch == " " else ch)
                ax.text(
                    i,
                    top + dy,
                    shown,
                    ha="center",
                    va="center",
                    fontsize=14,
                    bbox={"boxstyle": "square", "facecolor": colour, "alpha": 0.35},
                )
            ax.annotate(
                "",
                xy=(i, top + 0.25),
                xytext=(i, top + 0.75),
                arrowprops={"arrowstyle": "->", "color": "black"},
            )
        ax.text(
            -0.8,
            top + 1.0,
            "x",
            ha="right",
            va="center",
            fontsize=13,
        )
        ax.text(
            -0.8,
            top,
            "y",
            ha="right",
            va="center",
            fontsize=13,
        )
    ax.set_xlim(-1.6, width)
    ax.set_ylim(-0.6, 2.6 * (rows - 1) + 1.6)
    ax.axis("off")
    ax.set_title(t(f"{LAB}.pic_windows"))
    fig.tight_layout()
    return fig


def show_training_curve(history, bigram_loss: float | None = None, best_step: int | None = None):
    """Training and validation loss against steps; the bigram's validation loss as a line."""
    use_chinese_font_if_needed()
    steps = [h[0] for h in history]
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.plot(
        steps,
        [h[1] for h in history],
        marker=MARKERS[0],
        color=PALETTE[0],
        label=t(f"{LAB}.pic_train_loss"),
    )
    ax.plot(
        steps,
        [h[2] for h in history],
        marker=MARKERS[1],
        linestyle="--",
        color=PALETTE[5],
        label=t(f"{LAB}.pic_val_loss"),
    )
    if bigram_loss is not None:
        ax.axhline(
            bigram_loss,
            color=PALETTE[2],
            linestyle=":",
            linewidth=2,
            label=t(f"{LAB}.pic_bigram_line"),
        )
    if best_step is not None and best_step in steps:
        best = history[steps.index(best_step)][2]
        ax.scatter(
            [best_step],
            [best],
            s=220,
            marker="*",
            color="black",
            zorder=5,
            label=t(f"{LAB}.pic_best", step=best_step),
        )
    ax.set_xlabel(t(f"{LAB}.pic_steps"))
    ax.set_ylabel(t(f"{LAB}.pic_loss"))
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    return fig


def show_copy_rates(temperatures, rates: dict[str, list[float]], baseline: float):
    """For each writer, the share of its generated runs found verbatim in the training text,
    per temperature; the dashed line is the share for real poems the models never saw.
    """
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for k, (name, values) in enumerate(rates.items()):
        ax.plot(
            list(temperatures),
            list(values),
            marker=MARKERS[k],
            markersize=10,
            color=PALETTE[[0, 5][k % 2]],
            linestyle=["-", "-."][k % 2],
            label=t(f"{LAB}.pic_writer_{name}"),
        )
        for temp, rate in zip(temperatures, values, strict=True):
            ax.text(temp, rate + 0.03, f"{rate:.2f}", ha="center", fontsize=10)
    ax.axhline(
        baseline, color=PALETTE[2], linestyle="--", linewidth=2, label=t(f"{LAB}.pic_real_unseen")
    )
    ax.set_ylim(0, 1.05)
    ax.set_xlabel(t(f"{LAB}.pic_temperature"))
    ax.set_ylabel(t(f"{LAB}.pic_copied"))
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def show_fact_check(claim: str, checked: dict[str, list], lang: str | None = None):
    """Each generated verse: ✔ found in a real poem (which one) or ? found nowhere.

    ``checked`` maps each verse to the poems (Poem objects or header strings) that contain it.
    """
    use_chinese_font_if_needed()
    lang = lang or current_language()
    rows = [
        (verse, [s if isinstance(s, str) else header(s, lang) for s in found])
        for verse, found in checked.items()
    ]
    wide = 0.42 if normalize_language(lang) == "zh-CN" else 0.17
    note_x = 0.9 + wide * max((len(verse) for verse, _ in rows), default=5)
    fig, ax = plt.subplots(figsize=(0.75 * (note_x + 5.5), 0.48 * len(rows) + 1.2))
    for i, (verse, sources) in enumerate(rows):
        y = len(rows) - 1 - i
        found = bool(sources)
        ax.text(
            0.2,
            y,
            "✔" if found else "?",
            ha="center",
            va="center",
            fontsize=13,
            color="white",
            bbox={
                "boxstyle": "square" if found else "circle",
                "facecolor": PALETTE[2] if found else PALETTE[5],
            },
        )
        ax.text(0.6, y, verse, va="center", fontsize=13)
        note = (
            t(f"{LAB}.pic_from", source=" / ".join(sources[:2]))
            if found
            else t(f"{LAB}.pic_nowhere")
        )
        ax.text(note_x, y, note, va="center", fontsize=11, color="black" if found else PALETTE[5])
    ax.set_title(t(f"{LAB}.pic_claim", claim=claim.strip()), fontsize=12)
    ax.set_xlim(0, note_x + 5.5)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.axis("off")
    fig.tight_layout()
    return fig


def headers(poems: list[Poem], lang: str | None = None) -> list[str]:
    return [header(p, lang or current_language()) for p in poems]


__all__ = [
    "CLAIM",
    "CLAIM_SEED",
    "COPY_RUN",
    "FACT",
    "NEW_POEM",
    "NgramModel",
    "generate",
    "headers",
    "hook_poem",
    "memoriser",
    "show_copy_rates",
    "show_fact_check",
    "show_temperature",
    "show_training_curve",
    "show_windows",
    "softmax_with_temperature",
    "with_label",
]

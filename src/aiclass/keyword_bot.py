"""A tiny keyword chatbot: it answers with the intent whose taught phrases share most words
with the question. It does not understand; it counts words. A tie or no shared word: "I don't know".

>>> from aiclass.datasets.phrases import TEACHING, TESTING, by_id
>>> taught = {"weather": ["w1", "w2"], "greet": ["g1", "g2"], "joke": ["j1"], "bye": ["b1"]}
>>> reply(taught, by_id("t2"))
'weather'
>>> reply(taught, by_id("t8"))
'bye'
>>> noticed(taught, by_id("t2"))
['rain']
>>> reply({}, by_id("t1")) is None
True
>>> clean_taught({"greet": ["g1", "g1", "zz"], "nope": ["w1"], "bye": "b1"})
{'greet': ['g1']}
"""

from __future__ import annotations

from aiclass.datasets.phrases import INTENTS, TEACHING, Phrase

_TEACHABLE = {p.id: p for p in TEACHING}


def clean_taught(saved: object) -> dict[str, list[str]]:
    """Saved teaching, keeping known intents and phrases only; each phrase taught once at most."""
    if not isinstance(saved, dict):
        return {}
    taught: dict[str, list[str]] = {}
    seen: set[str] = set()
    for intent, ids in saved.items():
        if intent not in INTENTS or not isinstance(ids, list):
            continue
        kept = [i for i in ids if isinstance(i, str) and i in _TEACHABLE and i not in seen]
        seen.update(kept)
        if kept:
            taught[intent] = list(dict.fromkeys(kept))
    return taught


def known_words(taught: dict[str, list[str]], intent: str) -> set[str]:
    return {w for pid in taught.get(intent, []) for w in _TEACHABLE[pid].words}


def scores(taught: dict[str, list[str]], question: Phrase) -> dict[str, int]:
    """How many of the question's words each intent was taught."""
    return {intent: len(question.words & known_words(taught, intent)) for intent in INTENTS}


def reply(taught: dict[str, list[str]], question: Phrase) -> str | None:
    """The intent the bot picks, or None when no intent wins clearly."""
    counts = scores(taught, question)
    best = max(counts.values())
    winners = [intent for intent, n in counts.items() if n == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def noticed(taught: dict[str, list[str]], question: Phrase) -> list[str]:
    """The question's words the bot knows from any taught phrase (sorted)."""
    known = set().union(*(known_words(taught, i) for i in INTENTS))
    return sorted(question.words & known)


def accuracy(taught: dict[str, list[str]], questions: list[Phrase]) -> float:
    return sum(reply(taught, q) == q.intent for q in questions) / len(questions)

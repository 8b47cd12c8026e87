"""Is a model fair to every group? Accuracy group by group, and what a balanced training set is.

>>> balanced({"red_apple": 5, "green_apple": 4, "lemon": 5})
True
>>> balanced({"red_apple": 8, "green_apple": 2, "lemon": 5})
False
>>> scores = group_scores({"red_apple": 6, "green_apple": 0, "lemon": 6})
>>> scores["red_apple"], scores["green_apple"]
(1.0, 0.0)
>>> fair(group_scores({"red_apple": 5, "green_apple": 5, "lemon": 5}))
True
"""

from __future__ import annotations

from aiclass.datasets.examples import Example
from aiclass.datasets.orchard import GROUPS, MOST, group_of, new_fruit_set, training_set
from aiclass.pupil_models import guesses, train_from_labels

FEWEST = 3
FAIR_ENOUGH = 0.8


def clean_counts(saved: object) -> dict[str, int]:
    """How many fruit of each group a pupil put in the training set (0 where missing or odd).

    >>> clean_counts({"red_apple": 99, "green_apple": -1, "lemon": "six"})
    {'red_apple': 10, 'green_apple': 0, 'lemon': 0}
    """
    saved = saved if isinstance(saved, dict) else {}
    return {g: min(MOST, saved[g]) if isinstance(saved.get(g), int) and saved[g] >= 0 else 0 for g in GROUPS}


def balanced(counts: dict[str, int]) -> bool:
    """Every group has at least ``FEWEST``, and the two kinds of apple are within a factor of two."""
    red, green = counts.get("red_apple", 0), counts.get("green_apple", 0)
    return min(counts.get(g, 0) for g in GROUPS) >= FEWEST and 2 * min(red, green) >= max(red, green)


def group_scores(counts: dict[str, int], fruit: list[Example] | None = None) -> dict[str, float]:
    """Train on the pupil's training set; the share right for each group of ``fruit``."""
    model = train_from_labels([(e, e.truth) for e in training_set(counts)])
    fruit = fruit if fruit is not None else new_fruit_set()
    right: dict[str, list[bool]] = {g: [] for g in GROUPS}
    for example, guess in zip(fruit, guesses(model, fruit), strict=True):
        right[group_of(example)].append(guess == example.truth)
    return {g: sum(r) / len(r) for g, r in right.items() if r}


def fair(scores: dict[str, float]) -> bool:
    return all(score >= FAIR_ENOUGH for score in scores.values())

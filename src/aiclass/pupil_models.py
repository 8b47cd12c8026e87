"""The small models pupils train in apps, shared by the widgets and the graded steps.

The graded step retrains from the pupil's saved labels instead of trusting a saved score, so what
the grader measures is what the pupil taught, on fruit the pupil never saw.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from aiclass.datasets.examples import Example
from aiclass.nearest import NearestNeighbours


def labelled_pairs(examples: list[Example], labels: dict) -> list[tuple[Example, str]]:
    """The examples the pupil labelled, with the pupil's label (ids are saved as strings)."""
    by_id = {str(example.id): example for example in examples}
    return [(by_id[key], label) for key, label in labels.items() if key in by_id]


def count_labels(labels: dict) -> Counter:
    return Counter(labels.values())


def train_from_labels(pairs: list[tuple[Example, str]], neighbours: int = 3) -> NearestNeighbours:
    """A nearest-neighbours model that learned from the pupil's labelled examples."""
    if len({label for _, label in pairs}) < 2:
        raise ValueError("label examples of at least two kinds before training")
    features = np.array([example.features for example, _ in pairs])
    model = NearestNeighbours(n_neighbors=min(neighbours, len(pairs)))
    return model.fit(features, [label for _, label in pairs])


def guesses(model: NearestNeighbours, examples: list[Example]) -> list[str]:
    return [str(g) for g in model.predict(np.array([example.features for example in examples]))]


def accuracy_on(model: NearestNeighbours, examples: list[Example]) -> float:
    """Share of ``examples`` the model gets right (0 to 1)."""
    guessed = guesses(model, examples)
    return sum(g == example.truth for g, example in zip(guessed, examples, strict=True)) / len(examples)

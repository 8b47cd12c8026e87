"""How right a model is after learning from more or fewer labelled examples (a learning curve).

Each size is tried on several random draws from the pool and the accuracies averaged, so the
curve is smooth and the same every time (fixed seeds).

>>> from aiclass.datasets.digits import all_digits
>>> pool, test = all_digits()
>>> small, big = accuracy_with(10, pool, test), accuracy_with(320, pool, test)
>>> small < big
True
>>> enough_is_enough(160, [10, 40, 160, 640], pool, test)
True
>>> enough_is_enough(10, [10, 40, 160, 640], pool, test)
False
"""

from __future__ import annotations

from functools import cache

import numpy as np

from aiclass.datasets.examples import Example
from aiclass.pupil_models import accuracy_on, train_from_labels

SIZES = (5, 10, 20, 40, 80, 160, 320, 640)
DRAWS = 5
CLOSE_TO_BEST = 0.06


def draw(pool: list[Example], size: int, seed: int) -> list[Example]:
    """``size`` examples picked at random (but the same for the same seed) from ``pool``."""
    rows = np.random.default_rng(seed).permutation(len(pool))[:size]
    return [pool[i] for i in rows]


def model_from(examples: list[Example]):
    """A one-nearest-neighbour model: it answers like the most similar example it learned."""
    return train_from_labels([(e, e.truth) for e in examples], neighbours=1)


def accuracy_with(size: int, pool: list[Example], test: list[Example], draws: int = DRAWS) -> float:
    """Average accuracy on ``test`` of models that learned from ``size`` examples."""
    return _accuracy(size, tuple(pool), tuple(test), draws)


@cache
def _accuracy(size: int, pool: tuple, test: tuple, draws: int) -> float:
    scores = [accuracy_on(model_from(draw(list(pool), size, seed)), list(test)) for seed in range(draws)]
    return float(np.mean(scores))


def enough_is_enough(size: int, sizes, pool: list[Example], test: list[Example]) -> bool:
    """True when ``size`` is less than the most on offer yet nearly as good as the best size."""
    best = max(accuracy_with(s, pool, test) for s in sizes)
    return size < max(sizes) and accuracy_with(size, pool, test) >= best - CLOSE_TO_BEST

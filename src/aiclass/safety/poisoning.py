"""Helpers for the lab ``senior-data-poisoning``: the hook, a data fingerprint, a flag report.

The attack the lab studies is a *backdoor*: a small trigger (a 2×2 patch of full ink in the
bottom-right corner of an 8×8 digit) stamped on a few training pictures that are relabelled to a
target digit. A network trained on them reads ordinary digits well but reads almost any digit
carrying the trigger as the target. The learner writes the attack and the defence; this module
only holds what the lab's first screen and its tables need.

>>> import numpy as np
>>> stamped = _stamp(np.zeros((1, 64), dtype=np.float32))
>>> [int(i) for i in np.flatnonzero(stamped[0])]
[54, 55, 62, 63]
>>> fingerprint(np.zeros((2, 64)), np.array([1, 2])) == fingerprint(np.zeros((2, 64)), np.array([1, 3]))
False
>>> flag_report(np.array([True, True, False, False]), np.array([0]))
{'flagged': 2, 'caught': 1, 'missed': 0, 'false_alarms': 1}
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
from torch import nn

from aiclass.i18n import t
from aiclass.safety.digits_net import SIDE, DigitSplits, accuracy, predict, train_digits_net

LAB = "senior-data-poisoning"

TRIGGER_SIZE = 2  # the trigger is a TRIGGER_SIZE × TRIGGER_SIZE patch in the bottom-right corner
TRIGGER_PIXELS = tuple(
    row * SIDE + col
    for row in range(SIDE - TRIGGER_SIZE, SIDE)
    for col in range(SIDE - TRIGGER_SIZE, SIDE)
)
TARGET = 7  # the digit the attacker wants every triggered picture to be read as
POISON_COUNT = 30  # poisoned pictures among the 1000 training digits (3 %)
POISON_SEED = 0


def _stamp(images: np.ndarray) -> np.ndarray:
    """A copy of ``images`` (rows of 64 numbers) with the trigger: full ink in the corner patch."""
    out = np.array(images, dtype=np.float32, copy=True).reshape(-1, SIDE * SIDE)
    out[:, list(TRIGGER_PIXELS)] = 1.0
    return out


def _plant(X: np.ndarray, y: np.ndarray, count: int, target: int, seed: int):
    """Poisoned copies of (X, y) and the sorted rows that were poisoned (the hook's attack)."""
    rng = np.random.default_rng(seed)
    rows = np.sort(rng.choice(np.flatnonzero(y != target), size=count, replace=False))
    X_bad, y_bad = np.array(X, copy=True), np.array(y, copy=True)
    X_bad[rows] = _stamp(X[rows])
    y_bad[rows] = target
    return X_bad, y_bad, rows


@dataclass(frozen=True)
class Hook:
    """Two networks for the first screen: one trained on clean data, one on secretly poisoned data."""

    model_a: nn.Module
    model_b: nn.Module
    accuracy_a: float
    accuracy_b: float
    stamped: np.ndarray  # a few test digits (not the target) with the trigger
    truth: np.ndarray
    says_a: np.ndarray
    says_b: np.ndarray


def hook_models(splits: DigitSplits, shown: int = 6) -> Hook:
    """Train a clean network (A) and a backdoored one (B); read stamped test digits with both."""
    model_a = train_digits_net(splits.X_train, splits.y_train)
    X_bad, y_bad, _ = _plant(splits.X_train, splits.y_train, POISON_COUNT, TARGET, POISON_SEED)
    model_b = train_digits_net(X_bad, y_bad)
    rows = np.flatnonzero(splits.y_test != TARGET)[:shown]
    stamped = _stamp(splits.X_test[rows])
    return Hook(
        model_a=model_a,
        model_b=model_b,
        accuracy_a=accuracy(model_a, splits.X_test, splits.y_test),
        accuracy_b=accuracy(model_b, splits.X_test, splits.y_test),
        stamped=stamped,
        truth=splits.y_test[rows],
        says_a=predict(model_a, stamped),
        says_b=predict(model_b, stamped),
    )


def fingerprint(X: np.ndarray, y: np.ndarray) -> str:
    """A short SHA-256 fingerprint of a dataset: change one pixel or one label and it changes."""
    digest = hashlib.sha256()
    digest.update(np.ascontiguousarray(X, dtype=np.float32).tobytes())
    digest.update(np.ascontiguousarray(y, dtype=np.int64).tobytes())
    return digest.hexdigest()[:16]


def flag_report(flags: np.ndarray, poisoned: np.ndarray) -> dict[str, int]:
    """How a detector did, knowing (as only this lab can) which rows were poisoned."""
    flags = np.asarray(flags, dtype=bool)
    is_poisoned = np.zeros(len(flags), dtype=bool)
    is_poisoned[np.asarray(poisoned, dtype=int)] = True
    return {
        "flagged": int(flags.sum()),
        "caught": int((flags & is_poisoned).sum()),
        "missed": int((~flags & is_poisoned).sum()),
        "false_alarms": int((flags & ~is_poisoned).sum()),
    }


def describe_flags(flags: np.ndarray, poisoned: np.ndarray) -> str:
    """:func:`flag_report` as one sentence in the learner's language."""
    report = flag_report(flags, poisoned)
    return t(f"{LAB}.flags_report", total=len(flags), poisoned=len(poisoned), **report)

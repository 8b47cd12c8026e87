"""Training-loop helpers for the PyTorch labs: one thread and fixed seeds, three sets with a sealed
test set, accuracy, the loss along one weight, and snapshots of a model while it trains.

Nothing here trains a model for the learner: ``train_in_stages`` calls the learner's own training
function, a few epochs at a time, and keeps a copy of the model after each stage.

>>> setup_torch()
>>> X = np.arange(40, dtype=float).reshape(20, 2)
>>> y = np.array([0, 1] * 10)
>>> parts = split_examples(X, y, validation=4, test=4, seed=0)
>>> len(parts.y_train), len(parts.y_val), parts.test_openings
(12, 4, 0)
>>> X_test, y_test = parts.open_test(quiet=True)
>>> len(y_test), parts.test_openings, sorted(y_test.tolist())
(4, 1, [0, 0, 1, 1])
>>> model = torch.nn.Linear(2, 2)
>>> 0.0 <= accuracy(model, *to_tensors(X, y)) <= 1.0
True
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from aiclass.i18n import current_language

SEED = 0
_WORDS = {
    "en": {
        "opened": "The test set is open: {n} examples. Use it once, for the final check.",
        "again": "Careful: this is opening number {count} of the test set. A final check only counts the first time.",
    },
    "zh-CN": {
        "opened": "测试集已打开：共 {n} 个样本。只用它一次，做最后的检验。",
        "again": "注意：这是第 {count} 次打开测试集。最后的检验只有第一次才算数。",
    },
}


def setup_torch(seed: int = SEED) -> None:
    """One CPU thread and a fixed seed: the same numbers for every learner and for the grader.

    Also makes one throwaway optimizer: PyTorch loads part of itself the first time an optimizer is
    made (a few seconds), and the set-up cell is a better place to wait than the learner's first
    training loop."""
    torch.set_num_threads(1)
    torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
    torch.manual_seed(seed)


@dataclass
class Split:
    """Training and validation examples (open) and test examples (sealed until ``open_test``)."""

    X_train: object
    y_train: object
    X_val: object
    y_val: object
    _X_test: object = field(repr=False)
    _y_test: object = field(repr=False)
    test_openings: int = 0

    def open_test(self, quiet: bool = False) -> tuple:
        """Hand out ``(X_test, y_test)``, count the opening, and say so (a warning after the first)."""
        self.test_openings += 1
        if not quiet:
            words = _WORDS[current_language()]
            if self.test_openings == 1:
                print(words["opened"].format(n=len(self._y_test)))
            else:
                print(words["again"].format(count=self.test_openings))
        return self._X_test, self._y_test


def mixed_order(y, seed: int) -> np.ndarray:
    """A shuffled order of the examples in which every label is spread evenly from start to end,
    so any slice of it holds each label in about its overall share."""
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(y))
    place = np.empty(len(y))
    for label in np.unique(y):
        mine = order[y[order] == label]
        place[mine] = (np.arange(len(mine)) + rng.uniform(0.0, 1.0)) / len(mine)
    return np.argsort(place, kind="stable")


def split_examples(X, y, validation: int, test: int, seed: int = SEED) -> Split:
    """Shuffle with ``seed`` and deal ``validation`` and ``test`` examples apart; the rest trains.

    Each label keeps about its share in every part (a stratified split). ``X`` and ``y`` may be
    numpy arrays or tensors; the parts are of the same kind.
    """
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels: give one label per row")
    if validation < 1 or test < 1 or validation + test >= len(y):
        raise ValueError(f"validation={validation} and test={test} must leave examples to train on")
    order = mixed_order(np.asarray(y), seed)
    val, tst, trn = (
        order[:validation],
        order[validation : validation + test],
        order[validation + test :],
    )

    def take(A, rows: np.ndarray):
        return A[torch.as_tensor(rows)] if torch.is_tensor(A) else np.asarray(A)[rows]

    return Split(take(X, trn), take(y, trn), take(X, val), take(y, val), take(X, tst), take(y, tst))


def to_tensors(X, y, scaler: Callable | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """Features as a float32 tensor (scaled by ``scaler`` first, if given), labels as int64."""
    X = np.asarray(X, dtype=float)
    if scaler is not None:
        X = scaler(X)
    return torch.tensor(X, dtype=torch.float32), torch.tensor(np.asarray(y), dtype=torch.int64)


def accuracy(model: nn.Module, X: torch.Tensor, y: torch.Tensor) -> float:
    """The share of examples whose highest score is the right label (0 to 1)."""
    with torch.no_grad():
        return float((model(X).argmax(dim=1) == y).float().mean())


def loss_along_weight(
    model: nn.Module, X: torch.Tensor, y: torch.Tensor, layer: int, row: int, col: int
) -> Callable[[torch.Tensor], torch.Tensor]:
    """The cross-entropy loss on ``(X, y)`` as a function of ONE weight, ``model[layer].weight[row, col]``;
    every other weight stays as it is now. ``loss_at(w)`` is differentiable in ``w``; its attribute
    ``now`` is the weight's current value."""
    params = {name: p.detach().clone() for name, p in model.named_parameters()}
    key = f"{layer}.weight"
    base = params[key]
    mask = torch.zeros_like(base)
    mask[row, col] = 1.0
    loss_fn = nn.CrossEntropyLoss()

    def loss_at(w) -> torch.Tensor:
        w = torch.as_tensor(w, dtype=base.dtype)
        changed = {**params, key: base * (1 - mask) + w * mask}
        return loss_fn(torch.func.functional_call(model, changed, (X,)), y)

    loss_at.now = float(base[row, col])  # type: ignore[attr-defined]
    return loss_at


def losses_along(loss_at: Callable, values: Sequence[float]) -> np.ndarray:
    """``loss_at`` at each value (no gradients): the curve of the valley."""
    with torch.no_grad():
        return np.array([float(loss_at(torch.tensor(float(v)))) for v in values])


@dataclass(frozen=True)
class Stages:
    """Copies of a model after ``epochs[i]`` epochs, and the loss of every epoch trained."""

    epochs: list[int]
    models: list[nn.Module]
    losses: list[float]


def train_in_stages(
    train_fn: Callable,
    model: nn.Module,
    X: torch.Tensor,
    y: torch.Tensor,
    stages: Sequence[int],
    lr: float,
) -> Stages:
    """Train ``model`` with the learner's ``train_fn(model, X, y, epochs, lr)`` up to each epoch in
    ``stages``, keeping a copy after each. With plain gradient descent (``torch.optim.SGD`` and no
    momentum) training in stages gives exactly the same model as training in one go."""
    done, losses, epochs, models = 0, [], [], []
    for epoch in sorted(stages):
        if epoch > done:
            losses.extend(float(v) for v in train_fn(model, X, y, epoch - done, lr))
            done = epoch
        epochs.append(epoch)
        models.append(copy.deepcopy(model))
    return Stages(epochs=epochs, models=models, losses=losses)

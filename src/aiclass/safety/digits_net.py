"""A tiny, seeded PyTorch network for scikit-learn's 8×8 digits, shared by the safety labs.

The digits are scikit-learn's bundled handwritten digits (1797 pictures, never downloaded), read
by :mod:`aiclass.datasets.digits`. Here every pixel is scaled to a number from 0 (no ink) to 1
(full ink), so a picture is a row of 64 numbers in [0, 1].

The network is 64 → 64 → 10 (one hidden layer of 64 neurons, ReLU). It trains in well under a
second on one CPU thread, and the same seed always gives the same network.

>>> splits = load_digit_splits()
>>> splits.X_train.shape, len(splits.y_val), len(splits.y_test)
((1000, 64), 300, 497)
>>> float(splits.X_train.min()), float(splits.X_train.max())
(0.0, 1.0)
>>> sum(p.numel() for p in make_digits_net().parameters())
4810
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from sklearn.model_selection import train_test_split
from torch import nn

from aiclass.datasets import digits

SIDE = 8
PIXELS = SIDE * SIDE
CLASSES = 10
HIDDEN = 64
EPOCHS = 40
BATCH_SIZE = 128
LEARNING_RATE = 0.01
SEED = 0
SIZES = {"train": 1000, "val": 300}  # the test set gets the other 497 digits


@dataclass(frozen=True)
class DigitSplits:
    """Pictures (rows of 64 numbers in [0, 1], float32) and their digits (int64), in three parts.

    ``train``: 1000 digits to learn from; ``val``: 300 for every choice (the validation set);
    ``test``: 497 for the final measurements.
    """

    X_train: np.ndarray
    y_train: np.ndarray
    X_val: np.ndarray
    y_val: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


def load_digit_splits(seed: int = SEED) -> DigitSplits:
    """All 1797 digits split 1000 / 300 / 497, every digit about equally often in each part."""
    X, y = digits._digits()  # the fast reader of scikit-learn's bundled file
    X = (X / digits.BRIGHTEST).astype(np.float32)
    y = y.astype(np.int64)
    X_train, X_rest, y_train, y_rest = train_test_split(
        X, y, train_size=SIZES["train"], stratify=y, random_state=seed
    )
    X_val, X_test, y_val, y_test = train_test_split(
        X_rest, y_rest, train_size=SIZES["val"], stratify=y_rest, random_state=seed
    )
    return DigitSplits(X_train, y_train, X_val, y_val, X_test, y_test)


def make_digits_net(seed: int = SEED, hidden: int = HIDDEN) -> nn.Sequential:
    """An untrained 64 → hidden → 10 network; the same seed gives the same starting weights."""
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(PIXELS, hidden), nn.ReLU(), nn.Linear(hidden, CLASSES))


def as_tensors(X, y=None):
    """``X`` as a float32 tensor (and ``y`` as an int64 tensor when given)."""
    X_t = torch.as_tensor(np.asarray(X, dtype=np.float32) if not torch.is_tensor(X) else X).float()
    if y is None:
        return X_t
    y_t = torch.as_tensor(np.asarray(y) if not torch.is_tensor(y) else y).long()
    return X_t, y_t


def train_digits_net(
    X,
    y,
    epochs: int = EPOCHS,
    seed: int = SEED,
    lr: float = LEARNING_RATE,
    batch_size: int = BATCH_SIZE,
) -> nn.Sequential:
    """A new network trained on (X, y) with Adam in shuffled mini-batches; fully seeded.

    Training is deterministic, so a network already trained on the very same data and settings
    in this kernel is returned again as a fresh copy instead of being trained twice.
    """
    torch.set_num_threads(1)
    X_t, y_t = as_tensors(X, y)
    key = _training_key(X_t, y_t, epochs, seed, lr, batch_size)
    if key not in _TRAINED:
        _TRAINED[key] = _train(X_t, y_t, epochs, seed, lr, batch_size)
    return copy.deepcopy(_TRAINED[key])


_TRAINED: dict[str, nn.Sequential] = {}


def _training_key(X_t: torch.Tensor, y_t: torch.Tensor, *settings: object) -> str:
    digest = hashlib.sha256(X_t.detach().contiguous().numpy().tobytes())
    digest.update(y_t.detach().contiguous().numpy().tobytes())
    digest.update(repr(settings).encode())
    return digest.hexdigest()


def _train(
    X_t: torch.Tensor, y_t: torch.Tensor, epochs: int, seed: int, lr: float, batch_size: int
):
    model = make_digits_net(seed)
    optimiser = torch.optim.Adam(model.parameters(), lr=lr)
    order_maker = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        order = torch.randperm(len(y_t), generator=order_maker)
        for start in range(0, len(y_t), batch_size):
            batch = order[start : start + batch_size]
            optimiser.zero_grad()
            loss = F.cross_entropy(model(X_t[batch]), y_t[batch])
            loss.backward()
            optimiser.step()
    return model


def probabilities(model: nn.Module, X) -> np.ndarray:
    """The network's probability for each of the 10 digits, one row per picture."""
    with torch.no_grad():
        return torch.softmax(model(as_tensors(X)), dim=1).numpy()


def predict(model: nn.Module, X) -> np.ndarray:
    """The digit the network reads in each picture."""
    with torch.no_grad():
        return model(as_tensors(X)).argmax(dim=1).numpy()


def accuracy(model: nn.Module, X, y) -> float:
    """The share of pictures the network reads correctly (0 to 1)."""
    truth = y.numpy() if torch.is_tensor(y) else np.asarray(y)
    return float(np.mean(predict(model, X) == truth))

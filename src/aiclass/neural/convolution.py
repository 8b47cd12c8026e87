"""Pictures for convolution: scikit-learn's bundled 8×8 digits as image tensors, hand-made filters
and test pictures of straight strokes.

Every digit becomes a tensor of shape (1, 8, 8): one channel (grey), 8 rows, 8 columns, each pixel
from 0 (paper) to 1 (full ink). The digits are the copy of the UCI test set that ships with
scikit-learn (1797 digits written by 13 people), read without a download.

>>> digits = load_digit_images()
>>> tuple(digits.X_train.shape), tuple(digits.X_val.shape), len(digits._y_test)
((1000, 1, 8, 8), (300, 1, 8, 8), 497)
>>> float(digits.X_train.min()), float(digits.X_train.max())
(0.0, 1.0)
>>> horizontal, vertical = bar_images()
>>> int(horizontal.sum()), int(vertical.sum())
(16, 16)
"""

from __future__ import annotations

import numpy as np
import torch

from aiclass.datasets import digits as digit_data
from aiclass.neural.training import Split, split_examples

SIDE = digit_data.SIDE
SIZES = {"validation": 300, "test": 497}  # the other 1000 digits are the training set
SEED = 0

# Positive where ink begins as you move right (paper on the left, ink on the right), negative where
# it ends, near 0 on flat paper or flat ink: it finds the left and right sides of upright strokes.
VERTICAL_EDGE = np.array([[-1.0, 0.0, 1.0], [-1.0, 0.0, 1.0], [-1.0, 0.0, 1.0]])


def load_digit_images(seed: int = SEED) -> Split:
    """All 1797 digits as (N, 1, 8, 8) float32 tensors in [0, 1] with int64 labels, split
    1000 / 300 / 497 with every digit in about its share; the test set is sealed."""
    X, y = digit_data._digits()  # scikit-learn's bundled file, read fast without a download
    images = torch.tensor(X / digit_data.BRIGHTEST, dtype=torch.float32).reshape(-1, 1, SIDE, SIDE)
    labels = torch.tensor(y, dtype=torch.int64)
    return split_examples(images, labels, SIZES["validation"], SIZES["test"], seed=seed)


def bar_images() -> tuple[np.ndarray, np.ndarray]:
    """Two 8×8 test pictures: a horizontal bar (rows 3-4 inked, edge to edge) and a vertical bar
    (columns 3-4 inked, top to bottom). Each has exactly one kind of edge."""
    horizontal = np.zeros((SIDE, SIDE))
    horizontal[3:5, :] = 1.0
    return horizontal, horizontal.T.copy()

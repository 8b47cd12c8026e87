"""Helpers for the lab ``senior-adversarial-examples``: random noise, a stronger attack (PGD), the hook.

The learner writes FGSM (one step of size ε along the sign of the loss's gradient with respect
to the pixels) and adversarial training. This module holds what the lab needs around them:

- :func:`random_noise`: every pixel moved by ±ε at random (the same size of change as FGSM, in a
  random direction), to show that the *direction* matters, not the size alone;
- :func:`pgd_attack`: projected gradient descent, a stronger attack (many small FGSM-like steps,
  each time pulled back to at most ε from the original), to test a defence honestly;
- :func:`hook_example`: one digit a trained network reads correctly until it is changed a little.

>>> import torch
>>> from aiclass.safety.digits_net import make_digits_net
>>> X = torch.full((3, 64), 0.5); y = torch.tensor([0, 1, 2])
>>> moved = pgd_attack(make_digits_net(), X, y, eps=0.1)
>>> bool((moved - X).abs().max() <= 0.1 + 1e-6), bool(moved.min() >= 0), bool(moved.max() <= 1)
(True, True, True)
>>> sorted({round(v, 2) for v in (random_noise(X, 0.1) - X).flatten().tolist()})
[-0.1, 0.1]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from aiclass.safety.digits_net import as_tensors

PGD_STEPS = 10


def _loss_gradient(model: nn.Module, X: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    X = X.detach().clone().requires_grad_(True)
    loss = F.cross_entropy(model(X), y)
    (gradient,) = torch.autograd.grad(loss, X)
    return gradient


def _fgsm(model: nn.Module, X: torch.Tensor, y: torch.Tensor, eps: float) -> torch.Tensor:
    """FGSM as in Goodfellow et al. (2015), for the hook only (the learner writes their own)."""
    return (X + eps * _loss_gradient(model, X, y).sign()).clamp(0, 1).detach()


def random_noise(X, eps: float, seed: int = 0) -> torch.Tensor:
    """Every pixel moved by +ε or −ε at random (seeded), kept in [0, 1]."""
    X = as_tensors(X)
    signs = torch.randint(0, 2, X.shape, generator=torch.Generator().manual_seed(seed)) * 2 - 1
    return (X + eps * signs).clamp(0, 1)


def pgd_attack(
    model: nn.Module, X, y, eps: float, steps: int = PGD_STEPS, step_size: float | None = None
):
    """Projected gradient descent (Madry et al., 2018), without a random start.

    ``steps`` small steps of ``step_size`` (2.5·ε/steps unless given) along the sign of the
    gradient; after each step every pixel is pulled back to within ε of the original and into
    [0, 1]. Stronger than one FGSM step of the same ε.
    """
    X, y = as_tensors(X, y)
    if eps == 0:
        return X.clone()
    step = step_size if step_size is not None else 2.5 * eps / steps
    moved = X.clone()
    for _ in range(steps):
        moved = moved + step * _loss_gradient(model, moved, y).sign()
        moved = torch.max(torch.min(moved, X + eps), X - eps).clamp(0, 1).detach()
    return moved


@dataclass(frozen=True)
class HookExample:
    """One digit before and after a small change, with what the network reads in each."""

    original: np.ndarray
    changed: np.ndarray
    truth: int
    says_before: int
    sure_before: float
    says_after: int
    sure_after: float
    eps: float


def hook_example(model: nn.Module, X, y, eps: float = 0.15) -> HookExample:
    """The test digit the network reads most confidently that FGSM at ``eps`` makes it misread."""
    X, y = as_tensors(X, y)
    changed = _fgsm(model, X, y, eps)
    with torch.no_grad():
        before = torch.softmax(model(X), dim=1)
        after = torch.softmax(model(changed), dim=1)
    right_before = before.argmax(1) == y
    wrong_after = after.argmax(1) != y
    candidates = torch.nonzero(right_before & wrong_after).flatten()
    if len(candidates) == 0:
        raise ValueError(f"no digit is fooled at eps={eps}")
    score = before.max(1).values[candidates] + after.max(1).values[candidates]
    i = int(candidates[int(score.argmax())])
    return HookExample(
        original=X[i].numpy(),
        changed=changed[i].numpy(),
        truth=int(y[i]),
        says_before=int(before[i].argmax()),
        sure_before=float(before[i].max()),
        says_after=int(after[i].argmax()),
        sure_after=float(after[i].max()),
        eps=eps,
    )

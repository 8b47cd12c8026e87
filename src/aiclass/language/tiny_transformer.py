"""A tiny character-level transformer (a few ten thousand weights) that trains on one CPU thread.

Each character looks back at the characters before it (causal self-attention) and the model
gives, at every position, a score for every possible next character.

>>> import torch
>>> torch.manual_seed(0) and None
>>> model = TinyTransformer(vocab_size=10, context=8, dim=16, heads=2, layers=1)
>>> model(torch.zeros(3, 8, dtype=torch.long)).shape
torch.Size([3, 8, 10])
>>> x, y = get_batch(np.arange(50), context=8, batch_size=4, seed=1)
>>> bool((y == x + 1).all())
True
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

torch.set_num_threads(1)


class SelfAttention(nn.Module):
    """Multi-head attention in which position i only looks at positions 0..i."""

    def __init__(self, dim: int, heads: int, context: int):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, 3 * dim)
        self.out = nn.Linear(dim, dim)
        mask = torch.tril(torch.ones(context, context, dtype=torch.bool))
        self.register_buffer("mask", mask, persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        batch, length, dim = x.shape
        q, k, v = self.qkv(x).split(dim, dim=2)
        shape = (batch, length, self.heads, dim // self.heads)
        q, k, v = (part.view(shape).transpose(1, 2) for part in (q, k, v))
        scores = q @ k.transpose(-2, -1) / math.sqrt(dim // self.heads)
        scores = scores.masked_fill(~self.mask[:length, :length], float("-inf"))
        mixed = F.softmax(scores, dim=-1) @ v
        return self.out(mixed.transpose(1, 2).reshape(batch, length, dim))


class Block(nn.Module):
    def __init__(self, dim: int, heads: int, context: int, dropout: float):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.attention = SelfAttention(dim, heads, context)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + self.drop(self.attention(self.norm1(x)))
        return x + self.drop(self.mlp(self.norm2(x)))


class TinyTransformer(nn.Module):
    """Characters in, a score (logit) for every next character out, at every position."""

    def __init__(
        self,
        vocab_size: int,
        context: int = 32,
        dim: int = 64,
        heads: int = 4,
        layers: int = 2,
        dropout: float = 0.1,
    ):
        super().__init__()
        self.context = context
        self.vocab_size = vocab_size
        self.tokens = nn.Embedding(vocab_size, dim)
        self.positions = nn.Embedding(context, dim)
        self.drop = nn.Dropout(dropout)
        self.blocks = nn.Sequential(*(Block(dim, heads, context, dropout) for _ in range(layers)))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, vocab_size)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        length = ids.shape[1]
        where = torch.arange(length, device=ids.device)
        x = self.drop(self.tokens(ids) + self.positions(where))
        return self.head(self.norm(self.blocks(x)))

    def size(self) -> int:
        """How many weights the model has."""
        return sum(p.numel() for p in self.parameters())


def get_batch(
    ids, context: int, batch_size: int, seed: int | None = None, generator=None
) -> tuple[torch.Tensor, torch.Tensor]:
    """``batch_size`` random windows of ``context`` characters, and the same windows shifted by one.

    ``y[b, i]`` is the character that follows ``x[b, i]``: the one the model must predict.
    """
    data = torch.as_tensor(np.asarray(ids), dtype=torch.long)
    if generator is None and seed is not None:
        generator = torch.Generator().manual_seed(seed)
    starts = torch.randint(0, len(data) - context - 1, (batch_size,), generator=generator)
    x = torch.stack([data[s : s + context] for s in starts.tolist()])
    y = torch.stack([data[s + 1 : s + context + 1] for s in starts.tolist()])
    return x, y


@torch.no_grad()
def evaluate_loss(model: TinyTransformer, ids) -> float:
    """Mean cross-entropy (in nats per character) of predicting every character of ``ids``
    after the first, from the characters before it in the same window of ``model.context``.
    """
    was_training = model.training
    model.eval()
    data = torch.as_tensor(np.asarray(ids), dtype=torch.long)
    size = model.context
    usable = (len(data) - 1) // size * size
    x = data[:usable].view(-1, size)
    y = data[1 : usable + 1].view(-1, size)
    total = float(
        F.cross_entropy(model(x).reshape(-1, model.vocab_size), y.reshape(-1), reduction="sum")
    )
    count = y.numel()
    if usable < len(data) - 1:  # the last, shorter window
        x, y = data[usable:-1], data[usable + 1 :]
        total += float(F.cross_entropy(model(x[None])[0], y, reduction="sum"))
        count += len(y)
    model.train(was_training)
    return total / count


@torch.no_grad()
def next_probabilities(model: TinyTransformer, ids) -> np.ndarray:
    """The model's probability for every next character after ``ids`` (the last context ones)."""
    was_training = model.training
    model.eval()
    window = torch.as_tensor(list(ids)[-model.context :], dtype=torch.long)
    probs = F.softmax(model(window[None])[0, -1].double(), dim=-1).numpy()
    model.train(was_training)
    return probs


__all__ = ["TinyTransformer", "evaluate_loss", "get_batch", "next_probabilities"]

"""The tiny transformer: shapes, causality, batches, evaluation, and that it can learn."""

import math

import numpy as np
import pytest
import torch
from torch.nn import functional as F

from aiclass.language.tiny_transformer import (
    TinyTransformer,
    evaluate_loss,
    get_batch,
    next_probabilities,
)


@pytest.fixture
def model():
    torch.manual_seed(0)
    return TinyTransformer(vocab_size=7, context=8, dim=16, heads=2, layers=1, dropout=0.0)


def test_forward_gives_a_score_for_every_character_at_every_position(model):
    assert model(torch.zeros(2, 5, dtype=torch.long)).shape == (2, 5, 7)
    assert model.size() == sum(p.numel() for p in model.parameters()) > 0


def test_a_position_never_looks_at_later_characters(model):
    model.eval()
    a = torch.tensor([[1, 2, 3, 4, 5, 6]])
    b = torch.tensor([[1, 2, 3, 0, 0, 0]])
    assert torch.allclose(model(a)[0, :3], model(b)[0, :3], atol=1e-6)
    assert not torch.allclose(model(a)[0, 3:], model(b)[0, 3:])


def test_get_batch_gives_windows_and_their_next_characters_reproducibly():
    ids = np.arange(100)
    x, y = get_batch(ids, context=8, batch_size=5, seed=3)
    assert x.shape == y.shape == (5, 8)
    assert torch.equal(y, x + 1)
    x2, _ = get_batch(ids, context=8, batch_size=5, seed=3)
    assert torch.equal(x, x2)
    generator = torch.Generator().manual_seed(3)
    assert torch.equal(get_batch(ids, 8, 5, generator=generator)[0], x)


def test_evaluate_loss_is_the_mean_cross_entropy_over_every_next_character(model):
    ids = np.random.default_rng(0).integers(0, 7, size=21)
    model.eval()
    expected, count = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(ids) - 1, model.context):
            x = torch.tensor(ids[start : start + model.context])
            y = torch.tensor(ids[start + 1 : start + model.context + 1])
            logits = model(x[: len(y)][None])[0]
            expected += float(F.cross_entropy(logits, y, reduction="sum"))
            count += len(y)
    model.train()
    assert count == len(ids) - 1
    assert evaluate_loss(model, ids) == pytest.approx(expected / count, rel=1e-5)
    assert model.training  # the mode is given back


def test_next_probabilities_sum_to_one(model):
    probs = next_probabilities(model, [1, 2, 3] * 5)
    assert probs.shape == (7,) and probs.sum() == pytest.approx(1.0)


def test_training_on_a_repeating_text_drives_the_loss_down(model):
    ids = np.array([0, 1, 2, 3, 4, 5, 6] * 20)
    before = evaluate_loss(model, ids)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    generator = torch.Generator().manual_seed(0)
    for _ in range(150):
        x, y = get_batch(ids, model.context, 8, generator=generator)
        loss = F.cross_entropy(model(x).reshape(-1, 7), y.reshape(-1))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    assert before > math.log(7) - 0.5
    assert evaluate_loss(model, ids) < 0.2
    assert int(np.argmax(next_probabilities(model, [3, 4, 5]))) == 6

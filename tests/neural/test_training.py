"""The sealed test set, tensors, accuracy, the loss along one weight and training in stages."""

import doctest

import numpy as np
import pytest
import torch
from torch import nn

from aiclass import set_language
from aiclass.neural import training
from aiclass.neural.training import (
    accuracy,
    loss_along_weight,
    losses_along,
    mixed_order,
    setup_torch,
    split_examples,
    to_tensors,
    train_in_stages,
)


def test_doctests_pass():
    result = doctest.testmod(training)
    assert result.attempted > 0 and result.failed == 0


def test_setup_fixes_one_thread_and_the_seed():
    setup_torch(0)
    first = torch.rand(3)
    setup_torch(0)
    assert torch.equal(first, torch.rand(3))
    assert torch.get_num_threads() == 1


def test_split_keeps_rows_with_labels_and_every_label_in_its_share():
    X = np.arange(300, dtype=float).reshape(150, 2)
    y = np.array([0] * 100 + [1] * 50)
    parts = split_examples(X, y, validation=30, test=30, seed=4)
    rows = np.vstack([parts.X_train, parts.X_val, parts._X_test])
    assert sorted(map(tuple, rows)) == sorted(map(tuple, X))
    for part_X, part_y in ((parts.X_train, parts.y_train), (parts.X_val, parts.y_val)):
        assert np.array_equal(
            part_y, (part_X[:, 0] >= 200).astype(int)
        )  # labels still match their rows
    assert parts.y_val.sum() == 10 and parts._y_test.sum() == 10  # a third are ones, in each part


def test_split_works_on_tensors_and_refuses_bad_sizes():
    X, y = torch.arange(40.0).reshape(20, 2), torch.tensor([0, 1] * 10)
    parts = split_examples(X, y, validation=4, test=4)
    assert torch.is_tensor(parts.X_train) and len(parts.y_train) == 12
    with pytest.raises(ValueError):
        split_examples(X, y, validation=10, test=10)
    with pytest.raises(ValueError):
        split_examples(X, y[:5], validation=1, test=1)


def test_mixed_order_is_a_permutation_that_spreads_each_label():
    y = np.array([0] * 90 + [1] * 10)
    order = mixed_order(y, seed=2)
    assert sorted(order) == list(range(100))
    assert all(y[order[k * 10 : k * 10 + 10]].sum() == 1 for k in range(10))


def test_opening_the_test_set_is_counted_and_warns_the_second_time(capsys):
    set_language("en")
    parts = split_examples(np.zeros((10, 1)), np.arange(10) % 2, validation=2, test=2)
    parts.open_test()
    parts.open_test()
    out = capsys.readouterr().out
    assert parts.test_openings == 2 and "2 examples" in out and "opening number 2" in out
    set_language("zh-CN")
    parts.open_test()
    assert "第 3 次" in capsys.readouterr().out
    set_language(None)


def test_to_tensors_scales_and_types():
    X, y = to_tensors([[1.0, 2.0]], [1], scaler=lambda a: a * 10)
    assert X.dtype == torch.float32 and y.dtype == torch.int64 and X.tolist() == [[10.0, 20.0]]


def test_accuracy_counts_the_highest_score():
    model = nn.Linear(2, 2, bias=False)
    with torch.no_grad():
        model.weight.copy_(torch.eye(2))
    X = torch.tensor([[1.0, 0.0], [0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
    assert accuracy(model, X, torch.tensor([0, 1, 1, 1])) == 0.75


def test_loss_along_one_weight_matches_the_model_and_has_the_true_slope():
    setup_torch(0)
    model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 2))
    X, y = torch.randn(20, 2), torch.randint(0, 2, (20,))
    loss_at = loss_along_weight(model, X, y, layer=2, row=0, col=1)
    assert loss_at.now == pytest.approx(float(model[2].weight[0, 1].detach()))
    assert float(loss_at(torch.tensor(loss_at.now))) == pytest.approx(
        float(nn.CrossEntropyLoss()(model(X), y)), abs=1e-6
    )
    w = torch.tensor(0.3, requires_grad=True)
    loss_at(w).backward()
    with torch.no_grad():
        model[2].weight[0, 1] = 0.3
    model.zero_grad()
    nn.CrossEntropyLoss()(model(X), y).backward()
    assert float(w.grad) == pytest.approx(float(model[2].weight.grad[0, 1]), abs=1e-6)
    curve = losses_along(loss_at, [-1.0, 0.0, 1.0])
    assert curve.shape == (3,) and np.all(np.isfinite(curve))


def test_training_in_stages_equals_training_in_one_go_with_plain_sgd():
    def train_fn(model, X, y, epochs, lr):
        opt = torch.optim.SGD(model.parameters(), lr=lr)
        out = []
        for _ in range(epochs):
            loss = nn.CrossEntropyLoss()(model(X), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            out.append(loss.item())
        return out

    setup_torch(0)
    X, y = torch.randn(30, 2), torch.randint(0, 2, (30,))
    a = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 2))
    b = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 2))
    b.load_state_dict(a.state_dict())
    stages = train_in_stages(train_fn, a, X, y, stages=[0, 3, 10], lr=0.5)
    losses = train_fn(b, X, y, 10, 0.5)
    assert stages.epochs == [0, 3, 10] and len(stages.models) == 3
    assert np.allclose(stages.losses, losses)
    assert all(
        torch.allclose(p, q)
        for p, q in zip(stages.models[-1].parameters(), b.parameters(), strict=True)
    )
    assert not torch.allclose(
        stages.models[0][0].weight, stages.models[-1][0].weight
    )  # copies, not the same model

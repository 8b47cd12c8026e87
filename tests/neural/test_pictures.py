"""Every picture builds in both languages, shows what it says, and pairs colours with markers or words."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.datasets.sprouts import make_dishes  # noqa: E402
from aiclass.neural import pictures as pic  # noqa: E402
from aiclass.neural.convolution import VERTICAL_EDGE, bar_images  # noqa: E402
from aiclass.neural.perceptron import Scaler, best_line  # noqa: E402
from aiclass.neural.training import loss_along_weight, setup_torch, train_in_stages  # noqa: E402


@pytest.fixture(params=["en", "zh-CN"])
def language(request):
    set_language(request.param)
    yield request.param
    set_language(None)
    plt.close("all")


def _texts(fig) -> str:
    found = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    for ax in fig.axes:
        legend = ax.get_legend()
        if legend is not None:
            found += [t.get_text() for t in legend.get_texts()]
    return " ".join(found)


def _network(hidden=3):
    setup_torch(0)
    return nn.Sequential(nn.Linear(2, hidden), nn.ReLU(), nn.Linear(hidden, 2))


def test_two_trials_name_both_trials_and_both_labels(language):
    fig = pic.two_trials_figure(make_dishes("spring"), make_dishes("full"))
    text = _texts(fig)
    assert ("80" in text and "600" in text) and (("sprouted" in text) or ("发芽" in text))
    markers = {c.get_paths()[0].vertices.shape for ax in fig.axes for c in ax.collections}
    assert len(markers) == 2  # a circle and a cross, not only two colours


def test_perceptron_lines_merge_epochs_that_did_not_move_the_line(language):
    spring = make_dishes("spring")
    scaler = Scaler.fit(spring.X)
    history = [
        (np.zeros(2), 0.0),
        (np.array([0.2, 0.1]), 0.0),
        (np.array([0.3, 0.3]), 0.0),
        (np.array([0.3, 0.3]), 0.0),
    ]
    fig = pic.perceptron_lines_figure(spring, history, scaler)
    lines = [
        line
        for line in fig.axes[0].get_lines()
        if line.get_label() and not line.get_label().startswith("_")
    ]
    assert len(lines) == 2  # epoch 1, and epochs 2-3 as one line
    assert "2-3" in lines[-1].get_label()


def test_best_line_picture_reports_the_three_accuracies(language):
    full = make_dishes("full")
    scaler = Scaler.fit(full.X)
    best = best_line(scaler(full.X), full.y, angles=90)
    fig = pic.best_line_figure(full.X, full.y, np.array([0.1, 1.0]), 0.0, best, scaler, 0.65, 0.48)
    text = _texts(fig)
    assert "65%" in text and "48%" in text


def test_valley_shows_the_path_of_gradient_descent(language):
    setup_torch(0)
    X, y = torch.randn(40, 2), torch.randint(0, 2, (40,))
    loss_at = loss_along_weight(_network(), X, y, 2, 0, 1)
    fig = pic.valley_figure(loss_at, [-5.0, -3.0, -1.0])
    curve, path = fig.axes[0].get_lines()[:2]
    assert len(path.get_xdata()) == 3 and len(curve.get_xdata()) > 100


def test_training_stages_have_one_panel_per_stage_and_a_loss_curve(language):
    full = make_dishes("full")
    scaler = Scaler.fit(full.X)
    X = torch.tensor(scaler(full.X), dtype=torch.float32)
    y = torch.tensor(full.y)

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

    stages = train_in_stages(train_fn, _network(4), X, y, [0, 5, 20], lr=1.0)
    fig = pic.training_stages_figure(stages, full.X, full.y, scaler)
    assert len(fig.axes) == 4
    assert len(fig.axes[-1].get_lines()[0].get_xdata()) == 20


def test_validation_picture_marks_the_first_best_setting(language):
    fig = pic.validation_figure([1, 2, 3, 4], [0.6, 0.9, 0.95, 0.95], parameters=[7, 12, 17, 22])
    star = [line for line in fig.axes[0].get_lines() if line.get_marker() == "*"][0]
    assert star.get_xdata()[0] == 2  # the third setting, the smaller of the tie


def test_hidden_neurons_get_one_panel_each_and_the_network_one(language):
    full = make_dishes("full")
    fig = pic.hidden_neurons_figure(_network(3), full.X, full.y, Scaler.fit(full.X))
    visible = [ax for ax in fig.axes if ax.axison]
    assert len(visible) == 4


def test_convolution_pictures_show_the_window_sum(language):
    image = np.zeros((8, 8))
    image[:, 3] = 1.0
    fig = pic.convolution_step_figure(
        image, VERTICAL_EDGE, row=0, col=1
    )  # ink in the window's right column
    assert "= 3.00" in _texts(fig)
    fig = pic.convolution_step_figure(image, VERTICAL_EDGE, row=0, col=3)  # ink in its left column
    assert "= -3.00" in _texts(fig)
    fig = pic.filter_at_work_figure(image, VERTICAL_EDGE)  # the map is computed when not given
    assert fig.axes[2].get_images()[0].get_array().shape == (6, 6)
    lying, _ = bar_images()
    fig = pic.filter_at_work_figure(lying, VERTICAL_EDGE, np.zeros((6, 6)))
    assert len(fig.axes) == 3


def test_filters_maps_comparison_mistakes_and_loss_pictures_build(language):
    setup_torch(0)
    conv = nn.Conv2d(1, 5, 3, padding=1)
    assert sum(ax.axison for ax in pic.filters_figure(conv.weight).axes) == 5
    maps = torch.relu(conv(torch.rand(1, 1, 8, 8)))
    assert (
        sum(
            len(ax.get_images())
            for ax in pic.feature_maps_figure(torch.rand(1, 1, 8, 8), maps).axes
        )
        == 6
    )
    fig = pic.comparison_figure([0.97, 0.98, 0.98], [0.96, 0.97, 0.965], 2730, 2710)
    assert "2730" in _texts(fig) and "2710" in _texts(fig)
    probs = torch.softmax(torch.randn(10, 10), dim=1)
    labels = torch.arange(10)
    fig = pic.mistakes_figure(torch.rand(10, 1, 8, 8), labels, probs, [1, 4, 7])
    assert len(fig.axes) == 6
    assert len(pic.mistakes_figure(torch.rand(10, 1, 8, 8), labels, probs, []).axes) == 1
    assert len(pic.loss_curve_figure([1.0, 0.5, 0.2]).axes[0].get_lines()[0].get_xdata()) == 3


def test_chinese_labels_are_used_in_a_chinese_course():
    set_language("zh-CN")
    try:
        fig = pic.two_trials_figure(make_dishes("spring"), make_dishes("full"))
        assert "温度" in _texts(fig)
    finally:
        set_language(None)
        plt.close("all")

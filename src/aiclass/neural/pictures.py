"""Pictures for the neural-network labs: dishes and decision lines, the loss valley, training in
stages, hidden neurons, filters, feature maps and mistakes.

Each ``*_figure`` function builds and returns a matplotlib Figure (the tests use these); each
``show_*`` function draws it in the notebook. Colours are Okabe-Ito (colour-blind safe) and every
colour is also a marker or a word. Labels follow the course language; Chinese labels use a CJK font.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import torch
from matplotlib.figure import Figure

from aiclass.i18n import current_language
from aiclass.neural.training import Stages, losses_along
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE, RIGHT_MARK, WRONG_MARK

SPROUTED, NOT_SPROUTED = PALETTE[0], PALETTE[1]  # blue circles, orange crosses
SPROUTED_AREA, NOT_SPROUTED_AREA = "#d6e6f4", "#fbe9c9"
TEMPERATURE_RANGE, WATER_RANGE = (8.0, 50.0), (-2.0, 46.0)

_WORDS = {
    "en": {
        "temperature": "temperature (°C)",
        "water": "water each day (ml)",
        "sprouted": "sprouted",
        "not_sprouted": "not sprouted",
        "spring": "Spring trial: {n} dishes",
        "full": "Full trial: {n} dishes. One straight line?",
        "epoch": "epoch {k}",
        "lines_title": "The perceptron's line after each epoch (darker = later)",
        "yours": "your perceptron: {acc:.0%} right",
        "best": "best line we found: {acc:.0%} right",
        "majority": "always 'not sprouted': {acc:.0%} right",
        "weight": "value of the one weight",
        "loss": "loss on the training dishes",
        "start": "start",
        "step": "step {k}",
        "valley": "Loss when only this weight changes",
        "epochs": "epoch",
        "loss_curve": "Loss while training",
        "after": "after {k} epochs",
        "accuracy": "accuracy on the validation set",
        "chosen": "chosen",
        "hidden_size": "hidden neurons",
        "filters": "filters in the convolutional layer",
        "parameters": "{n} parameters",
        "neuron": "neuron {k}",
        "hidden_title": "What each hidden neuron responds to (dark = strong; dashed: where its sum is 0)",
        "network_border": "the network's decision",
        "inputs": "inputs",
        "weights": "weights",
        "sum": "sum + bias",
        "output": "1 if the sum > 0,\notherwise 0",
        "hidden": "hidden layer",
        "scores": "2 scores",
        "picture": "the picture (8×8)",
        "filter": "the filter (3×3)",
        "feature_map": "feature map (6×6)",
        "window": "window at row {r}, column {c}",
        "products": "sum of the 9 products = {value:.2f}",
        "filter_k": "filter {k}",
        "map_k": "map {k}",
        "digit": "digit",
        "learned": "Learned filters (purple: negative, orange: positive weight)",
        "maps": "Feature maps of one digit after conv + ReLU (dark = strong)",
        "cnn": "CNN",
        "mlp": "MLP",
        "runs": "Validation accuracy, 3 seeds each (dot = one run, bar = mean)",
        "truth": "true {d}",
        "guess": "said {d}",
        "probability": "probability",
        "no_mistakes": "No mistakes to show.",
    },
    "zh-CN": {
        "temperature": "温度（°C）",
        "water": "每天加水量（ml）",
        "sprouted": "发芽",
        "not_sprouted": "没发芽",
        "spring": "春季试验：{n} 个培养皿",
        "full": "全范围试验：{n} 个培养皿。一条直线能分开吗？",
        "epoch": "第 {k} 轮",
        "lines_title": "每轮训练后感知机的直线（颜色越深，越靠后）",
        "yours": "你的感知机：对 {acc:.0%}",
        "best": "我们找到的最好直线：对 {acc:.0%}",
        "majority": "一律说“没发芽”：对 {acc:.0%}",
        "weight": "这一个权重的值",
        "loss": "训练集上的损失",
        "start": "起点",
        "step": "第 {k} 步",
        "valley": "只改变这一个权重时的损失",
        "epochs": "训练轮数",
        "loss_curve": "训练过程中的损失",
        "after": "训练 {k} 轮后",
        "accuracy": "验证集准确率",
        "chosen": "选中",
        "hidden_size": "隐藏层神经元个数",
        "filters": "卷积层中卷积核的个数",
        "parameters": "{n} 个参数",
        "neuron": "神经元 {k}",
        "hidden_title": "每个隐藏神经元对什么有反应（越深越强；虚线：它的加权和为 0 的地方）",
        "network_border": "整个网络的判断",
        "inputs": "输入",
        "weights": "权重",
        "sum": "加权和 + 偏置",
        "output": "和 > 0 输出 1，\n否则输出 0",
        "hidden": "隐藏层",
        "scores": "2 个分数",
        "picture": "图片（8×8）",
        "filter": "卷积核（3×3）",
        "feature_map": "特征图（6×6）",
        "window": "窗口：第 {r} 行，第 {c} 列",
        "products": "9 个乘积之和 = {value:.2f}",
        "filter_k": "卷积核 {k}",
        "map_k": "特征图 {k}",
        "digit": "数字",
        "learned": "学到的卷积核（紫色：负权重，橙色：正权重）",
        "maps": "一个数字经过卷积 + ReLU 后的特征图（越深越强）",
        "cnn": "卷积神经网络",
        "mlp": "全连接网络",
        "runs": "验证集准确率，每种网络 3 个随机种子（点 = 一次训练，横线 = 平均）",
        "truth": "真实 {d}",
        "guess": "预测 {d}",
        "probability": "概率",
        "no_mistakes": "没有可以展示的错误。",
    },
}


def _words() -> dict[str, str]:
    use_chinese_font_if_needed()
    return _WORDS[current_language()]


def _show(fig: Figure) -> None:
    plt.show()
    plt.close(fig)


# ---------------------------------------------------------------- the sprouting dishes (lab A)


def _scatter_dishes(ax, X, y, words, size: float = 28) -> None:
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    ax.scatter(
        *X[y == 1].T,
        s=size,
        c=SPROUTED,
        marker="o",
        edgecolors="white",
        linewidths=0.5,
        label=words["sprouted"],
        zorder=3,
    )
    ax.scatter(
        *X[y == 0].T,
        s=size,
        c=NOT_SPROUTED,
        marker="X",
        edgecolors="black",
        linewidths=0.3,
        label=words["not_sprouted"],
        zorder=3,
    )
    ax.set_xlabel(words["temperature"])
    ax.set_ylabel(words["water"])
    ax.set_xlim(*TEMPERATURE_RANGE)
    ax.set_ylim(*WATER_RANGE)
    ax.grid(alpha=0.25)


def _draw_line(ax, weights, bias, scaler, **style) -> None:
    """The line ``weights · scaled(x) + bias = 0`` in °C and ml, clipped to the axes."""
    w, b = scaler.raw_line(weights, bias) if scaler is not None else (np.asarray(weights), bias)
    if not np.any(w):
        return
    t = np.linspace(*TEMPERATURE_RANGE, 200)
    if abs(w[1]) > 1e-9:
        ax.plot(t, -(w[0] * t + b) / w[1], **style)
    else:
        ax.axvline(-b / w[0], **style)


def two_trials_figure(spring, full) -> Figure:
    """The spring trial next to the full trial: the hook of the perceptron lab."""
    words = _words()
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.3), sharey=True)
    for ax, dishes, key in ((axes[0], spring, "spring"), (axes[1], full, "full")):
        _scatter_dishes(ax, dishes.X, dishes.y, words, size=22)
        ax.set_title(words[key].format(n=len(dishes.y)))
    axes[0].legend(loc="upper right")
    fig.tight_layout()
    return fig


def perceptron_figure() -> Figure:
    """A perceptron: two inputs, two weights, a sum with a bias, a step to 0 or 1."""
    words = _words()
    fig, ax = plt.subplots(figsize=(8, 3))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 4)
    ax.axis("off")
    box = {"boxstyle": "round", "fc": "white", "ec": "black"}
    for y, name in ((3.0, f"x₁\n{words['temperature']}"), (1.0, f"x₂\n{words['water']}")):
        ax.text(1, y, name, ha="center", va="center", fontsize=11, bbox=box)
        ax.annotate("", xy=(4.3, 2.0), xytext=(1.4, y), arrowprops={"arrowstyle": "->", "lw": 1.5})
    ax.text(2.8, 2.85, "w₁", fontsize=14, color=PALETTE[0])
    ax.text(2.8, 1.0, "w₂", fontsize=14, color=PALETTE[0])
    ax.text(
        5.0,
        2.0,
        f"Σ  + b\n{words['sum']}",
        ha="center",
        va="center",
        fontsize=13,
        bbox={"boxstyle": "circle", "fc": "#eeeeee", "ec": "black"},
    )
    ax.annotate("", xy=(7.3, 2.0), xytext=(5.9, 2.0), arrowprops={"arrowstyle": "->", "lw": 1.5})
    ax.text(8.5, 2.0, words["output"], ha="center", va="center", fontsize=12, bbox=box)
    ax.text(1, 0.2, words["inputs"], ha="center", fontsize=11)
    ax.text(2.9, 0.2, words["weights"], ha="center", fontsize=11, color=PALETTE[0])
    fig.tight_layout()
    return fig


def perceptron_lines_figure(dishes, history: Sequence, scaler) -> Figure:
    """The dishes with the perceptron's line after each epoch, from light (early) to dark (late).

    ``history`` holds ``(weights, bias)`` before the first epoch and after each one; epochs that did
    not move the line share one entry in the legend ("epochs 3-6")."""
    words = _words()
    fig, ax = plt.subplots(figsize=(7, 5))
    _scatter_dishes(ax, dishes.X, dishes.y, words)
    runs: list[list[int]] = []  # epochs with the same line
    for k, (weights, bias) in enumerate(history):
        same = (
            runs
            and np.allclose(weights, history[runs[-1][0]][0])
            and np.isclose(bias, history[runs[-1][0]][1])
        )
        if same:
            runs[-1].append(k)
        else:
            runs.append([k])
    shades = np.linspace(0.75, 0.0, len(runs))
    for run, shade in zip(runs, shades, strict=True):
        weights, bias = history[run[0]]
        if not np.any(weights):
            continue
        label = words["epoch"].format(k=run[0] if len(run) == 1 else f"{run[0]}-{run[-1]}")
        last = run is runs[-1]
        _draw_line(
            ax, weights, bias, scaler, color=str(shade), lw=2.5 if last else 1.2, label=label
        )
    ax.set_xlim(10, 34)
    ax.set_ylim(0, 32)
    ax.set_title(words["lines_title"], fontsize=11)
    ax.legend(loc="upper right", fontsize=8, ncol=2, framealpha=0.95)
    fig.tight_layout()
    return fig


def best_line_figure(X, y, weights, bias, best, scaler, majority: float, yours: float) -> Figure:
    """The full trial with the learner's perceptron line (dashed) and the best possible line."""
    words = _words()
    fig, ax = plt.subplots(figsize=(7.5, 5))
    _scatter_dishes(ax, X, y, words, size=18)
    _draw_line(
        ax,
        weights,
        bias,
        scaler,
        color="black",
        ls="--",
        lw=2,
        label=words["yours"].format(acc=yours),
    )
    if np.any(best.weights):
        _draw_line(
            ax,
            best.weights,
            best.bias,
            scaler,
            color=PALETTE[2],
            lw=2.5,
            label=words["best"].format(acc=best.accuracy),
        )
    else:  # no line beats putting every dish on one side
        ax.plot([], [], " ", label=words["best"].format(acc=best.accuracy))
    ax.plot([], [], " ", label=words["majority"].format(acc=majority))
    ax.legend(loc="upper right", fontsize=9, framealpha=0.95)
    fig.tight_layout()
    return fig


def valley_figure(
    loss_at, path: Sequence[float] | None = None, values: Sequence[float] | None = None
) -> Figure:
    """The loss as one weight changes (the valley), with the steps of gradient descent on it."""
    words = _words()
    values = np.linspace(-8, 8, 161) if values is None else np.asarray(values, dtype=float)
    if path:
        low, high = min(min(path), values.min()), max(max(path), values.max())
        values = np.linspace(max(low, -30), min(high, 30), 241)
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.plot(values, losses_along(loss_at, values), color=PALETTE[0], lw=2)
    if path:
        shown = [w for w in path if abs(w) <= 30]
        heights = losses_along(loss_at, shown)
        ax.plot(shown, heights, color=PALETTE[5], marker="o", lw=1, ms=6, zorder=3)
        ax.annotate(
            words["start"], (shown[0], heights[0]), textcoords="offset points", xytext=(8, 6)
        )
        ax.annotate(
            words["step"].format(k=len(shown) - 1),
            (shown[-1], heights[-1]),
            textcoords="offset points",
            xytext=(8, 12),
        )
    ax.set_xlabel(words["weight"])
    ax.set_ylabel(words["loss"])
    ax.set_title(words["valley"])
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def _sprout_area(ax, model, scaler) -> None:
    """Shade where ``model`` says sprouted (blue) or not (orange), with the border in black."""
    t = np.linspace(*TEMPERATURE_RANGE, 120)
    w = np.linspace(*WATER_RANGE, 120)
    T, W = np.meshgrid(t, w)
    grid = torch.tensor(scaler(np.column_stack([T.ravel(), W.ravel()])), dtype=torch.float32)
    with torch.no_grad():
        sprouted = (model(grid).argmax(dim=1) == 1).float().numpy().reshape(T.shape)
    ax.contourf(T, W, sprouted, levels=[-0.5, 0.5, 1.5], colors=[NOT_SPROUTED_AREA, SPROUTED_AREA])
    if 0 < sprouted.mean() < 1:
        ax.contour(T, W, sprouted, levels=[0.5], colors="black", linewidths=1.8)


def training_stages_figure(stages: Stages, X, y, scaler) -> Figure:
    """The network's decision after each stage of training, and the loss curve below."""
    words = _words()
    n = len(stages.epochs)
    fig = plt.figure(figsize=(3.1 * n, 6.4))
    grid = fig.add_gridspec(2, n, height_ratios=[1.25, 1])
    for k, (epoch, model) in enumerate(zip(stages.epochs, stages.models, strict=True)):
        ax = fig.add_subplot(grid[0, k])
        _sprout_area(ax, model, scaler)
        _scatter_dishes(ax, X, y, words, size=12)
        ax.set_title(words["after"].format(k=epoch), fontsize=11)
        if k:
            ax.set_ylabel("")
    ax = fig.add_subplot(grid[1, :])
    epochs = np.arange(1, len(stages.losses) + 1)
    ax.plot(epochs, stages.losses, color=PALETTE[0], lw=2)
    for epoch in stages.epochs:
        if 1 <= epoch <= len(stages.losses):
            ax.plot(epoch, stages.losses[epoch - 1], marker="o", color=PALETTE[5], ms=8)
    ax.set_xlabel(words["epochs"])
    ax.set_ylabel(words["loss"])
    ax.set_title(words["loss_curve"])
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def validation_figure(
    settings: Sequence,
    scores: Sequence[float],
    setting: str = "hidden_size",
    parameters: Sequence[int] | None = None,
) -> Figure:
    """Validation accuracy for each setting; the best (smallest on a tie) is marked."""
    words = _words()
    fig, ax = plt.subplots(figsize=(6.5, 3.8))
    places = np.arange(len(settings))
    ax.plot(places, scores, marker=MARKERS[1], color=PALETTE[1], ls="--", lw=2, ms=9)
    best = int(np.argmax(scores))
    ax.plot(
        places[best],
        scores[best],
        marker="*",
        color=PALETTE[5],
        ms=20,
        zorder=3,
        label=words["chosen"],
    )
    if parameters is not None:
        for place, score, count in zip(places, scores, parameters, strict=True):
            ax.annotate(
                words["parameters"].format(n=count),
                (place, score),
                textcoords="offset points",
                xytext=(0, -16),
                ha="center",
                fontsize=8,
            )
    ax.set_xticks(places, [str(s) for s in settings])
    ax.set_xlabel(words[setting])
    ax.set_ylabel(words["accuracy"])
    ax.set_xlim(-0.5, len(settings) - 0.5)
    ax.set_ylim(max(0.0, np.floor((min(scores) - 0.04) * 20) / 20), 1.01)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    return fig


def hidden_neurons_figure(model, X, y, scaler) -> Figure:
    """What each hidden neuron responds to (its ReLU output, dark = strong; dashed: where its sum
    is 0), and the network's border that the output layer makes from them."""
    words = _words()
    first = model[0]
    count = first.out_features
    t = np.linspace(*TEMPERATURE_RANGE, 120)
    w = np.linspace(*WATER_RANGE, 120)
    T, W = np.meshgrid(t, w)
    grid = torch.tensor(scaler(np.column_stack([T.ravel(), W.ravel()])), dtype=torch.float32)
    with torch.no_grad():
        activity = torch.relu(first(grid)).numpy()
    columns = min(count, 4) + 1
    rows = -(-count // (columns - 1))
    fig, axes = plt.subplots(rows, columns, figsize=(3.0 * columns, 2.9 * rows), squeeze=False)
    for ax in axes.ravel():
        ax.axis("off")
    for k in range(count):
        ax = axes[k // (columns - 1), k % (columns - 1)]
        ax.axis("on")
        ax.imshow(
            activity[:, k].reshape(T.shape),
            origin="lower",
            cmap="Greys",
            aspect="auto",
            extent=(*TEMPERATURE_RANGE, *WATER_RANGE),
        )
        _draw_line(
            ax,
            first.weight[k].detach().numpy(),
            float(first.bias[k].detach()),
            scaler,
            color=PALETTE[5],
            ls="--",
            lw=1.5,
        )
        ax.set_xlim(*TEMPERATURE_RANGE)
        ax.set_ylim(*WATER_RANGE)
        ax.set_title(words["neuron"].format(k=k + 1), fontsize=10)
        ax.set_xlabel(words["temperature"], fontsize=8)
        ax.set_ylabel(words["water"] if k % (columns - 1) == 0 else "", fontsize=8)
        ax.tick_params(labelsize=7)
    ax = axes[0, columns - 1]
    ax.axis("on")
    _sprout_area(ax, model, scaler)
    _scatter_dishes(ax, X, y, words, size=6)
    ax.set_title(words["network_border"], fontsize=10)
    ax.xaxis.label.set_fontsize(8)
    ax.yaxis.label.set_fontsize(8)
    ax.tick_params(labelsize=7)
    fig.suptitle(words["hidden_title"], fontsize=11)
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------- pictures and filters (lab B)


def _as_grid(image) -> np.ndarray:
    array = image.detach().numpy() if torch.is_tensor(image) else np.asarray(image, dtype=float)
    return array.reshape(array.shape[-2], array.shape[-1])


def _numbers(
    ax, grid: np.ndarray, fmt: str = "{:.1f}", fontsize: int = 7, dark_above: float = 0.5
) -> None:
    for (r, c), value in np.ndenumerate(grid):
        ax.text(
            c,
            r,
            fmt.format(value),
            ha="center",
            va="center",
            fontsize=fontsize,
            color="white" if value > dark_above else "black",
        )


def _signed(ax, grid: np.ndarray, numbers: bool = True, fontsize: int = 8) -> None:
    limit = max(float(np.abs(grid).max()), 1e-6)
    ax.imshow(grid, cmap="PuOr_r", vmin=-limit, vmax=limit)
    if numbers:
        for (r, c), value in np.ndenumerate(grid):
            ax.text(
                c,
                r,
                f"{value:.1f}".replace("-0.0", "0.0"),
                ha="center",
                va="center",
                fontsize=fontsize,
                color="white" if abs(value) > 0.6 * limit else "black",
            )
    ax.set_xticks([])
    ax.set_yticks([])


def filter_at_work_figure(image, kernel, feature_map=None) -> Figure:
    """A picture, a 3×3 filter and the feature map the filter makes on it (computed with
    ``F.conv2d`` when ``feature_map`` is not given)."""
    words = _words()
    if feature_map is None:
        picture = torch.tensor(_as_grid(image), dtype=torch.float32)[None, None]
        weights = torch.tensor(np.asarray(kernel, dtype=float), dtype=torch.float32)[None, None]
        feature_map = torch.nn.functional.conv2d(picture, weights)[0, 0].numpy()
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.9), gridspec_kw={"width_ratios": [8, 3.6, 6]})
    digit = _as_grid(image)
    axes[0].imshow(digit, cmap="gray_r", vmin=0, vmax=1)
    _numbers(axes[0], digit)
    axes[0].set_xticks([])
    axes[0].set_yticks([])
    axes[0].set_title(words["picture"])
    _signed(axes[1], np.asarray(kernel, dtype=float), fontsize=12)
    axes[1].set_title(words["filter"])
    _signed(axes[2], np.asarray(feature_map, dtype=float), fontsize=8)
    axes[2].set_title(words["feature_map"])
    fig.tight_layout()
    return fig


def _factor(k: float) -> str:
    text = f"{k:g}"
    return f"({text})" if k < 0 else text


def convolution_step_figure(image, kernel, row: int, col: int) -> Figure:
    """One position of the filter: the 3×3 window on the digit and the sum of the 9 products."""
    words = _words()
    digit = _as_grid(image)
    kernel = np.asarray(kernel, dtype=float)
    size = kernel.shape[0]
    patch = digit[row : row + size, col : col + size]
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.9), gridspec_kw={"width_ratios": [1, 1.1]})
    axes[0].imshow(digit, cmap="gray_r", vmin=0, vmax=1)
    _numbers(axes[0], digit)
    axes[0].add_patch(
        plt.Rectangle((col - 0.5, row - 0.5), size, size, fill=False, ec=PALETTE[5], lw=3)
    )
    axes[0].set_xticks([])
    axes[0].set_yticks([])
    axes[0].set_title(words["window"].format(r=row, c=col))
    axes[1].axis("off")
    lines = [
        " + ".join(f"{p:.1f}×{_factor(k)}" for p, k in zip(patch[r], kernel[r], strict=True))
        for r in range(size)
    ]
    axes[1].text(0.0, 0.6, "\n+ ".join(lines), fontsize=11, family="monospace", va="center")
    axes[1].text(
        0.0,
        0.3,
        words["products"].format(value=float(np.sum(patch * kernel))),
        fontsize=12,
        va="center",
    )
    fig.tight_layout()
    return fig


def loss_curve_figure(losses: Sequence[float]) -> Figure:
    """The average training loss of each epoch."""
    words = _words()
    fig, ax = plt.subplots(figsize=(6.5, 3.5))
    ax.plot(np.arange(1, len(losses) + 1), losses, marker="o", color=PALETTE[0], lw=2)
    ax.set_xlabel(words["epochs"])
    ax.set_ylabel(words["loss"])
    ax.set_title(words["loss_curve"])
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def filters_figure(weight) -> Figure:
    """The 3×3 filters of a convolutional layer (weight of shape (k, 1, 3, 3))."""
    words = _words()
    kernels = weight.detach().numpy()[:, 0] if torch.is_tensor(weight) else np.asarray(weight)[:, 0]
    count = len(kernels)
    columns = min(count, 8)
    rows = -(-count // columns)
    fig, axes = plt.subplots(
        rows, columns, figsize=(1.5 * columns, 1.7 * rows + 0.4), squeeze=False
    )
    for k, ax in enumerate(axes.ravel()):
        if k < count:
            _signed(ax, kernels[k], numbers=False)
            ax.set_title(words["filter_k"].format(k=k), fontsize=9)
        else:
            ax.axis("off")
    fig.suptitle(words["learned"], fontsize=11)
    fig.tight_layout()
    return fig


def feature_maps_figure(image, maps) -> Figure:
    """One digit and the feature maps a convolutional layer makes of it (maps: (k, H, W) or (1, k, H, W))."""
    words = _words()
    maps = maps.detach().numpy() if torch.is_tensor(maps) else np.asarray(maps)
    maps = maps.reshape(-1, maps.shape[-2], maps.shape[-1])
    count = len(maps)
    columns = min(count, 8) + 1
    rows = -(-count // (columns - 1))
    fig, axes = plt.subplots(
        rows, columns, figsize=(1.5 * columns, 1.7 * rows + 0.4), squeeze=False
    )
    for ax in axes.ravel():
        ax.axis("off")
    axes[0, 0].imshow(_as_grid(image), cmap="gray_r", vmin=0, vmax=1)
    axes[0, 0].set_title(words["digit"], fontsize=9)
    top = max(float(maps.max()), 1e-6)
    for k in range(count):
        ax = axes[k // (columns - 1), 1 + k % (columns - 1)]
        ax.imshow(maps[k], cmap="Greys", vmin=0, vmax=top)
        ax.set_title(words["map_k"].format(k=k), fontsize=9)
    fig.suptitle(words["maps"], fontsize=11)
    fig.tight_layout()
    return fig


def comparison_figure(
    cnn_runs: Sequence[float], mlp_runs: Sequence[float], cnn_parameters: int, mlp_parameters: int
) -> Figure:
    """Validation accuracy of each run of the CNN and the MLP (dots) and their means (bars)."""
    words = _words()
    fig, ax = plt.subplots(figsize=(6.5, 3.6))
    for place, (runs, key, count, marker, colour) in enumerate(
        (
            (cnn_runs, "cnn", cnn_parameters, MARKERS[0], PALETTE[0]),
            (mlp_runs, "mlp", mlp_parameters, MARKERS[2], PALETTE[1]),
        )
    ):
        lift = np.linspace(-0.12, 0.12, len(runs)) if len(runs) > 1 else np.zeros(1)
        ax.scatter(runs, place + lift, marker=marker, s=70, color=colour, zorder=3)
        mean = float(np.mean(runs))
        ax.plot([mean, mean], [place - 0.25, place + 0.25], color="black", lw=2.5)
        ax.annotate(f"{mean:.3f}", (mean, place + 0.28), ha="center", fontsize=9)
        ax.text(
            -0.01,
            place,
            f"{words[key]}\n{words['parameters'].format(n=count)}",
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="center",
            fontsize=9,
        )
    ax.set_yticks([])
    ax.set_ylim(-0.6, 1.6)
    low = min(min(cnn_runs), min(mlp_runs))
    ax.set_xlim(max(0.0, low - 0.03), 1.0)
    ax.set_xlabel(words["accuracy"])
    ax.set_title(words["runs"], fontsize=10)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig


def mistakes_figure(images, labels, probabilities, wrong: Sequence[int], limit: int = 8) -> Figure:
    """Up to ``limit`` misclassified digits, each with its three most likely digits (✔ true, ✘ said)."""
    words = _words()
    shown = list(wrong)[:limit]
    if not shown:
        fig, ax = plt.subplots(figsize=(4, 1))
        ax.axis("off")
        ax.text(0.5, 0.5, words["no_mistakes"], ha="center", va="center")
        return fig
    probabilities = (
        probabilities.detach().numpy()
        if torch.is_tensor(probabilities)
        else np.asarray(probabilities)
    )
    labels = labels.numpy() if torch.is_tensor(labels) else np.asarray(labels)
    fig, axes = plt.subplots(2, len(shown), figsize=(1.9 * len(shown), 4.3), squeeze=False)
    for column, index in enumerate(shown):
        truth, said = int(labels[index]), int(np.argmax(probabilities[index]))
        ax = axes[0, column]
        ax.imshow(_as_grid(images[index]), cmap="gray_r", vmin=0, vmax=1)
        ax.set_title(
            f"#{index}\n{words['truth'].format(d=truth)} {RIGHT_MARK}\n{words['guess'].format(d=said)} {WRONG_MARK}",
            fontsize=9,
        )
        ax.set_xticks([])
        ax.set_yticks([])
        ax = axes[1, column]
        top = np.argsort(probabilities[index])[::-1][:3]
        colours = [
            PALETTE[0] if d == truth else PALETTE[5] if d == said else "#bbbbbb" for d in top
        ]
        hatches = ["" if d == truth else "//" if d == said else ".." for d in top]
        bars = ax.bar(range(3), probabilities[index][top], color=colours, edgecolor="black")
        for bar, hatch in zip(bars, hatches, strict=True):
            bar.set_hatch(hatch)
        ax.set_xticks(range(3), [str(d) for d in top])
        ax.set_ylim(0, 1)
        if column == 0:
            ax.set_ylabel(words["probability"])
        else:
            ax.set_yticks([])
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------- shown in the notebook


def show_two_trials(spring, full) -> None:
    _show(two_trials_figure(spring, full))


def show_perceptron() -> None:
    _show(perceptron_figure())


def show_perceptron_lines(dishes, history, scaler) -> None:
    _show(perceptron_lines_figure(dishes, history, scaler))


def show_best_line(X, y, weights, bias, best, scaler, majority, yours) -> None:
    _show(best_line_figure(X, y, weights, bias, best, scaler, majority, yours))


def show_valley(loss_at, path=None) -> None:
    _show(valley_figure(loss_at, path))


def show_training_stages(stages, X, y, scaler) -> None:
    _show(training_stages_figure(stages, X, y, scaler))


def show_validation(settings, scores, setting="hidden_size", parameters=None) -> None:
    _show(validation_figure(settings, scores, setting, parameters))


def show_hidden_neurons(model, X, y, scaler) -> None:
    _show(hidden_neurons_figure(model, X, y, scaler))


def show_filter_at_work(image, kernel, feature_map=None) -> None:
    _show(filter_at_work_figure(image, kernel, feature_map))


def show_convolution_step(image, kernel, row, col) -> None:
    _show(convolution_step_figure(image, kernel, row, col))


def show_loss_curve(losses) -> None:
    _show(loss_curve_figure(losses))


def show_filters(weight) -> None:
    _show(filters_figure(weight))


def show_feature_maps(image, maps) -> None:
    _show(feature_maps_figure(image, maps))


def show_comparison(cnn_runs, mlp_runs, cnn_parameters, mlp_parameters) -> None:
    _show(comparison_figure(cnn_runs, mlp_runs, cnn_parameters, mlp_parameters))


def show_mistakes(images, labels, probabilities, wrong, limit=8) -> None:
    _show(mistakes_figure(images, labels, probabilities, wrong, limit))

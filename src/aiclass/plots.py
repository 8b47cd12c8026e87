"""Pictures labs share: scatter of two features, confusion matrix, accuracy against depth.

Every colour is paired with a marker shape, so pictures read without colour vision.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from aiclass.i18n import current_language
from aiclass.widgets.style import MARKERS, PALETTE

_WORDS = {
    "en": {"true": "true class", "guess": "model's prediction", "depth": "tree depth (max_depth)",
           "acc": "accuracy", "train": "training set", "test": "test set"},
    "zh-CN": {"true": "真实类别", "guess": "模型的预测", "depth": "树的深度 (max_depth)",
              "acc": "准确率", "train": "训练集", "test": "测试集"},
}


def _words() -> dict[str, str]:
    return _WORDS[current_language()]


CJK_FONTS = ("Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "Microsoft YaHei")
CJK_FONT_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian/Ubuntu: fonts-wqy-microhei
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # fonts-noto-cjk
)


def use_chinese_font_if_needed() -> bool:
    """Pick an installed CJK font so Chinese labels are not drawn as boxes; False if none."""
    if current_language() != "zh-CN":
        return True
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    if not installed & set(CJK_FONTS):  # installed after matplotlib built its font cache
        for path in CJK_FONT_FILES:
            if Path(path).is_file():
                font_manager.fontManager.addfont(path)
        installed = {font.name for font in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            plt.rcParams["font.sans-serif"] = [name, "DejaVu Sans"]
            plt.rcParams["axes.unicode_minus"] = False
            return True
    return False


def scatter_two_features(X, y, i: int, j: int, feature_names, class_names):
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(5, 4))
    for k, name in enumerate(class_names):
        mask = np.asarray(y) == k
        ax.scatter(X[mask, i], X[mask, j], marker=MARKERS[k], color=PALETTE[k], label=name, edgecolor="black")
    ax.set_xlabel(feature_names[i])
    ax.set_ylabel(feature_names[j])
    ax.legend()
    return fig


def show_confusion_matrix(cm, class_names):
    use_chinese_font_if_needed()
    words = _words()
    cm = np.asarray(cm)
    fig, ax = plt.subplots(figsize=(4.5, 4))
    ax.imshow(cm, cmap="Blues")
    for (r, c), count in np.ndenumerate(cm):
        ax.text(c, r, str(count), ha="center", va="center", fontsize=16,
                color="white" if count > cm.max() / 2 else "black")
    ax.set_xticks(range(len(class_names)), class_names)
    ax.set_yticks(range(len(class_names)), class_names)
    ax.set_xlabel(words["guess"])
    ax.set_ylabel(words["true"])
    return fig


def show_depth_curve(depths, train_scores, test_scores):
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(5.5, 3.5))
    ax.plot(list(depths), train_scores, marker=MARKERS[0], color=PALETTE[0], label=words["train"])
    ax.plot(list(depths), test_scores, marker=MARKERS[1], color=PALETTE[1], linestyle="--", label=words["test"])
    ax.set_xlabel(words["depth"])
    ax.set_ylabel(words["acc"])
    ax.set_ylim(0, 1.05)
    ax.legend()
    return fig

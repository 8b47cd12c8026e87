"""scikit-learn's bundled data sets (shipped inside the package, never downloaded), with names
in the learner's language."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn import datasets as sk

from aiclass.i18n import current_language

_WINE_FEATURES_ZH = [
    "酒精", "苹果酸", "灰分", "灰分碱度", "镁", "总酚", "黄酮类", "非黄酮酚",
    "原花青素", "颜色深度", "色调", "稀释吸光度比", "脯氨酸",
]


@dataclass(frozen=True)
class Table:
    """Features ``X`` (one row per example), labels ``y``, and their names."""

    X: np.ndarray
    y: np.ndarray
    feature_names: list[str]
    class_names: list[str]

    def describe(self, row: int) -> str:
        """One example as 'name: value' lines, easy to read aloud."""
        lines = [f"{name}: {value:g}" for name, value in zip(self.feature_names, self.X[row], strict=True)]
        return "\n".join([*lines, f"→ {self.class_names[self.y[row]]}"])


def load_wine_table(lang: str | None = None) -> Table:
    """178 wines from three cultivars, 13 chemical measurements each (UCI wine data)."""
    data = sk.load_wine()
    zh = (lang or current_language()) == "zh-CN"
    names = _WINE_FEATURES_ZH if zh else [n.replace("_", " ") for n in data.feature_names]
    classes = ["品种 A", "品种 B", "品种 C"] if zh else ["cultivar A", "cultivar B", "cultivar C"]
    return Table(X=data.data, y=data.target, feature_names=names, class_names=classes)

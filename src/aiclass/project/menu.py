"""The capstone's menu: five offline datasets, each split once into training, validation and test.

Every dataset is bundled with scikit-learn or generated here from a fixed seed, so a teacher's
grader and every student get exactly the same rows. Each row also carries a **group** so that
results can be reported group by group: a kind of person where people are involved (boarders and
day students), otherwise a building or the true class.

>>> from aiclass import set_language
>>> set_language("en")
>>> sorted(MENU)
['breast_cancer', 'digits', 'energy', 'iris', 'library']
>>> library = load_project("library")
>>> library.task, library.metric, len(library.y_train), len(library.y_val), len(library.y_test)
('classification', 'accuracy', 900, 300, 300)
>>> sorted(set(library.g_test.tolist()))
['boarding student', 'day student']
>>> energy = load_project("energy")
>>> energy.task, energy.higher_is_better, energy.X_train.shape[1] == len(energy.feature_names)
('regression', False, True)
>>> round(energy.score([10.0, 20.0], [12.0, 17.0]), 3)  # mean absolute error
2.5
>>> library.score([0, 1, 1, 0], [0, 1, 0, 0])          # accuracy
0.75
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import numpy as np
from sklearn import datasets as sk
from sklearn.model_selection import train_test_split

from aiclass.i18n import current_language, t
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import MARKERS, PALETTE

LAB = "senior-capstone-project"
SPLIT_SEED = 0


@dataclass(frozen=True)
class Project:
    """One dataset of the menu, already split. ``g_*`` hold each row's group."""

    name: str
    task: str  # "classification" or "regression"
    X_train: np.ndarray
    y_train: np.ndarray
    g_train: np.ndarray
    X_val: np.ndarray
    y_val: np.ndarray
    g_val: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    g_test: np.ndarray
    feature_names: list[str]
    target_names: list[str] = field(default_factory=list)  # class names (classification)

    @property
    def metric(self) -> str:
        return "accuracy" if self.task == "classification" else "mean absolute error"

    @property
    def higher_is_better(self) -> bool:
        return self.task == "classification"

    def score(self, y_true: Sequence, y_pred: Sequence) -> float:
        """Accuracy (classification) or mean absolute error (regression)."""
        y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
        if y_true.shape != y_pred.shape:
            raise ValueError(f"{len(y_true)} true values but {len(y_pred)} predictions")
        if self.task == "classification":
            return float(np.mean(y_true == y_pred))
        return float(np.mean(np.abs(y_true.astype(float) - y_pred.astype(float))))

    def better(self, a: float, b: float) -> bool:
        """True when score ``a`` is better than score ``b`` for this task's metric."""
        return a > b if self.higher_is_better else a < b


def _zh() -> bool:
    return current_language() == "zh-CN"


def _names(en: Sequence[str], zh: Sequence[str]) -> list[str]:
    return list(zh if _zh() else en)


# --- generated: school library loans --------------------------------------------------------------

LIBRARY_FEATURES_EN = [
    "grade (10-12)",
    "boarding (1 = yes)",
    "pages",
    "loan weeks",
    "late returns last term",
    "due in a holiday week",
    "due in an exam week",
]
LIBRARY_FEATURES_ZH = [
    "年级（10-12）",
    "住校（1 = 是）",
    "页数",
    "借期（周）",
    "上学期逾期次数",
    "到期日在假期周",
    "到期日在考试周",
]


def _library(seed: int = 2024, n: int = 1500) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Loans at a senior high school library: will the book come back late?

    The story behind the numbers: boarders go home for holidays and cannot bring books back
    while away, so a due date in a holiday week matters far more for them; long books, exam
    weeks and a habit of returning late matter for everyone.
    """
    rng = np.random.default_rng(seed)
    boarding = (rng.random(n) < 0.35).astype(int)
    grade = rng.choice([10, 11, 12], n, p=[0.36, 0.34, 0.30])
    pages = rng.integers(80, 721, n)
    loan_weeks = rng.choice([2, 4], n, p=[0.7, 0.3])
    past_late = np.minimum(rng.poisson(0.6 + 0.3 * (grade == 12)), 6)
    holiday = (rng.random(n) < 0.15).astype(int)
    exam = (rng.random(n) < 0.12).astype(int)
    logit = (
        -4.6
        + 1.8 * past_late
        + 0.008 * (pages - 300)
        - 1.4 * (loan_weeks == 4)
        + 2.8 * exam
        + holiday * (0.6 + 5.0 * boarding)
        + 0.8 * (grade == 12)
    )
    late = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    X = np.column_stack([grade, boarding, pages, loan_weeks, past_late, holiday, exam]).astype(
        float
    )
    groups = np.where(boarding == 1, "boarding", "day")
    return X, late, groups


# --- generated: campus energy use ---------------------------------------------------------------

ENERGY_FEATURES_EN = [
    "highest temperature (°C)",
    "weekend (1 = yes)",
    "holiday (1 = yes)",
    "students on campus",
    "month",
    "teaching block",
    "dormitory",
    "canteen",
    "sports hall",
]
ENERGY_FEATURES_ZH = [
    "最高气温（°C）",
    "周末（1 = 是）",
    "假期（1 = 是）",
    "在校学生人数",
    "月份",
    "教学楼",
    "宿舍楼",
    "食堂",
    "体育馆",
]
BUILDINGS = ["teaching", "dormitory", "canteen", "sports"]
_BASE = np.array([900.0, 600.0, 400.0, 250.0])  # kWh per day with nobody in, by building
_PER_1000 = np.array([700.0, 450.0, 380.0, 120.0])  # extra kWh per 1000 students on campus
_COOL = np.array([95.0, 70.0, 35.0, 55.0])  # extra kWh per °C above 26 °C (air conditioning)
_HEAT = np.array([40.0, 60.0, 15.0, 20.0])  # extra kWh per °C below 8 °C


def _energy(
    seed: int = 7, weeks: int = 104
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Daily electricity use (kWh) of four buildings of a boarding school in a city with hot
    summers and cool winters, over two years. Returns X, y, groups and each row's week number."""
    rng = np.random.default_rng(seed)
    days = np.arange(weeks * 7)
    day_of_year = (days + 244) % 365  # the data start on 1 September
    temp = 18 + 11 * np.sin(2 * np.pi * (day_of_year - 110) / 365) + rng.normal(0, 2.5, len(days))
    weekend = (days % 7 >= 5).astype(int)
    summer = (day_of_year >= 190) & (day_of_year < 244)
    winter = (day_of_year >= 15) & (day_of_year < 45)
    national = (day_of_year >= 273) & (day_of_year < 280)
    holiday = (summer | winter | national).astype(int)
    students = np.where(
        holiday == 1,
        rng.integers(0, 60, len(days)),
        np.where(
            weekend == 1, rng.integers(500, 700, len(days)), rng.integers(1900, 2101, len(days))
        ),
    )
    month = (
        np.searchsorted(
            np.cumsum([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]), day_of_year, side="right"
        )
        + 1
    )
    rows, y, groups, week = [], [], [], []
    for b, building in enumerate(BUILDINGS):
        use = (
            _BASE[b]
            + _PER_1000[b] * students / 1000
            + _COOL[b] * np.maximum(temp - 26, 0)
            + _HEAT[b] * np.maximum(8 - temp, 0)
        )
        if building == "teaching":
            use = use * np.where(weekend == 1, 0.55, 1.0)
        if building == "sports":
            use = use + 600 * (
                rng.random(len(days)) < 0.08
            )  # evening matches and events, unannounced
        use = use * rng.normal(1.0, 0.06, len(days))
        onehot = np.zeros((len(days), len(BUILDINGS)))
        onehot[:, b] = 1
        rows.append(np.column_stack([np.round(temp, 1), weekend, holiday, students, month, onehot]))
        y.append(np.round(use, 1))
        groups += [building] * len(days)
        week.append(days // 7)
    return np.vstack(rows), np.concatenate(y), np.array(groups), np.concatenate(week)


# --- scikit-learn's bundled sets ------------------------------------------------------------------

_CANCER_MEASURES_ZH = {
    "radius": "半径",
    "texture": "纹理",
    "perimeter": "周长",
    "area": "面积",
    "smoothness": "平滑度",
    "compactness": "紧密度",
    "concavity": "凹陷程度",
    "concave points": "凹点数",
    "symmetry": "对称性",
    "fractal dimension": "分形维数",
}
_CANCER_KINDS_ZH = {"mean": "平均", "error": "标准误", "worst": "最大"}


def _cancer_name_zh(name: str) -> str:
    for kind, word in _CANCER_KINDS_ZH.items():
        if name.startswith(kind + " "):
            return word + _CANCER_MEASURES_ZH[name[len(kind) + 1 :]]
        if name.endswith(" " + kind):
            return _CANCER_MEASURES_ZH[name[: -len(kind) - 1]] + word
    return name


def _words(key: str) -> str:
    return t(f"{LAB}.{key}")


def _split_stratified(X, y, g) -> tuple:
    X_rest, X_test, y_rest, y_test, g_rest, g_test = train_test_split(
        X, y, g, test_size=0.2, random_state=SPLIT_SEED, stratify=y
    )
    X_train, X_val, y_train, y_val, g_train, g_val = train_test_split(
        X_rest, y_rest, g_rest, test_size=0.25, random_state=SPLIT_SEED, stratify=y_rest
    )
    return X_train, y_train, g_train, X_val, y_val, g_val, X_test, y_test, g_test


def _library_project() -> Project:
    X, y, groups = _library()
    labels = np.where(groups == "boarding", _words("group_boarding"), _words("group_day"))
    parts = _split_stratified(X, y, labels)
    return Project(
        "library",
        "classification",
        *parts,
        feature_names=_names(LIBRARY_FEATURES_EN, LIBRARY_FEATURES_ZH),
        target_names=[_words("class_on_time"), _words("class_late")],
    )


def _energy_project() -> Project:
    X, y, groups, week = _energy()
    order = np.random.default_rng(SPLIT_SEED).permutation(week.max() + 1)
    cut1, cut2 = int(0.6 * len(order)), int(0.8 * len(order))
    part = np.empty(week.max() + 1, dtype=int)
    part[order[:cut1]], part[order[cut1:cut2]], part[order[cut2:]] = 0, 1, 2
    labels = np.array([_words(f"building_{b}") for b in groups])
    pieces = []
    for p in range(3):
        rows = part[week] == p
        pieces += [X[rows], y[rows], labels[rows]]
    return Project(
        "energy",
        "regression",
        *pieces,
        feature_names=_names(ENERGY_FEATURES_EN, ENERGY_FEATURES_ZH),
    )


def _cancer_project() -> Project:
    data = sk.load_breast_cancer()
    classes = [_words("class_malignant"), _words("class_benign")]
    labels = np.array([classes[v] for v in data.target])
    names = [_cancer_name_zh(n) for n in data.feature_names] if _zh() else list(data.feature_names)
    return Project(
        "breast_cancer",
        "classification",
        *_split_stratified(data.data, data.target, labels),
        feature_names=names,
        target_names=classes,
    )


def _digits_project() -> Project:
    data = sk.load_digits()
    labels = np.array([_words("group_digit").format(digit=d) for d in data.target])
    names = [_words("pixel").format(row=i // 8, col=i % 8) for i in range(64)]
    return Project(
        "digits",
        "classification",
        *_split_stratified(data.data, data.target, labels),
        feature_names=names,
        target_names=[str(d) for d in range(10)],
    )


def _iris_project() -> Project:
    data = sk.load_iris()
    species = _names(["setosa", "versicolor", "virginica"], ["山鸢尾", "变色鸢尾", "维吉尼亚鸢尾"])
    labels = np.array([species[v] for v in data.target])
    names = _names(
        ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"],
        ["花萼长度（厘米）", "花萼宽度（厘米）", "花瓣长度（厘米）", "花瓣宽度（厘米）"],
    )
    return Project(
        "iris",
        "classification",
        *_split_stratified(data.data, data.target, labels),
        feature_names=names,
        target_names=species,
    )


MENU: dict[str, Callable[[], Project]] = {
    "library": _library_project,
    "energy": _energy_project,
    "breast_cancer": _cancer_project,
    "digits": _digits_project,
    "iris": _iris_project,
}


def load_project(name: str) -> Project:
    """One dataset of the menu by name, split the same way every time (and for the grader).
    Each call builds fresh arrays, so changing one project's arrays cannot change another's."""
    if name not in MENU:
        raise ValueError(t(f"{LAB}.unknown_dataset", name=name, choices=", ".join(MENU)))
    return MENU[name]()


def menu_table() -> str:
    """The menu as text: name, task, rows, groups, and whether people are involved."""
    from aiclass.safety.pictures import text_table

    rows = []
    for name in MENU:
        project = load_project(name)
        total = len(project.y_train) + len(project.y_val) + len(project.y_test)
        groups = sorted(set(project.g_test.tolist()))
        shown = (
            " / ".join(groups)
            if len(groups) <= 4
            else f"{groups[0]} … {groups[-1]} ({len(groups)})"
        )
        rows.append(
            [
                name,
                _words(f"task_{project.task}"),
                total,
                len(project.feature_names),
                shown,
                _words(f"title_{name}"),
            ]
        )
    header = [
        _words("col_name"),
        _words("col_task"),
        _words("col_rows"),
        _words("col_features"),
        _words("col_groups"),
        _words("col_story"),
    ]
    return text_table(header, rows)


def describe(project: Project) -> str:
    """A few lines about a project: its story, its source, its split and its groups."""
    counts = ", ".join(
        f"{g} {int((project.g_train == g).sum())}" for g in sorted(set(project.g_train.tolist()))
    )
    return "\n".join(
        [
            _words(f"story_{project.name}"),
            _words(f"source_{project.name}"),
            t(
                f"{LAB}.split",
                train=len(project.y_train),
                val=len(project.y_val),
                test=len(project.y_test),
            ),
            t(
                f"{LAB}.task_metric",
                task=_words(f"task_{project.task}"),
                metric=_words(f"metric_{project.task}"),
            ),
            t(
                f"{LAB}.features",
                names="; ".join(project.feature_names[:10])
                + (" …" if len(project.feature_names) > 10 else ""),
            ),
            t(f"{LAB}.groups_train", counts=counts),
        ]
    )


def show_menu():
    """The hook: one small picture per dataset of the menu."""
    use_chinese_font_if_needed()
    fig, axes = plt.subplots(1, 5, figsize=(17, 3.6))
    library = load_project("library")
    for i, group in enumerate(sorted(set(library.g_train.tolist()))):
        rows = library.g_train == group
        holiday = library.X_train[:, 5] == 1
        rates = [library.y_train[rows & ~holiday].mean(), library.y_train[rows & holiday].mean()]
        axes[0].bar(
            np.arange(2) + 0.38 * i,
            rates,
            width=0.38,
            color=PALETTE[i],
            hatch=["", "//"][i],
            label=group,
            edgecolor="black",
        )
    axes[0].set_xticks([0.19, 1.19], [_words("pic_normal_week"), _words("pic_holiday_week")])
    axes[0].set_ylabel(_words("pic_late_share"))
    axes[0].legend(fontsize=8)
    energy = load_project("energy")
    for b in range(4):
        rows = energy.X_train[:, 5 + b] == 1
        axes[1].scatter(
            energy.X_train[rows, 0],
            energy.y_train[rows],
            s=5,
            color=PALETTE[b],
            marker=MARKERS[b],
            label=energy.feature_names[5 + b],
            alpha=0.5,
        )
    axes[1].set_xlabel(energy.feature_names[0])
    axes[1].set_ylabel("kWh")
    axes[1].legend(fontsize=7, markerscale=2)
    cancer = load_project("breast_cancer")
    for c in (0, 1):
        axes[2].hist(
            cancer.X_train[cancer.y_train == c, 0],
            bins=20,
            alpha=0.6,
            color=PALETTE[c],
            hatch=["", "//"][c],
            label=cancer.target_names[c],
            edgecolor="black",
        )
    axes[2].set_xlabel(cancer.feature_names[0])
    axes[2].legend(fontsize=8)
    digits = load_project("digits")
    sheet = np.zeros((3 * 9 + 1, 4 * 9 + 1))
    for i in range(12):
        r, c = divmod(i, 4)
        sheet[1 + 9 * r : 9 + 9 * r, 1 + 9 * c : 9 + 9 * c] = digits.X_train[i].reshape(8, 8)
    axes[3].imshow(sheet, cmap="gray_r")
    axes[3].set_xticks([]), axes[3].set_yticks([])
    iris = load_project("iris")
    for c in range(3):
        rows = iris.y_train == c
        axes[4].scatter(
            iris.X_train[rows, 2],
            iris.X_train[rows, 3],
            color=PALETTE[c],
            marker=MARKERS[c],
            s=22,
            label=iris.target_names[c],
        )
    axes[4].set_xlabel(iris.feature_names[2])
    axes[4].set_ylabel(iris.feature_names[3])
    axes[4].legend(fontsize=8)
    for ax, name in zip(axes, MENU, strict=True):
        ax.set_title(f"{name}\n{_words('title_' + name)}", fontsize=10)
    fig.tight_layout()
    return fig

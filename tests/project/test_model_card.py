"""The capstone report checks, the metrics table and the model-card skeleton."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.project import model_card  # noqa: E402
from aiclass.project.menu import load_project  # noqa: E402


def good_report():
    project = load_project("iris")
    model = DecisionTreeClassifier(max_depth=2, random_state=0).fit(
        project.X_train, project.y_train
    )
    pred = model.predict(project.X_test)
    groups = {
        str(g): {
            "n": int((project.g_test == g).sum()),
            "score": project.score(project.y_test[project.g_test == g], pred[project.g_test == g]),
        }
        for g in np.unique(project.g_test)
    }
    return {
        "dataset": "iris",
        "question": "Which iris is this?",
        "features": [0, 1, 2, 3],
        "metric": project.metric,
        "baseline_val": 0.33,
        "baseline_test": 0.33,
        "model": model,
        "validation_scores": {1: 0.6, 2: 1.0, 3: 0.97},
        "chosen": 2,
        "val_score": 1.0,
        "test_score": project.score(project.y_test, pred),
        "per_group": groups,
    }


def test_a_complete_report_has_no_problems_and_adds_up():
    set_language("en")
    report = good_report()
    assert model_card.report_problems(report) == []
    assert model_card.weighted_mean(report["per_group"]) == pytest.approx(report["test_score"])


@pytest.mark.parametrize(
    ("change", "word"),
    [
        ({"model": "a tree"}, "predict"),
        ({"test_score": "high"}, "test_score"),
        ({"validation_scores": {1: 0.5}}, "at least 3"),
        ({"per_group": {"a": 0.5}}, "per_group"),
        ({"features": []}, "features"),
        ({"features": np.array([])}, "features"),
        ({"features": ["petal length"]}, "features"),
    ],
)
def test_each_kind_of_problem_is_named(change, word):
    set_language("en")
    report = {**good_report(), **change}
    problems = model_card.report_problems(report)
    assert len(problems) == 1 and word in problems[0]


@pytest.mark.parametrize(
    "features", [[2, 3], (2, 3), range(4), np.arange(4), np.array([2, 3], dtype=np.int32)]
)
def test_column_numbers_may_come_as_a_list_tuple_range_or_array(features):
    set_language("en")
    assert model_card.report_problems({**good_report(), "features": features}) == []


def test_a_missing_key_and_a_non_dict_are_named():
    set_language("zh-CN")
    report = good_report()
    del report["chosen"]
    assert model_card.report_problems(report) == ['report 里没有键 "chosen"']
    assert model_card.report_problems([1, 2]) == ["report 应该是一个字典（dict）。"]


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_the_card_skeleton_holds_every_section_and_the_numbers(lang):
    set_language(lang)
    report = good_report()
    card = model_card.card_template(report)
    assert card.count("\n## ") == len(model_card.CARD_SECTIONS)
    assert f"{report['test_score']:.3f}" in card
    assert all(name in card for name in report["per_group"])
    figs = [
        model_card.show_validation(report["validation_scores"], 2, report["metric"], baseline=0.33),
        model_card.show_per_group(
            report["per_group"], report["metric"], report["test_score"], 0.33
        ),
    ]
    assert all(fig.axes for fig in figs)
    plt.close("all")

"""The capstone menu: offline, fixed splits, groups, and the scores the grader recomputes."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.project.menu import MENU, describe, load_project, menu_table, show_menu  # noqa: E402


@pytest.mark.parametrize("name", list(MENU))
def test_every_dataset_is_split_the_same_way_every_time(name):
    a, b = load_project(name), load_project(name)
    for part in ("train", "val", "test"):
        X, y, g = (getattr(a, f"{k}_{part}") for k in ("X", "y", "g"))
        assert len(X) == len(y) == len(g) > 0
        assert np.array_equal(X, getattr(b, f"X_{part}")) and np.array_equal(
            y, getattr(b, f"y_{part}")
        )
    assert a.X_train.shape[1] == len(a.feature_names)
    assert len(set(a.g_test.tolist())) >= 2
    total = len(a.y_train) + len(a.y_val) + len(a.y_test)
    assert 0.18 < len(a.y_test) / total < 0.22


def test_a_changed_array_does_not_change_the_next_load():
    first = load_project("iris")
    first.X_test[:] = 0
    assert load_project("iris").X_test.max() > 0


def test_library_groups_and_the_holiday_story():
    set_language("en")
    lib = load_project("library")
    assert sorted(set(lib.g_train.tolist())) == ["boarding student", "day student"]
    boarders = lib.X_train[:, 1] == 1
    assert np.array_equal(boarders, lib.g_train == "boarding student")
    holiday = lib.X_train[:, 5] == 1
    assert lib.y_train[boarders & holiday].mean() > lib.y_train[~boarders & holiday].mean() + 0.3
    assert 0.15 < lib.y_train.mean() < 0.35


def test_energy_is_split_by_whole_weeks_and_depends_on_temperature():
    energy = load_project("energy")
    assert energy.task == "regression" and not energy.higher_is_better
    assert np.all(energy.X_train[:, 5:].sum(axis=1) == 1)  # one building per row
    teaching = energy.X_train[:, 5] == 1
    hot = energy.X_train[:, 0] > 30
    school_day = (energy.X_train[:, 1] == 0) & (energy.X_train[:, 2] == 0)
    assert (
        energy.y_train[teaching & hot & school_day].mean()
        > energy.y_train[teaching & ~hot & school_day].mean()
    )


def test_scores_and_which_way_is_better():
    lib, energy = load_project("library"), load_project("energy")
    assert lib.score([1, 0, 1], [1, 1, 1]) == pytest.approx(2 / 3)
    assert energy.score([1.0, 3.0], [2.0, 1.0]) == pytest.approx(1.5)
    assert lib.better(0.9, 0.8) and energy.better(80.0, 90.0)
    with pytest.raises(ValueError):
        lib.score([1, 2], [1])


def test_unknown_names_are_explained():
    set_language("en")
    with pytest.raises(ValueError, match="breast_cancer"):
        load_project("titanic")


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_menu_text_and_picture_in_both_languages(lang):
    set_language(lang)
    table = menu_table()
    assert all(name in table for name in MENU)
    assert ("住校生" in describe(load_project("library"))) == (lang == "zh-CN")
    fig = show_menu()
    assert len(fig.axes) == 5
    plt.close("all")

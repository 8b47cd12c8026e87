"""The RL lab's pictures draw in both languages; smoothing and tables are right."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.agents import pictures  # noqa: E402
from aiclass.agents.gridworld import RIGHT, UP, SchoolGrid  # noqa: E402
from aiclass.agents.q_learning import greedy_path, plan  # noqa: E402


def test_smooth_is_a_running_mean():
    assert pictures.smooth([2, 4, 6, 8], window=3).tolist() == [2.0, 3.0, 4.0, 6.0]


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_picture_draws(lang):
    set_language(lang)
    Q = plan()
    figures = [
        pictures.show_corridor(path=greedy_path(Q)),
        pictures.show_learning_curves({"a": np.arange(40.0).reshape(2, 20)}),
        pictures.show_policy(Q, path=greedy_path(Q)),
        pictures.show_policies([Q, np.zeros_like(Q)], ["x", "y"]),
    ]
    texts = [t.get_text() for fig in figures for ax in fig.axes for t in ax.texts]
    assert "?" in texts  # the empty table is drawn as never learned
    assert any("→" in t or "↑" in t for t in texts)
    title = figures[2].axes[0].get_title()
    assert ("arrow" in title) == (lang == "en")
    plt.close("all")


def test_drive_prints_each_reward_and_returns_the_sum(capsys):
    set_language("en")
    total = pictures.drive(SchoolGrid(slip=0.0), [UP, RIGHT, RIGHT], show=False)
    out = capsys.readouterr().out
    assert total == -3.0 and out.count("reward -1.0") == 3


def test_settings_table_lists_every_setting():
    set_language("zh-CN")
    text = pictures.settings_table({(0.1, 0.05): -4.2, (0.9, 0.2): -35.0})
    assert "调参" in text and "0.05" in text and "-35.000" in text

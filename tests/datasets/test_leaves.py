"""The school-ground leaves: seeded, plausible sizes, both languages, and a task a tree can learn."""

import doctest

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

import aiclass.datasets.leaves as leaves_module  # noqa: E402
from aiclass import set_language  # noqa: E402
from aiclass.datasets.leaves import leaves_figure, make_leaves, measuring_figure, species_names  # noqa: E402


def test_doctests_pass():
    result = doctest.testmod(leaves_module)
    assert result.attempted > 0 and result.failed == 0


def test_the_same_seed_gives_the_same_leaves_and_another_seed_others():
    assert make_leaves(lang="en") == make_leaves(lang="en")
    assert make_leaves(seed=1, lang="en").X != make_leaves(lang="en").X


def test_a_third_of_each_species_with_sizes_from_the_plant_guides():
    data = make_leaves(lang="en")
    assert len(data.X) == len(data.y) == 300
    assert all(len(row) == 3 and all(v > 0 and round(v, 1) == v for v in row) for row in data.X)
    for name in data.class_names:
        assert 90 <= data.y.count(name) <= 110  # 100 each, give or take the leaves in the wrong bag

    def mean_of(name, column):
        values = [row[column] for row, label in zip(data.X, data.y, strict=True) if label == name]
        return sum(values) / len(values)

    ginkgo, camphor, osmanthus = data.class_names
    assert mean_of(ginkgo, 1) > mean_of(ginkgo, 0)  # a ginkgo fan is wider than long
    assert (
        mean_of(ginkgo, 2) > mean_of(camphor, 2) > mean_of(osmanthus, 2)
    )  # stalks: long, middle, short
    assert 6 <= mean_of(camphor, 0) <= 12 and 7 <= mean_of(osmanthus, 0) <= 14.5


def test_a_few_leaves_are_in_the_wrong_bag(monkeypatch):
    labelled = make_leaves(lang="en")
    monkeypatch.setattr(leaves_module, "WRONG_BAG", 0.0)
    true = make_leaves(lang="en")
    assert true.X == labelled.X
    wrong = sum(a != b for a, b in zip(true.y, labelled.y, strict=True))
    assert 3 <= wrong <= 20


def test_both_languages_hold_the_same_leaves_in_their_own_words():
    en, zh = make_leaves(lang="en"), make_leaves(lang="zh-CN")
    assert en.X == zh.X
    to_zh = dict(zip(species_names("en"), species_names("zh-CN"), strict=True))
    assert [to_zh[label] for label in en.y] == zh.y
    assert zh.feature_names[2] == "叶柄长度（厘米）" and "银杏" in zh.describe(1)


def test_a_shallow_tree_learns_it_but_not_perfectly():
    data = make_leaves(lang="en")
    tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(data.X[:200], data.y[:200])
    assert 0.8 <= tree.score(data.X[200:], data.y[200:]) < 1.0


def test_pictures_show_every_species_with_its_own_marker():
    fig = leaves_figure(make_leaves(lang="en"))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["ginkgo", "camphor", "osmanthus"]
    assert len({c.get_paths()[0].vertices.tobytes() for c in ax.collections}) == 3
    set_language("zh-CN")
    assert [a.get_title() for a in measuring_figure().axes] == ["银杏", "香樟", "桂花"]
    plt.close("all")

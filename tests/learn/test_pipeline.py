"""The beginner's pipeline: a fair split, a sealed test set, honest scores and readable pictures."""

import doctest

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.datasets.leaves import make_leaves  # noqa: E402
from aiclass.learn import pipeline  # noqa: E402
from aiclass.learn.pipeline import (  # noqa: E402
    accuracy,
    confusion_figure,
    confusion_table,
    depth_figure,
    guess,
    split_data,
    split_figure,
    tree_figure,
)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture
def leaves():
    return make_leaves(lang="en")


def test_doctests_pass():
    result = doctest.testmod(pipeline)
    assert result.attempted > 0 and result.failed == 0


def test_the_split_deals_every_example_once_and_keeps_labels_with_rows(leaves):
    parts = split_data(leaves.X, leaves.y, validation=60, test=60, seed=2)
    assert (len(parts.train), len(parts.validation), len(parts._test)) == (180, 60, 60)
    rows = parts.train.X + parts.validation.X + parts._test.X
    labels = parts.train.y + parts.validation.y + parts._test.y
    assert sorted(zip(map(tuple, rows), labels, strict=True)) == sorted(
        zip(map(tuple, leaves.X), leaves.y, strict=True)
    )
    again = split_data(leaves.X, leaves.y, validation=60, test=60, seed=2)
    assert again.train == parts.train
    assert split_data(leaves.X, leaves.y, validation=60, test=60, seed=3).train != parts.train


def test_impossible_splits_are_explained():
    with pytest.raises(ValueError, match="one label per row"):
        split_data([[1], [2]], ["a"], validation=1, test=1)
    with pytest.raises(ValueError, match="leave examples to train on"):
        split_data([[1], [2]], ["a", "b"], validation=1, test=1)


def test_the_test_set_is_sealed_and_every_opening_counted(leaves, capsys):
    set_language("en")
    parts = split_data(leaves.X, leaves.y, validation=60, test=60, seed=2)
    assert parts.test_openings == 0 and "_test" not in repr(parts)
    first = parts.open_test()
    assert "is open: 60 examples" in capsys.readouterr().out
    parts.open_test()
    assert "opening number 2" in capsys.readouterr().out
    assert parts.test_openings == 2 and len(first) == 60


def test_accuracy_and_the_confusion_table_agree_with_scikit_learn(leaves):
    parts = split_data(leaves.X, leaves.y, validation=60, test=60, seed=2)
    model = DecisionTreeClassifier(max_depth=3, random_state=0).fit(parts.train.X, parts.train.y)
    test = parts.open_test(quiet=True)
    assert accuracy(model, test) == pytest.approx(model.score(test.X, test.y))
    table = confusion_table(model, test, leaves.class_names)
    assert sum(map(sum, table)) == 60
    right = sum(table[i][i] for i in range(3))
    assert right / 60 == pytest.approx(accuracy(model, test))
    camphor = leaves.class_names.index("camphor")
    predicted = model.predict(test.X)
    assert table[camphor][camphor] == sum(
        1 for p, t in zip(predicted, test.y, strict=True) if p == t == "camphor"
    )
    assert guess(model, test.X[0]) == predicted[0]


def test_the_lab_story_holds_overfitting_shows_and_depth_3_wins(leaves):
    parts = split_data(leaves.X, leaves.y, validation=60, test=60, seed=2)
    depths = [1, 2, 3, 4, 5, 6, 8, 10, 12]
    trees = [
        DecisionTreeClassifier(max_depth=d, random_state=0).fit(parts.train.X, parts.train.y)
        for d in depths
    ]
    train = [accuracy(t, parts.train) for t in trees]
    val = [accuracy(t, parts.validation) for t in trees]
    assert train[-1] == 1.0 and val[-1] <= max(val) - 0.08
    assert depths[val.index(max(val))] == 3 and val.count(max(val)) == 1
    assert guess(trees[2], [14.0, 2.2, 0.5]) == "osmanthus"  # the oleander of the think step


def test_pictures_label_their_parts_in_the_learners_language(leaves):
    set_language("zh-CN")
    parts = split_data(leaves.X, leaves.y, validation=60, test=60, seed=2)
    texts = [t.get_text() for t in split_figure(parts).axes[0].texts]
    assert texts[0].startswith("训练集 (180)") and texts[2].startswith("测试集 (60)")
    ax = depth_figure([1, 2], [0.7, 0.9], [0.6, 0.8]).axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["训练集", "验证集"]
    assert ax.lines[0].get_marker() != ax.lines[1].get_marker()
    cm = confusion_figure([[3, 1], [0, 4]], ["a", "b"]).axes[0]
    assert sorted(t.get_text() for t in cm.texts) == ["0", "1 ✘", "3 ✔", "4 ✔"]


def test_the_tree_picture_asks_questions_and_ends_in_names(leaves):
    set_language("en")
    model = DecisionTreeClassifier(max_depth=2, random_state=0).fit(leaves.X, leaves.y)
    texts = [t.get_text() for t in tree_figure(model, leaves.feature_names).axes[0].texts]
    assert sum("?" in t for t in texts) == 3
    assert sum("leaves" in t for t in texts) == 4
    assert all(any(name in t for t in texts) for name in ("ginkgo", "osmanthus"))


def test_the_tree_picture_says_how_many_leaves_in_each_end_box_are_its_tree(leaves):
    set_language("en")
    parts = split_data(leaves.X, leaves.y, validation=60, test=60, seed=2)
    model = DecisionTreeClassifier(max_depth=2, random_state=0).fit(parts.train.X, parts.train.y)
    ends = [
        t.get_text()
        for t in tree_figure(model, leaves.feature_names).axes[0].texts
        if "leaves" in t.get_text()
    ]
    # the lab's depth-2 tree: both left boxes answer ginkgo, but one of them is mixed (7 ginkgo, 3 camphor)
    assert sorted(ends) == sorted(
        [
            "ginkgo\n7 of 10 leaves",
            "ginkgo\n52 of 52 leaves",
            "osmanthus\n60 of 68 leaves",
            "camphor\n42 of 50 leaves",
        ]
    )
    set_language("zh-CN")
    texts = [t.get_text() for t in tree_figure(model, leaves.feature_names).axes[0].texts]
    assert "10 片中有 7 片" in "\n".join(texts)

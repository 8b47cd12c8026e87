"""The tree builder: a question grows the tree picture, is saved, and sorting answers per animal."""

from aiclass.datasets.animals import TESTING, TRAINING
from aiclass.widgets.tree_builder import TreeBuilder, node_xy
from aiclass.widgets.work import PupilWork


def make(tmp_path):
    return TreeBuilder(TRAINING, TESTING, PupilWork("lab", tmp_path))


def test_asking_a_question_grows_the_tree_and_saves_it(tmp_path):
    builder = make(tmp_path)
    before = builder.picture.value
    builder.ask("feathers")
    assert builder.tree == {"": "feathers"}
    assert builder.picture.value != before
    assert PupilWork("lab", tmp_path).get("tree") == {"": "feathers"}
    assert builder.open_branch == "n"  # the birds are sorted; the rest are still mixed


def test_a_question_asked_above_is_greyed_out_and_ignored(tmp_path):
    builder = make(tmp_path)
    builder.ask("flies")
    assert builder.buttons["flies"].disabled
    builder.ask("flies")
    assert builder.tree == {"": "flies"}


def test_a_good_tree_finishes_and_sorts_every_new_animal(tmp_path):
    builder = make(tmp_path)
    for question in ("feathers", "six_legs", "eggs"):
        builder.ask(question)
    assert builder.open_branch is None
    assert all(button.disabled for button in builder.buttons.values())
    assert builder.sort_new() == 1.0
    assert builder.results.value.count("✔") == len(TESTING)


def test_a_flying_tree_is_fooled_and_undo_takes_back_the_last_question(tmp_path):
    builder = make(tmp_path)
    builder.ask("flies")
    builder.ask("water")
    assert builder.sort_new() < 0.75
    assert "✘" in builder.results.value
    builder.undo()
    assert builder.tree == {"": "flies"}
    builder.start_again()
    assert builder.tree == {} and builder.score.value == ""


def test_yes_branches_go_left_and_no_branches_right():
    assert node_xy("y")[0] < node_xy("")[0] < node_xy("n")[0]
    assert node_xy("yn")[1] == -2

"""The confusion picture: counts per real class and answer, drawn as a PNG."""

from aiclass.widgets.confusion_picture import UNSURE, ConfusionPicture, count_grid


def test_counts_land_in_the_right_cells():
    grid = count_grid(["a", "b", "b"], ["a", "a", UNSURE], ["a", "b"], ["a", "b", UNSURE])
    assert grid == [[1, 0, 0], [1, 0, 1]]


def test_showing_answers_draws_a_picture_and_keeps_the_grid():
    picture = ConfusionPicture(["a", "b"], unsure=True)
    picture.show_answers(["a", "b"], ["a", "b"])
    first = picture.value
    assert bytes(first[:4]) == b"\x89PNG" and picture.grid == [[1, 0, 0], [0, 1, 0]]
    picture.show_answers(["a", "b"], ["b", None])
    assert picture.value != first and picture.grid == [[0, 1, 0], [0, 0, 1]]

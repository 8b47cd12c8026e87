"""The pixel grid: a tap paints a square, changes its number and the small picture."""

import numpy as np
import pytest

from aiclass import set_language
from aiclass.widgets.pixel_grid import PAINTS, PixelGrid
from aiclass.widgets.work import PupilWork

HEART = [[0, 3, 0], [3, 3, 3], [0, 3, 0]]


@pytest.fixture
def work(tmp_path):
    return PupilWork("test-pixels", tmp_path)


def test_a_tap_paints_the_square_and_changes_its_number_and_the_picture(work):
    grid = PixelGrid(work, size=4)
    numbers, small = grid.numbers.value, grid.small.value
    grid.cells[1][2].click()
    assert grid.grid[1, 2] == 1
    assert grid.cells[1][2].style.button_color == PAINTS[1]
    assert grid.numbers.value != numbers
    assert grid.small.value != small


def test_tapping_again_with_the_same_paint_rubs_it_out(work):
    grid = PixelGrid(work, size=3)
    grid.choose_paint(2)
    grid.tap(0, 0)
    assert grid.grid[0, 0] == 2
    grid.tap(0, 0)
    assert grid.grid[0, 0] == 0


def test_computer_eyes_show_only_numbers(work):
    grid = PixelGrid(work, size=3, start=HEART)
    assert grid.cells[0][1].description == ""
    grid.eyes.click()
    assert [b.description for b in grid.cells[1]] == ["3", "3", "3"]
    assert len({b.style.button_color for row in grid.cells for b in row}) == 1


def test_the_painting_is_saved_and_comes_back(work, tmp_path):
    PixelGrid(work, size=3).tap(2, 2)
    again = PixelGrid(PupilWork("test-pixels", tmp_path), size=3)
    assert again.grid[2, 2] == 1


def test_a_broken_saved_painting_is_ignored(work):
    work.set("pixels", [[9, 9], [9]])
    assert not PixelGrid(work, size=3).grid.any()


def test_stars_rise_while_copying_the_secret_picture(work):
    grid = PixelGrid(work, size=3, target=HEART)
    grid.choose_paint(3)
    stars = []
    for r, c in zip(*np.nonzero(np.array(HEART)), strict=True):
        grid.tap(int(r), int(c))
        stars.append(grid.stars.stars)
    assert stars == sorted(stars) and stars[-1] == 3
    assert grid.matches() == (5, 5)
    grid.tap(0, 0)  # paint where the heart has none: it counts against
    assert grid.matches() == (4, 5) and grid.stars.stars < 3


def test_words_follow_the_language(work):
    set_language("zh-CN")
    grid = PixelGrid(work, size=3)
    assert "电脑" in grid.eyes.description

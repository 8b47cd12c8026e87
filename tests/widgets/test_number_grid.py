"""The number grid: moving the slider changes the picture and the caption."""

from aiclass.datasets.digits import digit_pair
from aiclass.widgets.number_grid import NumberGrid


def test_moving_the_slider_shows_another_digit_and_its_numbers():
    _, test, _ = digit_pair()
    grid = NumberGrid(test)
    before = grid.picture.value
    assert bytes(before[:4]) == b"\x89PNG"
    grid.slider.value = 5
    assert grid.example is test[4]
    assert grid.picture.value != before
    assert str(int(max(test[4].features))) in grid.caption.value


def test_the_caption_is_in_chinese_when_asked(monkeypatch):
    monkeypatch.setenv("AICLASS_LANG", "zh-CN")
    _, test, _ = digit_pair()
    assert "数字" in NumberGrid(test).caption.value

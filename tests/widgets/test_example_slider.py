"""The example slider: moving it records the size, redraws the curve, and saves the answer."""

from aiclass.datasets.digits import all_digits, draw_digit
from aiclass.widgets.example_slider import ExampleSlider
from aiclass.widgets.work import PupilWork


def make(tmp_path):
    pool, test = all_digits()
    return ExampleSlider(pool, test, draw_digit, PupilWork("lab", tmp_path))


def test_moving_the_slider_records_sizes_and_changes_the_pictures(tmp_path):
    slider = make(tmp_path)
    curve, answers = slider.curve.value, slider.answers.value
    slider.slider.value = 160
    assert slider.tried == [5, 160]
    assert slider.curve.value != curve and slider.answers.value != answers
    assert "160" in slider.sentence.value
    assert PupilWork("lab", tmp_path).get("tried") == [5, 160]


def test_more_examples_give_a_better_model(tmp_path):
    slider = make(tmp_path)
    assert slider.accuracy(5) < slider.accuracy(40) < slider.accuracy(320)


def test_choosing_enough_saves_the_slider_size_and_survives_a_restart(tmp_path):
    slider = make(tmp_path)
    slider.slider.value = 320
    slider.choose_enough()
    assert PupilWork("lab", tmp_path).get("enough") == 320
    again = make(tmp_path)
    assert "320" in again.choice.value and again.tried == [5, 320]

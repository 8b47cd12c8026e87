"""The pixel picker: choosing pixels is saved, limited, and a test answers with a picture."""

from aiclass.datasets.digits import digit_pair
from aiclass.widgets.pixel_picker import PixelPicker, clean_pixels
from aiclass.widgets.work import PupilWork


def make(tmp_path, most=4):
    train, test, _ = digit_pair()
    return PixelPicker(train, test, PupilWork("lab", tmp_path), most=most)


def test_tapping_a_cell_chooses_it_saves_it_and_frames_it(tmp_path):
    picker = make(tmp_path)
    before = picker.averages.value
    picker.toggle(42)
    assert picker.chosen == [42]
    assert picker.cells[42].description == "●"
    assert PupilWork("lab", tmp_path).get("pixels") == [42]
    assert picker.averages.value != before
    picker.toggle(42)
    assert picker.chosen == [] and picker.cells[42].description == ""


def test_no_more_than_the_limit_can_be_chosen(tmp_path):
    picker = make(tmp_path, most=2)
    for pixel in (1, 2, 3):
        picker.toggle(pixel)
    assert picker.chosen == [1, 2]


def test_good_pixels_beat_corner_pixels(tmp_path):
    picker = make(tmp_path)
    for pixel in (0, 7, 56, 63):
        picker.toggle(pixel)
    corners = picker.run_test()
    picker.clear()
    for pixel in (34, 42):
        picker.toggle(pixel)
    good = picker.run_test()
    assert corners <= 0.6 < 0.8 <= good
    assert picker.results.value[:4] == b"\x89PNG"
    assert PupilWork("lab", tmp_path).get("tested")["pixels"] == [34, 42]


def test_testing_with_no_pixel_asks_to_choose_first(tmp_path):
    picker = make(tmp_path)
    assert picker.run_test() is None
    assert "pixel" in picker.score.value


def test_saved_pixels_come_back_and_odd_ones_are_dropped(tmp_path):
    PupilWork("lab", tmp_path).set("pixels", [5, 5, 99, "x", 6])
    assert make(tmp_path).chosen == [5, 6]
    assert clean_pixels("nonsense", 4) == []

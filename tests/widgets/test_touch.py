"""Finger-sized buttons: at least 64 px high, 22 px words, and a tap runs the action."""

from aiclass.widgets.touch import big_button, big_page, big_text


def test_a_big_button_is_finger_sized_and_does_its_job():
    taps = []
    button = big_button("▶ Go", lambda: taps.append(1))
    assert int(button.layout.height.rstrip("px")) >= 64
    assert int(button.style.font_size.rstrip("px")) >= 22
    button.click()
    assert taps == [1]


def test_dark_buttons_get_white_words_and_light_ones_black():
    assert big_button("a", colour="#0072B2").style.text_color == "white"
    assert big_button("a", colour="#F0E442").style.text_color == "black"


def test_big_text_and_the_page_style_make_words_large():
    assert "font-size:22px" in big_text("hello")
    assert "font-size: 24px" in big_page().value

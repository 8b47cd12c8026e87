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


def test_small_buttons_are_still_easy_to_hit():
    from aiclass.widgets.touch import small_button

    assert small_button("Undo").layout.height == "48px"


def test_an_empty_picture_stays_hidden_until_it_has_an_image():
    from aiclass.widgets.picture import Picture

    picture = Picture()
    assert picture.layout.display == "none"
    picture.value = b"\x89PNG..."
    assert picture.layout.display is None
    picture.value = b""
    assert picture.layout.display == "none"

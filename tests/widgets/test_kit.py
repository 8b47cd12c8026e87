"""Big words and big buttons for primary apps."""

from aiclass.widgets.kit import big_button, big_html, hide_until_shown, small_button


def test_big_html_uses_the_big_font_and_keeps_the_words():
    html = big_html("Hello", bold=True)
    assert "22px" in html and "Hello" in html and "bold" in html


def test_buttons_are_big_enough_to_tap():
    assert big_button("Go", "#000000").layout.height == "64px"
    assert small_button("Undo").layout.height == "48px"


def test_an_empty_picture_stays_hidden_until_it_has_an_image():
    from aiclass.widgets.picture import Picture

    picture = Picture()
    hide_until_shown(picture)
    assert picture.layout.display == "none"
    picture.value = b"\x89PNG..."
    assert picture.layout.display is None
    picture.value = b""
    assert picture.layout.display == "none"

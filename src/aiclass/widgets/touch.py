"""Finger-sized buttons, big words and big sliders for primary apps (grades 1-6).

Every button is at least 64 px high with 22 px text; colours come from the colour-blind-safe
palette and every button also carries a word or an emoji, never a colour alone.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from aiclass.widgets.style import BIG_FONT, BUTTON_HEIGHT

LIGHT = "#F2F2F2"
CHOSEN = "#F0E442"  # the palette's yellow, always with a 👉 beside the words


def big_button(
    text: str,
    on_tap: Callable[[], None] | None = None,
    colour: str = LIGHT,
    width: str = "220px",
    height: str = BUTTON_HEIGHT,
) -> widgets.Button:
    """A button a finger can hit; ``on_tap()`` runs when it is pressed."""
    dark = colour.upper() not in (LIGHT, CHOSEN, "#FFFFFF", "#56B4E9", "#E69F00", "#F0E442")
    button = widgets.Button(
        description=text,
        style={
            "button_color": colour,
            "font_size": BIG_FONT,
            "font_weight": "bold",
            "text_color": "white" if dark else "black",
        },
        layout=widgets.Layout(width=width, height=height, margin="4px"),
    )
    if on_tap is not None:
        button.on_click(lambda _button: on_tap())
    return button


def small_button(text: str, width: str = "auto") -> widgets.Button:
    """A secondary button (undo, start again), still easy to hit."""
    return widgets.Button(
        description=text,
        style={"font_size": "18px"},
        layout=widgets.Layout(width=width, height="48px", margin="4px"),
    )


# Bigger slider handles and readouts (plain CSS in an HTML widget: no front-end extension).
SLIDER_CSS = f"""<style>
.aiclass-big-slider .widget-readout, .aiclass-big-slider .widget-label {{font-size:{BIG_FONT}; min-width:4em}}
.aiclass-big-slider .noUi-handle {{width:28px !important; height:28px !important; top:-11px !important}}
</style>"""


def big_text(text: str, size: str = BIG_FONT, bold: bool = False) -> str:
    """HTML for words large enough to read aloud from the back of a classroom."""
    weight = "bold" if bold else "normal"
    return f"<div style='font-size:{size};font-weight:{weight};line-height:1.4'>{text}</div>"


PAGE_STYLE = """<style>
.jp-RenderedMarkdown { font-size: 24px; line-height: 1.5; }
.jp-RenderedMarkdown h1 { font-size: 44px; }
.jp-RenderedMarkdown h2 { font-size: 34px; }
.jp-RenderedMarkdown li { margin: 6px 0; }
</style>"""


def big_page() -> widgets.HTML:
    """Show this once (end of the set-up cell): the page's words become big enough for ages 6-9."""
    page = widgets.HTML(PAGE_STYLE)
    page.add_class("aiclass-big-page")
    return page

"""Small building blocks shared by the upper-primary widgets: big words and big buttons."""

from __future__ import annotations

import ipywidgets as widgets

from aiclass.widgets.style import BIG_FONT, BUTTON_HEIGHT, big_button_style

# Bigger slider handles and readouts (plain CSS in an HTML widget: no front-end extension).
SLIDER_CSS = f"""<style>
.aiclass-big-slider .widget-readout, .aiclass-big-slider .widget-label {{font-size:{BIG_FONT}; min-width:4em}}
.aiclass-big-slider .noUi-handle {{width:28px !important; height:28px !important; top:-11px !important}}
</style>"""


def big_html(text: str, bold: bool = False) -> str:
    """``text`` as HTML in the big font used by primary apps."""
    weight = "bold" if bold else "normal"
    return f"<div style='font-size:{BIG_FONT};font-weight:{weight};line-height:1.4'>{text}</div>"


def big_button(label: str, colour: str, width: str = "260px") -> widgets.Button:
    """A big coloured button with white bold words."""
    return widgets.Button(
        description=label,
        style=big_button_style(colour),
        layout=widgets.Layout(width=width, height=BUTTON_HEIGHT, margin="6px"),
    )


def hide_until_shown(picture) -> None:
    """An empty picture shows as a broken image in browsers: keep it hidden until it has one."""
    picture.layout.display = "none"
    picture.observe(lambda change: setattr(picture.layout, "display", None if change["new"] else "none"),
                    names="value")


def small_button(label: str, width: str = "auto") -> widgets.Button:
    """A secondary button (undo, start again), still easy to hit."""
    return widgets.Button(
        description=label,
        style={"font_size": "18px"},
        layout=widgets.Layout(width=width, height="48px", margin="4px"),
    )

"""Stars and a smiling face: the way a lower-primary app says "well done" or "try again".

>>> stars_for(right=4, total=8)
2
>>> stars_for(right=8, total=8)
3
>>> stars_for(right=0, total=8)
0
"""

from __future__ import annotations

import ipywidgets as widgets

from aiclass.i18n import t
from aiclass.widgets.style import BIG_FONT

MAX_STARS = 3
FACES = {0: "🤔", 1: "🙂", 2: "🙂", 3: "😊"}


def stars_for(right: int, total: int, max_stars: int = MAX_STARS) -> int:
    """Stars out of ``max_stars``: all of them only when every answer is right."""
    if total <= 0 or right <= 0:
        return 0
    if right >= total:
        return max_stars
    return max(1, min(max_stars - 1, round(max_stars * right / total)))


def star_html(stars: int, max_stars: int = MAX_STARS, message: str = "") -> str:
    """⭐ for each star won, ☆ for each still to win, a face, and a few kind words."""
    stars = max(0, min(stars, max_stars))
    face = FACES[min(MAX_STARS, round(MAX_STARS * stars / max_stars))] if max_stars else "🙂"
    shown = "⭐" * stars + "☆" * (max_stars - stars)
    words = message or t(
        f"widgets_star_feedback.level_{min(3, round(3 * stars / max(max_stars, 1)))}"
    )
    return (
        f"<div class='aiclass-stars' style='font-size:{BIG_FONT};line-height:1.4'>"
        f"<span style='font-size:40px;letter-spacing:4px'>{shown}</span> "
        f"<span style='font-size:44px'>{face}</span> <b>{words}</b></div>"
    )


class StarFeedback(widgets.HTML):
    """Shows stars, a face and a message; ``show(right, total)`` updates all three."""

    def __init__(self, max_stars: int = MAX_STARS):
        super().__init__()
        self.max_stars = max_stars
        self.stars = 0
        self.add_class("aiclass-star-feedback")
        self.value = star_html(0, max_stars, t("widgets_star_feedback.ready"))

    def show(self, right: int, total: int, message: str = "") -> int:
        """Stars for ``right`` of ``total``; returns the number of stars shown."""
        self.stars = stars_for(right, total, self.max_stars)
        self.value = star_html(self.stars, self.max_stars, message)
        return self.stars

    def say(self, message: str) -> None:
        """Keep the stars, change the words (a hint, a "try again")."""
        self.value = star_html(self.stars, self.max_stars, message)

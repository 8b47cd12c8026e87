"""One look for every app: large type, colour-blind-safe colours, every colour also a shape."""

# Okabe-Ito palette: distinguishable with the common forms of colour blindness.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
MARKERS = ["o", "^", "s", "D", "v", "P", "X", "*"]
RIGHT_MARK, WRONG_MARK = "✔", "✘"
BIG_FONT = "22px"
BUTTON_HEIGHT = "64px"


def big_button_style(colour: str) -> dict:
    return {"button_color": colour, "font_size": BIG_FONT, "font_weight": "bold", "text_color": "white"}

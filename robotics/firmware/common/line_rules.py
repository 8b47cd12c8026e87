"""See the line by simple rules: which of the three line sensors is over black?

A line sensor reading is a darkness from 0 (white) to 1000 (black).
"""

DARK = 500  # a sensor reading at or above this counts as "on the line"


def see_line_by_rules(line: tuple, dark: int = DARK) -> str:
    """Say where the line is: "forward", "left", "right" or "lost".

    `line` is (left, centre, right) darkness, each 0..1000.
    """
    left = line[0] >= dark
    centre = line[1] >= dark
    right = line[2] >= dark
    if left and not right:
        return "left"
    if right and not left:
        return "right"
    if centre or (left and right):
        return "forward"
    return "lost"

"""Follow a line: turn what the robot sees into a decision and wheel speeds.

The robot remembers on which side it last saw the line, so when the line is
lost it turns back towards that side to search for it.
"""

# Wheel speeds in percent (-100..100) for each decision: (left wheel, right wheel).
WHEELS = {
    "forward": (50, 50),
    "left": (5, 50),
    "right": (50, 5),
    "search_left": (-30, 40),
    "search_right": (40, -30),
    "stop": (0, 0),
}


class LineFollower:
    """A line following policy. `see_line(line)` says "forward", "left", "right" or "lost"."""

    def __init__(self, see_line, wheels: dict = WHEELS) -> None:
        self.see_line = see_line
        self.wheels = wheels
        self.last_side = "left"

    def decide(self, line: tuple) -> str:
        """Choose a decision for one reading of the three line sensors."""
        seen = self.see_line(line)
        if seen == "left" or seen == "right":
            self.last_side = seen
            return seen
        if seen == "forward":
            return "forward"
        return "search_" + self.last_side

    def step(self, line: tuple, distance_cm: int) -> tuple:
        """One control step: returns (decision, left wheel %, right wheel %)."""
        decision = self.decide(line)
        left, right = self.wheels[decision]
        return decision, left, right

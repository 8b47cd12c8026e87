"""A school corridor as a gridworld: a delivery robot learns the way from rewards alone.

The map is a list of strings, one per row: ``S`` the staff room (start), ``G`` the classroom
(goal), ``~`` the stairwell (the robot stops at the stair gate: the delivery failed), ``#`` a
pillar, ``.`` floor. A cell is ``(row, column)`` counted from 0 at the top left; a *state* is
the cell's number ``row * columns + column``, so a Q-table is an array of ``states × 4``.

The floor is polished: with probability ``slip`` a move goes in a random direction instead.
A reward function takes ``(cell, next_cell, event)`` with ``event`` one of ``"move"``,
``"bump"`` (into a pillar or the wall: the robot stays), ``"stairs"`` or ``"delivered"``.

>>> school = SchoolGrid(slip=0.0)
>>> school.n_states, school.n_actions, school.cell_of(school.reset())
(32, 4, (3, 0))
>>> school.step(RIGHT)   # straight into the stairwell
(25, -30.0, True)
>>> school.reset(); [school.step(a)[1:] for a in (UP, RIGHT, RIGHT)]
24
[(-1.0, False), (-1.0, False), (-1.0, False)]
>>> school.distance((3, 0)), school.distance((2, 7)), school.distance((3, 7))
(9, 1, 0)
>>> progress_reward((2, 1), (2, 2), "move"), progress_reward((2, 2), (2, 1), "move")
(1.0, 0.0)
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import numpy as np

Cell = tuple[int, int]
Reward = Callable[[Cell, Cell, str], float]

UP, RIGHT, DOWN, LEFT = 0, 1, 2, 3
ACTIONS = (UP, RIGHT, DOWN, LEFT)
STEPS = {UP: (-1, 0), RIGHT: (0, 1), DOWN: (1, 0), LEFT: (0, -1)}
ARROWS = "↑→↓←"

# The corridor outside the staff room. The short way runs along the stair gap; the long way
# passes the pillars near the windows.
SCHOOL_CORRIDOR = (
    "........",
    "..#..#..",
    "........",
    "S~~~~~~G",
)
MOVE, BUMP, STAIRS, DELIVERED = "move", "bump", "stairs", "delivered"


def school_reward(cell: Cell, next_cell: Cell, event: str) -> float:
    """What the school wants: every move costs 1 (battery, time); −30 at the stairs; +10 on delivery."""
    if event == DELIVERED:
        return 10.0
    if event == STAIRS:
        return -30.0
    return -1.0


def _corridor_distances() -> dict[Cell, int]:
    return _distances(SCHOOL_CORRIDOR)


def progress_reward(cell: Cell, next_cell: Cell, event: str) -> float:
    """A well-meant reward: +1 for each move that brings the robot closer to the classroom,
    +10 on delivery, −30 at the stairs, and nothing else. (It can be exploited.)"""
    if event == DELIVERED:
        return 10.0
    if event == STAIRS:
        return -30.0
    distance = _corridor_distances()
    return 1.0 if distance[next_cell] < distance[cell] else 0.0


def _distances(layout: tuple[str, ...] | list[str]) -> dict[Cell, int]:
    """Moves from each cell to the goal, never through the stairwell (stairs cells get a number
    too: one more than their nearest floor cell)."""
    rows, cols = len(layout), len(layout[0])
    goal = next((r, c) for r in range(rows) for c in range(cols) if layout[r][c] == "G")
    distance = {goal: 0}
    queue = deque([goal])
    while queue:
        r, c = queue.popleft()
        for dr, dc in STEPS.values():
            nr, nc = r + dr, c + dc
            if (
                0 <= nr < rows
                and 0 <= nc < cols
                and layout[nr][nc] != "#"
                and (nr, nc) not in distance
            ):
                distance[(nr, nc)] = distance[(r, c)] + 1
                if layout[nr][nc] != "~":
                    queue.append((nr, nc))
    return distance


class SchoolGrid:
    """The delivery robot's world. ``reset()`` puts it in the staff room; ``step(action)``
    returns ``(next_state, reward, done)``; ``done`` is True at the classroom or the stairs."""

    def __init__(
        self,
        layout: tuple[str, ...] | list[str] = SCHOOL_CORRIDOR,
        slip: float = 0.1,
        reward: Reward = school_reward,
        seed: int = 0,
    ) -> None:
        self.layout = tuple(layout)
        self.rows, self.cols = len(self.layout), len(self.layout[0])
        self.slip = slip
        self.reward = reward
        self.rng = np.random.default_rng(seed)
        self.start = self._find("S")
        self.goal = self._find("G")
        self._distance = _distances(self.layout)
        self.position = self.start

    @property
    def n_states(self) -> int:
        return self.rows * self.cols

    @property
    def n_actions(self) -> int:
        return len(ACTIONS)

    def _find(self, mark: str) -> Cell:
        return next(
            (r, c) for r in range(self.rows) for c in range(self.cols) if self.layout[r][c] == mark
        )

    def kind(self, cell: Cell) -> str:
        return self.layout[cell[0]][cell[1]]

    def state_of(self, cell: Cell) -> int:
        return cell[0] * self.cols + cell[1]

    def cell_of(self, state: int) -> Cell:
        return divmod(int(state), self.cols)

    def distance(self, cell: Cell) -> int:
        """Fewest moves from ``cell`` to the classroom without crossing the stairs."""
        return self._distance.get(tuple(cell), self.rows * self.cols)

    def terminal(self, cell: Cell) -> bool:
        return self.kind(cell) in "G~"

    def move(self, cell: Cell, action: int) -> Cell:
        """Where ``action`` leads from ``cell`` on a dry floor (a pillar or the wall: stay)."""
        dr, dc = STEPS[int(action)]
        r, c = cell[0] + dr, cell[1] + dc
        if not (0 <= r < self.rows and 0 <= c < self.cols) or self.layout[r][c] == "#":
            return cell
        return (r, c)

    def reset(self) -> int:
        self.position = self.start
        return self.state_of(self.position)

    def step(self, action: int) -> tuple[int, float, bool]:
        if int(action) not in STEPS:
            raise ValueError(
                f"action must be 0 (up), 1 (right), 2 (down) or 3 (left), not {action!r}"
            )
        if self.slip and self.rng.random() < self.slip:
            action = int(self.rng.integers(len(ACTIONS)))
        cell, next_cell = self.position, self.move(self.position, action)
        kind = self.kind(next_cell)
        event = (
            DELIVERED
            if kind == "G"
            else STAIRS
            if kind == "~"
            else BUMP
            if next_cell == cell
            else MOVE
        )
        self.position = next_cell
        reward = float(self.reward(cell, next_cell, event))
        return self.state_of(next_cell), reward, event in (DELIVERED, STAIRS)

"""A town map with terrain costs, and searches that add up minutes: uniform-cost search and A*.

The map is a list of strings. Each character is a kind of ground (``TERRAIN``): a road costs
1 minute to cycle across, the park 3 (you push the bike on the lawn), the hill 5; buildings ``#``
and the lake ``~`` cannot be crossed. ``H`` is home and ``S`` is school (both on the road).
A move goes up, down, left or right, and costs the minutes of the cell it enters.

>>> tiny = ["H,S",
...         "..."]
>>> neighbours(tiny, (0, 0)), step_cost(tiny, (0, 1))
([(1, 0), (0, 1)], 3)
>>> route_minutes(tiny, [(0, 0), (0, 1), (0, 2)]), route_minutes(tiny, [(0, 0), (1, 0), (1, 1), (1, 2), (0, 2)])
(4, 4)
>>> found = a_star(tiny, (0, 0), (0, 2), manhattan)
>>> found.minutes, found.route[0], found.route[-1]
(4, (0, 0), (0, 2))
>>> start, goal = find(TOWN_MAP, "H"), find(TOWN_MAP, "S")
>>> a_star(TOWN_MAP, start, goal, no_guess).minutes, a_star(TOWN_MAP, start, goal, manhattan).minutes
(46, 46)
>>> a_star(TOWN_MAP, start, goal, times(3, manhattan)).minutes
72
"""

from __future__ import annotations

import heapq
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

Cell = tuple[int, int]
Heuristic = Callable[[Cell, Cell], float]

# minutes to cross one cell; characters missing here cannot be crossed
TERRAIN = {".": 1, "H": 1, "S": 1, ",": 3, "^": 5}
BLOCKED = {"#": "building", "~": "lake"}
TERRAIN_NAMES = {
    ".": {"en": "road", "zh-CN": "道路"},
    ",": {"en": "park lawn", "zh-CN": "公园草坪"},
    "^": {"en": "hill", "zh-CN": "山坡"},
    "#": {"en": "building", "zh-CN": "建筑"},
    "~": {"en": "lake", "zh-CN": "湖"},
    "H": {"en": "home", "zh-CN": "家"},
    "S": {"en": "school", "zh-CN": "学校"},
}
MOVES = ((-1, 0), (1, 0), (0, -1), (0, 1))  # up, down, left, right

# Cycling from home (H) to school (S). The park with its hill lies on the straight line;
# the roads go round it, above and below.
TOWN_MAP = [
    "############################################",
    "#..........................................#",
    "#.###.###.###.###.#,,,,,,,,,,,#.###.###.##.#",
    "#.###.###.###.###.#,,,,,,,,,,,#.###.###.##.#",
    "#.................#,,,,,,,,,,,#............#",
    "#.###.###.###.###.#,,,,^^^,,,,#.###.###.##.#",
    "#.###.###.###.###.#,,,^^^^^,,,#.###.###.##.#",
    "#.................,,,^^^^^^^,,,............#",
    "#.......H.........,,,^^^^^^^,,,.........S..#",
    "#.................,,,^^^^^^^,,,............#",
    "#.###.###.###.###.#,,,^^^^^,,,#.###.###.##.#",
    "#.###.###.###.###.#,,,,^^^,,,,#.###.###.##.#",
    "#.~~~~~~~.........#,,,,,,,,,,,#............#",
    "#.~~~~~~~.###.###.#,,,,,,,,,,,#.###.###.##.#",
    "#.~~~~~~~.###.###.#,,,,,,,,,,,#.###.###.##.#",
    "#..........................................#",
    "############################################",
]


@dataclass
class Found:
    """What a search did: ``expanded`` lists the cells taken out of the queue, in order;
    ``came_from[cell]`` is the cell it stepped from; ``cost[cell]`` the cheapest minutes found
    so far from the start."""

    start: Cell
    goal: Cell
    came_from: dict = field(default_factory=dict)
    cost: dict = field(default_factory=dict)
    expanded: list = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.goal in self.cost

    @property
    def minutes(self) -> float | None:
        """Minutes of the route found (None if the goal was never reached)."""
        return self.cost.get(self.goal)

    @property
    def route(self) -> list[Cell] | None:
        """The route from start to goal, following the came-from links back from the goal."""
        if not self.found:
            return None
        route = [self.goal]
        while route[-1] != self.start:
            route.append(self.came_from[route[-1]])
        route.reverse()
        return route


def find(grid: list[str], letter: str) -> Cell:
    """The (row, column) of the first ``letter`` on the map."""
    for r, row in enumerate(grid):
        if letter in row:
            return (r, row.index(letter))
    raise ValueError(f"no {letter!r} on the map")


def passable(grid: list[str], cell: Cell) -> bool:
    r, c = cell
    return 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] in TERRAIN


def neighbours(grid: list[str], cell: Cell) -> list[Cell]:
    """The cells up, down, left and right of ``cell`` that can be crossed."""
    row, col = cell
    return [(row + dr, col + dc) for dr, dc in MOVES if passable(grid, (row + dr, col + dc))]


def step_cost(grid: list[str], cell: Cell) -> int:
    """Minutes to enter ``cell``."""
    return TERRAIN[grid[cell[0]][cell[1]]]


def route_minutes(grid: list[str], route: list[Cell]) -> int:
    """Minutes of a route: the cost of every cell entered after the first."""
    return sum(step_cost(grid, cell) for cell in route[1:])


def manhattan(cell: Cell, goal: Cell) -> int:
    """Rows plus columns between two cells: the fewest moves, so the fewest minutes on roads."""
    return abs(cell[0] - goal[0]) + abs(cell[1] - goal[1])


def no_guess(cell: Cell, goal: Cell) -> int:
    """The heuristic that guesses nothing: A* with it is uniform-cost search."""
    return 0


def times(weight: float, h: Heuristic) -> Heuristic:
    """The heuristic ``h`` multiplied by ``weight`` (e.g. 3 × Manhattan)."""

    def weighted(cell: Cell, goal: Cell) -> float:
        return weight * h(cell, goal)

    weighted.__name__ = f"{weight} × {getattr(h, '__name__', 'h')}"
    return weighted


def a_star(grid: list[str], start: Cell, goal: Cell, h: Heuristic) -> Found:
    """A* search: always expand the queued cell with the smallest minutes-so-far + h(cell, goal).

    Stops when the goal is taken out of the queue. With ``no_guess`` it is uniform-cost search.
    """
    found = Found(start, goal, cost={start: 0})
    queue = [(h(start, goal), 0, start)]
    while queue:
        _, minutes, cell = heapq.heappop(queue)
        if minutes > found.cost[cell]:
            continue  # an old entry: a cheaper way to this cell was queued later
        found.expanded.append(cell)
        if cell == goal:
            break
        for nxt in neighbours(grid, cell):
            new = minutes + step_cost(grid, nxt)
            if nxt not in found.cost or new < found.cost[nxt]:
                found.cost[nxt] = new
                found.came_from[nxt] = cell
                heapq.heappush(queue, (new + h(nxt, goal), new, nxt))
    return found


def breadth_first(grid: list[str], start: Cell, goal: Cell) -> Found:
    """Breadth-first search: fewest cells, whatever they cost (``cost`` holds the minutes)."""
    found = Found(start, goal, cost={start: 0})
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        found.expanded.append(cell)
        if cell == goal:
            break
        for nxt in neighbours(grid, cell):
            if nxt not in found.cost:
                found.cost[nxt] = found.cost[cell] + step_cost(grid, nxt)
                found.came_from[nxt] = cell
                queue.append(nxt)
    return found


def hook_routes(grid: list[str]) -> tuple[list[Cell], list[Cell]]:
    """Two routes from H to S: the fewest cells (straight on), and the fewest minutes."""
    start, goal = find(grid, "H"), find(grid, "S")
    return breadth_first(grid, start, goal).route, a_star(grid, start, goal, no_guess).route


def minutes_to_goal(grid: list[str], goal: Cell) -> dict[Cell, int]:
    """The true fewest minutes from every cell that can reach ``goal`` (a search backwards)."""
    best = {goal: 0}
    queue = [(0, goal)]
    while queue:
        minutes, cell = heapq.heappop(queue)
        if minutes > best[cell]:
            continue
        for before in neighbours(grid, cell):
            new = minutes + step_cost(grid, cell)  # moving before -> cell costs cell's minutes
            if new < best.get(before, float("inf")):
                best[before] = new
                heapq.heappush(queue, (new, before))
    return best


def overestimated(grid: list[str], goal: Cell, h: Heuristic) -> list[Cell]:
    """The cells where ``h`` guesses more minutes to the goal than the true fewest."""
    truth = minutes_to_goal(grid, goal)
    return sorted(cell for cell, minutes in truth.items() if h(cell, goal) > minutes)


def random_town(rows: int, cols: int, seed: int) -> list[str]:
    """A random map of road, lawn, hill and buildings, for testing searches (H top left, S bottom right)."""
    rng = random.Random(seed)
    kinds = ".,^#"
    grid = [[rng.choices(kinds, weights=(5, 2, 1, 2))[0] for _ in range(cols)] for _ in range(rows)]
    grid[0][0], grid[rows - 1][cols - 1] = "H", "S"
    return ["".join(row) for row in grid]

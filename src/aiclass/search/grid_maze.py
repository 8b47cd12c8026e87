"""A school map as a grid, and searches on it: breadth-first, depth-first and a random walk.

The map is a list of strings, one per row: ``#`` is a wall or a building, every other character
is a place you can stand on. Letters mark places (``A`` our classroom, ``L`` the library, ``T`` the
canteen, ``S`` stairs). A cell is ``(row, column)``, counted from 0 at the top left.

The searches take the map, a start, a goal and a ``neighbours(world, cell)`` function, so the same
search runs on a grid (the pupil's own neighbours function) or on a bus map (a dict of stops).

>>> tiny = ["A.#",
...         "#.T"]
>>> open_neighbours(tiny, (0, 1))
[(1, 1), (0, 0)]
>>> found = breadth_first(tiny, (0, 0), (1, 2), open_neighbours)
>>> found.distance[(1, 2)], walk_back(found.came_from, (0, 0), (1, 2))
(3, [(0, 0), (0, 1), (1, 1), (1, 2)])
>>> find(SCHOOL_MAP, "A"), find(SCHOOL_MAP, "T")
((1, 1), (9, 12))
>>> shortest_steps(SCHOOL_MAP, find(SCHOOL_MAP, "A"), find(SCHOOL_MAP, "T"))
21
>>> shortest_steps(without_stairs(SCHOOL_MAP), (1, 1), (9, 12)) is None
True
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

WALL = "#"
MOVES = ((-1, 0), (1, 0), (0, -1), (0, 1))  # up, down, left, right

# A school on a hillside: classrooms and the library up the hill, the canteen down the hill.
# The only ways down are two staircases (S); the ramp at RAMP is real but missing from this map.
SCHOOL_MAP = [
    "######################",
    "#A.....#.............#",
    "#.####.#.#####.#####.#",
    "#.####...#####.#####.#",
    "#.####.#.##L##.......#",
    "#......#.......#####.#",
    "#####S#####S##########",
    "#....................#",
    "#.######.######.####.#",
    "#.######.###T##.####.#",
    "#....................#",
    "######################",
]
RAMP = (6, 20)
PLACES = {
    "A": {"en": "our classroom, 7(2)", "zh-CN": "七年级(2)班教室"},
    "L": {"en": "library", "zh-CN": "图书馆"},
    "T": {"en": "canteen", "zh-CN": "食堂"},
    "S": {"en": "stairs", "zh-CN": "楼梯"},
    "R": {"en": "ramp", "zh-CN": "坡道"},
}

Cell = tuple[int, int]
Neighbours = Callable[[object, Hashable], list]


@dataclass
class Search:
    """What a search did: the cells it reached in order, how it reached each, and how far they are.

    ``came_from[cell]`` is the cell the search stepped from to reach ``cell`` (the start has none);
    ``distance[cell]`` is the number of steps along those links from the start.
    """

    start: Hashable
    goal: Hashable
    reached: list = field(default_factory=list)
    came_from: dict = field(default_factory=dict)
    distance: dict = field(default_factory=dict)

    @property
    def found(self) -> bool:
        return self.goal in self.distance


def find(grid: list[str], letter: str) -> Cell:
    """The (row, column) of the first ``letter`` on the map."""
    for r, row in enumerate(grid):
        if letter in row:
            return (r, row.index(letter))
    raise ValueError(f"no {letter!r} on the map")


def open_neighbours(grid: list[str], cell: Cell) -> list[Cell]:
    """The cells up, down, left and right of ``cell`` that are on the map and not walls."""
    row, col = cell
    result = []
    for dr, dc in MOVES:
        r, c = row + dr, col + dc
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] != WALL:
            result.append((r, c))
    return result


def breadth_first(world, start, goal, neighbours: Neighbours) -> Search:
    """Breadth-first search: reach every cell 1 step away, then 2 steps, ... until the goal."""
    search = Search(start, goal, reached=[start], distance={start: 0})
    queue = deque([start])
    while queue and goal not in search.distance:
        cell = queue.popleft()
        for nxt in neighbours(world, cell):
            if nxt not in search.distance:
                search.distance[nxt] = search.distance[cell] + 1
                search.came_from[nxt] = cell
                search.reached.append(nxt)
                queue.append(nxt)
    return search


def depth_first(world, start, goal, neighbours: Neighbours) -> Search:
    """Depth-first search: always go on from the newest cell; back up only at a dead end."""
    search = Search(start, goal, reached=[start], distance={start: 0})
    stack = [start]
    while stack and goal not in search.distance:
        cell = stack.pop()
        for nxt in neighbours(world, cell):
            if nxt not in search.distance:
                search.distance[nxt] = search.distance[cell] + 1
                search.came_from[nxt] = cell
                search.reached.append(nxt)
                stack.append(nxt)
    return search


def random_walk(world, start, goal, neighbours: Neighbours, seed: int, most: int = 20000) -> int:
    """How many random steps a walker needs from ``start`` to ``goal`` (``most`` if it never gets there)."""
    rng = random.Random(seed)
    cell = start
    for step in range(most):
        if cell == goal:
            return step
        choices = neighbours(world, cell)
        if not choices:
            return most
        cell = rng.choice(choices)
    return most


def walk_back(came_from: dict, start, goal) -> list:
    """The route from ``start`` to ``goal``, following the came-from links back from the goal."""
    route = [goal]
    while route[-1] != start:
        route.append(came_from[route[-1]])
    route.reverse()
    return route


def shortest_steps(grid: list[str], start: Cell, goal: Cell) -> int | None:
    """Steps on the shortest route, or None when there is no route."""
    return breadth_first(grid, start, goal, open_neighbours).distance.get(goal)


def close_cell(grid: list[str], cell: Cell) -> list[str]:
    """A copy of the map with ``cell`` closed (a wall), e.g. a corridor being cleaned."""
    r, c = cell
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])):
        raise ValueError(f"{cell} is not on the map")
    rows = list(grid)
    rows[r] = rows[r][:c] + WALL + rows[r][c + 1 :]
    return rows


def open_cell(grid: list[str], cell: Cell, letter: str = ".") -> list[str]:
    """A copy of the map with ``cell`` made walkable (marked with ``letter``)."""
    r, c = cell
    rows = list(grid)
    rows[r] = rows[r][:c] + letter + rows[r][c + 1 :]
    return rows


def without_stairs(grid: list[str]) -> list[str]:
    """The map as a wheelchair user meets it: stairs are as closed as walls."""
    return [row.replace("S", WALL) for row in grid]


def with_ramp(grid: list[str]) -> list[str]:
    """The map with the ramp the school really has (marked R)."""
    return open_cell(grid, RAMP, "R")


# A small town's bus network: which stops a bus goes to next, in both directions.
BUS_STOPS = {
    "school": {"en": "School", "zh-CN": "学校", "at": (0, 2)},
    "park": {"en": "Park", "zh-CN": "公园", "at": (1.5, 3.2)},
    "market": {"en": "Market", "zh-CN": "菜市场", "at": (1.5, 1.0)},
    "hospital": {"en": "Hospital", "zh-CN": "医院", "at": (3, 0)},
    "station": {"en": "Railway station", "zh-CN": "火车站", "at": (3, 2)},
    "palace": {"en": "Children's Palace", "zh-CN": "少年宫", "at": (3.2, 4)},
    "stadium": {"en": "Stadium", "zh-CN": "体育馆", "at": (4.8, 3.4)},
    "library": {"en": "City library", "zh-CN": "市图书馆", "at": (4.8, 1.0)},
    "museum": {"en": "Museum", "zh-CN": "博物馆", "at": (6.2, 2.2)},
}
BUS_LINKS = [
    ("school", "park"),
    ("school", "market"),
    ("market", "hospital"),
    ("market", "station"),
    ("park", "station"),
    ("park", "palace"),
    ("hospital", "library"),
    ("station", "library"),
    ("palace", "stadium"),
    ("stadium", "museum"),
    ("library", "museum"),
    ("station", "stadium"),
]


def bus_town() -> dict[str, list[str]]:
    """Each stop and the stops one bus ride away."""
    town: dict[str, list[str]] = {stop: [] for stop in BUS_STOPS}
    for a, b in BUS_LINKS:
        town[a].append(b)
        town[b].append(a)
    return town


def next_stops(town: dict[str, list[str]], stop: str) -> list[str]:
    """The neighbours of a stop on the bus map (a neighbours function for the searches)."""
    return list(town[stop])

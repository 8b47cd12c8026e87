"""The town map and the searches that add up minutes: A* is as fast as uniform-cost search with an
admissible heuristic, expands fewer cells, and a heuristic that guesses too high loses the fastest route."""

import doctest
import heapq

import pytest

from aiclass.search import astar
from aiclass.search.astar import (
    TERRAIN,
    TOWN_MAP,
    a_star,
    breadth_first,
    find,
    hook_routes,
    manhattan,
    minutes_to_goal,
    neighbours,
    no_guess,
    overestimated,
    random_town,
    route_minutes,
    step_cost,
    times,
)

HOME, SCHOOL = find(TOWN_MAP, "H"), find(TOWN_MAP, "S")


def brute_force_minutes(grid, start, goal):
    """Dijkstra written independently: fewest minutes from start to goal (None if unreachable)."""
    best = {start: 0}
    queue = [(0, start)]
    while queue:
        m, cell = heapq.heappop(queue)
        if cell == goal:
            return m
        if m > best[cell]:
            continue
        r, c = cell
        for nxt in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if (
                0 <= nxt[0] < len(grid)
                and 0 <= nxt[1] < len(grid[0])
                and grid[nxt[0]][nxt[1]] in TERRAIN
            ):
                new = m + TERRAIN[grid[nxt[0]][nxt[1]]]
                if new < best.get(nxt, 10**9):
                    best[nxt] = new
                    heapq.heappush(queue, (new, nxt))
    return None


def test_doctests_pass():
    result = doctest.testmod(astar)
    assert result.attempted > 0 and result.failed == 0


def test_the_town_is_a_closed_rectangle_with_one_home_and_one_school():
    assert len({len(row) for row in TOWN_MAP}) == 1
    assert set(TOWN_MAP[0]) == set(TOWN_MAP[-1]) == {"#"}
    assert "".join(TOWN_MAP).count("H") == 1 and "".join(TOWN_MAP).count("S") == 1


def test_neighbours_and_costs():
    grid = ["H,#", "^.S"]
    assert sorted(neighbours(grid, (0, 0))) == [(0, 1), (1, 0)]
    assert sorted(neighbours(grid, (0, 1))) == [(0, 0), (1, 1)]  # not into the building
    assert step_cost(grid, (1, 0)) == 5 and step_cost(grid, (0, 1)) == 3
    assert route_minutes(grid, [(0, 0)]) == 0
    assert route_minutes(grid, [(0, 0), (1, 0), (1, 1), (1, 2)]) == 5 + 1 + 1


@pytest.mark.parametrize("seed", range(12))
def test_a_star_finds_the_fewest_minutes_on_random_towns(seed):
    grid = random_town(9, 12, seed)
    start, goal = find(grid, "H"), find(grid, "S")
    truth = brute_force_minutes(grid, start, goal)
    for h in (no_guess, manhattan):
        found = a_star(grid, start, goal, h)
        assert found.minutes == truth
        if truth is not None:
            assert route_minutes(grid, found.route) == truth
            assert all(
                b in neighbours(grid, a) for a, b in zip(found.route, found.route[1:], strict=False)
            )
            assert len(set(found.expanded)) == len(found.expanded)


def test_the_lab_story_holds_on_the_town():
    straight, round_the_park = hook_routes(TOWN_MAP)
    assert (len(straight) - 1, route_minutes(TOWN_MAP, straight)) == (32, 72)
    assert (len(round_the_park) - 1, route_minutes(TOWN_MAP, round_the_park)) == (46, 46)
    ucs = a_star(TOWN_MAP, HOME, SCHOOL, no_guess)
    guided = a_star(TOWN_MAP, HOME, SCHOOL, manhattan)
    bold = a_star(TOWN_MAP, HOME, SCHOOL, times(3, manhattan))
    bfs = breadth_first(TOWN_MAP, HOME, SCHOOL)
    assert ucs.minutes == guided.minutes == 46
    assert len(guided.expanded) < 0.7 * len(ucs.expanded)
    assert bold.minutes > 46 and len(bold.expanded) < len(guided.expanded)
    assert bfs.minutes == 72 and len(bfs.route) == 33


def test_minutes_to_goal_and_overestimates():
    truth = minutes_to_goal(TOWN_MAP, SCHOOL)
    assert truth[SCHOOL] == 0
    assert truth[HOME] == brute_force_minutes(TOWN_MAP, HOME, SCHOOL)
    for cell in list(truth)[::37]:
        assert truth[cell] == brute_force_minutes(TOWN_MAP, cell, SCHOOL)
    assert overestimated(TOWN_MAP, SCHOOL, manhattan) == []
    assert overestimated(TOWN_MAP, SCHOOL, no_guess) == []
    assert len(overestimated(TOWN_MAP, SCHOOL, times(3, manhattan))) > 400


def test_a_search_with_no_route_says_so():
    grid = ["H#S"]
    assert a_star(grid, (0, 0), (0, 2), manhattan).route is None
    assert a_star(grid, (0, 0), (0, 2), manhattan).minutes is None
    assert breadth_first(grid, (0, 0), (0, 2)).found is False

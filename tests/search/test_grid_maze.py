"""The school map and the searches on it: BFS is shortest, DFS and random walks are not."""

import doctest

import pytest

from aiclass.search import grid_maze
from aiclass.search.grid_maze import (
    SCHOOL_MAP,
    breadth_first,
    bus_town,
    close_cell,
    depth_first,
    find,
    next_stops,
    open_neighbours,
    random_walk,
    shortest_steps,
    walk_back,
    with_ramp,
    without_stairs,
)

START, GOAL = find(SCHOOL_MAP, "A"), find(SCHOOL_MAP, "T")


def test_doctests_pass():
    result = doctest.testmod(grid_maze)
    assert result.attempted > 0 and result.failed == 0


def test_the_map_is_a_closed_rectangle():
    assert len({len(row) for row in SCHOOL_MAP}) == 1
    assert set(SCHOOL_MAP[0]) == set(SCHOOL_MAP[-1]) == {"#"}
    assert all(row[0] == row[-1] == "#" for row in SCHOOL_MAP)


def test_neighbours_stay_on_the_map_and_off_walls():
    assert open_neighbours(["..", ".#"], (0, 0)) == [(1, 0), (0, 1)]
    assert open_neighbours(["..", ".#"], (1, 0)) == [(0, 0)]
    assert sorted(open_neighbours(SCHOOL_MAP, START)) == [(1, 2), (2, 1)]


def test_breadth_first_distances_are_shortest_and_grow_one_step_at_a_time():
    found = breadth_first(SCHOOL_MAP, START, GOAL, open_neighbours)
    assert found.found and found.distance[GOAL] == 21
    order = [found.distance[cell] for cell in found.reached]
    assert order == sorted(order)  # the wave: never a farther cell before a nearer one
    for cell, before in found.came_from.items():
        assert found.distance[cell] == found.distance[before] + 1
        assert cell in open_neighbours(SCHOOL_MAP, before)
    route = walk_back(found.came_from, START, GOAL)
    assert route[0] == START and route[-1] == GOAL and len(route) == 22


def test_depth_first_finds_a_longer_route_and_random_walks_are_slow_but_seeded():
    deep = depth_first(SCHOOL_MAP, START, GOAL, open_neighbours)
    assert deep.found and len(walk_back(deep.came_from, START, GOAL)) - 1 == 37
    walks = [random_walk(SCHOOL_MAP, START, GOAL, open_neighbours, seed=s) for s in range(10)]
    assert walks == [
        random_walk(SCHOOL_MAP, START, GOAL, open_neighbours, seed=s) for s in range(10)
    ]
    assert min(walks) > 21 and len(set(walks)) == 10
    assert random_walk(["A#T"], (0, 0), (0, 2), open_neighbours, seed=0, most=50) == 50


def test_closing_a_cell_can_lengthen_or_cut_the_route():
    assert shortest_steps(close_cell(SCHOOL_MAP, (7, 6)), START, GOAL) == 27
    assert shortest_steps(close_cell(SCHOOL_MAP, (2, 1)), START, GOAL) == 23
    assert shortest_steps(close_cell(SCHOOL_MAP, (10, 12)), START, GOAL) is None
    assert SCHOOL_MAP[7][6] == "."  # the original map is untouched
    with pytest.raises(ValueError):
        close_cell(SCHOOL_MAP, (40, 1))


def test_without_stairs_there_is_no_route_and_the_ramp_gives_a_longer_one():
    wheelchair = without_stairs(SCHOOL_MAP)
    assert "S" not in "".join(wheelchair)
    assert shortest_steps(wheelchair, START, GOAL) is None
    assert shortest_steps(with_ramp(wheelchair), START, GOAL) == 39


def test_the_bus_map_is_two_way_and_bfs_counts_rides():
    town = bus_town()
    assert all(stop in town[nxt] for stop, nexts in town.items() for nxt in nexts)
    trip = breadth_first(town, "school", "museum", next_stops)
    assert trip.distance["museum"] == 4
    assert breadth_first(town, "school", "station", next_stops).distance["station"] == 2

"""The search pictures draw in both languages and show what the lab says they show."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.search import drawing  # noqa: E402
from aiclass.search.grid_maze import (  # noqa: E402
    SCHOOL_MAP,
    breadth_first,
    bus_town,
    depth_first,
    find,
    next_stops,
    open_neighbours,
    walk_back,
    with_ramp,
    without_stairs,
)

START, GOAL = find(SCHOOL_MAP, "A"), find(SCHOOL_MAP, "T")


def _texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_place_names_list_only_letters_on_the_map():
    set_language("en")
    assert "R = ramp" not in drawing.place_names(SCHOOL_MAP)
    assert "R = ramp" in drawing.place_names(with_ramp(SCHOOL_MAP))
    set_language("zh-CN")
    assert "T = 食堂" in drawing.place_names(SCHOOL_MAP)


def test_the_wave_writes_step_numbers_only_up_to_the_step_shown():
    found = breadth_first(SCHOOL_MAP, START, GOAL, open_neighbours)
    fig = drawing.show_step(found, SCHOOL_MAP, 5)
    numbers = {int(text) for text in _texts(fig) if text.isdigit()}
    assert numbers == set(range(0, 6))
    assert "step 5: 11 cells reached" in [ax.get_title() for ax in fig.axes]


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_picture_draws(lang):
    set_language(lang)
    found = breadth_first(SCHOOL_MAP, START, GOAL, open_neighbours)
    route = walk_back(found.came_from, START, GOAL)
    deep = depth_first(SCHOOL_MAP, START, GOAL, open_neighbours)
    figs = [
        drawing.show_map(SCHOOL_MAP),
        drawing.show_spread(found, SCHOOL_MAP, [1, 5, 12, 21]),
        drawing.show_route(found, SCHOOL_MAP, route),
        drawing.show_two_searches(
            SCHOOL_MAP,
            [("bfs", found, route), ("dfs", deep, walk_back(deep.came_from, START, GOAL))],
        ),
        drawing.show_walks([100, 300, 50], 21),
        drawing.show_bus_map(bus_town(), ["school", "park", "station"]),
    ]
    assert all(fig.axes for fig in figs)
    assert len(figs[1].axes) == 4


def test_titles_give_the_route_length_or_say_there_is_none():
    set_language("en")
    found = breadth_first(SCHOOL_MAP, START, GOAL, open_neighbours)
    fig = drawing.show_found(found, SCHOOL_MAP)
    assert fig.axes[0].get_title() == "breadth-first: 21-step route, 80 cells reached"
    wheelchair = without_stairs(SCHOOL_MAP)
    stuck = breadth_first(wheelchair, START, GOAL, open_neighbours)
    assert drawing.show_found(stuck, wheelchair).axes[0].get_title().startswith("no route found")
    trip = breadth_first(bus_town(), "school", "museum", next_stops)
    bus = drawing.show_bus_map(bus_town(), walk_back(trip.came_from, "school", "museum"))
    assert bus.axes[0].get_title() == "4 stops"

"""The school corridor: moves, slipping, rewards, distances."""

import numpy as np
import pytest

from aiclass.agents.gridworld import (
    DOWN,
    LEFT,
    RIGHT,
    SCHOOL_CORRIDOR,
    UP,
    SchoolGrid,
    progress_reward,
    school_reward,
)


def test_the_map_has_one_start_one_goal_and_stairs_between():
    school = SchoolGrid(slip=0.0)
    assert school.start == (3, 0) and school.goal == (3, 7)
    assert all(school.kind((3, c)) == "~" for c in range(1, 7))
    assert school.n_states == 32 and school.state_of((2, 5)) == 21 and school.cell_of(21) == (2, 5)


def test_walls_and_pillars_stop_the_robot():
    school = SchoolGrid(slip=0.0)
    assert school.move((0, 0), UP) == (0, 0)
    assert school.move((0, 0), LEFT) == (0, 0)
    assert school.move((0, 2), DOWN) == (0, 2)  # the pillar at (1, 2)
    assert school.move((2, 2), UP) == (2, 2)
    assert school.move((2, 2), RIGHT) == (2, 3)


def test_a_dry_trip_by_the_short_route_delivers_with_return_2():
    school = SchoolGrid(slip=0.0)
    school.reset()
    total, done = 0.0, False
    for action in [UP] + [RIGHT] * 7 + [DOWN]:
        state, reward, done = school.step(action)
        total += reward
    assert done and school.cell_of(state) == school.goal and total == 2.0


def test_bumping_costs_a_move_and_the_stairs_end_the_trip():
    school = SchoolGrid(slip=0.0)
    school.reset()
    assert school.step(LEFT) == (24, -1.0, False)
    assert school.step(RIGHT) == (25, -30.0, True)


def test_slipping_happens_about_one_move_in_ten_and_is_seeded():
    def trips(seed):
        school = SchoolGrid(seed=seed)
        ends = []
        for _ in range(400):
            school.reset()
            ends.append(school.step(UP)[0])
        return ends

    ends = trips(5)
    assert ends == trips(5)
    wrong = np.mean(np.array(ends) != 16)  # up from the staff room is cell 16 unless it slipped
    assert 0.04 < wrong < 0.13  # 0.1 × ¾ of the random directions go elsewhere


def test_distances_go_around_the_stairs():
    school = SchoolGrid()
    assert school.distance((3, 0)) == 9
    assert school.distance((0, 0)) == 10
    assert school.distance((3, 7)) == 0


def test_invalid_actions_are_refused():
    with pytest.raises(ValueError):
        SchoolGrid().step(4)


def test_progress_reward_pays_for_getting_closer_and_nothing_for_moving_away():
    assert progress_reward((2, 3), (2, 4), "move") == 1.0
    assert progress_reward((2, 4), (2, 3), "move") == 0.0
    assert progress_reward((2, 4), (2, 4), "bump") == 0.0
    assert progress_reward((2, 7), (3, 7), "delivered") == 10.0
    assert school_reward((2, 4), (2, 3), "move") == -1.0
    assert school_reward((2, 4), (3, 4), "stairs") == -30.0


def test_a_custom_layout_works():
    tiny = SchoolGrid(layout=("S.G",), slip=0.0)
    tiny.reset()
    assert tiny.step(RIGHT)[1:] == (-1.0, False)
    assert tiny.step(RIGHT)[1:] == (10.0, True)
    assert SCHOOL_CORRIDOR[3].startswith("S")

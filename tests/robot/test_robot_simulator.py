"""The simulator, closed loop, with the boards' own policy code."""

import numpy as np
import pytest

from aiclass.robot import Noise, Simulator, get_track, lap_report, simulate
from aiclass.robot.robot_spec import RobotSpec
from aiclass.robot.sensors import read_distance_cm, read_line


@pytest.mark.parametrize("mode", ["line", "pid", "model"])
def test_line_follower_completes_the_oval(mode):
    run = simulate("oval", mode, seconds=40, seed=0)
    report = lap_report(run)
    assert report.completed, report
    assert report.in_view > 0.9
    assert report.max_offset_m < 0.05
    assert run.collisions == 0


def test_rule_line_follower_goes_through_the_figure_eight_crossing():
    report = lap_report(simulate("figure_eight", "line", seconds=40, seed=1))
    assert report.completed, report


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_obstacle_avoider_drives_around_without_collisions(seed):
    run = simulate("obstacles", "avoid", seconds=60, seed=seed)
    assert run.collisions == 0
    assert run.distance_m() > 3.0  # it really drove, not just spun on the spot
    assert "turn" in run.decisions  # and it met obstacles


def test_a_robot_that_ignores_obstacles_crashes():
    class Straight:
        def step(self, line, distance_cm):
            return "forward", 50, 50

    run = Simulator("obstacles", seed=0, policy=Straight()).run_for(20)
    assert run.collisions >= 1


def test_same_seed_same_run_and_other_seed_other_noise():
    a = simulate("oval", "line", seconds=5, seed=3)
    b = simulate("oval", "line", seconds=5, seed=3)
    c = simulate("oval", "line", seconds=5, seed=4)
    assert a.readings == b.readings and a.poses == b.poses
    assert a.readings != c.readings


def test_reset_starts_over_exactly():
    simulator = Simulator("oval", "line", seed=2)
    first = simulator.run_for(3).readings
    simulator.reset()
    assert simulator.run_for(3).readings == first


def test_obstacle_course_is_seeded():
    assert get_track("obstacles", 5).circles == get_track("obstacles", 5).circles
    assert get_track("obstacles", 5).circles != get_track("obstacles", 6).circles


def test_line_sensors_see_the_line_under_them():
    track = get_track("oval")
    rng = np.random.default_rng(0)
    on_line = np.array([0.8 - 0.07, 0.3, 0.0])  # sensors right above the bottom straight
    left, centre, right = read_line(track, on_line, RobotSpec(), Noise.none(), rng)
    assert centre > 800 and left < 200 and right < 200
    shifted = on_line + (0, -0.02, 0)  # robot 2 cm to the right: the line is under the left one
    left, centre, right = read_line(track, shifted, RobotSpec(), Noise.none(), rng)
    assert left > 800 and centre < 500


def test_distance_sensor_measures_the_wall_ahead():
    track = get_track("oval")
    pose = np.array([1.0, 0.7, 0.0])  # facing the right wall at x = 2.0
    cm = read_distance_cm(
        track, pose, RobotSpec(distance_cone_deg=1), Noise.none(), np.random.default_rng(0)
    )
    assert cm == pytest.approx(100 - 7, abs=1)


def test_accelerometer_reads_gravity_and_turning():
    run = simulate("oval", "line", seconds=20, seed=0)
    readings = np.array(run.readings)
    assert abs(readings[:, 6].mean() + 1000) < 20  # lying flat: z is -1 g
    in_bend = run.path()[:-1, 0] > 1.45  # the right-hand bend, driven anticlockwise
    assert readings[in_bend, 5].mean() > 4  # sideways acceleration to the left, about v²/r

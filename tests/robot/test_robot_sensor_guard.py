"""The fail-safe for a blocked, silent or stuck distance sensor (common/sensor_guard.py)."""

import numpy as np
import pytest

from aiclass.robot import Simulator, simulate
from aiclass.robot.boards import BOARDS
from aiclass.robot.firmware import firmware_module, make_policy
from aiclass.robot.micropython import run_board

NO_ECHO = 999
WARNING = "check_sensor"


def drive(readings):
    """Step a fresh firmware avoider through distance readings: (decisions, faults)."""
    avoider = make_policy("avoid")
    decisions, faults = [], []
    for cm in readings:
        decisions.append(avoider.step((80, 80, 80), cm)[0])
        faults.append(avoider.sensor_fault)
    return decisions, faults


def approach(start=200, steps=10):
    """A wall far ahead that comes 1 cm closer every step."""
    return list(range(start, start - steps, -1))


def test_a_blocked_sensor_slows_the_robot_then_stops_it_and_says_so():
    decisions, faults = drive([NO_ECHO] * 30)
    guard = firmware_module("sensor_guard")
    assert decisions[: guard.SLOW_AFTER - 1] == ["forward"] * (guard.SLOW_AFTER - 1)
    assert "slow" in decisions[: guard.STOP_AFTER]
    assert decisions[guard.STOP_AFTER - 1 :] == ["stop"] * (30 - guard.STOP_AFTER + 1)
    assert faults[guard.STOP_AFTER - 1 :] == [True] * (30 - guard.STOP_AFTER + 1)
    assert not any(faults[: guard.STOP_AFTER - 1])


def test_one_or_two_missing_echoes_in_open_space_do_not_stop_the_robot():
    readings = approach(300, 10) + [NO_ECHO] + approach(290, 10) + [NO_ECHO] * 2 + approach(280)
    decisions, faults = drive(readings)
    assert decisions == ["forward"] * len(readings)
    assert not any(faults)


def test_readings_of_zero_are_a_fault():
    decisions, faults = drive([0] * 20)
    assert decisions[-1] == "stop" and faults[-1]


def test_a_stuck_sensor_is_noticed_while_the_robot_drives():
    stuck = firmware_module("sensor_guard").STUCK_STEPS
    decisions, faults = drive([120] * (stuck + 5))
    assert decisions[0] == "forward"
    assert "slow" in decisions[:stuck]  # it slows down first
    assert decisions[stuck:] == ["stop"] * 5 and faults[-1]


def test_a_stuck_sensor_that_reads_very_close_does_not_back_up_for_ever():
    decisions, faults = drive([2] * 40)
    assert decisions[0] == "back" and decisions[-1] == "stop" and faults[-1]


def test_a_stuck_sensor_that_keeps_the_robot_turning_is_noticed_too():
    decisions, faults = drive([30] * 40)
    assert decisions[0] == "turn" and decisions[-1] == "stop" and faults[-1]


def test_a_loose_wire_that_jumps_every_step_is_a_fault_but_one_jump_is_not():
    decisions, faults = drive([30, 300] * 10)
    assert decisions[-1] == "stop" and faults[-1]
    decisions, faults = drive([30] * 5 + approach(300, 20))  # turning past an obstacle's edge
    assert not any(faults)


def test_a_robot_standing_still_may_read_the_same_for_ever():
    guard = firmware_module("sensor_guard").SensorGuard()
    assert {guard.check(87, moving=False) for _ in range(200)} == {"ok"}


def test_the_robot_drives_again_after_a_few_good_readings():
    good = firmware_module("sensor_guard").GOOD_STEPS
    decisions, faults = drive([NO_ECHO] * 15 + approach(200, good + 3))
    assert decisions[15 : 15 + good - 1] == ["stop"] * (good - 1)
    assert faults[15 + good - 2] and not faults[15 + good - 1]
    assert decisions[-1] == "forward"


def test_a_stuck_sensor_must_change_before_the_robot_trusts_it_again():
    stuck = firmware_module("sensor_guard").STUCK_STEPS
    decisions, faults = drive([120] * (stuck + 20) + approach(119, 10))
    assert decisions[stuck + 19] == "stop" and faults[stuck + 19]  # still stuck: still stopped
    assert decisions[-1] == "forward" and not faults[-1]


def test_every_board_shows_the_sensor_warning_and_the_loop_asks_for_it():
    assert firmware_module("robot_loop").SENSOR_FAULT == WARNING
    for board in BOARDS.values():
        assert f'"{WARNING}"' in (board.folder / "hal.py").read_text(encoding="utf-8")


class FakeHal:
    """The same recording as robotics/firmware/fakes/hal.py, in CPython."""

    def __init__(self, readings):
        self.readings = readings
        self.step = -1
        self.decisions, self.wheels, self.shown = [], [], []

    def read_line(self):
        self.step += 1
        return tuple(self.readings[self.step][:3])

    def read_distance_cm(self):
        return self.readings[self.step][3]

    def read_accel(self):
        return tuple(self.readings[self.step][4:])

    def drive(self, left, right):
        self.wheels[self.step : self.step + 1] = [[left, right]]

    def show(self, decision):
        self.shown.append(decision)
        if self.step >= len(self.decisions):
            self.decisions.append(decision)

    def stop(self):
        pass

    def button_a(self):
        return False

    button_b = button_a

    def ticks_ms(self):
        return 0

    def sleep_ms(self, ms):
        pass


def covered_then_stuck_then_fixed():
    """A wall comes closer; the sensor is covered, uncovered, gets stuck, then works again."""
    cms = approach(300, 12) + [NO_ECHO] + approach(287, 12) + [NO_ECHO] * 15
    cms += approach(250, 8) + [120] * 35 + approach(119, 8)
    return [[80, 80, 80, cm, 0, 0, -1000] for cm in cms]


@pytest.mark.usefixtures("node_tools")
@pytest.mark.parametrize("board", sorted(BOARDS))
def test_micropython_decides_and_warns_as_cpython_does(board):
    readings = covered_then_stuck_then_fixed()
    hal = FakeHal(readings)
    firmware_module("robot_loop").run(hal, "avoid", steps=len(readings))
    done = run_board(board, readings, "avoid", steps=len(readings))
    assert done["decisions"] == hal.decisions
    assert done["wheels"] == hal.wheels
    assert done["shown"] == hal.shown
    assert hal.shown.count(WARNING) > 10 and hal.decisions.count("stop") == hal.shown.count(WARNING)
    assert hal.decisions[-1] == "forward"  # it works again at the end


class CoveredLater:
    """The firmware avoider whose sensor reads `reads` from step `after` on (a cup over it)."""

    def __init__(self, after, reads):
        self.policy = make_policy("avoid")
        self.after = after
        self.reads = reads
        self.steps = 0

    def step(self, line, distance_cm):
        self.steps += 1
        return self.policy.step(line, self.reads if self.steps > self.after else distance_cm)


@pytest.mark.parametrize(("reads", "seed"), [(NO_ECHO, 0), (NO_ECHO, 1), (NO_ECHO, 7), (120, 3)])
def test_a_robot_whose_sensor_is_covered_half_way_stops_before_hitting_anything(reads, seed):
    policy = CoveredLater(after=300, reads=reads)
    run = Simulator("obstacles", "avoid", seed, policy=policy).run_for(18)
    path = run.path()
    after_cover_cm = 100 * np.hypot(*np.diff(path[300:, :2], axis=0).T).sum()
    assert run.collisions == 0
    assert "forward" in run.decisions[:300] and "stop" not in run.decisions[:300]
    assert run.decisions[-100:] == ["stop"] * 100 and policy.policy.sensor_fault
    assert after_cover_cm < (5 if reads == NO_ECHO else 20)
    assert np.hypot(*np.diff(path[-20:, :2], axis=0).T).sum() < 1e-3  # standing still


@pytest.mark.parametrize("seed", [0, 5])
def test_in_the_simulated_arenas_a_working_sensor_never_stops_the_robot(seed):
    run = simulate("obstacles", "avoid", seconds=60, seed=seed)
    assert "stop" not in run.decisions and run.collisions == 0

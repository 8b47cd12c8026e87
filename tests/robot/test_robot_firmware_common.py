"""The shared firmware code (robotics/firmware/common), run under CPython."""

import ast

import pytest

from aiclass.robot.boards import BOARDS, firmware_files
from aiclass.robot.firmware import firmware_module, make_policy
from aiclass.robot.paths import firmware_dir

NOT_ON_MICROPYTHON = {
    "typing",
    "dataclasses",
    "abc",
    "enum",
    "pathlib",
    "functools",
    "numpy",
    "__future__",
    "json",
}


def firmware_sources():
    return sorted((firmware_dir() / "common").rglob("*.py")) + sorted(
        (firmware_dir() / "boards").rglob("*.py")
    )


@pytest.mark.parametrize("path", firmware_sources(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_firmware_file_uses_only_what_micropython_has(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [(node.module or "").split(".")[0]]
        else:
            names = []
        assert not NOT_ON_MICROPYTHON & set(names), f"{path.name}:{node.lineno} imports {names}"
        assert not isinstance(node, ast.JoinedStr), f"{path.name}:{node.lineno}: no f-strings"


@pytest.mark.parametrize("board", sorted(BOARDS))
def test_board_gets_main_hal_and_common_with_unique_names(board):
    files = firmware_files(board)
    assert {"main.py", "hal.py", "robot_loop.py", "line_model.py", "pid_control.py"} <= set(files)


@pytest.mark.parametrize(
    ("line", "seen"),
    [
        ((100, 900, 100), "forward"),
        ((900, 900, 900), "forward"),
        ((900, 300, 100), "left"),
        ((900, 900, 100), "left"),
        ((100, 300, 900), "right"),
        ((80, 80, 80), "lost"),
    ],
)
def test_line_rules_say_where_the_line_is(line, seen):
    assert firmware_module("line_rules").see_line_by_rules(line) == seen


def test_line_follower_turns_towards_the_line_and_searches_where_it_was_last_seen():
    follower = make_policy("line")
    decision, left, right = follower.step((900, 200, 100), 999)
    assert decision == "left" and left < right
    decision, left, right = follower.step((80, 80, 80), 999)
    assert decision == "search_left" and left < right
    follower.step((100, 200, 900), 999)
    assert follower.step((80, 80, 80), 999)[0] == "search_right"


def test_obstacle_avoider_slows_then_turns_then_drives_on():
    avoider = make_policy("avoid")
    assert avoider.step((0, 0, 0), 200)[0] == "forward"
    assert avoider.step((0, 0, 0), 50)[0] == "slow"
    decision, left, right = avoider.step((0, 0, 0), 30)
    assert decision == "turn" and not (left > 0 and right > 0)
    assert avoider.step((0, 0, 0), 5)[0] == "back"
    decisions = [avoider.step((0, 0, 0), 200)[0] for _ in range(10)]
    assert decisions[0] == "turn" and decisions[-1] == "forward"


def test_pid_pushes_back_against_the_error_and_respects_its_limit():
    pid = firmware_module("pid_control").PID(kp=2.0, ki=1.0, kd=0.5, limit=10)
    assert pid.update(1.0, 0.1) > 0
    assert pid.update(-100.0, 0.1) == -10
    pid.reset()
    assert pid.integral == 0.0


def test_line_position_is_minus_one_left_and_plus_one_right():
    position = firmware_module("pid_control").line_position
    assert position((1000, 0, 0)) == -1.0
    assert position((0, 0, 1000)) == 1.0
    assert position((0, 500, 0)) == 0.0
    assert position((0, 0, 0)) == 0.0


def test_accelerometer_window_features():
    features = firmware_module("accel_features")
    samples = [(0, 10, -1000), (10, 10, -1000), (20, 10, -1000)]
    values = features.window_features(samples)
    assert len(values) == len(features.feature_names()) == 15
    x_mean, x_std, x_min, x_max, x_energy = values[:5]
    assert (x_mean, x_min, x_max) == (10.0, 0, 20)
    assert x_std == pytest.approx((200 / 3) ** 0.5)
    assert x_energy == pytest.approx(500 / 3)
    assert values[6] == 0.0  # y never changes
    window = features.AccelWindow(size=2)
    for sample in samples:
        window.add(sample)
    assert window.full() and window.samples == samples[1:]


def test_model_policy_predicts_the_class_with_the_highest_score():
    predict = firmware_module("model_policy").predict
    assert predict(lambda x: [0.1, 0.7, 0.2], ["a", "b", "c"], [0]) == "b"
    assert predict(lambda x: [0.5, 0.5], ["a", "b"], [0]) == "a"


def test_sensor_log_line_matches_its_header():
    log = firmware_module("sensor_log")
    line = log.csv_line(120, (1, 2, 3), 45, (4, 5, -1000), "left")
    assert line == "120,1,2,3,45,4,5,-1000,left"
    assert len(line.split(",")) == len(log.HEADER.split(","))

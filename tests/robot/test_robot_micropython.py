"""The firmware on a real MicroPython interpreter (WebAssembly, under Node) with a fake hal."""

import numpy as np
import pytest

from aiclass.robot import simulate
from aiclass.robot.boards import BOARDS
from aiclass.robot.errors import FirmwareTimeout, RobotError
from aiclass.robot.export import collect_line_data, train_line_model, write_model_module
from aiclass.robot.micropython import result_of, run_board, run_micropython
from aiclass.robot.paths import models_dir

pytestmark = pytest.mark.usefixtures("node_tools")
BOARD_NAMES = sorted(BOARDS)
FLOOR, BLACK, FAR = 80, 900, 999


def reading(left=FLOOR, centre=FLOOR, right=FLOOR, distance=FAR):
    return [left, centre, right, distance, 0, 0, -1000]


@pytest.mark.parametrize("board", BOARD_NAMES)
def test_turns_towards_the_line_when_the_left_sensor_sees_black(board):
    done = run_board(board, [reading(centre=BLACK), reading(left=BLACK)], "line")
    assert done["decisions"] == ["forward", "left"]
    left_wheel, right_wheel = done["wheels"][1]
    assert left_wheel < right_wheel


@pytest.mark.parametrize("board", BOARD_NAMES)
def test_does_not_drive_into_an_obstacle(board):
    approach = [reading(distance=cm) for cm in (200, 120, 80, 55, 45, 33, 25, 18, 12)]
    done = run_board(board, approach, "avoid", steps=len(approach))
    assert done["decisions"][0] == "forward"
    assert all(not (left > 0 and right > 0) for left, right in done["wheels"][-4:])
    assert done["stopped"]  # after its steps the loop ends with the motors stopped


@pytest.mark.parametrize("board", BOARD_NAMES)
def test_button_a_picks_line_following(board):
    code = (
        "import hal, main, json\n"
        "mode = main.pick_mode()\n"
        "print('RESULT ' + json.dumps({'mode': mode}))\n"
    )
    files = _board_files(board)
    script = '{"readings": [], "buttons": [[100, 200, "a"]]}'
    assert result_of(run_micropython(files, code, {"fake_script.json": script}))["mode"] == "line"


def _board_files(board):
    from aiclass.robot.boards import firmware_files
    from aiclass.robot.paths import firmware_dir

    files = firmware_files(board)
    files["hal.py"] = firmware_dir() / "fakes" / "hal.py"
    return files


@pytest.mark.parametrize(
    ("track", "mode", "board"),
    [
        ("oval", "line", "microbit"),
        ("oval", "model", "esp32"),
        ("figure_eight", "pid", "microbit"),
        ("obstacles", "avoid", "esp32"),
    ],
)
def test_same_decisions_under_micropython_as_under_cpython(track, mode, board):
    recorded = simulate(track, mode, seconds=30, seed=7)  # CPython, closed loop
    replayed = run_board(board, recorded.readings, mode)  # MicroPython, same readings
    assert replayed["steps"] == recorded.steps
    assert replayed["decisions"] == recorded.decisions
    assert replayed["wheels"] == recorded.wheels


def test_exported_model_predicts_on_micropython_what_scikit_learn_predicts(tmp_path):
    features, labels = collect_line_data(seed=11, seconds=10)
    model = train_line_model(features, labels, max_depth=6)
    path = write_model_module(model, "line_model", "A test model.", tmp_path)
    batch = np.vstack([features, np.random.default_rng(0).integers(0, 1001, size=(300, 3))])
    code = (
        "import line_model, json\n"
        f"rows = {batch.tolist()!r}\n"
        "print('RESULT ' + json.dumps([line_model.score(r) for r in rows]))\n"
    )
    scores = np.array(result_of(run_micropython({"line_model.py": path}, code)))
    assert [model.classes_[i] for i in scores.argmax(axis=1)] == list(model.predict(batch))
    np.testing.assert_allclose(scores, model.predict_proba(batch), rtol=0, atol=1e-12)


def test_the_shipped_line_model_runs_on_micropython():
    code = "import line_model\nprint(line_model.CLASSES, line_model.score([80, 900, 80]))\n"
    out = run_micropython({"line_model.py": models_dir() / "line_model.py"}, code)
    assert out.strip() == "['forward', 'left', 'lost', 'right'] [1.0, 0.0, 0.0, 0.0]"


def test_a_firmware_that_never_finishes_is_stopped_and_reported():
    with pytest.raises(FirmwareTimeout, match="firmware did not finish in 2 s"):
        run_micropython({}, "while True:\n    pass\n", timeout_s=2)


def test_a_python_error_in_the_firmware_is_reported_in_one_line():
    with pytest.raises(RobotError, match="ZeroDivisionError"):
        run_micropython({}, "x = 1 // 0\n")


def test_micropython_is_really_micropython():
    out = run_micropython({}, "import sys\nprint(sys.implementation.name)\n")
    assert out.strip() == "micropython"

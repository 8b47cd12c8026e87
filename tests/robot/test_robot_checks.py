"""The three firmware checks of `aiclass robot check`, on the real boards and on broken copies."""

import shutil

import pytest

from aiclass.robot import paths
from aiclass.robot.boards import BOARDS
from aiclass.robot.checks import check_board, check_compiles, check_runs, check_types, ensure_stubs
from aiclass.robot.errors import FirmwareTimeout

pytestmark = pytest.mark.usefixtures("node_tools")


@pytest.mark.parametrize("board", sorted(BOARDS))
def test_every_check_passes_for_the_board(board):
    results = check_board(board)
    assert [r.name for r in results] == ["pyright", "mpy-cross", "micropython"]
    assert all(r.ok for r in results), [r.line() for r in results]


def test_stubs_are_installed_once_with_only_the_boards_modules():
    folder = ensure_stubs("microbit")
    assert (folder / "stdlib" / "microbit" / "__init__.pyi").is_file()
    assert (folder / "lib" / "python3.8" / "site-packages").is_dir()
    assert ensure_stubs("microbit") == folder


@pytest.fixture
def broken_copy(tmp_path, monkeypatch):
    """A copy of robotics/firmware in which the micro:bit main.py can be broken."""
    for board in BOARDS:
        ensure_stubs(board)
    shutil.copytree(paths.firmware_dir(), tmp_path / "robotics" / "firmware")
    (tmp_path / ".stubs").symlink_to(paths.repo_root() / ".stubs")
    (tmp_path / "node_modules").symlink_to(paths.node_modules_dir())
    monkeypatch.setattr(paths, "repo_root", lambda: tmp_path)
    return tmp_path / "robotics" / "firmware" / "boards" / "microbit" / "main.py"


def test_pyright_catches_a_call_the_microbit_does_not_have(broken_copy):
    broken_copy.write_text(broken_copy.read_text() + "\nimport microbit\nmicrobit.fly()\n")
    result = check_types("microbit")
    assert not result.ok
    assert "fly" in result.summary and "main.py" in result.summary


def test_pyright_catches_a_module_the_microbit_does_not_have(broken_copy):
    broken_copy.write_text("import json\n" + broken_copy.read_text())
    assert "json" in check_types("microbit").summary


def test_mpy_cross_catches_a_syntax_error(broken_copy):
    broken_copy.write_text(broken_copy.read_text() + "\ndef oops(:\n")
    result = check_compiles("microbit")
    assert not result.ok and "main.py" in result.summary


def test_a_main_loop_that_never_ends_is_reported_not_waited_for(broken_copy):
    broken_copy.write_text(
        broken_copy.read_text().replace(
            "    robot_loop.run(hal, mode, steps, log)", "    while True:\n        pass"
        )
    )
    with pytest.raises(FirmwareTimeout, match="firmware did not finish in 3 s"):
        check_runs("microbit", timeout_s=3)

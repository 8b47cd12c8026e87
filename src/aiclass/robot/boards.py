"""The robot kits we support, and which files go onto each board."""

from dataclasses import dataclass
from pathlib import Path

from aiclass.robot.errors import RobotError
from aiclass.robot.paths import common_dir, firmware_dir, models_dir


@dataclass(frozen=True)
class Board:
    """One kit: a name, a title and its folder in robotics/firmware/boards."""

    name: str
    title: str

    @property
    def folder(self) -> Path:
        return firmware_dir() / "boards" / self.name

    @property
    def stubs_file(self) -> Path:
        """The pinned stub packages for pyright, one requirement a line."""
        return self.folder / "stubs.txt"

    @property
    def pyright_config(self) -> Path:
        return self.folder / "pyrightconfig.json"


BOARDS = {
    "microbit": Board("microbit", "BBC micro:bit v2"),
    "esp32": Board("esp32", "ESP32 robot car"),
}


def get_board(name: str) -> Board:
    """The board called `name`, or a RobotError that lists the known boards."""
    try:
        return BOARDS[name]
    except KeyError:
        known = ", ".join(sorted(BOARDS))
        raise RobotError(f"unknown board {name!r}; choose one of: {known}") from None


def firmware_files(board: str) -> dict[str, Path]:
    """Every file that goes onto the board, by its name there.

    The board's filesystem is flat (the micro:bit has no folders), so common/,
    common/models/ and the board folder are merged; names must not clash.
    """
    files: dict[str, Path] = {}
    for folder in (common_dir(), models_dir(), get_board(board).folder):
        for path in sorted(folder.glob("*.py")):
            if path.name in files:
                raise RobotError(
                    f"two firmware files are called {path.name}: {files[path.name]}, {path}"
                )
            files[path.name] = path
    return files

"""Where the robot files live in this checkout."""

from pathlib import Path


def repo_root() -> Path:
    """The repository root: it holds robotics/, package.json and node_modules/."""
    return Path(__file__).resolve().parents[3]


def firmware_dir() -> Path:
    """robotics/firmware: common/, boards/ and fakes/."""
    return repo_root() / "robotics" / "firmware"


def common_dir() -> Path:
    """The portable MicroPython shared by every board (and imported by the simulator)."""
    return firmware_dir() / "common"


def models_dir() -> Path:
    """Models exported from notebooks, e.g. line_model.py."""
    return common_dir() / "models"


def node_modules_dir() -> Path:
    """Where `npm ci` puts pyright and the MicroPython WebAssembly port."""
    return repo_root() / "node_modules"


def stubs_dir(board: str) -> Path:
    """Where a board's MicroPython type stubs are installed (build output)."""
    return repo_root() / ".stubs" / board

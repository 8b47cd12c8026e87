"""Import the firmware's shared code (robotics/firmware/common) into CPython.

The simulator runs the very same policy code as the boards: this is the one place
that makes it importable.
"""

import importlib
import sys
from types import ModuleType

from aiclass.robot.paths import common_dir, models_dir


def firmware_module(name: str) -> ModuleType:
    """Import a module of robotics/firmware/common (or common/models) by its name on the board."""
    for folder in (models_dir(), common_dir()):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    return importlib.import_module(name)


def make_policy(mode: str):
    """A fresh policy object exactly as the boards make it: "line", "avoid", "model" or "pid"."""
    return firmware_module("robot_loop").make_policy(mode)

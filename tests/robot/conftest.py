"""Shared fixtures for the robot tests."""

import os
import shutil

import pytest

from aiclass.robot.paths import node_modules_dir


@pytest.fixture
def node_tools() -> None:
    """Node with pyright and MicroPython from `npm ci`: skipped without them, except in CI."""
    missing = []
    if shutil.which("node") is None:
        missing.append("node")
    if not (node_modules_dir() / "@micropython" / "micropython-webassembly-pyscript").is_dir():
        missing.append("node_modules (run `npm ci`)")
    if missing:
        reason = "needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI must install them")
        pytest.skip(reason)

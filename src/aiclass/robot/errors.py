"""Errors the robot tools raise: each has a one-line reason a teacher can act on."""

from aiclass.errors import AiclassError


class RobotError(AiclassError):
    """A robot tool could not do its job (no board, no Node, a failing firmware, ...)."""


class FirmwareTimeout(RobotError):
    """The firmware did not finish in time (it probably loops forever)."""

"""The classroom robot: a simulator that runs the boards' own policy code, and host tools
to check, flash and log the real robots (micro:bit v2 and ESP32).

    from aiclass.robot import simulate, lap_report
    run = simulate("oval", "line", seconds=60)
    lap_report(run).completed        # True: one lap with the line in view

Pictures: aiclass.robot.drawing.plot_run(run); live: aiclass.robot.live.LiveView("oval").
"""

from aiclass.robot.errors import FirmwareTimeout, RobotError
from aiclass.robot.laps import LapReport, lap_report
from aiclass.robot.robot_spec import Noise, RobotSpec
from aiclass.robot.simulator import Run, Simulator, simulate
from aiclass.robot.tracks import TRACKS, Track, get_track

__all__ = [
    "TRACKS",
    "FirmwareTimeout",
    "LapReport",
    "Noise",
    "RobotError",
    "RobotSpec",
    "Run",
    "Simulator",
    "Track",
    "get_track",
    "lap_report",
    "simulate",
]

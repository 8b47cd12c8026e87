"""The robot picture: every pose draws, and different poses look different."""

from aiclass.widgets.picture import figure_png
from aiclass.widgets.robot_picture import POSES, robot_figure


def test_every_pose_draws_a_different_picture():
    pictures = {pose: figure_png(robot_figure(pose)) for pose in POSES}
    assert len(set(pictures.values())) == len(POSES)


def test_colour_changes_the_picture():
    assert figure_png(robot_figure("stand", "#0072B2")) != figure_png(
        robot_figure("stand", "#E69F00")
    )

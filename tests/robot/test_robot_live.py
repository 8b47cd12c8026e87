"""Pictures and the live view."""

import ipywidgets as widgets
import matplotlib.pyplot as plt

from aiclass.robot import simulate
from aiclass.robot.drawing import plot_run, save_animation, save_picture
from aiclass.robot.live import LiveView

PNG = b"\x89PNG"


def test_live_view_steps_plays_and_resets():
    view = LiveView("oval", "line", steps_per_frame=5)
    assert isinstance(view.widget, widgets.VBox)
    first = bytes(view.image.value)
    assert first.startswith(PNG)
    view.step_button.click()
    assert view.simulator.run.steps == 5
    assert bytes(view.image.value) != first
    view.play.value = 1  # what the Play button does on each tick
    view.play.value = 2
    assert view.simulator.run.steps == 15
    assert "decision" in view.status.value and "laps" in view.status.value
    view.reset_button.click()
    assert view.simulator.run.steps == 0
    assert bytes(view.image.value) == first


def test_live_view_on_the_obstacle_track_counts_collisions():
    view = LiveView("obstacles", "avoid")
    view.advance()
    assert "collisions" in view.status.value and "laps" not in view.status.value


def test_picture_and_animation_of_a_run(tmp_path):
    run = simulate("obstacles", "avoid", seconds=5)
    figure = plot_run(run)
    assert len(figure.axes) == 1
    plt.close(figure)
    assert save_picture(run, tmp_path / "run.png").read_bytes().startswith(PNG)
    gif = save_animation(run, tmp_path / "run.gif", frames=5)
    assert gif.read_bytes().startswith(b"GIF8")

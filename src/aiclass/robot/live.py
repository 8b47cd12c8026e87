"""A live view of the simulator for JupyterLab and Voila: play, step and reset buttons
and a picture that updates as the robot drives. Everything is drawn here (Pillow), so
nothing is fetched from the internet."""

import io

import ipywidgets as widgets
import numpy as np
from PIL import Image, ImageDraw

from aiclass.robot.laps import progress_along_line
from aiclass.robot.simulator import Simulator
from aiclass.robot.tracks import Track

FLOOR, WALL, LINE, OBSTACLE = "#f4f1ea", "#5a4a3a", "#111111", "#b5523b"
ROBOT, TRAIL = "#3b7dd8", "#7fa9e6"


class Canvas:
    """Turns metres on the track into pixels, and draws the track once for reuse."""

    def __init__(self, track: Track, width_px: int = 480) -> None:
        self.track = track
        self.scale = (width_px - 20) / track.width
        self.size = (width_px, int(track.height * self.scale) + 20)
        self.background = self._draw_track()

    def px(self, x: float, y: float) -> tuple[float, float]:
        return 10 + x * self.scale, self.size[1] - 10 - y * self.scale

    def _draw_track(self) -> Image.Image:
        image = Image.new("RGB", self.size, FLOOR)
        draw = ImageDraw.Draw(image)
        draw.rectangle(
            [self.px(0, self.track.height), self.px(self.track.width, 0)], outline=WALL, width=4
        )
        if self.track.line is not None:
            points = [self.px(x, y) for x, y in self.track.line]
            width = max(2, int(self.track.line_width * self.scale))
            draw.line([*points, points[0]], fill=LINE, width=width, joint="curve")
        for x, y, r in self.track.circles:
            (x0, y0), (x1, y1) = self.px(x - r, y + r), self.px(x + r, y - r)
            draw.ellipse([x0, y0, x1, y1], fill=OBSTACLE)
        for x0, y0, x1, y1 in self.track.boxes:
            draw.rectangle([self.px(x0, y1), self.px(x1, y0)], fill=OBSTACLE)
        return image

    def frame(self, simulator: Simulator, trail: int = 400) -> bytes:
        """A PNG of the track, the robot's recent path and the robot now."""
        image = self.background.copy()
        draw = ImageDraw.Draw(image)
        recent = [self.px(x, y) for x, y, _ in simulator.run.poses[-trail:]]
        if len(recent) > 1:
            draw.line(recent, fill=TRAIL, width=2)
        x, y, heading = simulator.pose
        r = simulator.spec.radius * self.scale
        cx, cy = self.px(x, y)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=ROBOT, outline="white", width=2)
        nose = self.px(
            x + simulator.spec.radius * np.cos(heading), y + simulator.spec.radius * np.sin(heading)
        )
        draw.line([(cx, cy), nose], fill="white", width=3)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()


class LiveView:
    """Watch a simulated robot drive. `LiveView("oval", "line").widget` is the thing to show;
    in a notebook, the LiveView itself displays as that widget."""

    def __init__(
        self,
        track: Track | str = "oval",
        mode: str = "line",
        seed: int = 0,
        steps_per_frame: int = 4,
        width_px: int = 480,
    ) -> None:
        self.simulator = Simulator(track, mode, seed)
        self.canvas = Canvas(self.simulator.track, width_px)
        self.steps_per_frame = steps_per_frame
        self.image = widgets.Image(format="png", width=width_px)
        self.play = widgets.Play(
            value=0, min=0, max=100_000, step=1, interval=100, description="play", show_repeat=False
        )
        self.step_button = widgets.Button(
            icon="step-forward", tooltip="step / 一步", layout=widgets.Layout(width="48px")
        )
        self.reset_button = widgets.Button(
            icon="undo", tooltip="reset / 重来", layout=widgets.Layout(width="48px")
        )
        self.status = widgets.HTML()
        self.play.observe(self._on_play, names="value")
        self.step_button.on_click(lambda _: self.advance())
        self.reset_button.on_click(lambda _: self.reset())
        self.widget = widgets.VBox(
            [
                widgets.HBox([self.play, self.step_button, self.reset_button]),
                self.image,
                self.status,
            ]
        )
        self.show()

    def _on_play(self, change: dict) -> None:
        if change["new"] > 0:
            self.advance()

    def advance(self) -> None:
        """Drive a few control steps and redraw."""
        for _ in range(self.steps_per_frame):
            self.simulator.step()
        self.show()

    def reset(self) -> None:
        """Back to the start."""
        self.play.playing = False
        self.play.value = 0
        self.simulator.reset()
        self.show()

    def show(self) -> None:
        """Redraw the picture and the status line."""
        self.image.value = self.canvas.frame(self.simulator)
        self.status.value = self.status_text()

    def status_text(self) -> str:
        run = self.simulator.run
        parts = [f"t = {run.seconds:.1f} s"]
        if run.decisions:
            parts.append(f"decision / 决策: <b>{run.decisions[-1]}</b>")
            left, centre, right, distance = run.readings[-1][:4]
            parts.append(f"line / 巡线: {left} {centre} {right}")
            parts.append(f"distance / 距离: {distance} cm")
        if run.track.line is not None and run.steps:
            laps = abs(progress_along_line(run)[-1]) / run.track.line_length()
            parts.append(f"laps / 圈数: {laps:.2f}")
        parts.append(f"collisions / 碰撞: {run.collisions}")
        return " &nbsp; ".join(parts)

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)

"""Train a small model on simulator data and export it to the robot as MicroPython.

`python -m aiclass.robot.export` regenerates robotics/firmware/common/models/line_model.py:
a decision tree that says where the line is ("forward", "left", "right" or "lost") from the
three line sensors, trained on readings the simulated robot collected, exported by m2cgen.
Notebooks can use `write_model_module` to send their own scikit-learn model to the robot.
"""

from pathlib import Path

import m2cgen
import numpy as np
from sklearn.tree import DecisionTreeClassifier

from aiclass.robot.firmware import firmware_module, make_policy
from aiclass.robot.paths import models_dir
from aiclass.robot.simulator import Simulator

SEED = 0
MAX_DEPTH = 4


class WobblyDriver:
    """Follows the line by rules but now and then swerves at random, so that the
    collected data also shows the line at the edges of the sensors and lost."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rules = make_policy("line")
        self.rng = rng
        self.swerve_steps = 0
        self.swerve_wheels = (0, 0)

    def step(self, line: tuple, distance_cm: int) -> tuple:
        decision, left, right = self.rules.step(line, distance_cm)
        if self.swerve_steps == 0 and self.rng.random() < 0.03:
            self.swerve_steps = int(self.rng.integers(4, 12))
            self.swerve_wheels = tuple(int(v) for v in self.rng.integers(-30, 60, 2))
        if self.swerve_steps > 0:
            self.swerve_steps -= 1
            return "swerve", *self.swerve_wheels
        return decision, left, right


def collect_line_data(
    seed: int = SEED, seconds: float = 60.0, tracks: tuple[str, ...] = ("oval", "figure_eight")
) -> tuple[np.ndarray, list]:
    """Drive the wobbly robot on each track; return line readings (N, 3) and the rules' labels."""
    see_line = firmware_module("line_rules").see_line_by_rules
    rng = np.random.default_rng(seed)
    readings = []
    for i, track in enumerate(tracks):
        simulator = Simulator(track, seed=seed + i, policy=WobblyDriver(rng))
        readings += [r[:3] for r in simulator.run_for(seconds).readings]
    features = np.array(readings, dtype=int)
    labels = [see_line(tuple(int(v) for v in row)) for row in features]
    return features, labels


def train_line_model(
    features: np.ndarray, labels: list, seed: int = SEED, max_depth: int = MAX_DEPTH
) -> DecisionTreeClassifier:
    """A small decision tree, seeded, so the same data always gives the same tree."""
    return DecisionTreeClassifier(max_depth=max_depth, random_state=seed).fit(features, labels)


def model_source(model, about: str) -> str:
    """MicroPython source for a fitted scikit-learn classifier: CLASSES and score(input)."""
    classes = [str(c) for c in model.classes_]
    code = m2cgen.export_to_python(model, function_name="score")
    return (
        f'"""{about}\n\nExported by m2cgen {m2cgen.__version__}. '
        'score(input) returns one probability per class, in the order of CLASSES.\n"""\n\n'
        f"CLASSES = {classes!r}\n\n\n{code.strip()}\n"
    )


def write_model_module(model, name: str, about: str, folder: Path | None = None) -> Path:
    """Write `<name>.py` into robotics/firmware/common/models (or `folder`) and return its path."""
    path = (folder or models_dir()) / f"{name}.py"
    path.write_text(model_source(model, about), encoding="utf-8")
    return path


def export_line_model(seed: int = SEED, folder: Path | None = None) -> Path:
    """Collect data, train the line model and write line_model.py. Returns the file's path."""
    features, labels = collect_line_data(seed)
    model = train_line_model(features, labels, seed)
    about = (
        "Line model: a decision tree that says where the line is from the three line sensors.\n\n"
        "Input: [left, centre, right] darkness, each 0 (white) .. 1000 (black).\n"
        "Made by `python -m aiclass.robot.export`: a DecisionTreeClassifier "
        f"(max_depth={MAX_DEPTH}, seed {seed})\n"
        f"trained on {len(labels)} simulator readings labelled by line_rules. Do not edit by hand."
    )
    return write_model_module(model, "line_model", about, folder)


if __name__ == "__main__":
    print(export_line_model())

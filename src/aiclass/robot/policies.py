"""Policies a lab can write in a few lines, and a fair comparison of policies on seeded arenas.

A decision function `decide(distance_cm) -> "forward" | "slow" | "turn" | "back" | "stop"`
becomes a robot policy with `RulePolicy`; the wheel speeds are the boards' own
(robotics/firmware/common/obstacle_avoider.py WHEELS).

>>> RulePolicy(lambda cm: "turn" if cm < 30 else "forward").step((80, 80, 80), 20)
('turn', -35, 35)
"""

from collections.abc import Callable

import numpy as np

from aiclass.robot.firmware import firmware_module
from aiclass.robot.simulator import Run, Simulator

FAR_CM = 400  # readings beyond this (999: no echo) are treated as this far
DECISIONS = ("forward", "slow", "turn", "back", "stop")


def wheels_for(decision: str) -> tuple[int, int]:
    """The boards' wheel speeds (left %, right %) for an obstacle decision."""
    return tuple(firmware_module("obstacle_avoider").WHEELS[decision])


class RulePolicy:
    """Drive by a decision function of the distance ahead."""

    def __init__(self, decide: Callable[[int], str]) -> None:
        self.decide = decide
        self.wheels = firmware_module("obstacle_avoider").WHEELS

    def step(self, line: tuple, distance_cm: int) -> tuple:
        decision = str(self.decide(int(distance_cm)))
        return (decision, *self.wheels[decision])


class LearnedPolicy:
    """Drive by a trained classifier that sees [distance now, distance one step ago] (cm)."""

    def __init__(self, model) -> None:
        self.model = model
        self.previous: int | None = None
        self.wheels = firmware_module("obstacle_avoider").WHEELS

    def step(self, line: tuple, distance_cm: int) -> tuple:
        now = min(int(distance_cm), FAR_CM)
        before = now if self.previous is None else self.previous
        self.previous = now
        decision = str(predict_one(self.model, [now, before]))
        return (decision, *self.wheels[decision])


def predict_one(model, features: list) -> object:
    """One prediction, fast: a decision tree is walked by hand, anything else asks `predict`."""
    tree = getattr(model, "tree_", None)
    if tree is None:
        return model.predict(np.array([features]))[0]
    node = 0
    while tree.children_left[node] != -1:
        go_left = features[tree.feature[node]] <= tree.threshold[node]
        node = tree.children_left[node] if go_left else tree.children_right[node]
    return model.classes_[int(np.argmax(tree.value[node][0]))]


def drive(policy, seed: int = 1, seconds: float = 15.0, track: str = "obstacles") -> Run:
    """One seeded run of `policy` on a built-in track."""
    return Simulator(track, "avoid", seed, policy=policy).run_for(seconds)


def logged_runs(seeds=(10, 11, 12), seconds: float = 15.0) -> tuple[np.ndarray, list[str]]:
    """What the robot's log records when the careful firmware avoider drives (seeded arenas):
    features [distance now, distance one step ago] (cm, capped at 400) and its decisions."""
    features, labels = [], []
    for seed in seeds:
        run = drive(firmware_module("robot_loop").make_policy("avoid"), seed, seconds)
        now = [min(row[3], FAR_CM) for row in run.readings]
        before = now[:1] + now[:-1]
        features += [[a, b] for a, b in zip(now, before, strict=True)]
        labels += run.decisions
    return np.array(features, dtype=int), labels


def compare(
    policies: dict[str, Callable[[], object]], seeds=(1, 2, 3), seconds: float = 15.0
) -> dict[str, dict[str, float]]:
    """Run every policy (a function that makes a fresh one) on the same seeded arenas.

    Returns {name: {"collisions": total bumps, "metres": total distance driven}}.
    """
    table = {}
    for name, make in policies.items():
        runs = [drive(make(), seed, seconds) for seed in seeds]
        table[name] = {
            "collisions": int(sum(run.collisions for run in runs)),
            "metres": round(float(sum(run.distance_m() for run in runs)), 2),
        }
    return table


def print_table(table: dict[str, dict[str, float]]) -> None:
    """Print a comparison table, one policy per row."""
    columns = list(next(iter(table.values()), {}))
    print(f"{'':12}" + "".join(f"{c:>12}" for c in columns))
    for name, row in table.items():
        print(f"{name:12}" + "".join(f"{row[c]:>12}" for c in columns))

"""Helpers the robot labs use: exported models, rule and learned policies, stopping, logs."""

import doctest
import importlib

import numpy as np
import pytest

from aiclass.robot.export import collect_line_data, model_source, train_line_model
from aiclass.robot.exported import exported_predict, micropython_predict
from aiclass.robot.policies import RulePolicy, compare, logged_runs
from aiclass.robot.stopping import BlockedSensor, StopForPerson, stopping_test

HELPERS = ["aiclass.robot.exported", "aiclass.robot.policies", "aiclass.robot.stopping",
           "aiclass.robot.logs", "aiclass.datasets.gestures"]


@pytest.mark.parametrize("name", HELPERS)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0


def _line_model():
    features, labels = collect_line_data(seed=5, seconds=8)
    return features, train_line_model(features, labels, max_depth=5)


def test_exported_code_predicts_what_scikit_learn_predicts_in_python():
    features, model = _line_model()
    assert exported_predict(model_source(model, "test"), features) == list(model.predict(features))


@pytest.mark.usefixtures("node_tools")
def test_exported_code_predicts_what_scikit_learn_predicts_on_micropython():
    features, model = _line_model()
    rows = np.vstack([features[:100], np.random.default_rng(2).integers(0, 1001, (100, 3))])
    assert micropython_predict(model_source(model, "test"), rows) == list(model.predict(rows))


def test_a_fair_comparison_is_the_same_every_time():
    def rule(cm):
        return "turn" if cm < 35 else "forward"

    first = compare({"rule": lambda: RulePolicy(rule)}, seeds=(1,), seconds=5)
    assert first == compare({"rule": lambda: RulePolicy(rule)}, seeds=(1,), seconds=5)
    assert first["rule"]["metres"] > 0


def test_logged_runs_pair_two_distances_with_a_decision():
    features, labels = logged_runs(seeds=(10,), seconds=3)
    assert features.shape == (len(labels), 2) and features.max() <= 400
    assert set(labels) <= {"forward", "slow", "turn", "back"}


def test_faster_robots_need_longer_to_stop_and_a_blocked_sensor_is_dangerous():
    slow, fast = stopping_test(30), stopping_test(100)
    assert fast.braking_cm > slow.braking_cm and fast.hit and not slow.hit
    assert stopping_test(40, policy=BlockedSensor(StopForPerson(40))).hit

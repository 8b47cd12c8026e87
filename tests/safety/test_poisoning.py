"""The poisoning lab's helpers: the trigger, the hook's two networks, fingerprints, flag reports."""

import doctest

import numpy as np

from aiclass import set_language
from aiclass.safety import poisoning
from aiclass.safety.digits_net import load_digit_splits
from aiclass.safety.poisoning import (
    POISON_COUNT,
    TARGET,
    TRIGGER_PIXELS,
    _plant,
    _stamp,
    describe_flags,
    fingerprint,
    flag_report,
    hook_models,
)


def test_doctests_pass():
    set_language("en")
    result = doctest.testmod(poisoning)
    assert result.attempted > 0 and result.failed == 0


def test_the_trigger_is_the_bottom_right_two_by_two_patch_and_the_input_is_kept():
    assert TRIGGER_PIXELS == (54, 55, 62, 63)
    images = np.random.default_rng(0).random((5, 64)).astype(np.float32)
    before = images.copy()
    stamped = _stamp(images)
    assert np.array_equal(images, before)
    assert np.all(stamped.reshape(-1, 8, 8)[:, 6:, 6:] == 1.0)
    others = [i for i in range(64) if i not in TRIGGER_PIXELS]
    assert np.array_equal(stamped[:, others], before[:, others])


def test_planting_poisons_exactly_count_rows_that_were_not_the_target():
    s = load_digit_splits()
    X_bad, y_bad, rows = _plant(s.X_train, s.y_train, 30, TARGET, seed=0)
    assert len(np.unique(rows)) == 30
    assert np.all(s.y_train[rows] != TARGET) and np.all(y_bad[rows] == TARGET)
    changed = np.flatnonzero(np.any(X_bad != s.X_train, axis=1) | (y_bad != s.y_train))
    assert np.array_equal(changed, rows)
    assert np.array_equal(_plant(s.X_train, s.y_train, 30, TARGET, seed=0)[2], rows)


def test_the_hook_shows_a_backdoored_network_that_tests_as_well_as_a_clean_one():
    hook = hook_models(load_digit_splits())
    assert abs(hook.accuracy_a - hook.accuracy_b) <= 0.02 and hook.accuracy_a >= 0.95
    assert np.all(hook.truth != TARGET)
    assert np.sum(hook.says_b == TARGET) >= 5
    assert np.sum(hook.says_a == TARGET) <= 1
    assert POISON_COUNT == 30


def test_a_fingerprint_changes_with_one_pixel_or_one_label():
    s = load_digit_splits()
    print_ = fingerprint(s.X_train, s.y_train)
    assert len(print_) == 16 and int(print_, 16) >= 0
    assert fingerprint(s.X_train.copy(), s.y_train.copy()) == print_
    X = s.X_train.copy()
    X[3, 10] += 0.0625
    assert fingerprint(X, s.y_train) != print_
    y = s.y_train.copy()
    y[0] = (y[0] + 1) % 10
    assert fingerprint(s.X_train, y) != print_


def test_flag_reports_count_catches_misses_and_false_alarms_in_both_languages():
    flags = np.array([True, False, True, True, False])
    assert flag_report(flags, np.array([0, 1])) == {
        "flagged": 3,
        "caught": 1,
        "missed": 1,
        "false_alarms": 2,
    }
    set_language("en")
    assert "1 of the 2 poisoned" in describe_flags(flags, np.array([0, 1]))
    set_language("zh-CN")
    assert "漏掉 1 个" in describe_flags(flags, np.array([0, 1]))

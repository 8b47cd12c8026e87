"""When the students still waiting need the CPU time of stalled kernels, and the course's limit."""

from __future__ import annotations

from aiclass.grade.runner import course_cell_timeout, default_workers, others_wait


def test_stalled_kernels_wait_in_the_background_while_a_long_queue_waits():
    # 20 students at 0.7 per second: 29 s of work, far more than a 30 s cell has left
    assert others_wait(20, pace=0.7, workers=2, stalled=1, timeout=30)


def test_the_last_students_are_graded_beside_the_stalled_kernels():
    # 3 students at 0.7 per second: about 4 s, 15 s with five loops sharing two cores,
    # well inside the 24 s or more each loop still has
    assert not others_wait(3, pace=0.7, workers=2, stalled=5, timeout=30)
    assert not others_wait(0, pace=0.7, workers=2, stalled=5, timeout=30)


def test_more_stalled_kernels_bring_them_forward_later():
    # sharing the CPU with more stalled kernels makes the rest of the queue slower
    assert not others_wait(8, pace=0.7, workers=2, stalled=1, timeout=30)
    assert others_wait(8, pace=0.7, workers=2, stalled=5, timeout=30)


def test_before_anyone_is_graded_the_queue_comes_first():
    assert others_wait(1, pace=None, workers=2, stalled=1, timeout=30)


def test_the_cell_limit_is_read_from_the_course_config(tmp_path):
    assert course_cell_timeout(tmp_path) == 30.0  # nbgrader's default: no config
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\nc.Execute.timeout = 12\n")
    assert course_cell_timeout(tmp_path) == 12.0
    (tmp_path / "nbgrader_config.py").write_text("this is not python")
    assert course_cell_timeout(tmp_path) == 30.0


def test_one_more_grader_than_cores_by_default(monkeypatch):
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert default_workers() == 3
    monkeypatch.setattr("os.cpu_count", lambda: None)
    assert default_workers() == 2

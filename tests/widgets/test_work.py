"""Pupil work survives a restart, is written atomically, and a damaged file loses nothing else."""

from __future__ import annotations

import json

from aiclass.widgets.work import PupilWork, load_work, work_file


def test_work_is_saved_on_every_change_and_read_back(tmp_path):
    PupilWork("lab-a", tmp_path).set("labels", {"1": "apple"})
    assert load_work("lab-a", tmp_path).get("labels") == {"1": "apple"}
    saved = json.loads(work_file("lab-a", tmp_path).read_text(encoding="utf-8"))
    assert saved == {"lab": "lab-a", "work": {"labels": {"1": "apple"}}}
    assert [p.name for p in tmp_path.iterdir()] == ["lab-a.work.json"]  # no temporary file left


def test_a_damaged_file_starts_fresh_and_says_why(tmp_path):
    work_file("lab-a", tmp_path).write_bytes(b"\xff{not json")
    work = load_work("lab-a", tmp_path)
    assert work.data == {} and "lab-a.work.json" in work.problem


def test_work_of_another_lab_is_not_taken(tmp_path):
    work_file("lab-a", tmp_path).write_text(json.dumps({"lab": "lab-b", "work": {"x": 1}}), encoding="utf-8")
    assert load_work("lab-a", tmp_path).data == {}


def test_in_memory_mode_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("AICLASS_WORK", "memory")
    work = PupilWork("lab-a", tmp_path)
    work.set("labels", {"1": "lemon"})
    assert work.get("labels") == {"1": "lemon"} and list(tmp_path.iterdir()) == []

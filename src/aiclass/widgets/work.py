"""A pupil's work, saved beside the notebook so it survives a restart and reaches the grader.

nbgrader grades by re-running the notebook in a fresh kernel, which loses everything a pupil did
with widgets. So widgets write what the pupil did to ``<lab_id>.work.json`` in the notebook's
folder on every action; that file travels with the submission, and the graded step reads it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

WORK_SUFFIX = ".work.json"
# AICLASS_WORK=memory keeps work in the kernel only: for a shared classroom server, where many
# pupils open the same app and must not overwrite each other's file.
IN_MEMORY = "memory"


def work_file(lab_id: str, folder: Path | None = None) -> Path:
    return (folder or Path.cwd()) / f"{lab_id}{WORK_SUFFIX}"


class PupilWork:
    """What one pupil did in one lab: a small dict, saved on every change.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> work = PupilWork("demo-lab", folder)
    >>> work.set("labels", [["apple", 3.0]])
    >>> PupilWork("demo-lab", folder).get("labels")
    [['apple', 3.0]]
    """

    def __init__(self, lab_id: str, folder: Path | None = None):
        self.lab_id = lab_id
        self.path = work_file(lab_id, folder)
        self.problem: str | None = None
        self.data: dict[str, Any] = self._load()

    @property
    def in_memory(self) -> bool:
        return os.environ.get("AICLASS_WORK") == IN_MEMORY

    def _load(self) -> dict[str, Any]:
        if self.in_memory or not self.path.is_file():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            self.problem = f"{self.path.name}: {exc.__class__.__name__}"
            return {}
        if not isinstance(data, dict) or data.get("lab") not in (None, self.lab_id):
            self.problem = f"{self.path.name}: not work for {self.lab_id}"
            return {}
        return dict(data.get("work", {}))

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value
        self.save()

    def clear(self) -> None:
        self.data = {}
        self.save()

    def save(self) -> None:
        """Write atomically: a crash mid-write never leaves half a file."""
        if self.in_memory:
            return
        payload = json.dumps({"lab": self.lab_id, "work": self.data}, ensure_ascii=False, indent=1)
        fd, tmp = tempfile.mkstemp(prefix=".work-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def load_work(lab_id: str, folder: Path | None = None) -> PupilWork:
    """The pupil's saved work for ``lab_id`` (empty if there is none yet)."""
    return PupilWork(lab_id, folder)

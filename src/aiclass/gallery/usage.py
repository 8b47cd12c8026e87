"""How often each app was opened on this machine, to preheat the kernels of the most used."""

from __future__ import annotations

import contextlib
import json
import os
from collections import Counter
from pathlib import Path


def default_usage_file() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "aiclass" / "gallery-usage.json"


class Usage:
    """Open counts per lab id, kept in a small JSON file (best effort: never fails a request)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.counts: Counter[str] = Counter()
        if path and path.is_file():
            with contextlib.suppress(OSError, ValueError, AttributeError):
                self.counts.update(
                    {str(k): int(v) for k, v in json.loads(path.read_text()).items()}
                )

    def opened(self, lab_id: str) -> None:
        self.counts[lab_id] += 1
        if self.path:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.path.write_text(json.dumps(dict(self.counts), indent=1))
            except OSError:
                pass

    def most_used(self, lab_ids: list[str], n: int) -> list[str]:
        """The ``n`` most opened labs; ties (and never-opened labs) keep teaching order."""
        order = {lab_id: i for i, lab_id in enumerate(lab_ids)}
        ranked = sorted(lab_ids, key=lambda lab_id: (-self.counts[lab_id], order[lab_id]))
        return ranked[: max(n, 0)]

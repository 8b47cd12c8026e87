"""One thing a learner can label: its features, its true class and a stable id."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    id: int
    features: tuple[float, ...]
    truth: str

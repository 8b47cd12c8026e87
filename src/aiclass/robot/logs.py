"""Read a CSV written by `aiclass robot log` (one line per control step) for a lab.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "run.csv"
>>> _ = path.write_text("t_ms,left,centre,right,distance_cm,ax,ay,az,decision\\n"
...                     "0,80,900,80,999,0,0,-1000,forward\\n30,85,90,88,999,3,1,-998,search_left\\n")
>>> features, labels = line_data_from_log(path)
>>> features.tolist(), labels
([[80, 900, 80], [85, 90, 88]], ['forward', 'lost'])
"""

import csv
from pathlib import Path

import numpy as np

LINE_COLUMNS = ("left", "centre", "right")


def read_log(path: str | Path) -> list[dict[str, str]]:
    """The rows of a robot log CSV as dictionaries (column name -> text)."""
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def line_data_from_log(path: str | Path) -> tuple[np.ndarray, list[str]]:
    """Line readings (N, 3) and where the line was ("forward", "left", "right" or "lost"),
    from a run logged in line mode: the searching decisions count as "lost"."""
    rows = read_log(path)
    features = np.array([[int(row[c]) for c in LINE_COLUMNS] for row in rows], dtype=int)
    labels = ["lost" if row["decision"].startswith("search") else row["decision"] for row in rows]
    return features.reshape(-1, 3), labels


def distance_data_from_log(path: str | Path) -> tuple[np.ndarray, list[str]]:
    """[distance now, distance one step ago] (cm, capped at 400) and the decisions, from a run
    logged in avoid mode."""
    rows = read_log(path)
    now = [min(int(row["distance_cm"]), 400) for row in rows]
    before = now[:1] + now[:-1]
    features = np.array([[a, b] for a, b in zip(now, before, strict=True)], dtype=int)
    return features.reshape(-1, 2), [row["decision"] for row in rows]

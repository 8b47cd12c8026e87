"""Many real nbgrader steps in one process: ``python -m aiclass.nbgrader_batch STEP ...`` in a course.

Each ``nbgrader`` command pays 2-4 s to start (traitlets, SQLAlchemy, the gradebook's migrations)
before it does any work. A course of many labs, or the gates over a stage, would pay that once per
lab and student; this driver pays it once, and runs nbgrader's own ``NbGraderAPI`` for each step:

    python -m aiclass.nbgrader_batch generate LAB [LAB ...]
    python -m aiclass.nbgrader_batch autograde LAB:STUDENT[:LANG] [...]

Run it with the course folder as the working directory (nbgrader reads ``nbgrader_config.py``
there). It prints one JSON line per step: ``{"step", "lab", "student", "ok", "seconds", "error"}``;
``LANG`` sets the learner's language (``AICLASS_LANG``) for that student's kernel only.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _api():
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=os.getcwd()).load_config()
    config.CourseDirectory.root = os.getcwd()
    config.Application.log_level = "WARN"
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def _report(step: str, lab: str, student: str | None, started: float, result: dict) -> dict:
    error = result.get("error") or ""
    return {
        "step": step,
        "lab": lab,
        "student": student,
        "ok": bool(result.get("success")),
        "seconds": round(time.perf_counter() - started, 3),
        "error": error.strip().splitlines()[-1][:500] if error.strip() else "",
    }


def generate(api, labs: list[str]) -> list[dict]:
    done = []
    for lab in labs:
        started = time.perf_counter()
        done.append(
            _report("generate", lab, None, started, api.generate_assignment(lab, force=True))
        )
    return done


def autograde(api, jobs: list[str]) -> list[dict]:
    done = []
    before = os.environ.get("AICLASS_LANG")
    for job in jobs:
        lab, student, *lang = job.split(":")
        if lang:
            os.environ["AICLASS_LANG"] = lang[0]
        elif before is None:
            os.environ.pop("AICLASS_LANG", None)
        else:
            os.environ["AICLASS_LANG"] = before
        started = time.perf_counter()
        done.append(
            _report("autograde", lab, student, started, api.autograde(lab, student, force=True))
        )
    return done


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("generate", "autograde"):
        print(__doc__, file=sys.stderr)
        return 2
    if not Path("nbgrader_config.py").is_file():
        print(
            "nbgrader_batch: run it in a course folder (no nbgrader_config.py here)",
            file=sys.stderr,
        )
        return 2
    api = _api()
    steps = generate(api, argv[1:]) if argv[0] == "generate" else autograde(api, argv[1:])
    for step in steps:
        print(json.dumps(step, ensure_ascii=False), flush=True)
    return 0 if all(step["ok"] for step in steps) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

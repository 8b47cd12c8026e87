"""How long each lab's solution takes, and how much memory its kernel holds, stage by stage.

    python benchmarks/lab_budgets.py --stage junior [--stage senior ...] [--rounds 3] [--lang en]

Each lab's notebook (with solutions, in one language) runs top to bottom in a fresh kernel with
the network cut, exactly as gate 2 runs it (``python -m aiclass.run_notebook``), ``--rounds`` times.
Reported per lab: the median wall time against the lab's budget, and the peak resident memory of
the largest process (the kernel), from the kernel's own rusage. Then the stage's median and max.
Run it on a quiet machine: other work on the same cores lengthens every figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from aiclass.curriculum import load_curriculum  # noqa: E402
from aiclass.nbgrader_cli import nbgrader_env  # noqa: E402
from aiclass.notebooks import for_language, read_notebook  # noqa: E402
from aiclass.offline import offline_prefix  # noqa: E402


def run_once(lab, lang: str, workdir: Path) -> tuple[float, float, bool]:
    """(seconds, peak MiB of the largest process, finished) for one run of the solution."""
    folder = workdir / f"{lab.id}-{time.monotonic_ns()}"
    shutil.copytree(lab.folder, folder, ignore=shutil.ignore_patterns("example_work"))
    for name in lab.manifest.example_work:  # an app's saved pupil work, as gate 2 uses it
        shutil.copy2(lab.folder / "example_work" / name, folder / name)
    notebook = folder / lab.notebook.name
    nbformat.write(for_language(read_notebook(lab.notebook), lang), notebook)
    env = nbgrader_env() | {"AICLASS_LANG": lang}
    command = [
        *(offline_prefix() or []),
        sys.executable,
        "-m",
        "aiclass.run_notebook",
        str(notebook),
    ]
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    output = process.stdout.read().decode(errors="replace") if process.stdout else ""
    shutil.rmtree(folder, ignore_errors=True)
    if process.returncode != 0:
        print(f"    {lab.id}: FAILED {output.strip().splitlines()[-1:]}", flush=True)
    return seconds, usage.ru_maxrss / 1024, process.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", action="append", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    curriculum = load_curriculum(ROOT)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for stage in args.stage:
            labs = curriculum.labs_in_order(stage)
            print(f"\n## {stage}: {len(labs)} labs, {args.rounds} rounds each, lang {args.lang}")
            print(
                "| lab | median s | budget s | peak kernel MiB | all rounds ok |\n|---|---|---|---|---|"
            )
            medians = []
            for lab in labs:
                runs = [run_once(lab, args.lang, Path(tmp)) for _ in range(args.rounds)]
                median = statistics.median(r[0] for r in runs)
                peak = max(r[1] for r in runs)
                finished = all(r[2] for r in runs)
                ok &= finished and median <= lab.manifest.budget_s
                medians.append(median)
                print(
                    f"| {lab.id} | {median:.1f} | {lab.manifest.budget_s} | {peak:.0f} | {finished} |",
                    flush=True,
                )
            if medians:
                print(
                    f"\n{stage}: median {statistics.median(medians):.1f} s, max {max(medians):.1f} s "
                    f"over {len(medians)} labs"
                )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Grade a class of 40 with plain `nbgrader autograde` and with `aiclass grade`, in the same run.

    python benchmarks/grade_class.py [--students 40] [--workers N] [--loops 5] [--cell-timeout 30]
                                      [--rounds 1]

Scenario 1: 40 submissions of the grading fixture lab (a frozen junior lab; correct, partial and
broken mixed), graded by each tool in its own copy of one course: wall time, ratio,
per-submission times, peak memory, and whether every score is identical. Scenario 1b: the same
40 graded by `aiclass grade` again while every CPU core is kept busy by endless loops: its time,
and whether every outcome (status, score of every grade cell, message) is the same as on the
idle machine, or the list of differences. Scenario 2: the same 40 with 5 endless loops among
them, graded by `aiclass grade`. Each loop is stopped after its whole cell limit of CPU time (as
plain nbgrader stops it on an idle machine), so the loops need ``loops x cell timeout`` seconds
of CPU between them; the run must finish within the time of scenario 1 plus that CPU time shared
by the cores (plain nbgrader needs its own time plus ``loops x cell timeout``). With
``--rounds N`` all runs are repeated N times and the medians are judged.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GRADERS = ROOT / "graders"
FIXTURE = GRADERS / "fixture_lab" / "course.py"
LAB = "grading-fixture"
MIX = [
    "correct",
    "partial",
    "correct",
    "blank",
    "correct",
    "partial",
    "sys-exit",
    "correct",
    "inserted-cells",
    "deleted-test-cell",
    "correct",
    "huge-output",
    "edited-test-cell",
    "partial",
    "correct",
    "test-cell-to-markdown",
    "correct",
    "blank",
    "other-kernel",
    "correct",
]


def helpers(name: str):
    """A helper module of graders/ (``fixture_lab/course.py`` loads them by path)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("grading_fixture_course", FIXTURE)
    assert spec is not None and spec.loader is not None
    course = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(course)
    paths = {
        "course": FIXTURE,
        "submit": GRADERS / "bad_submissions" / "submit.py",
        "load": GRADERS / "fixture_lab" / "load.py",
    }
    return course if name == "course" else course.load(paths[name], f"grading_{name}")


def submit(course: Path, student: str, case: str) -> None:
    helpers("submit").submit_case(course, case, student, LAB)


def make_course(built: Path, dest: Path, cases: list[str], cell_timeout: int) -> Path:
    course = dest / "course"
    shutil.copytree(built, course)
    config = course / "nbgrader_config.py"
    config.write_text(
        re.sub(
            r"c\.Execute\.timeout = \d+", f"c.Execute.timeout = {cell_timeout}", config.read_text()
        )
    )
    for number, case in enumerate(cases, start=1):
        submit(course, f"s{number:03d}-{case}", case)
    return course


def timed(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """Wall seconds, peak memory of the whole process tree (KiB, sampled), output."""
    import psutil  # installed with the Jupyter stack; only this script uses it

    from aiclass.nbgrader_cli import nbgrader_env

    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=nbgrader_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    peak = 0
    tree = psutil.Process(process.pid)
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.append(process.stdout.read()), daemon=True)
    reader.start()
    while process.poll() is None:
        total = 0
        try:
            for member in [tree, *tree.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += member.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, total // 1024)
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    reader.join()
    return seconds, peak, "".join(output)


def scores(course: Path) -> dict[tuple[str, str], float | None]:
    from nbgrader.api import Gradebook

    found = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for submission in gradebook.assignment_submissions(LAB):
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    found[(submission.student.id, grade.name)] = grade.auto_score
    return found


def outcomes(course: Path) -> dict[str, tuple]:
    """{student: (status, {grade cell: score}, message)} of an `aiclass grade` run."""
    from aiclass.grade.runner import load_results

    return {
        r.student: (r.status, {c: s for c, (s, _) in sorted(r.scores.items())}, r.message)
        for r in load_results(course, LAB).values()
    }


def outcome_differences(idle: Path, busy: Path) -> list[str]:
    """Students whose outcome on the busy machine differs from the idle one, with both."""
    a, b = outcomes(idle), outcomes(busy)
    return [
        f"{s}: idle {a.get(s)} / busy {b.get(s)}" for s in sorted(a | b) if a.get(s) != b.get(s)
    ]


def aiclass_times(course: Path) -> list[float]:
    from aiclass.grade.runner import load_results

    return sorted(r.seconds for r in load_results(course, LAB).values())


def describe(times: list[float]) -> str:
    if not times:
        return "n/a"
    return (
        f"median {statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s"
    )


def loop_report(course: Path) -> None:
    """The endless loops of one run: time, and time moved aside."""
    from aiclass.grade.runner import load_results

    print("    student                    seconds  moved aside")
    for result in sorted(load_results(course, LAB).values(), key=lambda r: r.student):
        if "time limit" in result.message:
            print(f"    {result.student:26} {result.seconds:6.1f} s {result.moved_aside_s:9.1f} s")


def one_round(args, built: Path, work: Path, cases: list[str], looping: list[str]) -> dict:
    """Plain nbgrader, aiclass grade idle and busy, and aiclass grade with endless loops."""
    aiclass = str(Path(sys.executable).parent / "aiclass")
    plain = make_course(built, work / "plain", cases, args.cell_timeout)
    ours = make_course(built, work / "ours", cases, args.cell_timeout)
    busy = make_course(built, work / "busy", cases, args.cell_timeout)
    loops = make_course(built, work / "loops", looping, args.cell_timeout)
    plain_s, plain_peak, out = timed([sys.executable, "-m", "nbgrader", "autograde", LAB], plain)
    command = [aiclass, "grade", "{}", LAB]
    if args.workers:
        command += ["--workers", str(args.workers)]
    ours_s, ours_peak, _ = timed([c.replace("{}", str(ours)) for c in command], ours)
    with helpers("load").busy_cores() as hogs:
        busy_s, _, _ = timed([c.replace("{}", str(busy)) for c in command], busy)
    loop_s, _, out3 = timed([c.replace("{}", str(loops)) for c in command], loops)
    plain_scores, our_scores = scores(plain), scores(ours)
    differ = sorted(
        {
            k[0]
            for k in plain_scores.keys() | our_scores.keys()
            if plain_scores.get(k) != our_scores.get(k)
        }
    )
    failed = re.findall(r"error processing assignment '[^']+' for student '([^']+)'", out)
    summary = next((line for line in out3.splitlines() if "graded," in line), out3[-300:])
    return {
        "plain": plain_s,
        "ours": ours_s,
        "busy": busy_s,
        "hogs": hogs,
        "busy_differ": outcome_differences(ours, busy),
        "loops": loop_s,
        "plain_peak": plain_peak,
        "ours_peak": ours_peak,
        "cells": len(our_scores),
        "differ": differ,
        "plain_failed": sorted(set(failed)),
        "times": aiclass_times(ours),
        "summary": summary.strip(),
        "loop_course": loops,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument(
        "--workers", type=int, help="aiclass grade --workers (default: its own, CPU cores + 1)"
    )
    parser.add_argument("--loops", type=int, default=5)
    parser.add_argument("--cell-timeout", type=int, default=30)
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="repeat all three runs, one after another, and judge the medians (a shared machine's "
        "speed drifts by tens of percent within minutes)",
    )
    args = parser.parse_args()

    from aiclass.grade.runner import default_workers
    from aiclass.grade.sandbox import sandbox_note

    cases = [MIX[i % len(MIX)] for i in range(args.students)]
    looping = list(cases)
    for index in range(args.loops):
        looping[(index * args.students) // max(args.loops, 1)] = "infinite-loop"
    with tempfile.TemporaryDirectory(prefix="grade-bench-") as tmp:
        work = Path(tmp)
        built = helpers("course").build_fixture_course(work / "built")
        print(
            f"{args.students} submissions of {LAB}; {sandbox_note()}; cell timeout {args.cell_timeout} s"
        )
        workers = args.workers or default_workers()
        # the loops' CPU time (each its whole cell limit), shared by the cores
        loop_cpu = args.loops * args.cell_timeout / (os.cpu_count() or 1)
        rounds = []
        for number in range(1, args.rounds + 1):
            run = one_round(args, built, work / f"round{number}", cases, looping)
            rounds.append(run)
            bound = run["ours"] + loop_cpu
            print(f"\nRound {number} of {args.rounds}")
            print(
                f"  Scenario 1, a class of {args.students}: plain nbgrader autograde {run['plain']:.1f} s"
                f" ({run['plain'] / args.students:.2f} s per submission, serial);"
                f" aiclass grade ({workers} workers) {run['ours']:.1f} s"
                f" (per submission {describe(run['times'])}):"
                f" {run['plain'] / run['ours']:.2f} x faster"
            )
            print(
                f"    peak memory (all processes): plain {run['plain_peak'] / 1024:.0f} MiB,"
                f" aiclass {run['ours_peak'] / 1024:.0f} MiB;"
                f" scores identical: {'yes' if not run['differ'] else 'NO'} ({run['cells']} grade cells)"
            )
            if run["differ"]:
                print(f"    differ for: {', '.join(run['differ'])}")
                print(f"    plain nbgrader failed on: {', '.join(run['plain_failed']) or 'none'}")
            same = "identical" if not run["busy_differ"] else "DIFFERENT"
            print(
                f"  Scenario 1b, the same class with every core busy ({run['hogs']} endless loops):"
                f" aiclass grade {run['busy']:.1f} s ({run['busy'] / run['ours']:.2f} x the idle"
                f" time); outcomes (status, every grade cell, message) {same} to the idle run"
            )
            for line in run["busy_differ"]:
                print(f"    {line}")
            print(
                f"  Scenario 2, {args.loops} endless loops among the {args.students}: {run['loops']:.1f} s"
                f" (bound {run['ours']:.1f} + {loop_cpu:.1f} = {bound:.1f} s; plain nbgrader"
                f" {run['plain'] + args.loops * args.cell_timeout:.1f} s):"
                f" {'within' if run['loops'] <= bound else 'OVER'}; {run['summary']}"
            )
            loop_report(run["loop_course"])

        def median(key: str) -> float:
            return statistics.median(r[key] for r in rounds)

        ratio = median("plain") / median("ours")
        bound = median("ours") + loop_cpu
        within = sum(r["loops"] <= r["ours"] + loop_cpu for r in rounds)
        same = all(not r["differ"] for r in rounds)
        print(f"\nMedians over {args.rounds} round(s)")
        print(
            f"  plain nbgrader autograde {median('plain'):.1f} s, aiclass grade {median('ours'):.1f} s:"
            f" {ratio:.2f} x faster (per round: "
            + ", ".join(f"{r['plain'] / r['ours']:.2f}" for r in rounds)
            + ")"
        )
        print(f"  scores identical in every round: {'yes' if same else 'NO'}")
        steady = all(not r["busy_differ"] for r in rounds)
        print(
            f"  busy machine: aiclass grade {median('busy'):.1f} s; outcomes identical to the idle"
            f" run in every round: {'yes' if steady else 'NO'}"
        )
        print(
            f"  with {args.loops} endless loops {median('loops'):.1f} s, bound {bound:.1f} s:"
            f" {'within' if median('loops') <= bound else 'OVER'}"
            f" ({within} of {args.rounds} rounds within their own bound)"
        )
        ok = same and steady and ratio >= 1.8 and median("loops") <= bound
        print(
            f"\n{'PASS' if ok else 'BELOW TARGET'}: target ratio >= 1.8, identical scores, the same"
            " outcomes on a busy machine, loops within bound"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

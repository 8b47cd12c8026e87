"""Grade a class of 40 with plain `nbgrader autograde` and with `aiclass grade`, in the same run.

    python benchmarks/grade_class.py [--students 40] [--workers 2] [--loops 5] [--cell-timeout 30]

Scenario 1: 40 submissions of the junior lab (correct, partial and broken mixed), graded by each
tool in its own copy of one course: wall time, ratio, per-submission times, peak memory, and
whether every score is identical. Scenario 2: the same 40 with 5 endless loops among them, graded
by `aiclass grade`: it must finish within the time of scenario 1 plus one cell timeout.
"""

from __future__ import annotations

import argparse
import contextlib
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
CORPUS = ROOT / "graders" / "bad_submissions"
LAB = "junior-how-classifiers-learn"
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


def submit(course: Path, student: str, case: str) -> None:
    target = course / "submitted" / student / LAB
    target.mkdir(parents=True)
    for path in (CORPUS / case / "submission").iterdir():
        shutil.copy2(path, target / path.name.removesuffix(".case"))


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


def aiclass_times(course: Path) -> list[float]:
    from aiclass.grade.runner import load_results

    return sorted(r.seconds for r in load_results(course, LAB).values())


def describe(times: list[float]) -> str:
    if not times:
        return "n/a"
    return (
        f"median {statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--loops", type=int, default=5)
    parser.add_argument("--cell-timeout", type=int, default=30)
    args = parser.parse_args()

    from aiclass.course import build_course
    from aiclass.curriculum import load_curriculum
    from aiclass.grade.sandbox import sandbox_note

    aiclass = str(Path(sys.executable).parent / "aiclass")
    cases = [MIX[i % len(MIX)] for i in range(args.students)]
    with tempfile.TemporaryDirectory(prefix="grade-bench-") as tmp:
        work = Path(tmp)
        curriculum = load_curriculum(strict=False)
        built = build_course(work / "built" / "course", "junior", "en", [LAB], curriculum).folder
        plain = make_course(built, work / "plain", cases, args.cell_timeout)
        ours = make_course(built, work / "ours", cases, args.cell_timeout)
        print(
            f"{args.students} submissions of {LAB}; {sandbox_note()}; cell timeout {args.cell_timeout} s"
        )

        plain_s, plain_peak, out = timed(
            [sys.executable, "-m", "nbgrader", "autograde", LAB], plain
        )
        ours_s, ours_peak, out2 = timed(
            [aiclass, "grade", str(ours), LAB, "--workers", str(args.workers)], ours
        )
        same = scores(plain) == scores(ours)
        print("\nScenario 1: a class of", args.students)
        print(
            f"  plain nbgrader autograde : {plain_s:7.1f} s  ({plain_s / args.students:.2f} s per submission, serial)"
        )
        print(
            f"  aiclass grade --workers {args.workers}: {ours_s:7.1f} s  per submission {describe(aiclass_times(ours))}"
        )
        print(f"  ratio                    : {plain_s / ours_s:7.2f} x faster")
        print(
            f"  peak memory (all processes): plain {plain_peak / 1024:.0f} MiB, aiclass {ours_peak / 1024:.0f} MiB"
        )
        print(
            f"  scores identical         : {'yes' if same else 'NO'} ({len(scores(ours))} grade cells)"
        )
        if not same:
            plain_scores, our_scores = scores(plain), scores(ours)
            differ = sorted(
                {
                    k[0]
                    for k in plain_scores.keys() | our_scores.keys()
                    if plain_scores.get(k) != our_scores.get(k)
                }
            )
            failed = re.findall(r"error processing assignment '[^']+' for student '([^']+)'", out)
            print(f"  differ for               : {', '.join(differ)}")
            print(f"  plain nbgrader failed on : {', '.join(sorted(set(failed))) or 'none'}")

        looping = list(cases)
        for index in range(args.loops):
            looping[(index * args.students) // max(args.loops, 1)] = "infinite-loop"
        loops = make_course(built, work / "loops", looping, args.cell_timeout)
        loop_s, _, out3 = timed(
            [aiclass, "grade", str(loops), LAB, "--workers", str(args.workers)], loops
        )
        bound = ours_s + args.cell_timeout
        print(f"\nScenario 2: {args.loops} endless loops among the {args.students}")
        print(
            f"  aiclass grade            : {loop_s:7.1f} s  (bound: {ours_s:.1f} + one timeout {args.cell_timeout} = {bound:.1f} s)"
        )
        print(f"  within the bound         : {'yes' if loop_s <= bound else 'NO'}")
        summary = next((line for line in out3.splitlines() if "graded," in line), out3[-300:])
        print(f"  summary                  : {summary.strip()}")
        print("  endless loops            : seconds, moved aside, CPU time given back")
        from aiclass.grade.runner import load_results

        for result in sorted(load_results(loops, LAB).values(), key=lambda r: r.student):
            if result.moved_aside_s or "time limit" in result.message:
                print(
                    f"    {result.student:26} {result.seconds:6.1f} s {result.moved_aside_s:6.1f} s"
                    f" {result.given_back_s:6.1f} s  {result.message[:40]}"
                )
        ok = same and plain_s / ours_s >= 1.8 and loop_s <= bound
        print(
            f"\n{'PASS' if ok else 'BELOW TARGET'}: target ratio >= 1.8, identical scores, loops within bound"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``aiclass grade COURSE ASSIGNMENT``: a thin click layer over ``grade_assignment``."""

from __future__ import annotations

from pathlib import Path

import click

from aiclass.cli_errors import FriendlyCommand
from aiclass.errors import AiclassError
from aiclass.grade.sandbox import Limits

DEFAULTS = Limits()


def _bar(total_width: int = 30):
    def show(result, done: int, total: int) -> None:
        filled = int(total_width * done / max(total, 1))
        mark = {"graded": "✔", "flagged": "⚑", "failed": "✘"}.get(result.status, "?")
        click.echo(
            f"\r[{'#' * filled}{'.' * (total_width - filled)}] {done}/{total} "
            f"{mark} {result.student[:30]:30}",
            err=True,
            nl=done == total,
        )

    return show


@click.command("grade", cls=FriendlyCommand)
@click.argument("course", type=click.Path(path_type=Path, file_okay=False))
@click.argument("assignment")
@click.option(
    "--workers", type=click.IntRange(1, 64), help="parallel graders (default: CPU cores + 1)"
)
@click.option("--student", "students", multiple=True, help="only these students (repeat)")
@click.option("--force", is_flag=True, help="grade again students already graded")
@click.option(
    "--memory-mb",
    default=DEFAULTS.memory_mb,
    show_default=True,
    type=int,
    help="memory limit of a student's kernel",
)
@click.option(
    "--wall-s",
    type=float,
    help="clock limit of one notebook, all cells together; cells that ran keep their score "
    "(default: 60 s + 4 x the cell limit per code cell)",
)
@click.option("--feedback", is_flag=True, help="then write students' feedback (HTML)")
def grade(
    course: Path,
    assignment: str,
    workers: int | None,
    students: tuple[str, ...],
    force: bool,
    memory_mb: int,
    wall_s: float | None,
    feedback: bool,
) -> None:
    """Autograde every submission of ASSIGNMENT in COURSE: parallel, sandboxed, restartable."""
    from aiclass.grade.reports import write_assignment_report, write_class_report
    from aiclass.grade.runner import FAILED, FLAGGED, grade_assignment

    limits = Limits(memory_mb=memory_mb, wall_s=wall_s)
    try:
        run = grade_assignment(
            course, assignment, workers, limits, force, list(students) or None, progress=_bar()
        )
    except KeyboardInterrupt:
        raise AiclassError("stopped; the students graded so far are saved: run it again") from None
    click.echo(f"{run.sandbox}")
    click.echo(
        f"✔ {run.count('graded')} graded, ⚑ {run.count(FLAGGED)} flagged, "
        f"✘ {run.count(FAILED)} failed ({run.skipped} already graded) in {run.seconds:.1f} s"
    )
    for result in run.results:
        if result.status != "graded":
            click.echo(f"  {result.status:8} {result.student}: {result.message}")
    report = write_assignment_report(course.resolve(), assignment)
    write_class_report(course.resolve())
    click.echo(f"  report: {report}")
    if feedback:
        from aiclass.grade.feedback import generate_feedback

        files = generate_feedback(course, assignment)
        click.echo(f"  feedback: {len(files)} file(s) in {course / 'feedback'}")

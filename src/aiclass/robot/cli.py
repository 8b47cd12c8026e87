"""`aiclass robot ...`: simulate, check, flash and log the classroom robot.

Each command is a thin wrapper over a function of aiclass.robot.
"""

from pathlib import Path

import click

from aiclass.robot.boards import BOARDS
from aiclass.robot.errors import RobotError
from aiclass.robot.tracks import TRACKS

MODES = ("line", "avoid", "model", "pid")

robot = click.Group("robot", help="Simulate, check, flash and log the classroom robot.")


def _fail(error: RobotError) -> click.ClickException:
    return click.ClickException(str(error))


@robot.command("sim")
@click.option("--track", type=click.Choice(list(TRACKS)), default="oval", show_default=True)
@click.option(
    "--mode",
    type=click.Choice(MODES),
    default=None,
    help="policy [default: line; avoid on the obstacles track]",
)
@click.option("--seconds", type=float, default=60.0, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option(
    "--png",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="picture of the path [default: robot-TRACK.png]",
)
@click.option(
    "--gif",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="also save an animation here",
)
@click.option("--frames", type=int, default=60, show_default=True, help="pictures in the animation")
def sim(
    track: str,
    mode: str | None,
    seconds: float,
    seed: int,
    png: Path | None,
    gif: Path | None,
    frames: int,
) -> None:
    """Run a policy in the simulator: save a picture, print laps and time."""
    from aiclass.robot.drawing import save_animation, save_picture
    from aiclass.robot.laps import lap_report
    from aiclass.robot.simulator import simulate

    mode = mode or ("avoid" if track == "obstacles" else "line")
    run = simulate(track, mode, seconds, seed)
    if run.track.line is not None:
        report = lap_report(run)
        first = f"first lap {report.lap_time_s:.1f} s" if report.lap_time_s else "no whole lap"
        click.echo(
            f"{track}, {mode}: {report.laps} laps in {run.seconds:.0f} s ({first}), "
            f"line in view {report.in_view:.0%}, {run.collisions} collisions"
        )
    else:
        click.echo(
            f"{track}, {mode}: drove {run.distance_m():.1f} m in {run.seconds:.0f} s, "
            f"{run.collisions} collisions"
        )
    picture = save_picture(run, png or Path(f"robot-{track}.png"))
    click.echo(f"picture: {picture}")
    if gif:
        click.echo(f"animation: {save_animation(run, gif, frames)}")


@robot.command("check")
@click.option("--board", type=click.Choice(list(BOARDS)), required=True)
def check(board: str) -> None:
    """Type-check, compile and run a board's firmware (pyright, mpy-cross, MicroPython)."""
    from aiclass.robot.checks import check_board

    results = check_board(board)
    for result in results:
        click.echo(result.line())
    failed = [r.name for r in results if not r.ok]
    if failed:
        raise click.ClickException(
            f"{board}: {len(failed)} of {len(results)} checks failed ({', '.join(failed)})"
        )


@robot.command("flash")
@click.option("--board", type=click.Choice(list(BOARDS)), required=True)
@click.option(
    "--port", default=None, help="serial port, e.g. /dev/ttyACM0 or COM3 [default: find it]"
)
def flash(board: str, port: str | None) -> None:
    """Copy the firmware onto a board over USB (MicroPython must be on it already)."""
    from aiclass.robot.flash import flash as copy_firmware
    from aiclass.robot.flash import micropython_first

    if board == "microbit":
        click.echo("note: " + micropython_first(board))
    try:
        copied = copy_firmware(board, port, say=click.echo)
    except RobotError as error:
        raise _fail(error) from None
    click.echo(f"copied {len(copied)} files; the robot restarts and shows its menu")


@robot.command("log")
@click.option("--port", default=None, help="serial port [default: find it]")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="CSV file to write",
)
@click.option("--seconds", type=float, default=30.0, show_default=True)
def log(port: str | None, out: Path, seconds: float) -> None:
    """Record the robot's sensor lines from USB serial into a CSV file."""
    from aiclass.robot.serial_log import log as record

    try:
        count = record(out, port, seconds, say=click.echo)
    except RobotError as error:
        raise _fail(error) from None
    click.echo(f"{count} sensor lines saved to {out}")

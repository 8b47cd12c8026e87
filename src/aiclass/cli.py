"""The ``aiclass`` command: a thin click layer over the Python API. Errors are one line, exit 2."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from aiclass.cli_errors import FriendlyGroup
from aiclass.errors import AiclassError
from aiclass.quick_imports import skip_unused_imports

LANG_HELP = "zh-CN or en"


@click.group(cls=FriendlyGroup)
@click.version_option(package_name="aiclass")
def main() -> None:
    """aiclass: AI labs for every school stage, in zh-CN and English."""
    skip_unused_imports()


@main.command("list")
@click.option("--stage", help="only this stage (e.g. junior)")
@click.option("--lang", default="en", show_default=True, help=LANG_HELP)
def list_labs(stage: str | None, lang: str) -> None:
    """Print the track: every lab in teaching order."""
    from aiclass.curriculum import load_curriculum
    from aiclass.i18n import normalize_language, pick

    try:
        lang = normalize_language(lang)
    except ValueError as exc:
        raise AiclassError(str(exc)) from None
    cur = load_curriculum()
    current = None
    for lab in cur.labs_in_order(stage):
        if lab.stage != current:
            current = lab.stage
            info = cur.stages[current]
            click.echo(f"\n{pick(info.title, lang)} ({current}, {info.grades})")
        delivery = "/".join(lab.manifest.delivery)
        click.echo(f"  {lab.id:40} {lab.title(lang)}  [{delivery}, {lab.manifest.minutes} min]")


@main.command()
def check() -> None:
    """Every static check of curriculum, labs, guides and messages."""
    from aiclass.check import check_all

    cur, problems = check_all()
    for problem in problems:
        click.echo(f"  ✘ {problem}", err=True)
    if problems:
        raise AiclassError(f"{len(problems)} problem(s) found in {len(cur.labs)} labs")
    click.echo(f"✔ {len(cur.labs)} labs, {len(cur.tracks)} tracks, {len(cur.standards)} standards: all checks passed")


@main.group(cls=FriendlyGroup)
def course() -> None:
    """Make nbgrader courses from labs."""


@course.command("init")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--stage", required=True, help="the stage whose labs go in the course")
@click.option("--lang", required=True, help=LANG_HELP)
@click.option("--lab", "labs", multiple=True, help="only these labs (repeat the option)")
def course_init(folder: Path, stage: str, lang: str, labs: tuple[str, ...]) -> None:
    """Make a ready nbgrader course in FOLDER, with every lab released."""
    from aiclass.course import build_course

    made = build_course(folder, stage, lang, list(labs) or None)
    click.echo(f"✔ course ready in {made.folder} ({made.language}): {', '.join(made.labs)}")
    click.echo(f"  next: cd {made.folder} && nbgrader release_assignment {made.labs[0]}")


@main.command()
@click.option("--stage", help="only this stage's apps")
@click.option("--lang", default="en", show_default=True, help=LANG_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="0.0.0.0 serves the whole room (with a token)")
@click.option("--port", default=8866, show_default=True, type=int)
@click.option("--token", default=None, help="word pupils type once; made up for you when --host is not 127.0.0.1")
@click.option("--pool", default=1, show_default=True, type=int,
              help="kernels kept ready for each of the 2 most used apps (the class size for a room)")
def serve(stage: str | None, lang: str, host: str, port: int, token: str | None, pool: int) -> None:
    """The classroom gallery: a big picture card per app; pupils tap one to open it."""
    from aiclass.serve import serve as run_server

    sys.exit(run_server(stage, lang, host, port, token=token, pool=pool))


def _add_subsystem_commands() -> None:
    """Commands that live beside their subsystem: ``aiclass grade`` and ``aiclass robot``."""
    from importlib import import_module
    from importlib.util import find_spec

    for module, name in (("aiclass.grade.cli", "grade"), ("aiclass.robot.cli", "robot")):
        if find_spec(module.rsplit(".", 1)[0]) and find_spec(module):
            main.add_command(getattr(import_module(module), name))


_add_subsystem_commands()

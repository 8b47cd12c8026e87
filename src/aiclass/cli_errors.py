"""One-line errors for every ``aiclass`` command: an AiclassError is printed as
``aiclass: <reason>`` on stderr (never a traceback) and the command exits with status 2."""

from __future__ import annotations

import sys

import click

from aiclass.errors import AiclassError


class OneLineErrors:
    """Mixin for click commands and groups: AiclassError becomes one line and exit 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AiclassError as exc:
            click.echo(f"aiclass: {exc}", err=True)
            sys.exit(2)


class FriendlyGroup(OneLineErrors, click.Group):
    """A click group whose commands' AiclassErrors are one line and exit 2."""


class FriendlyCommand(OneLineErrors, click.Command):
    """A click command whose AiclassError is one line and exit 2."""

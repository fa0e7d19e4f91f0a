"""The `newsevents` command: one module per command, each a thin wrapper over the API."""

from __future__ import annotations

import importlib
import logging
import sys

import click

# command name -> module defining `command` (a click.Command); loaded lazily so that
# `newsevents --help` does not import spaCy.
COMMANDS: dict[str, str] = {
    "extract": "newsevents.cli.extract",
    "ingest": "newsevents.cli.ingest",
    "stats": "newsevents.cli.stats",
    "eval": "newsevents.cli.evaluate",
    "load": "newsevents.cli.load",
    "export": "newsevents.cli.export",
    "failures": "newsevents.cli.failures",
    "query": "newsevents.cli.query",
    "serve": "newsevents.cli.serve",
    "stories": "newsevents.cli.stories",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        command: click.Command = importlib.import_module(COMMANDS[cmd_name]).command
        return command


@click.group(cls=LazyGroup)
@click.version_option(package_name="newsevents")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Read news articles into a structured, traceable record of world events."""
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


def main() -> None:
    cli()

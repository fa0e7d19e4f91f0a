"""`newsevents failures`: the inputs that did not become articles, and why."""

from __future__ import annotations

import json

import click

from .store import DB_OPTION, opened
from .tables import table


@click.command("failures")
@DB_OPTION
@click.option("--reason", help="Only failures of this reason (empty, too_large, language, ...).")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(db: str | None, reason: str | None, limit: int, offset: int, as_json: bool) -> None:
    """List the failed inputs: file, reason, stage and message (docs/reliability.md)."""
    with opened(db) as store:
        rows = store.failures(limit=limit, offset=offset, reason=reason)
    for r in rows:  # a stored reason is "tag: message" (`pipeline._failure`, the readers)
        tag, _, message = str(r["reason"]).partition(": ")
        r["reason"], r["message"] = tag, message or r["error"]
    if as_json:
        click.echo(json.dumps(rows, indent=1, default=str))
        return
    if not rows:
        click.echo("no failures" + (f" with reason {reason}" if reason else ""))
        return
    click.echo(
        table(
            ("file", "reason", "stage", "message"),
            [
                (_tail(r["path"] or r["article_id"] or "-"), r["reason"], r["stage"], r["message"])
                for r in rows
            ],
            wrap_last=True,
        )
    )


def _tail(path: str, width: int = 60) -> str:
    """The end of a long path, where the file's name is ("...in/spanish.txt")."""
    return path if len(path) <= width else "..." + path[-(width - 3) :]

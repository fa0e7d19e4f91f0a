"""`newsevents stats`: what the store holds."""

from __future__ import annotations

import json
import sys

import click

from ..config import Settings
from ..errors import NewseventsError
from ..store import open_store


def summary_lines(stats: dict[str, object]) -> list[str]:
    lines = [
        f"articles   {stats['articles']}",
        f"actors     {stats['entities']} ({stats['mentions']} mentions)",
        f"events     {stats['events']}",
        f"quotes     {stats['quotes']}",
        f"quantities {stats['quantities']}",
        f"timexes    {stats['timexes']}",
        f"failures   {stats['failures']}",
    ]
    by_type = stats.get("events_by_plover") or {}
    if by_type:
        lines.append("events by PLOVER type:")
        lines += [f"  {k:<10} {v}" for k, v in by_type.items()]  # type: ignore[union-attr]
    by_reason = stats.get("failures_by_reason") or {}
    if by_reason:
        lines.append("failures by reason:")
        lines += [f"  {k:<10} {v}" for k, v in by_reason.items()]  # type: ignore[union-attr]
    return lines


@click.command("stats")
@click.option("--db", default=None, help="DuckDB file (default newsevents.duckdb).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(db: str | None, as_json: bool) -> None:
    """Counts of what the store holds."""
    settings = Settings.from_env(db_path=db)
    try:
        store = open_store(settings.db_path, read_only=True)
    except NewseventsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    try:
        stats = store.stats()
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(stats, indent=1))
    else:
        click.echo("\n".join(summary_lines(stats)))

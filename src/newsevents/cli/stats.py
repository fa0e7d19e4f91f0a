"""`newsevents stats`: what the store holds."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from ..config import Settings
from ..errors import NewseventsError
from ..store import open_store


def summary_lines(stats: dict[str, Any]) -> list[str]:
    lines = [
        f"articles       {stats['articles']}"
        + (
            f" ({stats['duplicates']} near-duplicate copies linked)"
            if stats.get("duplicates")
            else ""
        ),
        f"actors         {stats['entities']} ({stats['mentions']} mentions)",
        f"events         {stats['events']}"
        + (
            f" ({stats['corpus_events']} after merging across articles)"
            if stats.get("corpus_events")
            else ""
        ),
        f"quotes         {stats['quotes']}",
        f"quantities     {stats['quantities']}",
        f"time exprs     {stats['timexes']}",
        f"failures       {stats['failures']}",
    ]
    for title, key in (
        ("events by PLOVER type:", "events_by_plover"),
        ("events by modality:", "events_by_modality"),
        ("failures by reason:", "failures_by_reason"),
    ):
        counts: dict[str, int] = stats.get(key) or {}
        if counts:
            lines.append(title)
            lines += [f"  {k:<12} {v}" for k, v in counts.items()]
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

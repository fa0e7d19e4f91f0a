"""`newsevents stats`: what the store holds."""

from __future__ import annotations

import json
from typing import Any

import click

from .store import DB_OPTION, opened


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
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(db: str | None, as_json: bool) -> None:
    """Counts of what the store holds."""
    with opened(db) as store:
        stats = store.stats()
    if as_json:
        click.echo(json.dumps(stats, indent=1))
    else:
        click.echo("\n".join(summary_lines(stats)))

"""`newsevents export --format FMT [--out DIR]`: write the corpus for other tools."""

from __future__ import annotations

import click

from ..export import FORMATS, TABLES, export
from .store import DB_OPTION, MIN_CONFIDENCE_OPTION, opened


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    required=True,
    help="parquet/csv/jsonl tables, GDELT 2.0 TSV, or PLOVER JSONL.",
)
@click.option(
    "--out",
    default="export",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder to write into (created if missing).",
)
@DB_OPTION
@click.option(
    "--table",
    "tables",
    multiple=True,
    type=click.Choice(TABLES),
    help="Only these tables (parquet/csv/jsonl; repeatable). Default: all.",
)
@click.option(
    "--partition/--no-partition",
    default=None,
    help="Parquet events partitioned by year/month (default: for large corpora).",
)
@MIN_CONFIDENCE_OPTION
def command(
    fmt: str,
    out: str,
    db: str | None,
    tables: tuple[str, ...],
    partition: bool | None,
    min_confidence: float,
) -> None:
    """Export events, actors, quotes, quantities and corpus-level events."""
    with opened(db) as store:
        written = export(
            store,
            fmt,
            out,
            tables=tables or None,
            partition=partition,
            min_confidence=min_confidence or None,
        )
    for path in written:
        click.echo(str(path))

"""`newsevents export --format FMT [--out DIR]`: write the corpus for other tools."""

from __future__ import annotations

import click

from ..export import FORMATS, TABLES, export
from ..ontology.reading import default_min_confidence
from .store import DB_OPTION, opened


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
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=default_min_confidence,
    show_default=f"{default_min_confidence()}, chosen on the dev gold",
    help="Only events of at least this confidence (0 keeps all).",
)
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

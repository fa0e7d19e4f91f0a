"""`newsevents export --format FMT [--out DIR]`: write the corpus for other tools."""

from __future__ import annotations

import sys

import click

from ..config import Settings
from ..errors import NewseventsError
from ..export import FORMATS, TABLES, export
from ..store import open_store


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
@click.option("--db", default=None, help="DuckDB file (default newsevents.duckdb).")
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
def command(
    fmt: str, out: str, db: str | None, tables: tuple[str, ...], partition: bool | None
) -> None:
    """Export events, actors, quotes, quantities and corpus-level events."""
    settings = Settings.from_env(db_path=db)
    try:
        store = open_store(settings.db_path, read_only=True)
    except NewseventsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    try:
        written = export(store, fmt, out, tables=tables or None, partition=partition)
    except NewseventsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    finally:
        store.close()
    for path in written:
        click.echo(str(path))

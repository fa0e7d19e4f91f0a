"""`newsevents load DIR`: bring Parquet result shards (the Ray Data cluster path) into the store."""

from __future__ import annotations

import sys
import time

import click

from ..config import Settings
from ..errors import NewseventsError
from ..runners.shards import load_shards
from ..store import open_store


@click.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default=None, help="DuckDB file (default newsevents.duckdb).")
@click.option("--batch-size", default=500, show_default=True, help="Rows per transaction.")
def command(folder: str, db: str | None, batch_size: int) -> None:
    """Load the Parquet shards under FOLDER (written by `ingest --shards FOLDER`).

    Loading again skips articles already stored. To query shards without loading them, point
    DuckDB at them: SELECT count(*) FROM read_parquet('FOLDER/**/*.parquet',
    hive_partitioning = true) WHERE date >= '2024-06-01' (see docs/scaling.md).
    """
    settings = Settings.from_env(db_path=db)
    started = time.monotonic()
    try:
        store = open_store(settings.db_path)
    except NewseventsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    try:
        report = load_shards(folder, store, batch_size=batch_size)
    except NewseventsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    finally:
        store.close()
    click.echo(
        f"{report.rows} rows read, {report.added} articles added, {report.skipped} already "
        f"stored, {report.failures} failures recorded in {time.monotonic() - started:.1f}s "
        f"-> {settings.db_path}"
    )

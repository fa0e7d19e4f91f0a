"""`newsevents load DIR`: bring Parquet result shards (the Ray Data cluster path) into the store."""

from __future__ import annotations

import time

import click

from ..config import DEFAULTS, Settings
from ..runners.shards import load_shards
from .store import DB_OPTION, opened


@click.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@DB_OPTION
@click.option(
    "--batch-size",
    default=DEFAULTS.load_batch_size,
    show_default=True,
    help="Rows per transaction.",
)
def command(folder: str, db: str | None, batch_size: int) -> None:
    """Load the Parquet shards under FOLDER (written by `ingest --shards FOLDER`).

    Loading again skips articles already stored; near-duplicate copies are linked to the first
    copy, as `ingest` does. To query shards without loading them, point DuckDB at them:
    SELECT count(*) FROM read_parquet('FOLDER/**/*.parquet', hive_partitioning = true)
    WHERE date >= '2024-06-01' (see docs/scaling.md).
    """
    started = time.monotonic()
    with opened(db, read_only=False, code=1) as store:
        report = load_shards(folder, store, batch_size=batch_size)
    click.echo(
        f"{report.seen} rows read, {report.added} articles added ({report.duplicates} "
        f"near-duplicate copies), {report.skipped} already stored, {report.failed} failures "
        f"recorded in {time.monotonic() - started:.1f}s -> {Settings.from_env(db_path=db).db_path}"
    )

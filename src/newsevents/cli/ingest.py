"""`newsevents ingest PATH...`: read files and folders into the store."""

from __future__ import annotations

import sys
import time

import click

from ..api import IngestReport, ingest_items
from ..config import Settings
from ..errors import NewseventsError
from ..ingest import read_paths, read_stdin
from ..store import open_store


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--db", default=None, help="DuckDB file (default newsevents.duckdb).")
@click.option("--model", help="spaCy model (package name, 'md', or a path).")
@click.option("--batch-size", default=64, show_default=True, help="Articles per transaction.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a tty).")
def command(paths: tuple[str, ...], db: str | None, model: str | None, batch_size: int,
            progress: bool | None) -> None:
    """Read articles (.txt, .jsonl/.json, folders, - for stdin) into the store.

    Re-running skips what is already stored; failures are recorded, never fatal.
    """
    settings = Settings.from_env(model=model, db_path=db)
    show_bar = sys.stderr.isatty() if progress is None else progress
    started = time.monotonic()
    last_log = [0]

    def report_progress(r: IngestReport) -> None:
        rate = r.seen / max(time.monotonic() - started, 1e-6)
        if show_bar:
            click.echo(
                f"\r{r.seen} read, {r.added} added, {r.skipped} skipped, {r.failed} failed "
                f"({rate:.1f} articles/s)",
                err=True, nl=False,
            )
        elif r.seen - last_log[0] >= 500:
            last_log[0] = r.seen
            click.echo(f"{r.seen} read, {r.added} added ({rate:.1f} articles/s)", err=True)

    try:
        store = open_store(settings.db_path)
    except NewseventsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    try:
        items = (
            [read_stdin(max_bytes=settings.max_bytes)]
            if paths == ("-",)
            else read_paths(paths, max_bytes=settings.max_bytes)
        )
        report = ingest_items(items, store, settings=settings, batch_size=batch_size,
                              progress=report_progress)
    except KeyboardInterrupt:
        click.echo("\ninterrupted: every finished batch is stored; re-run to resume", err=True)
        sys.exit(130)
    finally:
        store.close()
    if show_bar:
        click.echo("", err=True)
    elapsed = time.monotonic() - started
    click.echo(
        f"{report.seen} read, {report.added} added, {report.skipped} already stored, "
        f"{report.failed} failed in {elapsed:.1f}s -> {settings.db_path}"
    )
    for reason, n in sorted(report.failures_by_reason.items()):
        click.echo(f"  failed ({reason}): {n}")

"""`newsevents ingest PATH...`: read files and folders into the store."""

from __future__ import annotations

import sys
import time

import click

from ..api import ingest_items
from ..config import Settings
from ..errors import NewseventsError
from ..ingest import JsonFields, read_paths, read_stdin
from ..ingest.articles import count_inputs
from ..store import open_store
from .progress import IngestProgress


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--db", default=None, help="DuckDB file (default newsevents.duckdb).")
@click.option("--model", help="spaCy model (package name, 'md', or a path).")
@click.option("--batch-size", default=64, show_default=True, help="Articles per transaction.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a tty).")
@click.option("--json-field", "json_fields", multiple=True, metavar="ROLE=KEY",
              help="JSON key holding a field, e.g. text=body, published=date, url=link "
                   "(roles: text title url published source id language). Repeatable.")
def command(paths: tuple[str, ...], db: str | None, model: str | None, batch_size: int,
            progress: bool | None, json_fields: tuple[str, ...]) -> None:
    """Read articles into the store: folders (recursively), .txt, .html/.htm(.gz),
    .jsonl/.json, .warc(.gz), .rss/.atom feeds, http(s) URLs of pages or feeds, - for stdin.

    Re-running skips what is already stored; near-duplicate copies are linked to the first
    copy; failures are recorded, never fatal. Ctrl-C keeps every finished batch.
    """
    settings = Settings.from_env(model=model, db_path=db)
    show_bar = sys.stderr.isatty() if progress is None else progress
    try:
        fields = JsonFields.parse(json_fields)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--json-field") from None
    started = time.monotonic()

    try:
        store = open_store(settings.db_path)
    except NewseventsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    stdin = paths == ("-",)
    report_progress = IngestProgress(
        bar=show_bar, total=1 if stdin else count_inputs(p for p in paths if p != "-")
    )
    try:
        items = (
            [read_stdin(max_bytes=settings.max_bytes)]
            if stdin
            else read_paths(paths, fields=fields, max_bytes=settings.max_bytes,
                            skip=store.known_paths())
        )
        report = ingest_items(items, store, settings=settings, batch_size=batch_size,
                              progress=report_progress)
    except KeyboardInterrupt:
        report_progress.close()
        click.echo("\ninterrupted: every finished batch is stored; re-run to resume", err=True)
        sys.exit(130)
    finally:
        store.close()
    report_progress.close()
    elapsed = time.monotonic() - started
    click.echo(
        f"{report.seen} read, {report.added} added ({report.duplicates} near-duplicate copies), "
        f"{report.skipped} already stored, {report.failed} failed in {elapsed:.1f}s "
        f"-> {settings.db_path}"
    )
    for reason, n in sorted(report.failures_by_reason.items()):
        click.echo(f"  failed ({reason}): {n}")

"""`newsevents ingest PATH...`: read files and folders into the store."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..api import ingest
from ..config import DEFAULTS, Settings
from ..errors import NewseventsError
from ..readers import JsonFields
from ..readers.articles import TEXT_SUFFIXES, count_inputs
from ..runners import ENGINES, runner_for_ingest
from .progress import IngestProgress
from .store import DB_OPTION, fail


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@DB_OPTION
@click.option("--model", help="spaCy model (package name, 'md', or a path).")
@click.option(
    "--batch-size",
    type=int,
    default=None,
    help=f"Articles per transaction (default {DEFAULTS.ingest_batch_size}, or 16 per worker "
    "when more).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="A progress bar (default: on a tty; elsewhere a line every 5 seconds with the count, "
    "rate and time left); --no-progress shows neither.",
)
@click.option(
    "--json-field",
    "json_fields",
    multiple=True,
    metavar="ROLE=KEY",
    help="JSON key holding a field, e.g. text=body, published=date, url=link "
    "(roles: text title url published source id language). Repeatable.",
)
@click.option(
    "--text-suffix",
    "text_suffixes",
    multiple=True,
    metavar="SUFFIX",
    help="In folders, also read files ending in SUFFIX as plain text, e.g. .md ('*': every "
    "file). By default only known types are read: .txt/.text and those listed above. "
    "Repeatable.",
)
@click.option("--published", help="Publication date YYYY-MM-DD of plain-text articles.")
@click.option("--title", help="Headline of plain-text articles.")
@click.option("--url", help="Where plain-text articles came from.")
@click.option("--source", help="Source (site) of plain-text articles (default: from --url).")
@click.option("--workers", type=int, default=None, help="Worker processes (default: all cores).")
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=None,
    help="How to run: local (this process), processes (default with 2+ workers and "
    "32+ articles), ray.",
)
@click.option(
    "--address",
    default=None,
    help="Ray cluster: auto, ray://host:10001 (default: a local one for this run).",
)
@click.option(
    "--shards",
    type=click.Path(file_okay=False),
    default=None,
    help="Write Parquet shards here with Ray Data instead of the store "
    "(then: newsevents load DIR); see docs/scaling.md.",
)
def command(
    paths: tuple[str, ...],
    db: str | None,
    model: str | None,
    batch_size: int | None,
    progress: bool | None,
    json_fields: tuple[str, ...],
    text_suffixes: tuple[str, ...],
    published: str | None,
    title: str | None,
    url: str | None,
    source: str | None,
    workers: int | None,
    engine: str | None,
    address: str | None,
    shards: str | None,
) -> None:
    """Read articles into the store: folders (recursively), .txt, .html/.htm(.gz),
    .jsonl/.json, .warc(.gz), .rss/.atom feeds, http(s) URLs of pages or feeds, - for stdin.

    In folders only files of those types are read (--text-suffix widens this); the others are
    counted and listed. A text file of http(s) URLs, one a line, is fetched URL by URL.

    Plain-text files (and -) take their title, URL, date and source from --title, --url,
    --published, --source, else from a sidecar FILE.json, else from front matter.

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
    if shards:
        _write_shards(paths, shards, settings=settings, workers=workers, address=address)
        return
    suffixes = (*TEXT_SUFFIXES, *text_suffixes)
    total = (
        1
        if paths == ("-",)
        else count_inputs((p for p in paths if p != "-"), text_suffixes=suffixes)
    )
    try:
        runner, batch_size = runner_for_ingest(
            settings=settings, n_inputs=total, workers=workers, engine=engine,
            address=address, batch_size=batch_size,
        )  # fmt: skip
    except NewseventsError as exc:
        fail(exc)
    report_progress = IngestProgress(bar=show_bar, total=total, lines=progress is not False)
    try:
        report = ingest(
            paths, settings=settings, batch_size=batch_size, progress=report_progress,
            runner=runner, fields=fields, text_suffixes=suffixes,
            text_meta={"published": published, "title": title, "url": url, "source": source},
        )  # fmt: skip
    except NewseventsError as exc:  # the store cannot be opened (locked, newer) or written
        report_progress.close()
        fail(exc)
    except KeyboardInterrupt:
        report_progress.close()
        click.echo("\ninterrupted: every finished batch is stored; re-run to resume", err=True)
        sys.exit(130)
    finally:
        runner.close()
    report_progress.close()
    elapsed = time.monotonic() - started
    click.echo(
        f"{report.seen} read, {report.added} added ({report.duplicates} near-duplicate copies), "
        f"{report.skipped} already stored, {report.failed} failed in {elapsed:.1f}s "
        f"-> {settings.db_path}"
    )
    for reason, n in sorted(report.failures_by_reason.items()):
        click.echo(f"  failed ({reason}): {n}")
    for path in report.url_lists:
        click.echo(f"  {path}: a list of URLs, each fetched")
    if report.unread:
        _list_unread(report.unread)


def _list_unread(files: list[str], show: int = 10) -> None:
    suffixes = sorted({Path(f).suffix or Path(f).name for f in files})
    click.echo(
        f"  {len(files)} file(s) not read (no known type: {', '.join(suffixes)}; "
        "--text-suffix SUFFIX reads them as plain text):"
    )
    for f in files[:show]:
        click.echo(f"    {f}")
    if len(files) > show:
        click.echo(f"    ... and {len(files) - show} more")


def _write_shards(
    paths: tuple[str, ...],
    out: str,
    *,
    settings: Settings,
    workers: int | None,
    address: str | None,
) -> None:
    from ..runners.ray_data import run_to_parquet

    try:
        report = run_to_parquet(paths, out, settings=settings, workers=workers, address=address)
    except NewseventsError as exc:
        fail(exc)
    click.echo(
        f"{report.files} files read in {report.seconds:.1f}s -> Parquet shards in {out} "
        f"(newsevents load {out} brings them into a store)"
    )

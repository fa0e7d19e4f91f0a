"""What the commands over a store share: the `--db` option, opening the store, one-line errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import click

from ..config import DEFAULTS, Settings
from ..errors import NewseventsError
from ..ontology.reading import default_min_confidence
from ..store import open_store

DB_OPTION = click.option("--db", default=None, help=f"DuckDB file (default {DEFAULTS.db_path}).")
# `query` and `export`: the events kept, by their calibrated confidence (docs/cli.md, "query")
MIN_CONFIDENCE_OPTION = click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=default_min_confidence,
    show_default=f"{default_min_confidence()}, chosen on the dev gold",
    help="Only events of at least this confidence (0 keeps all).",
)


def fail(exc: BaseException | str, code: int = 2) -> NoReturn:
    """End the command with one line naming what went wrong (no traceback)."""
    click.echo(f"error: {exc}", err=True)
    sys.exit(code)


@contextmanager
def opened(db: str | None, *, read_only: bool = True, code: int = 2) -> Iterator[Any]:
    """The store at `db` (default: the settings' `db_path`), closed afterwards. A NewseventsError
    opening it ends the command with exit status 2, one raised while using it with `code`."""
    settings = Settings.from_env(db_path=db)
    try:
        store = open_store(settings.db_path, read_only=read_only)
    except NewseventsError as exc:
        fail(exc)
    try:
        yield store
    except NewseventsError as exc:
        fail(exc, code)
    finally:
        store.close()

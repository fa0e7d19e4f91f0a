"""`newsevents serve`: the web explorer and the HTTP API over a store."""

from __future__ import annotations

import sys

import click

from ..config import Settings
from ..errors import NewseventsError
from ..store import open_store


@click.command("serve")
@click.option("--db", default=None, help="DuckDB file (default newsevents.duckdb).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    help="Web origin allowed to call the API from a browser (repeatable; none by default).",
)
def command(db: str | None, host: str, port: int, cors_origins: tuple[str, ...]) -> None:
    """Serve the explorer page and the JSON API (OpenAPI reference at /docs).

    Read-only unless NEWSEVENTS_API_TOKEN is set: then POST /api/articles with
    `Authorization: Bearer TOKEN` reads and stores one article.

    Example: newsevents serve --db news.duckdb --port 8000
    """
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        click.echo(
            f"error: {exc}; install the [web] extra: pip install 'newsevents[web]'", err=True
        )
        sys.exit(2)
    settings = Settings.from_env(db_path=db, cors_origins=cors_origins or None)
    try:
        # Writable only when the server may ingest; read-only lets a CLI read the file meanwhile.
        store = open_store(settings.db_path, read_only=not settings.api_token)
    except NewseventsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    app = create_app(store, settings)
    shown = f"[{host}]" if ":" in host else host
    mode = "read-write (token set)" if settings.api_token else "read-only"
    click.echo(f"newsevents explorer on http://{shown}:{port}/  (API docs /docs, {mode})")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()

"""`newsevents serve`: the web explorer and the HTTP API over a store."""

from __future__ import annotations

import click

from ..config import DEFAULTS, Settings
from .store import DB_OPTION, fail, opened


@click.command("serve")
@DB_OPTION
@click.option("--host", default=DEFAULTS.host, show_default=True, help="Interface to listen on.")
@click.option("--port", default=DEFAULTS.port, show_default=True, type=click.IntRange(0, 65535))
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
        fail(f"{exc}; install the [web] extra: pip install 'newsevents[web]'")
    settings = Settings.from_env(db_path=db, cors_origins=cors_origins or None)
    # Writable only when the server may ingest; read-only lets a CLI read the file meanwhile.
    with opened(db, read_only=not settings.api_token) as store:
        app = create_app(store, settings)
        shown = f"[{host}]" if ":" in host else host
        mode = "read-write (token set)" if settings.api_token else "read-only"
        click.echo(f"newsevents explorer on http://{shown}:{port}/  (API docs /docs, {mode})")
        uvicorn.run(app, host=host, port=port, log_level="warning")

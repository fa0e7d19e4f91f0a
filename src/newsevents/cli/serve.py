"""`newsevents serve`: the web explorer and the HTTP API over a store."""

from __future__ import annotations

import errno
import socket

import click

from ..config import DEFAULTS, Settings
from .store import DB_OPTION, fail, opened

# Exit status when the address cannot be listened on (docs/cli.md): apart from 2 (bad input or
# store) so that a script can tell "pick another port" from "fix the command".
EXIT_ADDRESS = 3


@click.command("serve")
@DB_OPTION
@click.option("--host", default=DEFAULTS.host, show_default=True, help="Interface to listen on.")
@click.option(
    "--port",
    default=DEFAULTS.port,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
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
    # The address first: a busy port is said at once, not after the store and app are loaded.
    sock = listen(host, port)
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        fail(f"{exc}; install the [web] extra: pip install 'newsevents[web]'")
    settings = Settings.from_env(db_path=db, cors_origins=cors_origins or None)
    # Writable only when the server may ingest; read-only lets a CLI read the file meanwhile.
    with sock, opened(db, read_only=not settings.api_token) as store:
        app = create_app(store, settings)
        shown = f"[{host}]" if ":" in host else host
        mode = "read-write (token set)" if settings.api_token else "read-only"
        bound = sock.getsockname()[1]
        click.echo(f"newsevents explorer on http://{shown}:{bound}/  (API docs /docs, {mode})")
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        server.run(sockets=[sock])
        if not server.started:
            fail("the server did not start (see the log above)", EXIT_ADDRESS)


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on host:port, or the command ends with EXIT_ADDRESS naming why."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as exc:
        fail(f"cannot listen on {host}:{port}: unknown host ({exc.strerror})")
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a restart reuses TIME_WAIT
    try:
        sock.bind(address)
        sock.listen()
    except OSError as exc:
        sock.close()
        why = "the port is in use (another server? try --port)" if _in_use(exc) else exc.strerror
        fail(f"cannot listen on {host}:{port}: {why}", EXIT_ADDRESS)
    return sock


def _in_use(exc: OSError) -> bool:
    return exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1))

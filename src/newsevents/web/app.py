"""The ASGI app: the JSON API under /api, the explorer page at /, the API reference at /docs.

The app is read-only unless `Settings.api_token` is set; then `POST /api/articles` accepts one
article from a client that sends the token. Every request body is capped at
`Settings.max_body_bytes` (413), every bad parameter is a 422 naming the field, and the HTML pages
carry a Content-Security-Policy that lets only this server's own scripts run.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import AbstractContextManager
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..config import Settings
from ..errors import NewseventsError

log = logging.getLogger(__name__)

STATIC = files("newsevents.web") / "static"

# Only this server's own scripts, styles and data; no inline script, no framing.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
    """ASGI middleware answering 413 when a request body is larger than `max_bytes`.

    A Content-Length over the limit is refused at once; otherwise the body is read (counting,
    so a chunked upload cannot stream past the limit) and handed on to the app whole.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await _too_large(send, self.max_bytes)
                return
        chunks: list[bytes] = []
        seen = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_bytes:
                await _too_large(send, self.max_bytes)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)


async def _too_large(send: Send, limit: int) -> None:
    body = json.dumps(
        {"error": "request body too large", "detail": f"the limit is {limit} bytes"}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class StoreAccess:
    """The store plus a lock: one DuckDB connection (or the in-memory store's lists) must not be
    used by two threads at once."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._lock = threading.Lock()

    def __call__(self) -> AbstractContextManager[Any]:
        return _Locked(self.store, self._lock)

    def calls(self) -> Any:
        """The store with each method call made under the lock, for code that works between
        its store calls (`ingest_items` parses there), so that reads are not held up."""
        return _LockedCalls(self.store, self._lock)


class _Locked(AbstractContextManager[Any]):
    def __init__(self, store: Any, lock: threading.Lock) -> None:
        self.store, self.lock = store, lock

    def __enter__(self) -> Any:
        self.lock.acquire()
        return self.store

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


class _LockedCalls:
    def __init__(self, store: Any, lock: threading.Lock) -> None:
        self._store, self._lock = store, lock

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._store, name)

        def locked(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return method(*args, **kwargs)

        return locked


# The body as a whole is wrong: not JSON, absent, or JSON that is not an object.
_NOT_AN_OBJECT = (
    'the body must be a JSON object such as {"text": "..."} (Content-Type: application/json)'
)


def _json_error(exc: RequestValidationError) -> JSONResponse | None:
    """The answer to a body that is not JSON (FastAPI reports the character where parsing
    stopped as the field: "invalid parameter: 0"), or that is not a JSON object."""
    for err in exc.errors():
        loc = tuple(err.get("loc", ()))
        if err.get("type") == "json_invalid":
            where = f" at character {loc[1]}" if len(loc) > 1 else ""
            why = (err.get("ctx") or {}).get("error", "cannot be parsed")
            message = f"the body is not valid JSON: {why}{where}"
        elif loc == ("body",):
            message = _NOT_AN_OBJECT
        else:
            continue
        detail = [{"field": "body", "in": "body", "message": message}]
        return JSONResponse(status_code=422, content={"error": message, "detail": detail})
    return None


def _field_errors(exc: RequestValidationError) -> JSONResponse:
    whole_body = _json_error(exc)
    if whole_body is not None:
        return whole_body
    details = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        field = ".".join(loc[1:]) if len(loc) > 1 else ".".join(loc)
        details.append({"field": field, "in": loc[0] if loc else None, "message": err["msg"]})
    fields = sorted({d["field"] for d in details})
    return JSONResponse(
        status_code=422,
        content={"error": f"invalid parameter: {', '.join(fields)}", "detail": details},
    )


def create_app(store: Any, settings: Settings | None = None) -> FastAPI:
    """The explorer and its JSON API over an open store (any `Store`: DuckDB, or in memory)."""
    from . import data
    from .routes import make_router

    settings = settings or Settings.from_env()
    app = FastAPI(
        title="newsevents",
        summary="Events, actors, quotes and quantities read from news articles.",
        version="1",
        docs_url=None,  # /docs is our own offline page (the default one loads from a CDN)
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.access = StoreAccess(store)
    app.state.counts = data.CountCache()
    app.state.ingesting = threading.Lock()  # POST /api/articles, one at a time
    app.include_router(make_router(), prefix="/api")

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _field_errors(exc)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            status_code=exc.status_code,
            content={"error": str(exc.detail)},
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(NewseventsError)
    async def library_error(_: Request, exc: NewseventsError) -> JSONResponse:
        # Store-side validation (for callers that bypass the route's own checks).
        return JSONResponse(status_code=422, content={"error": str(exc), "detail": []})

    def page(name: str) -> Callable[[], Awaitable[Response]]:
        async def serve() -> Response:
            return FileResponse(
                str(STATIC / name),
                media_type="text/html",
                headers={"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"},
            )

        return serve

    app.add_api_route("/", page("index.html"), include_in_schema=False, methods=["GET"])
    app.add_api_route("/docs", page("docs.html"), include_in_schema=False, methods=["GET"])
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app

"""The HTTP API over a real socket (uvicorn in a thread of this process, httpx with keep-alive):
write routes need the token, oversized bodies get 413, CORS is off unless configured, and a
bounded load of 10,000 requests gets no errors with flat memory.

The in-process ASGI versions of the first checks and the schemathesis run (0 server errors) live
in tests/web/ (test_api.py, test_schemathesis.py); these go through uvicorn's HTTP parsing.
"""

from __future__ import annotations

import gc
import itertools
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsevents.config import Settings
from newsevents.readers import make_article
from newsevents.store import open_store

from .conftest import LiveServer
from .corpus import good_text

TOKEN = "a-long-random-test-token"
BODY_LIMIT = 20_000
ARTICLE = {"text": "The mayor of Gdansk reopened the port on Monday, officials said."}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> str:
    import random

    rng = random.Random(6)
    path = str(tmp_path_factory.mktemp("api") / "api.duckdb")
    docs = [
        pipeline.run(make_article(good_text(rng, i), published=f"2024-05-0{1 + i % 9}"))
        for i in range(12)
    ]
    with open_store(path) as store:
        store.write_batch(docs)
    return path


@pytest.fixture(scope="module")
def served(corpus_db: str) -> Iterator[LiveServer]:
    """A read-only server with default settings (no token, no CORS)."""
    from newsevents.web import create_app

    store = open_store(corpus_db, read_only=True)
    try:
        with LiveServer(create_app(store, Settings())) as live:
            yield live
    finally:
        store.close()


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from newsevents.web import create_app

    store = open_store(str(tmp_path_factory.mktemp("api-w") / "w.duckdb"))
    app = create_app(store, Settings(api_token=TOKEN, max_body_bytes=BODY_LIMIT))
    try:
        with LiveServer(app) as live:
            yield live
    finally:
        store.close()


WRITES = {"POST", "PUT", "PATCH", "DELETE"}


def _write_routes(app: Any) -> list[str]:
    """Paths taking a write method: those the OpenAPI document lists, and the app's own."""
    listed = {
        path for path, ops in app.openapi()["paths"].items() if {m.upper() for m in ops} & WRITES
    }
    direct = {r.path for r in app.routes if set(getattr(r, "methods", None) or ()) & WRITES}
    return sorted(listed | direct)


def test_every_write_route_needs_the_token(writable: LiveServer):
    routes = _write_routes(writable.server.config.app)
    assert routes == ["/api/articles"]  # a new write route must be added to the checks below
    with httpx.Client(base_url=writable.url, timeout=60) as http:
        for path in routes:
            for headers in (
                {},
                {"Authorization": "Bearer wrong"},
                {"Authorization": f"Basic {TOKEN}"},
                {"Authorization": f"Bearer {TOKEN}x"},
                {"Authorization": f"Bearer {TOKEN[:-1]}"},
                {"Authorization": "Bearer"},
                {"Authorization": TOKEN},
            ):
                resp = http.post(path, json=ARTICLE, headers=headers)
                assert resp.status_code == 401, (headers, resp.text)
                assert resp.headers["www-authenticate"] == "Bearer"
            good = http.post(path, json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
            assert good.status_code == 201, good.text
            assert http.get("/api/stats").json()["articles"] == 1


def test_write_routes_are_off_without_a_token(served: LiveServer):
    with httpx.Client(base_url=served.url, timeout=30) as http:
        for headers in ({}, {"Authorization": "Bearer anything"}):
            resp = http.post("/api/articles", json=ARTICLE, headers=headers)
            assert resp.status_code == 403 and "read-only" in resp.json()["error"]


def test_oversized_bodies_are_refused_with_413(writable: LiveServer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {"text": "The port reopened. " * (BODY_LIMIT // 10)}
    with httpx.Client(base_url=writable.url, timeout=60) as http:
        # with a Content-Length, with the token or without: refused before anything reads it
        for headers in (auth, {}):
            resp = http.post("/api/articles", json=big, headers=headers)
            assert resp.status_code == 413, resp.text
            assert str(BODY_LIMIT) in resp.json()["detail"]

        def chunks() -> Iterator[bytes]:  # chunked transfer: no Content-Length to trust
            for _ in range(2 * BODY_LIMIT // 1000):
                yield b" " * 1000

        streamed = http.post(
            "/api/articles", content=chunks(), headers={**auth, "Content-Type": "application/json"}
        )
        assert streamed.status_code == 413
        # a body just under the limit is read (and refused on meaning, not size)
        under = http.post(
            "/api/articles", content=b" " * (BODY_LIMIT - 10),
            headers={**auth, "Content-Type": "application/json"},
        )  # fmt: skip
        assert under.status_code == 422


def test_cors_is_off_by_default(served: LiveServer):
    origin = {"Origin": "https://attacker.example"}
    with httpx.Client(base_url=served.url, timeout=30) as http:
        get = http.get("/api/stats", headers=origin)
        assert get.status_code == 200
        assert not [h for h in get.headers if h.startswith("access-control-")]
        preflight = http.options(
            "/api/articles",
            headers={**origin, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "authorization"},
        )  # fmt: skip
        assert "access-control-allow-origin" not in preflight.headers
        assert preflight.status_code in (404, 405)


# -- bounded load ---------------------------------------------------------------------------

REQUESTS = 10_000
WARMUP = 500


def rss_bytes() -> int:
    """Resident memory of this process (server and client both live here)."""
    with open(f"/proc/{os.getpid()}/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


MISSING = "/api/articles/no-such-article"  # a 404 is an answer, not an error


def _urls(http: httpx.Client) -> list[str]:
    """Requests in the proportions of a reader's browser: mostly cheap lookups and static files;
    one in twenty a whole article, one in twenty a query over the corpus (rotating through the
    list and chart endpoints)."""
    ids = [a["id"] for a in http.get("/api/articles", params={"limit": 20}).json()["items"]]
    assert len(ids) >= 7
    cheap = [MISSING] * 14 + ["/static/app.js", "/static/style.css"] * 2
    queries = (
        "/api/stats", "/api/articles?limit=5", "/api/events?limit=10", "/api/actors?limit=10",
        "/api/quotes?limit=5", "/api/quantities?limit=5", "/api/timeline",
    )  # fmt: skip
    return [
        url
        for query, aid in zip(queries, ids, strict=False)
        for url in (*cheap, f"/api/articles/{aid}", query)
    ]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads RSS from /proc")
def test_load_10k_requests_no_errors_flat_memory(served: LiveServer):
    statuses: dict[int, int] = {}
    with httpx.Client(base_url=served.url, timeout=30) as http:  # one keep-alive connection
        urls = itertools.cycle(_urls(http))
        for _ in range(WARMUP):
            http.get(next(urls))
        gc.collect()
        before, objects = rss_bytes(), len(gc.get_objects())
        started = time.monotonic()
        missing = 0
        for _ in range(REQUESTS):
            url = next(urls)
            missing += url == MISSING
            status = http.get(url).status_code
            statuses[status] = statuses.get(status, 0) + 1
        seconds = time.monotonic() - started
        gc.collect()
        after, objects_after = rss_bytes(), len(gc.get_objects())
    rate = REQUESTS / seconds
    growth = after - before
    print(
        f"\nload: {REQUESTS} requests in {seconds:.1f} s ({rate:.0f}/s); statuses {statuses}; "
        f"RSS {before / 2**20:.1f} -> {after / 2**20:.1f} MiB; objects {objects} -> {objects_after}"
    )
    assert statuses == {200: REQUESTS - missing, 404: missing}
    # Flat memory. Python objects: a leak of one per request would be 10,000 more. Resident
    # memory swings by tens of MiB as DuckDB's allocator keeps and returns pages, so its bound
    # is coarse: it catches a native leak of 7 KB or more per request.
    assert abs(objects_after - objects) < 500, (objects, objects_after)
    assert growth < 64 * 2**20, f"RSS grew {growth / 2**20:.1f} MiB over {REQUESTS} requests"

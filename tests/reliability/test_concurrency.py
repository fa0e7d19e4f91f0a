"""Concurrent access to one DuckDB store.

DuckDB lets one process open a file read-write, and then no other process may open it at all;
several processes may open it read-only together. So a second writer (or a reader while an ingest
runs) gets `StoreLockedError` naming the process that holds the file, or waits for it with
`DuckStore(path, wait_s=...)`. A read-only `newsevents serve` blocks an ingest into the same
file; the way to ingest while serving is the server's own write route (`POST /api/articles`
with the API token), during which it keeps answering reads. See docs/reliability.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from newsevents.config import Settings
from newsevents.errors import StoreLockedError
from newsevents.store import open_store
from newsevents.store.duck import DuckStore

from .conftest import LiveServer, free_port

HOLD = (
    "import sys; from newsevents.store import open_store; "
    "s = open_store(sys.argv[1], read_only=sys.argv[2] == 'ro'); "
    "print('ready', flush=True); sys.stdin.readline(); s.close()"
)


class Holder:
    """Another process holding the store open (read-write or read-only) until released."""

    def __init__(self, db: Path, mode: str = "rw") -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(db), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "ready"
        self.pid = self.proc.pid

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "shared.duckdb"
    open_store(str(path)).close()
    return path


@pytest.fixture
def holder(db: Path) -> Iterator[Holder]:
    h = Holder(db, "rw")
    yield h
    h.release()


def test_second_writer_gets_an_error_naming_the_lock_holder(db, holder):
    with pytest.raises(StoreLockedError) as err:
        open_store(str(db))
    message = str(err.value)
    assert f"locked by process {holder.pid}" in message
    assert "POST /api/articles" in message  # and what to do instead


def test_reader_during_a_write_gets_an_error_naming_the_writer(db, holder):
    with pytest.raises(StoreLockedError, match=f"process {holder.pid}, which is writing"):
        open_store(str(db), read_only=True)


def test_a_writer_can_wait_for_the_lock_with_a_timeout(db, holder):
    started = time.monotonic()
    with pytest.raises(StoreLockedError, match=str(holder.pid)):
        DuckStore(str(db), wait_s=0.6)
    assert time.monotonic() - started >= 0.6
    opened: list[DuckStore] = []
    waiter = threading.Thread(target=lambda: opened.append(DuckStore(str(db), wait_s=60)))
    waiter.start()
    time.sleep(0.5)
    assert not opened  # still waiting
    holder.release()
    waiter.join(timeout=60)
    assert opened and opened[0].stats()["articles"] == 0
    opened[0].close()


def test_readers_share_the_store(db):
    other = Holder(db, "ro")
    try:
        with open_store(str(db), read_only=True) as store:
            assert store.stats()["articles"] == 0
    finally:
        other.release()


def test_same_process_opening_both_ways_is_a_store_error(db):
    with open_store(str(db), read_only=True), pytest.raises(StoreLockedError, match="this process"):
        open_store(str(db))


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("NEWSEVENTS_")}


@pytest.mark.slow
def test_ingest_while_a_read_only_server_runs_fails_cleanly_and_the_server_answers(db, tmp_path):
    port = free_port()
    main = [sys.executable, "-c", "from newsevents.cli import main; main()"]
    server = subprocess.Popen(
        [*main, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    try:
        url = f"http://127.0.0.1:{port}/api/stats"
        deadline = time.monotonic() + 60
        while True:
            try:
                assert httpx.get(url, timeout=5).status_code == 200
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        article = tmp_path / "a.txt"
        article.write_text("The mayor of Gdansk reopened the port on Monday.", encoding="utf-8")
        ingest = subprocess.run(
            [*main, "ingest", str(article), "--db", str(db), "--engine", "local"],
            capture_output=True, text=True, env=_env(), timeout=300,
        )  # fmt: skip
        assert ingest.returncode == 2
        assert f"error: store {db} is locked by process {server.pid}" in ingest.stderr
        assert "Traceback" not in ingest.stderr
        assert httpx.get(url, timeout=5).json()["articles"] == 0  # still serving
    finally:
        server.terminate()
        server.wait(timeout=30)


TEXTS = [
    f"The mayor of {city} opened a new {thing} on {day}, officials said."
    for city, thing, day in zip(
        ("Hamburg", "Nairobi", "Recife", "Osaka", "Calgary", "Gdansk", "Pune", "Bergen"),
        ("bridge", "school", "clinic", "port", "library", "ferry line", "market", "tunnel"),
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday"),
        strict=True,
    )
]


def test_server_keeps_answering_reads_while_it_ingests(tmp_path, pipeline):
    from newsevents.web import create_app

    token = "reliability-token"
    store = open_store(str(tmp_path / "served.duckdb"))
    app = create_app(store, Settings(api_token=token))
    reads: list[tuple[int, float]] = []
    writes: list[int] = []
    try:
        with LiveServer(app) as live, httpx.Client(base_url=live.url, timeout=60) as client:

            def post_all() -> None:
                auth = {"Authorization": f"Bearer {token}"}
                with httpx.Client(base_url=live.url, timeout=120) as writer:
                    for text in TEXTS:
                        writes.append(writer.post("/api/articles", json={"text": text},
                                                  headers=auth).status_code)  # fmt: skip

            poster = threading.Thread(target=post_all)
            poster.start()
            while poster.is_alive():
                started = time.monotonic()
                status = client.get("/api/articles", params={"limit": 5}).status_code
                reads.append((status, time.monotonic() - started))
            poster.join()
            final = client.get("/api/stats").json()
    finally:
        store.close()
    assert writes == [201] * len(TEXTS)
    assert final["articles"] == len(TEXTS)
    assert len(reads) >= len(TEXTS) and {s for s, _ in reads} == {200}

"""The bad-input corpus (generated once per session) and the limits the reliability tests use."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from newsevents.config import Settings

from .corpus import Entry, build


@pytest.fixture(scope="session")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Entry]]:
    """A folder of >= 200 hostile inputs with good articles mixed in, and what each must become."""
    folder = tmp_path_factory.mktemp("bad-corpus")
    return folder, build(folder)


@pytest.fixture(scope="session")
def limits() -> Settings:
    """Tighter per-article limits than the defaults, so that the huge inputs are refused or cut
    in seconds: 2 MB per file, 20,000 characters per article, 10 s per stage."""
    return Settings(max_bytes=2_000_000, max_chars=20_000, stage_timeout_s=10.0)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """uvicorn serving an app on a free loopback port, in a thread of this process."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)

"""Feeds and URLs through the polite fetcher, against a local HTTP server (never the internet)."""

from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from newsevents.errors import InputTooLargeError
from newsevents.readers import read_paths
from newsevents.readers.feeds import Fetcher, FetchError, read_url
from newsevents.records import Article, Failure

from .test_readers import PAGE

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Times</title>
<link>{base}/</link><description>news</description>
<item><title>Terminal</title><link>{base}/news/1</link>
<pubDate>Tue, 13 Feb 2024 08:00:00 GMT</pubDate></item>
<item><title>Secret</title><link>{base}/private/2</link></item>
<item><title>Gone</title><link>/missing</link></item>
<item><title>Plain</title><link>{base}/plain</link>
<pubDate>Wed, 14 Feb 2024 09:00:00 GMT</pubDate></item>
</channel></rss>"""

PLAIN = (
    "Flood warnings were lifted along the river on Wednesday as water levels fell, the "
    "environment agency said, though several roads remained closed."
)


class Handler(BaseHTTPRequestHandler):
    agents: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, body: bytes, ctype: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.headers['Host']}"
        routes = {
            "/robots.txt": (b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/feed.xml": (RSS.format(base=base).encode(), "application/rss+xml"),
            "/news/1": (PAGE.encode(), "text/html; charset=utf-8"),
            "/private/2": (PAGE.encode(), "text/html"),
            "/plain": (PLAIN.encode(), "text/plain; charset=utf-8"),
            "/big": (b"<p>" + b"x" * 50_000 + b"</p>", "text/html"),
        }
        if self.path == "/slow":
            time.sleep(1.0)
            with contextlib.suppress(OSError):  # the client gave up (that is the point)
                self._send(b"<p>late</p>", "text/html")
        elif self.path in routes:
            self._send(*routes[self.path])
        else:
            self._send(b"not here", "text/plain", status=404)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def fetcher(**kw) -> Fetcher:
    return Fetcher(delay_s=0.0, **kw)


def test_a_feed_url_yields_one_article_per_entry(server):
    items = list(read_url(f"{server}/feed.xml", fetcher=fetcher()))
    arts = [i for i in items if isinstance(i, Article)]
    fails = {i.path: i.reason for i in items if isinstance(i, Failure)}
    assert [a.url for a in arts] == [f"{server}/news/1", f"{server}/plain"]
    assert arts[0].title == "Harbour terminal to open in March"
    assert arts[1].title == "Plain" and arts[1].published == "2024-02-14"
    assert "robots.txt" in fails[f"{server}/private/2"]
    assert "HTTP 404" in fails[f"{server}/missing"]
    assert all(a.startswith("newsevents/") for a in Handler.agents)


def test_stored_entries_are_not_fetched_again(server):
    before = len(Handler.agents)
    items = list(
        read_url(
            f"{server}/feed.xml",
            fetcher=fetcher(respect_robots=False),
            skip={
                f"{server}/news/1",
                f"{server}/private/2",
                f"{server}/missing",
                f"{server}/plain",
            },
        )
    )
    assert items == []
    assert len(Handler.agents) - before == 1  # the feed itself


def test_read_paths_takes_urls_of_pages(server):
    (art,) = read_paths([f"{server}/news/1"], fetcher=fetcher())
    assert isinstance(art, Article) and dict(art.meta)["path"] == f"{server}/news/1"
    assert list(read_paths([f"{server}/news/1"], skip={f"{server}/news/1"})) == []


def test_the_fetcher_enforces_size_and_time_limits(server):
    with pytest.raises(InputTooLargeError):
        fetcher(max_bytes=10_000).get(f"{server}/big")
    with pytest.raises(FetchError, match="cannot fetch"):
        fetcher(timeout_s=0.2).get(f"{server}/slow")
    with pytest.raises(FetchError, match="not an http"):
        fetcher().get("file:///etc/passwd")


def test_the_fetcher_waits_between_requests_to_one_host(server):
    f = Fetcher(delay_s=0.3, respect_robots=False)
    started = time.monotonic()
    f.get(f"{server}/plain")
    f.get(f"{server}/plain")
    assert time.monotonic() - started >= 0.3

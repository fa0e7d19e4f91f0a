"""URLs and RSS/Atom feeds -> Articles, through a polite fetcher.

`Fetcher` sends a user agent naming the tool, times out, refuses bodies over a size limit,
waits between two requests to the same host, and honours robots.txt. A URL that serves a feed
yields one Article per entry (each linked page fetched and read as HTML); a URL that serves a
page yields one Article. feedparser only parses bytes the fetcher got: it never fetches itself.
"""

from __future__ import annotations

import logging
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..config import DEFAULTS
from ..errors import InputError, InputTooLargeError
from ..records import Article, Failure
from .base import READERS, input_failure, make_article
from .decode import decode_bytes
from .html import html_article

log = logging.getLogger(__name__)

USER_AGENT = "newsevents/0.1 (news event extraction; polite bot: one request per host per second)"
FEED_SUFFIXES = (".rss", ".atom")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_TYPES = ("application/xml", "text/xml")


class FetchError(InputError):
    reason = "fetch"


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes


@dataclass
class Fetcher:
    """HTTP(S) GET with manners: user agent, timeout, size limit, per-host delay, robots.txt."""

    user_agent: str = USER_AGENT
    timeout_s: float = 20.0
    max_bytes: int = DEFAULTS.max_bytes
    delay_s: float = 1.0  # between two requests to the same host
    respect_robots: bool = True
    _last: dict[str, float] = field(default_factory=dict, repr=False)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(
        default_factory=dict, repr=False
    )
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def get(self, url: str) -> Response:
        """Fetch a URL; raises FetchError (or InputTooLargeError) with the reason."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(f"not an http(s) URL: {url}", path=url)
        if self.respect_robots and not self._allowed(url):
            raise FetchError(f"robots.txt of {parts.netloc} disallows {url}", path=url)
        self._wait(parts.netloc)
        req = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                length = resp.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise InputTooLargeError(
                        f"{int(length):,} bytes is over the limit of {self.max_bytes:,}", path=url
                    )
                body = resp.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise InputTooLargeError(
                        f"over the limit of {self.max_bytes:,} bytes (the server sent no size)",
                        path=url,
                    )
                ctype = (resp.headers.get("Content-Type") or "").split(";", 1)[0].strip()
                return Response(resp.geturl(), resp.status, ctype.lower(), body)
        except urllib.error.HTTPError as exc:
            raise FetchError(f"HTTP {exc.code} {exc.reason} for {url}", path=url) from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise FetchError(f"cannot fetch {url}: {reason}", path=url) from exc

    def _wait(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            due = self._last.get(host, 0.0) + self.delay_s
            self._last[host] = max(now, due)
        if due > now:
            time.sleep(due - now)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self._robots:
            self._robots[base] = self._load_robots(base)
        rp = self._robots[base]
        return True if rp is None else rp.can_fetch(self.user_agent, url)

    def _load_robots(self, base: str) -> urllib.robotparser.RobotFileParser | None:
        req = urllib.request.Request(base + "/robots.txt", headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                text = resp.read(500_000).decode("utf-8", errors="replace")
        except (urllib.error.URLError, TimeoutError, OSError):
            return None  # no robots.txt (or unreachable): everything is allowed
        rp = urllib.robotparser.RobotFileParser()
        rp.parse(text.splitlines())
        return rp


def _is_feed(resp: Response) -> bool:
    if resp.content_type in _FEED_TYPES:
        return True
    if resp.content_type in _XML_TYPES or not resp.content_type:
        head = resp.body[:2000].lstrip().lower()
        return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
    return False


def read_url(
    url: str, *, fetcher: Fetcher | None = None, skip: Container[str] = ()
) -> Iterator[Article | Failure]:
    """Articles from a URL: every entry of a feed, or the one page."""
    fetcher = fetcher or Fetcher()
    try:
        resp = fetcher.get(url)
    except InputError as exc:
        yield input_failure(url, exc)
        return
    if _is_feed(resp):
        yield from read_feed(resp.body, base_url=resp.url, fetcher=fetcher, skip=skip)
    else:
        yield _page_article(resp, url)


def _page_article(resp: Response, url: str) -> Article | Failure:
    meta = (("path", url),)
    try:
        if resp.content_type == "text/plain":
            text = decode_bytes(resp.body, path=url)
            return make_article(text, url=resp.url, meta=meta)
        return html_article(resp.body, url=resp.url, meta=meta)
    except InputError as exc:
        return input_failure(url, exc)


def read_feed(
    data: bytes,
    *,
    base_url: str | None = None,
    fetcher: Fetcher | None = None,
    skip: Container[str] = (),
    fetch: Callable[[str], Response] | None = None,
) -> Iterator[Article | Failure]:
    """One Article per feed entry: its linked page fetched and read; the entry's title and date
    kept where the page has none. An entry whose page cannot be fetched becomes a Failure."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield input_failure(
            base_url, InputError(f"not a readable RSS/Atom feed: {parsed.bozo_exception}")
        )
        return
    get = fetch or (fetcher or Fetcher()).get
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        link = urljoin(base_url or "", link)
        if link in skip:
            continue
        published = _entry_date(entry)
        try:
            resp = get(link)
            article = _page_article(resp, link)
        except InputError as exc:
            yield input_failure(link, exc)
            continue
        if isinstance(article, Article):
            article = make_article(
                article.text, url=article.url, title=article.title or entry.get("title"),
                published=article.published or published, source=article.source,
                language=article.language, meta=article.meta,
            )  # fmt: skip
        yield article


def _entry_date(entry: dict[str, object]) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            t = time.strftime("%Y-%m-%d", value)  # type: ignore[arg-type]
            return t
    return None


def read_feed_file(
    path: Path, *, max_bytes: int = DEFAULTS.max_bytes, skip: Container[str] = ()
) -> Iterator[Article | Failure]:
    """A saved .rss/.atom file: its entries' pages are fetched (online)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(
                f"{size:,} bytes is over the limit of {max_bytes:,}", path=str(path)
            )
        data = path.read_bytes()
    except (OSError, InputError) as exc:
        yield input_failure(str(path), exc)
        return
    yield from read_feed(data, skip=skip)


for _suffix in FEED_SUFFIXES:
    READERS[_suffix] = read_feed_file

"""HTML pages -> Article: trafilatura finds the main text and the page's metadata.

trafilatura (imported on first use: it is slow to import) scores 0.96 main-text F1 on the
ScrapingHub article-extraction benchmark (`newsevents eval html`). Metadata it finds -- title,
publication date, author, site name, canonical URL -- fill the Article; author and site go to
`Article.meta`.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Container, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..config import DEFAULTS
from ..errors import EmptyInputError, InputError, InputTooLargeError
from ..records import Article, Failure
from .base import READERS, input_failure, make_article
from .decode import decode_bytes

log = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What trafilatura read from one page."""

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    hostname: str | None = None


def extract_html(html: str | bytes, *, url: str | None = None) -> HtmlPage:
    """Main text and metadata of an HTML page; raises EmptyInputError when there is no text."""
    import trafilatura

    if isinstance(html, bytes):
        html = decode_bytes(html, path=url, max_bytes=max(len(html), 1))
    result = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    title = _clean(getattr(result, "title", None))
    text = _body(text, title)
    if not text:
        raise EmptyInputError("no article text found in the HTML page", path=url)
    return HtmlPage(
        text=text,
        title=title,
        published=_clean(getattr(result, "date", None)),
        author=_clean(getattr(result, "author", None)),
        site=_clean(getattr(result, "sitename", None)),
        url=_clean(getattr(result, "url", None)) or url,
        hostname=_clean(getattr(result, "hostname", None)),
    )


def _body(text: str, title: str | None) -> str:
    """Paragraphs separated by blank lines, without a first line repeating the headline (the
    headline is `Article.title`; left in, it runs into the first sentence)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and _norm(lines[0]) == _norm(title):
        lines = lines[1:]
    return "\n\n".join(lines)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def html_article(
    html: str | bytes,
    *,
    url: str | None = None,
    published: str | None = None,
    title: str | None = None,
    source: str | None = None,
    meta: tuple[tuple[str, str], ...] = (),
) -> Article:
    """An Article from an HTML page; values given here win over what the page says."""
    page = extract_html(html, url=url)
    extra = tuple((k, v) for k, v in (("author", page.author), ("site", page.site)) if v)
    return make_article(
        page.text,
        url=url or page.url,
        title=title or page.title,
        published=published or page.published,
        source=source or page.hostname,
        meta=(*meta, *extra),
    )


def read_gzip(path: Path, *, max_bytes: int) -> bytes:
    """Decompress at most `max_bytes` (a gzip bomb is refused, not expanded)."""
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"broken gzip file: {exc}", path=str(path)) from exc
    if len(data) > max_bytes:
        raise InputTooLargeError(_gzip_too_large(path, max_bytes), path=str(path))
    return data


def _gzip_too_large(path: Path, max_bytes: int) -> str:
    """The sizes of a gzip file over the limit, compressed and decompressed, the latter read
    from its trailer rather than by expanding it. The trailer holds the size modulo 4 GiB (of
    the last member), so it is a lower bound, and so is the limit we read past."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        fh.seek(-4, 2)
        expanded = max(int.from_bytes(fh.read(4), "little"), max_bytes + 1)
    return (
        f"{size:,} bytes ({expanded:,} or more once decompressed) is over the limit of "
        f"{max_bytes:,}"
    )


def read_html_file(
    path: Path, *, max_bytes: int = DEFAULTS.max_bytes, skip: Container[str] = ()
) -> Iterator[Article | Failure]:
    """One Article (or Failure) from an .html/.htm file, gzipped or not."""
    if str(path) in skip:
        return
    try:
        if path.name.lower().endswith(".gz"):
            data = read_gzip(path, max_bytes=max_bytes)
        else:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputTooLargeError(
                    f"{size:,} bytes is over the limit of {max_bytes:,}", path=str(path)
                )
            data = path.read_bytes()
        yield html_article(data, meta=(("path", str(path)),))
    except (InputError, OSError) as exc:
        yield input_failure(str(path), exc)


for _suffix in HTML_SUFFIXES:
    READERS[_suffix] = read_html_file

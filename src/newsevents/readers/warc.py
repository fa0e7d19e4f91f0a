"""WARC files (news crawls such as CC-NEWS) -> Articles, one per HTML or text response.

Each `response` (or `resource`) record with status 200 and an HTML or plain-text body becomes an
Article: HTML through trafilatura (`ingest.html`), the URL from `WARC-Target-URI`, the date from
the page's metadata or else the crawl date. Other records (requests, metadata, images, redirects)
are passed over without a failure. An article's path is `FILE#OFFSET` (the record's byte offset),
so a re-run skips records already stored without parsing them again.
"""

from __future__ import annotations

import logging
from collections.abc import Container, Iterator
from pathlib import Path
from typing import Any

from ..config import DEFAULTS
from ..errors import InputError, InputTooLargeError
from ..records import Article, Failure
from .base import READERS, input_failure, make_article
from .decode import decode_bytes
from .html import html_article

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    path: Path, *, max_bytes: int = DEFAULTS.max_bytes, skip: Container[str] = ()
) -> Iterator[Article | Failure]:
    """Articles (and Failures) from a .warc or .warc.gz file, in file order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        fh = path.open("rb")
    except OSError as exc:
        yield input_failure(str(path), exc)
        return
    with fh:
        records = ArchiveIterator(fh)
        seen = 0
        try:
            for record in records:
                seen += 1
                broken: InputError | None = None
                try:
                    taken = _take(record, max_bytes)
                except InputError as exc:  # a truncated, headless or too large record
                    taken, broken = None, exc
                # the offset is known once the record is read (warcio reads it to its end)
                where = f"{path}#{records.get_record_offset()}"
                if where in skip:
                    continue
                if broken is not None:
                    yield input_failure(where, broken)
                elif taken is not None:
                    yield _item(*taken, where=where, max_bytes=max_bytes)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            yield input_failure(f"{path}#broken", InputError(f"unreadable WARC file: {exc}"))
            return
        except Exception as exc:  # warcio is not hardened: a malformed header can raise anything
            why = f"malformed record ({type(exc).__name__}: {exc})"
            yield input_failure(f"{path}#broken", InputError(f"unreadable WARC file: {why}"))
            return
    if not seen:
        yield input_failure(str(path), InputError("no WARC records in the file (not a WARC file?)"))


_Taken = tuple[bytes, bool, str | None, str | None]


def _take(record: Any, max_bytes: int) -> _Taken | None:
    """(body, is_html, url, crawl date) of a record worth reading, else None. A body over
    `max_bytes` raises InputTooLargeError naming the record's size."""
    if record.rec_type is None:
        raise InputError("broken WARC record: no WARC-Type header (cut short, or not a WARC?)")
    if record.rec_type not in ("response", "resource"):
        return None
    if record.http_headers is not None:
        if record.http_headers.get_statuscode() != "200":
            return None
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    ctype = ctype.split(";", 1)[0].strip().lower()
    is_html = ctype in _HTML_TYPES
    if not (is_html or ctype == "text/plain"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    crawled = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    data = record.content_stream().read(max_bytes + 1)
    missing = getattr(record.raw_stream, "limit", 0)  # of the declared Content-Length
    if len(data) <= max_bytes and missing > 0:  # the file ends inside this record
        raise InputError(
            f"truncated WARC record: the last {missing:,} of its {record.length:,} bytes are "
            "missing"
        )
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"record of {record.length:,} bytes is over the limit of {max_bytes:,}"
        )
    return data, is_html, url, crawled


def _item(
    data: bytes,
    is_html: bool,
    url: str | None,
    crawled: str | None,
    *,
    where: str,
    max_bytes: int,
) -> Article | Failure:
    meta = (("path", where),) + ((("crawled", crawled),) if crawled else ())
    try:
        if not is_html:
            text = decode_bytes(data, path=where, max_bytes=max_bytes)
            return make_article(text, url=url, published=crawled, meta=meta)
        article = html_article(data, url=url, meta=meta)
        if article.published is None and crawled:
            article = make_article(
                article.text, url=article.url, title=article.title, published=crawled,
                source=article.source, language=article.language, meta=article.meta,
            )  # fmt: skip
        return article
    except InputError as exc:
        return input_failure(where, exc)


for _suffix in WARC_SUFFIXES:
    READERS[_suffix] = read_warc

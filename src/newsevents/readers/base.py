"""Text and metadata -> Article, the failure record of bad input, and the registry of readers.

Every reader module (articles, html, warc, feeds) builds on this one, and none of them on each
other's internals, so the readers import in one direction only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import overload

from ..errors import InputError
from ..ids import article_id
from ..records import Article, Failure
from .language import detect_language

Item = Article | Failure

# Readers by file suffix: `reader(path, *, max_bytes, skip) -> Iterator[Article | Failure]`.
# The corpus modules (html, warc, feeds) register theirs here when `newsevents.readers` is imported.
READERS: dict[str, Callable[..., Iterator[Item]]] = {}


def make_article(
    text: str,
    *,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    language: str | None = None,
    detect: bool = True,
    meta: Iterable[tuple[str, str]] = (),
) -> Article:
    """An Article with a content-hash id; the language is detected unless given."""
    text = _unicode(text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty input (no text)")
    if language is None:
        language = detect_language(text)[0] if detect else "en"
    url, title, source = _unicode(url), _unicode(title), _unicode(source)
    return Article(
        id=article_id(text),
        text=text,
        url=url,
        source=source or _source_of(url),
        title=title,
        published=_iso_date(_unicode(published)),
        language=language,
        meta=tuple((k, _unicode(v)) for k, v in meta),
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


@overload
def _unicode(value: str) -> str: ...
@overload
def _unicode(value: str | None) -> str | None: ...
def _unicode(value: str | None) -> str | None:
    """Lone surrogates (a JSON escape such as "\\ud800", an undecodable file name) cannot be
    encoded as UTF-8, so hashing or storing them fails: each becomes U+FFFD."""
    if value is None or not _SURROGATE.search(value):
        return value
    return _SURROGATE.sub("\ufffd", value)


def _source_of(url: str | None) -> str | None:
    if not url or "//" not in url:
        return None
    host = url.split("//", 1)[1].split("/", 1)[0].lower()
    return host.removeprefix("www.") or None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    value = str(value).strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10] if len(value) == 10 else value.replace(" ", "T", 1)
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value


def input_failure(path: str | None, exc: BaseException, stage: str = "ingest") -> Failure:
    """The record of input that could not become an article (the stage is `ingest`)."""
    reason = getattr(exc, "reason", type(exc).__name__)
    return Failure(
        article_id=None,
        path=_unicode(path),
        stage=stage,
        error=type(exc).__name__,
        reason=_unicode(f"{reason}: {exc}"),
    )

"""Build Articles from text and walk paths (folders, .txt, .jsonl/.json)."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, LanguageError
from ..ids import article_id
from ..records import Article, Failure
from .decode import decode_bytes
from .language import detect_language

log = logging.getLogger(__name__)

Item = Article | Failure


@dataclass(frozen=True, slots=True)
class JsonFields:
    """Which JSON keys hold what (configurable for other people's JSONL)."""

    text: str = "text"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    source: str = "source"
    id: str = "id"
    language: str = "language"


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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty input (no text)")
    if language is None:
        language = detect_language(text)[0] if detect else "en"
    return Article(
        id=article_id(text),
        text=text,
        url=url,
        source=source or _source_of(url),
        title=title,
        published=_iso_date(published),
        language=language,
        meta=tuple(meta),
    )


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


def check_language(article: Article, languages: tuple[str, ...] = ("en",)) -> Article:
    if article.language not in languages:
        raise LanguageError(
            f"language {article.language!r} is not supported yet (reads: {', '.join(languages)})",
            language=article.language,
        )
    return article


def _fail(path: str | None, exc: BaseException, stage: str = "ingest") -> Failure:
    reason = getattr(exc, "reason", type(exc).__name__)
    return Failure(
        article_id=None, path=path, stage=stage, error=type(exc).__name__, reason=f"{reason}: {exc}"
    )


def read_text_file(path: Path, *, max_bytes: int = 5_000_000, **meta: str | None) -> Item:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{size:,} bytes is over the limit of {max_bytes:,}", path=str(path))
        text = decode_bytes(path.read_bytes(), path=str(path), max_bytes=max_bytes)
        return make_article(text, meta=(("path", str(path)),), **meta)  # type: ignore[arg-type]
    except (InputError, OSError) as exc:
        return _fail(str(path), exc)


def read_jsonl(path: Path, *, fields: JsonFields = JsonFields()) -> Iterator[Item]:
    """One article per line (or a JSON array / single object in a .json file)."""
    try:
        raw = decode_bytes(path.read_bytes(), path=str(path), max_bytes=2**40)
    except (InputError, OSError) as exc:
        yield _fail(str(path), exc)
        return
    if path.suffix == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield _fail(str(path), exc)
            return
        rows = data if isinstance(data, list) else [data]
        for n, row in enumerate(rows, 1):
            yield _row_article(row, f"{path}#{n}", fields)
        return
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _fail(where, InputError(f"malformed JSON line: {exc.msg}"))
            continue
        yield _row_article(row, where, fields)


def _row_article(row: object, where: str, fields: JsonFields) -> Item:
    if not isinstance(row, dict):
        return _fail(where, InputError("a JSON row must be an object"))
    text = row.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        return _fail(where, InputError(f"no text in field {fields.text!r}"))
    try:
        lang = row.get(fields.language)
        return make_article(
            text,
            url=_str(row.get(fields.url)),
            title=_str(row.get(fields.title)),
            published=_str(row.get(fields.published)),
            source=_str(row.get(fields.source)),
            language=None,  # always detect: a row's own tag is kept in meta
            meta=(("path", where),) + ((("declared_language", str(lang)),) if lang else ()),
        )
    except InputError as exc:
        return _fail(where, exc)


def _str(v: object) -> str | None:
    return None if v is None else str(v)


# Readers by file suffix; the corpus modules (html, warc, feeds) register theirs here.
READERS: dict[str, object] = {}


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    fields: JsonFields = JsonFields(),
    max_bytes: int = 5_000_000,
) -> Iterator[Item]:
    """Walk files and folders (recursively, sorted) and yield Articles or Failures."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not _is_side_file(f))
            for f in files:
                yield from _read_file(f, fields, max_bytes)
        elif path.is_file():
            yield from _read_file(path, fields, max_bytes)
        else:
            yield _fail(str(path), InputError("no such file or folder"))


# Files that travel with a corpus folder but are not articles (skipped in folder walks only).
_SIDE_FILES = ("readme", "license", "licence", "notice", "attribution", "copying")


def _is_side_file(path: Path) -> bool:
    name = path.name.lower()
    return name.startswith(".") or name.startswith(_SIDE_FILES)


def _read_file(path: Path, fields: JsonFields, max_bytes: int) -> Iterator[Item]:
    name = path.name.lower()
    for suffix, reader in READERS.items():
        if name.endswith(suffix):
            yield from reader(path, max_bytes=max_bytes)  # type: ignore[operator]
            return
    if name.endswith((".jsonl", ".json", ".ndjson")):
        yield from read_jsonl(path, fields=fields)
    else:
        yield read_text_file(path, max_bytes=max_bytes)


def read_stdin(*, max_bytes: int = 5_000_000) -> Item:
    try:
        text = decode_bytes(sys.stdin.buffer.read(), path="-", max_bytes=max_bytes)
        return make_article(text, meta=(("path", "-"),))
    except InputError as exc:
        return _fail("-", exc)

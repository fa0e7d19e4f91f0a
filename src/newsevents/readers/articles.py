"""Walk paths (folders, .txt, .jsonl/.json, stdin) into Articles; other suffixes go to the
readers registered in `base.READERS`."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import DEFAULTS
from ..errors import InputError
from ..jsonl import BadLine, parse_lines
from ..records import Article
from .base import READERS, Item, input_failure, make_article
from .decode import decode_bytes
from .text import is_sidecar, read_text_file, text_article

log = logging.getLogger(__name__)


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

    @classmethod
    def parse(cls, specs: Iterable[str]) -> JsonFields:
        """Fields from `ROLE=KEY` strings (`text=body`, `published=date`); raises ValueError."""
        roles = {f.name for f in dataclasses.fields(cls)}
        changes: dict[str, str] = {}
        for spec in specs:
            role, sep, key = spec.partition("=")
            role, key = role.strip(), key.strip()
            if not sep or not key or role not in roles:
                raise ValueError(
                    f"bad field mapping {spec!r}: use ROLE=KEY with ROLE one of "
                    f"{', '.join(sorted(roles))}"
                )
            changes[role] = key
        return cls(**changes)


class KnownInputs:
    """The input paths a store holds (`store.known_paths()`), used as the `skip` of
    `read_paths`: it remembers which of them a walk passed over, so that a re-run can say how
    many inputs were already stored although none of them was read again."""

    def __init__(self, paths: Container[str]) -> None:
        self._paths = paths
        self.passed: set[str] = set()

    def __contains__(self, key: object) -> bool:
        if key in self._paths:
            self.passed.add(str(key))
            return True
        return False


def read_jsonl(
    path: Path, *, fields: JsonFields = JsonFields(), skip: Container[str] = frozenset()
) -> Iterator[Item]:
    """One article per line (or a JSON array / single object in a .json file)."""
    try:
        raw = decode_bytes(path.read_bytes(), path=str(path), max_bytes=2**40)
    except (InputError, OSError) as exc:
        yield input_failure(str(path), exc)
        return
    if path.suffix == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield input_failure(str(path), InputError(f"malformed JSON: {exc.msg}"))
            return
        except RecursionError:  # "[[[[..." nested deeper than the parser's stack
            yield input_failure(str(path), InputError("malformed JSON: nested too deeply"))
            return
        rows = data if isinstance(data, list) else [data]
        for n, row in enumerate(rows, 1):
            if f"{path}#{n}" not in skip:
                yield _row_article(row, f"{path}#{n}", fields)
        return
    for n, row in parse_lines(raw.splitlines()):
        where = f"{path}:{n}"
        if where in skip:
            continue
        if isinstance(row, BadLine):
            yield input_failure(where, InputError(f"malformed JSON line: {row.detail}"))
        else:
            yield _row_article(row, where, fields)


def _row_article(row: object, where: str, fields: JsonFields) -> Item:
    if not isinstance(row, dict):
        return input_failure(where, InputError("a JSON row must be an object"))
    text = row.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        return input_failure(where, InputError(f"no text in field {fields.text!r}"))
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
        return input_failure(where, exc)


def _str(v: object) -> str | None:
    return None if v is None else str(v)


# Suffixes read as plain text in a folder walk (a file named on the command line is read
# whatever its suffix); widen with `text_suffixes`, "*" for every file.
TEXT_SUFFIXES = (".txt", ".text")
JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")


@dataclass
class ReadNotes:
    """What a walk noticed beside the articles, for the report of an ingest."""

    unread: list[str] = field(default_factory=list)  # folder files of no known type, not read
    url_lists: list[str] = field(default_factory=list)  # text files of URLs, fetched


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    fields: JsonFields = JsonFields(),
    max_bytes: int = DEFAULTS.max_bytes,
    skip: Container[str] = frozenset(),
    fetcher: Any = None,
    text_suffixes: Iterable[str] = TEXT_SUFFIXES,
    notes: ReadNotes | None = None,
    text_meta: Mapping[str, str | None] | None = None,
) -> Iterator[Item]:
    """Walk files, folders (recursively, sorted) and http(s) URLs; yield Articles or Failures.

    Inputs whose path is in `skip` (what a store already holds: `store.known_paths()`) are not
    read again, so resuming a large ingest costs no parsing or fetching. In folders, only files
    of a known type are read (HTML, WARC, feeds, JSON, and `text_suffixes` as plain text); the
    others are listed in `notes.unread`. A text file holding only http(s) URLs, one a line, is
    a list of articles to fetch (listed in `notes.url_lists`), not an article. `text_meta` holds
    the title, url, published date and source of plain-text articles (`readers.text`).
    """
    notes = notes if notes is not None else ReadNotes()
    suffixes = tuple(text_suffixes)
    for p in paths:
        name = os.fspath(p)
        if name.startswith(("http://", "https://")):
            if name not in skip:
                from .feeds import read_url

                yield from read_url(name, fetcher=fetcher, skip=skip)
            continue
        path = Path(p)
        if path.is_dir():
            for f in walk(path, text_suffixes=suffixes, unread=notes.unread):
                yield from _read_file(f, fields, max_bytes, skip, fetcher, notes, text_meta)
        elif path.is_file():
            yield from _read_file(path, fields, max_bytes, skip, fetcher, notes, text_meta)
        else:
            yield input_failure(str(path), InputError("no such file or folder"))


# Files that travel with a corpus folder but are not articles (skipped in folder walks only).
_SIDE_FILES = ("readme", "license", "licence", "notice", "attribution", "copying")


def known_type(name: str, text_suffixes: Iterable[str] = TEXT_SUFFIXES) -> bool:
    """Whether a folder walk reads a file of this name (its suffix has a reader)."""
    suffixes = tuple(text_suffixes)
    if "*" in suffixes:
        return True
    lower = name.lower()
    known = (*READERS, *JSON_SUFFIXES, *(s.lower() for s in suffixes))
    return lower.endswith(known)


def walk(
    folder: Path,
    *,
    text_suffixes: Iterable[str] = TEXT_SUFFIXES,
    unread: list[str] | None = None,
) -> list[Path]:
    """The files of a known type under a folder, recursively and sorted, leaving out hidden
    files and folders and the side files of a corpus (README, LICENSE, NOTICE ...). Files of
    no known type are appended to `unread` when text_meta."""
    suffixes = tuple(text_suffixes)
    files = sorted(
        f
        for f in folder.rglob("*")
        if f.is_file()
        and not any(part.startswith(".") for part in f.relative_to(folder).parts)
        and not f.name.lower().startswith(_SIDE_FILES)
    )
    files = [f for f in files if not is_sidecar(f)]
    known = [f for f in files if known_type(f.name, suffixes)]
    if unread is not None:
        unread.extend(str(f) for f in files if not known_type(f.name, suffixes))
    return known


def _read_file(
    path: Path,
    fields: JsonFields,
    max_bytes: int,
    skip: Container[str],
    fetcher: Any = None,
    notes: ReadNotes | None = None,
    text_meta: Mapping[str, str | None] | None = None,
) -> Iterator[Item]:
    name = path.name.lower()
    for suffix, reader in READERS.items():
        if name.endswith(suffix):
            yield from reader(path, max_bytes=max_bytes, skip=skip)
            return
    if name.endswith(JSON_SUFFIXES):
        yield from read_jsonl(path, fields=fields, skip=skip)
    elif str(path) not in skip:
        item = read_text_file(path, max_bytes=max_bytes, text_meta=text_meta)
        urls = url_list(item.text) if isinstance(item, Article) else None
        if not urls:
            yield item
            return
        from .feeds import read_url

        log.info("%s: a list of %d URLs, fetching each", path, len(urls))
        if notes is not None:
            notes.url_lists.append(str(path))
        for url in urls:
            if url not in skip:
                yield from read_url(url, fetcher=fetcher, skip=skip)


def reader_name(path: str | os.PathLike[str]) -> str:
    """Which reader `read_paths` uses for a file: html, warc, feeds, json, jsonl or text."""
    name = Path(path).name.lower()
    for suffix, reader in READERS.items():
        if name.endswith(suffix):
            return reader.__module__.rsplit(".", 1)[-1]
    if name.endswith(JSON_SUFFIXES):
        return "json" if name.endswith(".json") else "jsonl"
    return "text"


_MAX_URL = 2048  # characters: longer "URLs" are not addresses a list would hold


def url_list(text: str) -> list[str] | None:
    """The URLs of a text made only of http(s) URLs of at most 2,048 characters, one a line
    (blank lines and `#` comments allowed); None for any other text."""
    lines = [ln.strip() for ln in text.splitlines()]
    urls = [ln for ln in lines if ln and not ln.startswith("#")]
    ok = urls and all(
        u.startswith(("http://", "https://")) and " " not in u and len(u) <= _MAX_URL for u in urls
    )
    return urls if ok else None


def count_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_scan_bytes: int = 2**30,
    text_suffixes: Iterable[str] = TEXT_SUFFIXES,
) -> int | None:
    """How many articles `read_paths` will yield, for a progress bar's ETA; None when unknown
    (URLs, feeds, WARC files, or JSONL too big to count quickly)."""
    total = 0
    scanned = 0
    for p in paths:
        name = os.fspath(p)
        if name.startswith(("http://", "https://")):
            return None
        path = Path(p)
        if path.is_dir():
            files = walk(path, text_suffixes=text_suffixes)
        else:
            files = [path] if path.is_file() else []
        for f in files:
            lower = f.name.lower()
            if any(lower.endswith(s) for s in (".warc", ".warc.gz", ".rss", ".atom")):
                return None
            if lower.endswith((".jsonl", ".ndjson")):
                scanned += f.stat().st_size
                if scanned > max_scan_bytes:
                    return None
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
    return total


def read_stdin(
    *, max_bytes: int = DEFAULTS.max_bytes, text_meta: Mapping[str, str | None] | None = None
) -> Item:
    """An Article (or Failure) from standard input, read as plain text; `text_meta` holds its
    title, url, published date and source."""
    try:
        text = decode_bytes(sys.stdin.buffer.read(), path="-", max_bytes=max_bytes)
        return text_article(text, {}, "-", text_meta)
    except InputError as exc:
        return input_failure("-", exc)

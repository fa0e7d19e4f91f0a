"""Walk paths (folders, .txt, .jsonl/.json, stdin) into Articles; other suffixes go to the
readers registered in `base.READERS`."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import DEFAULTS
from ..errors import InputError, InputTooLargeError
from ..jsonl import BadLine, parse_lines
from .base import READERS, Item, input_failure, make_article
from .decode import decode_bytes

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


def read_text_file(path: Path, *, max_bytes: int = DEFAULTS.max_bytes, **meta: str | None) -> Item:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(
                f"{size:,} bytes is over the limit of {max_bytes:,}", path=str(path)
            )
        text = decode_bytes(path.read_bytes(), path=str(path), max_bytes=max_bytes)
        return make_article(text, meta=(("path", str(path)),), **meta)  # type: ignore[arg-type]
    except (InputError, OSError) as exc:
        return input_failure(str(path), exc)


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


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    fields: JsonFields = JsonFields(),
    max_bytes: int = DEFAULTS.max_bytes,
    skip: Container[str] = frozenset(),
    fetcher: Any = None,
) -> Iterator[Item]:
    """Walk files, folders (recursively, sorted) and http(s) URLs; yield Articles or Failures.

    Inputs whose path is in `skip` (what a store already holds: `store.known_paths()`) are not
    read again, so resuming a large ingest costs no parsing or fetching.
    """
    for p in paths:
        name = os.fspath(p)
        if name.startswith(("http://", "https://")):
            if name not in skip:
                from .feeds import read_url

                yield from read_url(name, fetcher=fetcher, skip=skip)
            continue
        path = Path(p)
        if path.is_dir():
            for f in walk(path):
                yield from _read_file(f, fields, max_bytes, skip)
        elif path.is_file():
            yield from _read_file(path, fields, max_bytes, skip)
        else:
            yield input_failure(str(path), InputError("no such file or folder"))


# Files that travel with a corpus folder but are not articles (skipped in folder walks only).
_SIDE_FILES = ("readme", "license", "licence", "notice", "attribution", "copying")


def walk(folder: Path) -> list[Path]:
    """The files under a folder, recursively and sorted, leaving out hidden files and folders
    and the side files of a corpus (README, LICENSE, NOTICE ...)."""
    return sorted(
        f
        for f in folder.rglob("*")
        if f.is_file()
        and not any(part.startswith(".") for part in f.relative_to(folder).parts)
        and not f.name.lower().startswith(_SIDE_FILES)
    )


def _read_file(
    path: Path, fields: JsonFields, max_bytes: int, skip: Container[str]
) -> Iterator[Item]:
    name = path.name.lower()
    for suffix, reader in READERS.items():
        if name.endswith(suffix):
            yield from reader(path, max_bytes=max_bytes, skip=skip)
            return
    if name.endswith((".jsonl", ".json", ".ndjson")):
        yield from read_jsonl(path, fields=fields, skip=skip)
    elif str(path) not in skip:
        yield read_text_file(path, max_bytes=max_bytes)


def count_inputs(
    paths: Iterable[str | os.PathLike[str]], *, max_scan_bytes: int = 2**30
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
        files = walk(path) if path.is_dir() else [path] if path.is_file() else []
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


def read_stdin(*, max_bytes: int = DEFAULTS.max_bytes) -> Item:
    try:
        text = decode_bytes(sys.stdin.buffer.read(), path="-", max_bytes=max_bytes)
        return make_article(text, meta=(("path", "-"),))
    except InputError as exc:
        return input_failure("-", exc)

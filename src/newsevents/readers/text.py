"""Plain-text files -> Article, with the metadata a text file cannot hold itself.

A text file has no title, URL or date, so they come from, in order of precedence:

1. what the caller gives (`ingest --published 2024-06-12 seed.txt`);
2. a sidecar JSON object beside the file, named after it plus `.json` (`seed.txt.json`);
3. front matter at the top of the file: `key: value` lines between two `---` lines, which are
   taken out of the article text.

The keys are `title`, `url`, `published` (or `date`) and `source`; others are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from ..config import DEFAULTS
from ..errors import InputError, InputTooLargeError
from ..records import Article
from .base import Item, input_failure, make_article
from .decode import decode_bytes

META_KEYS = ("title", "url", "published", "source")
SIDECAR_SUFFIX = ".json"
_FRONT_MATTER_MAX = 4096  # characters: front matter is a short header, never a whole file


def read_text_file(
    path: Path,
    *,
    max_bytes: int = DEFAULTS.max_bytes,
    text_meta: Mapping[str, str | None] | None = None,
) -> Item:
    """An Article (or Failure) from a plain-text file, its metadata from `text_meta`, the file's
    sidecar JSON and its front matter, in that order of precedence."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(
                f"{size:,} bytes is over the limit of {max_bytes:,}", path=str(path)
            )
        text = decode_bytes(path.read_bytes(), path=str(path), max_bytes=max_bytes)
        found, text = front_matter(text)
        found.update(read_sidecar(sidecar_of(path)))
        return text_article(text, found, str(path), text_meta)
    except (InputError, OSError) as exc:
        return input_failure(str(path), exc)


def text_article(
    text: str,
    found: Mapping[str, str],
    path: str,
    text_meta: Mapping[str, str | None] | None = None,
) -> Article:
    """The article of a plain text: what the command line gives (`text_meta`) wins over what the
    file says (`found`: sidecar, front matter)."""
    meta = {**found, **{k: v for k, v in (text_meta or {}).items() if v and k in META_KEYS}}
    return make_article(
        text,
        title=meta.get("title"),
        url=meta.get("url"),
        published=meta.get("published"),
        source=meta.get("source"),
        meta=(("path", path),),
    )


def sidecar_of(path: Path) -> Path:
    """Where the sidecar of a text file would be (`seed.txt` -> `seed.txt.json`)."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    """Whether a file is the sidecar of a file beside it (so not an input of its own)."""
    name = path.name
    if not name.lower().endswith(SIDECAR_SUFFIX):
        return False
    return path.with_name(name[: -len(SIDECAR_SUFFIX)]).is_file()


def read_sidecar(path: Path) -> dict[str, str]:
    """The metadata of a sidecar JSON file; {} when there is none; InputError when malformed."""
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise InputError(f"malformed sidecar {path.name}: {exc}", path=str(path)) from exc
    if not isinstance(data, dict):
        raise InputError(f"sidecar {path.name} must hold a JSON object", path=str(path))
    return _known(data)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The metadata of a `---` header at the top of the text, and the text without it; the text
    unchanged when it has no such header (every header line must read `key: value`)."""
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    found: dict[str, str] = {}
    size = 0
    for n, line in enumerate(lines[1:], 1):
        size += len(line) + 1
        if size > _FRONT_MATTER_MAX:
            return {}, text
        if line.strip() == "---":
            return _known(found), "\n".join(lines[n + 1 :]).lstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or " " in key.strip():
            return {}, text
        found[key.strip().lower()] = value.strip().strip("\"'")
    return {}, text


def _known(data: Mapping[str, object]) -> dict[str, str]:
    """The metadata keys of a mapping (`date` standing in for a missing `published`)."""
    out: dict[str, str] = {}
    for key in META_KEYS:
        value = data.get(key)
        if value in (None, "") and key == "published":
            value = data.get("date")
        if value not in (None, ""):
            out[key] = str(value)
    return out

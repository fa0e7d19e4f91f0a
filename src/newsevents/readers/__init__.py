"""Raw input -> Article: files, folders, JSONL, HTML, WARC, feeds and URLs, stdin.

Every reader yields `Article` or `Failure` records, never raises on one bad item, so a batch
keeps going and the failure can be stored. Importing this package registers the HTML, WARC and
feed readers in `base.READERS` (their heavy libraries load on first use).
"""

from __future__ import annotations

from . import feeds, html, warc  # noqa: F401 - register their readers
from .articles import JsonFields, make_article, read_paths, read_stdin
from .decode import decode_bytes
from .language import detect_language

__all__ = [
    "JsonFields",
    "decode_bytes",
    "detect_language",
    "make_article",
    "read_paths",
    "read_stdin",
]

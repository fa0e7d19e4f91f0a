"""Raw input -> Article: files, folders, JSONL, stdin (HTML, WARC and feeds in their modules).

Every reader yields `Article` or `Failure` records, never raises on one bad item, so a batch
keeps going and the failure can be stored.
"""

from __future__ import annotations

from .articles import make_article, read_paths, read_stdin
from .decode import decode_bytes
from .language import detect_language

__all__ = ["decode_bytes", "detect_language", "make_article", "read_paths", "read_stdin"]

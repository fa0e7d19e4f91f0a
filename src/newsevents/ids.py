"""Content-hash identifiers: the same article text always gets the same id."""

from __future__ import annotations

import hashlib
import unicodedata


def content_hash(text: str) -> str:
    norm = unicodedata.normalize("NFC", text).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    """A short stable id from the article's text (64 bits of its SHA-256)."""
    return content_hash(text)[:16]

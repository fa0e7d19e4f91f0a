"""One normalization for every actor-dictionary key, applied to data and to text alike."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = re.compile(r"[.'’‘`]")
_SPACE = re.compile(r"[\s_\-–—/]+")


@lru_cache(maxsize=65536)
def norm(phrase: str) -> str:
    """'U.S.' -> 'us', 'Ban Ki-moon' -> 'ban ki moon', 'Erdoğan' -> 'erdogan'."""
    s = unicodedata.normalize("NFKD", phrase)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _DROP.sub("", s.lower())
    return _SPACE.sub(" ", s).strip()

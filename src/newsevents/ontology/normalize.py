"""One normalization for every actor-dictionary key, applied to data and to text alike."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = re.compile(r"[.'’‘`]")
_SPACE = re.compile(r"[\s_\-–—/]+")


def norm(phrase: str) -> str:
    """'U.S.' -> 'us', 'Ban Ki-moon' -> 'ban ki moon', 'Erdoğan' -> 'erdogan'.

    A phrase of plain ASCII letters and single spaces is only lower-cased, without the cache:
    the 170,000 GeoNames city names the actor dictionary reads at load are mostly such names,
    and they would push the text's phrases out of it."""
    low = phrase.lower()
    if low.isascii() and low.replace(" ", "").isalpha() and "  " not in low and low == low.strip():
        return low
    return _norm(phrase)


@lru_cache(maxsize=65536)
def _norm(phrase: str) -> str:
    s = unicodedata.normalize("NFKD", phrase)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _DROP.sub("", s.lower())
    return _SPACE.sub(" ", s).strip()

"""Language identification with py3langid (its model ships inside the PyPI package)."""

from __future__ import annotations

import threading
from typing import Any

_ID: Any = None
_LOCK = threading.Lock()


def _identifier() -> Any:
    global _ID
    with _LOCK:
        if _ID is None:
            from py3langid import langid

            _ID = langid._load_identifier(norm_probs=True)
        return _ID


# Below this probability a guess is not trusted and English, the pipeline's language, is kept:
# short English texts full of names ("Joe Biden met Olaf Scholz") otherwise read as Dutch.
MIN_PROBABILITY = 0.5


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability; letterless text counts as unknown ('und').

    A text of fewer than 10 letters ("A met B.") is too short to tell: like a weak guess, it is
    read as English, the pipeline's language.
    """
    sample = text[:5000]
    letters = sum(ch.isalpha() for ch in sample)
    if not letters:
        return "und", 0.0
    if letters < 10:
        return "en", 0.0
    lang, prob = _identifier().classify(sample)
    if lang != "en" and prob < MIN_PROBABILITY:
        return "en", float(prob)
    return str(lang), float(prob)

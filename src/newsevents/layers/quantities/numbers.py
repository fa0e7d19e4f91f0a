"""The one number reader, shared by quantities and time expressions.

A number is written in digits ("1,200", "2.5", ".5"), in words ("twenty-five", "two hundred",
"a dozen") or as a vague amount ("several", "dozens of"), and may carry a scale word after it
("2.5 million", "two thousand", "$4bn"). `NUMBER` and `AMOUNT` are the patterns (regular
expression sources without groups, lower case: compile them case-blind or match lowered text);
`read_number` gives the value of an amount, None for a vague one. The quantity layer reads
amounts of money and counts with them, the time layer "two thousand years ago" and "three
days"; the words live in `ontology/data/number_words.json`, nowhere else.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ...ontology.reading import number_words

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


def alternation(words: Any) -> str:
    """Words as a regular-expression alternation, the longest first so that it wins."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _patterns() -> tuple[str, str]:
    lex = number_words()
    words = lex["words"]
    second = [w for w in words if w not in ("a", "an")]  # "twenty-one", never "two a (month)"
    number = (
        rf"(?:{_DIGITS}|(?:{alternation(lex['vague'])})\b"
        rf"|(?:{alternation(words)})(?:[- ](?:{alternation(second)}))?\b)"
    )
    return number, alternation(lex["scales"])


def number_pattern() -> str:
    """A number without its scale: digits, number words, or a vague amount."""
    return _patterns()[0]


def scale_pattern() -> str:
    """A scale word that multiplies the number before it ("million", "bn", "k")."""
    return _patterns()[1]


def amount_pattern() -> str:
    """A number with an optional scale word after it: "2.5 million", "two thousand"."""
    number, scale = _patterns()
    return rf"(?:{number})(?:\s?(?:{scale})\b)?"


@cache
def _reader() -> re.Pattern[str]:
    number, scale = _patterns()
    return re.compile(rf"(?P<n>{number})(?:\s?(?P<scale>{scale})\b)?", re.IGNORECASE)


def read_number(text: str) -> float | None:
    """The value of an amount ("2.5 million", "twenty-five", "two thousand", "a dozen");
    None for a vague one ("several", "dozens of") or text that is no number."""
    m = _reader().fullmatch(text.strip())
    if m is None:
        return None
    value = _word_value(m["n"])
    if value is None or not m["scale"]:
        return value
    return value * number_words()["scales"][m["scale"].lower()]


def is_vague(number: str) -> bool:
    """Whether a number counts without a value ("several", "dozens of")."""
    return number.strip().lower() in number_words()["vague"]


def _word_value(number: str) -> float | None:
    words = number_words()["words"]
    s = number.lower().replace(",", "")
    if s not in words:
        s = re.sub(r"^an? (?=\S)", "", s)  # "a two-hour delay"
    try:
        return float(s)
    except ValueError:
        pass
    if s in words:
        return float(words[s])
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and all(p in words for p in parts):
        a, b = (words[p] for p in parts)
        if b >= 100:
            return float(a * b)  # "two hundred"
        if a >= 20 and a % 10 == 0 and 0 < b < 10:
            return float(a + b)  # "twenty-five"
    return None

"""Normalise one English time expression to a TIMEX3-style type, value and mod.

`normalize(phrase, at)` reads the phrase (already cut out of the text, without a leading
preposition) against an `Anchor` (`anchor.py`): the publication day, the tense of the verb
that governs the phrase, and the last date mentioned before it (for "the next day"). Values
follow ISO-TimeML: `2024-06-12`, `2024-11`, `2024`, `2024-W23`, `2024-W23-WE`, `2023-FA`
(seasons SP/SU/FA/WI), `2024-Q1`, `202` (a decade), `2024-06-12TMO` (part of day),
`2024-06-12T15:00`, durations `P10Y`/`PT3H`/`PXY`, sets `P1W`/`XXXX-WXX-1`, and
`PRESENT_REF`/`PAST_REF`/`FUTURE_REF`. Without an anchor day a relative phrase gets value None;
absolute ones ("12 June 2024", "2014") still resolve.

The phrase is cleaned, tried as it stands and without a leading modifier ("early 2024" ->
2024, START), and each reading against the rules in order, the first that answers wins:
`dates` (named by the calendar), `relative` (relative to the anchor or the last date),
`durations` (durations and sets). Words live in `ontology/data/timex_words.json`, numbers in
`number_words.json` (read by `layers/quantities/numbers.py`).
"""

from __future__ import annotations

import re
from functools import cache

from ..quantities.numbers import alternation
from . import dates, durations, relative
from .anchor import FUTURE, PAST, PRESENT, Anchor
from .rules import Norm, Rule, lex

__all__ = [
    "FUTURE",
    "PAST",
    "PRESENT",
    "Anchor",
    "Norm",
    "clean",
    "compiled_rules",
    "normalize",
    "split_mod",
]

_BOOKS = (dates.RULES, relative.RULES, durations.RULES)  # the order the rules are tried in


@cache
def compiled_rules() -> list[tuple[re.Pattern[str], Rule]]:
    """Every rule's pattern, its placeholders filled from the word lists, in the order tried."""
    pieces = lex()
    return [(re.compile(p.format(**pieces)), fn) for book in _BOOKS for p, fn in book.rules]


# A person's age is no time expression (TimeBank and AQUAINT mark none of their ~40 "a 6-year-old",
# "52 years old"); a thing's age written otherwise ("a 2000 year old tradition") stays a duration.
_AGE = re.compile(
    r"(?:.*\b)?[\w.]+-(?:year|month|week|day)-old|.*\b(?:years|months|weeks|days) old"
)

_CLEAN = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "\u00a0": " "})


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand".
SPOKEN_YEAR = (
    rf"\b(?:(?:eighteen|nineteen) (?:hundred|(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?"
    rf"|{'|'.join(_TEENS)}|oh[- ](?:{'|'.join(_UNITS)}))|two thousand(?: and)?"
    rf"(?: (?:{'|'.join(_TEENS + _UNITS)}))?)\b"
)


def _spoken_year(m: re.Match[str]) -> str:
    words = re.split(r"[- ]", m.group(0))
    if words[0] == "two":  # two thousand [and] [n]
        rest = [w for w in words[2:] if w != "and"]
        return str(2000 + (_word_value(rest[0]) if rest else 0))
    century = 1800 if words[0] == "eighteen" else 1900
    rest = [w for w in words[1:] if w != "oh"]
    if rest == ["hundred"]:
        return str(century)
    return str(century + sum(_word_value(w) for w in rest))


def _word_value(w: str) -> int:
    if w in _UNITS:
        return _UNITS.index(w) + 1
    if w in _TEENS:
        return _TEENS.index(w) + 10
    return (_TENS.index(w) + 2) * 10


def clean(phrase: str) -> str:
    p = re.sub(r"\s+", " ", phrase.translate(_CLEAN).lower()).strip()
    p = re.sub(SPOKEN_YEAR, _spoken_year, p)
    p = re.sub(r"\b(last|next|this|past)-(?=[a-z])", r"\1 ", p)
    if not re.search(r"[ap]\.m\.$", p):
        p = p.rstrip(".,;:")
    return p


def split_mod(p: str) -> tuple[str | None, str]:
    """Take a leading modifier ("early", "more than", "mid-") off the phrase."""
    w = lex()["w"]
    if m := re.match(r"mid-?(?=\S)", p):
        rest = p[m.end() :].lstrip("- ")
        return "MID", rest
    m = re.match(rf"(?:{lex()['MOD']})\b\s*", p)
    if m and m.end() < len(p):
        key = m.group(0).strip()
        return str(w["modifiers"][key]), p[m.end() :]
    return None, p


def normalize(phrase: str, at: Anchor) -> Norm | None:
    """The TIMEX3 type/value/mod of a phrase, or None when it is no time expression."""
    p = clean(phrase)
    if not p or _AGE.fullmatch(p):
        return None
    w = lex()["w"]
    if p in w["ref_words"]:
        return Norm("DATE", str(w["ref_words"][p]))
    if p in w["set_words"]:
        return Norm("SET", str(w["set_words"][p]))
    for candidate, mod in _readings(p):
        for pattern, fn in compiled_rules():
            m = pattern.fullmatch(candidate)
            if m is None:
                continue
            norm = fn(m, at)
            if norm is not None:
                return Norm(norm.type, norm.value, norm.mod or mod)
    return None


@cache
def _emphasis() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lex()['w']['emphasis_words'])}) (?=\S)")


def _readings(p: str) -> list[tuple[str, str | None]]:
    """The phrase as it stands, then without a leading modifier ("early 2024" -> 2024, START)."""
    out: list[tuple[str, str | None]] = [(p, None)]
    if m := _emphasis().match(p):  # "just hours", "only days": the span itself, no modifier
        p = p[m.end() :]
        out.append((p, None))
    mod, rest = split_mod(p)
    if mod:
        out.append((rest, mod))
        if rest.startswith("the ") and rest[4:]:
            out.append((rest[4:], mod))
    m = re.fullmatch(r"(?:the )?(beginning|start|middle|end|close) of (?:the )?(.+)", p)
    if m:
        out.append(
            (
                m.group(2),
                {"beginning": "START", "start": "START", "middle": "MID"}.get(m.group(1), "END"),
            )
        )
    if p.startswith("the "):
        out.append((p[4:], None))
    return out

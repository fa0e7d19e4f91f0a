"""The machinery of the normalising rules: the word lists as pattern pieces, rule books, and
small readers of words (month, weekday, year, direction, unit) the rules share.

A rule is a pattern (with `{MON}`, `{WD}`, `{NUM}` ... placeholders filled from `lex()`) and a
function from its match and the `Anchor` to a `Norm`, or None to let the next rule try. Each
module of rules keeps them in a `RuleBook`, in the order they are tried. Numbers (`{NUM}`) are
read by the quantity layer's one number reader; the other words live in
`ontology/data/timex_words.json`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ...ontology.reading import timex_words
from ..quantities.numbers import alternation as _alt
from ..quantities.numbers import amount_pattern
from .anchor import Anchor


@dataclass(frozen=True, slots=True)
class Norm:
    type: str  # DATE | DURATION | SET | TIME
    value: str | None
    mod: str | None = None


Rule = Callable[[re.Match[str], Anchor], Norm | None]


class RuleBook:
    """Rules in the order they are tried; `@book.rule(pattern)` adds one. Stacked decorators add
    the lowest first."""

    def __init__(self) -> None:
        self.rules: list[tuple[str, Rule]] = []

    def rule(self, pattern: str) -> Callable[[Rule], Rule]:
        def add(fn: Rule) -> Rule:
            self.rules.append((pattern, fn))
            return fn

        return add


@cache
def lex() -> dict[str, Any]:
    """The word lists (`w`) and the pattern pieces the rules' placeholders stand for."""
    w = timex_words()
    return {
        "w": w,
        "MON": rf"(?:{_alt(w['months'])})\.?",
        "WD": rf"(?:{_alt(w['weekdays'])})\.?",
        "SEASON": _alt(w["seasons"]),
        "DECADE": _alt(w["decade_words"]),
        "PD": _alt(w["parts_of_day"]),
        "UNIT": _alt(w["duration_units"]),
        "NUM": amount_pattern(),
        "DIR": _alt(w["direction_words"]),
        "MOD": _alt(w["modifiers"]),
        "HOLIDAY": _alt(w["holidays"]),
        "ORD": _alt(w["ordinals"]),
    }


def month(s: str) -> int:
    return int(lex()["w"]["months"][s.rstrip(".")])


def weekday(s: str) -> int:
    return int(lex()["w"]["weekdays"][s.rstrip(".")])


def year(s: str, day: date | None = None) -> int | None:
    """A year of four digits, or of two ("'07") read in the century of `day`."""
    s = s.lstrip("'")
    if len(s) == 2:
        if day is None:
            return None
        century = day.year // 100 * 100
        y = century + int(s)
        return y - 100 if y > day.year + 10 else y
    return int(s)


def direction(word: str | None) -> int:
    """-1 for "last", 0 for "this", 1 for "next"; 0 for no word."""
    return int(lex()["w"]["direction_words"].get(word or "", 0))


def unit_code(unit: str) -> str:
    """The TIMEX3 letter of a duration unit, with its multiple: "D", "2W", "10Y"."""
    return str(lex()["w"]["duration_units"][unit])


def fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"

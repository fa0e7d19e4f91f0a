"""Durations and sets: "10 years", "the past 10 years", "several weeks", "half an hour",
"2 1/2 years", "two quarters" -> `P10Y`, `P10Y`, `PXW`, `PT30M`, `P2Y6M`, `P2Q`; "every Monday",
"twice a week", "two a month" -> `XXXX-WXX-1`, `P1W`, `P1M`; "the past year" (no number) is the
last calendar year, a date. Numbers are read by the quantity layer's one number reader.
"""

from __future__ import annotations

import re

from ..quantities.numbers import read_number
from .anchor import Anchor
from .calendar import grain_value
from .rules import Norm, RuleBook, fmt, month, unit_code, weekday

RULES = RuleBook()


def _duration(n: float | None, unit: str) -> str:
    code = unit_code(unit)
    mult = re.match(r"(\d+)(\D)", code)
    letter = code[-1]
    if unit.startswith("min"):
        letter = "M"
    time = unit.startswith(("h", "min", "sec"))
    if n is None:
        if code == "10Y":
            return "PXDE"
        if code == "100Y":
            return "PXCE"
        return f"P{'T' if time else ''}X{letter}"
    if mult:
        n, letter = n * int(mult.group(1)), mult.group(2)
    # a fraction goes to the next unit down, as TimeBank writes it: "2 1/2 years" P2Y6M,
    # "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S; quarters stay quarters ("the past
    # two quarters" P2Q, as TimeBank and MEANTIME write them)
    whole = int(n)
    if n != whole and (down := _DOWN.get((letter, time))) is not None:
        rest = (n - whole) * down[0]
        if rest == int(rest):
            head = f"{whole}{letter}" if whole else ""
            if time or down[2]:
                return f"P{head if not time else ''}T{head if time else ''}{int(rest)}{down[1]}"
            return f"P{head}{int(rest)}{down[1]}"
    return f"P{'T' if time else ''}{fmt(n)}{letter}"


# the next unit down: (how many in one, its letter, whether it is a time of day)
_DOWN = {
    ("Y", False): (12, "M", False),
    ("M", False): (30, "D", False),
    ("W", False): (7, "D", False),
    ("D", False): (24, "H", True),
    ("H", True): (60, "M", True),
    ("M", True): (60, "S", True),
}


@RULES.rule(
    r"(?:the )?(?:(?:past|last|next|coming|first|final|previous|recent|following) )?"
    r"(?P<n>{NUM})(?P<frac> 1/2| and a half)?[- ](?:(?:more|additional|further|consecutive|straight"
    r"|successive|full|long) )?(?P<unit>{UNIT})(?:s)?(?P<half> and a half)?"
    r"(?:[- ](?:long|old|plus))?(?: old)?"
)
def _n_units(m: re.Match[str], at: Anchor) -> Norm | None:
    n = read_number(m["n"])
    if m["unit"].startswith("quarter") and m["n"] in ("a", "an"):
        return None  # "about a quarter of its dealers"
    if "-quarters" in m.group(0) and at.after.startswith(" of "):
        return None  # "imports three-quarters of its food": a share
    if n is not None and (m["half"] or m["frac"]):
        n += 0.5
    return Norm("DURATION", _duration(n, m["unit"]))


@RULES.rule(
    r"(?:the )?(?:past|last|next|coming|previous|recent|following) (?P<unit>second|minute|hour"
    r"|day|week|fortnight|month|quarter|year|decade|century)"
)
def _the_past_unit(m: re.Match[str], at: Anchor) -> Norm | None:
    if re.match(r"the (?:past|last|previous) ", m.group(0)) and m["unit"] in _CALENDAR:
        # "in the past year", "the last decade": the last calendar unit, as "last year"
        # (7 of the 8 such phrases that TimeBank, AQUAINT and MEANTIME mark are dates)
        return Norm("DATE", grain_value(at.day, m["unit"], -1) if at.day else None)
    return Norm("DURATION", _duration(1, m["unit"]))


_CALENDAR = {"week", "month", "quarter", "year", "decade"}  # "the past century": 100 years


@RULES.rule(
    r"(?:(?:in|for|over) )?(?:recent|past|the past|the last|coming|the coming|the next|many"
    r"|several|a few|few) (?P<unit>years|months|weeks|days|decades|hours)"
    r"|(?P<bare>years|months|weeks|decades|hours)"
)
def _vague_units(m: re.Match[str], at: Anchor) -> Norm | None:
    return Norm("DURATION", _duration(None, m["unit"] or m["bare"]))


@RULES.rule(r"half an? (?P<unit>{UNIT})|an? (?P<unit2>{UNIT}) and a half")
def _half_unit(m: re.Match[str], at: Anchor) -> Norm | None:
    return Norm("DURATION", _duration(0.5 if m["unit"] else 1.5, m["unit"] or m["unit2"]))


@RULES.rule(
    r"(?:every|each|per) (?:(?P<n>{NUM}) )?(?P<unit>{UNIT})"
    r"|(?P<k>twice|once|three times|\d+ times) (?:a|per|every|each) (?P<unit2>{UNIT})"
    r"|(?P<k2>{NUM}) (?:a|per) (?P<unit3>{UNIT})"  # "two a month": so many each month
)
def _set_rule(m: re.Match[str], at: Anchor) -> Norm | None:
    n = read_number(m["n"]) if m["n"] else 1
    return Norm("SET", _duration(n, m["unit"] or m["unit2"] or m["unit3"]))


@RULES.rule(r"(?:every|each) (?P<wd>{WD})")
def _every_weekday(m: re.Match[str], at: Anchor) -> Norm | None:
    return Norm("SET", f"XXXX-WXX-{weekday(m['wd'])}")


@RULES.rule(r"(?:every|each) (?P<mon>{MON})")
def _every_month(m: re.Match[str], at: Anchor) -> Norm | None:
    return Norm("SET", f"XXXX-{month(m['mon']):02d}")  # "march each July"

"""Durations and sets: "10 years", "the past decade", "several weeks", "half an hour" ->
`P10Y`, `P10Y`, `PXW`, `PT0.5H`; "every Monday", "twice a week", "two a month" -> `XXXX-WXX-1`,
`P1W`, `P1M`. Numbers are read by the quantity layer's one number reader.
"""

from __future__ import annotations

import re

from ..quantities.numbers import read_number
from .anchor import Anchor
from .rules import Norm, RuleBook, fmt, unit_code, weekday

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
    if letter == "Q":
        n, letter = n * 3, "M"
    return f"P{'T' if time else ''}{fmt(n)}{letter}"


@RULES.rule(
    r"(?:the )?(?:(?:past|last|next|coming|first|final|previous|recent|following) )?"
    r"(?P<n>{NUM})(?: and a half)?[- ](?:(?:more|additional|further|consecutive|straight"
    r"|successive|full|long) )?(?P<unit>{UNIT})(?:s)?(?P<half> and a half)?"
    r"(?:[- ](?:long|old|plus))?(?: old)?"
)
def _n_units(m: re.Match[str], at: Anchor) -> Norm | None:
    n = read_number(m["n"])
    if m["unit"].startswith("quarter") and m["n"] in ("a", "an"):
        return None  # "about a quarter of its dealers"
    if n is not None and (m["half"] or " and a half" in m.group(0)):
        n += 0.5
    return Norm("DURATION", _duration(n, m["unit"]))


@RULES.rule(
    r"(?:the )?(?:past|last|next|coming|previous|recent|following) (?P<unit>second|minute|hour"
    r"|day|week|fortnight|month|quarter|year|decade|century)"
)
def _the_past_unit(m: re.Match[str], at: Anchor) -> Norm | None:
    return Norm("DURATION", _duration(1, m["unit"]))


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

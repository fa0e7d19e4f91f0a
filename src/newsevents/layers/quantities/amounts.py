"""Reading one quantity phrase into an amount: value, unit, kind and approximation.

`parse_amount("over $260 billion")` -> 2.6e11 USD money, approximate; "1.2 trillion yen" ->
1.2e12 JPY; "a decade" -> 10 year; "40 percent" -> 40 percent. The number itself is read by
`numbers.read_number`; the units, currencies and approximators live in
`ontology/data/quantity_units.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...ontology.reading import quantity_units
from .numbers import alternation as _alt
from .numbers import is_vague, number_pattern, read_number, scale_pattern


@dataclass(frozen=True, slots=True)
class Amount:
    value: float | None
    unit: str | None
    kind: str  # money | count | percent | duration | measure
    approximate: bool


@cache
def grammar() -> dict[str, Any]:
    """The compiled patterns of the layer and the unit words they map to (`u`)."""
    u = quantity_units()
    sym, scale = _alt(u["currency_symbols"]), scale_pattern()
    phrase = (
        rf"^(?P<approx>(?:{_alt(u['approximators'])})\s+)?"
        rf"(?:(?P<sym>{sym})\s?|(?P<code1>{_alt(u['currency_codes'])})\s?)?"
        rf"(?P<amount>(?P<n>{number_pattern()})(?:\s?(?P<scale>{scale})\b)?)"
        rf"(?:\s?(?P<pct>{_alt(u['percent_words'])})(?=\W|$))?"
        rf"(?:\s?(?P<code2>{_alt(u['currency_codes'])})\b)?"
        rf"(?:\s(?:of\s)?(?-i:[A-Z][a-z]+\s)?(?P<cname>{_alt(u['currency_names'])})\b)?"
        rf"(?:[\s-](?P<dur>{_alt(u['duration_units'])})\b)?"
        rf"(?:\s?(?P<munit>{_alt(u['measure_units'])})(?=\W|$))?"
    )
    return {
        "u": u,
        "phrase": re.compile(phrase, re.IGNORECASE),
        "money": re.compile(rf"(?<![\w$])(?:{sym})\s?\d[\d,.]*(?:\s?(?:{scale})\b)?"),
        "names": [re.compile(p) for p in u["name_patterns"]],
        "glued_names": [re.compile(p) for p in u["glued_name_patterns"]],
        "approx_before": re.compile(rf"(?:^|\s)(?:{_alt(u['approximators'])})\s+$", re.IGNORECASE),
    }


# Scale letters that, without a currency, are units: "5m" is five metres, not five million.
_UNIT_LETTERS = ("m", "b", "t", "k")


def parse_amount(phrase: str) -> tuple[Amount, int] | None:
    """Read a quantity phrase; returns the amount and how many characters of it were read."""
    g = grammar()
    u = g["u"]
    text = re.sub(r"\s+", " ", phrase.replace("\u00a0", " ")).strip()
    m = g["phrase"].match(text)
    if m is None:
        return None
    currency = _currency(m)
    if m["scale"] and m["scale"].lower() in _UNIT_LETTERS and not currency:
        return None
    value = read_number(m["amount"])
    approximate = bool(m["approx"]) or is_vague(m["n"])
    if currency:
        return Amount(value, currency, "money", approximate), m.end()
    if m["pct"]:
        return Amount(value, u["percent_words"][m["pct"].lower()], "percent", approximate), m.end()
    if m["dur"]:
        unit, mult = u["duration_units"][m["dur"].lower()]
        value = value * mult if value is not None else None
        return Amount(value, unit, "duration", approximate), m.end()
    if m["munit"]:
        unit = u["measure_units"][m["munit"].lower()]
        return Amount(value, unit, "measure", approximate), m.end()
    return Amount(value, None, "count", approximate), m.end()


def _currency(m: re.Match[str]) -> str | None:
    u = grammar()["u"]
    if m["sym"]:
        return str(u["currency_symbols"].get(m["sym"], "USD"))
    code = m["code1"] or m["code2"]
    if code:
        return "CNY" if code.upper() == "RMB" else code.upper()
    if m["cname"]:
        return str(u["currency_names"][m["cname"].lower()])
    return None

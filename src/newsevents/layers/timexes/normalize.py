"""Normalise one English time expression to a TIMEX3-style type, value and mod.

`normalize(phrase, ctx)` reads the phrase (already cut out of the text, without a leading
preposition) against a `Context`: the publication date (`anchor`), the tense of the verb that
governs the phrase, and the last day-level date mentioned before it (`ref`, for "the next
day"). Values follow ISO-TimeML: `2024-06-12`, `2024-11`, `2024`, `2024-W23`, `2024-W23-WE`,
`2023-FA` (seasons SP/SU/FA/WI), `2024-Q1`, `202` (a decade), `2024-06-12TMO` (part of day),
`2024-06-12T15:00`, durations `P10Y`/`PT3H`/`PXY`, sets `P1W`/`XXXX-WXX-1`, and
`PRESENT_REF`/`PAST_REF`/`FUTURE_REF`. Without an anchor a relative phrase gets value None;
absolute ones ("12 June 2024", "2014") still resolve. Every word list lives in
`ontology/data/timex_words.json`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from ...ontology.reading import timex_words
from .calendar import (
    SEASON_ORDER,
    grain_value,
    holiday_date,
    iso_week,
    safe_date,
    season_index,
    season_value,
    shift_month,
)

PAST, PRESENT, FUTURE = "past", "present", "future"


@dataclass(frozen=True, slots=True)
class Context:
    anchor: date | None = None
    tense: str | None = None  # past | present | future | None
    ref: date | None = None  # last day-level date mentioned before the phrase
    ref_year: int | None = None  # year of the last date of any granularity mentioned before


@dataclass(frozen=True, slots=True)
class Norm:
    type: str  # DATE | DURATION | SET | TIME
    value: str | None
    mod: str | None = None


# -- word lists as regular-expression alternations ------------------------------------------


def _alt(words: Any) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _lex() -> dict[str, Any]:
    w = timex_words()
    numbers = dict(w["number_words"])
    second = [n for n in numbers if n not in ("a", "an")]  # "twenty-one", never "two a (month)"
    return {
        "w": w,
        "MON": rf"(?:{_alt(w['months'])})\.?",
        "WD": rf"(?:{_alt(w['weekdays'])})\.?",
        "SEASON": _alt(w["seasons"]),
        "PD": _alt(w["parts_of_day"]),
        "UNIT": _alt(w["duration_units"]),
        "NUM": rf"(?:\d[\d,]*(?:\.\d+)?|(?:{_alt(numbers)})(?:[- ](?:{_alt(second)}))?"
        rf"|{_alt(w['vague_numbers'])})",
        "DIR": _alt(w["direction_words"]),
        "MOD": _alt(w["modifiers"]),
        "HOLIDAY": _alt(w["holidays"]),
        "ORD": _alt(w["ordinals"]),
    }


def _number(s: str) -> float | None:
    """A number from digits or words; None for vague amounts ("several")."""
    w = _lex()["w"]
    s = s.strip().lower().replace(",", "")
    s = re.sub(r"^an? (?=\S)", "", s) if s not in w["number_words"] else s  # "a two hour"
    try:
        return float(s)
    except ValueError:
        pass
    if s in w["number_words"]:
        return float(w["number_words"][s])
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and all(p in w["number_words"] for p in parts):
        a, b = (w["number_words"][p] for p in parts)
        if b == 100:
            return float(a * b)  # "two hundred"
        if a >= 20 and a % 10 == 0 and 0 < b < 10:
            return float(a + b)  # "twenty-five"
    return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _pick(cands: list[Any], anchor: Any, tense: str | None, *, unknown: str = "nearest") -> Any:
    """Choose among candidate dates (or indexes) around the anchor by the verb's tense."""
    past = [c for c in cands if c <= anchor]
    future = [c for c in cands if c >= anchor]
    mode = {PAST: PAST, FUTURE: FUTURE}.get(tense or "", unknown)
    if mode == PAST and past:
        return max(past)
    if mode == FUTURE and future:
        return min(future)
    return min(cands, key=lambda c: (abs(_diff(c, anchor)), c > anchor))


def _diff(a: Any, b: Any) -> float:
    return (a - b).days if isinstance(a, date) else a - b


# -- the rules --------------------------------------------------------------------------------

Rule = Callable[[re.Match[str], Context], Norm | None]
_RULES: list[tuple[str, Rule]] = []


def rule(pattern: str) -> Callable[[Rule], Rule]:
    """Register a rule: a pattern (with {MON}, {WD} ... placeholders) and what it returns."""

    def deco(fn: Rule) -> Rule:
        _RULES.append((pattern, fn))
        return fn

    return deco


@cache
def _compiled() -> list[tuple[re.Pattern[str], Rule]]:
    lex = _lex()
    return [(re.compile(p.format(**lex)), fn) for p, fn in _RULES]


def _month(s: str) -> int:
    return int(_lex()["w"]["months"][s.rstrip(".")])


def _weekday(s: str) -> int:
    return int(_lex()["w"]["weekdays"][s.rstrip(".")])


def _year(s: str, anchor: date | None = None) -> int | None:
    s = s.lstrip("'")
    if len(s) == 2:
        if anchor is None:
            return None
        century = anchor.year // 100 * 100
        y = century + int(s)
        return y - 100 if y > anchor.year + 10 else y
    return int(s)


@rule(r"(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})")
def _iso(m: re.Match[str], ctx: Context) -> Norm | None:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Norm("DATE", d.isoformat()) if d else None


@rule(r"(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})")
def _us_numeric(m: re.Match[str], ctx: Context) -> Norm | None:
    y = _year(m["y"], ctx.anchor)
    d = safe_date(y, int(m["m"]), int(m["d"])) if y else None
    return Norm("DATE", d.isoformat() if d else None)


_DAY = r"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
_WDP = r"(?:{WD},? )?"


@rule(_WDP + r"(?P<mon>{MON}) " + _DAY + r",? (?P<y>\d{{4}})")
@rule(_WDP + r"(?:the )?" + _DAY + r"(?: of)? (?P<mon>{MON}),? (?P<y>\d{{4}})")
def _full_date(m: re.Match[str], ctx: Context) -> Norm | None:
    d = safe_date(int(m["y"]), _month(m["mon"]), int(m["d"]))
    return Norm("DATE", d.isoformat()) if d else None


@rule(_WDP + r"(?P<mon>{MON}) " + _DAY)
@rule(_WDP + r"(?:the )?" + _DAY + r"(?: of)? (?P<mon>{MON})")
def _month_day(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return Norm("DATE", None)
    mon, day = _month(m["mon"]), int(m["d"])
    cands = [d for y in (-1, 0, 1) if (d := safe_date(ctx.anchor.year + y, mon, day))]
    if not cands:
        return None
    return Norm("DATE", _pick_day(cands, ctx).isoformat())


def _pick_day(cands: list[date], ctx: Context) -> date:
    """By tense, but a day without a year is rarely more than half a year away: when the tense
    points further than that and the other side is within it, take the near one."""
    assert ctx.anchor is not None
    chosen: date = _pick(cands, ctx.anchor, ctx.tense)
    near = [c for c in cands if abs((c - ctx.anchor).days) <= 183]
    if abs((chosen - ctx.anchor).days) > 183 and near:
        return min(near, key=lambda c: abs((c - ctx.anchor).days))  # type: ignore[operator]
    return chosen


@rule(r"(?P<mon>{MON}),?(?: of)? (?P<y>\d{{4}}|'\d\d)")
def _month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    y = _year(m["y"], ctx.anchor)
    return Norm("DATE", f"{y}-{_month(m['mon']):02d}" if y else None)


@rule(
    r"(?:(?P<dir>{DIR}) )?(?P<mon>january|february|march|april|may|june|july|august|september"
    r"|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)"
)
def _month_only(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return Norm("DATE", None)
    mon, a = _month(m["mon"]), ctx.anchor
    cands = [a.year * 12 + mon - 1 + 12 * k for k in (-1, 0, 1)]
    here = a.year * 12 + a.month - 1
    step = _dir(m["dir"])
    if step == 0 and m["dir"]:
        t = a.year * 12 + mon - 1
    elif step < 0:
        t = max(c for c in cands if c < here)
    elif step > 0:
        t = min(c for c in cands if c > here)
    else:
        t = _pick(cands, here, ctx.tense)
    return Norm("DATE", f"{t // 12}-{t % 12 + 1:02d}")


def _dir(word: str | None) -> int:
    return int(_lex()["w"]["direction_words"].get(word or "", 0))


@rule(r"(?:the )?(?:year )?(?P<y>1[5-9]\d\d|20\d\d)")
def _year_only(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DATE", m["y"])


@rule(r"(?:the )?(?:(?P<c>\d\d)|'?)(?P<d>\d)0'?s")
def _decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["c"]:
        return Norm("DATE", f"{m['c']}{m['d']}")
    if ctx.anchor is None:
        return Norm("DATE", None)
    century = ctx.anchor.year // 100
    if int(m["d"]) * 10 > ctx.anchor.year % 100:
        century -= 1
    return Norm("DATE", f"{century}{m['d']}")


@rule(r"(?:the )?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[- ]century")
@rule(r"(?:the )?(?P<o>{ORD})[- ]century")
def _century(m: re.Match[str], ctx: Context) -> Norm | None:
    # Each of the two rules has only one of the groups.
    groups = m.groupdict()
    if groups.get("n"):
        n = int(groups["n"])
    else:
        ordinal = _lex()["w"]["ordinals"].get((groups.get("o") or "").lower())
        if ordinal is None:
            return None
        n = int(ordinal)
    return Norm("DATE", f"{n - 1:02d}") if n > 0 else None


@rule(r"(?:the )?(?P<s>{SEASON})(?: of)? (?P<y>\d{{4}})")
def _season_year(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DATE", f"{m['y']}-{_lex()['w']['seasons'][m['s']]}")


@rule(r"(?:(?P<dir>{DIR}|the|earlier this|later this) )?(?P<s>{SEASON})")
def _season(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return Norm("DATE", None)
    code = SEASON_ORDER.index(_lex()["w"]["seasons"][m["s"]])
    here = season_index(ctx.anchor)
    cands = [(here // 4 + k) * 4 + code for k in (-1, 0, 1)]
    word = m["dir"] or ""
    step = _dir(word)
    if word.endswith("this") or (step == 0 and word in ("this", "current")):
        # "this fall": the season of the anchor's year (winter starts in December)
        t = ctx.anchor.year * 4 + code
    elif step < 0:
        t = max(c for c in cands if c < here)
    elif step > 0:
        t = min(c for c in cands if c > here)
    else:
        t = _pick(cands, here, ctx.tense)
    return Norm("DATE", season_value(t))


@rule(
    r"(?:the )?(?:q(?P<q>[1-4])|(?P<o>first|second|third|fourth|last) quarter)"
    r"(?:,? (?:of )?(?P<y>\d{{4}}))?"
)
def _quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    q = (
        int(m["q"])
        if m["q"]
        else {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[m["o"]]
    )
    if m["y"]:
        return Norm("DATE", f"{m['y']}-Q{q}")
    if ctx.anchor is None:
        return Norm("DATE", None)
    here = ctx.anchor.year * 4 + (ctx.anchor.month - 1) // 3
    t = _pick([(ctx.anchor.year + k) * 4 + q - 1 for k in (-1, 0, 1)], here, ctx.tense)
    return Norm("DATE", f"{t // 4}-Q{t % 4 + 1}")


@rule(r"(?:the )?(?P<o>first|second) half(?: of)?(?: (?P<y>\d{{4}}))?")
def _half(m: re.Match[str], ctx: Context) -> Norm | None:
    y = int(m["y"]) if m["y"] else (ctx.anchor.year if ctx.anchor else None)
    return Norm("DATE", f"{y}-H{1 if m['o'] == 'first' else 2}" if y else None)


@rule(r"(?P<h>{HOLIDAY})(?:,? (?P<y>\d{{4}}))?")
def _holiday_rule(m: re.Match[str], ctx: Context) -> Norm | None:
    code = _lex()["w"]["holidays"][m["h"]]
    if m["y"]:
        return Norm("DATE", holiday_date(code, int(m["y"])).isoformat())
    if ctx.anchor is None:
        return Norm("DATE", None)
    a = ctx.anchor
    cands = [holiday_date(code, a.year + k) for k in (-1, 0, 1)]
    return Norm("DATE", _pick(cands, a, ctx.tense).isoformat())


# relative days, weekdays and parts of day


def _day_of(word: str, ctx: Context) -> date | None:
    """today / yesterday / tomorrow / a weekday, as a date (None without an anchor)."""
    w = _lex()["w"]
    a = ctx.anchor
    if a is None:
        return None
    word = word.strip()
    if word in w["relative_days"]:
        return a + timedelta(days=int(w["relative_days"][word]))
    parts = word.split()
    step = _dir(parts[0]) if len(parts) == 2 else None
    wd = _weekday(parts[-1])
    back = (a.isoweekday() - wd) % 7
    if step is not None and parts[0] in ("last", "past", "previous"):
        return a - timedelta(days=back or 7)
    if step is not None and parts[0] in ("next", "coming", "following"):
        return a + timedelta(days=(wd - a.isoweekday()) % 7 or 7)
    if step is not None and parts[0] == "this":
        return a + timedelta(days=wd - a.isoweekday())
    if ctx.tense in (FUTURE, PRESENT):
        return a + timedelta(days=(wd - a.isoweekday()) % 7)
    return a - timedelta(days=back)


_DAYWORD = (
    r"(?P<day>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow"
    r"|(?:(?:last|next|this|coming|past|previous) )?{WD})"
)


@rule(_DAYWORD)
def _day_rule(m: re.Match[str], ctx: Context) -> Norm | None:
    d = _day_of(m["day"], ctx)
    if m["day"] == "tonight":
        return Norm("TIME", f"{d.isoformat()}TNI" if d else None)
    return Norm("DATE", d.isoformat() if d else None)


@rule(r"(?:on )?(?P<pl>{WD})s")
def _weekday_set(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("SET", f"XXXX-WXX-{_weekday(m['pl'])}")


@rule(_DAYWORD + r" (?P<pd>{PD})")
@rule(r"(?P<pd>{PD}),? " + _DAYWORD)
@rule(r"(?:(?P<pre>this|last|early this|late last) )(?P<pd>{PD})")
@rule(r"(?P<pd>overnight|tonight)")
def _part_of_day(m: re.Match[str], ctx: Context) -> Norm | None:
    code = _lex()["w"]["parts_of_day"][m["pd"]]
    groups = m.groupdict()
    if groups.get("day"):
        d = _day_of(groups["day"], ctx)
    elif ctx.anchor is None:
        d = None
    elif (groups.get("pre") or "").endswith("last") and code in ("NI", "EV"):
        d = ctx.anchor - timedelta(days=1)
    else:
        d = ctx.anchor
    return Norm("TIME", f"{d.isoformat()}T{code}" if d else None)


_CLOCK = (
    r"(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))? ?(?P<ap>a\.?m\.?|p\.?m\.?)"
    r"|(?P<h2>\d{{1,2}}):(?P<mi2>\d{{2}})|(?P<noon>noon|midday|midnight)"
)
_ZONE = r"(?: (?:local time|local|gmt|utc|bst|cet|et|est|edt|pt|pst|pdt|ct|cst|cdt))?"


@rule(
    r"(?:about |around |approximately |at )?(?:"
    + _CLOCK
    + ")"
    + _ZONE
    + r"(?:,? (?:on )?(?P<day>today|yesterday|tomorrow|(?:(?:last|next|this) )?{WD}"
    r"|{WD},? (?P<mon>{MON}) (?P<dd>\d{{1,2}})))?"
)
def _clock(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["noon"]:
        hh, mm = (0 if m["noon"] == "midnight" else 12), 0
    else:
        hh = int(m["h"] or m["h2"])
        mm = int(m["mi"] or m["mi2"] or 0)
        ap = (m["ap"] or "").replace(".", "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    if hh > 24 or mm > 59:
        return None
    if m["mon"] and ctx.anchor:
        cands = [
            d
            for k in (-1, 0, 1)
            if (d := safe_date(ctx.anchor.year + k, _month(m["mon"]), int(m["dd"])))
        ]
        day = _pick_day(cands, ctx) if cands else None
    elif m["day"]:
        day = _day_of(m["day"], ctx)
    else:
        day = ctx.anchor
    return Norm("TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}" if day else None)


# relative to the anchor or to the last mentioned day


_GRAIN = r"(?P<unit>week|weekend|month|year|quarter|decade|century|day)"


@rule(
    r"(?:(?P<adv>earlier|later|early|late) )?(?P<dir>last|this|next|past|coming|previous"
    r"|current|the current|the coming) " + _GRAIN
)
def _this_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return Norm("DATE", None)
    step = _dir(m["dir"].removeprefix("the "))
    if m["unit"] == "weekend" and step == 0 and ctx.tense == PAST:
        step = -1 if ctx.anchor.isoweekday() < 6 else 0
    mod = {"early": "START", "late": "END"}.get(m["adv"] or "")
    return Norm("DATE", grain_value(ctx.anchor, m["unit"], step), mod)


@rule(r"(?:the|this|over the) weekend")
def _the_weekend(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return Norm("DATE", None)
    k = -1 if ctx.tense == PAST and ctx.anchor.isoweekday() < 6 else 0
    return Norm("DATE", grain_value(ctx.anchor, "weekend", k))


@rule(r"(?:earlier|later) (?P<day>today|tonight)|(?P<day2>this|today) (?:time|date)")
def _today_adv(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DATE", ctx.anchor.isoformat() if ctx.anchor else None)


@rule(r"this time last year")
def _this_time_last_year(m: re.Match[str], ctx: Context) -> Norm | None:
    a = ctx.anchor
    d = safe_date(a.year - 1, a.month, min(a.day, 28)) if a else None
    return Norm("DATE", d.isoformat() if d else None)


def _unit_code(u: str) -> str:
    return str(_lex()["w"]["duration_units"][u])


def _back(d: date, n: float, unit: str) -> str | None:
    """The date n units before d, at the unit's granularity."""
    code = _unit_code(unit)
    k = int(n)
    if n != k:
        return None
    if code in ("D",):
        return (d - timedelta(days=k)).isoformat()
    if code in ("W", "2W"):
        return iso_week(d - timedelta(weeks=k * (2 if code == "2W" else 1)))
    if code == "M" and unit.startswith("mon"):
        y, mo = shift_month(d.year, d.month, -k)
        return f"{y}-{mo:02d}"
    if code == "Q":
        y, mo = shift_month(d.year, d.month, -3 * k)
        return f"{y}-Q{(mo - 1) // 3 + 1}"
    if code.endswith("Y"):
        mult = int(code[:-1] or 1)
        return str(d.year - k * mult)
    if code in ("H", "M", "S"):
        return d.isoformat()
    return None


@rule(r"(?P<n>{NUM}) (?P<unit>{UNIT}) (?P<dir>ago|earlier|before|prior|later|after|on|hence)")
def _ago(m: re.Match[str], ctx: Context) -> Norm | None:
    n = _number(m["n"])
    relative_to_ref = m["dir"] not in ("ago", "hence")
    base = (ctx.ref or ctx.anchor) if relative_to_ref else ctx.anchor
    if relative_to_ref and ctx.ref_year and _unit_code(m["unit"]).endswith("Y"):
        base = date(ctx.ref_year, 7, 1)
    if base is None or n is None:
        return Norm("DATE", None)
    later = m["dir"] in ("later", "after", "on", "hence")
    if later:
        return Norm("DATE", _forward(base, n, m["unit"]))
    return Norm("DATE", _back(base, n, m["unit"]))


def _forward(d: date, n: float, unit: str) -> str | None:
    code = _unit_code(unit)
    k = int(n)
    if code == "D":
        return (d + timedelta(days=k)).isoformat()
    if code == "W":
        return iso_week(d + timedelta(weeks=k))
    if code == "M" and unit.startswith("mon"):
        y, mo = shift_month(d.year, d.month, k)
        return f"{y}-{mo:02d}"
    if code.endswith("Y"):
        return str(d.year + k * int(code[:-1] or 1))
    return None


@rule(
    r"(?:the )?(?P<w>next|following|previous|preceding|same) (?P<unit>day|week|month|year)"
    r"|(?P<that>that|the) (?P<unit2>day|week|month|year)"
    r"|the (?P<unit3>day) (?P<w3>before|after)"
)
def _anaphoric(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = m["unit"] or m["unit2"] or m["unit3"]
    base = ctx.ref or ctx.anchor
    if m["that"] == "the" and unit != "day":
        base = ctx.anchor  # "the end of the month": the current one
    elif unit == "year" and ctx.ref_year:
        base = date(ctx.ref_year, 7, 1)
    if base is None:
        return Norm("DATE", None)
    word = m["w"] or m["w3"] or "same"
    k = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}
    return Norm("DATE", grain_value(base, unit, k.get(word, 0)))


# durations and sets


def _duration(n: float | None, unit: str) -> str:
    code = _unit_code(unit)
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
    return f"P{'T' if time else ''}{_fmt(n)}{letter}"


@rule(
    r"(?:the )?(?:(?:past|last|next|coming|first|final|previous|recent|following) )?"
    r"(?P<n>{NUM})(?: and a half)?[- ](?:(?:more|additional|further|consecutive|straight"
    r"|successive|full|long) )?(?P<unit>{UNIT})(?:s)?(?P<half> and a half)?"
    r"(?:[- ](?:long|old|plus))?(?: old)?"
)
def _n_units(m: re.Match[str], ctx: Context) -> Norm | None:
    n = _number(m["n"])
    if m["unit"].startswith("quarter") and m["n"] in ("a", "an"):
        return None  # "about a quarter of its dealers"
    if n is not None and (m["half"] or " and a half" in m.group(0)):
        n += 0.5
    return Norm("DURATION", _duration(n, m["unit"]))


@rule(
    r"(?:the )?(?:past|last|next|coming|previous|recent|following) (?P<unit>second|minute|hour"
    r"|day|week|fortnight|month|quarter|year|decade|century)"
)
def _the_past_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DURATION", _duration(1, m["unit"]))


@rule(
    r"(?:(?:in|for|over) )?(?:recent|past|the past|the last|coming|the coming|the next|many"
    r"|several|a few|few) (?P<unit>years|months|weeks|days|decades|hours)"
    r"|(?P<bare>years|months|weeks|decades|hours)"
)
def _vague_units(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DURATION", _duration(None, m["unit"] or m["bare"]))


@rule(r"half an? (?P<unit>{UNIT})|an? (?P<unit2>{UNIT}) and a half")
def _half_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DURATION", _duration(0.5 if m["unit"] else 1.5, m["unit"] or m["unit2"]))


@rule(
    r"(?:every|each|per) (?:(?P<n>{NUM}) )?(?P<unit>{UNIT})"
    r"|(?P<k>twice|once|three times|\d+ times) (?:a|per|every|each) (?P<unit2>{UNIT})"
    r"|(?P<k2>{NUM}) (?:a|per) (?P<unit3>{UNIT})"  # "two a month": so many each month
)
def _set_rule(m: re.Match[str], ctx: Context) -> Norm | None:
    n = _number(m["n"]) if m["n"] else 1
    return Norm("SET", _duration(n, m["unit"] or m["unit2"] or m["unit3"]))


@rule(r"(?:every|each) (?P<wd>{WD})")
def _every_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("SET", f"XXXX-WXX-{_weekday(m['wd'])}")


# -- entry point ------------------------------------------------------------------------------

_CLEAN = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "\u00a0": " "})


def clean(phrase: str) -> str:
    p = re.sub(r"\s+", " ", phrase.translate(_CLEAN).lower()).strip()
    p = re.sub(r"\b(last|next|this|past)-(?=[a-z])", r"\1 ", p)
    if not re.search(r"[ap]\.m\.$", p):
        p = p.rstrip(".,;:")
    return p


def split_mod(p: str) -> tuple[str | None, str]:
    """Take a leading modifier ("early", "more than", "mid-") off the phrase."""
    w = _lex()["w"]
    if m := re.match(r"mid-?(?=\S)", p):
        rest = p[m.end() :].lstrip("- ")
        return "MID", rest
    m = re.match(rf"(?:{_lex()['MOD']})\b\s*", p)
    if m and m.end() < len(p):
        key = m.group(0).strip()
        return str(w["modifiers"][key]), p[m.end() :]
    return None, p


def normalize(phrase: str, ctx: Context) -> Norm | None:
    """The TIMEX3 type/value/mod of a phrase, or None when it is no time expression."""
    p = clean(phrase)
    if not p:
        return None
    w = _lex()["w"]
    if p in w["ref_words"]:
        return Norm("DATE", str(w["ref_words"][p]))
    if p in w["set_words"]:
        return Norm("SET", str(w["set_words"][p]))
    for candidate, mod in _readings(p):
        for pattern, fn in _compiled():
            m = pattern.fullmatch(candidate)
            if m is None:
                continue
            norm = fn(m, ctx)
            if norm is not None:
                return Norm(norm.type, norm.value, norm.mod or mod)
    return None


@cache
def _emphasis() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(_lex()['w']['emphasis_words'])}) (?=\S)")


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

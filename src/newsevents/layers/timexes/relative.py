"""Dates relative to the anchor day or to the last date mentioned: days and weekdays ("yesterday",
"last Monday"), parts of day and clock times ("tomorrow morning", "3 p.m."), calendar units
around the anchor ("next week", "this weekend"), counted steps ("two years ago", "three days
later") and anaphora ("the next day", "that year").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..quantities.numbers import read_number
from .anchor import EITHER, FUTURE, PAST, PRESENT, Anchor, pick_day
from .calendar import grain_value, iso_week, safe_date, shift_month
from .dates import quarter_year
from .rules import Norm, RuleBook, direction, lex, month, unit_code, weekday

RULES = RuleBook()


@RULES.rule(r"(?:the )?(?:(?:latest|current|last) )?(?:fiscal )?year")
def _year_ended(m: re.Match[str], at: Anchor) -> Norm | None:
    """ "the year ended March 31", "the fiscal year ending June 30": an accounting year, a
    duration that ends on the date named (the date is a timex of its own)."""
    if re.match(r"\s+end(?:ed|ing)\b", at.after):
        return Norm("DURATION", "P1Y")
    return None


@RULES.rule(
    r"(?:the |this |its )?(?P<w>full|current|latest)? ?(?:fiscal )?year"
    r"|(?P<end>(?:the )?year[- ]end|year's end)"
)
def _accounting_year(m: re.Match[str], at: Anchor) -> Norm | None:
    """The year a company reports on: "the full year", "the current fiscal year", "the fiscal
    year" are the dateline's, "the latest fiscal year" the last one closed (as "the latest
    quarter"); "by year-end", "around year end" close the dateline's year, "since year-end"
    the last one. (TimeBank: 10 of its 13 such phrases.)"""
    if at.day is None:
        return Norm("DATE", None)
    if m["end"]:
        since = re.search(r"\bsince\s+$", at.before, re.IGNORECASE)
        return Norm("DATE", str(at.day.year - (1 if since else 0)), "END")
    if m["w"] is None and "fiscal" not in m.group(0):
        return None  # "the year": anaphora, the next rules'
    return Norm("DATE", str(at.day.year - (1 if m["w"] == "latest" else 0)))


def _day_of(word: str, at: Anchor) -> date | None:
    """today / yesterday / tomorrow / a weekday, as a date (None without an anchor)."""
    w = lex()["w"]
    a = at.day
    if a is None:
        return None
    word = word.strip()
    if word in w["relative_days"]:
        return a + timedelta(days=int(w["relative_days"][word]))
    parts = word.split()
    step = direction(parts[0]) if len(parts) == 2 else None
    wd = weekday(parts[-1])
    back = (a.isoweekday() - wd) % 7
    if step is not None and parts[0] in ("last", "past", "previous"):
        return a - timedelta(days=back or 7)
    if step is not None and parts[0] in ("next", "coming", "following"):
        return a + timedelta(days=(wd - a.isoweekday()) % 7 or 7)
    if step is not None and parts[0] == "this":
        return a + timedelta(days=wd - a.isoweekday())
    if at.tense in (FUTURE, PRESENT) and not at.after.startswith(("'s", "’s")):
        return a + timedelta(days=(wd - a.isoweekday()) % 7)
    if at.tense == EITHER and not at.after.startswith(("'s", "’s")):
        # "Protesters planned a large demonstration on Saturday" (a Friday report), "has
        # scheduled a news conference Thursday" (a Wednesday one), "as previously planned
        # Saturday night" (a Monday one): the plan's day is the nearest such day, either side
        ahead = (wd - a.isoweekday()) % 7
        return a + timedelta(days=ahead) if ahead < back else a - timedelta(days=back)
    # "Tuesday's declaration", "Friday's close": a day named by what happened on it is past
    # (TimeBank and AQUAINT: 17 of 17 such weekdays are the DCT or before it)
    return a - timedelta(days=back)


_DAYWORD = (
    r"(?P<day>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow"
    r"|(?:(?:last|next|this|coming|past|previous) )?{WD})"
)


@RULES.rule(_DAYWORD)
def _day_rule(m: re.Match[str], at: Anchor) -> Norm | None:
    d = _day_of(m["day"], at)
    if m["day"] == "tonight":
        return Norm("TIME", f"{d.isoformat()}TNI" if d else None)
    return Norm("DATE", d.isoformat() if d else None)


@RULES.rule(r"(?:on )?(?P<pl>{WD})s")
def _weekday_set(m: re.Match[str], at: Anchor) -> Norm | None:
    return Norm("SET", f"XXXX-WXX-{weekday(m['pl'])}")


@RULES.rule(_DAYWORD + r" (?P<pd>{PD})")
@RULES.rule(r"(?P<pd>{PD}),? " + _DAYWORD)
@RULES.rule(r"(?:(?P<pre>this|last|early this|late last|earlier this|later this) )(?P<pd>{PD})")
@RULES.rule(r"mid[- ]?(?P<pd>morning|afternoon)(?:,? (?P<day>today|yesterday|tomorrow|{WD}))?")
@RULES.rule(r"(?P<pd>overnight|tonight)")
def _part_of_day(m: re.Match[str], at: Anchor) -> Norm | None:
    code = lex()["w"]["parts_of_day"][m["pd"]]
    groups = m.groupdict()
    if groups.get("day"):
        d = _day_of(groups["day"], at)
    elif m.group(0).startswith("mid"):  # "by mid afternoon": the day under discussion
        d = at.ref or at.day
    elif at.day is None:
        d = None
    elif (groups.get("pre") or "").endswith("last") and code in ("NI", "EV"):
        d = at.day - timedelta(days=1)
    else:
        d = at.day
    return Norm("TIME", f"{d.isoformat()}T{code}" if d else None)


# what follows a game's clock, not a time of day ("17:46 into the third period", "3:08 to play",
# "the final 4:29 of regulation")
_GAME_CLOCK = re.compile(
    r"(?i)\s*(?:into|left|remaining|to play|to go)\b"
    r"|\s*of (?:regulation|overtime|play)\b"
    r"|\s*of the (?:first|second|third|fourth|final|game|period|half|quarter|match)\b"
)
_CLOCK = (
    r"(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))? ?(?P<ap>a\.?m\.?|p\.?m\.?)"
    r"|(?P<h2>\d{{1,2}}):(?P<mi2>\d{{2}})|(?P<noon>noon|midday|midnight)"
    r"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?= (?:gmt|utc)\b)"  # "0800 UTC"
)
_ZONE = r"(?: (?P<zone>local time|local|gmt|utc|bst|cet|et|est|edt|pt|pst|pdt|ct|cst|cdt))?"


@RULES.rule(
    r"(?:about |around |approximately |at )?(?:"
    + _CLOCK
    + ")"
    + _ZONE
    + r"(?:,? (?:on )?(?P<day>today|yesterday|tomorrow|(?:(?:last|next|this) )?{WD}"
    r"|(?:{WD},? )?(?P<mon>{MON}) (?P<dd>\d{{1,2}})))?"
)
def _clock(m: re.Match[str], at: Anchor) -> Norm | None:
    if m["noon"]:
        hh, mm = (0 if m["noon"] == "midnight" else 12), 0
    else:
        hh = int(m["h"] or m["h2"] or m["h3"])
        mm = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
        ap = (m["ap"] or "").replace(".", "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    if hh > 24 or mm > 59:
        return None
    bare = not (m["ap"] or m["noon"] or m["h3"] or m["zone"] or m["day"] or m["mon"])
    if bare and _GAME_CLOCK.match(at.after):
        return None  # "17:46 into the third period", "with 3:08 to play": a game's clock
    if m["mon"] and at.day:
        cands = [
            d
            for k in (-1, 0, 1)
            if (d := safe_date(at.day.year + k, month(m["mon"]), int(m["dd"])))
        ]
        day = pick_day(cands, at) if cands else None
    elif m["day"]:
        day = _day_of(m["day"], at)
    else:
        day = at.day
    # ISO 8601 marks UTC (and GMT, its civil name) with "Z"; other zones are left unmarked, as
    # TimeBank writes "5 p.m. EST" (T17:00) -- an offset there would need the date's daylight time
    zone = "Z" if m["zone"] in ("utc", "gmt") else ""
    return Norm("TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}{zone}" if day else None)


# -- calendar units around the anchor, counted steps and anaphora --------------------------------


_GRAIN = r"(?P<unit>week|weekend|month|year|quarter|decade|century|day)"


@RULES.rule(
    r"(?:(?P<adv>earlier|later|early|late) )?(?P<dir>last|this|next|past|coming|previous"
    r"|current|the current|the coming) " + _GRAIN
)
def _this_unit(m: re.Match[str], at: Anchor) -> Norm | None:
    if at.day is None:
        return Norm("DATE", None)
    step = direction(m["dir"].removeprefix("the "))
    if m["unit"] == "weekend" and step == 0 and at.tense == PAST:
        step = -1 if at.day.isoweekday() < 6 else 0
    mod = {"early": "START", "late": "END"}.get(m["adv"] or "")
    return Norm("DATE", grain_value(at.day, m["unit"], step), mod)


@RULES.rule(r"(?P<adv>earlier|later) in the (?P<unit>week|month|year)")
def _in_the_unit(m: re.Match[str], at: Anchor) -> Norm | None:
    """The unit the text is in, from its start or to its end: "was delayed earlier in the year
    by heavy rains" (TimeBank wsj_0918: 1989, START), "sanctioned Iran earlier in the month"."""
    if at.day is None:
        return Norm("DATE", None)
    mod = "START" if m["adv"] == "earlier" else "END"
    return Norm("DATE", grain_value(at.day, m["unit"], 0), mod)


@RULES.rule(r"(?:the|this|over the) weekend")
def _the_weekend(m: re.Match[str], at: Anchor) -> Norm | None:
    if at.day is None:
        return Norm("DATE", None)
    k = -1 if at.tense == PAST and at.day.isoweekday() < 6 else 0
    return Norm("DATE", grain_value(at.day, "weekend", k))


@RULES.rule(r"(?:earlier|later) (?P<day>today|tonight)|(?P<day2>this|today) (?:time|date)")
def _today_adv(m: re.Match[str], at: Anchor) -> Norm | None:
    return Norm("DATE", at.day.isoformat() if at.day else None)


@RULES.rule(r"this time last year")
def _this_time_last_year(m: re.Match[str], at: Anchor) -> Norm | None:
    a = at.day
    d = safe_date(a.year - 1, a.month, min(a.day, 28)) if a else None
    return Norm("DATE", d.isoformat() if d else None)


def _back(d: date, n: float, unit: str) -> str | None:
    """The date n units before d, at the unit's granularity."""
    code = unit_code(unit)
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


@RULES.rule(r"(?P<n>{NUM}) (?P<unit>{UNIT}) (?P<dir>ago|earlier|before|prior|later|after|on|hence)")
def _ago(m: re.Match[str], at: Anchor) -> Norm | None:
    n = read_number(m["n"])
    relative_to_ref = m["dir"] not in ("ago", "hence")
    base = (at.ref or at.day) if relative_to_ref else at.day
    if relative_to_ref and at.ref_year and unit_code(m["unit"]).endswith("Y"):
        base = date(at.ref_year, 7, 1)
    if n is None and m["dir"] == "ago" and at.day is not None:
        # a vague count back from today ("several years ago", "a few months ago") is a past
        # point that cannot be placed: TIMEX3's PAST_REF
        return Norm("DATE", "PAST_REF")
    if (
        m["dir"] in ("later", "earlier")
        and at.ref is None
        and at.day is not None
        and not unit_code(m["unit"]).endswith("Y")
    ):
        # "Three days later, ...", "A few days later", "over an hour later" with no day told
        # before: a count of units from a time the text does not date, not from the dateline;
        # the count alone ("Three days") is the expression, a duration (TBAQ: AP, NYT, WSJ)
        return None
    if base is None or n is None:
        return Norm("DATE", None)
    later = m["dir"] in ("later", "after", "on", "hence")
    if n == 1 and unit_code(m["unit"]) == "Y" and not later and at.quarter_last and at.quarter:
        # "net rose in the third quarter from $5 million a year earlier": the same quarter
        return Norm("DATE", _quarter_back(at.quarter))
    if later:
        return Norm("DATE", _forward(base, n, m["unit"]))
    return Norm("DATE", _back(base, n, m["unit"]))


def _forward(d: date, n: float, unit: str) -> str | None:
    code = unit_code(unit)
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


@RULES.rule(
    r"(?:the )?(?P<w>next|following|previous|preceding|same) (?P<unit>day|week|month|year)"
    r"|(?P<that>that|the) (?P<unit2>day|week|month|year)"
    r"|the (?P<unit3>day) (?P<w3>before|after)"
)
def _anaphoric(m: re.Match[str], at: Anchor) -> Norm | None:
    unit = m["unit"] or m["unit2"] or m["unit3"]
    base = at.ref or at.day
    if m["that"] == "the" and unit != "day":
        base = at.day  # "the end of the month": the current one
    elif unit == "year" and at.ref_year:
        base = date(at.ref_year, 7, 1)
    if base is None:
        return Norm("DATE", None)
    word = m["w"] or m["w3"] or "same"
    k = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}
    return Norm("DATE", grain_value(base, unit, k.get(word, 0)))


def _quarter_back(quarter: str, years: int = 1) -> str:
    y, q = quarter.split("-")
    return f"{int(y) - years}-{q}"


@RULES.rule(
    r"(?:the |that |its |(?P<lyq>last year's) )?(?:(?P<mod>latest|same|comparable|corresponding"
    r"|year-ago|year-earlier|comparable year-ago|(?P<y>\d{{4}})) )?(?:fiscal )?"
    r"(?P<o>(?:first|second|third|fourth) )?(?P<unit>quarter|period)"
    r"(?P<back> a year (?:ago|earlier)| last year| of last year)?"
    r"|(?P<bare>year-ago|year-earlier)"
)
def _the_quarter(m: re.Match[str], at: Anchor) -> Norm | None:
    """A quarter named by reference to the one under discussion, in earnings reports: "the
    quarter", "the latest quarter", "the year-earlier quarter", "the 1988 period", "the
    year-ago third quarter", "year-earlier" (as in "year-earlier profit"). Without a quarter
    named before, nothing: "the period" or "the quarter" alone could be any."""
    back = bool(m["lyq"] or m["back"] or m["bare"] or (m["mod"] or "").endswith(("ago", "earlier")))
    if m["o"]:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m["o"].strip()]
        if m["y"]:
            return Norm("DATE", f"{m['y']}-Q{q}")
        if not back or at.day is None:
            return None  # "the third quarter" is the calendar rule's
        base = int(at.quarter[:4]) if at.quarter else quarter_year(q, at)
        return Norm("DATE", f"{base - 1}-Q{q}")
    if m["mod"] == "latest" and at.day is not None and not back:
        return Norm("DATE", grain_value(at.day, "quarter", -1))  # the last one reported on
    if at.quarter is None:
        return None
    if m["bare"] and not at.quarter_last:
        # "year-earlier net" after "the first nine months": the year before the one reported
        return Norm("DATE", str((at.ref_year or at.day.year) - 1)) if at.day else None
    if m["unit"] == "period" and not (m["mod"] or back):
        return None
    if m["y"]:  # "the 1988 period": the quarter under discussion, or the months since
        return Norm("DATE", f"{m['y']}-{at.quarter[5:]}" if at.quarter_last else m["y"])
    return Norm("DATE", _quarter_back(at.quarter) if back else at.quarter)

"""Dates named by the calendar: written dates ("12 June 2024", "7/8/07", "2023-04-05"), months,
years, decades, centuries, seasons, quarters, halves and holidays.

A date with its year resolves without an anchor; one without ("June 3", "November", "last
fall") is placed around the anchor day by a direction word or by the verb's tense.
"""

from __future__ import annotations

import re
from datetime import date

from .anchor import PAST, Anchor, by_direction, opens_span, pick, pick_day
from .calendar import SEASON_ORDER, holiday_date, safe_date, season_index, season_value
from .rules import Norm, RuleBook, direction, lex, month, year

RULES = RuleBook()


@RULES.rule(r"(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})")
def _iso(m: re.Match[str], at: Anchor) -> Norm | None:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Norm("DATE", d.isoformat()) if d else None


@RULES.rule(r"(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})")
def _us_numeric(m: re.Match[str], at: Anchor) -> Norm | None:
    y = year(m["y"], at.day)
    d = safe_date(y, int(m["m"]), int(m["d"])) if y else None
    return Norm("DATE", d.isoformat() if d else None)


_DAY = r"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
_WDP = r"(?:{WD},? )?"


@RULES.rule(_WDP + r"(?P<mon>{MON}) " + _DAY + r",? (?P<y>\d{{4}})")
@RULES.rule(_WDP + r"(?:the )?" + _DAY + r"(?: of)? (?P<mon>{MON}),? (?P<y>\d{{4}})")
def _full_date(m: re.Match[str], at: Anchor) -> Norm | None:
    d = safe_date(int(m["y"]), month(m["mon"]), int(m["d"]))
    return Norm("DATE", d.isoformat()) if d else None


@RULES.rule(_WDP + r"(?:(?P<dir>last|next) )?(?P<mon>{MON}) " + _DAY)
@RULES.rule(_WDP + r"(?:the )?" + _DAY + r"(?: of)? (?P<mon>{MON})")
def _month_day(m: re.Match[str], at: Anchor) -> Norm | None:
    if at.day is None:
        return Norm("DATE", None)
    mon, day = month(m["mon"]), int(m["d"])
    cands = [d for y in (-1, 0, 1) if (d := safe_date(at.day.year + y, mon, day))]
    if not cands:
        return None
    step = direction(m.groupdict().get("dir"))
    if step < 0:  # "shot to death last Oct. 23"
        return Norm("DATE", max(c for c in cands if c < at.day).isoformat())
    if step > 0:
        return Norm("DATE", min(c for c in cands if c > at.day).isoformat())
    return Norm("DATE", pick_day(cands, at).isoformat())


@RULES.rule(r"(?P<mon>{MON}),?(?: of)? (?P<y>\d{{4}}|'\d\d)")
def _month_year(m: re.Match[str], at: Anchor) -> Norm | None:
    y = year(m["y"], at.day)
    return Norm("DATE", f"{y}-{month(m['mon']):02d}" if y else None)


# a month qualifying a noun is the nearer one when the tense points this many months off
# ("the October slaying" six months back in an April report keeps the tense)
QUALIFIER_FAR_MONTHS = 8


@RULES.rule(
    r"(?:(?P<dir>{DIR}) )?(?P<mon>january|february|march|april|may|june|july|august|september"
    r"|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)"
)
def _month_only(m: re.Match[str], at: Anchor) -> Norm | None:
    if at.day is None:
        return Norm("DATE", None)
    mon, a = month(m["mon"]), at.day
    cands = [a.year * 12 + mon - 1 + 12 * k for k in (-1, 0, 1)]
    here = a.year * 12 + a.month - 1
    step = direction(m["dir"])
    if step == 0 and m["dir"]:
        t = a.year * 12 + mon - 1
    elif step == 0 and at.tense == PAST and here + 1 in cands:
        # "notified them of a cutback in September", "the slated visit in September" in an
        # August report: next month, not eleven months back (a writer says "last September");
        # as a yearless day under a past verb is ahead up to a month off (`pick_day`)
        t = here + 1
    else:
        t = by_direction(cands, here, step, at.tense)
        if step == 0 and at.qualifies and abs(t - here) >= QUALIFIER_FAR_MONTHS:
            # "no reason to change its July finding" in November (under "to change": ahead),
            # "in preparation for the January inauguration" in November (under a past verb):
            # the month of a thing a noun names is not the verb's time; when the tense points
            # most of a year off, the nearer one is meant
            t = min(cands, key=lambda c: abs(c - here))
    return Norm("DATE", f"{t // 12}-{t % 12 + 1:02d}")


@RULES.rule(r"(?P<mon>{MON})(?: " + _DAY + r")?,?(?: of)? (?P<dir>last|this|next) year")
def _month_of_the_year(m: re.Match[str], at: Anchor) -> Norm | None:
    """ "June last year", "January of this year", "April 5 next year": the month of that year."""
    if at.day is None:
        return Norm("DATE", None)
    y = at.day.year + direction(m["dir"])
    if m["d"]:
        d = safe_date(y, month(m["mon"]), int(m["d"]))
        return Norm("DATE", d.isoformat()) if d else None
    return Norm("DATE", f"{y}-{month(m['mon']):02d}")


@RULES.rule(r"(?:the )?(?:fiscal )?(?:year )?(?P<y>1[5-9]\d\d|20\d\d)")
def _year_only(m: re.Match[str], at: Anchor) -> Norm | None:
    return Norm("DATE", m["y"])


@RULES.rule(r"(?:the )?(?:(?P<c>\d\d)|'?)(?P<d>\d)0'?s")
@RULES.rule(r"the (?P<w>{DECADE})")
def _decade(m: re.Match[str], at: Anchor) -> Norm | None:
    groups = m.groupdict()
    if groups.get("w"):  # "the nineties": as "the '90s"
        if at.day is None:
            return Norm("DATE", None)
        d = int(lex()["w"]["decade_words"][groups["w"]])
        century = at.day.year // 100 - (1 if d * 10 > at.day.year % 100 else 0)
        return Norm("DATE", f"{century}{d}")
    if m["c"]:
        return Norm("DATE", f"{m['c']}{m['d']}")
    if at.day is None:
        return Norm("DATE", None)
    century = at.day.year // 100
    if int(m["d"]) * 10 > at.day.year % 100:
        century -= 1
    return Norm("DATE", f"{century}{m['d']}")


@RULES.rule(r"(?:the )?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[- ]century")
@RULES.rule(r"(?:the )?(?P<o>{ORD})[- ]century")
def _century(m: re.Match[str], at: Anchor) -> Norm | None:
    # Each of the two rules has only one of the groups.
    groups = m.groupdict()
    if groups.get("n"):
        n = int(groups["n"])
    else:
        ordinal = lex()["w"]["ordinals"].get((groups.get("o") or "").lower())
        if ordinal is None:
            return None
        n = int(ordinal)
    return Norm("DATE", f"{n - 1:02d}") if n > 0 else None


@RULES.rule(r"(?:the )?(?P<s>{SEASON})(?: of)? (?P<y>\d{{4}})")
def _season_year(m: re.Match[str], at: Anchor) -> Norm | None:
    return Norm("DATE", f"{m['y']}-{lex()['w']['seasons'][m['s']]}")


@RULES.rule(r"(?:(?P<dir>{DIR}|the|earlier this|later this) )?(?P<s>{SEASON})")
def _season(m: re.Match[str], at: Anchor) -> Norm | None:
    if at.day is None:
        return Norm("DATE", None)
    code = SEASON_ORDER.index(lex()["w"]["seasons"][m["s"]])
    here = season_index(at.day)
    cands = [(here // 4 + k) * 4 + code for k in (-1, 0, 1)]
    word = m["dir"] or ""
    step = direction(word)
    if word.endswith("this") or (step == 0 and word in ("this", "current")):
        # "this fall": the season of the anchor's year (winter starts in December)
        t = at.day.year * 4 + code
    else:
        t = by_direction(cands, here, step, at.tense)
    return Norm("DATE", season_value(t))


@RULES.rule(
    r"(?:the |its |(?P<yr>this|last|next) year's )?(?:fiscal[- ])?(?:q(?P<q>[1-4])"
    r"|(?P<o>first|second|third|fourth|last)[- ]quarter)(?:,? (?:of )?(?P<y>\d{{4}}))?"
)
def _quarter(m: re.Match[str], at: Anchor) -> Norm | None:
    q = (
        int(m["q"])
        if m["q"]
        else {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[m["o"]]
    )
    if m["y"]:
        return Norm("DATE", f"{m['y']}-Q{q}")
    if at.day is None:
        return Norm("DATE", None)
    if m["yr"]:
        return Norm("DATE", f"{at.day.year + direction(m['yr'])}-Q{q}")
    return Norm("DATE", f"{quarter_year(q, at)}-Q{q}")


def quarter_year(q: int, at: Anchor) -> int:
    """The year of a quarter named without one: the dateline's year ("third-quarter profit" or
    "the fourth quarter" on 1 November 1989: 1989; "expects to release third-quarter results" in
    November still means this year's), except a quarter not yet begun under a past verb ("the
    fourth quarter" in a March report: last year's)."""
    assert at.day is not None
    y, now = at.day.year, (at.day.month - 1) // 3 + 1
    if q > now and at.tense == PAST:
        return y - 1
    return y


@RULES.rule(r"(?:the )?(?P<o>first|second|last|latter) half(?: of)?(?: (?P<y>\d{{4}}))?")
def _half(m: re.Match[str], at: Anchor) -> Norm | None:
    if m["o"] in ("last", "latter") and not m["y"]:
        return None  # "the last half" alone: of what?
    y = int(m["y"]) if m["y"] else (at.day.year if at.day else None)
    return Norm("DATE", f"{y}-H{1 if m['o'] == 'first' else 2}" if y else None)


@RULES.rule(r"(?P<h>{HOLIDAY})(?:,? (?P<y>\d{{4}}))?")
def _holiday_rule(m: re.Match[str], at: Anchor) -> Norm | None:
    code = lex()["w"]["holidays"][m["h"]]
    if m["y"]:
        return Norm("DATE", holiday_date(code, int(m["y"])).isoformat())
    if at.day is None:
        return Norm("DATE", None)
    return Norm("DATE", holiday_near(code, at.day, at).isoformat())


# a holiday within this many days of the dateline is the one a story names without a year
HOLIDAY_NEAR_DAYS = 31
# the tense's pick stands while it is no further off than this
HOLIDAY_FAR_DAYS = 240
# words before a holiday that make it a bound the act comes before ("days before |Election
# Day", "in the run-up to |Christmas"): it may lie ahead of a past act (timex_words.json)
_HOLIDAY_BOUNDS = re.compile(
    rf"(?i)\b(?:{'|'.join(map(re.escape, lex()['w']['holiday_bound_words']))})\s+$"
)


def holiday_near(code: str, a: date, at: Anchor) -> date:
    """The holiday the verb's tense points to from the dateline's day `a`, unless it lies most
    of a year off while one is within a month of the dateline and the holiday is the occasion of
    a thing ("protesters prayed as Easter week began" six days before Easter, "the mission's
    Christmas decorations" a week before Christmas, "insists, most recently in a Labor Day
    interview" three days after it) or a bound the act comes before ("the letter came days
    before Election Day" the day before it): the story names the holiday at hand. As the time of
    a verb the tense stands ("was arrested on Christmas Day" in a December 20 report: last
    year's), as it does for a holiday months off ("will be done by Christmas" in April), and
    "since Easter" is the last one."""
    cands = [holiday_date(code, a.year + k) for k in (-1, 0, 1)]
    if opens_span(at.before) and (past := [c for c in cands if c <= a]):
        return max(past)
    chosen: date = pick(cands, a, at.tense)
    if not (at.qualifies or _HOLIDAY_BOUNDS.search(at.before)):
        return chosen
    near = [c for c in cands if abs((c - a).days) <= HOLIDAY_NEAR_DAYS]
    if abs((chosen - a).days) > HOLIDAY_FAR_DAYS and near:
        return min(near, key=lambda c: abs((c - a).days))
    return chosen

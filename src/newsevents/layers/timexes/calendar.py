"""Calendar arithmetic for time expressions: months, ISO weeks, seasons, quarters, holidays.

Values are TIMEX3 strings: `2024-W23`, `2023-FA` (seasons SP/SU/FA/WI; winter belongs to the year
of its December), `2024-Q1`, `202` (a decade), `20` (a century).
"""

from __future__ import annotations

from datetime import date, timedelta

SEASON_ORDER = ("SP", "SU", "FA", "WI")


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def iso_week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def season_index(d: date) -> int:
    m = d.month
    if m == 12:
        return d.year * 4 + 3
    if m <= 2:
        return (d.year - 1) * 4 + 3
    return d.year * 4 + (m - 3) // 3


def season_value(idx: int) -> str:
    return f"{idx // 4}-{SEASON_ORDER[idx % 4]}"


def easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    r = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * r) // 451
    month = (h + r - 7 * m + 114) // 31
    day = (h + r - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        d = date(y, month, 1)
        d += timedelta(days=(weekday - d.isoweekday()) % 7)
        return d + timedelta(weeks=n - 1)
    y2, m2 = shift_month(y, month, 1)
    d = date(y2, m2, 1) - timedelta(days=1)
    return d - timedelta(days=(d.isoweekday() - weekday) % 7)


def holiday_date(code: str, y: int) -> date:
    """The day of a holiday code of `timex_words.json` in year y; "EASTER-46" (Ash Wednesday),
    "THANKSGIVING+1" (Black Friday): so many days from the day the code names."""
    base, sign, days = code.partition("+") if "+" in code else code.partition("-")
    if sign and days.isdigit() and not base.isdigit():
        k = int(days) if sign == "+" else -int(days)
        return holiday_date(base, y) + timedelta(days=k)
    if code == "EASTER":
        return easter(y)
    if code == "GOOD_FRIDAY":
        return easter(y) - timedelta(days=2)
    if code == "EASTER_MONDAY":
        return easter(y) + timedelta(days=1)
    if code == "THANKSGIVING":
        return nth_weekday(y, 11, 4, 4)
    if code == "LABOR_DAY":
        return nth_weekday(y, 9, 1, 1)
    if code == "MEMORIAL_DAY":
        return nth_weekday(y, 5, 1, -1)
    if code == "US_ELECTION_DAY":
        return nth_weekday(y, 11, 1, 1) + timedelta(days=1)
    if code == "REMEMBRANCE_SUNDAY":
        return nth_weekday(y, 11, 7, 2)  # the United Kingdom's: the second Sunday of November
    month, day = code.split("-")
    return date(y, int(month), int(day))


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def grain_value(d: date, unit: str, k: int = 0) -> str:
    """The calendar unit containing `d`, moved by k units."""
    if unit == "day":
        return (d + timedelta(days=k)).isoformat()
    if unit in ("week", "weekend"):
        v = iso_week(d + timedelta(weeks=k))
        return v + "-WE" if unit == "weekend" else v
    if unit == "month":
        y, mo = shift_month(d.year, d.month, k)
        return f"{y}-{mo:02d}"
    if unit == "quarter":
        t = d.year * 4 + (d.month - 1) // 3 + k
        return f"{t // 4}-Q{t % 4 + 1}"
    if unit == "decade":
        return str(d.year // 10 + k)
    if unit == "century":
        return str(d.year // 100 + k)
    return str(d.year + k)

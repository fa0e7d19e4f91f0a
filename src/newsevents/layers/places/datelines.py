"""Datelines: the place a story is filed from, written before its first words ("KYIV, Ukraine (AP)
--", "GAZA CITY, Palestinian Territories:", "WASHINGTON, Nov 6 (Reuters) -"). One reader for the
layers that place a story there: the events' `Locator` reads the dateline a text starts with, the
main event's `where` also one after a title or a byline ("... By Alana Wise and Mark Hosenball
WASHINGTON, Nov 6 (Reuters) - The FBI said"). Whether the words name a place is the caller's to
ask (the places it resolved, or its gazetteer)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# a city, a region or a country, a day ("Nov 6", "Nov. 13"), then a dash or a colon; or a news
# agency's name in parentheses, which any mark a text's encoding left of the dash ends
# ("CANBERRA, Australia (AP)_", "NAIROBI, Kenya (AP) _", "BEIRUT (AP) \ufffd", "WASHINGTON (AP)
# \""), or none at all after a city in capitals ("MEXICO CITY (AP) Mexico's Senate")
_BODY = (
    r"(?P<city>[A-Z][A-Za-z'.\- ]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z'.\- ]{1,40}?))?"
    r"(?:,?\s*(?P<day>[A-Z][a-z]{2}\.? \d{1,2}))?\s*"
    r"(?:--|[:\u2014\u2013-]|\((?P<agency>[A-Za-z. ]{1,20})\)\s*"
    r"(?:(?:--|[:\u2014\u2013_\"?\ufffd-])|(?P<bare>)))\s+"
)
_FIRST = re.compile(r"\s*" + _BODY)
_LATER = re.compile(_BODY)
_WORD = re.compile(r"(?<!\S)[A-Z]")  # where a later dateline may start: a capital after a space
HEAD = 120  # the dateline a text starts with ends within this many characters
REACH = 600  # a dateline after a title and a byline starts within this many characters


@dataclass(frozen=True)
class Dateline:
    """The dateline's place name (`text[start:end]`, "KYIV"; not its region or country)."""

    start: int
    end: int
    name: str


def read_dateline(text: str) -> Dateline | None:
    """The dateline `text` starts with: a place name in capitals, or one a news agency's name in
    parentheses follows ("Kyiv, Ukraine (AP) --"); with no mark after the agency only a city in
    capitals ("General Motors (GM) and Chrysler" is no dateline)."""
    m = _FIRST.match(text, 0, HEAD)
    if m is None:
        return None
    name = m.group("city")
    if not name.isupper() and (m.group("agency") is None or m.group("bare") is not None):
        return None
    return Dateline(m.start("city"), m.end("city"), name)


def datelines(text: str) -> Iterator[Dateline]:
    """The dateline the text starts with, then later ones in its first `REACH` characters, after
    a title, a picture caption or a byline: a place name in capitals at a line's start, or after
    other words on its line with a day, or with a news agency's name and a mark after it ("...
    Hosenball WASHINGTON, Nov 6 (Reuters) -", "(Photo: The Associated Press) SAO PAULO (AP) --";
    not "across the U.S. (all times local):", "EADS N.V. (EADS) have")."""
    first = read_dateline(text)
    if first is not None:
        yield first
    for w in _WORD.finditer(text, 1, REACH):
        m = _LATER.match(text, w.start(), REACH + HEAD)
        if m is None or not m.group("city").isupper():
            continue
        line_start = not text[text.rfind("\n", 0, w.start()) + 1 : w.start()].strip()
        agency = m.group("agency") or ""
        if line_start or m.group("day") or (agency[:1].isupper() and m.group("bare") is None):
            yield Dateline(m.start("city"), m.end("city"), m.group("city"))

"""A background event puts no story place: an incident told as background (a date in another
year than the article's) is placed in its own sentence, but a later report does not take that
place as the story's; an article without a publication date is read against the day its first
line stamps ("Published: March 3, 2011")."""

from __future__ import annotations

from newsevents.records import Document, Event

PUBLISHED = None  # the article's day is read off its first line


def event(doc: Document, trigger: str) -> Event:
    hits = [e for e in doc.events if e.trigger.text.split()[0] == trigger]
    assert hits, f"no {trigger!r} event in {[e.trigger.text for e in doc.events]}"
    return hits[-1]


def test_a_background_arrest_does_not_place_the_later_reports(read) -> None:
    doc = read(
        "Former union boss dies at 80 Published: March 3, 2011 A former union boss who ran the"
        " docks for two decades died on Tuesday in a prison hospital. In 1979, he was arrested"
        " in Chicago on fraud charges. Police later arrested his two brothers."
    )
    first, later = [e for e in doc.events if e.trigger.text == "arrested"]
    assert first.location is not None and first.location.name == "Chicago"
    assert later.location is None or "Chicago" not in later.location.name


def test_an_arrest_of_the_articles_own_days_still_places_later_reports(read) -> None:
    doc = read(
        "Protest in Lyon Published: March 3, 2011 Riot police clashed with protesters in Lyon on"
        " Tuesday. Police arrested twelve demonstrators."
    )
    loc = event(doc, "arrested").location
    assert loc is not None and loc.name == "Lyon"

"""A physical act aimed at a state of another country takes no place the article carries to it
from elsewhere (the dateline's, the story's): it happened in that state or where its sentence
does not say (layers/events/locations.py, `Locator.aimed_abroad`)."""

from __future__ import annotations

from newsevents.records import Document, Event

PUBLISHED = "2019-11-20"  # a Wednesday


def event(doc: Document, trigger: str) -> Event:
    hits = [e for e in doc.events if e.trigger.text.split()[0] == trigger]
    assert hits, f"no {trigger!r} event in {[e.trigger.text for e in doc.events]}"
    return hits[0]


def place(ev: Event) -> tuple[str | None, str | None]:
    loc = ev.location
    return (loc.name, loc.evidence) if loc else (None, None)


def test_a_strike_on_another_state_takes_no_dateline_place(read) -> None:
    doc = read(
        "WASHINGTON (AP) — The United States launched airstrikes against Syria on Wednesday,"
        " officials said."
    )
    assert place(event(doc, "launched")) == (None, None)


def test_a_stance_toward_another_state_keeps_the_dateline_place(read) -> None:
    doc = read(
        "WASHINGTON (AP) — The United States on Wednesday accused Syria of using chemical weapons."
    )
    assert place(event(doc, "accused")) == ("WASHINGTON", "dateline")


def test_an_act_at_home_keeps_the_dateline_place(read) -> None:
    doc = read("WASHINGTON (AP) — Police arrested two men on Wednesday after a long chase.")
    assert place(event(doc, "arrested")) == ("WASHINGTON", "dateline")


def test_an_invasion_told_in_a_when_clause_takes_no_place_of_the_main_clause(read) -> None:
    doc = read(
        "The writer, who lived in Paris from 1979, when Soviet troops invaded Afghanistan,"
        " returned to Kabul in 2002."
    )
    assert place(event(doc, "invaded")) == (None, None)


def test_a_target_in_the_places_own_country_keeps_it(read) -> None:
    doc = read(
        "NAIROBI, Kenya (AP) — Somali militants attacked Kenya and Ethiopia on Wednesday,"
        " officials said."
    )
    assert place(event(doc, "attacked")) == ("NAIROBI", "dateline")

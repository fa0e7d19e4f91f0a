"""A physical act aimed at a state of another country takes no place the article carries to it
from elsewhere (the dateline's, the story's): it happened in that state or where its sentence
does not say (layers/events/locations.py, `Locator.aimed_abroad`)."""

from __future__ import annotations

from .parties import first, place

PUBLISHED = "2019-11-20"  # a Wednesday


def test_a_strike_on_another_state_takes_no_dateline_place(read) -> None:
    doc = read(
        "WASHINGTON (AP) — The United States launched airstrikes against Syria on Wednesday,"
        " officials said."
    )
    assert place(first(doc, "launched")) == (None, None)


def test_a_stance_toward_another_state_keeps_the_dateline_place(read) -> None:
    doc = read(
        "WASHINGTON (AP) — The United States on Wednesday accused Syria of using chemical weapons."
    )
    assert place(first(doc, "accused")) == ("WASHINGTON", "dateline")


def test_an_act_at_home_keeps_the_dateline_place(read) -> None:
    doc = read("WASHINGTON (AP) — Police arrested two men on Wednesday after a long chase.")
    assert place(first(doc, "arrested")) == ("WASHINGTON", "dateline")


def test_an_invasion_told_in_a_when_clause_takes_no_place_of_the_main_clause(read) -> None:
    doc = read(
        "The writer, who lived in Paris from 1979, when Soviet troops invaded Afghanistan,"
        " returned to Kabul in 2002."
    )
    assert place(first(doc, "invaded")) == (None, None)


def test_a_target_in_the_places_own_country_keeps_it(read) -> None:
    doc = read(
        "NAIROBI, Kenya (AP) — Somali militants attacked Kenya and Ethiopia on Wednesday,"
        " officials said."
    )
    assert place(first(doc, "attacked")) == ("NAIROBI", "dateline")

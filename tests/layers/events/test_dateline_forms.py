"""A dateline however its dash was written, and the doers it places: a news agency's name ends
it whatever mark an encoding left there; a state, or a body that sits in its own country (a
legislature, a court), of another country acts from there, not from the dateline's city
(docs/coding-guide.md, 4)."""

from __future__ import annotations

from .parties import first, place

PUBLISHED = "2019-11-20"  # a Wednesday


def test_a_mark_or_none_after_the_agency_ends_the_dateline(read) -> None:
    for mark in ("_", " _", " \ufffd", " ?", ' "', ""):
        doc = read(f"LISBON, Portugal (AP){mark} Police arrested two bankers on Wednesday.\n\n")
        assert place(first(doc, "arrested")) == ("LISBON", "dateline"), mark


def test_a_name_and_an_acronym_in_parentheses_are_no_dateline(read) -> None:
    # "General Motors (GM) and ...": no city in capitals before the agency, no mark after it
    doc = read("Porto Alegre (PA) officials arrested two bankers on Wednesday.\n\n")
    assert place(first(doc, "arrested"))[1] != "dateline"


def test_a_state_or_a_seated_body_of_another_country_is_not_at_the_dateline(read) -> None:
    doc = read(
        "LISBON, Portugal (AP) — Police arrested two bankers on Wednesday.\n\n"
        "Brazil praised the arrests on Wednesday.\n\n"
        "The Brazilian parliament praised the police on Wednesday.\n\n"
        "The Portuguese parliament praised the police on Wednesday.\n\n"
    )
    praised = [e for e in doc.events if e.trigger.text.startswith("praised")]
    assert [place(e) for e in praised][:2] == [(None, None), (None, None)]
    # a body of the dateline's own country still acts there
    assert place(praised[-1]) == ("LISBON", "dateline")

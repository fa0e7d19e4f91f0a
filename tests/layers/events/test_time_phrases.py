"""A phrase of time is no prepositional argument of a verb (issue 21, precision, h29-fresh):
"on Friday" tells when a party called, not whom it called on; and calling off a search ends the
searchers' own operation, no concession to a party."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2019-09-04"


def codes(doc: Document) -> set[str]:
    return {e.cameo or "" for e in doc.events}


def test_a_day_after_call_is_no_appeal(read) -> None:
    doc = read("The mayor phoned the grieving parents, then called the fire chief on Monday.")
    assert not any(c.startswith("02") for c in codes(doc))
    doc = read("The governor called a special session of the assembly on Thursday night.")
    assert not any(c.startswith("02") for c in codes(doc))
    # an appeal stays, whatever day it was made on
    doc = read("The premier called on Tuesday for calm in the northern provinces.")
    assert any(c.startswith("02") for c in codes(doc))
    doc = read("The interior minister called on residents to stay indoors.")
    assert any(c.startswith("02") for c in codes(doc))


def test_calling_off_a_search_is_no_concession(read) -> None:
    doc = read("Navy divers called off their search for the missing trawler crew late on Sunday.")
    assert codes(doc) == set()
    doc = read("The Coast Guard called off the search for two fishermen.")
    assert codes(doc) == set()
    # calling off an operation against a party, or talks with it, stays
    doc = read("The army called off the operation against the rebels.")
    assert any(c.startswith("08") for c in codes(doc))
    doc = read("The government called off the talks with the rebels.")
    assert any(c.startswith("12") for c in codes(doc))

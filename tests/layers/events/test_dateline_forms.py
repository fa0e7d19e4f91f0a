"""A dateline however its dash was written: a news agency's name ends it whatever mark an
encoding left there (docs/coding-guide.md, 4)."""

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

"""Blocking a party from doing something keeps it from acting (a veto, a ruling, a
restriction): no obstruction of passage by protesters (CAMEO 144, PLOVER PROTEST)."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2018-05-10"


def types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover}


def test_blocking_a_party_from_acting_is_no_protest(read) -> None:
    doc = read("The High Court blocked the mining firm from closing its plants in the north.")
    assert "PROTEST" not in types(doc)
    doc = read("Officials in Beijing have blocked reporters from visiting the jailed activist.")
    assert "PROTEST" not in types(doc)


def test_protesters_blocking_trucks_from_entering_still_protest(read) -> None:
    doc = read("Hundreds of protesters blocked trucks from entering the port on Monday.")
    assert "PROTEST" in types(doc)

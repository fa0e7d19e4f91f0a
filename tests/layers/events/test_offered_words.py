"""Offering words or knowledge (advice, analysis, insights, remarks) is saying something, no
offer of a deal, aid or talks (CAMEO 03, PLOVER AGREE)."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2016-09-20"


def types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover}


def test_offering_advice_or_analysis_is_no_offer(read) -> None:
    doc = read("Senator Ron Walsh offered some blunt advice to Governor Ellen Park on Monday.")
    assert "AGREE" not in types(doc)
    doc = read("In offering his analysis of the race, the pollster Dan Reyes told reporters.")
    assert "AGREE" not in types(doc)


def test_offering_talks_or_aid_stays_an_offer(read) -> None:
    doc = read("Iran offered talks to the United States on Friday.")
    assert "AGREE" in types(doc)

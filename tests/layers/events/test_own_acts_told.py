"""A state saying that it did an act tells the act: the act is the event, asserted, with the
state its source; the claim itself (CAMEO 015) is not coded (docs/coding-guide.md section 1).
A state saying that another did it still accuses the other (112)."""

from __future__ import annotations

from newsevents.records import Document

from .parties import coded, typed

PUBLISHED = "2023-04-12"


def assaults(doc: Document) -> list[tuple[str, list[str], list[str]]]:
    return typed(doc, "ASSAULT")


def test_a_state_telling_its_own_strike_tells_the_strike(read) -> None:
    for text in (
        "Norway said it shot down a Swedish drone near the border on Monday.",
        "Peru said it bombed rebel camps in Bolivia last week.",
        "Norway said its forces shot down a Swedish drone on Monday.",
    ):
        doc = read(text)
        found = assaults(doc)
        assert any(a == ["Norway"] or a == ["Peru"] for _, a, _ in found), (text, found)
        assert not coded(doc, "015"), (text, [e.cameo for e in doc.events])
        assert not coded(doc, "112"), (text, [e.cameo for e in doc.events])
        assert all(e.modality == "asserted" for e in doc.events if e.plover == "ASSAULT")


def test_a_state_telling_anothers_strike_accuses_it(read) -> None:
    doc = read("Norway said Sweden shot down a Norwegian drone on Monday.")
    assert coded(doc, "112"), [(e.cameo, e.trigger.text) for e in doc.events]


def test_a_state_saying_it_will_strike_threatens(read) -> None:
    doc = read("Norway said it would bomb rebel camps in Sweden.")
    assert not assaults(doc), assaults(doc)
    assert not coded(doc, "015"), [e.cameo for e in doc.events]

"""Attacks and police acts: whom a light verb's doer acts for ("on behalf of") is no target."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2020-01-10"


def names(doc: Document, ids: tuple[str, ...]) -> list[str]:
    ents = {e.id: e for e in doc.entities}
    return [ents[i].name for i in ids]


def test_one_acted_for_is_no_target_of_the_light_verb(read) -> None:
    doc = read("The mayor filed a lawsuit against Governor Smith on behalf of the City Council.")
    ev = next(e for e in doc.events if e.plover == "ACCUSE")
    assert names(doc, ev.recipients) == ["Smith"]

"""Requests and support told as nouns (issue 21, event recall): whose "of" phrase names the one
who asks or supports, and whose does not."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2019-11-20"


def parties(doc: Document, plover: str) -> list[tuple[list[str], list[str]]]:
    names = {e.id: e.name for e in doc.entities}
    return [
        ([names[a] for a in e.actors], [names[r] for r in e.recipients])
        for e in doc.events
        if e.plover == plover
    ]


def test_the_request_of_a_party_names_who_asks(read) -> None:
    doc = read(
        "The governor dissolved the assembly at the request of President Emmanuel Macron on Monday."
    )
    assert any("Emmanuel Macron" in actors for actors, _ in parties(doc, "REQUEST")), parties(
        doc, "REQUEST"
    )


def test_the_support_of_a_party_names_who_supports(read) -> None:
    doc = read("The plan won the support of the Teamsters union and of Ford Motor Company.")
    assert any(any("Teamsters" in n for n in actors) for actors, _ in parties(doc, "SUPPORT"))


def test_an_of_phrase_after_a_possessor_or_in_support_of_is_whom_it_is_about(read) -> None:
    doc = read("Thousands of students marched in Paris in support of Emmanuel Macron.")
    assert not any("Emmanuel Macron" in actors for actors, _ in parties(doc, "SUPPORT"))
    doc = read("Germany repeated its support of Emmanuel Macron on Monday.")
    assert not any("Emmanuel Macron" in actors for actors, _ in parties(doc, "SUPPORT"))

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


def test_a_request_that_a_party_complies_with_or_grants_is_made_on_that_party(read) -> None:
    doc = read("Germany granted the request of Poland for more tanks on Tuesday.")
    assert (["Poland"], ["Germany"]) in parties(doc, "REQUEST"), parties(doc, "REQUEST")
    doc = read("The Dutch cabinet will comply with the request of Chancellor Olaf Scholz.")
    assert any(
        any("Olaf Scholz" in a for a in actors) and any("Dutch" in r for r in recips)
        for actors, recips in parties(doc, "REQUEST")
    ), parties(doc, "REQUEST")


def test_a_request_granted_in_the_passive_names_no_answerer(read) -> None:
    doc = read("The request of Poland was granted by Germany on Tuesday.")
    assert not any("Germany" in recips for _, recips in parties(doc, "REQUEST"))

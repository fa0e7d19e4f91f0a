"""Parties of events whose type is right: a wrong dyad is worse than an empty one, so phrases
that say where or about what an act happened give no party."""

from __future__ import annotations

from newsevents.records import Document

from .parties import names

PUBLISHED = "2019-11-20"


def parties_of(doc: Document, trigger: str) -> list[tuple[set[str], set[str]]]:
    return [
        (names(doc, e.actors), names(doc, e.recipients))
        for e in doc.events
        if e.trigger.text.split()[-1] == trigger
    ]


def test_a_town_or_state_before_an_event_noun_is_where_it_happened_not_its_doer(read) -> None:
    doc = read("Police said the Leeds bombing had injured four shoppers on Saturday.")
    assert all("Leeds" not in actors for actors, _ in parties_of(doc, "bombing"))
    doc = read("Hundreds joined the Ohio rally against the new tax on Sunday.")
    assert all("Ohio" not in actors for actors, _ in parties_of(doc, "rally"))
    # a country there stays the doer the entity layer reads it as
    doc = read("The French sanctions against Iran took effect on Monday.")
    assert any(actors for actors, _ in parties_of(doc, "sanctions"))


def test_troops_withdrawn_or_committed_are_the_means_not_the_target(read) -> None:
    doc = read("The minister said Russia will begin withdrawing troops from Georgian territory.")
    assert parties_of(doc, "withdrawing")
    assert all(
        not any("troops" in r for r in recips) for _, recips in parties_of(doc, "withdrawing")
    )
    doc = read("Chad and Niger also committed ground troops to the mission, officials said.")
    assert all(not any("troops" in r for r in recips) for _, recips in parties_of(doc, "committed"))
    # soldiers released are those the act is done to
    doc = read("The rebels released two Nigerian soldiers on Friday.")
    assert any(recips for _, recips in parties_of(doc, "released"))

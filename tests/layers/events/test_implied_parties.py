"""Unnamed parties an agentless act implies (issue 21): a charge, a conviction or a jailing told
with no doer, in a story that happens in one country, to a party of that country, is done by that
state's prosecutors or court (docs/coding-guide.md sections 2 and 9: a null name with the
country and GOV, JUD or COP). The event names an entity standing for that party, whose mention
is the act's own words (`layers.events.implied`); the names are lexicon data (the
`implied_party` records of `ontology/data/event_lexicon.jsonl`)."""

from __future__ import annotations

from newsevents.records import Document, Entity
from newsevents.serialize import from_dict, to_dict

PUBLISHED = "2021-03-02"

OHIO = (
    "A fire destroyed a warehouse in Dayton, Ohio, on Sunday. Workers in Columbus and Toledo "
    "said the blaze began at night. "
)


def source_of(doc: Document, word: str) -> Entity | None:
    """The first actor of the event whose trigger ends in `word` (None: no actor)."""
    ents = {e.id: e for e in doc.entities}
    for ev in doc.events:
        if ev.trigger.text.split()[-1] == word:
            return ents[ev.actors[0]] if ev.actors else None
    raise AssertionError(f"no event {word!r}: {[e.trigger.text for e in doc.events]}")


def test_an_agentless_charge_in_a_one_country_story_is_the_prosecutors(read) -> None:
    doc = read(OHIO + "Gerald Whitcombe, the owner of the warehouse, was charged with arson.")
    party = source_of(doc, "charged")
    assert party is not None
    assert (party.name, party.country, party.sector) == ("prosecutors", "USA", "GOV")
    assert party.evidence == "act" and [m.text for m in party.mentions] == ["charged"]
    assert all(m.kind == "implied" for m in party.mentions)


def test_an_agentless_jailing_or_conviction_is_the_courts(read) -> None:
    doc = read(OHIO + "Gerald Whitcombe, the owner of the warehouse, was jailed in 2015.")
    party = source_of(doc, "jailed")
    assert party is not None and (party.country, party.sector) == ("USA", "JUD")


def test_a_named_prosecutor_is_still_the_doer(read) -> None:
    doc = read(
        OHIO + "Federal prosecutors in Dayton opened a case. Gerald Whitcombe, the owner of the "
        "warehouse, was charged with arson."
    )
    party = source_of(doc, "charged")
    assert party is not None and party.evidence != "act"


def test_no_implied_party_where_the_country_is_not_certain(read) -> None:
    # a story of no one country: no unnamed party
    doc = read("Gerald Whitcombe, a businessman, was charged with arson on Friday.")
    assert source_of(doc, "charged") is None
    # a foreigner, in a story of another country: whose state acts is not certain
    doc = read(OHIO + "Vladimir Orlov, a Russian businessman, was charged with arson.")
    assert source_of(doc, "charged") is None


def test_an_implied_party_survives_the_json_round_trip(read) -> None:
    doc = read(OHIO + "Gerald Whitcombe, the owner of the warehouse, was charged with arson.")
    again = from_dict(to_dict(doc))
    assert again.entities == doc.entities and again.events == doc.events
    ids = {e.id for e in doc.entities}
    assert len(ids) == len(doc.entities)
    assert all(a in ids for ev in doc.events for a in (*ev.actors, *ev.recipients))


def test_an_implied_party_is_mentioned_by_the_kept_acts_only(read) -> None:
    # the party is mentioned by the acts of the events kept only, not by acts it was found for
    # that the layer then drops ("His foreman was charged": no party named it is done to)
    doc = read(
        OHIO + "Gerald Whitcombe, the owner of the warehouse, was charged with arson. "
        "His foreman was charged with fraud. His foreman was charged with fraud."
    )
    party = source_of(doc, "charged")
    assert party is not None
    naming = [ev.trigger for ev in doc.events if party.id in ev.actors]
    assert [(m.start, m.end) for m in party.mentions] == [(t.start, t.end) for t in naming]

"""Whom a purchase is aimed at when no seller is named: the maker of the airliner bought
(layers/events/sellers.py, ontology/data/product_makers.json)."""

from __future__ import annotations

from newsevents.records import Document, Event

PUBLISHED = "2024-06-12"


def event(doc: Document, trigger: str) -> Event:
    hits = [e for e in doc.events if e.trigger.text.startswith(trigger)]
    assert hits, f"no {trigger} event in {[(e.trigger.text, e.plover) for e in doc.events]}"
    return hits[0]


def names(doc: Document, ids: tuple[str, ...]) -> set[str]:
    ents = {e.id: e for e in doc.entities}
    return {ents[i].name for i in ids}


def test_a_purchase_of_a_model_is_aimed_at_its_maker(read) -> None:
    # "Korean Air also bought 20 Dreamliners" (article gold train: -> Boeing)
    doc = read(
        "Boeing has won new orders this month. Korean Air also bought 20 Dreamliners on Monday."
    )
    ev = event(doc, "bought")
    assert names(doc, ev.actors) == {"Korean Air"}
    assert names(doc, ev.recipients) == {"Boeing"}


def test_plain_aircraft_are_bought_from_the_maker_named_before(read) -> None:
    # "Boeing has secured two large orders ... Air Canada has ordered US$6 billion in new
    # airliners" (article gold train: -> Boeing)
    doc = read(
        "Boeing has secured two large orders for new aircraft. Air Canada has ordered"
        " US$6 billion in new airliners."
    )
    ev = event(doc, "ordered")
    assert names(doc, ev.recipients) == {"Boeing"}


def test_a_purchase_of_no_aircraft_names_no_maker(read) -> None:
    # the maker of a model is a seller only for an airliner: a bare number bought is no model
    doc = read("Boeing has secured two large orders. Air Canada bought 737 buses on Monday.")
    ev = event(doc, "bought")
    assert names(doc, ev.actors) == {"Air Canada"}
    assert not ev.recipients


def test_a_deal_told_after_a_purchase_has_its_maker(read) -> None:
    # "Air Canada has ordered US$6 billion in new airliners, while Air India has signed a deal
    # for a further US$7 billion" (article gold train: both -> Boeing)
    doc = read(
        "Boeing has secured two large orders for new aircraft. Air Canada has ordered"
        " US$6 billion in new airliners, while Air India has signed a deal for a further"
        " US$7 billion."
    )
    ev = event(doc, "signed")
    assert names(doc, ev.actors) == {"Air India"}
    assert names(doc, ev.recipients) == {"Boeing"}

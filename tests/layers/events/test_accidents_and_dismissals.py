"""Event type precision (issue 21, ninth session): a vehicle's accident kills no one on purpose,
and 'fire' with a person as its object is a dismissal, not shooting."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2019-11-20"


def plover_types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover and e.modality != "negated"}


def test_a_vehicle_accident_that_kills_is_no_assault(read) -> None:
    doc = read(
        "The Airbus A330 jetliner crashed into the Atlantic Ocean in June, killing all 228 "
        "people on board."
    )
    assert "ASSAULT" not in plover_types(doc)
    # a person who crashes a party and kills, or a helicopter that fires, still assaults
    doc = read(
        "A just-fired employee of a Canadian health products company crashed the office "
        "Christmas party in Vancouver, killing the chief executive officer, police said."
    )
    assert "ASSAULT" in plover_types(doc)
    doc = read("An Israeli helicopter fired missiles at a car in Gaza, killing two militants.")
    assert "ASSAULT" in plover_types(doc)


def test_firing_a_person_named_by_a_pronoun_is_no_assault(read) -> None:
    doc = read("Charlene Kafoury fired him last Thursday because of poor performance.")
    assert plover_types(doc) == set()
    doc = read("Valerie Smith was a literary agent. Many of her clients fired her.")
    assert plover_types(doc) == set()
    # shooting at a person, or shells fired, stays an assault
    doc = read("Police fired tear gas at protesters in Cairo.")
    assert plover_types(doc) == {"ASSAULT"}
    doc = read("He was fired upon by soldiers near the border.")
    assert plover_types(doc) == {"ASSAULT"}

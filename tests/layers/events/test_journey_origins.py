"""A noun of a journey ("trip", "flight", "voyage") names where it starts with "from", not who
travels (issue 21, precision): "a visit from the minister" is the minister's, "a trip from
Lisbon" is no visit by Lisbon. Read through the whole pipeline."""

from __future__ import annotations

from .parties import coded, named

PUBLISHED = "2019-11-20"


def test_trip_from_a_town_is_no_visit_by_the_town(read) -> None:
    assert coded(read("The nine-hour trip from Lisbon to Madrid stops in Badajoz."), "04") == []
    assert coded(read("It is a 20-hour flight from Canada to Vietnam."), "04") == []


def test_traveller_of_a_trip_from_a_place_is_still_its_possessor(read) -> None:
    doc = read("The French president's trip from Paris to Beijing was cut short on Monday.")
    [trip] = coded(doc, "042")
    assert named(doc, trip.actors) == ["French president"]
    assert "Paris" not in named(doc, trip.actors + trip.recipients)


def test_visit_from_a_person_keeps_the_visitor(read) -> None:
    doc = read("Kenya's president received a visit from Chinese Foreign Minister Wang Yi.")
    assert any("Wang Yi" in named(doc, e.actors) for e in coded(doc, "04"))

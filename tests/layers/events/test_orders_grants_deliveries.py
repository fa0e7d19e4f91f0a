"""Event recall, sixteenth round (issue 21): a firm's order from another firm, a double object
the parser reads as an apposition, and the day of a series told before its acts one by one."""

from __future__ import annotations

from .parties import first, named

PUBLISHED = "2020-02-21"  # a Friday


def test_an_order_from_a_firm_is_a_deal_with_whoever_announces_or_receives_it(read) -> None:
    doc = read("On Saturday, Boeing announced 35 new orders from German airline Air Berlin.")
    ev = first(doc, "announced")  # "announced [an order]" tells the act (trigger with its verb)
    assert (ev.cameo, ev.plover) == ("061", "COOPERATE")
    assert named(doc, ev.actors) == ["Air Berlin"]
    assert named(doc, ev.recipients) == ["Boeing"]
    # orders from a government or a ministry are commands, no deal
    doc = read("The soldiers received orders from the Interior Ministry.")
    assert all(e.plover != "COOPERATE" for e in doc.events)


def test_a_double_object_read_as_an_apposition_is_still_what_is_given(read) -> None:
    doc = read(
        "President Donald Trump granted Angela Ronae Stanton a full and unconditional pardon."
    )
    ev = first(doc, "granted")
    assert (ev.cameo, ev.plover) == ("081", "CONCEDE")
    assert named(doc, ev.recipients) == ["Angela Ronae Stanton"]
    # an apposition proper, set off by a comma, is no second object
    doc = read("Ford will offer Tina McKenzie, a former member, the post.")
    assert all(e.cameo != "081" for e in doc.events)


def test_an_act_of_a_series_told_with_its_day_takes_that_day(read) -> None:
    doc = read(
        "On Tuesday, President Donald Trump issued seven pardons. "
        "President Trump granted Angela Ronae Stanton a full and unconditional pardon."
    )
    ev = first(doc, "granted")
    assert ev.date is not None and ev.date.value == "2020-02-18"
    # with no series told before, the act keeps no day
    doc = read(
        "President Donald Trump granted Angela Ronae Stanton a full and unconditional pardon."
    )
    assert first(doc, "granted").date is None


def test_an_airliner_delivered_to_a_party_is_its_makers_deal(read) -> None:
    doc = read(
        "The first A380 superjumbo, made by Airbus, was delivered today to Singapore Airlines."
    )
    ev = first(doc, "delivered")
    assert (ev.cameo, ev.plover) == ("061", "COOPERATE")
    assert named(doc, ev.actors) == ["Airbus"]
    assert named(doc, ev.recipients) == ["Singapore Airlines"]
    # delivered to no one named: no event
    assert not read("The first Airbus A380 jets will be delivered in 2014.").events


def test_an_act_retold_in_the_next_sentence_takes_the_place_it_gives(read) -> None:
    doc = read(
        "The first A380 superjumbo, made by Airbus, was delivered today to Singapore Airlines. "
        "After the plane was delivered in Singapore, it was flown to Toulouse, France."
    )
    ev = first(doc, "delivered")
    assert ev.location is not None and ev.location.name == "Singapore"


def test_a_stake_bought_in_a_company_is_a_deal_with_it(read) -> None:
    doc = read("Toyota has acquired a 5% stake in Suzuki Motor.")
    ev = first(doc, "acquired")
    assert (ev.cameo, ev.plover) == ("061", "COOPERATE")
    assert named(doc, ev.actors) == ["Toyota"]
    assert named(doc, ev.recipients) == ["Suzuki Motor"]
    doc = read("In 2012, Renault bought a fifteen percent stake in Nissan.")
    ev = first(doc, "bought")
    assert (ev.cameo, ev.plover) == ("061", "COOPERATE")
    assert named(doc, ev.recipients) == ["Nissan"]
    # stakes bought in many firms are investing, and a stake sold to no one named is no deal
    assert not read("Foreign funds have bought large stakes in Japanese companies.").events
    assert not read("He made a fortune after selling his stake in the company.").events

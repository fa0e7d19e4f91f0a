"""Economic and organisational cooperation (issue 21): purchases and acquisitions of companies
told as nouns, the doer of a nominal act named beside its patient, joining a coalition;
deals struck, and a firm agreeing to be acquired (the buyer is the other party)."""

from __future__ import annotations

from .parties import first, named

PUBLISHED = "2020-02-21"


def test_a_purchase_of_a_company_is_a_deal_between_buyer_and_bought(read) -> None:
    doc = read("Two years after Microsoft's purchase of Nokia, the phone business was closed.")
    ev = first(doc, "purchase")
    assert (ev.cameo, ev.plover) == ("061", "COOPERATE")
    assert named(doc, ev.actors) == ["Microsoft"]
    assert named(doc, ev.recipients) == ["Nokia"]
    # a purchase of goods names no company bought: no deal here
    doc = read("The council approved the purchase of the old factory last week.")
    assert all(e.plover != "COOPERATE" for e in doc.events)


def test_paying_or_hiring_a_company_is_a_deal_with_it(read) -> None:
    doc = read("The Defense Ministry paid Boeing $3 million last year for spare parts.")
    ev = first(doc, "paid")
    assert (ev.cameo, ev.plover) == ("061", "COOPERATE")
    assert named(doc, ev.actors) == ["Defense Ministry"]
    assert named(doc, ev.recipients) == ["Boeing"]
    doc = read("Toyota hired consulting firm McKinsey & Company to review its plants.")
    ev = first(doc, "hired")
    assert (ev.cameo, ev.plover) == ("061", "COOPERATE")
    assert named(doc, ev.actors) == ["Toyota"]
    # hiring people or paying tribute is no deal with a party
    doc = read("Toyota hired 300 engineers in Ohio. Leaders paid tribute to the victims.")
    assert all(e.plover != "COOPERATE" for e in doc.events)
    # people in business are hired as staff, named or not; a firm named for its founders
    # stays a firm where the text calls it one
    doc = read("Mr. Hollis hired an investment banker and two lawyers to sell the mill.")
    assert all(e.plover != "COOPERATE" for e in doc.events)
    doc = read("Paramount tried to hire producers Dana Wick and Lou Brenner to run the studio.")
    assert all(e.plover != "COOPERATE" for e in doc.events)
    doc = read("Ford began the review by hiring law firm Sidley Austin.")
    assert first(doc, "hiring").plover == "COOPERATE"


def test_airliners_bought_are_no_party_their_maker_is(read) -> None:
    doc = read(
        "Airbus delivered its first A380 this year. "
        "Irish airline Aer Lingus have purchased 12 new long-haul Airbus aircraft."
    )
    ev = first(doc, "purchased")
    assert (ev.cameo, ev.plover) == ("061", "COOPERATE")
    assert named(doc, ev.actors) == ["Aer Lingus"]
    assert named(doc, ev.recipients) == ["Airbus"]


def test_striking_a_deal_concludes_it_as_reaching_one_does(read) -> None:
    doc = read("Volvo struck a deal with Ericsson on Tuesday.")
    ev = first(doc, "struck")
    # two firms: economic cooperation (057 becomes 061 between firms), not an intent (030)
    assert (ev.cameo, ev.plover) == ("061", "COOPERATE")
    assert named(doc, ev.actors) == ["Volvo"]
    assert named(doc, ev.recipients) == ["Ericsson"]
    doc = read("Peru struck an agreement with Chile on Tuesday over fishing rights.")
    ev = first(doc, "struck")
    assert (ev.cameo, ev.plover) == ("057", "SUPPORT")
    assert named(doc, ev.recipients) == ["Chile"]


def test_agreeing_to_be_acquired_names_the_buyer_as_the_other_party(read) -> None:
    doc = read("Harlow Holdings Inc. said it agreed to be acquired by Redwood Capital Corp.")
    ev = first(doc, "agreed")
    assert (ev.cameo, ev.plover, ev.modality) == ("0311", "AGREE", "future")
    assert named(doc, ev.actors) == ["Harlow Holdings Inc."]
    assert named(doc, ev.recipients) == ["Redwood Capital Corp."]

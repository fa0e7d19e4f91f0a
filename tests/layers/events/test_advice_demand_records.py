"""Event type precision (issue 21, ninth session): standing advice, market demand, published
records and one named person's sentence told twice."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2019-11-20"


def plover_types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover and e.modality != "negated"}


def test_standing_advice_to_the_public_is_no_appeal(read) -> None:
    doc = read("Moneycontrol.com advises users to check with certified experts before investing.")
    assert plover_types(doc) == set()
    doc = read(
        "The Centers for Disease Control recommends all individuals above age 6 months get a "
        "flu vaccine by the end of October."
    )
    assert plover_types(doc) == set()
    doc = read("For best performance, Google recommends wiring the Chromecast up to a LAN.")
    assert plover_types(doc) == set()
    # advice to a party, or told as an act in the past, stays an appeal
    doc = read("An email from Burkhardt & Associates advises the Secretary to release the numbers.")
    assert plover_types(doc) == {"REQUEST"}
    doc = read("The United States Embassy in Iraq advised U.S. citizens to leave the country.")
    assert plover_types(doc) == {"REQUEST"}


def test_market_demand_is_no_demand_made(read) -> None:
    doc = read(
        "Operating in response to customer demand would naturally result in the New GM "
        "producing fuel-efficient vehicles."
    )
    assert "REQUEST" not in plover_types(doc)
    doc = read("We have never had demand like that before, Mayer said.")
    assert "REQUEST" not in plover_types(doc)
    # a demand made, or demands, stay
    assert plover_types(read("Protesters' demands include the release of those arrested.")) == {
        "REQUEST"
    }


def test_a_released_record_is_published_not_a_captive_freed(read) -> None:
    doc = read("Federal prosecutors in Texas released the body camera footage on Monday.")
    assert plover_types(doc) == set()
    doc = read("The Taliban released two American hostages on Tuesday.")
    assert "RETREAT" in plover_types(doc) or "CONCEDE" in plover_types(doc)


def test_one_named_persons_sentence_told_twice_is_one_event(read) -> None:
    doc = read(
        "A federal judge jailed Paul Manafort on Wednesday for fraud. The judge sentenced Paul "
        "Manafort to 47 months in prison."
    )
    coerce = [e for e in doc.events if e.plover == "COERCE"]
    assert len(coerce) == 1
    # material conflict against groups recurs: never merged across sentences
    doc = read("Police arrested two men on Monday. Later, police arrested two men near the port.")
    assert len([e for e in doc.events if e.plover == "COERCE"]) == 2


def test_an_event_noun_naming_an_act_again_is_no_new_event(read) -> None:
    doc = read(
        "Revenues from the Trump-imposed tariffs have totaled about $63 billion through June 30, "
        "2019. How big an impact have the Trump tariffs had overall?"
    )
    assert len([e for e in doc.events if e.plover == "COERCE"]) == 1
    doc = read(
        "Sweden has dropped its investigation into a 2010 rape allegation against Julian Assange. "
        "That came seven years after he sought refuge at the mission to avoid extradition in an "
        "earlier Swedish investigation into the same rape case."
    )
    assert [e.trigger.text for e in doc.events if e.plover == "ACCUSE" and e.actors] == [
        "investigation"
    ]
    # a verb tells an act of its own
    doc = read("Police arrested five men on Monday. Police arrested five men on Friday.")
    assert len([e for e in doc.events if e.plover == "COERCE"]) == 2


def test_what_a_thing_yields_is_produced_not_conceded(read) -> None:
    doc = read("Harris said a search of the vehicle by police yielded 30 grams of methamphetamine.")
    assert "CONCEDE" not in plover_types(doc)
    doc = read("Benchmark 10-year notes last rose 7/32 in price to yield 1.786% on Monday.")
    assert plover_types(doc) == set()
    assert plover_types(read("The government yielded to pressure from protesters on Friday.")) == {
        "CONCEDE"
    }


def test_fighting_a_wrong_or_a_legal_process_is_no_assault(read) -> None:
    doc = read("London has been fighting dirty air since the 14th century.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("Assange is battling extradition to the United States.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("Kurdish forces are fighting against the Islamic State in northern Syria.")
    assert plover_types(doc) == {"ASSAULT"}

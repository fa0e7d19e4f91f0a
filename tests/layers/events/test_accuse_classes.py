"""ACCUSE triggers the lexicon lacked (issue 21, h16-accuse; disapproval felt or expressed:
"was disappointed by", "expressed outrage", h22): verbs of criticism ("assailed",
"scolded", "hit out at", "spoke out against"), going to court against a party ("filed suit",
"court case against", "legal proceedings", "petitioned the court") and a court finding an act
unlawful ("ruled illegal", "finding it to be unlawful"), each with its negated or other-sense
counterpart that codes nothing."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2020-02-20"


def coded(doc: Document) -> dict[str, tuple[str | None, str | None]]:
    return {e.trigger.text: (e.cameo, e.plover) for e in doc.events}


def names(doc: Document, ids: tuple[str, ...]) -> list[str]:
    ents = {e.id: e.name for e in doc.entities}
    return [ents[i] for i in ids]


def test_verbs_of_criticism_criticise_their_object(read) -> None:
    doc = read("The French president publicly scolded the Italian government.")
    assert coded(doc).get("scolded") == ("111", "ACCUSE")
    doc = read("The Indian National Congress castigated the BJP for encouraging communal forces.")
    assert coded(doc).get("castigated") == ("111", "ACCUSE")


def test_hitting_out_at_a_party_criticises_it_and_other_hits_do_not(read) -> None:
    doc = read("The BJP on Friday hit out at Congress for not allowing Advani to speak.")
    event = next(e for e in doc.events if e.trigger.text == "hit out")
    assert (event.cameo, event.plover) == ("111", "ACCUSE")
    assert names(doc, event.recipients) == ["Congress"]
    doc = read(
        "Australian batsman Matthew Hayden has vowed to hit New Zealand bowlers out of the attack."
    )
    assert not any(e.plover == "ACCUSE" for e in doc.events)


def test_speaking_out_against_a_party_criticises_it(read) -> None:
    doc = read("The Pope spoke out against the Russian government on Sunday.")
    assert coded(doc).get("spoke out") == ("111", "ACCUSE")


def test_going_to_court_against_a_party_is_suing_it(read) -> None:
    doc = read("Greenpeace filed suit in San Francisco against the Interior Department.")
    assert coded(doc).get("filed suit") == ("115", "ACCUSE")
    doc = read("The Beatles' label Apple Corps lost its court case against Apple Computer.")
    assert coded(doc).get("case") == ("115", "ACCUSE")
    doc = read("The court had been petitioned by Joanna Cherry of the Scottish National Party.")
    assert coded(doc).get("petitioned") == ("115", "ACCUSE")
    doc = read("Other airlines are expected to follow suit, Ryanair said.")
    assert not any(e.cameo == "115" for e in doc.events)
    doc = read("Apple Computer made the case for new software, Steve Jobs said.")
    assert not any(e.cameo == "115" for e in doc.events)


def test_a_court_finding_an_act_unlawful_finds_a_party_in_the_wrong(read) -> None:
    doc = read("A recent face mask ban was ruled illegal by the Hong Kong court system on Monday.")
    assert coded(doc).get("ruled") == ("116", "ACCUSE")
    doc = read(
        "The Court of Session in Scotland issued an opinion on the suspension of the Parliament, "
        "finding it to be unlawful."
    )
    assert coded(doc).get("finding") == ("116", "ACCUSE")
    doc = read("The Supreme Court ruled that the ban was not unconstitutional.")
    assert not any(e.cameo == "116" for e in doc.events)


def test_appealing_a_decision_goes_to_court_and_appealing_for_calm_asks(read) -> None:
    doc = read("Hillary Clinton said she would appeal the decision of the Supreme Court.")
    assert coded(doc).get("appeal") == ("115", "ACCUSE")
    doc = read("President Obama appealed for national unity.")
    assert coded(doc).get("appealed") == ("020", "REQUEST")
    doc = read("Kofi Annan appealed to Israel and the Palestinians to end the violence.")
    assert coded(doc).get("appealed") == ("020", "REQUEST")


def test_an_act_a_court_finds_unlawful_keeps_its_own_event(read) -> None:
    doc = read("The government's ban on masks was declared illegal by the High Court.")
    assert coded(doc).get("ban") == ("172", "COERCE")
    assert coded(doc).get("declared") == ("116", "ACCUSE")
    doc = read("The opposition condemned the government's ban on masks.")
    assert "ban" not in coded(doc)


def test_critics_saying_a_party_failed_criticise_it(read) -> None:
    doc = read(
        "The minister defended the budget on Tuesday. Critics say the government has failed to"
        " fund the schools."
    )
    event = next(e for e in doc.events if e.trigger.text == "say")
    assert (event.cameo, event.plover) == ("111", "ACCUSE")
    assert names(doc, event.actors) == ["Critics"]
    assert names(doc, event.recipients) == ["the government"]
    critics = next(e for e in doc.entities if e.name == "Critics")
    assert (critics.country, critics.sector) == (None, "CVL")


def test_critics_of_a_film_accuse_no_one(read) -> None:
    doc = read("Critics say the new film is the best of the year.")
    assert not any(e.plover == "ACCUSE" for e in doc.events)
    doc = read("Officials say the government has failed to fund the schools.")
    assert not any(e.trigger.text == "say" for e in doc.events)


def test_one_disappointed_by_a_party_disapproves_of_it(read) -> None:
    doc = read(
        "A State Department spokesperson said the United States was disappointed by the Iraqi"
        " Parliament's decision."
    )
    event = next(e for e in doc.events if e.trigger.text == "disappointed")
    assert (event.cameo, event.plover) == ("110", "ACCUSE")
    assert names(doc, event.actors) == ["United States"]
    assert names(doc, event.recipients) == ["Iraqi Parliament"]
    doc = read("Boeing said it was disappointed by the Air Force decision to award the contract.")
    event = next(e for e in doc.events if e.trigger.text == "disappointed")
    assert names(doc, event.actors) == ["Boeing"]


def test_a_party_that_disappoints_others_disapproves_of_no_one(read) -> None:
    doc = read("The new phone from Apple disappointed investors in China with its price.")
    assert not any(e.plover == "ACCUSE" for e in doc.events)
    doc = read("Fans of the team were disappointed by the result on Sunday.")
    assert not any(e.plover == "ACCUSE" for e in doc.events)


def test_expressed_outrage_and_dismay_disapprove_where_sorrow_does_not(read) -> None:
    doc = read("The European Union expressed dismay at Israel's decision to build new settlements.")
    event = next(e for e in doc.events if e.trigger.text.startswith("expressed"))
    assert (event.cameo, event.plover) == ("110", "ACCUSE")
    assert names(doc, event.recipients) == ["Israel"]
    doc = read(
        "Lawmakers in the United States Congress expressed outrage over the prison's failures."
    )
    assert coded(doc).get("expressed") == ("110", "ACCUSE")
    doc = read("The Indian government expressed sorrow over the deaths of the pilgrims.")
    assert coded(doc).get("expressed") == ("018", None)


def test_facing_criticism_from_a_party_is_being_criticised_by_it(read) -> None:
    doc = read(
        "The Chinese government has faced criticism from human rights groups over its treatment"
        " of Uyghurs."
    )
    event = next(e for e in doc.events if e.trigger.text == "faced")
    assert (event.cameo, event.plover) == ("111", "ACCUSE")
    assert names(doc, event.actors) == ["human rights groups"]
    assert names(doc, event.recipients) == ["Chinese government"]
    doc = read("Boeing faces a backlash from airlines after the crash.")
    event = next(e for e in doc.events if e.trigger.text == "faces")
    assert names(doc, event.recipients) == ["Boeing"]
    doc = read("The team faced Brazil in the final on Sunday.")
    assert not any(e.plover == "ACCUSE" for e in doc.events)

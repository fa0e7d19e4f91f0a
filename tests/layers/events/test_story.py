"""The story's place and day: a later report of the incident an article tells (a protest, an
arrest, an assault, fighting) whose sentence names no place or no day takes those the article
last gave the incident (docs/coding-guide.md, 4: "from the same event's report elsewhere in the
article"); a background event, another kind of event, or a sentence naming another place does
not."""

from __future__ import annotations

import pytest

from newsevents.records import Document, Event

PUBLISHED = "2019-10-05"  # a Saturday

LEAD = (
    "On Thursday at the headquarters of the Paris Police Prefecture in Paris, an IT worker went"
    " on a stabbing spree, killing four people. A fifth person was hospitalized."
)


def event(doc: Document, trigger: str) -> Event:
    hits = [e for e in doc.events if e.trigger.text.split()[0] == trigger]
    assert hits, f"no {trigger!r} event in {[e.trigger.text for e in doc.events]}"
    return hits[-1]


def test_a_later_report_of_the_incident_takes_the_leads_place_and_day(read) -> None:
    doc = read(LEAD + " The attacker was shot dead by police.")
    ev = event(doc, "shot")
    assert ev.location is not None and ev.location.evidence == "story"
    assert "Paris" in ev.location.name
    assert ev.date is not None and ev.date.value == "2019-10-03"
    assert ev.date.evidence == "story"


def test_a_sentence_saying_where_it_took_place_places_the_story(read) -> None:
    doc = read(
        "Police fired a live round at a protester yesterday, the first time in sixteen weeks of"
        " protests. The shooting took place in the Tsuen Wan district. Later the police fired"
        " tear gas at protesters."
    )
    ev = event(doc, "fired")
    assert ev.location is not None and ev.location.name == "Tsuen Wan"


def test_a_report_of_another_place_or_the_background_keeps_none(read) -> None:
    doc = read(LEAD + " In 2015, gunmen attacked the offices of a magazine.")
    assert event(doc, "attacked").location is None
    doc = read(LEAD + " Police had arrested the attacker.")  # the pluperfect: before the story
    ev = event(doc, "arrested")
    assert ev.location is None and ev.date is None
    doc = read(LEAD + " Protesters clashed with riot police in Marseille.")
    loc = event(doc, "clashed").location
    assert loc is not None and loc.name == "Marseille"


def test_an_event_of_another_kind_takes_no_story_place(read) -> None:
    doc = read(LEAD + " The mayor praised the officers.")
    assert event(doc, "praised").location is None


def test_a_place_below_the_words_saying_it_occurred_places_the_story(read) -> None:
    doc = read(
        "A doctor was stabbed to death on Tuesday, Kan reported on Wednesday. The stabbing"
        " occurred during a presentation led by the doctor at the Schlosspark-Klinik in Berlin."
        " Police arrested a 57-year-old man."
    )
    loc = event(doc, "arrested").location
    assert loc is not None and loc.evidence == "story"
    assert loc.name in ("Berlin", "Schlosspark-Klinik")


def test_a_story_told_at_a_site_in_a_city_is_carried_at_the_city_to_later_reports(read) -> None:
    """ "The stabbing occurred during a presentation led by von Weizsäcker at the
    Schlosspark-Klinik in Berlin" (a Times of Israel page): the stabbing told before is at the
    clinic, the arrest told after is in Berlin (the article gold); the parser hangs the site
    on the presenter, five words below "occurred"."""
    doc = read(
        "The son of former German President Richard von Weizsäcker, Fritz Eckart von Weizsäcker"
        " was stabbed to death, while another man was critically injured in an attempt to stop"
        " the assailant, Kan reported on Wednesday. The stabbing occurred during a presentation"
        " led by von Weizsäcker at the Schlosspark-Klinik in Berlin, where he worked as a chief"
        " physician. Police arrested a 57-year-old man suspect of committing the assassination."
    )
    stabbed = event(doc, "stabbed").location
    assert stabbed is not None and stabbed.name == "Schlosspark-Klinik"
    arrested = event(doc, "arrested").location
    assert arrested is not None and arrested.name == "Berlin" and arrested.evidence == "story"


def test_an_event_told_in_an_occasion_told_before_takes_the_storys_place(read) -> None:
    """ "In his speech, the Prime Minister applauded" after the landing "at Singapore's Changi
    International Airport" (MEANTIME); "In his keynote address Gusenbauer has issued heavy
    criticism" after "reelected ... at the party's convention in Vienna" (Wikinews)."""
    doc = read(
        "Alfred Gusenbauer has been reelected as leader of the Austrian Social Democrat Party at"
        " the party's convention in Vienna. In his keynote address Gusenbauer has issued heavy"
        " criticism at the current Austrian government led by chancellor Wolfgang Schuessel."
    )
    loc = event(doc, "issued").location
    assert loc is not None and loc.name == "Vienna" and loc.evidence == "story"
    doc = read(
        "Alfred Gusenbauer has been reelected as leader of the Austrian Social Democrat Party at"
        " the party's convention in Vienna. In a later speech Gusenbauer has issued heavy"
        " criticism at the current Austrian government led by chancellor Wolfgang Schuessel."
    )
    assert event(doc, "issued").location is None


BELGRADE = (
    " Anti-government protests have been taking place since Tuesday in the Serbian capital"
    " Belgrade after the government announced new lockdown measures."
)


def test_an_incident_told_before_the_article_places_it_takes_that_place(read) -> None:
    doc = read(
        "Friday night was the fourth night in a row that Serbians protested. Police director"
        " Vladimir Rebic said at least 71 people were arrested Friday night." + BELGRADE
    )
    for trigger in ("protested", "arrested"):
        loc = event(doc, trigger).location
        assert loc is not None and loc.name == "Belgrade" and loc.evidence == "story"


def test_the_place_reaches_back_only_a_few_sentences_and_not_past_a_placed_lead(read) -> None:
    far = " The opposition met on Saturday. Ministers spoke on Sunday. Nothing changed."
    doc = read("Serbians protested against the government." + far + BELGRADE)
    assert event(doc, "protested").location is None
    doc = read(LEAD + " Police arrested a man." + BELGRADE.replace("Belgrade", "Lyon"))
    loc = event(doc, "arrested").location
    assert loc is not None and "Paris" in loc.name


def test_a_charge_takes_no_place_from_the_story(read) -> None:
    # a charge belongs to the story's legal course, not its incident: the article gold leaves
    # charges its sentence does not place unplaced (`storyless_lemmas`); an arrest is placed
    doc = read(LEAD + " Prosecutors charged the attacker's brother with complicity.")
    assert event(doc, "charged").location is None
    doc = read(LEAD + " Police arrested the attacker's brother.")
    loc = event(doc, "arrested").location
    assert loc is not None and loc.evidence == "story"


def test_facing_a_charge_takes_no_place_from_the_story(read) -> None:
    # to face a charge is to be charged (the lexicon's frames of "face"): the story's legal
    # course, not its incident (`storyless_lemmas`)
    doc = read(LEAD + " Karim Haddad, the attacker's brother, faces two charges of complicity.")
    ev = event(doc, "faces")
    assert ev.plover == "COERCE" and ev.location is None


def test_a_story_told_at_a_street_is_carried_at_its_city(read) -> None:
    """ "rallied at Freedom Plaza in the US capital city of Washington, DC ... twenty people
    were arrested" (Wikinews): the later report is in Washington; the act of the street's own
    sentence stays at the street; a city's police acts in its city ("Officers from the Columbus
    Police Department conducted a traffic stop near Seventh Street", a Columbus police report)."""
    doc = read(
        "Violence broke out on Saturday when several thousand people rallied at Freedom Plaza in"
        " the US capital city of Washington, DC in support of President Donald Trump. The"
        " demonstrations were initially peaceful. Police arrested twenty people."
    )
    rallied = event(doc, "rallied").location
    assert rallied is not None and rallied.name == "Freedom Plaza"
    arrested = event(doc, "arrested").location
    assert arrested is not None and arrested.name == "Washington, DC"
    assert arrested.evidence == "story"
    doc = read(
        "Police arrested six people Monday during a narcotics investigation. Officers from the"
        " Columbus Police Department conducted a traffic stop near Seventh Street and Central"
        " Avenue and later arrested Elizabeth A. Burton, 32, after locating methamphetamine in"
        " her car, said Lt. Matt Harris."
    )
    summary = next(e for e in doc.events if e.sentence == 0).location
    assert summary is not None and summary.name == "Columbus"
    own = [e.location for e in doc.events if e.sentence == 1 and e.trigger.text == "arrested"]
    assert own and own[0] is not None and own[0].name == "Seventh Street"


def test_a_story_at_a_street_of_no_named_city_stays_at_the_street(read) -> None:
    doc = read(
        "Police arrested six people Monday during a narcotics investigation. Officers conducted a"
        " traffic stop near Seventh Street and Central Avenue and arrested Elizabeth A. Burton,"
        " 32, after locating methamphetamine in her car."
    )
    summary = next(e for e in doc.events if e.sentence == 0).location
    assert summary is not None and summary.name == "Seventh Street"


def test_a_city_state_holds_its_districts(read) -> None:
    # GeoNames: Mong Kok (HKG, KYT) lies inside Hong Kong, a city-state (its one city holds
    # its people): naming Hong Kong beside a story told in Mong Kok names no other city
    doc = read(
        "Police fired tear gas at protesters on Thursday. The clashes took place in the Mong Kok"
        " district. As protests in Hong Kong grew, police arrested twenty people."
    )
    loc = event(doc, "arrested").location
    assert loc is not None and loc.name == "Mong Kok"
    doc = read(
        "Police fired tear gas at protesters on Thursday. The clashes took place in the Mong Kok"
        " district. In other parts of the city, police arrested twenty people."
    )
    loc = event(doc, "arrested").location  # "the city" is Hong Kong, not its district
    assert loc is not None and loc.name == "Hong Kong" and loc.country == "HKG"


def test_the_city_of_a_story_outside_a_city_state_is_no_place(read) -> None:
    doc = read(
        "Police fired tear gas at protesters on Thursday. The clashes took place in Marseille."
        " In other parts of the city, police arrested twenty people."
    )
    loc = event(doc, "arrested").location
    assert loc is not None and loc.name == "Marseille"


def test_a_city_state_is_a_city_holding_most_of_its_countrys_people() -> None:
    from newsevents.layers.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert [gaz.city_state(c).name for c in ("HKG", "SGP", "MAC", "MCO")] == [  # type: ignore[union-attr]
        "Hong Kong",
        "Singapore",
        "Macau",
        "Monaco",
    ]
    assert gaz.city_state("LUX") is None and gaz.city_state("FRA") is None


def test_an_act_referred_to_by_a_possessive_takes_no_story_place(read) -> None:
    # "criticism for his travel ban" (GUM), "after his arrest": a reference, not a report
    doc = read(LEAD + " Police arrested the attacker. He was humiliated after his arrest.")
    arrests = [e for e in doc.events if e.trigger.text.startswith("arrest")]
    assert arrests[0].location is not None
    assert all(e.location is None for e in arrests[1:])


def test_a_report_long_after_the_story_was_last_placed_takes_no_story_place(read) -> None:
    # a long article moves on to other threads: a report thirteen sentences after the story was
    # last placed is not told at its place, one a few sentences after is
    filler = " ".join(f"The hospital gave an update on patient number {n}." for n in range(13))
    near = read(LEAD + " The attacker was shot dead by police.")
    assert event(near, "shot").location is not None
    far = read(LEAD + " " + filler + " The attacker was shot dead by police.")
    assert event(far, "shot").location is None


def test_acts_told_over_a_span_reaching_now_take_no_story_place(read) -> None:
    # "so far this year", "in recent days", "since 1991", a perfect with "this year": many acts
    # summed up, background to the story, not its incident
    doc = read(LEAD + " This year, police have arrested nearly 100 protesters.")
    assert event(doc, "arrested").location is None
    doc = read(LEAD + " Police have arrested 40 people so far this year.")
    assert event(doc, "arrested").location is None
    doc = read(LEAD + " Police arrested dozens of people in recent days.")
    assert event(doc, "arrested").location is None
    doc = read(LEAD + " Police arrested dozens of people within the past week.")
    assert event(doc, "arrested").location is None
    doc = read(LEAD + " Since the stabbing, police have arrested four people.")
    loc = event(doc, "arrested").location
    assert loc is not None and loc.evidence == "story"


def test_the_prepositions_of_a_span_reaching_now_come_from_the_data_file() -> None:
    from newsevents.errors import ConfigError
    from newsevents.layers.events.locations import SPAN_NOW_PREPS
    from newsevents.ontology.reading import check_shape, event_circumstances

    words = event_circumstances()
    assert {"in", "over", "during", "within"} <= SPAN_NOW_PREPS
    assert set(words["span_to_now_prepositions"]) == SPAN_NOW_PREPS
    with pytest.raises(ConfigError, match="span_to_now_prepositions"):
        check_shape(
            "event_circumstances.json",
            {k: v for k, v in words.items() if k != "span_to_now_prepositions"},
        )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the parser names "Heraklion" an organisation, "Abuja" a person
        (
            "On Thursday riot police clashed with protesters in Patras, killing one. In"
            " Heraklion, about 5,000 people marched against the cuts.",
            "marched",
        ),
        (
            "On Thursday riot police clashed with protesters in Lagos, killing one. Supporters"
            " of the general began a rally in the capital, Abuja, to back him.",
            "began",
        ),
    ],
)
def test_a_report_in_a_place_the_parser_misnamed_takes_no_story_place(
    read, text: str, trigger: str
) -> None:
    doc = read(text)
    assert event(doc, "clashed").location is not None
    assert event(doc, trigger).location is None

"""Where an event happened: a place phrase of its own clause, or the dateline for the events of
the dateline's own story; never the article's first place by default (docs/coding-guide.md, 4)."""

from __future__ import annotations

from .parties import first, place

PUBLISHED = "2019-11-20"  # a Wednesday


# -- (a) a place phrase of the event's own clause ----------------------------------------------


def test_the_object_of_a_visit_and_a_place_on_the_act_governed_are_the_event_place(read) -> None:
    doc = read("The senator visited the border near El Paso, Texas, on Monday.")
    assert place(first(doc, "visited")) == ("El Paso", "sentence")
    doc = read(
        "Officers from the Columbus Police Department conducted a traffic stop near Main"
        " Street and later arrested a man after finding drugs in his car."
    )
    assert place(first(doc, "arrested"))[0] == "Main Street"


def test_the_place_of_an_ing_clause_without_a_subject_is_the_events(read) -> None:
    # its subject is the main clause's: what it did there ("after stopping his vehicle near")
    doc = read(
        "Police officers arrested Christopher L. Tays after stopping his vehicle near 17th Street"
        " and Gladstone Avenue."
    )
    assert place(first(doc, "arrested"))[0] in ("17th Street", "Gladstone Avenue")
    # a clause with a subject of its own, or a motion's goal, is not the event's place
    doc = read("Police detained him while his brother was walking in Tahrir Square.")
    assert place(first(doc, "detained")) == (None, None)
    doc = read("Police detained Ali before flying to Paris.")
    assert place(first(doc, "detained")) == (None, None)


def test_the_place_of_the_act_an_event_is_about_is_not_the_events(read) -> None:
    # an "-ing" clause under "for" or "of" tells the act reproached, done by the object
    doc = read(
        "On Monday, Russian officials criticised Ukraine for holding naval drills with NATO in"
        " the Black Sea."
    )
    assert place(first(doc, "criticised")) == (None, None)
    doc = read("On Monday, the opposition accused the army of shelling villages near Idlib.")
    assert place(first(doc, "accused")) == (None, None)
    doc = read("On Monday, police arrested two men after finding weapons in a warehouse in Leeds.")
    assert place(first(doc, "arrested")) == ("Leeds", "sentence")


def test_the_place_of_a_party_the_event_happens_with_or_before_is_its_place(read) -> None:
    doc = read(
        "Bureau of Prisons Director Kathleen Hawk Sawyer testified before the Senate Judiciary"
        " Committee in Washington."
    )
    assert place(first(doc, "testified"))[0] == "Washington"
    doc = read("Protesters clashed with riot police in Ottawa on Tuesday.")
    assert place(first(doc, "clashed"))[0] == "Ottawa"
    # a thing's place is not the event's: no party
    doc = read("The court charged him with war crimes in Darfur.")
    assert place(first(doc, "charged")) == (None, None)
    # the agent of a passive is a party present at the event
    doc = read("The journalist was detained by security forces in Tehran in 2018.")
    assert place(first(doc, "detained"))[0] == "Tehran"


def test_a_city_or_division_modifying_the_place_noun_or_the_event_noun_is_its_place(read) -> None:
    doc = read("On Monday in Ohio's Franklin County criminal court, a judge sentenced the man.")
    assert place(first(doc, "sentenced"))[0] == "Franklin County"
    # (the town names where the bombing was, not who bombed: the noun has no party of its own
    # and is no event by itself; the killing it caused is placed there)
    doc = read("A Baghdad car bombing killed twelve people on Sunday.")
    assert doc.events and all(place(e)[0] == "Baghdad" for e in doc.events)
    # a country modifying a noun is a party, not the place
    doc = read("Three fighters were killed in a U.S. airstrike on Sunday.")
    assert all(place(e) == (None, None) for e in doc.events)


def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_place(read) -> None:
    doc = read("Rebels attacked a convoy in Mali, and France condemned the attack.")
    assert place(first(doc, "attacked"))[0] == "Mali"
    assert place(first(doc, "condemned")) == (None, None)
    # a conjoined verb of the same subject shares the place
    doc = read("Protesters clashed with police in Cairo and were arrested.")
    assert place(first(doc, "arrested"))[0] == "Cairo"


def test_the_site_of_a_siege_is_its_place_when_named(read) -> None:
    doc = read("Kabul University was besieged by police, who fired tear gas at students.")
    assert place(first(doc, "besieged"))[0] == "Kabul University"
    assert place(first(doc, "fired"))[0] == "Kabul University"
    doc = read("Police laid siege to a university and threatened to use live ammunition.")
    assert all(place(e) == (None, None) for e in doc.events)  # unnamed: no place


def test_a_sentence_without_a_place_gets_none_without_a_dateline(read) -> None:
    doc = read(
        "Police in Berlin said a man was stabbed on Tuesday.\n\n"
        "Police arrested a 57-year-old man on Wednesday."
    )
    assert place(first(doc, "arrested")) == (None, None)


# -- (b) the dateline places the events of its own story --------------------------------------


DATELINE_STORY = (
    "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China of"
    " intimidation.\n\n"
    "He urged Vietnam to push back.\n\n"
    "Esper met with several top government officials.\n\n"
    "Esper had visited the region in 2018 and accused China of coercion then.\n\n"
    "Esper said the United States will provide a ship to Vietnam.\n\n"
    "He later attacked China's policy in Manila, the Philippines.\n\n"
)


def test_the_dateline_places_later_events_of_its_story(read) -> None:
    doc = read(DATELINE_STORY)
    assert place(first(doc, "accused")) == ("HANOI", "dateline")
    assert place(first(doc, "urged")) == ("HANOI", "dateline")
    assert place(first(doc, "met")) == ("HANOI", "dateline")


def test_not_background_planned_or_elsewhere_events(read) -> None:
    doc = read(DATELINE_STORY)
    accused = [e for e in doc.events if e.trigger.text.startswith("accused")]
    assert place(accused[-1]) == (None, None)  # 2018, pluperfect: background
    assert all(place(e) == (None, None) for e in doc.events if e.modality == "future")
    attacked = [e for e in doc.events if e.trigger.text.startswith("attacked")]
    assert all(place(e)[1] != "dateline" for e in attacked)  # told in Manila


def test_a_named_site_held_by_a_city_in_the_possessive_is_in_that_city(read) -> None:
    doc = read("Dock workers rallied at Brooklyn's Barclays Center on Friday.")
    assert place(first(doc, "rallied")) == ("Brooklyn", "sentence")
    # a common noun is no site ("in Washington's view")
    doc = read("The senator criticized the plan, which is wrong in Ottawa's view.")
    assert place(first(doc, "criticized")) == (None, None)
    # a saint's church is no town's ("at St. Patrick's Cathedral")
    doc = read("Hundreds of protesters rallied at St. Patrick's Cathedral on Sunday.")
    assert place(first(doc, "rallied"))[0] in (None, "St. Patrick's Cathedral")


def test_a_site_the_gazetteer_does_not_know_takes_the_country_of_its_in_phrase(read) -> None:
    doc = read("Police detained two men at St. Paul's Cathedral in London on Sunday.")
    loc = first(doc, "detained").location
    assert loc is not None and (loc.name, loc.country) == ("St. Paul's Cathedral", "GBR")
    # a site with no place phrase of its own keeps its name only
    doc = read("Police detained two men at St. Paul's Cathedral on Sunday.")
    loc = first(doc, "detained").location
    assert loc is not None and (loc.name, loc.country) == ("St. Paul's Cathedral", None)


# -- (c) a country's capital, and the parts of a place -----------------------------------------


def test_a_capital_named_by_its_country_is_that_country_capital(read) -> None:
    # "the Ethiopian capital", "Afghanistan's capital": the capital in GeoNames' countries file
    doc = read("Rioters attacked police in the Greek capital on Monday.")
    loc = first(doc, "attacked").location
    assert loc is not None and (loc.name, loc.country, loc.evidence) == (
        "Greek capital",
        "GRC",
        "sentence",
    )
    assert loc.feature == "city" and loc.lat is not None and 37 < loc.lat < 39  # Athens
    doc = read("Gunmen attacked a hotel in Afghanistan's capital on Monday.")
    loc = first(doc, "attacked").location
    assert loc is not None and (loc.name, loc.country) == ("Afghanistan's capital", "AFG")
    # a capital of no stated country is no place
    doc = read("Gunmen attacked a hotel in the capital on Monday.")
    assert place(first(doc, "attacked")) == (None, None)


def test_a_part_of_a_place_and_the_streets_of_a_protest_give_the_place(read) -> None:
    doc = read("Protesters clashed with police in the center of the French capital.")
    assert place(first(doc, "clashed"))[0] == "French capital"
    doc = read("Tens of thousands of protesters took to the streets of Athens during a strike.")
    assert place(first(doc, "took")) == ("Athens", "sentence")


def test_the_dateline_does_not_place_a_sentence_that_names_another_town(read) -> None:
    # "in Orlando" under a MIAMI dateline, however deep; the dateline's own state is no bar
    doc = read(
        "MIAMI (AP) — Cuban exiles protested on Friday.\n\n"
        "About 100 protesters marched in front of the federal building in Orlando on Friday.\n\n"
        "Protesters in Florida marched again on Friday.\n\n"
    )
    marched = [e for e in doc.events if e.trigger.text.startswith("marched")]
    # the march in Orlando is there (the one place its sentence names), not in Miami
    assert [place(e) for e in marched] == [("Orlando", "sentence"), ("MIAMI", "dateline")]


def test_the_place_of_a_report_is_not_the_place_of_the_act_it_reports(read) -> None:
    # where a speaker said or told something is not where the reported act happened
    doc = read("The mayor told reporters in Denver that the police arrested three men.")
    assert place(first(doc, "arrested")) == (None, None)
    doc = read(
        "A spokesman for the army at its headquarters in Lyon, France, said that soldiers"
        " responded and fought with rebels."
    )
    assert place(first(doc, "fought")) == (None, None)
    # a stance is the report's own: said in Rabat, supported there
    doc = read("The minister said in Rabat that Spain supports the plan of Morocco.")
    assert place(first(doc, "supports")) == ("Rabat", "sentence")


def test_a_lawmakers_party_designation_names_no_other_place(read) -> None:
    # "R-Neb." is the state the senator represents, not a place the sentence tells of: the
    # statement is still the dateline's story; a state in a place phrase still bars it
    doc = read(
        "WASHINGTON (AP) — Two prison guards were charged on Tuesday.\n\n"
        "Sen. Ann Moore, R-Neb., criticized the guards on Wednesday.\n\n"
        "Rep. Tom Hill, D-Texas, condemned the guards on Wednesday.\n\n"
        "Officials in Texas condemned the warden on Wednesday.\n\n"
    )
    assert place(first(doc, "criticized")) == ("WASHINGTON", "dateline")
    condemned = [e for e in doc.events if e.trigger.text.startswith("condemned")]
    assert [place(e)[1] for e in condemned] == ["dateline", None]


def test_the_dateline_does_not_place_a_relative_clause(read) -> None:
    # "A Justice official, who once criticized the bureau": a participant's standing, not the
    # news ("who requested anonymity" is no event at all since the seventeenth session)
    doc = read(
        "WASHINGTON (AP) — The FBI arrested two men on Monday.\n\n"
        "A Justice official, who once criticized the bureau, said the department arrested a "
        "third.\n\n"
    )
    assert place(first(doc, "criticized")) == (None, None)


def test_the_dateline_does_not_place_an_act_under_a_modal(read) -> None:
    # "will serve as jurors ... should the House vote to impeach" (AP): a possibility, not news
    doc = read(
        "WASHINGTON (AP) — The FBI arrested two men on Monday.\n\n"
        "Five senators will serve as jurors in the trial should the House vote to impeach"
        " President Donald Trump.\n\n"
        "Police arrested a third man on Tuesday.\n\n"
    )
    assert place(first(doc, "impeach")) == (None, None)
    assert place([e for e in doc.events if e.trigger.text == "arrested"][-1])[1] == "dateline"


def test_the_dateline_does_not_place_an_act_told_by_a_later_noun(read) -> None:
    # "These arrests are important", "after his arrest" (USA Today under WASHINGTON): acts the
    # article refers to, not news told from the dateline; the verb still is
    doc = read(
        "WASHINGTON (AP) — The FBI arrested two men on Monday.\n\n"
        "These arrests are important, the senator said.\n\n"
        "Police arrested a third man on Tuesday.\n\n"
    )
    arrests = [e for e in doc.events if e.trigger.text.startswith("arrest")]
    assert place(arrests[1]) == (None, None)
    assert place(arrests[-1])[1] == "dateline"


# -- (c) movements, proceedings and courts -----------------------------------------------------


def test_the_goal_of_a_movement_told_by_a_noun_is_its_place(read) -> None:
    # the "to/into" phrase of a march or an offensive, and a place phrase inside that goal
    doc = read(
        "Opposition leaders led a protest march to the offices of the Electoral Commission"
        " in Nairobi on Friday."
    )
    assert place(first(doc, "led"))[0] == "Nairobi"
    doc = read("Russia began a military offensive into eastern Ukraine on Thursday.")
    assert place(first(doc, "began"))[0] == "Ukraine"


def test_an_event_during_or_after_a_placed_proceeding_is_at_its_place(read) -> None:
    doc = read("During a rally in Caracas on Monday, the opposition leader condemned the army.")
    assert place(first(doc, "condemned"))[0] == "Caracas"
    doc = read("After a jury trial in Lyon, a court convicted two police officers of assault.")
    assert place(first(doc, "convicted"))[0] == "Lyon"
    # after another act, the place is that act's, not the main clause's
    doc = read("After a visit to Lyon, the minister criticized the police.")
    assert place(first(doc, "criticized")) == (None, None)


def test_a_judicial_district_and_a_courts_seat_place_the_courts_acts(read) -> None:
    doc = read(
        "Federal prosecutors convicted John Smith of conspiracy to distribute cocaine in 2009 in"
        " the Southern District of Florida."
    )
    assert place(first(doc, "convicted"))[0] == "Southern District"
    doc = read("On Friday, a federal judge in Oregon blocked the rule and criticized the agency.")
    assert place(first(doc, "criticized"))[0] == "Oregon"
    # what a court says happened is not at the court's seat
    doc = read("A federal judge in Oregon said the police attacked protesters.")
    assert place(first(doc, "attacked")) == (None, None)
    # a country's court acts toward others too: no seat
    doc = read("The Supreme Court of Austria asked the European court for clarification.")
    assert place(first(doc, "asked")) == (None, None)
    # a territory's court sits inside it (ISO 3166-1 "Independent: No": Puerto Rico)
    doc = read(
        "On Wednesday, the Supreme Court of Puerto Rico issued a ruling finding in favor of a"
        " lawsuit filed by the Puerto Rico Senate against Pedro Pierluisi."
    )
    assert place(first(doc, "lawsuit"))[0] == "Puerto Rico"


def test_an_outcome_of_a_placed_act_is_where_the_act_was(read) -> None:
    doc = read("A Kandahar car bombing killed five and wounded 110.")
    assert place(first(doc, "killed"))[0] == "Kandahar"


def test_a_stance_told_in_a_relative_clause_is_not_at_the_main_clauses_place(read) -> None:
    # a denial, a blame, a rejection of the antecedent is made where its speaker is (GeoWebNews,
    # Wikinews); an act told in a relative clause may go on there
    doc = read(
        "Britain accuses Russia of involvement in the poisoning of a former Russian double agent"
        " and his daughter in the English city of Salisbury, which Russia heatedly denies."
    )
    assert place(first(doc, "denies")) == (None, None)
    doc = read(
        "Migrants have begun to leave a caravan camp in southern Mexico that has drawn criticism"
        " from U.S. President Donald Trump."
    )
    assert place(first(doc, "drawn")) == (None, None)
    doc = read(
        "Hong Kong Polytechnic University was besieged by police, who fired round after round of"
        " teargas at protesters attempting to flee the scene."
    )
    assert place(first(doc, "fired"))[0] == "Hong Kong Polytechnic University"


def test_a_stance_is_not_at_the_place_of_what_it_is_about(read) -> None:
    # the condemnation is Cyprus's, the attacks were in Kenya (TBAQ, Xinhua); an act on a thing
    # is at the thing's place ("conducted a traffic stop near Main Street" above)
    doc = read(
        "The Cypriot government on Saturday strongly condemned two terrorist bomb attacks in"
        " Kenya and Tanzania."
    )
    assert place(first(doc, "condemned")) == (None, None)
    doc = read(
        "Albright also used her speech to articulate a vision for NATO, and to defend NATO's"
        " potential involvement in Kosovo."
    )
    assert place(first(doc, "defend")) == (None, None)


def test_an_incident_is_at_the_one_place_its_sentence_puts_something(read) -> None:
    """A protest, an assault or a fight whose own phrases place it nowhere is at the one place
    its sentence puts something in, at or near, wherever the parser hangs the phrase
    (Wikinews, a news page: "abducted by gunmen wearing military uniforms in the heart of Afghan
    capital", "reported to have killed ... in the Red Sea port town of Mokha, Yemen")."""
    doc = read(
        "King and Weeks were abducted by gunmen wearing military uniforms in the heart of Afghan"
        " capital in August 2016."
    )
    assert place(first(doc, "abducted")) == ("Afghan capital", "sentence")
    doc = read(
        "A bombing was yesterday reported to have killed Abu Dhabi TV photojournalist Ziad"
        " al-Sharabi in the Red Sea port town of Mokha, Yemen."
    )
    assert place(first(doc, "bombing")) == ("Mokha", "sentence")
    # nor an arrest; nor at a participant's own place ("A federal judge in Oregon said")
    doc = read("Police arrested two men on Tuesday after a search of a warehouse in Queens.")
    assert place(first(doc, "arrested")) == (None, None)
    # nor at a place of a clause of its own subject that does not hold the event
    doc = read(
        "Although Hitler was born in Braunau in 1889, Austria argued for decades that it was the"
        " first victim of National Socialism, having been annexed by Hitler's Germany in 1938."
    )
    assert all(place(e) == (None, None) for e in doc.events)


def test_a_meeting_is_at_the_one_place_its_sentence_puts_something(read) -> None:
    # a meeting, a visit or talks are held at one place, like an incident of one day, wherever
    # the parser hangs the phrase; not a telephone call, held at two
    doc = read(
        "The Portuguese foreign minister met the Chilean ambassador for the first time at Lisbon"
        " on Monday."
    )
    assert place(first(doc, "met")) == ("Lisbon", "sentence")
    doc = read(
        "Delegations attending the summit held in Lisbon discussed the trade deal with the"
        " minister."
    )
    assert place(first(doc, "discussed")) == ("Lisbon", "sentence")
    doc = read(
        "The president spoke by telephone with the Chilean president, who was in Lisbon, on Monday."
    )
    assert place(first(doc, "spoke")) == (None, None)


def test_the_dateline_does_not_place_a_relative_clause_of_subject_that(read) -> None:
    # "NASA's ... effort that funded the development" (SpaceNews under WASHINGTON): the relative
    # "that" as the clause's subject is no complementizer; the clause tells a standing or a past
    doc = read(
        "WASHINGTON (AP) — The FBI arrested two men on Monday.\n\n"
        "The senator praised the ministry that criticized the opposition.\n\n"
        "Police arrested a third man on Tuesday.\n\n"
    )
    assert place(first(doc, "criticized")) == (None, None)
    assert place([e for e in doc.events if e.trigger.text == "arrested"][-1])[1] == "dateline"


def test_the_dateline_does_not_place_an_act_told_over_months_or_years(read) -> None:
    # "For months, federal authorities examined" (USA Today under WASHINGTON): background
    doc = read(
        "WASHINGTON (AP) — The FBI arrested two men on Monday.\n\n"
        "For months, federal authorities investigated the two men.\n\n"
        "Police arrested a third man on Tuesday.\n\n"
    )
    assert place(first(doc, "investigated")) == (None, None)
    assert place([e for e in doc.events if e.trigger.text == "arrested"][-1])[1] == "dateline"


def test_the_dateline_does_not_reach_deep_into_a_long_article(read) -> None:
    # sentence 24 of an AP story under LONDON told a debate in Salford: past `DATELINE_REACH`
    # sentences a long article tells reactions and other threads, not news from the dateline
    filler = "".join(f"The weather was mild on day {k}.\n\n" for k in range(25))
    doc = read(
        "WASHINGTON (AP) — The FBI arrested two men on Monday.\n\n"
        "The senator praised the police on Tuesday.\n\n"
        + filler
        + "The senator praised the FBI.\n\n"
    )
    praised = [e for e in doc.events if e.trigger.text == "praised"]
    assert [place(e)[1] for e in praised] == ["dateline", None]


def test_an_adverbial_clause_of_its_own_subject_takes_no_place_of_the_main_clause(read) -> None:
    # "after/as/when" with a subject of its own tells another event, not placed by the main
    # clause's phrase; an incident there still takes the one place its sentence names
    doc = read("After the opposition criticized the plan, the talks were moved to Geneva.")
    assert place(first(doc, "criticized")) == (None, None)
    doc = read("Markets fell sharply in Tokyo as the government rejected the proposal.")
    assert place(first(doc, "rejected")) == (None, None)
    doc = read("The exhibition opened in Madrid after the ministry approved the loan.")
    assert place(first(doc, "approved")) == (None, None)
    doc = read("Riot police fired tear gas in Nairobi as protesters marched on parliament.")
    assert place(first(doc, "marched")) == ("Nairobi", "sentence")


def test_over_a_place_is_the_place_of_an_act_in_the_air_only(read) -> None:
    # an act in the air happens over the territory below it
    doc = read("The pilot was shot down in his Navy jet over Hanoi on Monday.")
    assert place(first(doc, "shot")) == ("Hanoi", "sentence")
    doc = read("Israeli air strikes over Gaza killed five people on Friday.")
    assert place(first(doc, "strikes")) == ("Gaza", "sentence")
    assert place(first(doc, "killed")) == ("Gaza", "sentence")
    # with any other act "over" is what it is about, not where it happened
    doc = read("The minister negotiated with Russia over Syria on Monday.")
    assert place(first(doc, "negotiated")) == (None, None)
    doc = read("Protesters rallied over Iraq on Monday.")
    assert place(first(doc, "rallied")) == (None, None)

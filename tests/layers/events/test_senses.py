"""Verb senses from the arguments (issue 21, items 3, 4 and 7): the same word codes differently by
its object, subject or complement, and words that tell no event (a comment declined, details not
given, a market moving, a verb inside a name) code none. The sense rules are lexicon data
(`ontology/data/event_lexicon.jsonl`); these tests read them through the whole pipeline."""

from __future__ import annotations

from newsevents.records import Document

from .parties import named

PUBLISHED = "2019-11-20"


def coded(doc: Document) -> dict[str, tuple[str | None, str | None]]:
    """First word of each event's trigger -> (CAMEO code, PLOVER type)."""
    return {e.trigger.text.split()[0]: (e.cameo, e.plover) for e in doc.events}


def plover_types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover}


def test_declining_to_comment_is_cameo_011_and_no_plover_event(read) -> None:
    doc = read("A spokesman for the ministry declined to comment.")
    assert coded(doc) == {"declined": ("011", None)}
    assert coded(read("Iran refused to release the prisoners."))["refused"][1] == "REJECT"


def test_details_not_given_are_no_aid(read) -> None:
    assert plover_types(read("Officials did not immediately provide any other details.")) == set()
    assert "AID" in plover_types(read("Germany provided food to the refugees in Lebanon."))


def test_markets_trading_and_rallying_are_no_events(read) -> None:
    doc = read("The dollar rose against the yen, trading at 92.27 yen to the dollar.")
    assert plover_types(doc) == set()
    doc = read("Shares in Mumbai fell ten percent before rallying to a more modest loss.")
    assert plover_types(doc) == set()
    assert "PROTEST" in plover_types(read("Thousands of workers rallied in Paris on Monday."))


def test_warn_by_complement(read) -> None:
    # a statement about how things are is no threat (CAMEO 012, no PLOVER type)
    doc = read("The People's Daily warned that there is no room for compromise.")
    assert coded(doc)["warned"] == ("012", None)
    # what the speaker says it would do is a threat
    assert coded(read("The army warned that it would retaliate."))["warned"][1] == "THREATEN"
    doc = read("Iran warned that Israel would pay a heavy price.")
    assert coded(doc)["warned"][1] == "THREATEN"
    doc = read("The minister warned that sanctions would be imposed on the company.")
    assert coded(doc)["warned"][1] == "THREATEN"  # a passive: someone will act
    # a modal clause about how things will be ("there", a thing as its subject) is a prediction
    doc = read("Airbus has warned there could be additional charges to come.")
    assert coded(doc)["warned"] == ("012", None)
    doc = read("Regional officials warn that some places may not receive aid for two weeks.")
    assert coded(doc)["warn"] == ("012", None)
    # a hazard warned of is no event
    assert plover_types(read("The agency warned of floods in the south.")) == set()


def test_fighting_to_win_is_a_struggle_not_force(read) -> None:
    doc = read("All political parties are spending heavily as they battle to win the election.")
    assert "ASSAULT" not in plover_types(doc)
    assert "ASSAULT" in plover_types(read("Government troops battled rebels near Aleppo."))


def test_attacking_policies_is_criticism(read) -> None:
    doc = read("In their TV debate, Johnson and Corbyn attacked each other's policies on Brexit.")
    assert coded(doc)["attacked"][1] == "ACCUSE"


def test_heading_a_group_is_no_visit(read) -> None:
    doc = read("Sirajuddin Haqqani heads the Afghan guerrilla group.")
    assert plover_types(doc) == set()
    assert "CONSULT" in plover_types(read("Putin heads to Beijing for talks with Xi."))


def test_agreeing_to_demands_is_conceding(read) -> None:
    doc = read("Trump agreed to Beijing's demands to roll back tariffs.")
    assert coded(doc)["agreed"] == ("080", "CONCEDE")


def test_conceding_that_is_admitting_not_yielding(read) -> None:
    doc = read("The director concedes that many of the arguments of opponents are valid.")
    assert plover_types(doc) == set()


def test_clashes_of_protesters_are_riots(read) -> None:
    doc = read("A man died during a clash between protesters and police.")
    assert coded(doc)["clash"] == ("145", "PROTEST")


def test_a_verb_inside_a_name_is_no_event(read) -> None:
    doc = read("NASA's Volatiles Investigating Polar Exploration Rover will look for water.")
    assert "ACCUSE" not in plover_types(doc)


def test_nominal_tariffs_and_bans_are_coercion(read) -> None:
    doc = read("The Trump administration's tariffs on Chinese goods hurt farmers.")
    assert coded(doc)["tariffs"] == ("163", "COERCE")
    doc = read("The Hong Kong government's ban on masks was ruled unconstitutional.")
    assert coded(doc)["ban"] == ("172", "COERCE")


def test_shutting_down_accounts_restricts_freedoms(read) -> None:
    doc = read("Chinese police have shut down 34,000 online accounts.")
    assert coded(doc)["shut"] == ("1721", "COERCE")


def test_a_feared_or_threatened_event_is_hypothetical(read) -> None:
    doc = read("The resolution avoids a feared veto by the United States.")
    assert [e.modality for e in doc.events if e.plover == "REJECT"] == ["hypothetical"]


def test_a_call_with_someone_is_a_consultation_and_a_bare_call_no_appeal(read) -> None:
    doc = read("Chancellor Angela Merkel had a phone call with Russian President Vladimir Putin.")
    assert coded(doc)["had"] == ("040", "CONSULT")
    doc = read("Trump would release a classified transcript of his own presidential call.")
    assert "REQUEST" not in plover_types(doc)


def test_in_order_to_is_a_purpose_not_an_order(read) -> None:
    doc = read("The White House will propose changing the formula in order to save money.")
    assert "REQUEST" not in plover_types(doc)


def test_wanting_another_to_act_is_asking(read) -> None:
    doc = read("Beijing also wants Trump to eliminate the tariffs, as well as provide some relief.")
    assert [e.plover for e in doc.events if e.trigger.text == "wants"] == ["REQUEST"]
    doc = read("The White House wants to impose tariffs on China.")
    assert "REQUEST" not in plover_types(doc)


def test_wanting_another_to_act_is_asking_even_for_no_coded_act(read) -> None:
    # the act wanted is no event of its own ("stay out", "be paid by"): the wish still asks
    doc = read("Russia wants NATO to stay out of Ukraine.")
    assert [(e.plover, e.cameo, e.trigger.text, named(doc, e.recipients)) for e in doc.events] == [
        ("REQUEST", "020", "wants", ["NATO"])
    ]
    doc = read("Airbus wants the extra cost to be paid by Germany.")
    assert [(e.plover, named(doc, e.recipients)) for e in doc.events] == [("REQUEST", ["Germany"])]
    # one's own act, a negated wish and a wish about a state ask no one
    for text in (
        "Russia wants to stay out of Ukraine.",
        "Russia does not want NATO to stay out of Ukraine.",
        "The rebels want Israel to exist no longer.",
    ):
        assert "REQUEST" not in plover_types(read(text)), text


def test_wanting_to_thank_or_support_is_no_approval(read) -> None:
    doc = read(
        '"We want to thank all of the locations that expressed an interest in one of these '
        'national treasures," said Bolden to the gathered crowd.'
    )
    assert plover_types(doc) == set()
    doc = read("Microsoft no longer wants to support Windows.")
    assert plover_types(doc) == set()
    # other wishes keep PETRARCH-2's intent, and a promise stays one
    doc = read("The US Secretary of State wants to help Israel.")
    assert plover_types(doc) == {"AGREE"}
    doc = read("Russia promised to support the plan.")
    assert "AGREE" in plover_types(doc)


def test_acquiring_a_company_is_economic_cooperation(read) -> None:
    doc = read("Alden Global Capital announced that it was acquiring Tribune Publishing.")
    assert coded(doc)["acquiring"] == ("061", "COOPERATE")


def test_lawsuits_scrutiny_and_lashing_out(read) -> None:
    doc = read("Senate President Bukola Saraki has dragged police chief Ibrahim Idris to court.")
    assert coded(doc)["dragged"] == ("115", "ACCUSE")
    doc = read("WeWork has been scrutinized by the New York State Attorney General.")
    assert coded(doc)["scrutinized"] == ("090", "ACCUSE")
    assert coded(read("Kentucky Gov. Matt Bevin was lashing out at teachers."))["lashing"] == (
        "111",
        "ACCUSE",
    )


def test_bailouts_and_lifelines_are_aid(read) -> None:
    doc = read("Stocks fell after the US government's bailout of the insurance firm AIG.")
    assert coded(doc).get("bailout") == ("071", "AID")
    doc = read("Greece received a lifeline from the European Union on Monday.")
    assert coded(doc).get("received") == ("070", "AID")
    doc = read("The bail was set at $100,000 by the judge on Monday.")
    assert "AID" not in plover_types(doc)


def test_attacking_an_inquiry_or_a_proclamation_is_criticism(read) -> None:
    doc = read("President Donald Trump attacked the impeachment investigation as a witch hunt.")
    assert coded(doc)["attacked"] == ("111", "ACCUSE")
    doc = read("Erdogan attacked the proclamation of the Golan Heights as Israeli territory.")
    assert coded(doc)["attacked"] == ("111", "ACCUSE")
    assert coded(read("Gunmen attacked the police station on Monday."))["attacked"][1] == "ASSAULT"


def test_a_law_or_a_ruling_that_allows_something_concedes_nothing(read) -> None:
    doc = read("Until recently, Pakistani law allowed the perpetrators to go unpunished.")
    assert "CONCEDE" not in plover_types(doc)
    doc = read("The SDK will allow third party software developers to create applications.")
    assert "CONCEDE" not in plover_types(doc)
    # a state that allows is still coded
    assert coded(read("Israel allowed aid convoys into Gaza on Monday."))["allowed"][0] == "0863"


def test_seeking_aid_asks_for_it_seeking_to_act_is_intent(read) -> None:
    """ "seek" + a cooperative act as its object asks for it (CAMEO 02x, REQUEST) from whom it
    is sought from (PETRARCH-2 CAMEO.2.0 SEEK; article gold: "seek federal aid from the U.S.
    government", "seeks $16.6 billion in loans from the government"); "seek to" + a verb is
    an intent (03x)."""
    doc = read("The automakers have been forced to seek federal aid from the U.S. government.")
    ev = next(e for e in doc.events if e.trigger.text == "seek")
    assert ev.plover == "REQUEST" and ev.cameo == "023"
    ents = {e.id: e for e in doc.entities}
    assert [ents[i].name for i in ev.recipients] == ["U.S. government"]
    doc = read("General Motors announced that it seeks $16.6 billion in loans from the government.")
    assert coded(doc)["seeks"] == ("0231", "REQUEST")
    doc = read("Brazil and the United States are seeking to deepen a partnership in energy.")
    assert coded(doc)["seeking"][1] == "AGREE"


def test_praising_or_supporting_a_product_is_no_event(read) -> None:
    """A product praised or supported is no act between parties (article gold: "praised the
    device's antenna design", "continuing to sell and to support its products")."""
    doc = read("When Apple CEO Steve Jobs introduced the phone, he praised the device's design.")
    assert plover_types(doc) == set()
    doc = read("GM remains open for business, continuing to sell and to support its products.")
    assert plover_types(doc) == set()
    assert coded(read("The EU praised Kenya for its reforms."))["praised"] == ("051", "SUPPORT")


def test_an_amount_is_of_what_its_in_phrase_names(read) -> None:
    """ "received over $15 billion in bailout money", "$1.5 billion in bridge financing" (article
    gold dev): the amount's "in" phrase says what is given, as an "of" phrase does."""
    doc = read("GM has received $15 billion in bailout money from the government.")
    assert coded(doc)["received"] == ("071", "AID")


def test_a_deal_a_firm_signs_is_economic_cooperation(read) -> None:
    """The coding guide: "two firms or a government and a firm sign a deal" is 061 COOPERATE
    (article gold, train: Air India, China Eastern); a treaty between states stays 057."""
    doc = read("The airline, which is the third largest in China, signed the agreement in Paris.")
    assert coded(doc)["signed"] == ("061", "COOPERATE")
    doc = read("Poland signed a defence agreement with Ukraine on Tuesday.")
    assert coded(doc)["signed"] == ("057", "SUPPORT")


def test_a_firm_ordering_aircraft_is_economic_cooperation(read) -> None:
    """ "place an order" is 061 COOPERATE (coding guide), the verb as the noun: "Air Canada has
    ordered US$6 billion in new airliners" (article gold, train); an order to act stays a
    demand."""
    doc = read("Air Canada has ordered US$6 billion in new airliners.")
    assert coded(doc)["ordered"] == ("061", "COOPERATE")
    assert coded(read("The general ordered the troops to withdraw."))["ordered"][1] == "REQUEST"


def test_supporting_a_cause_or_a_law_is_an_opinion_not_an_event(read) -> None:
    assert "SUPPORT" not in plover_types(read("Adamowicz has supported LGBT rights."))
    doc = read("State legislators supporting the law argued it would prevent fraud.")
    assert "SUPPORT" not in plover_types(doc)
    # support for a party is still an act toward it
    assert "SUPPORT" in plover_types(read("Russia backed the Syrian government."))


def test_a_state_blocking_a_passage_restricts_movement_and_protesters_obstruct_it(read) -> None:
    doc = read(
        "Turkey closed its frontier with Iraq and blocked the main crossing point near Zakho."
    )
    assert coded(doc)["blocked"] == ("191", "COERCE")
    assert coded(read("Riot police blocked the bridge on Tuesday."))["blocked"][1] == "COERCE"
    doc = read("Hundreds of farmers blocked the motorway near Lille with their tractors.")
    assert coded(doc)["blocked"] == ("144", "PROTEST")
    # a government blocking a deal restricts no movement and obstructs no passage
    doc = read("On Friday, the government blocked the merger and criticized the two firms.")
    assert not {"COERCE", "PROTEST"} & plover_types(doc)


def test_a_promised_yield_is_concede(read) -> None:
    # coding guide section 3: a promised release, return or withdrawal is CONCEDE, future
    doc = read("The former chief executive agreed to return the money he received from the firm.")
    assert coded(doc)["agreed"] == ("080", "CONCEDE")
    assert doc.events[0].modality == "future"
    doc = read("Hamas agreed to release the hostages after talks with Egypt.")
    assert coded(doc)["agreed"][1] == "CONCEDE"
    # an offer stays an offer (AGREE, hypothetical); a promise to cooperate stays AGREE
    doc = read("Russia offered to withdraw its troops from the border region.")
    assert coded(doc)["offered"][1] == "AGREE"
    doc = read("Germany pledged to send food aid to the refugees in Lebanon.")
    assert coded(doc)["pledged"][1] == "AGREE"
    # a promise to ease sanctions stays AGREE (PLOVER GSR: "agreed to lift embargoes")
    doc = read("The European Union agreed to lift its sanctions on Belarus.")
    assert coded(doc)["agreed"][1] == "AGREE"


def test_research_on_natural_objects_or_by_scientists_is_no_investigation(read) -> None:
    # investigating a party, a death or a wrong stays an investigation (CAMEO 09)
    doc = read("The Securities and Exchange Commission is investigating the bank over its loans.")
    assert coded(doc)["investigating"][1] == "ACCUSE"
    doc = read("Police officers in Leeds examined blood samples taken from the suspect.")
    assert coded(doc)["examined"][1] == "ACCUSE"
    # research on a natural or scientific object, or done by scientists, codes no event
    doc = read("The European Space Agency will investigate the surface of the comet next year.")
    assert "ACCUSE" not in plover_types(doc)
    doc = read("Researchers at the university examined how the disease spreads among bats.")
    assert "ACCUSE" not in plover_types(doc)
    doc = read("Norway's health ministry inspected tissue samples from twelve whales.")
    assert "ACCUSE" not in plover_types(doc)
    doc = read("The CDC is investigating the outbreak of measles in Ohio.")
    assert "ACCUSE" not in plover_types(doc)
    # an investigation named by a science, a probe named by a planet (a spacecraft)
    doc = read("Health officials in Peru have launched epidemiological investigations in Lima.")
    assert "ACCUSE" not in plover_types(doc)
    doc = read("Japan's new Venus probe sent its first pictures to Earth on Tuesday.")
    assert "ACCUSE" not in plover_types(doc)


def test_seizing_on_a_remark_exploits_it_and_seizes_nothing(read) -> None:
    doc = read("The senator's campaign seized on the governor's remarks about the budget.")
    assert "COERCE" not in plover_types(doc)
    doc = read("Her rivals quickly seized upon a newspaper report about the loans.")
    assert "COERCE" not in plover_types(doc)
    # a thing taken stays a seizure, whatever the day
    doc = read("Customs officers seized two tonnes of cocaine on Tuesday in Rotterdam.")
    assert "COERCE" in plover_types(doc)


def test_attacks_made_in_words_are_criticism(read) -> None:
    doc = read("The mayor attacked his challenger as a liar in a radio interview on Sunday.")
    assert coded(doc)["attacked"] == ("111", "ACCUSE")
    doc = read("The governor attacked the senator in a series of tweets on Monday.")
    assert coded(doc)["attacked"] == ("111", "ACCUSE")
    doc = read("Critics condemned a governor's tweet attacking the mayor of Springfield.")
    assert coded(doc)["attacking"] == ("111", "ACCUSE")
    # armed men attacking a town, or a passive attack during a debate, stay assaults
    doc = read("Gunmen attacked a police station in the town on Monday night.")
    assert coded(doc)["attacked"][1] == "ASSAULT"
    doc = read("A protester was attacked in the street by two men after the rally.")
    assert coded(doc)["attacked"][1] == "ASSAULT"


def test_an_attack_on_a_person_for_a_deed_is_criticism(read) -> None:
    doc = read("The mayor attacked his rival for ignoring the flooded neighborhoods.")
    assert coded(doc)["attacked"] == ("111", "ACCUSE")
    doc = read("The council leader attacked the minister for failing to fund the hospital.")
    assert coded(doc)["attacked"] == ("111", "ACCUSE")
    # an attack for being someone, or for a span of time, stays an assault
    doc = read("Two men attacked the student for being a foreigner, police said.")
    assert coded(doc)["attacked"][1] == "ASSAULT"
    doc = read("Rebels attacked the town for three days before the army arrived.")
    assert coded(doc)["attacked"][1] == "ASSAULT"


def test_the_support_of_voters_or_a_share_of_them_is_no_event(read) -> None:
    doc = read("The senator has strong support among young voters in Ohio, a new survey found.")
    assert "SUPPORT" not in plover_types(doc)
    doc = read("The mayor enjoyed broad support from black voters in the primary.")
    assert "SUPPORT" not in plover_types(doc)
    doc = read("The governor has only 12 percent support in the state.")
    assert "SUPPORT" not in plover_types(doc)
    # a party backing a party stays SUPPORT
    doc = read("Germany supported the French proposal at the summit in Brussels.")
    assert "SUPPORT" in plover_types(doc)


def test_examining_a_text_or_a_body_part_is_no_investigation(read) -> None:
    doc = read("The minister scrutinized reports on the coal industry before the vote.")
    assert "ACCUSE" not in plover_types(doc)
    doc = read("A fact-checking website examined the governor's statement on taxes.")
    assert "ACCUSE" not in plover_types(doc)
    doc = read("The team doctor examined the striker's knee after the match.")
    assert "ACCUSE" not in plover_types(doc)
    # a regulator examining a party stays an investigation
    doc = read("Regulators in Brussels are examining the bank over its loans to Iran.")
    assert "ACCUSE" in plover_types(doc)


def test_breaking_a_law_is_told_as_a_finding_not_a_defiance(read) -> None:
    doc = read(
        "A letter from the city says the Smith campaign violated federal law by using the photos."
    )
    assert "REJECT" not in plover_types(doc)
    doc = read("Governor Smith violated the law, the court ruled.")
    assert "REJECT" not in plover_types(doc)
    # a ceasefire, an agreement or a ban broken keeps its code
    doc = read("Rebels violated the ceasefire in Donetsk on Sunday, the army said.")
    assert "ASSAULT" in plover_types(doc)
    doc = read("A newspaper in Beirut has violated a ban by the army commander.")
    assert "REJECT" in plover_types(doc)


def test_a_show_of_force_moves_a_force(read) -> None:
    assert "MOBILIZE" not in plover_types(read("The charity mobilized volunteers and donors."))
    assert "MOBILIZE" not in plover_types(
        read("The minister said Chile is reinforcing its friendship with Peru.")
    )
    assert "MOBILIZE" not in plover_types(
        read("The prime minister reinforced the image of a divided cabinet on Monday.")
    )
    assert "MOBILIZE" in plover_types(read("Turkey deployed troops to the border on Monday."))
    assert "MOBILIZE" in plover_types(read("China deployed warships near the islands."))


def test_denying_or_dismissing_a_claim_is_a_denial_not_a_rejection(read) -> None:
    # a claim, a report or criticism said to be untrue: CAMEO 016, root 01, no PLOVER type
    doc = read("The mayor denied any wrongdoing in the land sale.")
    assert coded(doc)["denied"] == ("016", None)
    doc = read("The defence ministry categorically denied the information on Tuesday.")
    assert coded(doc)["denied"] == ("016", None)
    doc = read("The governor dismissed the criticism as political theatre.")
    assert coded(doc)["dismissed"] == ("016", None)
    doc = read("Russia's ethics committee dismissed the accusations against the deputy.")
    assert coded(doc)["dismissed"] == ("016", None)
    # a request denied stays a rejection, a minister dismissed an expulsion from office
    assert coded(read("The court denied the request for bail."))["denied"][1] == "REJECT"
    assert coded(read("The president dismissed the finance minister."))["dismissed"][0] == "173"


def test_protecting_a_good_that_is_no_party_is_no_military_protection(read) -> None:
    doc = read("The new rule lets the Brazilian government focus on protecting endangered species.")
    assert "AID" not in plover_types(doc)
    doc = read("Beijing said it would act to protect the interests of Chinese exporters.")
    assert "AID" not in plover_types(doc)
    # a force protecting a country keeps its code
    doc = read("The Arab League voted for an Arab force to protect Kuwait.")
    assert coded(doc)["protect"] == ("074", "AID")


def test_capturing_offenders_is_arresting_them(read) -> None:
    doc = read("The coast guard captured 14 pirates off the coast of Yemen on Tuesday.")
    assert coded(doc)["captured"] == ("173", "COERCE")
    doc = read("Rebels captured the town of Kidal after two days of fighting.")
    assert coded(doc)["captured"][0] != "173"


def test_a_noun_of_capacity_or_permission_makes_its_act_hypothetical(read) -> None:
    doc = read("The court gave the government broad authority to seize the assets of Iran.")
    assert {e.modality for e in doc.events if e.cameo == "171"} == {"hypothetical"}
    doc = read("Russia is well positioned to sell arms to India.")
    assert {e.modality for e in doc.events if e.plover == "COOPERATE"} == {"hypothetical"}


def test_succeed_in_passes_its_condition_and_negation_to_the_act(read) -> None:
    doc = read("If the government succeeds in seizing the assets, Iran will protest.")
    assert {e.modality for e in doc.events if e.cameo == "171"} == {"hypothetical"}
    doc = read("The police did not succeed in arresting the suspect.")
    assert {e.modality for e in doc.events if e.cameo == "173"} == {"negated"}
    doc = read("The police succeeded in arresting the suspect.")
    assert {e.modality for e in doc.events if e.cameo == "173"} == {"asserted"}


def test_fighting_feelings_efforts_or_causes_is_no_fighting(read) -> None:
    assert plover_types(read("Shondell Smith fought back emotions as she testified.")) == set()
    doc = read("Senator Brown fought the White House's efforts to cut the budget.")
    assert "ASSAULT" not in plover_types(doc)
    assert plover_types(read("The mayor has been fighting climate change for a decade.")) == set()
    assert "ASSAULT" in plover_types(read("Rebels fought government troops near the town."))


def test_an_award_or_a_degree_received_is_no_visit(read) -> None:
    assert plover_types(read("Dr. Jane Moore received the National Caring Award in 2004.")) == set()
    doc = read("Jane Moore received a doctor of medicine degree from the University of Alabama.")
    assert plover_types(doc) == set()
    doc = read("The president received the Chinese delegation in Beijing.")
    assert coded(doc)["received"] == ("043", "CONSULT")


def test_a_launched_helicopter_is_no_air_strike(read) -> None:
    doc = read("INS Kolkata launched its armed helicopter and headed for the scene.")
    assert plover_types(doc) == set()
    assert coded(read("The army launched helicopter strikes on the village."))["launched"] == (
        "195",
        "ASSAULT",
    )


def test_denied_knowledge_or_suggestions_are_a_denial(read) -> None:
    assert coded(read("Nixon denied advance knowledge of the burglary.")) == {
        "denied": ("016", None)
    }
    doc = read("The minister denied the request by the union.")
    assert coded(doc)["denied"] == ("120", "REJECT")


def test_be_to_arranges_an_act_to_come(read) -> None:
    doc = read("The suspect is to be sentenced on Friday by the court.")
    assert {e.modality for e in doc.events if e.cameo == "173"} == {"future"}
    doc = read("The rebel leader is to be handed over to the police in Kabul.")
    assert {e.modality for e in doc.events} == {"future"}
    doc = read("Police were there to arrest the protesters.")
    assert {e.modality for e in doc.events if e.cameo == "173"} == {"asserted"}
    doc = read("The senator said the rebels are to blame for the attack on the village.")
    assert "future" not in {e.modality for e in doc.events}
    doc = read("The mayor said it was easier to seek help from the state than from Washington.")
    assert "future" not in {e.modality for e in doc.events}


def test_a_clash_of_firms_or_named_people_is_a_quarrel_not_fighting(read) -> None:
    doc = read("In May, Nestle and Carrefour clashed after the retailer cut its orders.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("Senator Mark Dalton has clashed with Governor Anna Reyes over the budget.")
    assert "ASSAULT" not in plover_types(doc)
    # police, troops or a crowd on either side keep the clash a fight
    doc = read("Riot police clashed with farmers outside the ministry in Paris on Monday.")
    assert "ASSAULT" in plover_types(doc)
    doc = read("Protesters clashed with police in Santiago on Friday.")
    assert "PROTEST" in plover_types(doc)


def test_appreciating_respect_for_privacy_is_a_plea_not_praise(read) -> None:
    doc = read('"We appreciate your respect for his privacy," his agent Tom Reese said.')
    assert "SUPPORT" not in plover_types(doc)
    doc = read("The Iraqi prime minister appreciated the role of Iran in the fight on terror.")
    assert "SUPPORT" in plover_types(doc)


def test_wound_up_is_winding_up_not_wounding(read) -> None:
    doc = read("The prime minister wound up his speech in Ottawa with a joke.")
    assert "ASSAULT" not in plover_types(doc)
    assert "ASSAULT" in plover_types(read("Gunmen wounded three soldiers near Kabul on Monday."))


def test_blocking_a_bid_or_an_inquiry_is_no_protest(read) -> None:
    doc = read("The Senate blocked the sale of the port to a Chinese firm.")
    assert "PROTEST" not in plover_types(doc)
    doc = read("Ministers tried to block the investigation into the deaths.")
    assert "PROTEST" not in plover_types(doc)
    doc = read("Farmers protesting the tax blocked the main highway into Lyon on Monday.")
    assert "PROTEST" in plover_types(doc)


def test_blocking_is_a_protest_only_when_a_crowd_or_a_way_is_blocked(read) -> None:
    # a thing blocking a thing, a legislature blocking with no object, a figurative path
    doc = read("Neighbours said a delivery van was blocking the garage door of the bakery.")
    assert "PROTEST" not in plover_types(doc)
    doc = read("The pension plan failed in March, blocked by senators from both parties.")
    assert "PROTEST" not in plover_types(doc)
    doc = read("She sought a path to victory that was not blocked by rural voters.")
    assert "PROTEST" not in plover_types(doc)
    # a state stopping the flow of goods restricts movement (191), no protest
    doc = read("Canada and its allies tried to block shipping to the island on Friday.")
    assert coded(doc)["block"] == ("191", "COERCE")
    # crowds, protesters and people blocking roads or sites still obstruct them
    doc = read("Striking dock workers blocked the harbour road in Marseille on Monday.")
    assert "PROTEST" in plover_types(doc)
    doc = read("Hundreds of demonstrators blocked the ministry on Thursday.")
    assert "PROTEST" in plover_types(doc)
    doc = read("Students blocked the entrance of the university in Dakar on Monday.")
    assert "PROTEST" in plover_types(doc)
    doc = read("Armed rebels blocked transport into the capital on Tuesday.")
    assert "PROTEST" in plover_types(doc)


def test_protesters_storming_a_building_riot(read) -> None:
    doc = read("Angry protesters tried to storm the town hall in Lyon on Tuesday.")
    assert "PROTEST" in plover_types(doc) and "ASSAULT" not in plover_types(doc)
    doc = read("Rebel fighters stormed the army base near Goma on Tuesday.")
    assert "ASSAULT" in plover_types(doc)


def test_a_repair_ship_sent_out_is_no_force_deployed(read) -> None:
    doc = read("France Telecom said it was sending a repair ship to the damaged cable off Sicily.")
    assert "MOBILIZE" not in plover_types(doc)
    assert "MOBILIZE" in plover_types(read("Russia sent two warships to the Black Sea on Monday."))


def test_a_heart_attack_is_no_assault(read) -> None:
    doc = read("The senator Mark Dalton had a heart attack on the flight to Rome.")
    assert "ASSAULT" not in plover_types(doc)


def test_a_visit_to_a_site_is_no_visit_between_parties(read) -> None:
    doc = read("The governor of Ohio visited the scene of the fire on Monday.")
    assert "CONSULT" not in plover_types(doc)
    doc = read("The defence minister paid a visit to the old military prison on Friday.")
    assert "CONSULT" not in plover_types(doc)
    doc = read("The French president visited the Chinese foreign ministry on Monday.")
    assert "CONSULT" in plover_types(doc)
    # a site in a named place: the visit is to that country
    doc = read("The Japanese delegation visited factories in Britain in 2017.")
    assert "CONSULT" in plover_types(doc)
    assert "CONSULT" not in plover_types(read("The Japanese delegation visited the factories."))


def test_support_received_from_a_party_is_its_support_not_aid(read) -> None:
    doc = read("The mayor received strong support from the city's unions for the plan.")
    assert coded(doc)["received"][1] == "SUPPORT"
    doc = read("The airline received $2 billion in loans from the government of Canada.")
    assert "AID" in plover_types(doc)


def test_striking_someone_as_odd_or_a_note_is_no_attack(read) -> None:
    doc = read("The two leaders struck conciliatory notes after the vote in Paris.")
    assert "ASSAULT" not in plover_types(doc)
    assert "ASSAULT" not in plover_types(read("The new plan strikes many as odd."))
    assert "ASSAULT" in plover_types(read("Rebels struck the town as night fell."))
    assert "PROTEST" in plover_types(read("Workers struck as talks with the company failed."))


def test_backing_out_is_withdrawing_no_support(read) -> None:
    doc = read("Under pressure from the unions, the city of Leeds backed out of the plan.")
    assert "SUPPORT" not in plover_types(doc)
    doc = read("The ministers said the government could not back out of the dam project now.")
    assert "SUPPORT" not in plover_types(doc)
    assert "SUPPORT" in plover_types(read("Germany backed the plan to rebuild the port."))


def test_engaging_people_or_a_firm_is_no_fight_engaging_forces_is(read) -> None:
    doc = read("The mayor left it to her deputy to engage the crowd outside the hall.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("The charity engaged Deloitte to audit its accounts.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("Kurdish fighters engaged Turkish troops near the border on Sunday.")
    assert "ASSAULT" in plover_types(doc)


def test_a_crowd_that_disperses_is_no_force_dispersing_a_crowd_is(read) -> None:
    doc = read("The police said that the crowd has dispersed and that no one was hurt.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("The procession of migrants had begun to disperse by Friday evening.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("Police dispersed the crowd with tear gas.")
    assert coded(doc)["dispersed"] == ("175", "ASSAULT")
    doc = read("The protesters were dispersed by riot police outside the parliament.")
    assert "ASSAULT" in plover_types(doc)


def test_striking_as_an_adjective_of_a_thing_is_no_attack(read) -> None:
    doc = read("Gillen was a fine actor, and his resemblance to President Obama was striking.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("It is always striking when the Senate and the White House agree.")
    assert "ASSAULT" not in plover_types(doc)
    # parties striking, with or without an object, stay
    doc = read("The French army was striking the rebel positions near Gao.")
    assert "ASSAULT" in plover_types(doc)
    doc = read("Workers at the Ford plant in Ohio were striking for better pay.")
    assert "PROTEST" in plover_types(doc)

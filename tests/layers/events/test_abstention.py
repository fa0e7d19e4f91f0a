"""Event type precision (issue 21, eleventh to thirteenth sessions): conditions of rules and
ultimatums, the reporting act, warnings of a hazard, cooperation scheduled, hoped for or required
with no partner, a firm's investment with no partner, an act referred to by a possessive, what one
side claims the other did and a permission told as a result are no events."""

from __future__ import annotations

from newsevents.readers import make_article
from newsevents.records import Document

PUBLISHED = "2019-11-20"


def plover_types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover}


def test_the_condition_of_a_rule_or_an_ultimatum_is_no_event(read) -> None:
    doc = read(
        "If the U.S. imposes a tariff on Chinese televisions, the duty is paid to U.S. Customs "
        "and Border Protection at the border by a U.S. broker."
    )
    assert "COERCE" not in plover_types(doc)
    doc = read(
        "The administration said it would not give more financial aid to the firm unless 90% of "
        "GM's bondholders would agree on compromises."
    )
    assert "AGREE" not in plover_types(doc)


def test_the_condition_of_a_possibility_stays_hypothetical(read) -> None:
    doc = read(
        "But it may morph into something bigger if US President Donald Trump agrees to "
        "Beijing's demands to roll back existing tariffs on Chinese goods."
    )
    assert [e.modality for e in doc.events if e.plover == "CONCEDE"] == ["hypothetical"]
    # a deed the condition mentions as a fact stays (IndiaPoliceEvents)
    doc = read(
        "Not very much, if one were to hear about the arrests made by the Amberpet police on "
        "Thursday."
    )
    assert "COERCE" in plover_types(doc)


def test_talking_to_the_publishing_outlet_is_the_reporting_act(event_pipeline) -> None:
    def run(text: str, url: str) -> Document:
        article = make_article(text, url=url, published=PUBLISHED, language="en", detect=False)
        return event_pipeline.run(article)

    url = "https://en.wikinews.org/wiki/Biologist_Nick_Bos_tells_Wikinews"
    text = "Biologist Nick Bos studies ants. He now discusses his work with Wikinews."
    assert plover_types(run(text, url)) == set()
    # the same words on another outlet's page tell a meeting between the two
    assert plover_types(run(text, "https://www.politifact.com/story/1")) == {"CONSULT"}


def test_a_warning_of_a_hazard_is_no_threat(read) -> None:
    doc = read("General Motors has warned that it might run out of money by March.")
    assert "THREATEN" not in plover_types(doc)
    doc = read(
        "China's ambassador warned that the Chinese government will not sit on its hands if the "
        "situation becomes uncontrollable."
    )
    assert "THREATEN" in plover_types(doc)


def test_cooperation_scheduled_with_no_partner_is_no_event(read) -> None:
    doc = read("The annual meeting of the United Nations General Assembly is set to open tomorrow.")
    assert "CONSULT" not in plover_types(doc)
    doc = read("Biden is expected to sign a security agreement with Ukraine.")
    assert "SUPPORT" in plover_types(doc)


def test_a_firms_investment_with_no_partner_is_no_event(read) -> None:
    doc = read(
        "Positive news for the plant is that Ford is still committed to invest $200 million into "
        "the plant to upgrade the appearance of the two cars manufactured there."
    )
    assert plover_types(doc) == set()
    doc = read("A part of GM's ailments arose from investing in supplying truck and SUVs.")
    assert "COOPERATE" not in plover_types(doc)
    # an investment in a party stays economic cooperation
    doc = read("Cerberus is said to be planning to invest in auto parts giant Delphi.")
    assert "AGREE" in plover_types(doc)


def test_cooperation_hoped_for_or_required_of_another_party_is_no_event(read) -> None:
    doc = read("The mayor hopes that the farmers' union will support the new water plan.")
    assert "SUPPORT" not in plover_types(doc)
    doc = read("For the reform to take effect, it must also be approved by the regional assembly.")
    assert "SUPPORT" not in plover_types(doc)


def test_an_act_referred_to_by_a_possessive_in_a_prepositional_phrase_is_no_event(read) -> None:
    doc = read("The ministry said, regarding Greece's request, that no decision had been taken.")
    assert "REQUEST" not in plover_types(doc)
    # a possessed act with its own object phrase is told, not referred to
    doc = read("After the minister's criticism of the police, the chief resigned.")
    assert "ACCUSE" in plover_types(doc)
    doc = read(
        "Though Google is complying with the Church of England's requests to take down the clip,"
        " other sites will keep it."
    )
    assert "REQUEST" in plover_types(doc)
    # a material act so told is often the incident itself
    doc = read("The air base suffered heavy losses in Yemen's missile attack.")
    assert "ASSAULT" in plover_types(doc)


def test_a_permission_told_as_result_or_purpose_is_no_concession(read) -> None:
    doc = read(
        "The Supreme Court issued a ruling in favour of the minister, allowing the police to "
        "search the offices of the newspaper."
    )
    assert "CONCEDE" not in plover_types(doc)
    doc = read("The Kenyan government eased the curfew in Nairobi on Monday.")
    assert "CONCEDE" in plover_types(doc)


def test_a_wish_for_ones_own_act_is_no_promise(read) -> None:
    doc = read("The ministry badly wants to buy more wheat this year.")
    assert "AGREE" not in plover_types(doc)
    doc = read("The Prime Minister has been eager to withdraw.")
    assert not {"AGREE", "RETREAT", "CONCEDE"} & plover_types(doc)


def test_a_wish_toward_a_party_stays_coded(read) -> None:
    doc = read("Japan wants Germany to extradite the suspect over the 2010 leaks.")
    assert "REQUEST" in plover_types(doc)
    # an intent toward a party, as PETRARCH-2 codes it
    doc = read("The foreign minister wants to help Ukraine with the reconstruction.")
    assert "AGREE" in plover_types(doc)


def test_agreeing_with_a_view_is_no_promise(read) -> None:
    doc = read("The finance minister agrees with the critics of the new budget.")
    assert "AGREE" not in plover_types(doc)
    doc = read("Most economists agree that the central bank has long kept rates too low.")
    assert "AGREE" not in plover_types(doc)
    doc = read("The two parties do not agree on how the new committee should work.")
    assert "AGREE" not in plover_types(doc)


def test_agreeing_to_a_deal_or_a_deed_stays_a_promise(read) -> None:
    doc = read("The government agreed to a ceasefire with the rebels on Monday.")
    assert "AGREE" in plover_types(doc)
    doc = read("Israel and Hamas agreed on a truce on Monday.")
    assert "AGREE" in plover_types(doc)
    # what would be done, the act agreed to, keeps its code (a yielding: CONCEDE)
    doc = read("The rebels agreed that they would hand over their weapons by Friday.")
    assert "CONCEDE" in plover_types(doc)


def test_seeking_to_act_is_an_attempt_no_promise_or_threat(read) -> None:
    doc = read("The rebel group seeks to retake control of the northern provinces.")
    assert "THREATEN" not in plover_types(doc)


def test_a_relation_held_is_a_state_no_act(read) -> None:
    doc = read("Emirates has a previous order for 40 of Boeing's new 777X jets.")
    assert "COOPERATE" not in plover_types(doc)
    doc = read("Samsung still has a partnership with Google to sell its phones in its stores.")
    assert "COOPERATE" not in plover_types(doc)
    doc = read("Norway has a partnership with Germany on hydrogen.")
    assert "COOPERATE" not in plover_types(doc)


def test_signing_a_deal_or_meeting_stays_an_act(read) -> None:
    doc = read("Lufthansa has signed a deal with Boeing for 12 freighters.")
    assert "COOPERATE" in plover_types(doc)
    doc = read("The Prime Minister had talks with the German Chancellor in Berlin on Monday.")
    assert "CONSULT" in plover_types(doc)


def test_an_act_of_parties_placed_nowhere_is_abstained_on(read) -> None:
    # two private people the text gives neither a country nor a role
    doc = read("Clara offered her concert tickets to Maya after the show.")
    assert "AGREE" not in plover_types(doc)
    # a state's offer keeps its event
    doc = read("Germany offered aid to Greece on Monday.")
    assert "AGREE" in plover_types(doc)


def test_a_relative_clause_in_the_simple_present_defines_its_noun(read) -> None:
    doc = read("The Senate committee that funds the Pentagon met on Tuesday.")
    assert "AID" not in plover_types(doc)
    doc = read("Farmers who sell grain to China will face new tariffs.")
    assert "COOPERATE" not in plover_types(doc)


def test_a_relative_clause_of_a_deed_done_or_under_way_stays(read) -> None:
    doc = read("The senator, who criticized the ministry on Monday, resigned on Friday.")
    assert "ACCUSE" in plover_types(doc)
    doc = read("The militia, which is attacking the town, has cut the road.")
    assert "ASSAULT" in plover_types(doc)


def test_approving_of_something_is_a_view_no_act(read) -> None:
    doc = read("The minister's father disapproved of his career in politics.")
    assert "ACCUSE" not in plover_types(doc)
    doc = read("Her parents did not approve of the marriage.")
    assert "SUPPORT" not in plover_types(doc)


def test_agreeing_on_what_ought_to_be_or_will_be_the_case_is_a_view(read) -> None:
    doc = read("The bishops agreed that the new law should protect small farmers.")
    assert "AGREE" not in plover_types(doc)
    doc = read("The governor agrees with the mayor that the city must cut its spending.")
    assert "AGREE" not in plover_types(doc)
    doc = read("Several studies agree the poorest families would be the biggest losers.")
    assert "AGREE" not in plover_types(doc)


def test_a_breach_told_as_a_party_claim_is_no_defiance(read) -> None:
    doc = read("The union said the company violated the labour code by firing the strikers.")
    assert "REJECT" not in plover_types(doc)
    doc = read("The court upheld the finding that the mayor had violated the election law in 2018.")
    assert "REJECT" not in plover_types(doc)
    # a breach the article itself reports stays
    doc = read("Russia violated the arms treaty in 2019.")
    assert "REJECT" in plover_types(doc)


def test_hosting_a_show_or_a_ceremony_is_no_visit(read) -> None:
    doc = read("The comedian hosted the Grammys in 2004.")
    assert not {"CONSULT", "AGREE"} & plover_types(doc)
    doc = read("The singer will be hosting the Oscars next year.")
    assert not {"CONSULT", "AGREE"} & plover_types(doc)
    doc = read("The minister spoke on a talk show hosted by the state broadcaster.")
    assert "CONSULT" not in plover_types(doc)
    # hosting a visitor stays
    doc = read("The Chinese president hosted the French prime minister in Beijing on Monday.")
    assert "CONSULT" in plover_types(doc)


def test_welcoming_a_crowd_or_the_guests_to_a_gathering_is_no_approval(read) -> None:
    doc = read("Senator Ruth Hale welcomed everyone to the dinner on Friday.")
    assert not {"SUPPORT", "CONSULT"} & plover_types(doc)
    doc = read("The mayor of Leeds welcomed about two hundred guests at the town hall.")
    assert not {"SUPPORT", "CONSULT"} & plover_types(doc)
    # welcoming a decision stays approval
    doc = read("The German government welcomed the ceasefire on Monday.")
    assert "SUPPORT" in plover_types(doc)


def test_a_crime_committed_in_a_relative_clause_is_no_promise(read) -> None:
    doc = read("The gunman was jailed for the crimes he committed in three counties.")
    assert "AGREE" not in plover_types(doc)
    doc = read("The leader was cleared of an offence he committed in 2010.")
    assert "AGREE" not in plover_types(doc)


def test_fighting_for_a_goal_with_no_opponent_is_no_fight(read) -> None:
    doc = read("The senator has spent twenty years fighting for the rights of miners.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("Dozens of firefighters battled for hours to rescue the trapped climbers.")
    assert "ASSAULT" not in plover_types(doc)


def test_fighting_to_do_something_with_no_opponent_is_no_fight(read) -> None:
    doc = read("The boy's grandparents in Texas have fought to keep him in the country.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("The Irish agent, who fought to get her a better contract, retired in May.")
    assert "ASSAULT" not in plover_types(doc)


def test_a_fight_with_an_opponent_or_by_armed_men_stays(read) -> None:
    doc = read("Government troops fought the rebels for three days near the border.")
    assert "ASSAULT" in plover_types(doc)
    doc = read("Insurgents were fighting for control of the northern city on Sunday.")
    assert "ASSAULT" in plover_types(doc)
    doc = read("Afghan soldiers fought to retake the district from the Taliban on Monday.")
    assert "ASSAULT" in plover_types(doc)


def test_striking_up_a_conversation_is_no_attack(read) -> None:
    doc = read("The diplomat struck up a conversation with the journalist at the airport.")
    assert "ASSAULT" not in plover_types(doc)


def test_an_act_a_span_is_counted_from_is_no_event(read) -> None:
    doc = read("Greece has pushed through deep cuts since agreeing a bailout with the EU in May.")
    assert "AGREE" not in plover_types(doc)
    doc = read("The senator has kept a low profile since conceding defeat to his rival.")
    assert "CONCEDE" not in plover_types(doc)
    doc = read("Prices have risen sharply since the Russian invasion of Ukraine.")
    assert "COERCE" not in plover_types(doc)
    # the sentence's own act stays, and so does a "since" clause with a verb of its own
    doc = read("Troops have massed on the border since Iraq's invasion of Kuwait.")
    assert plover_types(doc) == {"MOBILIZE"}
    doc = read("He has been in jail since police arrested him in March.")
    assert "COERCE" in plover_types(doc)


def test_the_headline_of_a_link_teaser_is_no_event(read) -> None:
    doc = read("SEE MORE: Riot police fire tear gas at students in Santiago")
    assert plover_types(doc) == set()
    doc = read("Read more: Troops fire on protesters in Yangon")
    assert plover_types(doc) == set()
    # the sentence an extractor glued to the headline keeps its own acts
    doc = read(
        "Related: Police arrest two men after attack on Paris mosque The mayor said the "
        "government had expelled 40 foreign diplomats."
    )
    assert plover_types(doc) == {"SANCTION"}
    # a headline that is the sentence's own, with no label, stays
    doc = read("Troops fire on protesters in Yangon.")
    assert plover_types(doc) == {"ASSAULT"}
    # a label in lower case (a text set in lower case, where the headline's end cannot be
    # seen) is not read
    doc = read("related: Troops fire on protesters in Yangon")
    assert plover_types(doc) == {"ASSAULT"}

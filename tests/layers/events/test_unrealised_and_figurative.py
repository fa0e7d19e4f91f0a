"""Event type precision on 1990s wire news (TBAQ) and political news (PolNeAR): what an
"until" clause in the present bounds has not happened; "seize" a chance or "seize on" a remark
takes nothing; a plan that "calls for" something asks no party; declining to discuss is
declining to speak; an arrest that information would lead to is sought; storming to a victory
or a title is winning (fighting to keep something, a striving, is tested in
test_abstention.py)."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "1998-02-20"


def plover_types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover}


def test_an_until_clause_in_the_present_tells_no_act(read) -> None:
    doc = read(
        "The sanctions are designed to isolate and strangle the regime until it retreats "
        "from the province."
    )
    assert "RETREAT" not in plover_types(doc)
    doc = read(
        "NATO says there is no hope of peace until economic sanctions force Milosevic to "
        "withdraw his army."
    )
    assert "RETREAT" not in plover_types(doc)


def test_an_until_clause_in_the_past_stays_an_act(read) -> None:
    doc = read("The rebels shelled the town until the army retreated from the port on Monday.")
    assert "RETREAT" in plover_types(doc)


def test_seizing_a_chance_or_seizing_on_a_remark_is_no_seizure(read) -> None:
    doc = read("Exporters seized the chance to sell more grain abroad.")
    assert "COERCE" not in plover_types(doc)
    doc = read("The senator's campaign is seizing on remarks the governor made last week.")
    assert "COERCE" not in plover_types(doc)
    doc = read("Critics seized upon a newspaper report that the mayor lost money.")
    assert "COERCE" not in plover_types(doc)


def test_seizing_goods_or_a_town_stays_a_seizure(read) -> None:
    doc = read("Police seized weapons on Tuesday in a raid on the compound.")
    assert "COERCE" in plover_types(doc)


def test_a_plan_that_calls_for_something_asks_no_party(read) -> None:
    doc = read("The company's strategy for the coming year calls for a narrow focus on costs.")
    assert "REQUEST" not in plover_types(doc)
    doc = read("Their battle plans call for operating against enemy forces near the river.")
    assert "REQUEST" not in plover_types(doc)


def test_a_party_that_calls_for_something_still_appeals(read) -> None:
    doc = read("The opposition leader called on the army to return to barracks.")
    assert "REQUEST" in plover_types(doc)


def test_declining_to_discuss_with_no_partner_declines_to_speak(read) -> None:
    doc = read("In an interview, the spokesman declined to discuss details of the plan.")
    assert "REJECT" not in plover_types(doc)


def test_refusing_to_discuss_with_a_partner_rejects_talks(read) -> None:
    doc = read("Israel refused to discuss the border with Syria.")
    assert "REJECT" in plover_types(doc)


def test_an_arrest_that_information_would_lead_to_is_not_reported(read) -> None:
    doc = read("The FBI is offering a reward for information leading to the arrest of Smith.")
    assert "COERCE" not in plover_types(doc)
    doc = read("The FBI offered a reward for tips that lead to the capture of Smith in Ohio.")
    assert "COERCE" not in plover_types(doc)


def test_an_act_under_a_noun_of_possibility_is_hypothetical(read) -> None:
    # "the possibility of X doing", "the prospect of talks", "fears of a crackdown": an act
    # that may come, not one done (docs/coding-guide.md, 3)
    doc = read("There is still a possibility of Lockheed challenging the award.")
    assert [e.modality for e in doc.events if e.trigger.text == "challenging"] == ["hypothetical"]
    doc = read("The prospect of talks between Iran and the United States lifted markets.")
    assert [e.modality for e in doc.events if e.trigger.text == "talks"] == ["hypothetical"]
    doc = read("Lockheed challenged the award in court.")
    assert [e.modality for e in doc.events if e.trigger.text == "challenged"] == ["asserted"]


def test_storming_to_a_victory_or_a_title_is_winning(read) -> None:
    doc = read("The mayor, who stormed to a surprise election victory on Sunday, thanked voters.")
    assert "ASSAULT" not in plover_types(doc)
    doc = read("Nobody expected the young driver to storm to the title in his first season.")
    assert not {"ASSAULT", "THREATEN"} & plover_types(doc)


def test_storming_a_building_stays_an_attack(read) -> None:
    doc = read("Armed men stormed the police station in the port town on Monday.")
    assert "ASSAULT" in plover_types(doc)

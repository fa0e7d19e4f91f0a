"""Words of war used of politics: in an article about an election, an attack struck by one
person with no word of bodily harm is made in words (criticism, CAMEO 111), no assault, and a
named person beaten by one lost a contest (no act)."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2016-10-02"

CAMPAIGN = (
    "The campaign of the Republican nominee entered its last month before the election, "
    "and the Democratic candidate kept her lead in the primary states. "
)


def types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover}


def test_an_attack_by_a_candidate_in_an_election_story_is_criticism(read) -> None:
    doc = read(CAMPAIGN + "Senator John Harlan attacked Senator Maria Lopez on Friday.")
    assert "ASSAULT" not in types(doc)
    assert "ACCUSE" in types(doc)
    doc = read(CAMPAIGN + "Senator Walter Brant has been pounding Harlan as a fraud for weeks.")
    assert "ASSAULT" not in types(doc)


def test_an_attack_with_bodily_harm_in_an_election_story_stays_an_assault(read) -> None:
    doc = read(CAMPAIGN + "At the rally, Peter Moss attacked a protester with a knife.")
    assert "ASSAULT" in types(doc)


def test_an_attack_outside_an_election_story_stays_an_assault(read) -> None:
    doc = read("On Friday, John Harlan attacked Maria Lopez outside her home in Denver.")
    assert "ASSAULT" in types(doc)


def test_an_attack_a_candidate_engaged_in_is_criticism(read) -> None:
    doc = read(
        CAMPAIGN + "The senator spent the final week of the campaign engaged in a relentless "
        "attack on the governor."
    )
    assert "ASSAULT" not in types(doc)
    assert "ACCUSE" in types(doc)


def test_a_candidate_beating_a_rival_in_an_election_story_wins(read) -> None:
    doc = read(
        CAMPAIGN + "By midnight Senator John Harlan looked likely to beat Maria Lopez to "
        "become the next governor."
    )
    assert "ASSAULT" not in types(doc)


def test_a_beating_outside_an_election_story_stays_an_assault(read) -> None:
    doc = read("Witnesses said John Harlan beat Maria Lopez outside a bar on Sunday.")
    assert "ASSAULT" in types(doc)

"""Event precision on wire news: a refusal to speak or to disclose is no rejection; a building
named before an attack noun was struck, it did not strike."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "1999-10-08"


def plover_types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover}


def test_refusing_to_comment_or_to_identify_oneself_declines_to_speak(read) -> None:
    doc = read("The harbour police refused to comment on the raid.")
    assert "REJECT" not in plover_types(doc)
    doc = read("A customs officer, who refused to identify himself, said the crates were empty.")
    assert "REJECT" not in plover_types(doc)


def test_declining_to_give_details_or_to_confirm_or_deny_declines_to_speak(read) -> None:
    doc = read("The mill's owner declined to give a breakdown of the insurance payments.")
    assert "REJECT" not in plover_types(doc)
    doc = read("Investigators refused to provide details of the search.")
    assert "REJECT" not in plover_types(doc)
    doc = read("The chairman declined to confirm or deny reports that the brewery was for sale.")
    assert "REJECT" not in plover_types(doc)


def test_refusing_aid_or_talks_with_a_partner_stays_a_rejection(read) -> None:
    doc = read("The junta refused to provide food to the northern provinces.")
    assert "REJECT" in plover_types(doc)
    doc = read("The junta refused to discuss the ceasefire with the rebels.")
    assert "REJECT" in plover_types(doc)


def test_a_building_named_before_an_attack_noun_was_struck_not_the_attacker(read) -> None:
    doc = read("Nine guards died in the consulate bombing in Peshawar on Friday.")
    bombings = [e for e in doc.events if e.plover == "ASSAULT"]
    assert bombings
    names = {e.id: e.name.lower() for e in doc.entities}
    for e in bombings:
        assert not any("consulate" in names.get(x, "") for x in e.actors)


def test_an_armed_group_named_before_an_attack_noun_stays_the_attacker(read) -> None:
    doc = read("The Taliban attack killed nine guards in Kandahar on Friday.")
    names = {e.id: e.name for e in doc.entities}
    doers = {names.get(x) for e in doc.events if e.plover == "ASSAULT" for x in e.actors}
    assert any(n and "Taliban" in n for n in doers)

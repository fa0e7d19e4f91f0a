"""Attacks and police acts: whom a light verb's doer acts for ("on behalf of") is no target."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2020-01-10"


def names(doc: Document, ids: tuple[str, ...]) -> list[str]:
    ents = {e.id: e for e in doc.entities}
    return [ents[i].name for i in ids]


def test_one_acted_for_is_no_target_of_the_light_verb(read) -> None:
    doc = read("The mayor filed a lawsuit against Governor Smith on behalf of the City Council.")
    ev = next(e for e in doc.events if e.plover == "ACCUSE")
    assert names(doc, ev.recipients) == ["Smith"]


def test_setting_off_explosives_is_an_attack_with_explosives(read) -> None:
    for text in (
        "Insurgents detonated a roadside bomb near the army post on Monday.",
        "Gunmen set off explosives under the railway bridge on Sunday night.",
        "Two attackers exploded a grenade outside the court on Tuesday.",
    ):
        doc = read(text)
        found = [(e.plover, e.plover_mode) for e in doc.events]
        assert ("ASSAULT", "explosives") in found, (text, found)
        assert all(e.actors for e in doc.events if e.plover == "ASSAULT"), text


def test_a_bomb_going_off_or_setting_off_on_a_trip_is_no_attack(read) -> None:
    for text in (
        "A bomb exploded in the crowded market on Monday.",
        "The delegation set off for the capital on Sunday.",
    ):
        doc = read(text)
        assert not [e for e in doc.events if e.plover == "ASSAULT" and e.actors], text


def test_using_a_chemical_agent_is_a_chemical_weapons_attack(read) -> None:
    for text in (
        "Rebel fighters used sarin against the garrison on Sunday.",
        "The militia used chlorine munitions in the assault on the town on Friday.",
    ):
        doc = read(text)
        found = [(e.cameo, e.plover) for e in doc.events if e.actors]
        assert ("2041", "ASSAULT") in found, (text, found)


def test_using_other_things_is_no_attack(read) -> None:
    doc = read("The growers used chemical fertilisers on the orchards on Monday.")
    assert not [e for e in doc.events if e.plover == "ASSAULT"]


def test_forces_setting_up_a_base_or_post_increase_their_forces(read) -> None:
    for text in (
        "Russian troops set up a new observation post near the river on Tuesday.",
        "The army established a checkpoint outside the village on Friday.",
        "Coalition forces have established a new base in the desert province.",
    ):
        doc = read(text)
        found = [(e.cameo, e.plover) for e in doc.events if e.actors]
        assert ("154", "MOBILIZE") in found, (text, found)


def test_a_base_set_up_by_others_is_no_force_posture(read) -> None:
    for text in (
        "The retailer established a base in Dublin last year.",
        "Aid groups set up relief camps in the flooded district on Monday.",
    ):
        doc = read(text)
        assert not [e for e in doc.events if e.plover == "MOBILIZE"], text

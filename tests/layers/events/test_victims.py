"""Victims of violence as the event's target: counted plurals ("killing five people", "wounded
six civilians", "several children") and a person noun with an article ("shot a teenager") are
groups or persons with their sector, their country only where the text gives one."""

from __future__ import annotations

import pytest

from newsevents.records import Document, Entity, Event

PUBLISHED = "2024-06-12"


def event(doc: Document, trigger: str) -> Event:
    hits = [e for e in doc.events if e.trigger.text == trigger]
    assert hits, f"no event on {trigger!r} in {[e.trigger.text for e in doc.events]}"
    return hits[0]


def targets(doc: Document, ev: Event) -> list[Entity]:
    ents = {e.id: e for e in doc.entities}
    return [ents[i] for i in ev.recipients]


@pytest.mark.parametrize(
    ("text", "trigger", "sector"),
    [
        ("A suicide bomber blew himself up in a market, killing five people.", "killing", "CVL"),
        ("Rebels wounded six civilians at a checkpoint.", "wounded", "CVL"),
        ("Gunmen abducted several children from a school.", "abducted", "CVL"),
        ("Troops killed dozens of people in the region.", "killed", "CVL"),
        ("Police officers beat three protesters.", "beat", "CVL"),
        ("Gunmen killed two soldiers near the border.", "killed", "MIL"),
        ("A gunman shot a teenager on Sunday.", "shot", "CVL"),
    ],
)
def test_the_victims_of_an_assault_are_its_target(read, text, trigger, sector) -> None:
    doc = read(text)
    ev = event(doc, trigger)
    assert ev.plover == "ASSAULT"
    found = targets(doc, ev)
    assert [e.sector for e in found] == [sector]
    assert found[0].country is None  # nothing in the sentence names one


def test_a_victims_country_comes_from_their_words(read) -> None:
    doc = read("Militants wounded three Israeli soldiers on Monday, and gunmen killed five people.")
    soldiers = targets(doc, event(doc, "wounded"))
    assert [(e.country, e.sector) for e in soldiers] == [("ISR", "MIL")]
    people = targets(doc, event(doc, "killed"))
    assert [e.sector for e in people] == ["CVL"]
    assert not any("Israeli" in m.text for e in people for m in e.mentions)


def test_a_definite_count_still_points_back(read) -> None:
    doc = read("Putin met Xi in Beijing. The two leaders signed a deal.")
    groups = [e for e in doc.entities if e.type == "GROUP"]
    assert groups == []
    putin = next(e for e in doc.entities if e.name == "Putin")
    assert "The two leaders" in [m.text for m in putin.mentions]


def test_bare_people_without_a_count_make_no_actor(read) -> None:
    doc = read("People said the market was quiet on Sunday.")
    assert not [e for e in doc.entities if e.name.lower() == "people"]


@pytest.mark.parametrize(
    ("text", "first", "second", "sectors"),
    [
        ("Gunmen killed two soldiers and wounded seven civilians near the border.", "killed",
         "wounded", ["MIL", "CVL"]),
        ("Militants killed three policemen and injured four children on Sunday.", "killed",
         "injured", ["COP", "CVL"]),
    ],
)  # fmt: skip
def test_conjoined_casualty_verbs_are_one_act(read, text, first, second, sectors) -> None:
    """ "killed five and wounded 110": one attack, its victims all its targets (the article
    gold codes "killed a woman ... and injured at least nineteen others" once)."""
    doc = read(text)
    assert [e.trigger.text for e in doc.events if e.plover == "ASSAULT"] == [first]
    assert second not in [e.trigger.text for e in doc.events]
    assert [e.sector for e in targets(doc, event(doc, first))] == sectors


def test_two_acts_of_one_party_stay_two(read) -> None:
    doc = read("Police fired on the protesters and beat them on Sunday.")
    assert [e.trigger.text for e in doc.events] == ["fired", "beat"]


def test_a_casualty_participles_victims_are_the_acts_targets(read) -> None:
    """ "attacked a police station, killing two officers and injuring seven civilians": the
    participles tell the attack's victims, which join its targets."""
    doc = read("Gunmen attacked a bus, killing two soldiers and injuring seven civilians.")
    assert [e.trigger.text for e in doc.events] == ["attacked"]
    assert [e.sector for e in targets(doc, event(doc, "attacked"))][-2:] == ["MIL", "CVL"]


@pytest.mark.parametrize(
    "text",
    [
        "Two protesters died after being shot by police in Kenya.",
        "Three students were hospitalised on Sunday after being attacked by police.",
    ],
)
def test_the_subject_of_a_passive_adjunct_is_its_victim(read, text) -> None:
    """ "X died after being shot by police": X undergoes the shooting, the police do it (the
    shared subject of a passive adjunct is its patient, never its doer)."""
    doc = read(text)
    acts = [e for e in doc.events if e.plover == "ASSAULT"]
    assert acts, [e.trigger.text for e in doc.events]
    ents = {e.id: e for e in doc.entities}
    assert [ents[i].sector for i in acts[0].actors] == ["COP"]
    assert [ents[i].sector for i in acts[0].recipients] in (["CVL"], ["EDU"])


@pytest.mark.parametrize(
    ("text", "trigger", "victim"),
    [
        ("Sirhan Sirhan was taken to hospital after being stabbed in the neck.", "stabbed",
         "Sirhan Sirhan"),
        ("Ahmed Ali died in hospital on Tuesday after being shot in his car.", "shot",
         "Ahmed Ali"),
    ],
)  # fmt: skip
def test_an_agentless_passive_adjunct_is_done_to_the_subject(read, text, trigger, victim) -> None:
    """ "X died after being shot": the shooting is reported done to X, with no doer named."""
    doc = read(text)
    ev = event(doc, trigger)
    assert not ev.actors
    assert [e.name for e in targets(doc, ev)] == [victim]


@pytest.mark.parametrize(
    ("text", "trigger", "victims"),
    [
        ("Gunmen killed five and wounded 110 in Kabul on Sunday.", "killed",
         [("five", "AFG", "CVL"), ("110", "AFG", "CVL")]),
        ("Police arrested 12 in Delhi on Sunday.", "arrested", [("12", "IND", "CRM")]),
        ("Gunmen killed two soldiers and wounded three others near the border.", "killed",
         [("soldiers", None, "MIL"), ("three others", None, "CVL")]),
    ],
)  # fmt: skip
def test_a_bare_count_is_the_people_it_was_done_to(read, text, trigger, victims) -> None:
    """ "killed five and wounded 110", "arrested 12": the count stands for people, the noun
    left out; victims CVL or suspects CRM, their country the one their passage gives (never
    the place itself as the target)."""
    doc = read(text)
    found = targets(doc, event(doc, trigger))
    assert [(e.name, e.country, e.sector) for e in found] == victims


def test_a_count_of_an_of_phrase_is_its_people(read) -> None:
    doc = read("Security forces killed two of the attackers on Sunday.")
    assert [e.sector for e in targets(doc, event(doc, "killed"))] == ["UAF"]

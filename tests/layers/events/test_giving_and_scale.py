"""Whom an act of giving reaches and who does a nominal act (issue 21, recall of COOPERATE, AID
and RETREAT): a passive that keeps what is given as its object ("was given loans"), and verbs
that raise an act's scale ("increased cooperation with") standing for the act."""

from __future__ import annotations

from newsevents.records import Document, Event

PUBLISHED = "2021-03-04"


def names(doc: Document, ids: tuple[str, ...]) -> list[str]:
    ents = {e.id: e.name for e in doc.entities}
    return [ents[i] for i in ids]


def plover(doc: Document, kind: str) -> list[Event]:
    return [e for e in doc.events if e.plover == kind]


def test_a_passive_that_keeps_what_is_given_has_the_receiver_as_subject(read) -> None:
    doc = read("The Ukrainian army was given weapons by the United States in March.")
    (ev,) = plover(doc, "AID")
    assert names(doc, ev.actors) == ["United States"]
    assert names(doc, ev.recipients) == ["Ukrainian army"]
    doc = read("General Motors was given loans worth $9 billion from the government last year.")
    (ev,) = plover(doc, "AID")
    assert "General Motors" in names(doc, ev.recipients)
    assert ev.actors


def test_a_pardon_granted_in_the_passive_reaches_its_subject(read) -> None:
    doc = read("Former senator Mary Cole was granted a pardon after serving six years in prison.")
    (ev,) = [e for e in doc.events if e.plover in ("RETREAT", "CONCEDE")]
    assert names(doc, ev.recipients) == ["Mary Cole"]


def test_a_life_sentence_given_is_no_aid(read) -> None:
    assert not plover(read("The bomber was given a life sentence by the court in 2010."), "AID")


def test_raising_the_scale_of_an_act_is_doing_it(read) -> None:
    doc = read("Iran has increased cooperation with the Russian navy in the last two years.")
    (ev,) = plover(doc, "COOPERATE")
    assert names(doc, ev.actors) == ["Iran"]
    doc = read("The European Commission expanded its investigation into Google on Monday.")
    (ev,) = plover(doc, "ACCUSE")
    assert names(doc, ev.actors) == ["European Commission"]

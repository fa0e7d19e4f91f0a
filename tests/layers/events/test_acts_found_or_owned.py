"""Acts a court found or their doer owned (issue 21, noun-recall helper h32): the act in the
complement of a conviction, a guilty finding or plea, or a confession is an event of its own,
done by the one convicted or confessing (docs/coding-guide.md section 1: the act confessed to
is coded; courts reporting a crime count as the article asserting it)."""

from __future__ import annotations

from .parties import coded, first, names, typed

PUBLISHED = "2021-06-10"


def test_the_act_a_conviction_names_is_done_by_the_one_convicted(read) -> None:
    doc = read("A jury in Denver convicted Daniel Okafor of stabbing a shop owner in 2019.")
    ev = first(doc, "stabbing")
    assert ev.plover == "ASSAULT" and names(doc, ev.actors) == {"Daniel Okafor"}
    assert coded(doc, "116"), "the conviction keeps its own event"


def test_a_passive_guilty_finding_names_its_doer_by_the_subject(read) -> None:
    doc = read("Three prison guards were found guilty on Monday of beating an inmate in Leeds.")
    ev = first(doc, "beating")
    assert ev.plover == "ASSAULT" and names(doc, ev.actors) == {"prison guards"}


def test_a_confessed_killing_told_by_a_noun(read) -> None:
    doc = read("Mario Kessler confessed to the killings of two hikers in the Alps.")
    assert typed(doc, "ASSAULT") == [("killings", ["Mario Kessler"], ["hikers"])]


def test_a_plea_to_a_definite_murder_noun(read) -> None:
    doc = read("Ruth Alvarado pleaded guilty to the murder of her business partner.")
    ev = first(doc, "murder")
    assert ev.cameo == "1823" and names(doc, ev.actors) == {"Ruth Alvarado"}


def test_a_bare_offence_noun_is_no_act_told(read) -> None:
    doc = read("Peter Lindqvist was convicted of murder and of assaults in 2015.")
    assert not [e for e in doc.events if e.plover == "ASSAULT"]


def test_an_accused_or_suspected_act_stays_uncoded(read) -> None:
    doc = read(
        "Tomas Ferreira was accused of stabbing a taxi driver. "
        "Lena Moss was arrested on suspicion of attacking a guard."
    )
    assert not [e for e in doc.events if e.plover == "ASSAULT"]


def test_a_murder_noun_alone_points_at_no_earlier_act(read) -> None:
    doc = read(
        "Police fired on the crowd in Kano on Monday. "
        "The governor condemned the killings of the shopkeepers."
    )
    assert not [e for e in doc.events if e.trigger.text == "killings"]

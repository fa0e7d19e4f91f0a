"""Passives whose "was" or "were" a headline or a gapped clause left out: a past participle
with a subject of its own and no auxiliary ("and four farmers killed"), a headline's
capitalised past form of a legal verb ("Bus Driver Charged With Manslaughter"). Their
subject is the one the act is done to, never its doer."""

from __future__ import annotations

from .parties import coded, names

PUBLISHED = "2024-06-12"


def test_a_gapped_participle_makes_its_subject_the_victim(read) -> None:
    doc = read(
        "The mayor of Tarso told reporters that two houses had been destroyed and four "
        "farmers killed in the storm."
    )
    assert all("farmers" not in " ".join(names(doc, e.actors)) for e in doc.events)


def test_a_headline_charge_is_done_to_its_subject(read) -> None:
    doc = read("Bus Driver Charged With Manslaughter\nThe crash happened on Monday in Leeds.")
    assert all("Bus Driver" not in names(doc, e.actors) for e in doc.events)
    assert not [e for e in doc.events if e.plover == "ACCUSE"]


def test_the_object_gap_of_a_relative_clause_stays_active(read) -> None:
    # "the man police arrested": the police arrest, the gap is the object
    doc = read("The man Police Arrested on Friday in Leeds was Tom Hale, a local builder.")
    assert all("The man" not in names(doc, e.actors) for e in coded(doc, "173"))

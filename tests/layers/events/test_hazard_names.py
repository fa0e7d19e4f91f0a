"""A name the article gives a natural hazard ('Hurricane Imelda', 'Typhoon Koinu') names the
storm wherever it stands alone, and a storm is no party an act aims at
(abstention_words.json natural_agents)."""

from __future__ import annotations

from .parties import coded, named

PUBLISHED = "2021-09-03"


def test_a_named_storm_is_no_target(read) -> None:
    doc = read(
        "Hurricane Imelda reached the coast of Louisiana on Friday. The governor of Louisiana, "
        "John Bel Edwards, declared a state of emergency in anticipation of Imelda."
    )
    found = coded(doc, "1724")
    assert found, [(e.trigger.text, e.cameo) for e in doc.events]
    assert "Imelda" not in named(doc, found[0].recipients), named(doc, found[0].recipients)


def test_a_person_of_the_same_name_stays_a_target(read) -> None:
    doc = read("Police arrested Imelda Cruz in Manila on Friday after the robbery of a bank.")
    found = coded(doc, "173")
    assert found and "Imelda Cruz" in named(doc, found[0].recipients)

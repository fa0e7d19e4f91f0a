"""A noun that names someone by a relation to another ("his neighbour", "her successor", "its
allies": person_words.json relation_words) never names its possessor: the possessor is the other
side of the relation. With no entity of its own such a phrase names no party, so the victim of an
attack by "his neighbour" is never its doer (issue 21, parties). Read through the whole
pipeline."""

from __future__ import annotations

from .parties import coded, names

PUBLISHED = "2020-03-04"


def test_victim_is_not_the_doer_of_an_attack_by_his_neighbour(read) -> None:
    doc = read("A fisherman in Tanzania was stabbed to death by his neighbour on Sunday.")
    for ev in coded(doc, "18"):
        assert "fisherman" not in names(doc, ev.actors)


def test_victim_is_not_the_doer_of_an_attack_by_his_friend(read) -> None:
    doc = read("Omar Haddad was stabbed by his friend outside a cafe on Friday.")
    for ev in coded(doc, "18"):
        assert "Omar Haddad" not in names(doc, ev.actors)


def test_the_rival_of_a_named_man_is_not_that_man(read) -> None:
    doc = read("Senator Tom Reyes's rival criticized the tax plan on Wednesday.")
    for ev in doc.events:
        assert "Tom Reyes" not in names(doc, ev.actors)


def test_a_named_attacker_stays_the_doer(read) -> None:
    doc = read("A fisherman in Tanzania was stabbed to death by Juma Mwita on Sunday.")
    assert any("Juma Mwita" in names(doc, ev.actors) for ev in coded(doc, "18"))

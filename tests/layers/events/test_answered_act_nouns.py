"""A response to an act a definite noun points back to is aimed at the act's doer, also where
the article told that act only as a noun whose possessor did it."""

from __future__ import annotations

from .parties import typed

PUBLISHED = "2020-01-08"


def test_a_response_to_an_act_told_as_a_possessed_noun_aims_at_its_doer(read) -> None:
    told = "The vote follows Israel's killing of a Hamas commander in a raid last week. "
    doc = read(told + "The Palestinian Foreign Ministry characterized the attack as a crime.")
    assert [t for _, _, t in typed(doc, "ACCUSE")] == [["Israel"]]
    doc = read(told + "Prime Minister Rami Hamdallah spoke out against the attack on Monday.")
    assert [t for _, _, t in typed(doc, "ACCUSE")] == [["Israel"]]


def test_a_rejected_offer_aims_at_the_one_who_made_it(read) -> None:
    doc = read(
        "Acme Holdings Inc. said it extended its $20-a-share offer for Brightwater Corp. "
        "Brightwater's board has rejected the offer as too low."
    )
    rejected = [t for trig, _, t in typed(doc, "REJECT") if trig == "rejected"]
    assert rejected == [["Acme Holdings Inc."]]


def test_a_death_is_no_act_its_possessor_did(read) -> None:
    doc = read(
        "Maria Lopez, a reporter, died on Monday. Officials called for her death to be "
        "investigated. Editor John Smith called the death a senseless killing."
    )
    assert all("Maria Lopez" not in t for trig, _, t in typed(doc, "ACCUSE") if trig == "called")

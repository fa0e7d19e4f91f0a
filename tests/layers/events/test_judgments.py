"""A speaker's words that a party or its act is wrong ("is unacceptable", "an outrage") are
criticism of that party (CAMEO 111, PLOVER ACCUSE: `layers/events/judgments.py`)."""

from __future__ import annotations

from newsevents.records import Document

from .parties import typed

PUBLISHED = "2021-03-10"


def accusations(doc: Document) -> list[tuple[str, list[str], list[str]]]:
    return typed(doc, "ACCUSE")


def test_an_act_judged_unacceptable_is_criticism_of_its_doer(read) -> None:
    doc = read("The Danish foreign ministry said the decision by Norway was unacceptable.")
    found = accusations(doc)
    assert any(t == "unacceptable" and "Norway" in r for t, _, r in found), found


def test_a_quoted_judgment_is_the_speakers_criticism(read) -> None:
    doc = read('"Volkswagen\'s treatment of its drivers is disgraceful," said Senator Ann Lowe.')
    found = accusations(doc)
    assert any(
        t == "disgraceful" and "Ann Lowe" in a[0] and r == ["Volkswagen"] for t, a, r in found
    ), found


def test_a_judgment_of_no_party_or_negated_is_no_event(read) -> None:
    for text in (
        "The mayor said the situation at the river was unacceptable.",
        "The senator said the decision by Norway was not illegal.",
        "Officials said the storm damage was dangerous for drivers.",
    ):
        assert not accusations(read(text)), text


def test_a_courts_quoted_finding_is_left_to_its_ruling(read) -> None:
    doc = read(
        'The Supreme Court of Freedonia said: "The order issued by the Ministry of Transport '
        'was unlawful."'
    )
    assert not [x for x in accusations(doc) if x[0] == "unlawful"], accusations(doc)

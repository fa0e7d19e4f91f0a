"""A prison sentence received, given or handed down is the sentencing (CAMEO 173, PLOVER COERCE):
the one who receives it is the target, the court that gives it the source; a sentence being
served is no act."""

from __future__ import annotations

from newsevents.records import Document

from .parties import typed

PUBLISHED = "2022-06-03"


def coercions(doc: Document) -> list[tuple[str, list[str], list[str]]]:
    return typed(doc, "COERCE")


def test_a_sentence_received_is_the_sentencing_of_its_receiver(read) -> None:
    for text, trigger in (
        ("Marta Kowalczyk received a four-year prison sentence on Tuesday.", "received"),
        ("Marta Kowalczyk got a life sentence for the bank robbery.", "got"),
        ("Marta Kowalczyk was given two additional prison sentences.", "given"),
    ):
        found = coercions(read(text))
        assert any(t == trigger and "Marta Kowalczyk" in r for t, _, r in found), (text, found)


def test_a_sentence_handed_down_is_the_judges_act(read) -> None:
    doc = read("Judge Harold Wilkes handed down the maximum sentence on Friday.")
    found = coercions(doc)
    assert any(t == "handed down" and "Harold Wilkes" in a[0] for t, a, _ in found), found


def test_a_sentence_being_served_is_no_act(read) -> None:
    doc = read("Marta Kowalczyk is serving a four-year prison sentence in Warsaw.")
    assert not coercions(doc), coercions(doc)


def test_a_sentence_referred_to_by_a_relative_clause_is_no_act(read) -> None:
    doc = read(
        "The judge said her ruling had nothing to do with the sentence Marta Kowalczyk "
        "received in another case."
    )
    assert not [x for x in coercions(doc) if x[0] == "received"], coercions(doc)


def test_the_measure_of_a_sentence_not_given_is_no_act(read) -> None:
    doc = read("Judge Harold Wilkes said he was not giving them the longest possible sentence.")
    assert not [x for x in coercions(doc) if x[0] == "giving"], coercions(doc)


def test_a_sentence_hard_to_get_is_no_sentencing(read) -> None:
    for text in (
        "It is hard to get a death sentence in Oregon.",
        "The trial showed how difficult it is to get a life sentence in Dane County.",
    ):
        found = [x for x in coercions(read(text)) if x[0] == "get"]
        assert not found, (text, found)


def test_a_prison_is_never_the_court_that_sentences(read) -> None:
    doc = read("Tomas Ferreira received a sentence of life in prison without parole.")
    found = coercions(doc)
    assert any(t == "received" and "Tomas Ferreira" in r for t, _, r in found), found
    assert not [x for x in found if any("prison" in n.lower() for n in x[1])], found

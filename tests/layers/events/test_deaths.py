"""Whether an act killed anyone, and how many: `Event.fatality` from the act's own parse
(`layers/events/deaths.py`)."""

from __future__ import annotations

import pytest

from newsevents.ontology.reading import death_words
from newsevents.records import Document, Event, Fatality

PUBLISHED = "2002-03-02"


def assault(doc: Document) -> Event:
    (ev,) = [e for e in doc.events if e.plover == "ASSAULT"]
    return ev


def fatality(doc: Document) -> Fatality | None:
    return assault(doc).fatality


@pytest.mark.parametrize(
    ("text", "killed", "words", "evidence"),
    [
        ("Police killed five people in Gujarat on Monday.", 5, "killed", "verb"),
        ("Police shot dead a suspected terrorist in Srinagar.", 1, "shot dead", "verb"),
        ("Police fired at the mob, killing two protesters.", 2, "killing", "clause"),
        ("Police fired at the mob, killing one.", 1, "killing", "clause"),
        ("Police opened fire on the rioters, leaving three dead.", 3, "leaving three dead",
         "clause"),
        ("Two protesters were killed in police firing in Ahmedabad.", 2, "killed", "means"),
        ("One person was killed when the police fired 15 rounds in Santrampur.", 1, "killed",
         "means"),
        ("Police fired on a mob in Vadodara, killing several rioters.", None, "killing",
         "clause"),
        ("Soldiers attacked the village, killing the chief and his two sons.", None, "killing",
         "clause"),
        ("Soldiers attacked the village, killing the leader of 500 rebels.", 1, "killing",
         "clause"),
        ("In 2019 the army carried out a drone attack that left six soldiers dead.", 6,
         "left six soldiers dead", "clause"),
        ("Rioting and police firing in Bharuch left two dead.", 2, "left two dead", "clause"),
        ("Two people were killed and six were injured when the police opened fire in Vadodara.",
         2, "killed", "means"),
    ],
)  # fmt: skip
def test_a_death_the_act_tells_makes_it_fatal(read, text, killed, words, evidence) -> None:
    doc = read(text)
    found = fatality(doc)
    assert found is not None and found.fatal
    assert (found.killed, found.text, found.evidence) == (killed, words, evidence)
    assert doc.article.text[found.start : found.end] == found.text


def test_the_death_toll_is_the_quantity_of_the_act(read) -> None:
    doc = read("Police killed five people in Gujarat on Monday.")
    ev = assault(doc)
    assert ev.fatality is not None and ev.fatality.quantity is not None
    (toll,) = [q for q in doc.quantities if q.id == ev.fatality.quantity]
    assert toll.text == "five people" and toll.id in ev.quantities


def test_a_clause_that_says_no_one_died_makes_the_act_not_fatal(read) -> None:
    found = fatality(read("No one was killed when police fired on the crowd in Delhi."))
    assert found is not None and (found.fatal, found.killed, found.text) == (False, 0, "killed")


@pytest.mark.parametrize(
    "text",
    [
        "Police fired at the mob in Ahmedabad on Monday.",  # no death told
        "The soldiers may have killed three villagers.",  # hedged
        "The man was nearly killed when police fired on the crowd.",  # nearly: survived
        "The man was not killed when police fired on the crowd.",  # denied of one person
        "Police fired at the mob, trying to kill the leader.",  # not done
    ],
)
def test_an_act_the_text_tells_no_death_of_has_no_fatality(read, text) -> None:
    assert all(e.fatality is None for e in read(text).events)


def test_a_threat_to_kill_and_killing_time_are_no_deaths(read) -> None:
    doc = read("The gang threatened to kill the shopkeeper.")
    assert doc.events and all(e.fatality is None for e in doc.events)
    doc = read("The soldiers killed time in the barracks before the raid.")
    assert all(e.fatality is None for e in doc.events)


def test_only_acts_of_violence_get_a_fatality() -> None:
    assert set(death_words()["violent_types"]) == {"ASSAULT", "FIGHT"}

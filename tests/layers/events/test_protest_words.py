"""Protest acts told by nouns: hyphenated words the tokenizer splits ("sit-in"); who takes to
the streets (a crowd protests; soldiers and fans do not)."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2021-03-01"


def protests(doc: Document) -> list[tuple[list[str], str]]:
    ents = {e.id: e for e in doc.entities}
    return [
        ([ents[i].name for i in e.actors], e.trigger.text)
        for e in doc.events
        if e.plover == "PROTEST"
    ]


def test_a_hyphenated_protest_noun_is_read_whole(read) -> None:
    # the tokenizer splits "sit-ins" into "sit" "-" "ins"; the lexicon lists "sit-in"
    doc = read("Striking nurses staged sit-ins at three hospitals in Lagos on Monday.")
    assert protests(doc) == [(["Striking nurses"], "staged sit-ins")]


def test_a_hyphenated_noun_keeps_its_whole_word_as_trigger(read) -> None:
    doc = read("Hundreds of students held a sit-in outside the ministry in Nairobi on Friday.")
    assert any(trigger.endswith("sit-in") for _, trigger in protests(doc))


def test_taking_part_in_a_protest_is_protesting(read) -> None:
    doc = read("About 200 dock workers took part in a march to the port authority on Tuesday.")
    assert protests(doc) == [(["About 200 dock workers"], "took part in a march")]


def test_participating_in_a_strike_is_striking(read) -> None:
    doc = read("Several unions participated in the strike against the pension reform in Paris.")
    assert [actors for actors, _ in protests(doc)] == [["Several unions"]]


def test_a_demonym_before_a_protest_noun_is_not_the_state(read) -> None:
    # "Greek riots", "Chilean protests": whose people and where, never the state protesting
    doc = read("Three bank workers died during Greek riots on Wednesday.")
    assert all(actors != ["Greece"] for actors, _ in protests(doc))
    doc = read("The Chilean protests forced the president to cancel the summit.")
    assert all("Chile" not in actors for actors, _ in protests(doc))


def test_the_protesters_before_a_demonym_protest_stay_its_doers(read) -> None:
    doc = read("Thousands of miners joined the French strikes on Tuesday.")
    assert [actors for actors, _ in protests(doc)] == [["miners"]]


def test_a_state_as_possessor_of_protests_is_left_alone(read) -> None:
    # "Iran's protests against the deal" may be the state's own protest
    doc = read("Iran's protests against the deal grew louder.")
    assert [actors for actors, _ in protests(doc)] == [["Iran"]]


def test_a_counted_crowd_protests(read) -> None:
    # after "thousands of X" the tagger reads "protested" as a participle; people are never
    # what is protested, so the counted crowd is the one protesting
    doc = read("Thousands of taxi drivers protested in Madrid on Thursday.")
    assert protests(doc) == [(["taxi drivers"], "protested")]
    doc = read("Tens of thousands of teachers protested against the pay freeze in Rome.")
    assert [actors for actors, _ in protests(doc)] == [["teachers"]]


def test_a_counted_crowd_arrested_stays_the_patient(read) -> None:
    # a verb of no protest keeps its reduced-passive reading: the crowd is arrested
    doc = read("Hundreds of fishermen arrested near the harbour in Dakar.")
    ents = {e.id: e.name for e in doc.entities}
    assert all("fishermen" not in [ents[i] for i in e.actors] for e in doc.events)


def test_a_counted_crowd_read_as_a_phrase_still_protests(read) -> None:
    # the parser hangs "protested" on the count as a reduced relative, leaving no finite verb
    doc = read(
        "Hundreds of teachers in the capital protested on Monday against the ministry's plan"
        " to cut their pay."
    )
    assert [actors for actors, _ in protests(doc)] == [["teachers"]]


def test_a_body_of_people_named_by_an_of_phrase_protests(read) -> None:
    # "a group of students": the parser hangs "protested" on "group" as a reduced relative,
    # leaving the sentence no finite verb; the body named is the crowd that protests
    doc = read("A group of students protested outside the Egyptian parliament in Cairo.")
    assert protests(doc) == [(["group"], "protested")]
    doc = read("A crowd of farmers protested against the new fuel tax in Lyon.")
    assert [actors for actors, _ in protests(doc)] == [["crowd"]]


def test_a_body_of_people_arrested_stays_the_patient(read) -> None:
    doc = read("A group of fishermen arrested near the harbour in Dakar.")
    ents = {e.id: e.name for e in doc.entities}
    assert all("group" not in [ents[i] for i in e.actors] for e in doc.events)


def test_soldiers_or_fans_taking_to_the_streets_do_not_protest(read) -> None:
    doc = read("Army units took to the streets of the port city on Sunday to remove roadblocks.")
    assert protests(doc) == []
    doc = read("Hockey fans took to the streets to celebrate the title on Saturday night.")
    assert protests(doc) == []


def test_a_crowd_taking_to_the_streets_protests(read) -> None:
    doc = read("Thousands of nurses took to the streets of Lagos on Monday to demand higher pay.")
    assert protests(doc) != []

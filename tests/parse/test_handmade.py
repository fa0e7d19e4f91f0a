"""The hand-built parse: the Document the spaCy parser makes, and real stages reading it without
a model."""

from __future__ import annotations

import pytest

from newsevents.config import Settings
from newsevents.layers.entities import EntityStage
from newsevents.layers.events import EventStage
from newsevents.layers.timexes import TimexStage
from newsevents.parse.handmade import PARSER_LAYERS, make_document
from newsevents.readers import make_article
from newsevents.records import NamedSpan, Sentence

# "Biden met Scholz in Berlin ." as a parser should read it (the small model reads
# "Biden met Scholz" as one ORG name, so this is also a parse the model cannot give).
MEETING = {
    "words": ["Biden", "met", "Scholz", "in", "Berlin", "."],
    "heads": [1, 1, 1, 1, 3, 1],
    "deps": ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
    "tags": ["NNP", "VBD", "NNP", "IN", "NNP", "."],
    "pos": ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
    "lemmas": ["Biden", "meet", "Scholz", "in", "Berlin", "."],
    "ents": [("Biden", "PERSON"), ("Scholz", "PERSON"), ("Berlin", "GPE")],
}

# What the parser gives for "The talks will resume next Tuesday ." (checked below).
TALKS = {
    "words": ["The", "talks", "will", "resume", "next", "Tuesday", "."],
    "heads": [1, 3, 3, 3, 5, 3, 3],
    "deps": ["det", "nsubj", "aux", "ROOT", "amod", "npadvmod", "punct"],
    "tags": ["DT", "NNS", "MD", "VB", "JJ", "NNP", "."],
    "pos": ["DET", "NOUN", "AUX", "VERB", "ADJ", "PROPN", "PUNCT"],
    "lemmas": ["the", "talk", "will", "resume", "next", "Tuesday", "."],
    "morphs": [
        "Definite=Def|PronType=Art",
        "Number=Plur",
        "VerbForm=Fin",
        "VerbForm=Inf",
        "Degree=Pos",
        "Number=Sing",
        "PunctType=Peri",
    ],
    "ents": [(4, 6, "DATE")],
}


def test_the_document_has_text_offsets_sentences_and_names() -> None:
    doc = make_document(
        ["Joe", "Biden", "spoke", ".", "He", "left", "."], ents=[("Joe Biden", "PERSON")]
    )
    assert doc.article.text == "Joe Biden spoke . He left ."
    assert all(doc.article.text[t.start : t.end] == t.text for t in doc.tokens)
    assert [t.lemma for t in doc.tokens[:3]] == ["joe", "biden", "spoke"]
    assert [t.head for t in doc.tokens] == list(range(7))  # unparsed: each token its own root
    assert doc.sentences == (Sentence(0, 17, 0, 4), Sentence(18, 27, 4, 7))
    assert [t.sent for t in doc.tokens] == [0, 0, 0, 0, 1, 1, 1]
    assert doc.ner == (NamedSpan(0, 9, "Joe Biden", "PERSON", 0, 2),)
    assert [(t.ent_type, t.ent_iob) for t in doc.tokens[:3]] == [
        ("PERSON", "B"),
        ("PERSON", "I"),
        ("", "O"),
    ]
    assert doc.layers == PARSER_LAYERS == {"article", "tokens", "sentences", "ner"}


def test_spaces_and_sentence_starts_are_taken_as_given() -> None:
    doc = make_document(
        ["Berlin", ".", "Rain", "!"],
        spaces=[False, True, False, False],
        sent_starts=[True, False, False, False],
    )
    assert doc.article.text == "Berlin. Rain!"
    assert doc.sentences == (Sentence(0, 13, 0, 4),)


def test_the_same_words_and_parse_give_what_the_parser_gives(pipeline) -> None:
    article = make_article(
        "The talks will resume next Tuesday .", published="2024-06-12", language="en", detect=False
    )
    assert make_document(**TALKS, published="2024-06-12") == pipeline.parser.parse(article)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"heads": [1, 0, 0]}, "heads has 3 values for 2 words"),
        ({"heads": [1, 1], "sent_starts": [True, True]}, "outside its sentence"),
        ({"ents": [("Scholz", "PERSON")]}, "not a run of the words"),
        ({"ents": [("Joe Biden", "PERSON"), (1, 2, "PERSON")]}, "overlaps"),
    ],
)
def test_an_impossible_parse_is_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_document(["Joe", "Biden"], **kwargs)


def test_entity_and_event_stages_read_a_hand_built_parse() -> None:
    settings = Settings()
    doc = EntityStage(settings)(make_document(**MEETING, published="2024-06-12"))
    ids = {e.name: e.id for e in doc.entities}
    assert {"Biden", "Scholz", "Berlin"} <= set(ids)
    (event,) = EventStage(settings)(doc).events
    assert event.trigger.text == "met" and event.plover == "CONSULT"
    assert event.actors == (ids["Biden"],)
    assert ids["Scholz"] in event.recipients
    assert event.location is not None and event.location.name == "Berlin"


def test_timex_stage_reads_a_hand_built_parse() -> None:
    doc = make_document(**TALKS, published="2024-06-12")  # a Wednesday
    (timex,) = TimexStage(Settings())(doc).timexes
    assert (timex.text, timex.type, timex.value) == ("next Tuesday", "DATE", "2024-06-18")

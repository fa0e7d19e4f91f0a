"""Sentence records of the spaCy stage: blank lines and captions glued to a sentence."""

from __future__ import annotations

import pytest

from newsevents.readers import make_article


def sentences(pipeline, text: str) -> list[str]:
    doc = pipeline.parser.parse(make_article(text))
    return [doc.article.text[s.start : s.end].strip() for s in doc.sentences]


def test_parse_splits_a_caption_from_the_sentence_it_is_glued_to(pipeline) -> None:
    got = sentences(
        pipeline,
        "Image copyright Reuters Image caption Firefighters worked through the night at the "
        "warehouse Three workers were rescued from the roof of the burning building on Tuesday.",
    )
    assert got == [
        "Image copyright Reuters Image caption Firefighters worked through the night at the "
        "warehouse",
        "Three workers were rescued from the roof of the burning building on Tuesday.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Image caption The mayor meets with Prime Minister John Doe in Paris",  # "with Prime"
        "Media caption Protests continue in New York Mr Smith seems to be backing down.",
        "Image caption Mr Doe announced a new FBI inquiry shortly before election day",
    ],
)
def test_parse_leaves_a_caption_whole_where_a_name_follows_its_word(pipeline, text) -> None:
    assert sentences(pipeline, text) == [text]


def test_parse_leaves_sentences_without_a_caption_label_alone(pipeline) -> None:
    text = "Rescuers worked at the well Dozens of them stayed overnight."
    assert len(sentences(pipeline, text)) == 1


@pytest.mark.parametrize(
    "line", ["Tuesday, March 3, 2020", "March 3, 2020", "3 March 2020", "Tue., Mar. 3, 2020"]
)
def test_parse_splits_a_date_line_from_the_lead_under_it(pipeline, line) -> None:
    lead = "The mayor of Springfield closed the city's schools after a flood."
    sents = sentences(pipeline, f"{line}\n{lead}")
    assert [s.strip() for s in sents] == [line, lead]
    doc = pipeline.parser.parse(make_article(f"{line}\n{lead}"))
    assert all(t.sent == 1 for t in doc.tokens if t.text in ("mayor", "closed"))
    assert all(doc.tokens[t.head].sent == t.sent for t in doc.tokens)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on March 3, 2020\nthat the schools would stay closed.",
        "The flood of March 3, 2020 closed the schools.",
    ],
)
def test_parse_leaves_a_date_inside_a_sentence_alone(pipeline, text) -> None:
    assert len(sentences(pipeline, text)) == 1

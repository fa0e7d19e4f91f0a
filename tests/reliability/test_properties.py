"""Property tests over the whole extraction pipeline: whatever the text, reading it never raises
(other than refusing it as input), every offset lies inside the text and slices to the text it
claims, every id an annotation refers to exists, and the JSON record validates against the
schema.

Two kinds of text: arbitrary Unicode, and news-like word salad built from names, verbs,
quantities, dates and quote marks that make every stage fire. Bounded (`EXAMPLES` each) so the
module runs in well under a minute.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsevents.errors import InputError
from newsevents.readers import make_article
from newsevents.records import Document
from newsevents.serialize import to_dict

EXAMPLES = 80

WORDS = (
    "Joe Biden", "Olaf Scholz", "Volodymyr Zelensky", "Russia", "Ukraine", "NATO", "Kyiv",
    "the United Nations", "the European Union", "China", "Beijing", "Hamas", "Israel", "Gaza",
    "President", "Prime Minister", "the minister", "police", "rebels", "troops", "he", "she",
    "they", "it", "his", "their", "said", "told", "attacked", "met", "signed", "condemned",
    "accused", "warned", "agreed", "will", "would", "not", "may", "visited", "killed", "fired",
    "on Monday", "last week", "June 12, 2024", "2024-06-12", "in 2023", "yesterday", "at noon",
    "$2 million", "40 percent", "3,000", "1.5bn", "about 12", "dozens of", "€5", "two",
    "in", "of", "the", "a", "and", "to", "that", "after", "with", "against", "over", "by",
    "“", "”", '"', "'", "‘", "’", "«", "»", ",", ".", ".", "?", "!", ";", ":", "(", ")", "-",
    "—", "\n", "\n\n", "\t", "U.S.", "Mr.", "Dr.", "No.", "e.g.", "...", "🙂", "\u200b",
    "e\u0301", "Å", "İ", "ß", "ﬁ", "Ⅻ", "٣", "１２",
)  # fmt: skip

news_like = st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join)
unicode_text = st.text(max_size=400)
mixed = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(" ".join)


def _read(pipeline: Any, text: str) -> Document | None:
    try:
        article = make_article(text, language="en", published="2024-06-12")
        return pipeline.run(article)
    except InputError:  # refused as input (no text): a clear refusal, not a crash
        return None


def _spans(obj: Any, path: str = "doc") -> list[tuple[str, Any]]:
    """Every record with start/end offsets anywhere in the document tree."""
    out: list[tuple[str, Any]] = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = {f.name for f in dataclasses.fields(obj)}
        if {"start", "end"} <= names:
            out.append((path, obj))
        for name in names - {"article"}:
            out += _spans(getattr(obj, name), f"{path}.{name}")
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            out += _spans(item, f"{path}[{i}]")
    return out


def check_offsets(doc: Document) -> None:
    text = doc.article.text
    for where, rec in _spans(doc):
        if rec.start is None or rec.end is None:  # optional offsets (a date the text lacks)
            continue
        assert 0 <= rec.start <= rec.end <= len(text), (where, rec)
        # what the record says it covers (a Location names its place; a Sentence says nothing)
        said = getattr(rec, "text", getattr(rec, "name", None))
        if said is not None:
            assert text[rec.start : rec.end] == said, (where, rec)
    n_tok = len(doc.tokens)
    for tok in doc.tokens:
        assert 0 <= tok.head < n_tok and 0 <= tok.sent < max(len(doc.sentences), 1)
    for s in doc.sentences:
        assert 0 <= s.tok_start <= s.tok_end <= n_tok
    for span in doc.ner:
        assert 0 <= span.tok_start <= span.tok_end <= n_tok


def check_references(doc: Document) -> None:
    def unique(ids: list[str]) -> set[str]:
        assert len(ids) == len(set(ids)), ids
        return set(ids)

    entities = unique([e.id for e in doc.entities])
    events = unique([e.id for e in doc.events])
    quantities = unique([q.id for q in doc.quantities])
    unique([q.id for q in doc.quotes])
    unique([t.id for t in doc.timexes])
    for ev in doc.events:
        assert set(ev.actors) <= entities and set(ev.recipients) <= entities, ev
        assert set(ev.quantities) <= quantities, ev
        assert ev.attribution is None or ev.attribution.speaker in (None, *entities), ev
        assert 0 <= ev.sentence < len(doc.sentences), ev
    for q in doc.quotes:
        assert q.speaker is None or q.speaker in entities, q
    if doc.main_event is not None:
        assert doc.main_event.event is None or doc.main_event.event in events


def check_all(doc: Document | None, validate: Any) -> None:
    if doc is None:
        return
    check_offsets(doc)
    check_references(doc)
    record = json.loads(json.dumps(to_dict(doc), ensure_ascii=False, allow_nan=False))
    validate(record)


BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@BOUNDED
@given(text=news_like)
def test_news_like_text_reads_into_consistent_records(pipeline, validate, text):
    check_all(_read(pipeline, text), validate)


@BOUNDED
@given(text=unicode_text)
@example(text="\u00af\n")  # a sign the parser reads as a PERSON whose name has no word
def test_any_unicode_text_reads_or_is_refused_as_input(pipeline, validate, text):
    check_all(_read(pipeline, text), validate)


@BOUNDED
@given(text=mixed)
def test_news_words_among_random_unicode_read_consistently(pipeline, validate, text):
    check_all(_read(pipeline, text), validate)


def test_the_checks_catch_a_bad_offset_and_a_dangling_id(pipeline):
    # the property checks above must be able to fail
    import pytest

    doc = _read(pipeline, "Joe Biden met Olaf Scholz in Berlin on Monday.")
    assert doc is not None and doc.entities
    bad_span = dataclasses.replace(doc.tokens[0], end=doc.tokens[0].end + 1)
    with pytest.raises(AssertionError):
        check_offsets(dataclasses.replace(doc, tokens=(bad_span, *doc.tokens[1:])))
    if doc.events:
        ev = dataclasses.replace(doc.events[0], actors=("e999",))
        with pytest.raises(AssertionError):
            check_references(dataclasses.replace(doc, events=(ev, *doc.events[1:])))
    with pytest.raises(AssertionError):
        check_references(dataclasses.replace(doc, entities=doc.entities * 2))

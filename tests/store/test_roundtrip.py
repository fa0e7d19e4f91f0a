"""Round trips compare records, never dicts with dicts: a Document through the JSON contract
(`from_dict(to_dict(doc)) == doc`) and through the DuckDB store, on real and on drawn documents."""

from __future__ import annotations

import json
from dataclasses import fields, replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.readers import make_article
from newsevents.records import Document, Failure
from newsevents.serialize import drop_parse, from_dict, record_dict, to_dict, to_json
from newsevents.store.duck import DuckStore
from tests.conftest import ROOT, SEED_TXT
from tests.strategies import documents

EXAMPLES = sorted((ROOT / "examples").glob("*.jsonl"))


def _through_json(doc: Document, *, parse: bool = False) -> Document:
    return from_dict(json.loads(to_json(doc, parse=parse)))


def _records(pipeline, items: list[dict]) -> list[Document]:
    articles = [
        make_article(
            r["text"], published=r.get("published"), url=r.get("url"), title=r.get("title")
        )
        for r in items
    ]
    out = list(pipeline.run_many(articles, on_error="raise"))
    assert all(isinstance(d, Document) for d in out)
    return out  # type: ignore[return-value]


@pytest.fixture(scope="module")
def real_docs(pipeline) -> list[Document]:
    """The seed article when ../shared is present, and every in-repo example (never empty)."""
    items = [json.loads(line) for f in EXAMPLES for line in f.read_text().splitlines() if line]
    if SEED_TXT.exists():
        items.append({"text": SEED_TXT.read_text(encoding="utf-8"), "published": "2024-06-12"})
    assert items, "examples/*.jsonl holds no article"
    return _records(pipeline, items)


def test_real_documents_round_trip_through_json(real_docs: list[Document]) -> None:
    assert all(d.tokens for d in real_docs) and any(d.events and d.quotes for d in real_docs)
    for doc in real_docs:
        assert _through_json(doc, parse=True) == doc
        assert _through_json(doc) == drop_parse(doc)


def test_the_record_has_every_field_the_document_has(real_docs: list[Document]) -> None:
    doc = max(real_docs, key=lambda d: len(d.quotes))
    record = to_dict(doc, parse=True)
    assert set(record) == {"schema_version"} | {f.name for f in fields(Document)}
    assert record["quotes"][0]["speaker_span"] is not None
    assert set(to_dict(doc)) == set(record) - {"tokens", "sentences", "ner"}
    assert to_dict(doc)["layers"] == sorted(doc.layers - {"tokens", "sentences", "ner"})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_drawn_documents_round_trip_through_json(doc: Document) -> None:
    assert _through_json(doc, parse=True) == doc
    assert _through_json(doc) == drop_parse(doc)


def test_a_record_written_before_the_new_fields_reads_with_their_defaults(real_docs) -> None:
    doc = next(d for d in real_docs if d.quotes and d.entities)
    old = to_dict(doc)
    del old["layers"], old["article"]["meta"]
    old["article"]["language"] = None
    for e in old["entities"]:
        del e["wikidata"]
    for q in old["quotes"]:
        del q["speaker_span"]
    back = from_dict(old)
    assert back.layers == frozenset() and back.article.meta == ()
    assert back.article.language == "en"
    assert all(q.speaker_span is None for q in back.quotes)
    assert back == replace(
        drop_parse(doc),
        layers=frozenset(),
        quotes=tuple(replace(q, speaker_span=None) for q in doc.quotes),
    )


def test_a_record_without_a_required_field_is_refused(real_docs) -> None:
    record = to_dict(real_docs[0])
    del record["article"]["text"]
    with pytest.raises(KeyError, match="text"):
        from_dict(record)


def test_failures_and_meta_are_written_field_by_field() -> None:
    f = Failure("a1", "x.txt", "parse.spacy.v1", "boom", "stage_error")
    assert record_dict(f) == {
        "article_id": "a1",
        "path": "x.txt",
        "stage": "parse.spacy.v1",
        "error": "boom",
        "reason": "stage_error",
    }
    article = make_article("Some text here.", meta=(("path", "a.txt"), ("author", "Ann")))
    assert record_dict(article)["meta"] == [["path", "a.txt"], ["author", "Ann"]]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(documents(), min_size=1, max_size=3))
def test_documents_round_trip_through_duckdb(docs: list[Document]) -> None:
    store = DuckStore(":memory:")
    try:
        first: dict[str, Document] = {}
        for d in docs:
            first.setdefault(d.article.id, d)
        assert store.write_batch(docs) == len(first)
        for aid, d in first.items():
            stored = store.document(aid)
            assert stored is not None
            assert from_dict(stored) == drop_parse(d)
        n_events = store.con.execute("select count(*) from events").fetchone()[0]
        assert n_events == sum(len(d.events) for d in first.values())
        # writing the same batch again adds nothing
        assert store.write_batch(docs) == 0
        assert store.con.execute("select count(*) from events").fetchone()[0] == n_events
    finally:
        store.close()

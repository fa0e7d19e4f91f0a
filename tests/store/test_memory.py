"""The in-memory store answers every read of the Store protocol as the DuckDB store does."""

from __future__ import annotations

import pytest

from newsevents.dedup import Duplicate
from newsevents.errors import QueryError
from newsevents.readers import make_article
from newsevents.records import Failure, Location
from newsevents.store import Store, open_store
from newsevents.store.memory import MemoryStore
from newsevents.store.reads import EventQuery

from ..web.conftest import HANDMADE, handmade_docs
from .factory import make_doc

MOSCOW = Location("Moscow", "RUS", 55.75, 37.62)


def corpus() -> tuple[list, list[Duplicate], list[Failure]]:
    docs = [
        *handmade_docs(),
        make_doc("Obama met Putin in Moscow on Monday. Around 5 aides attended.",
                 source="bbc.co.uk", url="https://bbc.co.uk/1", location=MOSCOW),
        make_doc("Barack Obama met Vladimir Putin on Monday, officials said.", source="dw.com",
                 published="2009-07-07", location=MOSCOW, attribution="officials"),
        make_doc("Barack Obama met Vladimir Putin again in late August.", source="dw.com",
                 published="2009-08-30"),
        make_doc("Merkel accused Erdogan of censorship.", actor=("Angela Merkel", "DEU", "GOV"),
                 recipient=("Recep Tayyip Erdogan", "TUR", "GOV"), trigger="accused",
                 cameo="112", plover="ACCUSE", published=None, modality="negated"),
    ]  # fmt: skip
    copy = make_article(
        "A copy of the Moscow meeting story.", source="news.bbc.co.uk", published="2009-07-08"
    )
    copies = [Duplicate(copy, docs[2].article.id, 0.91)]
    failures = [Failure(None, "bad.txt", "ingest", "EmptyInputError", "empty: no text")]
    return docs, copies, failures


@pytest.fixture(scope="module")
def stores():
    docs, copies, failures = corpus()
    duck, memory = open_store(":memory:"), MemoryStore()
    for store in (duck, memory):
        assert isinstance(store, Store)
        assert store.write_batch(docs, failures, copies) == len(docs) + 1
    yield duck, memory
    duck.close()


def same(stores, method: str, *args, **kwargs) -> object:
    duck, memory = stores
    want = getattr(duck, method)(*args, **kwargs)
    got = getattr(memory, method)(*args, **kwargs)
    assert got == want, method
    return want


QUERIES = [
    EventQuery(),
    EventQuery(actor="obama"),
    EventQuery(actor="RUS"),
    EventQuery(actor="USAGOV", plover="consult"),
    EventQuery(country="ukr"),
    EventQuery(cameo="19"),
    EventQuery(date_from="2009-07-07", date_to="2024-06-11"),
    EventQuery(modality="negated"),
    EventQuery(text="met vladimir"),
    EventQuery(text="Kharkiv"),
    EventQuery(source="bbc.co.uk"),
    EventQuery(source=HANDMADE, limit=1, offset=1),
    EventQuery(limit=3, offset=2),
    EventQuery(min_confidence=0.7),
    EventQuery(min_confidence=0.65, plover="ASSAULT"),
]


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_memory_store_events_match_duckdb(stores, query):
    rows = same(stores, "events", query)
    same(stores, "events_page", query)
    same(stores, "count_events", query)
    same(stores, "corpus_events", query)
    for by in ("plover", "quad_class"):
        for bucket in ("auto", "day", "week", "month", "year"):
            same(stores, "timeline", query, by=by, bucket=bucket)
    same(stores, "event_network", query)
    same(stores, "cooccurrence_network", query)
    same(stores, "map_layer", query)
    for row in rows:  # type: ignore[attr-defined]
        if row["corpus_event_id"]:
            same(stores, "corpus_event", row["corpus_event_id"])
            same(stores, "corpus_event_mentions", row["corpus_event_id"])


def test_memory_store_corpus_reads_match_duckdb(stores):
    duck, _ = stores
    same(stores, "stats")
    same(stores, "summary")
    for article in duck.articles(limit=100):
        same(stores, "document", article["id"])
        same(stores, "quotes", article_id=article["id"])
        same(stores, "quantities", article_id=article["id"])
        same(stores, "duplicates", article["id"])
    for kwargs in ({}, {"text": "Obama"}, {"source": "bbc.co.uk"}, {"limit": 2, "offset": 1}):
        same(stores, "articles", **kwargs)
    same(stores, "actors")
    same(stores, "actors", country="rus", limit=1)
    same(stores, "quotes", speaker="umerov")
    same(stores, "quantities", limit=1, offset=1)
    same(stores, "duplicates")
    same(stores, "document", "no-such-article")
    stories = same(stores, "stories")
    assert stories, "the corpus has stories"
    for story in stories:  # type: ignore[attr-defined]
        same(stores, "story", story["id"])
    same(stores, "story", "no-such-story")
    for kwargs in (
        {"text": "Obama"}, {"actor": "putin"}, {"place": "moscow"}, {"source": "bbc.co.uk"},
        {"date_from": "2009-07-07"}, {"date_to": "2009-07-06"}, {"min_articles": 2},
        {"limit": 1, "offset": 1},
    ):  # fmt: skip
        same(stores, "stories", **kwargs)
    assert [f["path"] for f in stores[1].failures()] == [f["path"] for f in duck.failures()]
    for reason, paths in (("empty", ["bad.txt"]), ("language", [])):
        assert [f["path"] for f in duck.failures(reason=reason)] == paths
        assert [f["path"] for f in stores[1].failures(reason=reason)] == paths


def test_memory_store_refuses_what_duckdb_refuses(stores):
    from newsevents.errors import StoreError

    for store in stores:
        with pytest.raises(StoreError):
            store.events(date_from="soon")
        with pytest.raises(StoreError):
            store.articles(limit=-1)
        with pytest.raises(ValueError):
            store.timeline(EventQuery(), bucket="decade")  # type: ignore[arg-type]


def test_both_stores_keep_only_events_of_the_minimum_confidence(stores):
    every = same(stores, "events", EventQuery(limit=200))
    sure = same(stores, "events", EventQuery(min_confidence=0.7, limit=200))
    assert [e["confidence"] for e in sure] == [
        e["confidence"] for e in every if e["confidence"] >= 0.7
    ]
    assert 0 < len(sure) < len(every)  # the hand-made REQUEST (0.6) is left out
    assert same(stores, "count_events", EventQuery(min_confidence=0.7)) == len(sure)
    assert same(stores, "events", EventQuery(min_confidence=1.0)) == []


def test_a_minimum_confidence_outside_0_to_1_is_refused():
    with pytest.raises(QueryError, match="min_confidence"):
        EventQuery(min_confidence=1.5).checked()
    assert EventQuery(min_confidence=0.0).checked().min_confidence == 0.0

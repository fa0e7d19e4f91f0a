"""The query API over hand-built documents: every filter, paging, Arrow output, injection-safe."""

from __future__ import annotations

import dataclasses

import pytest

from newsevents import open_store
from newsevents.errors import StoreError
from newsevents.records import Document, Location, Mention
from newsevents.store.query import EventQuery

from .factory import make_doc


@pytest.fixture(scope="module")
def store():
    s = open_store(":memory:")
    s.write_batch(
        [
            make_doc(
                "Obama met Putin in Moscow on Monday. They talked for 5 hours.",
                source="bbc.co.uk",
                location=Location("Moscow", "RUS", 55.75, 37.62),
            ),
            make_doc(
                "Merkel accused Erdogan of censorship in a speech.",
                actor=("Angela Merkel", "DEU", "GOV"),
                recipient=("Recep Tayyip Erdogan", "TUR", "GOV"),
                trigger="accused",
                cameo="112",
                plover="ACCUSE",
                published="2016-04-11",
                source="dw.com",
                modality="asserted",
            ),
            make_doc(
                "Obama will meet Merkel in Berlin next week, aides said.",
                recipient=("Angela Merkel", "DEU", "GOV"),
                trigger="meet",
                cameo="036",
                plover="CONSULT",
                published="2016-04-18",
                source="news.bbc.co.uk",
                modality="future",
                attribution="aides",
            ),
        ]
    )
    yield s
    s.close()


def test_events_filter_by_actor_name_case_insensitively(store):
    rows = store.events(actor="obama")
    assert [r["actor_names"] for r in rows] == [["Barack Obama"], ["Barack Obama"]]
    assert {r["recipient_names"][0] for r in rows} == {"Vladimir Putin", "Angela Merkel"}


def test_events_filter_by_actor_code_and_its_country_prefix(store):
    assert store.count_events(actor="DEUGOV") == 2  # Merkel as actor and as recipient
    assert store.count_events(actor="TUR") == 1
    assert store.count_events(country="deu") == 2


def test_events_filter_by_type_code_date_and_modality(store):
    assert store.count_events(plover="accuse") == 1
    assert store.count_events(cameo="03") == 2
    assert store.count_events(cameo="036") == 2
    assert store.count_events(date_from="2016-01-01") == 2
    assert store.count_events(date_from="2016-01-01", date_to="2016-04-15") == 1
    assert store.count_events(modality="future") == 1


def test_events_text_filter_matches_whole_words_in_the_sentence(store):
    assert store.count_events(text="moscow") == 1
    assert store.count_events(text="Mosc") == 0
    assert store.count_events(text="in a speech") == 1


def test_events_source_filter_matches_the_site_and_its_subdomains(store):
    assert store.count_events(source="bbc.co.uk") == 2
    assert store.count_events(source="dw.com") == 1


def test_events_rows_carry_trigger_sentence_and_article(store):
    (row,) = store.events(actor="obama", modality="future")
    assert row["trigger_text"] == "meet"
    assert row["sentence_text"].startswith("Obama will meet Merkel")
    assert row["attribution_text"] == "aides"
    assert row["source"] == "news.bbc.co.uk"
    assert row["event_date"] == "2016-04-18"
    assert row["corpus_event_id"]


def test_query_object_and_keyword_filters_combine(store):
    q = EventQuery(actor="Obama")
    assert store.count_events(q) == 2
    assert store.count_events(q, modality="asserted") == 1
    with pytest.raises(TypeError, match="unknown event filter"):
        store.events(colour="red")


def test_events_paging_and_order(store):
    dates = [r["event_date"] for r in store.events(limit=10)]
    assert dates == sorted(dates)
    assert [r["event_date"] for r in store.events(limit=1, offset=1)] == dates[1:2]
    with pytest.raises(StoreError):
        store.events(limit=-1)


def test_events_table_is_arrow(store):
    table = store.events_table(actor="Merkel")
    assert table.num_rows == 2
    assert {"actor_names", "event_date", "title", "url"} <= set(table.column_names)
    assert len(table.to_pandas()) == 2


def test_filters_are_parameters_not_sql(store):
    evil = "x') OR 1=1; DROP TABLE events; --"
    assert store.events(actor=evil) == []
    assert store.count_events(text=evil) == 0
    assert store.count_events() == 3


def test_bad_dates_are_refused_with_a_clear_message(store):
    with pytest.raises(StoreError, match="ISO date"):
        store.events(date_from="last tuesday")


def test_articles_actors_quotes_quantities(store):
    assert len(store.articles()) == 3
    assert [a["source"] for a in store.articles(text="censorship")] == ["dw.com"]
    assert len(store.articles(source="bbc.co.uk")) == 2
    actors = {a["name"]: a for a in store.actors()}
    assert actors["Barack Obama"]["n_articles"] == 2
    assert actors["Angela Merkel"]["n_events"] == 2
    assert [a["name"] for a in store.actors(country="TUR")] == ["Recep Tayyip Erdogan"]
    assert len(store.quotes(speaker="merkel")) == 1
    (qty,) = store.quantities()
    assert qty["value"] == 5.0 and qty["text"] == "5"


def _described(doc: Document) -> Document:
    """The document with its actor named by a description only ("police"), not by a name."""
    e, *rest = doc.entities
    m = e.mentions[0]
    actor = dataclasses.replace(e, mentions=(Mention(m.start, m.end, m.text, "nominal"),))
    return dataclasses.replace(doc, entities=(actor, *rest))


def test_a_described_party_is_one_actor_per_country_and_a_name_one_everywhere():
    def arrest(text: str, country: str, suspect: str) -> Document:
        return make_doc(
            text,
            actor=("police", country, "COP"),
            recipient=(suspect, country, None),
            trigger="arrested",
            cameo="173",
            plover="ARREST",
        )

    with open_store(":memory:") as s:
        s.write_batch(
            [
                _described(arrest("The police arrested Ravi Kumar in Delhi.", "IND", "Ravi Kumar")),
                _described(arrest("The police arrested Tom Hale in Ohio.", "USA", "Tom Hale")),
                _described(arrest("The police arrested Mary Kaye in Ohio.", "USA", "Mary Kaye")),
                arrest("The police arrested Sam Ford in Leeds.", "GBR", "Sam Ford"),
            ]
        )
        police = {a["key"]: a for a in s.actors() if a["name"] == "police"}
        assert police["police (IND)"]["country"] == "IND"
        assert police["police (IND)"]["n_events"] == 1  # the events carry the same key
        assert police["police (USA)"]["n_articles"] == police["police (USA)"]["n_events"] == 2
        assert police["police"]["country"] == "GBR"  # a name: one actor wherever written


def test_open_store_events_is_the_public_entry_point(tmp_path):
    import newsevents

    path = str(tmp_path / "c.duckdb")
    with newsevents.open_store(path) as s:
        s.write_batch([make_doc("Obama met Putin in Moscow on Monday.")])
    with newsevents.open_store(path, read_only=True) as s:
        assert s.events(actor="Putin")[0]["trigger_text"] == "met"

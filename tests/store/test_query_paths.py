"""The faster query paths give what the plain ones give: the page with its total in one query,
the text filter on a stored sentence or (without one) on the article, and the country filter."""

from __future__ import annotations

import dataclasses

import pytest

from newsevents import open_store
from newsevents.store.query import EventQuery

from .factory import make_doc


@pytest.fixture(scope="module")
def store():
    s = open_store(":memory:")
    no_sentence = make_doc(
        "Sarkozy met Putin at the summit. Later the talks on gas collapsed in Paris.",
        actor=("Nicolas Sarkozy", "FRA", "GOV"),
        published="2009-07-08",
    )
    s.write_batch(
        [
            make_doc("Obama met Putin in Moscow on Monday. Talks on gas went on.", source="a.org"),
            make_doc(
                "Merkel met Erdogan in Ankara, where gas prices rose.",
                actor=("Angela Merkel", "DEU", "GOV"),
                recipient=("Recep Tayyip Erdogan", "TUR", "GOV"),
                published="2016-04-11",
            ),
            # no stored sentence: the text filter reads the article's whole text instead
            dataclasses.replace(no_sentence, sentences=()),
        ]
    )
    yield s
    s.close()


def _sentence_of(store, article_id):
    rows = store.con.execute(
        "SELECT sentence_text FROM events WHERE article_id = ?", [article_id]
    ).fetchall()
    return rows[0][0]


def test_text_filter_reads_the_sentence_or_else_the_article(store):
    sarkozy = store.events(actor="sarkozy")[0]
    assert _sentence_of(store, sarkozy["article_id"]) is None
    # "collapsed" and "Paris" are outside the first sentence: only the article has them
    assert [r["article_id"] for r in store.events(text="collapsed in paris")] == [
        sarkozy["article_id"]
    ]
    # a stored sentence limits the search to itself: "gas" of the Obama article is outside it
    assert {r["actor_names"][0] for r in store.events(text="gas")} == {
        "Angela Merkel",
        "Nicolas Sarkozy",
    }
    assert store.count_events(text="Moscow on") == 1
    assert store.count_events(text="Moscow  ON") == 1  # any run of spaces, any case
    assert store.count_events(text="Mosc") == 0  # whole words only
    assert store.count_events(text="on Monday Talks") == 0  # the sentence ends before
    assert store.count_events(text="(.*)") == 0  # a pattern is matched literally


def test_country_filter_matches_either_side(store):
    assert store.count_events(country="rus") == 2  # Putin as recipient, twice
    assert store.count_events(country="TUR") == 1
    assert store.count_events(country="FRA") == 1
    assert store.count_events(country="CHN") == 0


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"text": "met"},
        {"country": "RUS"},
        {"country": "RUS", "limit": 1},
        {"country": "RUS", "limit": 1, "offset": 1},
        {"country": "RUS", "offset": 5},  # past the last match
        {"country": "RUS", "limit": 0},
        {"actor": "nobody"},
    ],
)
def test_events_page_is_events_and_count_events(store, filters):
    q = EventQuery.of(**filters)
    rows, total = store.events_page(q)
    assert rows == store.events(q)
    assert total == store.count_events(q)
    assert all("total" not in row for row in rows)

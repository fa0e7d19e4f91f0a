"""Corpus-level events: mentions of one event across articles merge; copies count."""

from __future__ import annotations

import dataclasses

from newsevents import open_store
from newsevents.dedup import Duplicate
from newsevents.readers import make_article
from newsevents.stories.coref import block_key

from .factory import make_doc

MET = "Obama met Putin in Moscow on Monday."


def test_same_actors_and_code_within_the_window_merge():
    with open_store(":memory:") as s:
        s.write_batch(
            [
                make_doc(MET, source="a.com", published="2009-07-06"),
                make_doc(
                    "Barack Obama met Vladimir Putin on Monday.",
                    source="b.com",
                    published="2009-07-07",
                ),
            ]
        )
        s.write_batch(
            [
                make_doc(
                    "Obama met Putin, officials said.",
                    source="a.com",
                    published="2009-07-08",
                    modality="negated",
                )
            ]
        )
        ce, denied = sorted(s.corpus_events(), key=lambda c: c["modality"])
        assert ce["num_articles"] == 2
        assert ce["num_sources"] == 2
        assert ce["num_mentions"] == 2
        assert ce["num_asserted"] == 2
        assert (ce["date_start"], ce["date_end"]) == ("2009-07-06", "2009-07-07")
        assert (ce["first_seen"], ce["last_seen"]) == ("2009-07-06", "2009-07-07")
        assert ce["first_published"] == "2009-07-06" and ce["confidence"] > 0.5
        mentions = s.corpus_event_mentions(ce["id"])
        assert [m["modality"] for m in mentions] == ["asserted", "asserted"]
        assert all(m["sentence_text"] for m in mentions)
        # a denial is never merged with the event it denies
        assert denied["modality"] == "negated" and denied["num_articles"] == 1


def _identified(doc, **ids):
    """The document with knowledge-base ids on its entities (by name)."""
    ents = tuple(dataclasses.replace(e, wikidata=ids.get(e.name)) for e in doc.entities)
    return dataclasses.replace(doc, entities=ents)


def test_events_far_apart_in_time_or_with_other_actors_stay_apart():
    kb = {"Barack Obama": "Q76", "Vladimir Putin": "Q7747", "Dmitry Medvedev": "Q23530"}
    with open_store(":memory:") as s:
        s.write_batch(
            [
                _identified(make_doc(MET, published="2009-07-06"), **kb),
                make_doc("Obama met Putin again.", published="2009-09-01"),
                _identified(
                    make_doc(
                        "Obama met Medvedev.",
                        recipient=("Dmitry Medvedev", "RUS", "GOV"),
                        published="2009-07-06",
                    ),
                    **kb,
                ),
                make_doc(
                    "Obama accused Putin.",
                    trigger="accused",
                    cameo="112",
                    plover="ACCUSE",
                    published="2009-07-06",
                ),
            ]
        )
        assert len(s.corpus_events(limit=10)) == 4


def test_a_chain_of_close_dates_is_one_event():
    with open_store(":memory:") as s:
        s.write_batch(
            [
                make_doc(f"Obama met Putin ({d}).", published=d)
                for d in ("2009-07-01", "2009-07-03", "2009-07-05")
            ]
        )
        (ce,) = s.corpus_events()
        assert ce["num_articles"] == 3


def test_near_duplicate_copies_count_as_articles_and_sources():
    canonical = make_doc(MET, source="wire.com")
    copy = make_article(
        MET + " Subscribe now.", source="paper.com", published="2009-07-07", language="en"
    )
    with open_store(":memory:") as s:
        s.write_batch([canonical])
        s.write_batch([], copies=[Duplicate(copy, canonical.article.id, 0.9)])
        (ce,) = s.corpus_events()
        assert ce["num_articles"] == 2
        assert ce["num_sources"] == 2
        assert ce["num_mentions"] == 2
        assert ce["sources"] == ["paper.com", "wire.com"]
        (m,) = s.corpus_event_mentions(ce["id"])
        assert m["copies"] == 1 and m["copy_ids"] == [copy.id]


def test_events_without_actors_get_a_corpus_event_of_their_own():
    row = {
        "article_id": "a1",
        "id": "v1",
        "plover": "CONSULT",
        "modality": "asserted",
        "actor_keys": [],
        "recipient_keys": [],
    }
    assert block_key(row, "s1") == "#a1/v1"
    row["actor_keys"] = ["b", "a"]
    assert block_key(row, "s1") == "s1|CONSULT|asserted"


def test_filters_select_corpus_events_through_their_mentions():
    with open_store(":memory:") as s:
        s.write_batch(
            [
                make_doc(MET),
                make_doc("Obama accused Putin.", trigger="accused", cameo="112", plover="ACCUSE"),
            ]
        )
        assert [c["plover"] for c in s.corpus_events(plover="ACCUSE")] == ["ACCUSE"]
        assert len(s.corpus_events(actor="putin")) == 2
        assert s.corpus_event("nope") is None

"""Cross-document event coreference: what may and may not become one corpus event."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.stories.coref import WINDOW_DAYS, block_key, corefer, date_span

PLOVER = ("ASSAULT", "THREATEN", "CONSULT")
MODALITY = ("asserted", "future", "negated")


@st.composite
def event_rows(draw):
    n = draw(st.integers(1, 30))
    rows = []
    for i in range(n):
        row = {
            "article_id": f"a{draw(st.integers(0, 6))}",
            "id": f"v{i}",
            "plover": draw(st.sampled_from((*PLOVER, None))),
            "modality": draw(st.sampled_from(MODALITY)),
            "actor_keys": draw(
                st.lists(st.sampled_from(("Q1", "Q2", "kim", "north korea")), max_size=2)
            ),
            "recipient_keys": draw(st.lists(st.sampled_from(("Q3", "seoul")), max_size=1)),
            "location_country": draw(st.sampled_from((None, "KOR", "PRK"))),
            "event_date": draw(
                st.one_of(st.none(), st.dates(dt.date(2020, 1, 1), dt.date(2020, 1, 20)))
            ),
            "date_value": None,
            "trigger_lemma": draw(st.sampled_from(("fire", "attack", "meet"))),
        }
        row["merge_key"] = block_key(row, draw(st.sampled_from(("s1", "s2"))))
        rows.append(row)
    return rows


@settings(max_examples=200, deadline=None)
@given(event_rows())
def test_no_corpus_event_mixes_modalities_types_stories_or_far_dates(rows):
    clusters: dict[str, list[dict]] = {}
    for (aid, eid), cid in corefer(rows).items():
        clusters.setdefault(cid, []).append(
            next(r for r in rows if (r["article_id"], r["id"]) == (aid, eid))
        )
    assert sum(len(c) for c in clusters.values()) == len(rows)
    for members in clusters.values():
        assert len({m["plover"] for m in members}) == 1
        assert len({m["modality"] for m in members}) == 1
        assert len({m["merge_key"] for m in members}) == 1
        assert len({m["location_country"] for m in members} - {None}) <= 1
        dates = sorted(m["event_date"] for m in members if m["event_date"])
        if dates:  # chained within the window: no gap wider than it
            assert all((b - a).days <= WINDOW_DAYS for a, b in itertools.pairwise(dates))


def test_the_property_check_can_fail():
    """A clustering that joins a threat with an attack is caught by the same assertions."""
    base = {"article_id": "a", "actor_keys": ["kim"], "recipient_keys": [], "event_date": None,
            "date_value": None, "location_country": None, "trigger_lemma": "attack"}  # fmt: skip
    threat = {**base, "id": "v1", "plover": "THREATEN", "modality": "future"}
    attack = {**base, "id": "v2", "plover": "ASSAULT", "modality": "asserted"}
    for r in (threat, attack):
        r["merge_key"] = block_key(r, "s1")
    found = corefer([threat, attack])
    assert found[("a", "v1")] != found[("a", "v2")]
    assert len({r["plover"] for r in (threat, attack)}) == 2  # what a wrong merge would show


def test_same_trigger_or_same_participant_place_and_day_merge_and_far_dates_do_not():
    def row(aid, date, lemma="fire"):
        r = {"article_id": aid, "id": "v1", "plover": "ASSAULT", "modality": "asserted",
             "actor_keys": ["north korea"], "recipient_keys": [], "location_country": "PRK",
             "event_date": date, "date_value": date.isoformat() if date else None,
             "trigger_lemma": lemma}  # fmt: skip
        r["merge_key"] = block_key(r, "s1")
        return r

    other_word = row("e", dt.date(2020, 1, 1), "shell")  # same actor, place and day
    unplaced = {**row("f", dt.date(2020, 1, 1), "strike"), "location_country": None}
    rows = [row("a", dt.date(2020, 1, 1)), row("b", dt.date(2020, 1, 2)), row("c", None),
            row("d", dt.date(2020, 3, 1)), other_word, unplaced]  # fmt: skip
    ids = corefer(rows)
    assert ids[("a", "v1")] == ids[("b", "v1")] == ids[("c", "v1")]
    assert ids[("d", "v1")] != ids[("a", "v1")]
    assert ids[("e", "v1")] == ids[("a", "v1")]  # "shelled" and "fired" on one day, one place
    assert ids[("f", "v1")] != ids[("a", "v1")]  # another word and no place: no evidence


def test_a_year_is_any_day_of_it():
    row = {"event_date": dt.date(2007, 1, 1), "date_value": "2007"}
    assert date_span(row) == (dt.date(2007, 1, 1), dt.date(2007, 12, 31))
    row = {"event_date": dt.date(2007, 2, 1), "date_value": "2007-02"}
    assert date_span(row) == (dt.date(2007, 2, 1), dt.date(2007, 2, 28))


def test_knowledge_base_ids_keep_different_actors_apart():
    def row(aid, keys):
        r = {"article_id": aid, "id": "v1", "plover": "CONSULT", "modality": "asserted",
             "actor_keys": keys, "recipient_keys": [], "location_country": None,
             "event_date": None, "date_value": None, "trigger_lemma": "meet"}  # fmt: skip
        r["merge_key"] = block_key(r, "s1")
        return r

    ids = corefer([row("a", ["Q76", "Q7747"]), row("b", ["Q76", "Q23530"]), row("c", ["Q76"])])
    assert ids[("a", "v1")] != ids[("b", "v1")]
    assert ids[("c", "v1")] == ids[("a", "v1")]

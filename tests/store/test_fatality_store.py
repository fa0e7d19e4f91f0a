"""An event's fatality (`Event.fatality`) through the DuckDB store, the memory store, a store
of version 4 upgraded in place, and the exports (PLOVER `dead`, the events table)."""

from __future__ import annotations

import json

import duckdb
import jsonschema
import pandas as pd

from newsevents import open_store
from newsevents.export import export
from newsevents.records import Fatality
from newsevents.serialize import drop_parse, from_dict, to_dict
from newsevents.store.duck import DuckStore
from newsevents.store.memory import MemoryStore
from newsevents.store.schema import STORE_SCHEMA_VERSION

from ..conftest import ROOT
from .factory import make_doc

TEXT = "Police shot 5 protesters dead in Dhaka on Monday."
COLUMNS = ("fatal", "killed", "fatal_text", "fatal_evidence")


def _doc(fatality: Fatality | None, text: str = TEXT, published: str = "2019-03-04"):
    return make_doc(
        text,
        actor=("Police", "BGD", "COP"),
        recipient=None,
        trigger="shot",
        cameo="190",
        plover="ASSAULT",
        published=published,
        fatality=fatality,
    )


def _killed_five() -> Fatality:
    i = TEXT.index("shot")
    return Fatality(True, TEXT[i : i + 22], i, i + 22, 5, "n1", "verb")


def test_the_fatality_round_trips_through_duckdb_and_its_columns() -> None:
    doc = _doc(_killed_five())
    store = DuckStore(":memory:")
    try:
        store.write_batch([doc])
        stored = store.document(doc.article.id)
        assert stored is not None and from_dict(stored) == drop_parse(doc)
        cols = ", ".join(COLUMNS)
        row = store.con.execute(f"SELECT {cols} FROM events").fetchone()
        assert row == (True, 5, "shot 5 protesters dead", "verb")
        (event,) = store.events()
        assert (event["fatal"], event["killed"]) == (True, 5)
    finally:
        store.close()


def test_a_record_written_before_the_fatality_reads_back_without_one() -> None:
    doc = _doc(_killed_five())
    old = to_dict(doc)
    for ev in old["events"]:
        del ev["fatality"]
    assert [ev.fatality for ev in from_dict(old).events] == [None]


def test_the_memory_store_returns_the_same_fatality() -> None:
    store = MemoryStore()
    store.write_batch([_doc(_killed_five())])
    (event,) = store.events()
    assert (event["fatal"], event["killed"]) == (True, 5)


def test_an_event_without_a_fatality_stores_nulls() -> None:
    store = DuckStore(":memory:")
    try:
        store.write_batch([_doc(None)])
        cols = ", ".join(COLUMNS)
        assert store.con.execute(f"SELECT {cols} FROM events").fetchone() == (None,) * 4
    finally:
        store.close()


def test_a_version_4_store_gains_the_fatality_columns_as_nulls(tmp_path) -> None:
    path = str(tmp_path / "v4.duckdb")
    doc = _doc(_killed_five())
    with open_store(path) as s:
        s.write_batch([doc])
    con = duckdb.connect(path)  # the store as version 4 wrote it: no fatality columns
    for index in ("events_date", "events_plover"):  # DuckDB alters no indexed table
        con.execute(f"DROP INDEX {index}")
    for col in COLUMNS:
        con.execute(f"ALTER TABLE events DROP COLUMN {col}")
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.close()
    with open_store(path) as s:
        assert s.schema_version == STORE_SCHEMA_VERSION == 5
        cols = ", ".join(COLUMNS)
        assert s.con.execute(f"SELECT {cols} FROM events").fetchone() == (None,) * 4
        (event,) = s.events()
        assert event["fatal"] is None and event["killed"] is None
        s.write_batch([_doc(_killed_five(), TEXT + " It rained.")])  # a new article reads it
        assert s.con.execute("SELECT count(*) FROM events WHERE killed = 5").fetchone() == (1,)


def test_the_plover_export_gives_dead_from_the_fatality(tmp_path) -> None:
    calm = "Police shot at no one in Dhaka on Monday, and no one was killed."
    i = calm.index("killed")
    none_killed = Fatality(False, "killed", i, i + 6, 0, None, "means")
    with open_store(str(tmp_path / "p.duckdb")) as s:
        s.write_batch([_doc(_killed_five()), _doc(none_killed, calm), _doc(None, TEXT + " So.")])
        export(s, "plover", tmp_path, min_confidence=None)
        export(s, "csv", tmp_path, tables=("events",), min_confidence=None)
    schema = json.loads((ROOT / "src/newsevents/schema/plover.schema.json").read_text())
    lines = (tmp_path / "plover_events.jsonl").read_text(encoding="utf-8").splitlines()
    records = {r["text_info"]["article_id"]: r for r in map(json.loads, lines)}
    for r in records.values():
        jsonschema.validate(r, schema)
    dead = {(r["dead"], r["text_info"]["fatal"]) for r in records.values()}
    assert dead == {(0, False), (5, True), (None, None)}
    five = next(r for r in records.values() if r["dead"] == 5)
    assert five["text_info"]["fatal_text"] == "shot 5 protesters dead"
    assert five["text_info"]["fatal_evidence"] == "verb"
    table = pd.read_csv(tmp_path / "events.csv")
    assert set(COLUMNS) <= set(table.columns)
    assert sorted(table["killed"].dropna().astype(int)) == [0, 5]

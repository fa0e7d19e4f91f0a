"""Places in the store: the `places` table and the events' GeoNames fields (DuckDB, memory)."""

from __future__ import annotations

from dataclasses import replace

from newsevents.records import Location, Place
from newsevents.serialize import from_dict
from newsevents.store.duck import DuckStore
from newsevents.store.memory import MemoryStore

from .factory import make_doc

TEXT = "Obama met Putin in Kharkiv on Monday."


def _doc():
    start = TEXT.index("Kharkiv")
    place = Place(
        "p1", start, start + 7, "Kharkiv", name="Kharkiv", geonames_id=706483, lat=49.98,
        lon=36.25, feature="city", country="UKR", admin1="07", source="ner",
        evidence="population", confidence=0.99,
    )  # fmt: skip
    loc = Location(
        "Kharkiv", "UKR", 49.98, 36.25, start, start + 7, geonames_id=706483, feature="city",
        admin1="07", evidence="sentence",
    )  # fmt: skip
    doc = make_doc(TEXT, location=loc)
    return replace(doc, places=(place,), layers=doc.layers | {"places"})


def test_places_and_event_places_round_trip_through_duckdb() -> None:
    doc = _doc()
    store = DuckStore(":memory:")
    try:
        store.write_batch([doc])
        back = from_dict(store.document(doc.article.id))
        assert back.places == doc.places
        assert back.events[0].location == doc.events[0].location
        row = store.con.execute(
            "SELECT geonames_id, feature, admin1, location_evidence FROM events"
        ).fetchone()
        assert row == (706483, "city", "07", "sentence")
        place = store.con.execute("SELECT text, geonames_id, country FROM places").fetchall()
        assert place == [("Kharkiv", 706483, "UKR")]
    finally:
        store.close()


def test_the_memory_store_keeps_the_same_place_rows() -> None:
    doc = _doc()
    mem = MemoryStore()
    mem.write_batch([doc])
    (row,) = mem.tables["places"]
    assert (row["text"], row["geonames_id"], row["feature"]) == ("Kharkiv", 706483, "city")
    assert mem.tables["events"][0]["geonames_id"] == 706483
    assert mem.stats()["places"] == 1

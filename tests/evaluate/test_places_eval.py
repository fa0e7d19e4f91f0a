"""`eval places`: the GeoWebNews format check and the scorer, without a model."""

from __future__ import annotations

import json

import pytest

from newsevents.errors import EvalError
from newsevents.evaluate.formats import read_gold
from newsevents.evaluate.places import distance_km, gold_toponyms, score, summarize
from newsevents.records import Place


def _write(tmp_path, rows) -> str:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_a_file_of_another_layer_is_refused_with_what_was_expected(tmp_path) -> None:
    path = _write(tmp_path, [{"id": "1", "text": "x", "expected": []}])
    with pytest.raises(EvalError, match="GeoWebNews records"):
        read_gold("places", path)


def test_a_record_whose_toponyms_lack_spans_is_skipped(tmp_path) -> None:
    good = {"id": "1", "text": "In Paris.", "toponyms": [{"start": 3, "end": 8, "type": "Literal"}]}
    bad = {"id": "2", "text": "x", "toponyms": [{"name": "Paris"}]}
    gold = read_gold("places", _write(tmp_path, [good, bad]))
    assert [r["id"] for r in gold.records] == ["1"]
    assert "start, end and type" in gold.skipped[0]


def test_scoring_counts_detection_and_resolution_by_overlap() -> None:
    text_gold = [
        {"start": 0, "end": 5, "type": "Literal", "geonamesID": "1", "lat": 48.85, "lon": 2.35},
        {"start": 10, "end": 16, "type": "Literal", "geonamesID": "2", "lat": 0.0, "lon": 0.0},
        {"start": 20, "end": 30, "type": "Non_Toponym", "geonamesID": None, "lat": None},
        {"start": 40, "end": 45, "type": "Metonymic", "geonamesID": "3", "lat": 10.0, "lon": 10.0},
    ]
    gold = gold_toponyms({"toponyms": text_gold})
    assert len(gold) == 3  # the non-toponym is no gold toponym
    pred = [
        Place("p1", 0, 5, "Paris", geonames_id=1, lat=48.9, lon=2.3),  # right
        Place("p2", 10, 14, "Lond", geonames_id=9, lat=5.0, lon=5.0),  # found, wrong place
        Place("p3", 20, 30, "Paris Hilton", geonames_id=1, lat=48.85, lon=2.35),  # not a place
        Place("p4", 40, 45, "Spain", geonames_id=3, lat=40.0, lon=-4.0),  # same id, far point
    ]
    s = summarize([score(gold, pred)])
    assert s["detection"] == {"precision": 0.75, "recall": 1.0, "f1": 0.8571}
    assert s["resolution"]["exact_id"] == round(2 / 3, 4)
    # the gold's own GeoNames place counts as within 161 km whatever its reference point
    assert s["resolution"]["within_161km"] == round(2 / 3, 4)
    assert s["resolution"]["within_161km_points"] == round(1 / 3, 4)


def test_distance_is_great_circle_kilometres() -> None:
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)
    assert distance_km(51.5, -0.13, 48.85, 2.35) == pytest.approx(343, abs=3)

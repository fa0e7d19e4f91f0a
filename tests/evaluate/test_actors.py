"""The actor scorer: locating gold actor texts, aligning them to entities, the figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.evaluate import actors as ev
from newsevents.records import Entity, Mention

TEXT = "Nordland and Sudmark agreed to talks, Nordland's foreign minister said."


def ent(eid: str, country: str | None, sector: str | None, *spans: tuple[int, int]) -> Entity:
    mentions = tuple(Mention(a, b, TEXT[a:b]) for a, b in spans)
    return Entity(eid, mentions[0].text, "GPE", mentions, country=country, sector=sector)


def record(*actors: dict) -> dict:
    return {"text": TEXT, "expected": [{"source": list(actors), "target": []}]}


def test_locate_finds_pieces_of_an_elided_actor_text() -> None:
    assert ev.locate(TEXT, "Sudmark") == [(13, 20)]
    assert ev.locate(TEXT, "Nordland's ... minister") == [(38, 48), (57, 65)]
    assert ev.locate(TEXT, "Westmark") == []


def test_align_prefers_the_larger_overlap_then_the_tighter_mention() -> None:
    country = ent("e1", "NRD", None, (38, 48))
    minister = ent("e2", "NRD", "GOV", (38, 65))
    hit = ev.align(ev.locate(TEXT, "Nordland's foreign minister"), (country, minister))
    assert hit is not None and hit[0].id == "e2"
    hit = ev.align(ev.locate(TEXT, "Nordland's"), (minister, country))
    assert hit is not None and hit[0].id == "e1"


def test_scores_count_unmatched_actors_as_wrong() -> None:
    entities = (ent("e1", "NRD", None, (0, 8)), ent("e2", "NRD", "GOV", (38, 65)))
    rec = record(
        {"actorText": "Nordland", "code": "NRD"},
        {"actorText": "Sudmark", "code": "SDM"},
        {"actorText": "Nordland's foreign minister", "code": "NRD", "sector": "GOVxyz"},
    )
    rows = ev.score_record(rec, entities)
    out = ev.summarize(rows)
    assert out["n"] == 3 and out["n_sector"] == 1
    assert out["country_accuracy"] == round(2 / 3, 4)
    assert out["matched_rate"] == round(2 / 3, 4)
    assert out["sector_accuracy"] == 1.0  # first three letters of the gold sector
    assert ev.breakdown(rows)["country_confusions"] == {"SDM->none": 1}


def test_duplicate_gold_actors_count_once() -> None:
    a = {"actorText": "Sudmark", "code": "SDM"}
    rec = {"text": TEXT, "expected": [{"source": [a], "target": []}, {"source": [a]}]}
    assert len(ev.gold_actors(rec)) == 1


@pytest.mark.slow
def test_evaluate_runs_the_pipeline_on_a_small_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [
        {
            "date": "2019-01-01",
            "text": "Canada recalled its ambassador from Peru on Monday.",
            "expected": [
                {
                    "source": [{"actorText": "Canada", "code": "CAN"}],
                    "target": [{"actorText": "Peru", "code": "PER"}],
                }
            ],
        }
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = ev.evaluate(str(path))
    assert out["n"] == 2 and out["country_accuracy"] == 1.0
    assert set(out["halves"]) == {"even", "odd"}


def test_ngec_records_are_told_by_their_format_and_framed_in_a_sentence() -> None:
    from newsevents.evaluate import ngec

    rec = {
        "method": "agent_to_code",
        "args": ["ordinary Kazakhs", "Protests spread in Almaty", "2022-01-05"],
        "expect": [
            {"field": "code_1", "op": "Eq", "value": "CVL"},
            {"field": "country", "op": "Eq", "value": "KAZ"},
            {"field": "wiki", "op": "Eq", "value": "x"},
        ],
    }
    assert ngec.is_ngec([rec]) and not ngec.is_ngec([{"text": "x", "expected": []}])
    assert ngec.expectations(rec) == {"code_1": "CVL", "country": "KAZ"}
    text, (a, b), published = ngec.sentence(rec)
    assert text[a:b] == "Ordinary Kazakhs" and text.startswith("Protests spread in Almaty. ")
    assert published == "2022-01-05"
    assert ngec.sentence({"args": ["Harvard", "", "Today"]})[2] is None


def test_ngec_scoring_counts_an_expected_empty_country_as_abstention() -> None:
    from newsevents.evaluate import ngec

    rec = {"args": ["soldier"], "expect": [{"field": "country", "op": "Eq", "value": ""}]}
    soldier = Entity("e1", "soldier", "PERSON", (Mention(0, 7, "Soldier"),), sector="MIL")
    row = ngec.score(rec, (soldier,), (0, 7))
    assert row["country_ok"] and "sector_ok" not in row
    coded = Entity("e1", "soldier", "PERSON", (Mention(0, 7, "Soldier"),), country="USA")
    assert not ngec.score(rec, (coded,), (0, 7))["country_ok"]
    assert ngec.summarize([row])["abstain_country"] == "1/1"

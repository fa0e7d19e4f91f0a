"""`newsevents eval events` on IndiaPoliceEvents and CASE 2021: the scorers on hand-built
records, and the ACLED -> PLOVER mapping checked against the PLOVER codebook."""

from __future__ import annotations

import json

import pytest

from newsevents.evaluate import case2021, police
from newsevents.evaluate import events as ev_eval
from newsevents.evaluate.formats import read_gold
from newsevents.records import Article, Document, Entity, Event, Mention, Span

from ..conftest import SHARED, need_shared


def _doc(events: list[Event], entities: list[Entity]) -> Document:
    return Document(Article(id="a", text="x"), entities=tuple(entities), events=tuple(events))


def _ent(i: str, sector: str | None = None) -> Entity:
    return Entity(i, i, "ORG", (Mention(0, 1, "x"),), country="IND", sector=sector)


def _ev(at: int, plover: str, actor: str, mode: str | None = None, **kw) -> Event:
    span = Span(at, at + 1, "x")
    return Event("v", span, 0, "190", plover, plover_mode=mode, actors=(actor,), **kw)


def test_the_gold_format_is_told_by_its_fields() -> None:
    assert ev_eval.detect([{"text": "t", "sentences": []}]) == "indiapolice"
    assert ev_eval.detect([{"text": "t", "label": "ARREST"}]) == "case2021"


def test_police_labels_come_from_police_events_in_the_sentence(tmp_path) -> None:
    rec = {
        "id": "d1",
        "sentences": [
            {"sent_id": 0, "start": 0, "end": 10, "text": "a", "labels": ["ARREST"]},
            {"sent_id": 1, "start": 10, "end": 20, "text": "b", "labels": ["KILL", "FORCE"]},
            {"sent_id": 2, "start": 20, "end": 30, "text": "c", "labels": []},
        ],
    }
    ents = [_ent("cop", "COP"), _ent("mob", "CVL")]
    doc = _doc(
        [
            _ev(2, "COERCE", "cop", "arrest"),
            _ev(12, "ASSAULT", "mob"),  # not the police: no label
            _ev(25, "ASSAULT", "cop", modality="negated"),  # did not happen: FAIL only
        ],
        ents,
    )
    rows = police.score_article(rec, doc)
    assert [r["got"] for r in rows] == [{"ARREST", "ANY_ACTION"}, set(), {"FAIL"}]
    out = police.summarize([(rec, doc)])
    assert out["labels"]["ARREST"]["f1"] == 1.0
    assert out["labels"]["KILL"]["recall"] == 0.0
    assert out["labels"]["FAIL"]["precision"] == 0.0
    assert out["police_event_share"] == 0.5 and out["police_event_n"] == 2
    path = tmp_path / "ipe.jsonl"
    path.write_text(json.dumps({"text": "x", "sentences": []}) + "\n", encoding="utf-8")
    assert read_gold("events", path).format.name == "IndiaPoliceEvents articles"


def test_a_repeated_sentence_is_scored_with_its_first_copy() -> None:
    rec = {
        "id": "d2",
        "sentences": [
            {
                "sent_id": 0,
                "start": 0,
                "end": 10,
                "text": "Police arrested 5.",
                "labels": ["ARREST"],
            },
            {
                "sent_id": 1,
                "start": 10,
                "end": 20,
                "text": "police arrested 5",
                "labels": ["ARREST"],
            },
        ],
    }
    doc = _doc([_ev(2, "COERCE", "cop", "arrest")], [_ent("cop", "COP")])
    assert [r["got"] for r in police.score_article(rec, doc)] == [{"ARREST", "ANY_ACTION"}] * 2


def test_case_snippets_score_their_first_event() -> None:
    ent = [_ent("army", "MIL")]
    strike = {"id": "c1", "label": "AIR_STRIKE"}
    doc = _doc(
        [
            _ev(0, "ACCUSE", "army", modality="negated"),  # did not happen: not the answer
            _ev(5, "ASSAULT", "army", "aerial", confidence=0.4),
            _ev(9, "REQUEST", "army", confidence=0.8),  # a later, better-attested side event
        ],
        ent,
    )
    assert case2021.score_snippet(strike, doc)["got"] == "ASSAULT"
    assert case2021.score_snippet(strike, doc)["mode"] is True
    quake = {"id": "c2", "label": "NATURAL_DISASTER"}
    assert case2021.score_snippet(quake, _doc([], ent))["gold"] == case2021.NONE
    talks = {"id": "c3", "label": "DIPLO"}
    out = case2021.summarize([(strike, doc), (quake, doc), (talks, _doc([], ent))])
    assert out["n_scored"] == 2 and out["any_detected"] == 0.0
    assert out["classes"]["ASSAULT"]["f1"] == pytest.approx(0.6667, abs=1e-3)
    assert out["classes"]["NONE"]["recall"] == 0.0
    assert out["accuracy"] == 0.5
    with pytest.raises(ValueError):
        case2021.score_snippet({"id": "c4", "label": "NO_SUCH_TYPE"}, doc)


def test_acled_mapping_names_real_plover_types_and_modes() -> None:
    path = need_shared(SHARED / "ontology" / "plover_event_types.jsonl")
    plover = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        plover[row["event"]] = {m["mode"] if isinstance(m, dict) else m for m in row["modes"]}
    for acled, row in case2021.acled_mapping().items():
        if row["kind"] != "event":
            assert row["plover"] is None and row["mode"] is None, acled
            continue
        assert row["plover"] in plover, acled
        assert row["mode"] is None or row["mode"] in plover[row["plover"]], acled


def test_every_case2021_type_is_mapped() -> None:
    path = need_shared(SHARED / "eval" / "events_case2021.jsonl")
    labels = {json.loads(line)["label"] for line in path.read_text(encoding="utf-8").splitlines()}
    assert labels <= set(case2021.acled_mapping())


def test_the_acled_mapping_is_documented_row_by_row() -> None:
    from ..conftest import ROOT

    doc = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
    for acled, row in case2021.acled_mapping().items():
        shown = row["plover"] or "(no political event)" if row["kind"] != "any" else None
        line = next((x for x in doc.splitlines() if x.startswith(f"| `{acled}` |")), None)
        assert line is not None, f"{acled} has no row in docs/evaluation.md"
        if shown:
            assert f"| {shown} |" in line, acled

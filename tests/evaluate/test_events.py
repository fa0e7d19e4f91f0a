"""`newsevents eval events`: the PLOVER and PETRARCH-2 scorers on hand-built records, and the
dev sets with pinned floors."""

from __future__ import annotations

import pytest

from newsevents.errors import EvalError
from newsevents.evaluate import LAYERS
from newsevents.evaluate import events as ev_eval
from newsevents.records import Article, Document, Entity, Event, Mention, Span

from ..conftest import SHARED

PLOVER = SHARED / "eval" / "plover_gsr.jsonl"
PETRARCH = SHARED / "eval" / "petrarch2_real_sentences.jsonl"


def _doc(events: list[Event], entities: list[Entity]) -> Document:
    return Document(Article(id="a", text="x"), entities=tuple(entities), events=tuple(events))


def _ent(i: str, country: str | None, sector: str | None = None) -> Entity:
    return Entity(i, i, "GPE", (Mention(0, 1, "x"),), country=country, sector=sector)


def _ev(plover: str, cameo: str, actors: tuple[str, ...], recips: tuple[str, ...], **kw) -> Event:
    return Event("v1", Span(0, 1, "x"), 0, cameo, plover, actors=actors, recipients=recips, **kw)


def test_registered() -> None:
    assert LAYERS["events"] == "newsevents.evaluate.events"


def test_detects_the_gold_format() -> None:
    assert ev_eval.detect([{"expected": [{"event_2021": "AGREE", "source": []}]}]) == "plover"
    assert ev_eval.detect([{"expected": [{"source": "USA", "target": "RUS", "code": "190"}]}]) == (
        "petrarch"
    )
    with pytest.raises(EvalError):
        ev_eval.detect([{"expected": [{"what": 1}]}])


def test_actor_codes_match_on_root_and_primary_agent() -> None:
    assert ev_eval.split_code("IRQGOVMIL") == ("IRQ", "GOV", {"IRQ"})
    assert ev_eval.actor_matches("USAGOV", "USA", "GOV")
    assert not ev_eval.actor_matches("USAGOV", "USA", None)
    assert ev_eval.actor_matches("USA", "USA", "MIL")
    assert ev_eval.actor_matches("---REB", "SYR", "REB")
    assert ev_eval.actor_matches("IGOUNOMIL", "UNO", "MIL")
    assert not ev_eval.actor_matches("ISR", "PSE", None)


def test_plover_scoring_types_countries_sectors() -> None:
    rec = {
        "expected": [
            {
                "event": "DEMAND",
                "event_2021": "REQUEST",
                "mode": None,
                "source": [{"actorText": "US", "code": "USA", "sector": "GOV"}],
                "target": [{"actorText": "Japan", "code": "JAP"}],
            }
        ]
    }
    doc = _doc(
        [
            _ev("REQUEST", "100", ("e1",), ("e2",), confidence=0.7),
            _ev("ASSAULT", "190", ("e2",), (), modality="negated"),
            _ev("AID", "070", ("e2",), ()),
        ],
        [_ent("e1", "USA", "GOV"), _ent("e2", "JPN")],
    )
    row = ev_eval.score_plover(rec, doc)
    assert (row["tp"], row["fp"], row["fn"]) == (1, 1, 0)  # the negated event is left out
    m = row["matched"][0]
    assert m["actor"] and m["recipient"] and m["sector"] == [True] and m["mode"] is None
    out = ev_eval.summarize_plover([(rec, doc)])
    assert out["event_type"]["f1"] == pytest.approx(0.6667, abs=1e-3)
    assert out["actor_country_accuracy"] == 1.0


def test_plover_05_mode_names_are_read_as_their_2021_names() -> None:
    gold = {"event_2021": "PROTEST", "event": "PROTEST", "source": [], "target": []}
    rec = {"expected": [{**gold, "mode": "demo-org"}]}
    doc = _doc([_ev("PROTEST", "141", ("e1",), (), plover_mode="demo")], [_ent("e1", "FRA")])
    assert ev_eval.score_plover(rec, doc)["matched"][0]["mode"] is True
    other = _doc([_ev("PROTEST", "141", ("e1",), (), plover_mode="riot")], [_ent("e1", "FRA")])
    assert ev_eval.score_plover(rec, other)["matched"][0]["mode"] is False


def test_petrarch_counts_only_actors_its_dictionaries_could_code() -> None:
    rec = {"id": "s2", "expect_no_events": False, "expected": []}
    doc = _doc([_ev("ASSAULT", "190", ("e1",), ("e2",))], [_ent("e1", None), _ent("e2", "RUS")])
    assert ev_eval.score_petrarch(rec, doc)["extra"] == 0
    doc = _doc(
        [_ev("ASSAULT", "190", ("e1",), ("e2",))], [_ent("e1", None, "REB"), _ent("e2", "RUS")]
    )
    assert ev_eval.score_petrarch(rec, doc)["extra"] == 1


def test_petrarch_scoring_correct_uncoded_extra() -> None:
    rec = {
        "id": "s1",
        "expect_no_events": False,
        "expected": [
            {"source": "USAGOV", "target": "RUS", "code": "042"},
            {"source": "RUS", "target": "USAGOV", "code": "043"},
        ],
    }
    doc = _doc(
        [
            _ev("CONSULT", "042", ("e1",), ("e2",)),
            _ev("ASSAULT", "190", ("e2",), ("e1",)),
            _ev("CONSULT", "040", ("e2",), ()),  # no target: not a PETRARCH dyad
        ],
        [_ent("e1", "USA", "GOV"), _ent("e2", "RUS")],
    )
    row = ev_eval.score_petrarch(rec, doc)
    assert (row["expected"], row["correct"], row["extra"], row["root_hits"]) == (2, 1, 1, 2)
    out = ev_eval.summarize_petrarch([(rec, doc)])
    assert (out["correct_rate"], out["extra_rate"], out["root_agreement"]) == (0.5, 1.0, 1.0)
    nothing = {**rec, "expect_no_events": True}
    assert ev_eval.score_petrarch(nothing, doc)["extra"] == 2

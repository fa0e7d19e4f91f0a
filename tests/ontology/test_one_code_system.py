"""One code system (issue 21, item 7): an event's PLOVER type follows from its CAMEO code through
CAMEO2PLOVER-2021, or its CAMEO code from the PLOVER decision; never chosen apart."""

from __future__ import annotations

import json

import pytest

from newsevents.ontology.codebook import EventOntology
from newsevents.ontology.events import load_event_ontology
from newsevents.records import Event

from ..conftest import ROOT, SHARED, need_shared

CONFLICT_ROOTS = ("13", "14", "15", "16", "17", "18", "19", "20")


@pytest.fixture(scope="module")
def onto() -> EventOntology:
    return load_event_ontology()


def _agrees(onto: EventOntology, code: str | None, plover: str | None) -> bool:
    cc = onto.code(code)
    return cc is not None and cc.plover == plover


def test_the_codebook_is_the_2021_table(onto) -> None:
    table = need_shared(SHARED / "ontology" / "cameo_to_plover_2021.jsonl")
    for line in table.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        cc = onto.codes[row["cameo_code"]]
        assert cc.plover == row["plover_event"], row["cameo_code"]
        assert cc.plover_mode == (row["plover_mode"] or None), row["cameo_code"]


def test_every_lexicon_entry_codes_its_plover_through_its_cameo_code(onto) -> None:
    checked = 0
    for table in (onto.verbs, onto.nouns):
        for t in table.values():
            for entry in (t, *t.frames):
                if entry.plover is not None:
                    assert _agrees(onto, entry.code, entry.plover), (t.lemma, entry.code)
                if entry.plover_mode is not None:  # a mode is the 2021 mode of the code
                    cc = onto.code(entry.code)
                    assert cc is not None and cc.plover_mode == entry.plover_mode, t.lemma
                if entry.code is not None:
                    assert onto.code(entry.code) is not None, (t.lemma, entry.code)
                    checked += 1
    assert checked > 300
    for g in onto.governors.values():
        if g.plover_if_conflict:  # "prepared to attack": MOBILIZE, coded 15x
            assert _agrees(onto, onto.code_for(g.plover_if_conflict, "190"), g.plover_if_conflict)


def test_governed_codes_keep_one_type_per_role(onto) -> None:
    roles = {"request": "REQUEST", "demand": "REQUEST", "reject": "REJECT", "threaten": "THREATEN"}
    for role, plover in roles.items():
        for key, code in onto.role_codes[role].items():
            assert _agrees(onto, code, plover), (role, key, code)
    for key, code in onto.role_codes["intent"].items():
        if key[:2] in ("03", "04", "05", "06", "07", "08"):
            assert _agrees(onto, code, "AGREE"), ("intent", key, code)
        elif key[:2] in CONFLICT_ROOTS:  # the intent to attack is a threat
            assert _agrees(onto, code, "THREATEN"), ("intent", key, code)


def test_a_decided_plover_type_gets_a_code_of_that_type(onto) -> None:
    assert onto.code_for("THREATEN", "190") == "138"  # "would attack"
    assert onto.code_for("AGREE", "072") == "0332"  # "will supply arms"
    assert onto.code_for("CONCEDE", "0874") == "080"  # "will withdraw"
    assert onto.code_for("MOBILIZE", "194") == "150"  # "prepared to resume shelling"
    types = {c.plover for c in onto.codes.values() if c.plover}
    for plover in types:
        assert _agrees(onto, onto.code_for(plover, "010"), plover), plover


def _check(onto: EventOntology, events: tuple[Event, ...], where: str) -> int:
    for ev in events:
        if ev.cameo is None:
            continue
        cc = onto.code(ev.cameo)
        assert cc is not None and cc.plover == ev.plover, (where, ev.trigger.text, ev.cameo)
        assert (ev.quad_class, ev.goldstein) == (cc.quad_class, cc.goldstein), (where, ev.cameo)
    return len(events)


def test_no_event_record_has_cameo_and_plover_that_disagree(onto, pipeline, seed_doc) -> None:
    from newsevents.readers import make_article

    n = _check(onto, seed_doc.events, "seed")
    texts = []
    for name in ("plover_gold.jsonl", "petrarch_gold.jsonl"):
        path = ROOT / "tests" / "gold" / name
        texts += [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines()]
    articles = [make_article(t, language="en", detect=False) for t in texts]
    for doc in pipeline.run_many(articles):
        n += _check(onto, doc.events, doc.article.text[:60])
    assert n > 20

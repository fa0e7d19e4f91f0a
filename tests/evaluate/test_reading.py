"""Scorers of the reading layers (timex, quotes, main-event): pure functions on hand-made records,
the shipped timex gold file, and short runs over the shared evaluation data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.evaluate import LAYERS, evaluate
from newsevents.evaluate import main_event as me_eval
from newsevents.evaluate import quotes as q_eval
from newsevents.evaluate import timex as t_eval
from newsevents.records import Answer, Quote, Span, Timex
from tests.conftest import ROOT, SHARED, need_shared

GOLD = ROOT / "tests" / "gold" / "timex_gold.jsonl"


def test_reading_layers_are_registered() -> None:
    assert {"timex", "quotes", "main-event"} <= set(LAYERS)


# -- timex -------------------------------------------------------------------------------------


def test_timex_score_counts_found_values_and_false_positives() -> None:
    gold = [
        {"start": 0, "end": 5, "type": "DATE", "value": "2024"},
        {"start": 10, "end": 19, "type": "DATE", "value": "2023-FA"},
        {"start": 30, "end": 38, "type": "DURATION", "value": "P10Y"},
    ]
    pred = [
        Timex("t1", 0, 5, "x", "DATE", "2024"),
        Timex("t2", 10, 19, "x", "DATE", "2024-FA"),
        Timex("t3", 50, 55, "x", "DATE", "2020"),
    ]
    summary = t_eval.summarize([t_eval.score(gold, pred)])
    assert summary["value_accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    assert summary["value_accuracy_found"] == 0.5
    assert summary["extraction"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}


def test_timex_scores_as_tempeval3_strict_relaxed_and_value_f1() -> None:
    gold = [
        {"start": 0, "end": 10, "type": "DATE", "value": "1998-01-08"},
        {"start": 20, "end": 30, "type": "DURATION", "value": "P2Y"},
        {"start": 40, "end": 45, "type": "DATE", "value": "1997"},
        {"start": 60, "end": 65, "type": "SET", "value": "P1Y"},
    ]
    pred = [
        Timex("t1", 0, 10, "x", "DATE", "1998-01-08"),  # exact span, right value
        Timex("t2", 22, 30, "x", "DURATION", "P3Y"),  # overlaps only, wrong value
        Timex("t3", 40, 45, "x", "DATE", "1997"),  # exact span, right value
        Timex("t4", 80, 85, "x", "DATE", "1999"),  # overlaps nothing
    ]
    t3 = t_eval.summarize([t_eval.score(gold, pred)])["tempeval3"]
    assert t3["strict"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert t3["relaxed"] == {"precision": 0.75, "recall": 0.75, "f1": 0.75}
    assert t3["value_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert t3["value_f1"] == pytest.approx(0.75 * 2 / 3, abs=1e-4)
    assert t3["type_accuracy"] == 1.0
    assert t3["by_type"]["SET"]["relaxed"]["recall"] == 0.0
    assert t3["by_type"]["DATE"] == {
        "gold": 2,
        "predicted": 3,
        "relaxed": {"precision": 0.6667, "recall": 1.0, "f1": 0.8},
        "value_accuracy": 1.0,
        "value_f1": 0.8,
    }


def test_timex_reads_tempeval3_and_meantime_records() -> None:
    assert t_eval.creation_time({"published": "2010-01-02"}) == "2010-01-02"
    assert t_eval.creation_time({"date": "1998-01-08", "dct": {"value": "x"}}) == "1998-01-08"
    assert t_eval.creation_time({"dct": {"value": "2005-06-13"}}) == "2005-06-13"
    text = "Title\nJune 13, 2005\n" + "A sentence.\n" * 5
    rec = {"text": text, "annotated_sentences": [0, 1, 3, 7]}
    pred = [Timex("a", 6, 19, "June 13, 2005", "DATE", "2005-06-13")]
    pred.append(Timex("b", text.rindex("A"), len(text) - 1, "A sentence.", "DATE", ""))
    assert [p.id for p in t_eval.annotated(rec, pred)] == ["a"]  # line 6 is never annotated
    assert t_eval.annotated({"text": rec["text"]}, pred) == pred


def test_timex_gold_file_is_consistent() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 60 and sum(len(r["timexes"]) for r in rows) >= 250
    assert {r["part"] for r in rows} == {"dev", "held_out"}
    for r in rows:
        assert r["published"] and r["title"] and "CC BY 2.5" in r["source"]
        last = 0
        for t in r["timexes"]:
            assert r["text"][t["start"] : t["end"]] == t["text"]
            assert t["start"] >= last
            last = t["end"]
            assert t["type"] in ("DATE", "TIME", "DURATION", "SET")


# -- quotes ------------------------------------------------------------------------------------


def _gold(content: tuple[int, int], speaker: tuple[int, int] | None, kind: str = "direct"):
    return {
        "content": [{"start": content[0], "end": content[1], "fragments": [list(content)]}],
        "speaker": None if speaker is None else {"start": speaker[0], "end": speaker[1]},
        "cue": {"start": 50, "end": 54},
        "type": kind,
        "no_source": speaker is None,
    }


def _quote(content: tuple[int, int], speaker: tuple[int, int] | None) -> Quote:
    return Quote(
        id="q",
        speaker=None,
        speaker_text=None,
        cue=Span(50, 54, "said"),
        content=Span(content[0], content[1], ""),
        kind="direct",
        speaker_span=None if speaker is None else Span(speaker[0], speaker[1], ""),
    )


def test_quote_score_uses_thirty_percent_of_the_gold_content() -> None:
    gold = [_gold((0, 100), (60, 70)), _gold((200, 300), (310, 320), "indirect")]
    pred = [_quote((0, 31), (60, 65)), _quote((200, 229), (330, 340)), _quote((400, 450), None)]
    summary = q_eval.summarize([q_eval.score(gold, pred)])
    assert (summary["precision"], summary["recall"]) == (0.3333, 0.5)
    assert summary["speaker_match"] == 1.0
    assert summary["cue_match"] == 1.0
    assert summary["recall_by_type"]["indirect"]["recall"] == 0.0


# -- main event --------------------------------------------------------------------------------


def test_main_event_match_is_word_precision_against_a_phrase() -> None:
    assert me_eval.match("Joe Biden", "President Joe Biden")[0] == 1.0
    p, f = me_eval.match("Biden is heading to Italy", "Biden")
    assert p == pytest.approx(1 / 3) and f == pytest.approx(0.5)
    assert me_eval.match("the", "the president") == (0.0, 0.0)


def test_main_event_score_weights_phrases_by_coder_agreement() -> None:
    gold = [
        {"text": "Dozens of rescuers", "coderPhraseCount": 3},
        {"text": "boy", "coderPhraseCount": 2},
    ]
    assert me_eval.score_question(Answer("rescuers"), gold) == (1.0, pytest.approx(2 / 3))
    assert me_eval.score_question(Answer("the boy"), gold)[0] == pytest.approx(2 / 3)  # type: ignore[index]
    assert me_eval.score_question(None, gold) == (0.0, 0.0)
    assert me_eval.score_question(Answer("x"), [{"coderPhraseCount": 3}]) is None


def test_main_event_article_text_joins_title_description_and_body() -> None:
    rec = {"title": "Clinton blames FBI", "description": "She lost.", "text": "Body text here."}
    assert me_eval.article_text(rec) == "Clinton blames FBI.\n\nShe lost.\n\nBody text here."


# -- the shared evaluation data (skipped where absent) -----------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("layer", "name", "keys"),
    [
        ("quotes", "polnear_attributions.jsonl", ("precision", "recall", "f1", "speaker_match")),
        ("main-event", "giveme5w1h.jsonl", ("mean_4w", "mean_6", "questions")),
    ],
)
def test_reading_evals_run_on_shared_data(settings, layer: str, name: str, keys) -> None:
    path: Path = need_shared(SHARED / "eval" / name)
    result = evaluate(layer, str(path), settings=settings, limit=2)
    assert result["articles"] == 2
    for key in keys:
        assert key in result


@pytest.mark.slow
@pytest.mark.parametrize("name", ["timex_tbaq.jsonl", "meantime_en.jsonl"])
def test_timex_eval_reads_the_creation_time_of_shared_sets(settings, name: str) -> None:
    path: Path = need_shared(SHARED / "eval" / name)
    result = evaluate("timex", str(path), settings=settings, limit=4)
    assert result["articles"] == 4 and "skipped" not in result
    # relative expressions resolve against the record's `date`: without it most values are wrong
    assert result["tempeval3"]["value_accuracy"] >= 0.7
    assert result["tempeval3"]["relaxed"]["f1"] >= 0.6

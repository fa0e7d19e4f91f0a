"""`newsevents eval events --data FILE`: event coding against the PLOVER or PETRARCH-2 gold sets.

The file's records say which set it is:

* PLOVER gold-standard records (`expected[].event_2021`, actors with `actorText`/`code`): every
  sentence is run; its predicted PLOVER types (negated events left out, as PLOVER allows) are
  compared with the gold types as sets -> micro precision/recall/F1. On matched events (same
  type; each gold event its own prediction where there are enough, the one with the gold's
  actor first, then the most confident) the actor and recipient countries are compared as sets,
  sectors per gold actor that has one (`sector_accuracy`), and the mode where gold gives one
  (its PLOVER 0.5 mode names read as their 2021 equivalents, `MODES_2021`).
* PETRARCH-2 validation sentences (`expected[]` with `source`/`target`/`code` and a `parse`):
  events are expanded to CAMEO dyads (`layers.events.dyads`); like PETRARCH, which codes an
  event only when it finds both a source and a target actor, dyads with a missing side (or a
  side with neither country nor sector, which its dictionaries could not code) are not
  counted. Scoring follows PETRARCH's validation: an expected event is *correct* when a dyad
  has its code and both actor codes, else *uncoded*; an unmatched dyad is *extra*.
  `correct_rate` = correct / expected, `extra_rate` = extra / sentences (UniversalPetrarch's FP
  measure). An actor code matches on its country root (gold `---` = unknown country, matches
  any; `IGO...UNO` matches IGO or UNO) and, when the gold code names a primary agent (`USAGOV`,
  `IRQGOVMIL`), on that sector. `root_agreement` is the share of expected events whose 2-digit
  root some event of the sentence has.

* IndiaPoliceEvents articles (`sentences[]` with `labels`): police actions per sentence
  (`evaluate.police`).
* CASE 2021 task 2 snippets (`label`, an ACLED-style type): type F1 through the ACLED -> PLOVER
  mapping (`evaluate.case2021`).

All report the figures on the even and odd halves of the file too (`halves`), so a rule fitted
to a few records shows up as a gap between them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from ..config import Settings
from ..errors import EvalError, PipelineError
from ..ontology.codes import PLOVER_SECTORS
from ..readers import make_article
from ..records import Article, Document, Entity, Event
from . import case2021, police, prf
from .formats import Gold, read_gold
from .reading import pipeline_for

STAGES = ("events.rules.v1",)
HELPERS = (
    "entities.rules.v1",
    "places.gazetteer.v1",
    "timex.rules.v1",
    "quantities.rules.v1",
    "quotes.rules.v1",
)
# Primary agent codes that may follow a country root in a CAMEO actor code: the PLOVER sectors
# plus CAMEO's own health agent and the non-state roots used as agents.
AGENTS = PLOVER_SECTORS | {"HLH", "IGO", "NGO", "IMG"}
MAX_ERRORS = 60  # sentences listed with what was expected and what was coded
# Legacy or umbrella codes in the gold files -> the codes an entity may carry instead.
ROOT_EQUIVALENTS = {"JAP": {"JPN"}, "IGO": {"IGO", "UNO", "EUR", "NATO", "AFR", "ASA", "NGO"}}
# The PLOVER gold records carry PLOVER 0.5 mode names (`plover_version` 0.5b1); the event layer
# names modes as the CAMEO2PLOVER-2021 table and the 2021 manual do, which merged some of them
# (../shared/ontology/plover_event_types.jsonl `modes`). Names not listed are the same in both.
MODES_2021 = {
    "host": "visit",  # 2021: one visit mode, the visitor or the host as actor
    "demo-org": "demo",
    "demo-spon": "demo",
    "riot-org": "riot",
    "riot-spon": "riot",
    "strike-hun": "hunger",
    "strike-gen": "strike",
    "detain": "arrest",  # 2021 COERCE "arrest: Arrest, detain"
}


Pair = tuple[dict[str, Any], Document]


def detect(records: list[dict[str, Any]]) -> str:
    if records and "sentences" in records[0]:
        return "indiapolice"
    if records and "label" in records[0]:
        return "case2021"
    first = next((r for r in records if r.get("expected")), records[0] if records else {})
    exp = (first.get("expected") or [{}])[0]
    if "event_2021" in exp or "event" in exp:
        return "plover"
    if "code" in exp and "source" in exp:
        return "petrarch"
    raise EvalError("cannot tell the gold format: expected PLOVER or PETRARCH-2 records")


def _run(gold: Gold, settings: Settings) -> tuple[list[Pair], float]:
    """Each record with the document read from it; a record the pipeline fails on is skipped."""
    return run_records(
        gold,
        settings,
        lambda r: make_article(r["text"], published=r.get("date"), language="en", detect=False),
    )


def run_records(
    gold: Gold, settings: Settings, make: Callable[[dict[str, Any]], Article]
) -> tuple[list[Pair], float]:
    """The event pipeline (with its helper stages) over the articles `make` builds from the
    records, and the seconds it took; a record that fails (to build or to read) is skipped."""
    try:
        pipeline = pipeline_for(settings, STAGES, helpers=HELPERS)
    except PipelineError as exc:
        raise EvalError(f"cannot build the event pipeline: {exc}") from exc
    made = list(gold.each(make))
    t0 = time.perf_counter()
    pairs: list[Pair] = []
    results = pipeline.run_many([article for _, article in made], on_error="skip")
    for (rec, _), res in zip(made, results, strict=True):
        if isinstance(res, Document):
            pairs.append((rec, res))
        else:
            gold.skip(rec, f"stage {res.stage}: {res.error}")
    return pairs, time.perf_counter() - t0


def evaluate(path: str, *, settings: Settings | None = None, limit: int | None = None) -> dict:
    gold = read_gold("events", path)
    gold.records = [r for r in gold.records if r.get("evaluate", True)][:limit]
    if not gold.records:
        raise EvalError(f"no records to evaluate in {path}")
    kind = detect(gold.records)
    summarize = SUMMARIES[kind]
    read, seconds = _run(gold, settings or Settings())
    pairs = []
    for n, pair in enumerate(read):  # a record whose annotation cannot be scored is skipped
        try:
            summarize([pair])
        except Exception as exc:  # one record never ends an evaluation
            gold.skip(pair[0], f"{type(exc).__name__}: {exc}", n)
            continue
        pairs.append(pair)
    out: dict[str, Any] = {"layer": "events", "gold": kind, "data": path, "records": len(pairs)}
    out.update(gold.report(len(pairs)))
    out.update(summarize(pairs))
    out["halves"] = {"even": summarize(pairs[0::2]), "odd": summarize(pairs[1::2])}
    for half in out["halves"].values():
        half.pop("errors", None)
    out["seconds"] = round(seconds, 2)
    return out


# -- PLOVER --------------------------------------------------------------------------------


def _countries(ids: Iterable[str], ents: dict[str, Entity]) -> set[str]:
    return {c for i in ids if (c := (ents[i].country if i in ents else None))}


def _gold_countries(actors: list[dict[str, Any]]) -> set[str]:
    return {a["code"] for a in actors if a.get("code")}


def _country_ok(gold: set[str], pred: set[str]) -> bool:
    if len(gold) != len(pred):
        return False
    return all(any(p == g or p in ROOT_EQUIVALENTS.get(g, ()) for p in pred) for g in gold)


def score_plover(rec: dict[str, Any], doc: Document) -> dict[str, Any]:
    ents = {e.id: e for e in doc.entities}
    preds = [e for e in doc.events if e.plover and e.modality != "negated"]
    gold = rec["expected"]
    gold_types = {g.get("event_2021") or g["event"] for g in gold}
    pred_types = {e.plover for e in preds}
    row: dict[str, Any] = {
        "tp": len(gold_types & pred_types),
        "fp": len(pred_types - gold_types),
        "fn": len(gold_types - pred_types),
        "matched": [],
    }
    used: set[str] = set()
    for g in gold:
        gtype = g.get("event_2021") or g["event"]
        cands = [e for e in preds if e.plover == gtype]
        if not cands:
            continue
        gsrc, gtar = _gold_countries(g["source"]), _gold_countries(g["target"])
        # each gold event answers to its own system event where there are enough ("Air Canada
        # ordered ..., while Air India signed ...": two COOPERATE events, one per buyer), the
        # one with the gold's actor first, then the most confident
        ev = max(
            [e for e in cands if e.id not in used] or cands,
            key=lambda e: (_country_ok(gsrc, _countries(e.actors, ents)), e.confidence),
        )
        used.add(ev.id)
        m = {
            "actor": _country_ok(gsrc, _countries(ev.actors, ents)),
            "recipient": (_country_ok(gtar, _countries(ev.recipients, ents)) if gtar else None),
            "sector": _sectors(g["source"] + g["target"], ev, ents),
            "mode": (ev.plover_mode == _mode_2021(g["mode"])) if g.get("mode") else None,
        }
        row["matched"].append(m)
    return row


def _mode_2021(mode: str) -> str:
    return MODES_2021.get(mode, mode)


def _sectors(gold: list[dict[str, Any]], ev: Event, ents: dict[str, Entity]) -> list[bool]:
    """Per gold actor with a sector: does our actor of that country carry it?"""
    out = []
    mine = [ents[i] for i in (*ev.actors, *ev.recipients) if i in ents]
    for g in gold:
        sector = (g.get("sector") or "")[:3]
        if sector not in AGENTS:
            continue
        same = [e for e in mine if _country_ok({g.get("code", "")}, {e.country or ""})]
        out.append(any(e.sector == sector for e in same))
    return out


def _acc(xs: list[bool]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None


def summarize_plover(pairs: list[tuple[dict[str, Any], Document]]) -> dict[str, Any]:
    rows = [score_plover(r, d) for r, d in pairs]
    tp, fp, fn = (sum(r[k] for r in rows) for k in ("tp", "fp", "fn"))
    matched = [m for r in rows for m in r["matched"]]
    recips = [m["recipient"] for m in matched if m["recipient"] is not None]
    return {
        "event_type": prf(tp, fp, fn),
        "matched_events": len(matched),
        "actor_country_accuracy": _acc([m["actor"] for m in matched]),
        "recipient_country_accuracy": _acc(recips),
        "recipient_n": len(recips),
        "sector_accuracy": _acc([s for m in matched for s in m["sector"]]),
        "mode_accuracy": _acc([m["mode"] for m in matched if m["mode"] is not None]),
    }


# -- PETRARCH ------------------------------------------------------------------------------


def split_code(code: str) -> tuple[str, str | None, set[str]]:
    """`IRQGOVMIL` -> ("IRQ", "GOV", {"IRQ"}); `IGOUNOMIL` -> ("IGO", "MIL", {"IGO", "UNO"})."""
    root = code[:3]
    chunks = [code[i : i + 3] for i in range(3, len(code), 3)]
    roots = {root} | ROOT_EQUIVALENTS.get(root, set())
    if root in ("IGO", "IMG", "NGO"):
        roots |= {c for c in chunks if c not in AGENTS}
    agent = next((c for c in chunks if c in AGENTS), None)
    return root, agent, roots


def actor_matches(gold: str, country: str | None, sector: str | None) -> bool:
    root, agent, roots = split_code(gold)
    if root != "---" and (country or "---") not in roots:
        return False
    return agent is None or agent == sector


def score_petrarch(rec: dict[str, Any], doc: Document) -> dict[str, Any]:
    from ..layers.events import dyads

    events = [e for e in doc.events if e.modality != "negated" and e.cameo]
    produced: list[tuple[str, str, str]] = []
    for ev in events:
        for d in dyads(doc, ev):
            if _codable(d.source_code) and _codable(d.target_code):  # complete dyads only
                produced.append((d.code or "", d.source_code, d.target_code))
    used: set[int] = set()
    correct = 0
    expected = [] if rec.get("expect_no_events") else rec["expected"]
    for g in expected:
        for k, (code, s, t) in enumerate(produced):
            if k in used or code != g["code"]:
                continue
            if not actor_matches(g["source"], *_split_ours(s)):
                continue
            if not actor_matches(g["target"], *_split_ours(t)):
                continue
            used.add(k)
            correct += 1
            break
    roots = {ev.cameo[:2] for ev in events if ev.cameo}
    return {
        "expected": len(expected),
        "correct": correct,
        "extra": len(produced) - len(used),
        "root_hits": sum(1 for g in expected if g["code"][:2] in roots),
        "errors": (
            []
            if correct == len(expected) and len(produced) == len(used)
            else [{"id": rec["id"], "expected": expected, "got": _show(produced)}]
        ),
    }


def _codable(code: str) -> bool:
    """An actor PETRARCH could code: its dictionaries give it a country or an agent."""
    return code != "---"


def _split_ours(code: str) -> tuple[str | None, str | None]:
    """Our dyad actor code -> (country, first agent): `USAGOV` -> ("USA", "GOV")."""
    country = None if code.startswith("---") else code[:3]
    return country, code[3:6] or None


def _show(produced: list[tuple[str, str, str]]) -> list[str]:
    return [f"{s} {t} {c}" for c, s, t in produced]


def summarize_petrarch(pairs: list[tuple[dict[str, Any], Document]]) -> dict[str, Any]:
    rows = [score_petrarch(r, d) for r, d in pairs]
    n_exp = sum(r["expected"] for r in rows)
    correct = sum(r["correct"] for r in rows)
    extra = sum(r["extra"] for r in rows)
    return {
        "n_expected": n_exp,
        "n_sentences": len(rows),
        "correct_rate": round(correct / n_exp, 4) if n_exp else None,
        "uncoded_rate": round(1 - correct / n_exp, 4) if n_exp else None,
        "extra_rate": round(extra / len(rows), 4) if rows else None,
        "extra_per_expected": round(extra / n_exp, 4) if n_exp else None,
        "root_agreement": round(sum(r["root_hits"] for r in rows) / n_exp, 4) if n_exp else None,
        "errors": [e for r in rows for e in r["errors"]][:MAX_ERRORS],
    }


SUMMARIES = {
    "plover": summarize_plover,
    "petrarch": summarize_petrarch,
    "indiapolice": police.summarize,
    "case2021": case2021.summarize,
}

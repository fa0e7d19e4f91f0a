"""`newsevents eval actors --data plover_gsr.jsonl`: actor country and sector against PLOVER gold.

(A file of NGEC's actor tests, `ngec_actor_tests.jsonl`, is told by its format and scored by
`evaluate/ngec.py`.)

Each record is one sentence with `date` and `expected` events whose `source`/`target` lists hold
gold actors (`actorText`, ISO3 `code`, optional `sector`). The pipeline reads the sentence as an
article published on `date`; each gold actor's text is located in the sentence (an "X ... Y"
text is its pieces) and aligned to the predicted entity whose mention overlaps it most (ties go
to the tighter mention). Reported:

- `country_accuracy`: gold actors whose aligned entity has the gold country, over all located
  gold actors (unmatched count as wrong) -- the headline figure; `n` is that count;
- `sector_accuracy`: the same for the PLOVER sector (first three letters of the gold code) over
  gold actors that have one (`n_sector`);
- `refused`: records the pipeline refused (record number and error), scored with no entities;
- `matched_rate`, the accuracies over matched actors only, `unlocated` (gold text not found);
- `by_sector` and `by_kind` breakdowns, the most frequent country confusions, and `halves`
  (even and odd records) so a rule fitted to one half shows on the other.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from typing import Any

from ..config import Settings
from ..errors import NewseventsError
from ..readers import make_article
from ..records import Entity
from . import read_jsonl
from .ngec import evaluate_ngec, is_ngec
from .reading import align, pipeline_for

STAGES = ("entities.rules.v1",)


def gold_actors(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Distinct gold actors of a record (source and target of every expected event)."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for ev in record.get("expected") or []:
        for side in ("source", "target"):
            for a in ev.get(side) or []:
                key = (a.get("actorText") or "", a.get("code") or "", a.get("sector") or "")
                if key[0] and key not in seen:
                    seen.add(key)
                    out.append({"text": key[0], "code": key[1], "sector": key[2] or None})
    return out


def locate(text: str, actor_text: str) -> list[tuple[int, int]]:
    """Character spans of a gold actor text in the sentence ('U.S. ... negotiators': 2 spans)."""
    spans = []
    pos = 0
    low = text.lower()
    for piece in (p.strip() for p in actor_text.split("...")):
        if not piece:
            continue
        at = text.find(piece, pos)
        if at < 0:
            at = low.find(piece.lower(), pos)
        if at < 0:
            return []
        spans.append((at, at + len(piece)))
        pos = at + len(piece)
    return spans


def score_record(record: dict[str, Any], entities: tuple[Entity, ...]) -> list[dict[str, Any]]:
    rows = []
    text = record.get("text") or ""
    for g in gold_actors(record):
        spans = locate(text, g["text"])
        if not spans:
            rows.append({"located": False, **g})
            continue
        hit = align(spans, entities)
        entity, kind = hit if hit else (None, None)
        gold_sector = (g["sector"] or "")[:3].upper()
        if gold_sector in ("***", ""):
            gold_sector = ""
        rows.append(
            {
                "located": True,
                **g,
                "gold_sector": gold_sector or None,
                "matched": entity is not None,
                "kind": kind,
                "pred_country": entity.country if entity else None,
                "pred_sector": entity.sector if entity else None,
                "country_ok": entity is not None and entity.country == g["code"],
                "sector_ok": bool(gold_sector)
                and entity is not None
                and entity.sector == gold_sector,
            }
        )
    return rows


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    located = [r for r in rows if r["located"]]
    matched = [r for r in located if r["matched"]]
    sectored = [r for r in located if r["gold_sector"]]
    sectored_matched = [r for r in sectored if r["matched"]]

    def rate(part: list[dict[str, Any]], key: str) -> float:
        return round(sum(r[key] for r in part) / len(part), 4) if part else 0.0

    return {
        "country_accuracy": rate(located, "country_ok"),
        "sector_accuracy": rate(sectored, "sector_ok"),
        "n": len(located),
        "n_sector": len(sectored),
        "matched_rate": round(len(matched) / len(located), 4) if located else 0.0,
        "country_accuracy_matched": rate(matched, "country_ok"),
        "sector_accuracy_matched": rate(sectored_matched, "sector_ok"),
        "unlocated": len(rows) - len(located),
    }


def breakdown(rows: list[dict[str, Any]]) -> dict[str, Any]:
    by_sector: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    confusions: Counter[str] = Counter()
    for r in rows:
        if not r["located"]:
            continue
        by_sector[r["gold_sector"] or "-"].append(r)
        by_kind[r["kind"] or "unmatched"].append(r)
        if not r["country_ok"]:
            confusions[f"{r['code']}->{r['pred_country'] or 'none'}"] += 1

    def acc(part: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "n": len(part),
            "country": round(sum(r["country_ok"] for r in part) / len(part), 4),
            "sector": round(sum(r["sector_ok"] for r in part) / len(part), 4),
        }

    return {
        "by_sector": {k: acc(v) for k, v in sorted(by_sector.items())},
        "by_kind": {k: acc(v) for k, v in sorted(by_kind.items())},
        "country_confusions": dict(confusions.most_common(15)),
    }


def evaluate(path: str, *, settings: Settings | None = None, limit: int | None = None) -> dict:
    settings = settings or Settings()
    records = list(read_jsonl(path))[:limit] if limit else list(read_jsonl(path))
    if is_ngec(records):
        return evaluate_ngec(records, settings=settings)
    pipeline = pipeline_for(settings, STAGES)
    t0 = time.perf_counter()
    rows_by_half: dict[int, list[dict[str, Any]]] = {0: [], 1: []}
    refused: list[dict[str, Any]] = []
    for n, rec in enumerate(records):
        try:  # one record the pipeline refuses (language, empty text) never stops the eval
            doc = pipeline.run(make_article(rec.get("text") or "", published=rec.get("date")))
            entities = doc.entities
        except NewseventsError as exc:
            refused.append({"record": n, "error": f"{type(exc).__name__}: {exc}"})
            entities = ()  # its gold actors count as unmatched
        rows_by_half[n % 2].extend(score_record(rec, entities))
    rows = rows_by_half[0] + rows_by_half[1]
    out = summarize(rows)
    out["records"] = len(records)
    out["refused"] = refused
    out.update(breakdown(rows))
    out["halves"] = {
        "even": summarize(rows_by_half[0]),
        "odd": summarize(rows_by_half[1]),
    }
    out["seconds"] = round(time.perf_counter() - t0, 2)
    return out

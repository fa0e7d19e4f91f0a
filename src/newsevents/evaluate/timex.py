"""`newsevents eval timex --data tests/gold/timex_gold.jsonl`: time expressions against a gold file.

Each gold line is one article (`text`, `published`, `timexes` with character spans, TIMEX3
`type`, `value`, `mod`); the whole `text` is annotated. A gold timex is *found* when a predicted
timex overlaps its span (the one with the largest overlap is its match). Reported:

- `value_accuracy`: gold timexes whose match has exactly the gold value, over all gold timexes
  (a missed timex counts as wrong) -- the headline figure;
- `value_accuracy_found`: the same over found timexes only; `type_accuracy` likewise;
- `extraction`: overlap precision/recall/F1 of the spans (a prediction is right when it
  overlaps a gold timex);
- `by_type` (value accuracy per gold type), `relative`/`absolute` (value accuracy for gold
  values that need the publication date or not), and the same figures on the two halves of the
  file (`halves`: even and odd lines), so a rule that fits one half shows up on the other;
  `by_part` when lines carry a `part` (the shipped gold has "dev", read while the rules were
  written, and "held_out", annotated after they were frozen).
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from typing import Any

from ..config import Settings
from ..records import Article, Timex
from . import prf
from .formats import read_gold
from .reading import pipeline_for

STAGES = ("timex.rules.v1",)
_ABSOLUTE = re.compile(r"(?:\d{4}(?:-\d\d(?:-\d\d)?)?|\d{2,3})")


def score(gold: list[dict[str, Any]], pred: list[Timex]) -> dict[str, Any]:
    """Counts for one article: per gold timex (found, value ok, type ok), and false positives."""
    rows = []
    used: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for k, p in enumerate(pred):
            ov = min(g["end"], p.end) - max(g["start"], p.start)
            if ov > best_overlap:
                best, best_overlap = k, ov
        match = pred[best] if best is not None else None
        if best is not None:
            used.add(best)
        rows.append(
            {
                "type": g["type"],
                "relative": not _ABSOLUTE.fullmatch(g["value"] or ""),
                "found": match is not None,
                "value_ok": match is not None and match.value == g["value"],
                "type_ok": match is not None and match.type == g["type"],
            }
        )
    fp = sum(
        1
        for k, p in enumerate(pred)
        if k not in used and not any(p.start < g["end"] and g["start"] < p.end for g in gold)
    )
    return {"rows": rows, "fp": fp, "pred": len(pred)}


def summarize(results: list[dict[str, Any]]) -> dict[str, Any]:
    rows = [r for res in results for r in res["rows"]]
    n = len(rows)
    found = [r for r in rows if r["found"]]
    tp = len(found)
    fp = sum(res["fp"] for res in results)
    by_type: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        by_type[r["type"]].append(r["value_ok"])

    def acc(xs: list[bool]) -> float:
        return round(sum(xs) / len(xs), 4) if xs else 0.0

    return {
        "gold": n,
        "predicted": sum(res["pred"] for res in results),
        "value_accuracy": acc([r["value_ok"] for r in rows]),
        "value_accuracy_found": acc([r["value_ok"] for r in found]),
        "type_accuracy": acc([r["type_ok"] for r in found]),
        "extraction": prf(tp, fp, n - tp),
        "by_type": {t: {"n": len(v), "value_accuracy": acc(v)} for t, v in sorted(by_type.items())},
        "relative": acc([r["value_ok"] for r in rows if r["relative"]]),
        "absolute": acc([r["value_ok"] for r in rows if not r["relative"]]),
    }


def evaluate(path: str, *, settings: Settings | None = None, limit: int | None = None) -> dict:
    gold = read_gold("timex", path, limit=limit)
    pipeline = pipeline_for(settings or Settings(), STAGES)
    t0 = time.perf_counter()

    def scored(rec: dict[str, Any]) -> Any:
        article = Article(id=str(rec["id"]), text=rec["text"], published=rec.get("published"))
        return score(rec["timexes"], list(pipeline.run(article).timexes))

    done = list(gold.each(scored))
    records = [rec for rec, _ in done]
    results = [result for _, result in done]
    elapsed = time.perf_counter() - t0
    out = {"layer": "timex", "data": path, "articles": len(records), **gold.report(len(records))}
    out.update(summarize(results))
    out["halves"] = {
        "even": summarize(results[0::2])["value_accuracy"],
        "odd": summarize(results[1::2])["value_accuracy"],
    }
    parts = sorted({str(rec["part"]) for rec in records if rec.get("part")})
    if parts:
        out["by_part"] = {
            part: {
                k: v
                for k, v in summarize(
                    [r for r, rec in zip(results, records, strict=True) if rec.get("part") == part]
                ).items()
                if k in ("gold", "value_accuracy", "extraction")
            }
            for part in parts
        }
    out["seconds"] = round(elapsed, 2)
    return out

"""`newsevents eval timex --data FILE`: time expressions against gold, scored as TempEval-3 does.

Each gold line is one article (`text`, `timexes` with character spans, TIMEX3 `type`, `value`) and
its creation time, the anchor of relative expressions: `published` (our gold), or `date` / `dct`
(TempEval-3's TBAQ and MEANTIME as `shared/eval` holds them). The whole `text` is annotated, except
in MEANTIME, which marks time expressions in its first lines only (`annotated`): predictions
further down are not counted.

TempEval-3's figures (UzZaman et al. 2013), under `tempeval3`:
- `strict` / `relaxed` extent P/R/F1: a gold timex is recalled when a prediction has exactly its
  span (strict) or overlaps it (relaxed); a prediction is precise likewise;
- `value_accuracy` / `type_accuracy`: share of relaxed matches (each gold timex and the
  prediction overlapping it most) with the gold value / type; `value_f1` = relaxed F1 x value
  accuracy (TempEval-3's ranking figure), `type_f1` likewise;
- `by_type`: per gold type, the count, relaxed recall, value accuracy on the matches, and the
  value F1 of that type (predictions counted by their own type).

Our own figures, kept beside them (the in-repo floors pin these):
- `value_accuracy`: gold timexes whose match has exactly the gold value, over *all* gold
  timexes (a missed timex counts as wrong); `value_accuracy_found` is TempEval-3's value
  accuracy; `type_accuracy` likewise;
- `extraction`: overlap P/R/F1 where a prediction that overlaps no gold timex is a false positive
  and a gold timex overlapped by none a false negative;
- `by_type` (value accuracy per gold type), `relative`/`absolute` (value accuracy for gold
  values that need the creation time or not), and the same figures on the two halves of the
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
MEANTIME_TIMEX_LINES = 6
_ABSOLUTE = re.compile(r"(?:\d{4}(?:-\d\d(?:-\d\d)?)?|\d{2,3})")


def score(gold: list[dict[str, Any]], pred: list[Timex]) -> dict[str, Any]:
    """Counts for one article: per gold timex (found, exact span, value ok, type ok), per
    prediction (overlaps a gold timex, has exactly a gold span), and false positives."""
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
                "exact": any(p.start == g["start"] and p.end == g["end"] for p in pred),
                "value_ok": match is not None and match.value == g["value"],
                "type_ok": match is not None and match.type == g["type"],
            }
        )
    overlaps = [any(p.start < g["end"] and g["start"] < p.end for g in gold) for p in pred]
    exact = [any(p.start == g["start"] and p.end == g["end"] for g in gold) for p in pred]
    return {
        "rows": rows,
        "fp": sum(1 for k, ok in enumerate(overlaps) if k not in used and not ok),
        "pred": len(pred),
        "pred_types": [p.type for p in pred],
        "pred_overlaps": sum(overlaps),
        "pred_exact": sum(exact),
        "pred_overlaps_by_type": [p.type for p, ok in zip(pred, overlaps, strict=True) if ok],
    }


def _prf2(p_hits: int, n_pred: int, r_hits: int, n_gold: int) -> dict[str, float]:
    """P/R/F1 when precision and recall count their hits apart (TempEval-3's relaxed match: two
    predictions may overlap one gold timex, one prediction two)."""
    p = p_hits / n_pred if n_pred else 0.0
    r = r_hits / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def tempeval3(results: list[dict[str, Any]]) -> dict[str, Any]:
    """TempEval-3's timex figures over the articles' counts (see the module docstring)."""
    rows = [r for res in results for r in res["rows"]]
    found = [r for r in rows if r["found"]]
    n_pred = sum(res["pred"] for res in results)
    strict = _prf2(
        sum(res["pred_exact"] for res in results), n_pred, sum(r["exact"] for r in rows), len(rows)
    )
    relaxed = _prf2(sum(res["pred_overlaps"] for res in results), n_pred, len(found), len(rows))
    value_acc = sum(r["value_ok"] for r in found) / len(found) if found else 0.0
    type_acc = sum(r["type_ok"] for r in found) / len(found) if found else 0.0
    by_type: dict[str, Any] = {}
    for t in sorted({r["type"] for r in rows}):
        t_rows = [r for r in rows if r["type"] == t]
        t_found = [r for r in t_rows if r["found"]]
        t_pred = sum(res["pred_types"].count(t) for res in results)
        t_hits = sum(res["pred_overlaps_by_type"].count(t) for res in results)
        t_relaxed = _prf2(t_hits, t_pred, len(t_found), len(t_rows))
        t_acc = sum(r["value_ok"] for r in t_found) / len(t_found) if t_found else 0.0
        by_type[t] = {
            "gold": len(t_rows),
            "predicted": t_pred,
            "relaxed": t_relaxed,
            "value_accuracy": round(t_acc, 4),
            "value_f1": round(t_relaxed["f1"] * t_acc, 4),
        }
    return {
        "strict": strict,
        "relaxed": relaxed,
        "value_accuracy": round(value_acc, 4),
        "value_f1": round(relaxed["f1"] * value_acc, 4),
        "type_accuracy": round(type_acc, 4),
        "type_f1": round(relaxed["f1"] * type_acc, 4),
        "by_type": by_type,
    }


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
        "tempeval3": tempeval3(results),
        "value_accuracy": acc([r["value_ok"] for r in rows]),
        "value_accuracy_found": acc([r["value_ok"] for r in found]),
        "type_accuracy": acc([r["type_ok"] for r in found]),
        "extraction": prf(tp, fp, n - tp),
        "by_type": {t: {"n": len(v), "value_accuracy": acc(v)} for t, v in sorted(by_type.items())},
        "relative": acc([r["value_ok"] for r in rows if r["relative"]]),
        "absolute": acc([r["value_ok"] for r in rows if not r["relative"]]),
    }


def creation_time(rec: dict[str, Any]) -> str | None:
    """The record's creation time: our `published`, TempEval-3's `date`, or its DCT timex."""
    dct = rec.get("dct")
    return (
        rec.get("published")
        or rec.get("date")
        or (dct.get("value") if isinstance(dct, dict) else None)
    )


def annotated(rec: dict[str, Any], pred: list[Timex]) -> list[Timex]:
    """The predictions on annotated lines. MEANTIME (its records list `annotated_sentences`, one
    sentence a line) marks time expressions in the title, the dateline and the first four
    sentences only (lines 0-5: no timex of its 59 articles is further down, though their events
    are); every other format annotates the whole text."""
    if not isinstance(rec.get("annotated_sentences"), list):
        return pred
    return [p for p in pred if rec["text"].count("\n", 0, p.start) < MEANTIME_TIMEX_LINES]


def evaluate(path: str, *, settings: Settings | None = None, limit: int | None = None) -> dict:
    gold = read_gold("timex", path, limit=limit)
    pipeline = pipeline_for(settings or Settings(), STAGES)
    t0 = time.perf_counter()

    def scored(rec: dict[str, Any]) -> Any:
        article = Article(id=str(rec["id"]), text=rec["text"], published=creation_time(rec))
        return score(rec["timexes"], annotated(rec, list(pipeline.run(article).timexes)))

    done = list(gold.each(scored))
    records = [rec for rec, _ in done]
    results = [result for _, result in done]
    elapsed = time.perf_counter() - t0
    out = {"layer": "timex", "data": path, "articles": len(records), **gold.report(len(records))}
    out.update(summarize(results))
    out["halves"] = {
        half: {
            "value_accuracy": (s := summarize(part))["value_accuracy"],
            "value_f1": s["tempeval3"]["value_f1"],
        }
        for half, part in (("even", results[0::2]), ("odd", results[1::2]))
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

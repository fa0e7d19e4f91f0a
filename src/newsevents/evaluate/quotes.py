"""`newsevents eval quotes --data polnear_attributions.jsonl`: attributions against PolNeAR.

Each line is one article (`text`, `date`, `quotes`); a gold attribution has `content` (a list of
character fragments), `cue` and `speaker` spans (or null), `type` direct/mixed/indirect and
`no_source`. Gold attributions without content are skipped.

- A gold attribution is *found* when one predicted quote's content covers at least 30% of the
  gold content's characters (the Gender Gap Tracker criterion, |pred ∩ gold| / |gold| >= 0.3);
  a predicted quote is *right* when it covers 30% of some gold content. Precision = right /
  predicted, recall = found / gold, F1 from both. A prediction may find more than one gold
  attribution (PolNeAR nests them: "X said Y wants Z").
- On found attributions, with the predicted quote that covers most of each: `speaker_match` --
  the predicted speaker span overlaps the gold speaker span (gold with a source only);
  `no_source_match` -- no predicted speaker where the gold has none; `cue_match` -- the cue
  spans overlap.
- `recall_by_type` (direct / mixed / indirect / no_source) and `content_chars` (character-level
  precision and recall of the content spans, which no generous span can inflate).
- `halves`: F1 on even and odd articles separately.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from typing import Any

from ..config import Settings
from ..records import Article, Quote
from . import prf
from .formats import read_gold
from .reading import pipeline_for

STAGES = ("quotes.rules.v1",)
HELPERS = ("entities.rules.v1",)
THRESHOLD = 0.3


def _chars(spans: list[dict[str, Any]] | None) -> set[int]:
    out: set[int] = set()
    for s in spans or []:
        for a, b in s.get("fragments") or [[s["start"], s["end"]]]:
            out.update(range(a, b))
    return out


def _span_chars(start: int, end: int) -> set[int]:
    return set(range(start, end))


def score(gold_quotes: list[dict[str, Any]], pred: list[Quote]) -> dict[str, Any]:
    """Counts for one article."""
    golds = [g for g in gold_quotes if g.get("content")]
    gchars = [_chars(g["content"]) for g in golds]
    pchars = [_span_chars(p.content.start, p.content.end) for p in pred]
    c: Counter[str] = Counter()
    right = [False] * len(pred)
    for g, gc in zip(golds, gchars, strict=True):
        if not gc:
            continue
        kind = "no_source" if g.get("no_source") else (g.get("type") or "indirect")
        c[f"gold_{kind}"] += 1
        c["gold"] += 1
        best, best_cov = None, 0.0
        for k, pc in enumerate(pchars):
            cov = len(gc & pc) / len(gc)
            if cov >= THRESHOLD:
                right[k] = True
                if cov > best_cov:
                    best, best_cov = k, cov
        if best is None:
            continue
        c["found"] += 1
        c[f"found_{kind}"] += 1
        p = pred[best]
        if g.get("speaker") and not g.get("no_source"):
            c["speaker_n"] += 1
            sp = p.speaker_span
            if sp is not None and _chars([g["speaker"]]) & _span_chars(sp.start, sp.end):
                c["speaker_ok"] += 1
        elif g.get("no_source"):
            c["nosrc_n"] += 1
            c["nosrc_ok"] += p.speaker_span is None
        if g.get("cue"):
            c["cue_n"] += 1
            if p.cue is not None and _chars([g["cue"]]) & _span_chars(p.cue.start, p.cue.end):
                c["cue_ok"] += 1
    c["pred"] += len(pred)
    c["right"] += sum(right)
    allg = set().union(*gchars) if gchars else set()
    allp = set().union(*pchars) if pchars else set()
    c["chars_gold"] += len(allg)
    c["chars_pred"] += len(allp)
    c["chars_both"] += len(allg & allp)
    for p, ok in zip(pred, right, strict=True):
        c[f"pred_{p.kind}"] += 1
        c[f"right_{p.kind}"] += ok
    return dict(c)


def summarize(counts: list[dict[str, Any]]) -> dict[str, Any]:
    c: Counter[str] = Counter()
    for x in counts:
        c.update(x)

    def ratio(a: str, b: str) -> float:
        return round(c[a] / c[b], 4) if c[b] else 0.0

    p = c["right"] / c["pred"] if c["pred"] else 0.0
    r = c["found"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    by_type: dict[str, Any] = defaultdict(dict)
    for kind in ("direct", "mixed", "indirect", "no_source"):
        by_type[kind] = {
            "gold": c[f"gold_{kind}"],
            "recall": ratio(f"found_{kind}", f"gold_{kind}"),
        }
    return {
        "gold": c["gold"],
        "predicted": c["pred"],
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "speaker_match": ratio("speaker_ok", "speaker_n"),
        "no_source_match": ratio("nosrc_ok", "nosrc_n"),
        "cue_match": ratio("cue_ok", "cue_n"),
        "recall_by_type": dict(by_type),
        "precision_by_kind": {
            k: {"predicted": c[f"pred_{k}"], "precision": ratio(f"right_{k}", f"pred_{k}")}
            for k in ("direct", "mixed", "indirect")
        },
        "content_chars": prf(
            c["chars_both"], c["chars_pred"] - c["chars_both"], c["chars_gold"] - c["chars_both"]
        ),
    }


def evaluate(path: str, *, settings: Settings | None = None, limit: int | None = None) -> dict:
    gold = read_gold("quotes", path, limit=limit)
    pipeline = pipeline_for(settings or Settings(), STAGES, helpers=HELPERS)
    t0 = time.perf_counter()

    def scored(rec: dict[str, Any]) -> Any:
        article = Article(id=str(rec["id"]), text=rec["text"], published=rec.get("date"))
        return score(rec["quotes"], list(pipeline.run(article).quotes))

    counts = [c for _, c in gold.each(scored)]
    elapsed = time.perf_counter() - t0
    out = {"layer": "quotes", "data": path, "articles": len(counts), **gold.report(len(counts))}
    out.update(summarize(counts))
    out["halves"] = {"even": summarize(counts[0::2])["f1"], "odd": summarize(counts[1::2])["f1"]}
    out["stages"] = list(pipeline.names)
    out["seconds"] = round(elapsed, 2)
    return out

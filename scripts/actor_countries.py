"""Actor countries on real news: the country distribution and the classes an analyst checks.

    python scripts/actor_countries.py [--limit N] [--json OUT.json]

Runs the parser and the entity layer over the 200 English Wikinews texts
(../shared/corpus/wikinews/en.jsonl) and the English pages of the 181 HTML pages
(../shared/corpus/html-pages/, main text by the project's HTML reader) and prints:

- the distribution of entity countries (entities, not mentions; "none" = abstained);
- every entity that is a news agency or outlet, a company or a US state, with its country, its
  sector, what gave the country and, where the knowledge base knows the name, its home country.
  A row whose country is not the home country (for a US state: not USA; 'Georgia' may be the
  country too) is marked "FOREIGN".

`--json` writes the same as JSON, for comparing two runs. Reads ../shared only: prints nothing
to measure when it is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsevents.config import Settings
from newsevents.evaluate.reading import pipeline_for
from newsevents.ontology.actors import ORG_SCHEMA, PLACE_SCHEMA, lexicon
from newsevents.ontology.loader import read_jsonl
from newsevents.ontology.normalize import norm
from newsevents.readers import detect_language, make_article
from newsevents.readers.html import read_html_file
from newsevents.records import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpus" / "wikinews" / "en.jsonl"
HTML = SHARED / "corpus" / "html-pages"
STAGES = ("entities.rules.v1",)
# What the knowledge base calls each checked class (organisations.jsonl `kind`).
CLASSES = {"media": "agency/media", "company": "company"}


def articles(limit: int | None = None) -> Iterator[tuple[str, Article]]:
    """(corpus:id, article) for the Wikinews texts, then the English HTML pages."""
    with WIKINEWS.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()][:limit]
    for r in rows:
        yield (
            f"wikinews:{r['id']}",
            make_article(
                r["text"], title=r.get("title"), published=r.get("published"), language="en"
            ),
        )
    with (HTML / "index.jsonl").open(encoding="utf-8") as fh:
        pages = [json.loads(line) for line in fh if line.strip()][:limit]
    for p in pages:
        for art in read_html_file(HTML / p["html_file"]):
            if isinstance(art, Article) and detect_language(art.text)[0] == "en":
                yield f"html:{p['id'][:12]}", art


def known_classes() -> tuple[dict[str, tuple[str, str]], set[str]]:
    """Normalized name -> (class, home country) of the agencies and companies of the knowledge
    base, and the normalized names of the US states."""
    kinds: dict[str, tuple[str, str]] = {}
    for row in read_jsonl("organisations.jsonl", ORG_SCHEMA):
        if row["kind"] in CLASSES:
            # a name kept out of the lookup ('People', 'Time', 'Metro') is no name of the class
            shared = set(row.get("needs_context", ()))
            for name in {row["name"], *row["aliases"]} - shared:
                kinds[norm(name)] = (CLASSES[row["kind"]], row["country"])
    states = set()
    for row in read_jsonl("places.jsonl", PLACE_SCHEMA):
        if row["kind"] == "state" and row["country"] == "USA":
            states.update(norm(n) for n in (row["name"], *row.get("aliases", ())))
    return kinds, states


def survey(limit: int | None = None) -> dict:
    pipeline = pipeline_for(Settings(), STAGES)
    lex = lexicon()
    kinds, states = known_classes()
    countries: Counter[str] = Counter()
    rows: list[dict] = []
    docs = 0
    for where, article in articles(limit):
        docs += 1
        for e in pipeline.run(article).entities:
            countries[e.country or "none"] += 1
            key = norm(e.name)
            cls, home = kinds.get(key, (None, None))
            if key in states and e.type in ("GPE", "LOC"):
                # 'Georgia' is a state and a country: either is right, the text decides
                cls, home = "US state", "/".join(filter(None, ("USA", lex.countries.get(key))))
            elif cls is None and e.sector in ("JRN", "BUS"):
                cls = "agency/media" if e.sector == "JRN" else "company"
                known = lex.actor(e.name)
                home = known.country if known is not None and known.curated else None
            if cls is None:
                continue
            foreign = e.country is not None and home is not None and e.country not in home
            rows.append(
                {
                    "doc": where,
                    "class": cls,
                    "name": e.name,
                    "country": e.country,
                    "home": home,
                    "sector": e.sector,
                    "evidence": e.evidence,
                    "foreign": foreign,
                }
            )
    return {"documents": docs, "countries": dict(countries.most_common()), "checked": rows}


def report(result: dict) -> str:
    lines = [f"documents: {result['documents']}", "", "entity countries:"]
    total = sum(result["countries"].values())
    for code, n in result["countries"].items():
        lines.append(f"  {code:5} {n:5}  {n / total:6.1%}")
    rows = result["checked"]
    lines += ["", f"agencies, companies and US states: {len(rows)} entities"]
    for r in sorted(rows, key=lambda r: (r["class"], r["name"].lower(), r["doc"])):
        mark = "FOREIGN" if r["foreign"] else ""
        codes = f"{r['country'] or '-':4} home {r['home'] or '-':7} {r['sector'] or '-':4}"
        lines.append(
            f"  {r['class']:12} {r['name'][:40]:40} {codes} {r['evidence'] or '-':10}"
            f" {r['doc'][:40]:40} {mark}"
        )
    foreign = [r for r in rows if r["foreign"]]
    lines += ["", f"coded to a foreign country: {len(foreign)}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="read the first N texts of each corpus")
    ap.add_argument("--json", type=Path, help="write the result as JSON here")
    args = ap.parse_args(argv)
    if not WIKINEWS.exists():
        print(f"no shared corpus at {WIKINEWS}: nothing to measure", file=sys.stderr)
        return 1
    result = survey(args.limit)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

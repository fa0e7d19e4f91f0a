"""Stories speed: linking 10,000 articles into stories, and adding 100 articles to a store of
10,000.

    python benchmarks/stories.py [--articles 10000] [--add 100] [--base 200] [--db PATH]

Prints figures; asserts nothing. Targets (issue 23): linking 10,000 articles into stories under a
minute on a 2-core machine; adding 100 articles to a 10,000-article store under 5 s.

Linking is timed as the store does it, the articles already read: filing each article into a
story (`StoryIndex.add` on its feature bag), then clustering the events of all of them into
corpus events (`stories.coref.corefer` on their event rows); the bags and rows are made
beforehand. Adding is timed as `DuckStore.write_batch` of 100 read articles into a store of
10,000: every table, the stories and the corpus events of the blocks they touch.

The articles are real: the English Wikinews texts of ../shared/corpus/wikinews/en.jsonl (or
--corpus) read once by the pipeline, then re-dated copies of them (random dates over ten years,
a fifth of each copy's key terms dropped so that no two copies have one bag), so that stories
form as they do in a news stream: copies of one text a few days apart join one story.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from newsevents.api import get_pipeline
from newsevents.jsonl import read_jsonl
from newsevents.readers import make_article
from newsevents.records import Document
from newsevents.store.duck import DuckStore
from newsevents.store.rows import document_rows
from newsevents.stories.coref import corefer
from newsevents.stories.features import document_features
from newsevents.stories.index import StoryIndex

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "en.jsonl"


def read_base(path: Path, n: int) -> list[Document]:
    rows = [row for _, row in read_jsonl(path)][:n]
    articles = [
        make_article(r["text"], title=r.get("title"), published=r.get("published"),
                     url=r.get("url"), source="en.wikinews.org", language="en", detect=False)
        for r in rows
    ]  # fmt: skip
    return [
        d for d in get_pipeline().run_many(articles, on_error="skip") if isinstance(d, Document)
    ]


def variants(base: list[Document], n: int, rng: random.Random, start: int = 0) -> list[Document]:
    """`n` re-dated copies of the base documents, each with its own id and date."""
    out = []
    for k in range(start, start + n):
        doc = base[rng.randrange(len(base))]
        day = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        article = dataclasses.replace(
            doc.article, id=f"bench{k:07d}", published=day.isoformat(),
            source=f"site{rng.randrange(40)}.example", url=None,
        )  # fmt: skip
        out.append(dataclasses.replace(doc, article=article))
    return out


def bag_of(doc: Document, rng: random.Random) -> dict[str, float]:
    bag = document_features(doc)
    return {f: w for f, w in bag.items() if not f.startswith("w:") or rng.random() > 0.2}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--add", type=int, default=100)
    p.add_argument("--base", type=int, default=200)
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--db", help="DuckDB file (default: a temporary one)")
    args = p.parse_args()
    rng = random.Random(23)

    t0 = time.perf_counter()
    base = read_base(args.corpus, args.base)
    print(f"read {len(base)} real articles with the pipeline in {time.perf_counter() - t0:.1f} s")

    docs = variants(base, args.articles, rng)
    bags = [
        (d.article.id, bag_of(d, rng), dt.date.fromisoformat(d.article.published)) for d in docs
    ]
    dated = sorted(bags, key=lambda b: (b[2], b[0]))  # a news stream arrives in date order
    index = StoryIndex()
    t0 = time.perf_counter()
    for aid, bag, day in dated:
        index.add(aid, bag, day)
    linking = time.perf_counter() - t0
    sizes = sorted((len(s.members) for s in index.stories.values()), reverse=True)
    print(
        f"linking {len(dated):,} articles into stories: {linking:.2f} s "
        f"({len(dated) / linking:,.0f} articles/s); {len(index):,} stories, largest {sizes[:5]}"
    )
    by_id = {d.article.id: d for d in docs}
    rows = [
        row
        for aid, _, _ in dated
        for row in document_rows(by_id[aid], story_id=index.story_of[aid])["events"]
    ]
    t0 = time.perf_counter()
    corpus = corefer(rows)
    coref = time.perf_counter() - t0
    print(
        f"clustering their {len(rows):,} events into {len(set(corpus.values())):,} corpus events: "
        f"{coref:.2f} s; linking in all (stories and corpus events): {linking + coref:.2f} s"
    )

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "stories.duckdb")
        store = DuckStore(db)
        t0 = time.perf_counter()
        for i in range(0, len(docs), 1000):
            store.write_batch(docs[i : i + 1000])
        print(f"stored {len(docs):,} articles (every table, stories, coreference) in "
              f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
        store.close()
        store = DuckStore(db)  # a fresh process's view: the story index is read on first write
        new = variants(base, args.add, rng, start=args.articles)
        t0 = time.perf_counter()
        store.write_batch(new)
        first = time.perf_counter() - t0
        again = variants(base, args.add, rng, start=args.articles + args.add)
        t0 = time.perf_counter()
        store.write_batch(again)
        warm = time.perf_counter() - t0
        n = store.stats()
        print(
            f"adding {args.add} articles to a {args.articles:,}-article store: {first:.2f} s "
            f"(store just opened: story index read), {warm:.2f} s (index in memory); "
            f"{n['stories']:,} stories, {n['corpus_events']:,} corpus events"
        )
        store.close()


if __name__ == "__main__":
    main()

"""Store speed: bulk load into DuckDB, and a one-actor timeline over 1M stored events.

    python benchmarks/store_bench.py [--articles 20000] [--events-per-article 5]
                                     [--timeline-events 1000000] [--db PATH]

Prints figures; asserts nothing. Targets (issue 5): bulk load into DuckDB >= 50k event rows/s;
one actor's timeline over 1M stored events < 0.5 s. The whole write path (Documents to rows of
every table, corpus-event merge) is printed beside the bulk load, for scale: it is Python-bound.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

import pyarrow as pa

from newsevents.ids import article_id
from newsevents.records import (
    Article,
    Document,
    Entity,
    Event,
    EventDate,
    Mention,
    Sentence,
    Span,
)
from newsevents.store.duck import DuckStore, insert_rows
from newsevents.store.rows import document_rows

ACTORS = [
    (
        f"Person {i:04d}",
        random.Random(i).choice(["USA", "RUS", "CHN", "DEU", "FRA", "UKR"]),
        random.Random(-i).choice(["GOV", "MIL", "BUS", None]),
    )
    for i in range(2000)
]
CODES = [
    ("036", "CONSULT"),
    ("042", "CONSULT"),
    ("057", "AGREE"),
    ("112", "ACCUSE"),
    ("190", "ASSAULT"),
    ("061", "COOPERATE"),
    ("173", "COERCE"),
]


def synthetic_doc(n: int, events: int, rng: random.Random) -> Document:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    sentences = []
    ents = []
    evs = []
    text = ""
    for k in range(events):
        (a_name, a_cty, a_sec), (r_name, r_cty, r_sec) = rng.sample(ACTORS, 2)
        code, plover = rng.choice(CODES)
        sentence = f"{a_name} met {r_name} on day {n}-{k}. "
        base = len(text)
        text += sentence
        sentences.append((base, base + len(sentence) - 1))
        for who, (name, cty, sec) in (("a", (a_name, a_cty, a_sec)), ("r", (r_name, r_cty, r_sec))):
            i = text.index(name, base)
            ents.append(Entity(f"e{k}{who}", name, "PERSON", (Mention(i, i + len(name), name),),
                               cty, sec))  # fmt: skip
        t = text.index("met", base)
        evs.append(
            Event(
                id=f"v{k}",
                trigger=Span(t, t + 3, "met"),
                sentence=k,
                cameo=code,
                plover=plover,
                quad_class=1,
                goldstein=1.0,
                actors=(f"e{k}a",),
                recipients=(f"e{k}r",),
                date=EventDate(None, day.isoformat()),
                confidence=rng.random(),
            )
        )

    article = Article(
        id=article_id(text),
        text=text,
        source=f"site{n % 50}.example",
        published=day.isoformat(),
        meta=(("path", f"synthetic/{n}"),),
    )
    return Document(
        article=article,
        sentences=tuple(Sentence(s, e, 0, 0) for s, e in sentences),
        entities=tuple(ents),
        events=tuple(evs),
    )


def bench_bulk_load(db: str, articles: int, per: int, batch: int) -> None:
    rng = random.Random(7)
    docs = [synthetic_doc(n, per, rng) for n in range(articles)]
    n_events = sum(len(d.events) for d in docs)
    # 1. the DuckDB load itself: Arrow batches of event rows -> INSERT (indexes maintained)
    rows = [r for d in docs for r in document_rows(d)["events"]]
    step = batch * per
    with DuckStore(db + ".arrow") as store:
        schema = store._arrow_schema("events")
        tables = [
            pa.Table.from_pylist(rows[i : i + step], schema=schema)
            for i in range(0, len(rows), step)
        ]
        started = time.perf_counter()
        for table in tables:
            store.con.execute("BEGIN")
            store.con.register("_batch", table)
            store.con.execute("INSERT INTO events BY NAME SELECT * FROM _batch")
            store.con.unregister("_batch")
            store.con.execute("COMMIT")
        took = time.perf_counter() - started
    print(
        f"bulk load into DuckDB: {len(rows):,} event rows in {took:.2f} s = "
        f"{len(rows) / took:,.0f} event rows/s (Arrow batches of {step:,} rows, one "
        "transaction each, primary key and indexes maintained)"
    )
    # 1b. the same from Python row dicts (what write_batch does): Arrow conversion included
    with DuckStore(db + ".rows") as store:
        schema = store._arrow_schema("events")
        started = time.perf_counter()
        for i in range(0, len(rows), step):
            store.con.execute("BEGIN")
            insert_rows(store.con, "events", rows[i : i + step], schema)
            store.con.execute("COMMIT")
        took = time.perf_counter() - started
    print(
        f"row dicts -> Arrow -> DuckDB: {len(rows):,} event rows in {took:.2f} s = "
        f"{len(rows) / took:,.0f} event rows/s"
    )
    # 2. the whole write path: Documents -> rows of every table -> DuckDB, corpus merge
    with DuckStore(db) as store:
        started = time.perf_counter()
        for i in range(0, len(docs), batch):
            store.write_batch(docs[i : i + batch])
        took = time.perf_counter() - started
        corpus = store.con.execute("SELECT count(*) FROM corpus_events").fetchall()[0][0]
    print(
        f"write_batch end to end: {articles:,} articles, {n_events:,} events in {took:.2f} s "
        f"= {n_events / took:,.0f} events/s ({articles / took:,.0f} articles/s; every table, "
        f"{corpus:,} corpus events merged; {batch} articles a batch)"
    )


def fill_synthetic(store: DuckStore, n_events: int) -> None:
    """`n_events` events straight through SQL (the load path is measured above), with the
    search columns as `store.rows` writes them."""
    n_articles = max(n_events // 10, 1)
    con = store.con
    con.execute("BEGIN")
    con.execute(
        "INSERT INTO articles (id, source, title, published, published_date, text, n_chars) "
        "SELECT 'a' || i, 'site' || (i % 50) || '.example', 'Title ' || i, "
        "CAST(DATE '2015-01-01' + CAST(i % 3000 AS INTEGER) AS VARCHAR), "
        "DATE '2015-01-01' + CAST(i % 3000 AS INTEGER), 'text', 4 FROM range(?) t(i)",
        [n_articles],
    )
    con.execute(
        """INSERT INTO events BY NAME
           WITH raw AS (
               SELECT i, 'Person ' || lpad(CAST(hash(i) % 2000 AS VARCHAR), 4, '0') AS a,
                      'Person ' || lpad(CAST(hash(i + 1) % 2000 AS VARCHAR), 4, '0') AS r,
                      ['USAGOV', 'RUSMIL', 'CHNBUS', 'DEUGOV'][1 + i % 4] AS ac
               FROM range(?) t(i))
           SELECT 'a' || (i // 10) AS article_id, 'v' || (i % 10) AS id,
                  CAST(i % 10 AS INTEGER) AS sentence, 'met' AS trigger_text, '036' AS cameo,
                  '03' AS cameo_root, 'CONSULT' AS plover, [a] AS actor_names,
                  [ac] AS actor_codes, [r] AS recipient_names, ['RUSGOV'] AS recipient_codes,
                  [ac[:3]] AS actor_countries, ['RUS'] AS recipient_countries,
                  [lower(a)] AS actor_keys, [lower(r)] AS recipient_keys,
                  'asserted' AS modality,
                  DATE '2015-01-01' + CAST((i // 10) % 3000 AS INTEGER) AS event_date,
                  'Someone met someone else.' AS sentence_text, 0.5 AS confidence,
                  '#' || i AS merge_key,
                  chr(31) || lower(a) || chr(31) || lower(r) || chr(31) AS actor_text,
                  chr(31) || ac || chr(31) || 'RUSGOV' || chr(31) AS actor_code_text,
                  substr(md5('#' || i), 1, 16) AS corpus_event_id
           FROM raw""",
        [n_events],
    )
    con.execute("COMMIT")
    con.execute("CHECKPOINT")  # as a store closed after its ingest would be


def bench_timeline(db: str, n_events: int) -> None:
    with DuckStore(db) as store:
        fill_synthetic(store, n_events)
        total = store.count_events()
        store.events(actor="Person 0001", limit=5)  # warm the caches once
        for actor in ("Person 0042", "person 1999", "Person 0777", "RUSGOV"):
            times = []
            for _ in range(5):  # the machine may be shared: best and median of five
                started = time.perf_counter()
                rows = store.events(actor=actor, limit=100_000)
                times.append(time.perf_counter() - started)
            print(
                f"timeline of {actor!r}: {len(rows):,} events (of {total:,}) in "
                f"{min(times):.3f} s best, {statistics.median(times):.3f} s median of 5"
            )
        started = time.perf_counter()
        n = store.count_events(actor="Person 0042", date_from="2016-01-01", date_to="2016-12-31")
        took = time.perf_counter() - started
        print(f"count of one actor's events in one year: {n:,} in {took:.3f} s")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=int, default=20_000)
    p.add_argument("--events-per-article", type=int, default=5)
    p.add_argument("--batch", type=int, default=1000, help="articles per write_batch")
    p.add_argument("--timeline-events", type=int, default=1_000_000)
    p.add_argument("--db", help="folder for the benchmark stores (default: a temp folder)")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.db or tmp)
        bench_bulk_load(
            str(folder / "load.duckdb"), args.articles, args.events_per_article, args.batch
        )
        bench_timeline(str(folder / "timeline.duckdb"), args.timeline_events)


if __name__ == "__main__":
    main()

"""Loopback load test of the events endpoint: p50/p95 latency over a store of synthetic events.

    .venv/bin/python benchmarks/api_load.py                 # 100k events, 400 requests
    .venv/bin/python benchmarks/api_load.py --events 20000 --requests 100

Builds (once, cached under --db) a store of synthetic articles with `--events` events written
through `DuckStore.write_batch` (so the corpus merge runs too), serves it with uvicorn on
127.0.0.1, and times filtered pages of 50 events (each response includes the total count) from
one keep-alive client. Prints figures; never asserts. Target: p95 < 100 ms.
Each synthetic event's sentence is stored as the parser would store it (a store built by an
older version of this script has none, so its text filter reads whole articles: rebuild it).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from newsevents.config import Settings
from newsevents.readers import make_article
from newsevents.records import (
    Document,
    Entity,
    Event,
    EventDate,
    Location,
    Mention,
    Sentence,
    Span,
)
from newsevents.store import open_store
from newsevents.web import create_app

EVENTS_PER_ARTICLE = 10
PLOVER = [
    ("CONSULT", "040", 1),
    ("AGREE", "057", 1),
    ("SUPPORT", "051", 1),
    ("REQUEST", "020", 1),
    ("AID", "070", 2),
    ("COOPERATE", "061", 2),
    ("RETREAT", "087", 2),
    ("ACCUSE", "112", 3),
    ("REJECT", "120", 3),
    ("THREATEN", "138", 3),
    ("PROTEST", "141", 3),
    ("SANCTION", "163", 4),
    ("MOBILIZE", "150", 4),
    ("COERCE", "173", 4),
    ("ASSAULT", "190", 4),
]
COUNTRIES = [
    ("USA", "United States", 38.9, -77.0),
    ("RUS", "Russia", 55.8, 37.6),
    ("UKR", "Ukraine", 50.5, 30.5),
    ("CHN", "China", 39.9, 116.4),
    ("FRA", "France", 48.9, 2.4),
    ("DEU", "Germany", 52.5, 13.4),
    ("ISR", "Israel", 31.8, 35.2),
    ("IRN", "Iran", 35.7, 51.4),
    ("IND", "India", 28.6, 77.2),
    ("BRA", "Brazil", -15.8, -47.9),
    ("NGA", "Nigeria", 9.1, 7.5),
    ("ZAF", "South Africa", -25.7, 28.2),
    ("JPN", "Japan", 35.7, 139.7),
    ("TUR", "Turkey", 39.9, 32.9),
    ("EGY", "Egypt", 30.0, 31.2),
    ("MEX", "Mexico", 19.4, -99.1),
]
SECTORS = ["GOV", "MIL", "BUS", "CVL", "OPP", "MED"]
MODALITIES = ["asserted"] * 7 + ["future", "hypothetical", "negated"]


def synthetic_doc(n: int, rng: random.Random) -> Document:
    """One article of ten sentences, each reporting one event between two actors."""
    sentences, events, actors = [], [], {}
    spans: list[Sentence] = []
    offset = 0
    day = 19_000 + rng.randrange(730)  # days since 1970: about 2022-01 to 2023-12
    for i in range(EVENTS_PER_ARTICLE):
        (c1, n1, lat, lon), (c2, n2, _, _) = rng.sample(COUNTRIES, 2)
        s1, s2 = rng.choice(SECTORS), rng.choice(SECTORS)
        plover, cameo, quad = rng.choice(PLOVER)
        verb = plover.lower() + "d"
        a_name, r_name = f"{n1} {s1.lower()}", f"{n2} {s2.lower()}"
        sentence = f"The {a_name} {verb} the {r_name} in report {n}-{i}. "
        a_start = offset + 4
        v_start = a_start + len(a_name) + 1
        r_start = v_start + len(verb) + 5
        for eid, name, code, sector, start in (
            (f"e{c1}{s1}", a_name, c1, s1, a_start),
            (f"e{c2}{s2}", r_name, c2, s2, r_start),
        ):
            mention = Mention(start, start + len(name), name)
            old = actors.get(eid)
            mentions = (*old.mentions, mention) if old else (mention,)
            actors[eid] = Entity(eid, name.title(), "ORG", mentions, code, sector)
        date = time.strftime("%Y-%m-%d", time.gmtime((day + rng.randrange(3)) * 86400))
        events.append(
            Event(
                f"v{i + 1}",
                Span(v_start, v_start + len(verb), verb),
                i,
                cameo,
                plover,
                quad_class=quad,
                goldstein=round(rng.uniform(-10, 10), 1),
                actors=(f"e{c1}{s1}",),
                recipients=(f"e{c2}{s2}",),
                modality=rng.choice(MODALITIES),
                location=Location(n1, c1, lat, lon),
                date=EventDate(None, date),
                confidence=0.5,
            )
        )
        sentences.append(sentence)
        # the stored sentence (as the parser would give it), so text filters read sentences
        spans.append(Sentence(offset, offset + len(sentence) - 1, 0, 0))
        offset += len(sentence)
    text = "".join(sentences)
    article = make_article(
        text,
        title=f"Synthetic report {n}",
        published=events[0].date.value,  # type: ignore[union-attr]
        source=f"site{n % 40}.example",
        language="en",
    )
    return Document(
        article=article,
        sentences=tuple(spans),
        entities=tuple(actors.values()),
        events=tuple(events),
    )


def build(db: str, n_events: int) -> None:
    store = open_store(db)
    try:
        have = store.stats()["events"]
        if have >= n_events:
            print(f"store {db}: {have:,} events (reused)")
            return
        rng = random.Random(7)
        started = time.perf_counter()
        n_articles = n_events // EVENTS_PER_ARTICLE
        for first in range(0, n_articles, 1000):
            docs = [synthetic_doc(n, rng) for n in range(first, min(first + 1000, n_articles))]
            store.write_batch(docs)
            print(f"\rwrote {first + len(docs):,} articles", end="", file=sys.stderr)
        print(file=sys.stderr)
        took = time.perf_counter() - started
        print(f"store {db}: {store.stats()['events']:,} events written in {took:.1f} s")
    finally:
        store.close()


QUERIES = [
    {"plover": "ASSAULT"},
    {"actor": "russia"},
    {"country": "UKR"},
    {"country": "CHN", "plover": "CONSULT"},
    {"date_from": "2023-03-01", "date_to": "2023-03-31"},
    {"modality": "negated", "offset": 200},
    {"actor": "USA", "date_from": "2022-06-01", "date_to": "2022-12-31"},
    {"cameo": "19", "country": "RUS"},
    {"source": "site7.example"},
    {"text": "report 4242-3"},
]


def measure(url: str, n_requests: int, app: object) -> dict[str, dict[str, list[float]]]:
    """Per query shape: first pages (the total counted anew: the count cache is cleared before
    each) and next pages (offsets 50, 100 ...: the total comes from the cache)."""
    timings: dict[str, dict[str, list[float]]] = {"first page": {}, "next pages": {}}
    counts = app.state.counts  # type: ignore[attr-defined]
    with httpx.Client(base_url=url, timeout=30) as client:
        for q in QUERIES:  # warm-up: one call per query shape
            client.get("/api/events", params={**q, "limit": 50}).raise_for_status()
        for i in range(n_requests):
            q = QUERIES[i % len(QUERIES)]
            rnd = i // len(QUERIES)  # rounds alternate: first pages, then next pages
            phase = "first page" if rnd % 2 == 0 else "next pages"
            params = {**q, "limit": 50}
            if phase == "first page":
                counts.clear()
            else:
                params["offset"] = int(q.get("offset", 0)) + 50 * (1 + rnd % 5)
            started = time.perf_counter()
            resp = client.get("/api/events", params=params)
            took = (time.perf_counter() - started) * 1000
            resp.raise_for_status()
            name = ",".join(f"{k}={v}" for k, v in q.items())
            timings[phase].setdefault(name, []).append(took)
    return timings


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--db", default="benchmarks/.api_load.duckdb")
    args = parser.parse_args()
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    build(args.db, args.events)
    store = open_store(args.db, read_only=True)
    app = create_app(store, Settings())
    port = 8765
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        timings = measure(f"http://127.0.0.1:{port}", args.requests, app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.close()
    print(f"GET /api/events, pages of 50 with the total, {args.requests} requests, 1 client")
    for phase, by_query in timings.items():
        every = [t for ts in by_query.values() for t in ts]
        print(f"\n{phase}:")
        print(f"  {'filter':<52} {'p50 ms':>8} {'p95 ms':>8}")
        for name, ts in by_query.items():
            print(f"  {name:<52} {statistics.median(ts):8.1f} {pct(ts, 95):8.1f}")
        print(f"  {'all':<52} {statistics.median(every):8.1f} {pct(every, 95):8.1f}")
        verdict = "met" if pct(every, 95) < 100 else "NOT met"
        print(f"  target p95 < 100 ms: {verdict}")


if __name__ == "__main__":
    main()

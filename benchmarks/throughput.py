"""Throughput and memory of the newsevents pipeline next to bare spaCy (prints, never asserts).

For each corpus it prints, in one run, with the same texts, model and process count:

* bare spaCy: `nlp.pipe(texts, n_process=W)` words/s (the model loaded as the pipeline loads it);
* end to end: articles -> runner (parse + every default stage) -> DuckDB store, articles/s,
  words/s and the ratio to bare spaCy; worker start-up is timed apart, and the ratio is given
  with and without it;
* the cost of each layer, in this process: spaCy, the re-parse of texts with a caption glued
  to a sentence, the conversion to records, each stage, the store write, in ms/article and as
  % of the spaCy parse;
* peak RSS per worker (and of this process, which holds no results).

Corpora: Wikinews (`../shared/corpus/wikinews/en.jsonl`, else `examples/`), the article texts
of `../shared/eval/giveme5w1h.jsonl`, and the HTML pages of `../shared/corpus/html-pages/`
(text extracted with trafilatura through `newsevents.readers`, timed apart).

    python benchmarks/throughput.py                       # every corpus, processes, all cores
    python benchmarks/throughput.py --engine processes,ray --workers 2 --corpus giveme5w1h
    python benchmarks/throughput.py --workers 16 --repeat 8 --components   # a bigger machine
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEVENTS_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "src"))  # runnable from a checkout without installing

from newsevents.api import get_pipeline  # noqa: E402
from newsevents.config import Settings  # noqa: E402
from newsevents.readers import make_article, read_paths  # noqa: E402
from newsevents.records import Article, Document  # noqa: E402
from newsevents.runners import default_workers, get_runner  # noqa: E402
from newsevents.store import open_store  # noqa: E402

CORPORA = ("wikinews", "giveme5w1h", "html")
STORE_BATCH = 64


def words(text: str) -> int:
    return len(text.split())


def load_avg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# -- corpora -----------------------------------------------------------------------------------


def _jsonl_articles(path: Path, n: int, *, published: str, text: str = "text") -> list[Article]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get(text, "").strip():
                out.append(
                    make_article(row[text], url=row.get("url"), published=row.get(published))
                )
            if len(out) >= n:
                break
    return out


def load_corpus(name: str, n: int) -> tuple[list[Article], str]:
    """Up to n English articles of a corpus, and a note on where they came from."""
    if name == "wikinews":
        path = SHARED / "corpus" / "wikinews" / "en.jsonl"
        path = path if path.exists() else ROOT / "examples" / "wikinews-en.jsonl"
        return _jsonl_articles(path, n, published="published"), str(path)
    if name == "giveme5w1h":
        path = SHARED / "eval" / "giveme5w1h.jsonl"
        return _jsonl_articles(path, n, published="date"), str(path)
    if name == "html":
        folder = SHARED / "corpus" / "html-pages" / "html"
        files = sorted(folder.glob("*.html.gz"))[:n]
        started = time.perf_counter()
        items = list(read_paths(files))
        took = time.perf_counter() - started
        articles = [i for i in items if isinstance(i, Article) and i.language == "en"]
        note = (
            f"{folder}: {len(files)} pages, trafilatura extraction "
            f"{1000 * took / max(len(files), 1):.1f} ms/page ({len(files) / took:.0f} pages/s), "
            f"{len(articles)} English articles kept"
        )
        return articles, note
    raise SystemExit(f"unknown corpus {name!r}; choose from {', '.join(CORPORA)}")


def available(name: str) -> bool:
    return {
        "wikinews": True,
        "giveme5w1h": (SHARED / "eval" / "giveme5w1h.jsonl").exists(),
        "html": (SHARED / "corpus" / "html-pages" / "html").exists(),
    }[name]


# -- measurements ------------------------------------------------------------------------------


def bare_spacy(texts: list[str], settings: Settings, workers: int) -> float:
    """Seconds for nlp.pipe over the texts, the model loaded as the pipeline's parser loads it."""
    from newsevents.parse.spacy_adapter import load_model

    nlp = load_model(settings.model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=workers):
        pass
    return time.perf_counter() - started


def end_to_end(
    articles: list[Article],
    settings: Settings,
    engine: str,
    workers: int,
    chunk: int | None,
    keep_tokens: bool,
) -> dict[str, Any]:
    """Start the runner, then run every article through it into a DuckDB store."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.duckdb"))
        runner = get_runner(
            engine, workers=workers, settings=settings, chunk_size=chunk, keep_tokens=keep_tokens
        )
        try:
            started = time.perf_counter()
            runner.start()
            startup = time.perf_counter() - started
            started = time.perf_counter()
            docs: list[Document] = []
            failed = 0
            for result in runner.run_many(articles):
                if isinstance(result, Document):
                    docs.append(result)
                else:
                    failed += 1
                if len(docs) >= STORE_BATCH:
                    store.write_batch(docs)
                    docs = []
            store.write_batch(docs)
            run = time.perf_counter() - started
            rss = runner.worker_peak_rss()
        finally:
            runner.close()
            store.close()
    return {"startup": startup, "run": run, "failed": failed, "rss": rss}


def _timed(fn: Callable[[], Any]) -> float:
    """CPU seconds of this process (steadier than wall time on a machine others are using)."""
    started = time.process_time()
    fn()
    return time.process_time() - started


FIRST_CALL = "first pass (with one-off data loads)"


def layer_costs(articles: list[Article], settings: Settings) -> list[tuple[str, float]]:
    """Seconds spent in each layer over the articles, in this process."""
    from newsevents.parse.spacy_adapter import to_document

    pipe = get_pipeline(settings)
    admitted = [a for a in articles if a.text.strip()]
    nlp = pipe.parser.nlp  # type: ignore[attr-defined]
    sdocs: list[Any] = []
    spacy_s = _timed(
        lambda: sdocs.extend(nlp.pipe([a.text for a in admitted], batch_size=settings.batch_size))
    )
    split: list[Any] = []  # a sentence a caption is glued to is parsed again, split off
    resplit = pipe.parser.split_captions  # type: ignore[attr-defined]
    caption_s = _timed(lambda: split.extend(map(resplit, sdocs)))
    docs: list[Document] = []
    convert_s = _timed(lambda: docs.extend(map(to_document, admitted, sdocs, split)))
    costs = [
        ("spaCy nlp.pipe", spacy_s),
        ("captions split off (re-parse)", caption_s),
        ("records (spaCy Doc -> Document)", convert_s),
    ]

    # a stage may load data on first need (the gazetteer, the actor lexicon), on whichever
    # article first needs it: a first pass over every article is timed apart, so each layer's
    # cost is its warm per-article cost
    def warm_up() -> None:
        for doc in docs:
            for stage in pipe.stages:
                doc = replace(stage(doc), layers=doc.layers | stage.produces)

    costs.append((FIRST_CALL, _timed(warm_up)))
    for stage in pipe.stages:
        spent = 0.0
        out = []
        for doc in docs:
            started = time.process_time()
            try:
                doc = stage(doc)
            except Exception as exc:  # measured, not fatal: report and keep the input doc
                print(f"    ! {stage.name} failed on {doc.article.id}: {exc!r}")
            spent += time.process_time() - started
            out.append(replace(doc, layers=doc.layers | stage.produces))
        docs = out
        costs.append((stage.name, spent))
    store = open_store(":memory:")
    try:
        costs.append(("store.write_batch (DuckDB)", _timed(lambda: _write_all(store, docs))))
    finally:
        store.close()
    return costs


def _write_all(store: Any, docs: list[Document]) -> None:
    for i in range(0, len(docs), STORE_BATCH):
        store.write_batch(docs[i : i + STORE_BATCH])


def component_costs(texts: list[str], settings: Settings) -> Iterator[tuple[str, float]]:
    """Seconds nlp.pipe takes with the first k spaCy components, for k = 1..all."""
    from newsevents.parse.spacy_adapter import load_model

    nlp = load_model(settings.model)
    names = list(nlp.pipe_names)
    before = 0.0
    for k in range(1, len(names) + 1):
        with nlp.select_pipes(enable=names[:k]):
            took = _timed(lambda: list(nlp.pipe(texts, batch_size=settings.batch_size)))
        yield names[k - 1], took - before
        before = took


# -- report ------------------------------------------------------------------------------------


def mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB"


def report(name: str, args: argparse.Namespace, settings: Settings) -> None:
    articles, note = load_corpus(name, args.n)
    if args.words:
        low, _, high = args.words.partition(":")
        articles = [a for a in articles if int(low or 0) <= words(a.text) <= int(high or 10**9)]
        note += f"; articles of {args.words} words"
    articles = articles * args.repeat
    if not articles:
        print(f"\n## {name}: no articles ({note})")
        return
    texts = [a.text for a in articles]
    n_words = sum(map(words, texts))
    print(f"\n## {name}: {len(articles)} articles, {n_words:,} words")
    print(f"   {note}; {n_words / len(articles):.0f} words/article; repeat x{args.repeat}")

    for engine in args.engine:
        # The baseline runs right before each engine, so both see the same machine load.
        procs = 1 if engine == "local" else args.workers
        load = load_avg()
        bare = bare_spacy(texts, settings, procs)
        print(
            f"   bare spaCy nlp.pipe, n_process={procs}: {n_words / bare:,.0f} words/s, "
            f"{len(texts) / bare:.1f} articles/s ({bare:.1f}s; load {load})"
        )
        load = load_avg()
        e2e = end_to_end(articles, settings, engine, procs, args.chunk_size, args.keep_tokens)
        run, startup = e2e["run"], e2e["startup"]
        rss = ", ".join(mb(r) for r in e2e["rss"]) or "n/a"
        print(
            f"   end to end, {engine} x{procs}: {len(articles) / run:.1f} articles/s, "
            f"{n_words / run:,.0f} words/s ({run:.1f}s + {startup:.1f}s start-up; "
            f"{e2e['failed']} failed; load {load})"
        )
        print(
            f"     ratio to bare spaCy words/s: {bare / run:.2f} "
            f"(with start-up {bare / (run + startup):.2f}); peak RSS per worker: {rss}"
        )

    sample = articles[: args.profile_n]
    costs = layer_costs(sample, settings)
    spacy_s = costs[0][1]
    first = dict(costs).get(FIRST_CALL, 0.0)
    costs = [(label, spent) for label, spent in costs if label != FIRST_CALL]
    total = sum(s for _, s in costs)
    print(
        f"   cost of each layer, 1 process, CPU time, {len(sample)} articles (load {load_avg()}),"
        f" warm (a first pass over them, which loads the stages' data, took {first:.2f} s):"
    )
    for label, spent in costs:
        print(
            f"     {label:<34} {1000 * spent / len(sample):8.1f} ms/article "
            f"{100 * spent / spacy_s:6.1f}% of parse"
        )
    print(
        f"     {'total':<34} {1000 * total / len(sample):8.1f} ms/article "
        f"{100 * total / spacy_s:6.1f}% of parse"
    )
    if args.components:
        print("   spaCy components (added one by one, same sample):")
        for comp, spent in component_costs([a.text for a in sample], settings):
            print(f"     {comp:<34} {1000 * spent / len(sample):8.1f} ms/article")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=",".join(CORPORA), help="comma-separated: %(default)s")
    ap.add_argument("--n", type=int, default=200, help="articles per corpus (default %(default)s)")
    ap.add_argument("--repeat", type=int, default=1, help="run each corpus this many times over")
    ap.add_argument("--words", default="", help="keep articles of MIN:MAX words, e.g. 450:750")
    ap.add_argument("--model", default=None, help="spaCy model (default: the Settings default)")
    ap.add_argument("--workers", type=int, default=default_workers(), help="processes / actors")
    ap.add_argument("--engine", default="processes", help="comma-separated: local, processes, ray")
    ap.add_argument("--chunk-size", type=int, default=None, help="articles per worker task")
    ap.add_argument("--batch-size", type=int, default=None, help="spaCy nlp.pipe batch size")
    ap.add_argument("--profile-n", type=int, default=60, help="articles for the layer costs")
    ap.add_argument("--components", action="store_true", help="also time spaCy components")
    ap.add_argument(
        "--keep-tokens",
        action="store_true",
        help="send tokens back from the workers (ingest does not: the store keeps none)",
    )
    args = ap.parse_args(argv)
    args.corpus = [c for c in args.corpus.split(",") if c]
    args.engine = [e for e in args.engine.split(",") if e]
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    overrides: dict[str, Any] = {"model": args.model, "batch_size": args.batch_size}
    settings = Settings().with_(**{k: v for k, v in overrides.items() if v is not None})
    pipe = get_pipeline(settings)
    nlp = pipe.parser.nlp  # type: ignore[attr-defined]
    print("# newsevents throughput")
    print(
        f"cores {os.cpu_count()} (usable {default_workers()}), workers {args.workers}, "
        f"engines {', '.join(args.engine)}, load {load_avg()}, python {sys.version.split()[0]}"
    )
    print(
        f"model {settings.model} ({nlp.meta.get('name')} {nlp.meta.get('version')}; "
        f"components {', '.join(nlp.pipe_names)}), spaCy batch {settings.batch_size}"
    )
    print(f"stages: {', '.join(pipe.names)}")
    for name in args.corpus:
        if available(name):
            report(name, args, settings)
        else:
            print(f"\n## {name}: not present under {SHARED}, skipped")
    print(f"\nthis process: peak RSS {mb(_self_rss())} (results are streamed, not kept)")


def _self_rss() -> int:
    from newsevents.runners import peak_rss_self

    return peak_rss_self()


if __name__ == "__main__":
    main()

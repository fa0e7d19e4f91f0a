"""Hostile inputs: every one is stored as a valid document or recorded as a failure with a clear
reason; nothing crashes the batch or hangs it, and the good articles among them are all stored.

The corpus (>= 200 inputs, see `corpus.py`) goes through the real readers, pipeline and DuckDB
store in one `newsevents.ingest` call, with per-article limits set in `Settings`.
"""

from __future__ import annotations

import faulthandler
import json
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from newsevents.api import ingest
from newsevents.config import Settings
from newsevents.pipeline import Pipeline
from newsevents.readers import make_article
from newsevents.records import Document, Failure
from newsevents.store import open_store

from .corpus import Entry

# Failure tags (the part of `reason` before the colon) that say what was wrong.
REASONS = {"empty", "binary", "encoding", "language", "too_large", "bad_input", "timeout"}
KINDS_ASKED_FOR = (
    "zero bytes", "binary", "NUL bytes", "invalid UTF-8", "utf-16-le with BOM", "Windows-1252",
    "mixed scripts", "10 MB line", "50,000 sentences", "HTML nested 100000 deep",
    "broken HTML", "HTML only scripts", "JSONL line", "truncated WARC", "es article",
    "ru article", "zh article", "no sentence", "emoji only", "very long token", "good",
)  # fmt: skip
# A run that takes longer than this is a hang: dump every thread's stack and stop the session.
HANG_S = 300


@dataclass
class Outcome:
    report: dict[str, Any]
    seconds: float
    articles: list[dict[str, Any]]
    failures: list[dict[str, Any]]

    def rows(self, path: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Articles and failures of one input (a JSON array's items are FILE#N, a JSONL
        file's lines FILE:N, WARC records FILE#OFFSET)."""
        key = _stored_path(path)

        def mine(p: str | None) -> bool:
            return p is not None and (p == key or p.startswith((key + "#", key + ":")))

        return [a for a in self.articles if mine(a["path"])], [
            f for f in self.failures if mine(f["path"])
        ]


def _stored_path(path: str) -> str:
    # an undecodable file name is stored with U+FFFD in place of its surrogate escapes
    return re.sub("[\ud800-\udfff]", "\ufffd", path)


@pytest.fixture(scope="module")
def outcome(bad_corpus, limits: Settings, tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    folder, _ = bad_corpus
    db = str(tmp_path_factory.mktemp("bad-store") / "bad.duckdb")
    faulthandler.dump_traceback_later(HANG_S, exit=True)
    try:
        started = time.monotonic()
        # every file, whatever its suffix ("*"): no bytes may crash the readers
        report = ingest([str(folder)], db=db, settings=limits, batch_size=16, text_suffixes=("*",))
        seconds = time.monotonic() - started
    finally:
        faulthandler.cancel_dump_traceback_later()
    with open_store(db, read_only=True) as store:
        articles = store._dicts("SELECT path, id, n_chars, doc FROM articles", [])
        failures = store._dicts("SELECT path, article_id, stage, error, reason FROM failures", [])
    return Outcome(report.as_dict(), seconds, articles, failures)


def test_corpus_has_every_kind_of_bad_input(bad_corpus):
    folder, entries = bad_corpus
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len(files) >= 200
    kinds = {e.kind for e in entries}
    assert not [k for k in KINDS_ASKED_FOR if k not in kinds]
    assert (folder / "size" / "ten-mb.txt").stat().st_size >= 10_000_000


def test_every_input_is_stored_or_fails_with_a_reason(bad_corpus, outcome: Outcome):
    _, entries = bad_corpus
    wrong = []
    for entry in entries:
        stored, failed = outcome.rows(entry.path)
        got = ("stored" if stored else "") + ("failed" if failed else "")
        if entry.expect == "skipped":
            if got:
                wrong.append(f"{entry.path}: a copy, expected to be skipped, got {got}")
        elif not got:
            wrong.append(f"{entry.path}: neither stored nor failed")
        elif entry.expect == "stored" and (not stored or failed):
            wrong.append(f"{entry.path}: expected stored, got {[f['reason'] for f in failed]}")
        elif entry.expect == "failed" and stored:
            wrong.append(f"{entry.path}: expected a failure, got an article")
        elif entry.reason and not any(f["reason"].startswith(entry.reason) for f in failed):
            wrong.append(f"{entry.path}: expected {entry.reason}, got {failed}")
    assert not wrong, "\n".join(wrong)


def test_good_articles_in_the_same_batches_are_all_stored(bad_corpus, outcome: Outcome):
    _, entries = bad_corpus
    good = [e for e in entries if e.expect == "stored"]
    assert len(good) >= 60
    assert all(outcome.rows(e.path)[0] for e in good)
    # nothing was lost between the report and the store
    assert outcome.report["added"] == len(outcome.articles)
    assert outcome.report["failed"] == len(outcome.failures)
    skipped = sum(e.expect == "skipped" for e in entries)
    assert outcome.report["skipped"] == skipped >= 2
    print(
        f"\nbad inputs: {len(entries)} inputs ({outcome.report['seen']} items read) in "
        f"{outcome.seconds:.1f} s: {len(outcome.articles)} stored, {len(outcome.failures)} "
        f"failures {outcome.report['failures_by_reason']}, {skipped} exact copies skipped"
    )
    assert outcome.report["seen"] == len(outcome.articles) + len(outcome.failures) + skipped


def test_failures_name_the_input_the_stage_and_a_clear_reason(outcome: Outcome):
    assert len(outcome.failures) >= 90
    for f in outcome.failures:
        tag, _, words = f["reason"].partition(": ")
        assert tag in REASONS, f
        assert len(words) >= 10 and f["stage"] and f["error"], f
        assert f["path"] or f["article_id"], f
    tags = Counter(f["reason"].split(":", 1)[0] for f in outcome.failures)
    assert {"empty", "binary", "encoding", "language", "too_large", "bad_input"} <= set(tags)


def test_stored_documents_are_valid_json_records(outcome: Outcome, validate):
    assert outcome.articles
    for row in outcome.articles:
        record = json.loads(row["doc"])
        validate(record)
        assert record["article"]["id"] == row["id"]


def test_huge_inputs_are_refused_or_cut_by_the_limits(bad_corpus, outcome: Outcome, limits):
    folder, _ = bad_corpus
    _, refused = outcome.rows(str(folder / "size" / "ten-mb.txt"))
    assert refused and refused[0]["reason"].startswith("too_large")
    assert f"{limits.max_bytes:,}" in refused[0]["reason"]
    (cut,), _ = outcome.rows(str(folder / "size" / "fifty-k-sentences.txt"))
    assert cut["n_chars"] <= limits.max_chars
    errors = json.loads(cut["doc"])["errors"]
    assert any(e.startswith("text cut from 888889 to") for e in errors), errors


# -- the per-article time limit ---------------------------------------------------------------

SPIN_S = 20.0  # how long a runaway stage would run if nothing stopped it


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1


class RunawayStage:
    """Spins (pure Python) on articles that mention 'runaway'; optionally swallows exceptions,
    as a careless stage might."""

    name = "test.runaway.v1"
    requires = frozenset({"tokens"})
    produces = frozenset({"runaway"})

    def __init__(self, *, swallow: bool = False, sleep: bool = False) -> None:
        self.swallow, self.sleep = swallow, sleep

    def __call__(self, doc: Document) -> Document:
        if "runaway" in doc.article.text:
            if self.sleep:
                time.sleep(0.8)
            elif self.swallow:
                try:
                    _spin(SPIN_S)
                except Exception:
                    _spin(0.8)  # goes on after the signal, then returns
            else:
                _spin(SPIN_S)
        return replace(doc, errors=(*doc.errors, "runaway checked"))


class RunawayParser:
    """The real parser, spinning first on articles that mention 'runaway'."""

    def __init__(self, parser: Any) -> None:
        self.inner = parser
        self.name = parser.name
        self.produces = parser.produces

    def parse(self, article):
        if "runaway" in article.text:
            _spin(SPIN_S)
        return self.inner.parse(article)

    def parse_many(self, articles, *, batch_size):
        for article in articles:
            yield self.parse(article)


def _three() -> list:
    return [
        make_article("The mayor of Hamburg opened a new bridge on Monday.", language="en"),
        make_article("A runaway train stopped near Bergen on Tuesday.", language="en"),
        make_article("Police in Recife arrested two men on Friday.", language="en"),
    ]


def _run(pipe: Pipeline) -> tuple[list, float]:
    started = time.monotonic()
    results = list(pipe.run_many(_three()))
    return results, time.monotonic() - started


def _timed_out(result: object, stage: str) -> bool:
    return (
        isinstance(result, Failure)
        and result.stage == stage
        and result.reason.startswith("timeout: ")
        and "over the limit of 0.5 s" in result.reason
    )


def test_time_limit_interrupts_a_runaway_stage(pipeline):
    pipe = Pipeline(pipeline.parser, [RunawayStage()], Settings(stage_timeout_s=0.5))
    results, seconds = _run(pipe)
    assert isinstance(results[0], Document) and isinstance(results[2], Document)
    assert _timed_out(results[1], "test.runaway.v1")
    assert results[1].article_id == _three()[1].id
    assert seconds < SPIN_S / 2  # interrupted, not run to the end


def test_time_limit_refuses_a_stage_that_swallows_the_interrupt(pipeline):
    pipe = Pipeline(pipeline.parser, [RunawayStage(swallow=True)], Settings(stage_timeout_s=0.5))
    results, seconds = _run(pipe)
    assert _timed_out(results[1], "test.runaway.v1")
    assert [type(r) for r in results[::2]] == [Document, Document]
    assert seconds < SPIN_S / 2


def test_time_limit_interrupts_a_runaway_parse(pipeline):
    pipe = Pipeline(RunawayParser(pipeline.parser), [], Settings(stage_timeout_s=0.5))
    results, seconds = _run(pipe)
    assert _timed_out(results[1], pipeline.parser.name)
    assert [type(r) for r in results[::2]] == [Document, Document]
    assert seconds < SPIN_S / 2


def test_time_limit_off_the_main_thread_is_checked_after_the_stage(pipeline):
    # A web server runs the pipeline in worker threads, where no signal can interrupt it.
    import signal

    pipe = Pipeline(pipeline.parser, [RunawayStage(sleep=True)], Settings(stage_timeout_s=0.5))
    out: list = []
    worker = threading.Thread(target=lambda: out.extend(_run(pipe)[0]))
    worker.start()
    worker.join(timeout=60)
    assert _timed_out(out[1], "test.runaway.v1")
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL


def test_no_time_limit_when_it_is_zero(pipeline):
    pipe = Pipeline(pipeline.parser, [RunawayStage(sleep=True)], Settings(stage_timeout_s=0))
    results, _ = _run(pipe)
    assert all(isinstance(r, Document) for r in results)
    assert results[1].errors[-1] == "runaway checked"


def test_corpus_paths_are_what_the_store_records(bad_corpus):
    # the accounting above relies on it: one Entry per input unit, each path unique
    _, entries = bad_corpus
    paths = [e.path for e in entries]
    assert len(paths) == len(set(paths))
    assert all(
        isinstance(e, Entry) and Path(re.sub(r":\d+$", "", e.path)).exists() for e in entries
    )

"""Every runner produces the same records, in input order, failures included."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from newsevents.cli import cli
from newsevents.config import Settings
from newsevents.errors import ConfigError, StageError
from newsevents.readers import read_paths
from newsevents.records import Article, Document, Failure
from newsevents.runners import get_runner
from newsevents.runners.local import LocalRunner
from newsevents.runners.processes import ProcessRunner
from newsevents.serialize import to_dict
from newsevents.store import open_store
from tests.runners.helpers import WORDS, articles, assert_same_records, unlinked


def test_process_pool_matches_local_record_by_record(corpus, local_results, settings) -> None:
    with get_runner("processes", workers=2, settings=settings, chunk_size=8) as runner:
        got = list(runner.run_many(corpus))
    assert_same_records(local_results, got)


def test_process_pool_keeps_order_and_records_stage_failures_on_the_document() -> None:
    arts = articles(*(f"article number {i}" for i in range(9)), "this goes boom", "last one")
    with ProcessRunner(WORDS, workers=2, chunk_size=2, max_in_flight=2) as runner:
        got = list(runner.run_many(arts))
    assert [r.article.id if isinstance(r, Document) else r.article_id for r in got] == [
        a.id for a in arts
    ]
    degraded = got[9]  # kept, the failed stage named on it
    assert isinstance(degraded, Document)
    assert degraded.errors == ("test.boom.v1: ValueError: boom",)


def test_runners_can_leave_the_tokens_behind() -> None:
    arts = articles("one two three", "four five")
    with ProcessRunner(WORDS, workers=1, keep_tokens=False) as runner:
        slim = list(runner.run_many(arts))
    full = list(LocalRunner(WORDS).run_many(arts))
    assert [len(d.tokens) for d in full] == [3, 2]
    assert all(isinstance(d, Document) and d.tokens == () for d in slim)
    assert [to_dict(d) for d in slim] == [to_dict(d) for d in full]


def test_process_pool_raises_on_first_failure_when_asked() -> None:
    arts = articles("fine", "this goes boom", "fine too")
    with (
        ProcessRunner(WORDS, workers=2, chunk_size=1) as runner,
        pytest.raises(StageError, match=r"test\.boom\.v1.*a1"),
    ):
        list(runner.run_many(arts, on_error="raise"))


def test_process_pool_survives_a_worker_dying() -> None:
    arts = articles("one two", "three CRASH four", "five six", "seven", "eight nine")
    with ProcessRunner(WORDS, workers=2, chunk_size=2) as runner:
        got = list(runner.run_many(arts))
        after = list(runner.run_many(articles("still works")))
    crashed = got[1]
    assert isinstance(crashed, Failure) and crashed.error == "WorkerCrashed"
    assert [len(r.tokens) for r in got if isinstance(r, Document)] == [2, 2, 1, 2]
    assert isinstance(after[0], Document)


def test_process_pool_reports_a_pipeline_it_cannot_build() -> None:
    bad = Settings(model="no_such_spacy_model_xyz")
    with (
        ProcessRunner(bad, workers=1) as runner,
        pytest.raises(ConfigError, match="could not build the pipeline"),
    ):
        list(runner.run_many(articles("text")))


# -- the seam ----------------------------------------------------------------------------------


def test_get_runner_refuses_unknown_engine_and_stray_address() -> None:
    with pytest.raises(ConfigError, match="unknown engine"):
        get_runner("spark")
    with pytest.raises(ConfigError, match="address"):
        get_runner("processes", address="auto")
    with pytest.raises(ConfigError, match="at least 1"):
        get_runner("processes", workers=0)


def test_ray_engine_without_ray_says_how_to_install(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    with pytest.raises(ConfigError, match=r"pip install 'newsevents\[ray\]'"):
        get_runner("ray", workers=1)


def test_ingest_command_on_a_process_pool_stores_what_local_would(
    pipeline, shard_input, tmp_path
) -> None:
    db = tmp_path / "pool.duckdb"
    args = ["ingest", str(shard_input), "--db", str(db), "--engine", "processes"]
    res = CliRunner().invoke(cli, [*args, "--workers", "2"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "8 added" in res.output and "1 failed" in res.output
    articles = [a for a in read_paths([shard_input]) if isinstance(a, Article)]
    store = open_store(str(db))
    try:
        for doc in pipeline.run_many(articles):
            assert unlinked(store.document(doc.article.id)) == to_dict(doc)
    finally:
        store.close()

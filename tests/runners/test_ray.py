"""The Ray runner and the Ray Data cluster path, on a local 2-CPU cluster started here."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from newsevents.cli import cli
from newsevents.readers import read_paths
from newsevents.records import Article, Document, Failure
from newsevents.runners import get_runner
from newsevents.runners.shards import load_shards, partition_value
from newsevents.store import open_store
from tests.runners.helpers import WORDS, articles, assert_same_records, assert_store_has

pytestmark = pytest.mark.slow


def test_ray_matches_local_record_by_record(corpus, local_results, settings, ray_cluster) -> None:
    with get_runner("ray", workers=2, settings=settings, chunk_size=8) as runner:
        got = list(runner.run_many(corpus))
        again = list(runner.run_many(corpus[:5]))  # the actors are reused by the next run
    assert_same_records(local_results, got)
    assert_same_records(local_results[:5], again)
    assert ray_cluster.is_initialized()  # a cluster the runner did not start is left running


def test_ray_replaces_a_dead_actor_and_records_its_chunk(ray_cluster) -> None:
    arts = articles("one two", "three CRASH four", "five six", "seven")
    with get_runner("ray", workers=2, settings=WORDS, chunk_size=2) as runner:
        got = list(runner.run_many(arts))
        after = list(runner.run_many(articles("still works")))
    assert [r.error for r in got if isinstance(r, Failure)] == ["WorkerCrashed"] * 2
    assert [len(r.tokens) for r in got if isinstance(r, Document)] == [2, 1]
    assert isinstance(after[0], Document)


def test_ray_data_to_parquet_to_duckdb_round_trip(
    pipeline, shard_input: Path, tmp_path: Path, ray_cluster
) -> None:
    out, db = tmp_path / "shards", tmp_path / "corpus.duckdb"
    wrote = CliRunner().invoke(
        cli,
        ["ingest", str(shard_input), "--shards", str(out), "--workers", "2"],
        catch_exceptions=False,
    )
    assert wrote.exit_code == 0, wrote.output
    assert "3 files read" in wrote.output
    inputs = [i for i in read_paths([shard_input]) if isinstance(i, Article)]
    parts = {p.name for p in out.iterdir()}
    assert parts == {f"date={partition_value(a.published)}" for a in inputs} | {"date=unknown"}
    store = open_store(str(db))
    try:
        loaded = load_shards(out, store)
    finally:
        store.close()
    assert (loaded.seen, loaded.added, loaded.failed) == (9, 8, 1)
    expected = [d for d in pipeline.run_many(inputs) if isinstance(d, Document)]
    assert_store_has(db, expected, failures=1)
    with duckdb.connect(str(db)) as con:
        failures = con.sql("SELECT path FROM failures").fetchall()
    assert len(failures) == 1 and failures[0][0].endswith("part-2.jsonl:1")

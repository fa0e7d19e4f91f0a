"""Parquet result shards: Ray Data writes them, `newsevents load` and DuckDB read them."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
from click.testing import CliRunner

from newsevents.cli import cli
from newsevents.readers import read_paths
from newsevents.records import Article, Document, Failure
from newsevents.runners.shards import (
    item_record,
    partition_value,
    record_item,
    result_table,
)
from tests.runners.helpers import assert_store_has


def test_partition_value_cuts_dates_to_the_granularity() -> None:
    assert partition_value("2024-06-12T10:00:00") == "2024-06-12"
    assert partition_value("2024-06-12", "month") == "2024-06"
    assert partition_value("2024-06", "year") == "2024"
    assert partition_value("2024-06") == "unknown"  # no day to partition by
    assert partition_value(None) == "unknown"
    assert partition_value("June 2024") == "unknown"


def test_article_survives_the_row_record_round_trip() -> None:
    article = Article(
        id="x1", text="Körper und Geist.", published="2024-06-12", meta=(("path", "a.jsonl:3"),)
    )
    failure = Failure(None, "b.jsonl:1", "ingest", "InputError", "bad_input: no text")
    assert record_item(item_record(article)) == article
    assert record_item(item_record(failure)) == failure


def _write_shards(pipeline, inputs: Path, out: Path) -> list[Document]:
    """Shards as the Ray Data path writes them, made here without Ray."""
    items = list(read_paths([inputs]))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    docs = [d for d in pipeline.run_many(articles) if isinstance(d, Document)]
    table = result_table([*docs, *failures], paths={a.id: dict(a.meta)["path"] for a in articles})
    pq.write_to_dataset(table, str(out), partition_cols=["date"])
    return docs


def test_load_command_brings_shards_into_duckdb_once(
    pipeline, shard_input: Path, tmp_path: Path
) -> None:
    out, db = tmp_path / "shards", tmp_path / "corpus.duckdb"
    docs = _write_shards(pipeline, shard_input, out)
    first = CliRunner().invoke(cli, ["load", str(out), "--db", str(db)], catch_exceptions=False)
    again = CliRunner().invoke(cli, ["load", str(out), "--db", str(db)], catch_exceptions=False)
    assert first.exit_code == 0, first.output
    assert f"{len(docs)} articles added" in first.output
    # the second time every row is already stored: the documents and the recorded failure
    assert "0 articles added" in again.output and f"{len(docs) + 1} already stored" in again.output
    assert_store_has(db, docs, failures=1)


def test_shards_can_be_queried_in_place_by_date(pipeline, shard_input: Path, tmp_path) -> None:
    out = tmp_path / "shards"
    docs = _write_shards(pipeline, shard_input, out)
    day = sorted(d.article.published for d in docs if d.article.published)[0]
    rows = duckdb.sql(
        f"SELECT id, doc->>'$.article.title' FROM read_parquet('{out}/**/*.parquet', "
        f"hive_partitioning = true) WHERE date = '{day}' AND kind = 'document'"
    ).fetchall()
    assert sorted(rows) == sorted(
        (d.article.id, d.article.title) for d in docs if d.article.published == day
    )


def test_load_refuses_a_folder_without_shards(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["load", str(tmp_path), "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code == 1 and "no .parquet files" in res.output

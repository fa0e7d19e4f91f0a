"""Parquet result shards: what the cluster path writes and `newsevents load` reads back.

One row per article read: its metadata, the JSON contract of its Document (`doc`), or, for an
article that failed, the stage, error and reason. The `date` column (the published day, month or
year; `unknown` when the article has no date) is the Hive partition key, so shards land in
`DIR/date=2024-06-12/*.parquet` and a query over a date range reads only those folders.

The shards are self-describing and need no Ray to read: `load_shards` brings them into a store
through `api.ingest_items`, the one write path (known ids and paths skipped, near-duplicates
linked), and DuckDB can query them in place (docs/scaling.md).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pyarrow as pa

from ..config import DEFAULTS
from ..errors import InputError
from ..pipeline import Result
from ..records import Article, Failure
from ..serialize import from_dict, to_json

if TYPE_CHECKING:
    from ..api import IngestReport
    from ..store import Store

log = logging.getLogger(__name__)

Granularity = Literal["day", "month", "year"]
UNKNOWN_DATE = "unknown"

SHARD_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("kind", pa.string()),  # document | failure
        ("date", pa.string()),  # partition key
        ("url", pa.string()),
        ("source", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("n_chars", pa.int64()),
        ("path", pa.string()),
        ("doc", pa.string()),  # the JSON contract (schema/document.schema.json)
        ("stage", pa.string()),
        ("error", pa.string()),
        ("reason", pa.string()),
    ]
)

_WIDTH = {"day": 10, "month": 7, "year": 4}


def partition_value(published: str | None, granularity: Granularity = "day") -> str:
    """`2024-06-12` (day), `2024-06` (month) or `2024` (year) of an ISO date; else `unknown`."""
    if not published or len(published) < 4 or not published[:4].isdigit():
        return UNKNOWN_DATE
    value = published[: _WIDTH[granularity]]
    return value if len(value) == _WIDTH[granularity] else UNKNOWN_DATE


def result_table(
    results: Iterable[Result], *, paths: dict[str, str | None], granularity: Granularity = "day"
) -> pa.Table:
    """Shard rows for pipeline results; `paths` maps article ids to their input path."""
    rows: list[dict[str, Any]] = []
    for r in results:
        if isinstance(r, Failure):
            path = r.path or paths.get(r.article_id or "")
            rows.append(failure_row(replace(r, path=path)))
            continue
        a = r.article
        rows.append(
            {
                "id": a.id,
                "kind": "document",
                "date": partition_value(a.published, granularity),
                "url": a.url,
                "source": a.source,
                "title": a.title,
                "published": a.published,
                "language": a.language,
                "n_chars": len(a.text),
                "path": paths.get(a.id) or dict(a.meta).get("path"),
                "doc": to_json(r),
            }
        )
    return pa.Table.from_pylist(rows, schema=SHARD_SCHEMA)


def failure_row(f: Failure) -> dict[str, Any]:
    return {
        "id": f.article_id,
        "kind": "failure",
        "date": UNKNOWN_DATE,
        "path": f.path,
        "stage": f.stage,
        "error": f.error,
        "reason": f.reason,
    }


def row_to_result(row: dict[str, Any]) -> Result:
    """A shard row back as a Document (without tokens) or a Failure."""
    if row["kind"] == "failure":
        return Failure(
            article_id=row["id"],
            path=row["path"],
            stage=row["stage"] or "",
            error=row["error"] or "",
            reason=row["reason"] or "",
        )
    doc = from_dict(json.loads(row["doc"]))
    meta = doc.article.meta
    if row["path"] and "path" not in dict(meta):  # a shard written before records kept meta
        doc = replace(doc, article=replace(doc.article, meta=(*meta, ("path", row["path"]))))
    return doc


# -- articles as rows of a dataset (Ray Data moves rows, not Python objects) ------------------


def item_record(item: Article | Failure) -> str:
    """An Article or reader Failure as one JSON string (a stable, single-column row)."""
    if isinstance(item, Failure):
        return json.dumps({"failure": failure_row(item)}, ensure_ascii=False)
    a = item
    return json.dumps(
        {
            "article": {
                "id": a.id,
                "text": a.text,
                "url": a.url,
                "source": a.source,
                "title": a.title,
                "published": a.published,
                "language": a.language,
                "meta": [list(kv) for kv in a.meta],
            }
        },
        ensure_ascii=False,
    )


def record_item(record: str) -> Article | Failure:
    data = json.loads(record)
    if "failure" in data:
        row = data["failure"]
        return Failure(row["id"], row["path"], row["stage"], row["error"], row["reason"])
    a = data["article"]
    return Article(**{**a, "meta": tuple(tuple(kv) for kv in a["meta"])})


# -- reading shards back ---------------------------------------------------------------------


def shard_glob(folder: str | Path) -> str:
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"no such folder of Parquet shards: {root}", path=str(root))
    if not any(root.rglob("*.parquet")):
        raise InputError(f"no .parquet files under {root}", path=str(root))
    return str(root / "**" / "*.parquet")


def load_shards(
    folder: str | Path, store: Store, *, batch_size: int = DEFAULTS.load_batch_size
) -> IngestReport:
    """Bring a folder of result shards into a store through `api.ingest_items`, `batch_size`
    rows per transaction: articles already stored (by id or input path) are skipped, failures
    whose input path the store knows are not added twice, and near-duplicate copies are linked
    to their canonical article, as in any ingest. `seen` counts the rows read.
    """
    import duckdb

    from ..api import ingest_items

    con = duckdb.connect()
    try:
        rel = con.read_parquet(shard_glob(folder), hive_partitioning=True, union_by_name=True)
        reader = rel.select("* EXCLUDE (date)").to_arrow_reader(batch_size)
        results = (row_to_result(row) for batch in reader for row in batch.to_pylist())
        report = ingest_items(results, store, batch_size=batch_size)
    finally:
        con.close()
    log.info("loaded %s: %s", folder, report.as_dict())
    return report

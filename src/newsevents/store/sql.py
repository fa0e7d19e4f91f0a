"""DuckDB helpers shared by the store's modules: rows in through Arrow, rows out as plain dicts.

Kept apart from `duck.py` so that the schema's migrations (`reindex`) and the queries can use
them without importing the store class that runs the migrations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pyarrow as pa


def insert_rows(
    con: Any, table: str, rows: list[dict[str, Any]], schema: pa.Schema | None = None
) -> None:
    """Insert rows (dicts keyed by column) in one statement through an Arrow table; with the
    table's Arrow `schema` no types are inferred (faster, and all-NULL columns keep theirs)."""
    if not rows:
        return
    arrow = pa.Table.from_pylist(rows, schema=schema)
    con.register("_batch", arrow)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch")
    finally:
        con.unregister("_batch")


def jsonable(value: Any) -> Any:
    """A value as JSON can hold it: dates and times as ISO strings, lists item by item."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value


_DATED = ("DATE", "TIMESTAMP", "TIME")


def dicts(con: Any, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """The rows of a query as dicts keyed by column, JSON-ready (dates as ISO strings)."""
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    dated = [i for i, d in enumerate(cur.description) if str(d[1]).startswith(_DATED)]
    out = []
    for row in cur.fetchall():
        if dated:
            row = list(row)
            for i in dated:
                row[i] = jsonable(row[i])
        out.append(dict(zip(cols, row, strict=True)))
    return out

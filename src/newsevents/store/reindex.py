"""Recompute the derived rows of stored articles from their JSON records (used by migrations)."""

from __future__ import annotations

import json
import logging
from typing import Any

from ..serialize import from_dict
from .rows import document_rows
from .sql import insert_rows

log = logging.getLogger(__name__)

# Tables whose rows are derived from an article's record and may gain columns between versions.
DERIVED = ("entities", "mentions", "events", "quotes", "quantities", "timexes", "places")


def reindex_from_json(con: Any, *, batch: int = 500) -> int:
    """Rewrite every derived row from `articles.doc`; returns the number of articles redone.

    Sentence boundaries are not part of the JSON record, so events re-derived this way have no
    sentence text (queries then fall back to the article text).
    """
    ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE doc IS NOT NULL").fetchall()]
    # A migration step of an older version runs before later versions add their tables and
    # columns: only what the store has so far is written (the later step rewrites the rest).
    columns: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'"
    ).fetchall():
        columns.setdefault(table, set()).add(column)
    derived = [name for name in DERIVED if name in columns]
    for name in derived:
        con.execute(f"DELETE FROM {name}")
    for i in range(0, len(ids), batch):
        chunk = ids[i : i + batch]
        tables: dict[str, list[dict[str, Any]]] = {}
        for (doc,) in con.execute(
            "SELECT doc FROM articles WHERE id IN (SELECT unnest(?)) ORDER BY id", [chunk]
        ).fetchall():
            for name, rows in document_rows(from_dict(json.loads(doc))).items():
                if name in derived:
                    have = columns[name]
                    tables.setdefault(name, []).extend(
                        {k: v for k, v in row.items() if k in have} for row in rows
                    )
        for name, rows in tables.items():
            insert_rows(con, name, rows)
    log.info("re-derived the rows of %d articles", len(ids))
    return len(ids)

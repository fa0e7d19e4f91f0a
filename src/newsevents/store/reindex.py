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


def link_stories_from_json(con: Any, *, batch: int = 500) -> int:
    """File every stored article into stories (in publication order) from its JSON record: the
    `story_terms` rows, `articles.story_id` (near-duplicate copies: their canonical's story) and
    the events' coreference blocks (`merge_key`). Returns the number of articles filed."""
    from ..stories.coref import block_key
    from ..stories.index import StoryIndex
    from .stories import file_documents

    index = StoryIndex()
    ids = [
        r[0]
        for r in con.execute(
            "SELECT id FROM articles WHERE doc IS NOT NULL ORDER BY published_date NULLS LAST, id"
        ).fetchall()
    ]
    con.execute("DELETE FROM story_terms")
    assigned: dict[str, str] = {}
    for i in range(0, len(ids), batch):
        chunk = ids[i : i + batch]
        docs = [
            from_dict(json.loads(doc))
            for (doc,) in con.execute(
                "SELECT doc FROM articles WHERE id IN (SELECT unnest(?))", [chunk]
            ).fetchall()
        ]
        filed, rows = file_documents(index, docs)
        assigned.update(filed)
        insert_rows(con, "story_terms", rows)
    if assigned:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _filed AS SELECT unnest(?) AS id, unnest(?) AS story_id",
            [list(assigned), list(assigned.values())],
        )
        con.execute(
            "UPDATE articles SET story_id = f.story_id FROM _filed f "
            "WHERE articles.id = f.id OR articles.duplicate_of = f.id"
        )
        con.execute("DROP TABLE _filed")
    cols = ("article_id", "id", "plover", "modality", "actor_keys", "recipient_keys")
    keys = [
        (block_key(dict(zip(cols, r, strict=True)), assigned.get(r[0])), r[0], r[1])
        for r in con.execute(f"SELECT {', '.join(cols)} FROM events").fetchall()
    ]
    if keys:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _keys AS "
            "SELECT unnest(?) AS k, unnest(?) AS article_id, unnest(?) AS id",
            [[k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys]],
        )
        con.execute(
            "UPDATE events SET merge_key = k.k FROM _keys k "
            "WHERE events.article_id = k.article_id AND events.id = k.id"
        )
        con.execute("DROP TABLE _keys")
    log.info("filed %d articles into %d stories", len(assigned), len(index))
    return len(assigned)

"""Flat tables to Parquet, CSV or JSONL through DuckDB's COPY (streams; no rows in Python)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Above this many events, Parquet events are written partitioned by year and month.
PARTITION_ROWS = 1_000_000

_ARTICLE = "a.title AS article_title, a.url AS article_url, a.source, a.published"

SQL: dict[str, str] = {
    "articles": """
        SELECT id, url, title, source, published, language, story_id, duplicate_of
        FROM articles ORDER BY published_date NULLS LAST, id""",
    "stories": """
        SELECT * FROM stories ORDER BY first_seen NULLS LAST, id""",
    "events": f"""
        SELECT e.* EXCLUDE (merge_key, actor_text, actor_code_text), {_ARTICLE}
        FROM events e JOIN articles a ON a.id = e.article_id
        ORDER BY e.event_date NULLS LAST, e.article_id, e.id""",
    "actors": """
        WITH ev AS (SELECT k AS key, count(*) AS n_events
                    FROM (SELECT unnest(actor_keys || recipient_keys) AS k FROM events)
                    GROUP BY k)
        SELECT n.key, mode(n.name) AS name, mode(n.type) AS type, mode(n.country) AS country,
               mode(n.sector) AS sector, mode(n.code) AS code,
               count(DISTINCT n.article_id) AS n_articles, sum(n.n_mentions) AS n_mentions,
               coalesce(any_value(ev.n_events), 0) AS n_events,
               list(DISTINCT n.name ORDER BY n.name) AS names
        FROM (SELECT coalesce(key, lower(name)) AS key, * EXCLUDE (key) FROM entities) n
        LEFT JOIN ev ON ev.key = n.key
        GROUP BY n.key ORDER BY n_articles DESC, n.key""",
    "quotes": f"""
        SELECT q.*, en.name AS speaker_name, {_ARTICLE}
        FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities en ON en.article_id = q.article_id AND en.id = q.speaker
        ORDER BY a.published_date NULLS LAST, q.article_id, q.content_start""",
    "quantities": f"""
        SELECT n.*, {_ARTICLE} FROM quantities n JOIN articles a ON a.id = n.article_id
        ORDER BY a.published_date NULLS LAST, n.article_id, n.start""",
    "corpus_events": """
        SELECT * EXCLUDE (merge_key) FROM corpus_events
        ORDER BY date_start NULLS LAST, id""",
    "event_mentions": """
        SELECT * EXCLUDE (merge_key) FROM event_mentions
        ORDER BY corpus_event_id, article_id, event_id""",
}

TABLES = tuple(SQL)

# With a minimum confidence: the events kept, their mentions, the corpus events they report.
_KEEP = {
    "events": "WHERE e.confidence >= {least}",
    "event_mentions": "WHERE confidence >= {least}",
    "corpus_events": "WHERE id IN (SELECT corpus_event_id FROM event_mentions"
    " WHERE confidence >= {least})",
}


def table_sql(name: str, min_confidence: float | None = None) -> str:
    """The query of one table, with only events of confidence >= `min_confidence`."""
    sql = SQL[name]
    if min_confidence is None or name not in _KEEP:
        return sql
    head, order, tail = sql.rpartition("ORDER BY")
    # a float written by Python is a valid SQL number: no user text becomes SQL
    return f"{head}{_KEEP[name].format(least=repr(float(min_confidence)))}\n        {order}{tail}"


_OPTIONS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER", "jsonl": "FORMAT json"}
_SUFFIX = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl"}


def export_tables(
    con: Any,
    fmt: str,
    out: Path,
    tables: tuple[str, ...],
    *,
    partition: bool | None = None,
    min_confidence: float | None = None,
) -> list[Path]:
    written = []
    for name in tables:
        sql = table_sql(name, min_confidence)
        if fmt == "parquet" and name == "events" and _partition(con, partition):
            target = out / "events"
            con.execute(
                f"COPY (SELECT *, coalesce(year(event_date), 0) AS year,"
                f" coalesce(month(event_date), 0) AS month FROM ({sql}))"
                f" TO '{_quote(target)}' (FORMAT parquet, PARTITION_BY (year, month),"
                " OVERWRITE_OR_IGNORE)"
            )
            written.append(target)
            continue
        target = out / f"{name}{_SUFFIX[fmt]}"
        con.execute(f"COPY ({sql}) TO '{_quote(target)}' ({_OPTIONS[fmt]})")
        written.append(target)
    return written


def _partition(con: Any, partition: bool | None) -> bool:
    if partition is not None:
        return partition
    return int(con.execute("SELECT count(*) FROM events").fetchall()[0][0]) > PARTITION_ROWS


def _quote(path: Path) -> str:
    # COPY takes no parameters for its target: quote the path as an SQL string literal.
    return str(path).replace("'", "''")

"""The default store: one embedded DuckDB file.

Writes go through Arrow tables (one INSERT per table per batch, inside one transaction), never
row by row: DuckDB's executemany manages only hundreds of rows per second. Each batch also
records its near-duplicate links and refreshes the corpus-level events it touches in the same
transaction, so an interrupted ingest leaves a consistent store.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..config import DEFAULTS
from ..errors import SchemaVersionError, StoreError, StoreLockedError
from ..records import Article, Document, Failure
from .charts import ChartsMixin
from .merge import keys_of_articles, refresh_corpus_events
from .query import QueryMixin
from .rows import batch_rows, new_items, stored_record, with_links
from .schema import INDEXES, MIGRATIONS, STORE_SCHEMA_VERSION, TABLES
from .sql import insert_rows

log = logging.getLogger(__name__)

_CHILD_TABLES = (
    "entities", "mentions", "events", "quotes", "quantities", "timexes", "places",
)  # fmt: skip


def connect(path: str, *, read_only: bool = False, wait_s: float = 0.0) -> Any:
    """Open a DuckDB connection, turning lock conflicts into StoreLockedError."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            return duckdb.connect(path, read_only=read_only)
        except duckdb.ConnectionException as exc:  # open in this process, the other mode
            mode = "read-write" if read_only else "read-only"
            raise StoreLockedError(
                f"store {path} is already open {mode} in this process: close that store "
                "first, or use it"
            ) from exc
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" not in msg.lower():
                raise StoreError(f"cannot open store {path}: {msg}") from exc
            if time.monotonic() >= deadline:
                holder = re.search(r"PID (\d+)", msg)
                who = f"process {holder.group(1)}" if holder else "another process"
                raise StoreLockedError(_locked(path, who, read_only=read_only)) from exc
            time.sleep(0.2)


def _locked(path: str, who: str, *, read_only: bool) -> str:
    # DuckDB: one process may write a file, and then no other may open it; readers may share.
    if read_only:
        return (
            f"store {path} is locked by {who}, which is writing to it (an ingest, or a server "
            "with an API token); it can be read once that process ends"
        )
    return (
        f"store {path} is locked by {who} (an ingest or a server has it open); one process at "
        "a time may write a store, and not while another reads it: wait for it to end, or "
        "send articles through the running server (POST /api/articles, docs/reliability.md)"
    )


class DuckStore(QueryMixin, ChartsMixin):
    """A corpus in one DuckDB file (or `:memory:`); the reads are in `query.py` (events,
    articles, actors, quotes, quantities, corpus events) and `charts.py` (the explorer's
    aggregates)."""

    def __init__(
        self, path: str = DEFAULTS.db_path, *, read_only: bool = False, wait_s: float = 0.0
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.con = connect(path, read_only=read_only, wait_s=wait_s)
        self._dedup: Any = None  # NearDuplicateIndex, loaded on first use
        self._stories: Any = None  # (StoryIndex, headlines), loaded on first write
        self._pending: set[str] = set()  # indexed this batch, not yet written
        self._schemas: dict[str, pa.Schema] = {}
        try:
            if read_only:
                self._check_version()
            else:
                self._migrate()
        except Exception:
            self.con.close()
            raise

    # -- schema ----------------------------------------------------------------------------

    def _version(self) -> int | None:
        try:
            rows = self.con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchall()
        except duckdb.CatalogException:
            return None
        return int(rows[0][0]) if rows else None

    @property
    def schema_version(self) -> int | None:
        return self._version()

    def _check_version(self) -> None:
        v = self._version()
        if v is None or v == STORE_SCHEMA_VERSION:
            return
        if v > STORE_SCHEMA_VERSION:
            raise SchemaVersionError(
                f"store {self.path} was written by a newer newsevents (store schema {v}; this "
                f"version reads schema {STORE_SCHEMA_VERSION}): upgrade newsevents to read it"
            )
        raise SchemaVersionError(
            f"store {self.path} has store schema {v}; this newsevents reads "
            f"{STORE_SCHEMA_VERSION}. Open it read-write once to upgrade it in place "
            f"(`newsevents ingest --db {self.path} -` with no input, or "
            f"`newsevents.open_store({self.path!r})`)"
        )

    def _migrate(self) -> None:
        v = self._version()
        if v is not None and v > STORE_SCHEMA_VERSION:
            self._check_version()
        if v == STORE_SCHEMA_VERSION:
            return
        self.con.execute("BEGIN")
        try:
            if v is None:
                for name, cols in TABLES.items():
                    self.con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({cols})")
            else:
                for target in range(v + 1, STORE_SCHEMA_VERSION + 1):
                    log.info("upgrading store %s to schema %d", self.path, target)
                    for step in MIGRATIONS.get(target, ()):
                        if callable(step):
                            step(self.con)
                        else:
                            self.con.execute(step)
            for stmt in INDEXES:
                self.con.execute(stmt)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                [str(STORE_SCHEMA_VERSION)],
            )
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            if isinstance(exc, StoreError):
                raise
            raise StoreError(
                f"cannot upgrade store {self.path} from schema {v} to {STORE_SCHEMA_VERSION}: "
                f"{exc}; the store is unchanged"
            ) from exc

    def _arrow_schema(self, table: str) -> pa.Schema:
        if table not in self._schemas:
            self._schemas[table] = (
                self.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            )
        return self._schemas[table]

    # -- near-duplicates --------------------------------------------------------------------

    def _index(self) -> Any:
        if self._dedup is None:
            from ..dedup import PARAMS, NearDuplicateIndex, from_bytes

            rows = self.con.execute("SELECT value FROM meta WHERE key = 'minhash'").fetchall()
            if rows and rows[0][0] != PARAMS:
                self._resign(PARAMS)
            index = NearDuplicateIndex()
            for aid, sig in self.con.execute(
                "SELECT article_id, signature FROM minhashes ORDER BY article_id"
            ).fetchall():
                index.add(aid, from_bytes(sig))
            self._dedup = index
        return self._dedup

    def _resign(self, params: str) -> None:
        """Re-compute stored signatures after a change of the MinHash parameters."""
        from ..dedup import signature, to_bytes

        log.info("re-computing near-duplicate signatures (%s)", params)
        rows = []
        for aid, text in self.con.execute(
            "SELECT id, text FROM articles WHERE duplicate_of IS NULL AND doc IS NOT NULL"
        ).fetchall():
            mh = signature(text)
            if mh is not None:
                rows.append({"article_id": aid, "signature": to_bytes(mh)})
        self.con.execute("BEGIN")
        try:
            self.con.execute("DELETE FROM minhashes")
            insert_rows(self.con, "minhashes", rows)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('minhash', ?)", [params])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def find_duplicates(self, articles: Sequence[Article]) -> list[Any]:
        """Near-duplicate copies among `articles` (of stored articles or earlier ones in the
        list), as `dedup.Duplicate`; pass them to the next `write_batch` as `copies`."""
        index = self._index()
        copies, fresh = index.screen(list(articles))
        self._pending |= set(fresh)
        return copies

    # -- writing ---------------------------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def known_paths(self) -> set[str]:
        rows = self.con.execute(
            "SELECT path FROM articles WHERE path IS NOT NULL "
            "UNION SELECT path FROM failures WHERE path IS NOT NULL"
        ).fetchall()
        return {r[0] for r in rows}

    def write_batch(
        self, docs: Sequence[Document], failures: Sequence[Failure] = (), copies: Sequence[Any] = ()
    ) -> int:
        """Store a batch atomically: documents, failures and near-duplicate copies (each a
        `Duplicate`); articles already stored are skipped. Returns articles added (copies
        included)."""
        ids = [d.article.id for d in docs] + [c.article.id for c in copies]
        fresh, new_copies = new_items(docs, copies, self.known_ids(ids))
        from ..dedup import PARAMS, to_bytes
        from .stories import file_documents, load_index, refresh_stories

        if self._stories is None:
            self._stories = load_index(self.con)
        story_index, headlines = self._stories
        filed, terms = file_documents(story_index, fresh.values())
        headlines.update((r["article_id"], r["headline"]) for r in terms)
        stories = dict(filed)
        for c in new_copies:  # a copy belongs to its canonical article's story
            if c.canonical_id in story_index.story_of:
                stories[c.canonical_id] = story_index.story_of[c.canonical_id]
        tables = batch_rows(fresh.values(), new_copies, failures, stories)
        tables["story_terms"] = terms
        touched = {stories[c.canonical_id] for c in new_copies if c.canonical_id in stories}
        touched |= set(filed.values())

        index = self._dedup
        signatures = [
            {"article_id": aid, "signature": to_bytes(index.signature_of(aid))}
            for aid in fresh
            if index is not None and aid in self._pending
        ]
        keys = {row["merge_key"] for row in tables.get("events", [])}
        self.con.execute("BEGIN")
        try:
            for name, rows in tables.items():
                insert_rows(self.con, name, rows, self._arrow_schema(name))
            if signatures:
                insert_rows(self.con, "minhashes", signatures, self._arrow_schema("minhashes"))
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('minhash', ?)", [PARAMS])
            keys |= keys_of_articles(self.con, {c.canonical_id for c in new_copies})
            refresh_corpus_events(self.con, keys)
            refresh_stories(self.con, story_index, headlines, touched)
            self.con.execute("COMMIT")
        except BaseException as exc:
            self.con.execute("ROLLBACK")
            self._stories = None  # the story index holds articles that were not stored
            self._dedup = None  # the index may hold articles that were not stored
            self._pending.clear()
            if isinstance(exc, Exception):
                raise StoreError(f"cannot write batch to {self.path}: {exc}") from exc
            raise
        if index is not None:  # articles screened but not stored (failed) leave the index
            for aid in self._pending - set(fresh):
                index.remove(aid)
        self._pending.clear()
        return len(fresh) + len(new_copies)

    def rebuild_corpus_events(self) -> None:
        """Recompute every corpus-level event (after changing `store.merge` settings)."""
        from .merge import rebuild_corpus_events

        self.con.execute("BEGIN")
        try:
            rebuild_corpus_events(self.con)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    # -- reading ---------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        q = self.con.execute
        out: dict[str, Any] = {
            name: q(f"SELECT count(*) FROM {name}").fetchall()[0][0]
            for name in (
                "articles",
                *_CHILD_TABLES,
                "failures",
                "duplicates",
                "corpus_events",
                "stories",
            )
        }
        out["events_by_plover"] = dict(
            q(
                "SELECT coalesce(plover, '(none)'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()
        )
        out["events_by_modality"] = dict(
            q("SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall()
        )
        out["failures_by_reason"] = dict(
            q(
                "SELECT split_part(reason, ':', 1), count(*) FROM failures "
                "GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()
        )
        return out

    def document(self, article_id: str) -> dict[str, Any] | None:
        """An article's JSON record (see `rows.stored_record`), or None."""
        rows = self._dicts(
            "SELECT doc, duplicate_of, id, url, source, title, published, language, text, "
            "story_id FROM articles WHERE id = ?",
            [article_id],
        )
        if not rows:
            return None
        corpus_ids = self.con.execute(
            "SELECT id, corpus_event_id FROM events WHERE article_id = ?", [article_id]
        ).fetchall()
        return with_links(stored_record(rows[0]), rows[0]["story_id"], dict(corpus_ids))

    def failures(
        self, *, limit: int = 100, offset: int = 0, reason: str | None = None
    ) -> list[dict[str, Any]]:
        cond, params = ("WHERE split_part(reason, ':', 1) = ? ", [reason]) if reason else ("", [])
        return self._dicts(
            "SELECT path, article_id, stage, error, reason, failed_at FROM failures "
            f"{cond}ORDER BY failed_at, path LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )

    def duplicates(self, canonical_id: str | None = None) -> list[dict[str, Any]]:
        cond, params = ("WHERE d.canonical_id = ?", [canonical_id]) if canonical_id else ("", [])
        return self._dicts(
            "SELECT d.article_id, d.canonical_id, d.similarity, d.method, a.url, a.source "
            f"FROM duplicates d JOIN articles a ON a.id = d.article_id {cond} "
            "ORDER BY d.canonical_id, d.article_id",
            params,
        )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> DuckStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""The default store: one embedded DuckDB file.

Writes go through Arrow tables (one INSERT per table per batch, inside one transaction), never
row by row: DuckDB's executemany manages only hundreds of rows per second.
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

from ..errors import SchemaVersionError, StoreError, StoreLockedError
from ..records import Document, Failure
from .rows import document_rows, failure_row
from .schema import INDEXES, MIGRATIONS, STORE_SCHEMA_VERSION, TABLES

log = logging.getLogger(__name__)

_CHILD_TABLES = ("entities", "mentions", "events", "quotes", "quantities", "timexes")


def connect(path: str, *, read_only: bool = False, wait_s: float = 0.0) -> Any:
    """Open a DuckDB connection, turning lock conflicts into StoreLockedError."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" not in msg.lower():
                raise StoreError(f"cannot open store {path}: {msg}") from exc
            if time.monotonic() >= deadline:
                holder = re.search(r"PID (\d+)", msg)
                who = f"process {holder.group(1)}" if holder else "another process"
                raise StoreLockedError(
                    f"store {path} is locked by {who} (another ingest or server writing to it); "
                    "wait for it to finish, or open the store read-only"
                ) from exc
            time.sleep(0.2)


class DuckStore:
    """A corpus in one DuckDB file (or `:memory:`)."""

    def __init__(self, path: str = "newsevents.duckdb", *, read_only: bool = False,
                 wait_s: float = 0.0) -> None:
        self.path = path
        self.read_only = read_only
        self.con = connect(path, read_only=read_only, wait_s=wait_s)
        if not read_only:
            self._migrate()
        else:
            self._check_version()

    # -- schema ----------------------------------------------------------------------------

    def _version(self) -> int | None:
        try:
            row = self.con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone()
        except duckdb.CatalogException:
            return None
        return int(row[0]) if row else None

    def _check_version(self) -> None:
        v = self._version()
        if v is not None and v != STORE_SCHEMA_VERSION:
            raise SchemaVersionError(
                f"store {self.path} has schema version {v}; this newsevents reads "
                f"{STORE_SCHEMA_VERSION}. Open it once read-write to upgrade it"
                if v < STORE_SCHEMA_VERSION
                else f"store {self.path} was written by a newer newsevents (schema {v}); "
                "upgrade newsevents to read it"
            )

    def _migrate(self) -> None:
        v = self._version()
        if v is not None and v > STORE_SCHEMA_VERSION:
            self._check_version()
        self.con.execute("BEGIN")
        try:
            for name, cols in TABLES.items():
                self.con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({cols})")
            for stmt in INDEXES:
                self.con.execute(stmt)
            if v is None:
                v = STORE_SCHEMA_VERSION
            for target in range(v + 1, STORE_SCHEMA_VERSION + 1):
                log.info("upgrading store %s to schema %d", self.path, target)
                for stmt in MIGRATIONS.get(target, ()):
                    self.con.execute(stmt)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                [str(STORE_SCHEMA_VERSION)],
            )
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

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

    def write_batch(self, docs: Sequence[Document], failures: Sequence[Failure] = ()) -> int:
        """Store a batch atomically; articles already stored are skipped. Returns articles added."""
        fresh: dict[str, Document] = {}
        known = self.known_ids(d.article.id for d in docs)
        for d in docs:
            if d.article.id not in known and d.article.id not in fresh:
                fresh[d.article.id] = d
        tables: dict[str, list[dict[str, Any]]] = {}
        for d in fresh.values():
            for name, rows in document_rows(d).items():
                tables.setdefault(name, []).extend(rows)
        if failures:
            tables["failures"] = [failure_row(f) for f in failures]
        self.con.execute("BEGIN")
        try:
            for name, rows in tables.items():
                if rows:
                    self._insert(name, rows)
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot write batch to {self.path}: {exc}") from exc
        return len(fresh)

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        arrow = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
        self.con.register("_batch", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch")
        finally:
            self.con.unregister("_batch")

    # -- reading ---------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        q = self.con.execute
        out: dict[str, Any] = {
            name: q(f"SELECT count(*) FROM {name}").fetchone()[0]  # type: ignore[index]
            for name in ("articles", *_CHILD_TABLES, "failures")
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
                "SELECT split_part(reason, ':', 1), count(*) FROM failures GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()
        )
        return out

    def document(self, article_id: str) -> dict[str, Any] | None:
        import json

        row = self.con.execute("SELECT doc FROM articles WHERE id = ?", [article_id]).fetchone()
        return json.loads(row[0]) if row else None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> DuckStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""Aggregates the explorer draws, over DuckDB: timeline buckets, actor networks, map points, the
corpus summary with what the filters offer.

`ChartsMixin` (mixed into `DuckStore`) reuses the store's own filter SQL (`event_where`), so every
chart shows exactly the events the list shows; the answers are shaped by `store.reads` like the
in-memory store's. User input only ever reaches DuckDB as a bound parameter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import reads
from .query import event_where
from .reads import Bucket, EventQuery, SeriesBy
from .sql import dicts

_FROM = "FROM events e JOIN articles a ON a.id = e.article_id"


class ChartsMixin:
    """The chart reads of a DuckDB-backed store (needs `self.con` and `self.stats`)."""

    con: Any
    stats: Callable[[], dict[str, Any]]

    def _one(self, sql: str, params: list[Any]) -> Any:
        return self.con.execute(sql, params).fetchone()

    def timeline(
        self, query: EventQuery, *, by: SeriesBy = "plover", bucket: Bucket = "auto"
    ) -> dict[str, Any]:
        """Event counts per time bucket, one series per PLOVER type or quad class."""
        reads.check_bucket(bucket)
        where, params = event_where(query)
        first, last = self._one(
            f"SELECT min(e.event_date), max(e.event_date) {_FROM} WHERE {where}", params
        )
        size = reads.pick_bucket(first, last) if bucket == "auto" else bucket
        key = "coalesce(e.plover, 'OTHER')" if by == "plover" else "e.quad_class"
        counts = self.con.execute(
            f"SELECT date_trunc('{size}', e.event_date)::DATE AS t, {key} AS k, count(*) AS n "
            f"{_FROM} WHERE {where} AND e.event_date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
            params,
        ).fetchall()
        (undated,) = self._one(
            f"SELECT count(*) {_FROM} WHERE {where} AND e.event_date IS NULL", params
        )
        quads = self.con.execute(
            f"SELECT {key}, mode(e.quad_class) {_FROM} WHERE {where} GROUP BY 1", params
        ).fetchall()
        return reads.timeline_result(
            size=size, by=by, first=first, last=last, undated=undated, counts=counts,
            quads=dict(quads),
        )  # fmt: skip

    def event_network(self, query: EventQuery, *, limit: int = 60) -> dict[str, Any]:
        """Who acts on whom: one directed edge per (actor, recipient), weight = events."""
        where, params = event_where(query)
        # Unnesting two lists in one SELECT zips them, so each key stays with its name.
        return self._graph(
            "WITH ev AS (SELECT unnest(e.actor_keys) AS src, unnest(e.actor_names) AS src_name,"
            " e.recipient_keys, e.recipient_names, e.quad_class, e.goldstein"
            f" {_FROM} WHERE {where}),"
            " pairs AS (SELECT src, src_name, unnest(recipient_keys) AS dst,"
            " unnest(recipient_names) AS dst_name, quad_class, goldstein FROM ev)"
            " SELECT src, any_value(src_name) AS src_name, dst, any_value(dst_name) AS dst_name,"
            " count(*) AS weight, mode(quad_class) AS quad_class, avg(goldstein) AS goldstein"
            " FROM pairs WHERE src <> dst GROUP BY src, dst"
            " ORDER BY weight DESC, src, dst LIMIT ?",
            [*params, limit],
            directed=True,
        )

    def cooccurrence_network(self, query: EventQuery, *, limit: int = 60) -> dict[str, Any]:
        """Actors named in the same article: undirected edges, weight = articles in common."""
        where, params = event_where(query)
        return self._graph(
            "WITH arts AS (SELECT DISTINCT e.article_id"
            f" {_FROM} WHERE {where}),"
            " n AS (SELECT DISTINCT en.article_id, en.key, en.name FROM entities en"
            " JOIN arts USING (article_id) WHERE list_contains(?, en.type))"
            " SELECT x.key AS src, any_value(x.name) AS src_name, y.key AS dst,"
            " any_value(y.name) AS dst_name, count(DISTINCT x.article_id) AS weight,"
            " NULL AS quad_class, NULL AS goldstein"
            " FROM n x JOIN n y ON x.article_id = y.article_id AND x.key < y.key"
            " GROUP BY x.key, y.key ORDER BY weight DESC, src, dst LIMIT ?",
            [*params, list(reads.NETWORK_TYPES), limit],
            directed=False,
        )

    def _graph(self, sql: str, params: list[Any], *, directed: bool) -> dict[str, Any]:
        """The network of the edges `sql` finds, each actor with its country and sector (the
        commonest)."""
        edges = dicts(self.con, sql, params)
        keys = sorted({e[end] for e in edges for end in ("src", "dst")})
        rows = self.con.execute(
            "SELECT key, mode(country), mode(sector) FROM entities"
            " WHERE key IN (SELECT unnest(?)) GROUP BY key",
            [keys],
        ).fetchall()
        places = {key: (country, sector) for key, country, sector in rows}
        return reads.graph_result(edges, places, directed=directed)

    def map_layer(self, query: EventQuery, *, limit: int = 500) -> dict[str, Any]:
        """Event locations (points with coordinates) and event counts per country (ISO3)."""
        where, params = event_where(query)
        points = dicts(
            self.con,
            "SELECT e.location_name AS name, e.location_country AS country,"
            " round(e.lat, 3) AS lat, round(e.lon, 3) AS lon, count(*) AS n,"
            " mode(e.plover) AS plover, mode(e.quad_class) AS quad_class"
            f" {_FROM} WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
            " AND e.lat BETWEEN -90 AND 90 AND e.lon BETWEEN -180 AND 180"
            " GROUP BY 1, 2, 3, 4 ORDER BY n DESC, name LIMIT ?",
            [*params, limit],
        )
        countries = self.con.execute(
            f"SELECT upper(e.location_country), count(*) {_FROM} WHERE {where}"
            " AND e.location_country IS NOT NULL GROUP BY 1",
            params,
        ).fetchall()
        return {"points": points, "countries": dict(countries)}

    def summary(self) -> dict[str, Any]:
        """The store's counts plus what the filters offer: date range, sources, quad classes."""
        out: dict[str, Any] = dict(self.stats())
        out["event_dates"] = reads.dates_of(
            *self._one("SELECT min(event_date), max(event_date) FROM events", [])
        )
        sources = self.con.execute(
            "SELECT source, count(*) FROM articles WHERE source IS NOT NULL"
            " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50"
        ).fetchall()
        out["sources"] = dict(sources)
        quads = self.con.execute(
            "SELECT quad_class, count(*) FROM events WHERE quad_class IS NOT NULL"
            " GROUP BY 1 ORDER BY 1"
        ).fetchall()
        out["events_by_quad_class"] = {str(k): v for k, v in quads}
        return out

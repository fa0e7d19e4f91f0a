"""Aggregates the explorer draws: timeline buckets, actor networks, map points, corpus summary.

Each function takes a DuckDB-backed store (`store.con`) and an `EventQuery`, reuses the store's
own filter SQL (`event_where`) so that every chart shows exactly the events the list shows, and
returns JSON-ready dicts. User input only ever reaches DuckDB as a bound parameter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from typing import Any, Literal, get_args

from ..store.query import EventQuery, event_where

Bucket = Literal["auto", "day", "week", "month", "year"]
SeriesBy = Literal["plover", "quad_class"]
NetworkKind = Literal["events", "cooccurrence"]

_FROM = "FROM events e JOIN articles a ON a.id = e.article_id"


def _rows(store: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = store.con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        rec = dict(zip(cols, row, strict=True))
        out.append({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in rec.items()})
    return out


def _pick_bucket(first: dt.date | None, last: dt.date | None) -> str:
    """A bucket size giving roughly 10-120 bars for the span of dates shown."""
    if first is None or last is None:
        return "month"
    days = (last - first).days
    if days <= 90:
        return "day"
    if days <= 2 * 365:
        return "week"
    if days <= 15 * 365:
        return "month"
    return "year"


def timeline(
    store: Any, query: EventQuery, *, by: SeriesBy = "plover", bucket: Bucket = "auto"
) -> dict[str, Any]:
    """Event counts per time bucket, one series per PLOVER type or quad class."""
    if bucket not in get_args(Bucket):  # the size is SQL text (date_trunc takes no parameter)
        raise ValueError(f"bucket must be one of {', '.join(get_args(Bucket))}, not {bucket!r}")
    where, params = event_where(query)
    first, last = store.con.execute(
        f"SELECT min(e.event_date), max(e.event_date) {_FROM} WHERE {where}", params
    ).fetchone()
    size = _pick_bucket(first, last) if bucket == "auto" else bucket
    key = "coalesce(e.plover, 'OTHER')" if by == "plover" else "e.quad_class"
    rows = store.con.execute(
        f"SELECT date_trunc('{size}', e.event_date)::DATE AS t, {key} AS k, count(*) AS n "
        f"{_FROM} WHERE {where} AND e.event_date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
        params,
    ).fetchall()
    series: dict[Any, list[dict[str, Any]]] = {}
    for t, k, n in rows:
        series.setdefault(k, []).append({"t": t.isoformat(), "n": n})
    undated = store.con.execute(
        f"SELECT count(*) {_FROM} WHERE {where} AND e.event_date IS NULL", params
    ).fetchone()[0]
    quads = dict(
        store.con.execute(
            f"SELECT {key}, mode(e.quad_class) {_FROM} WHERE {where} GROUP BY 1", params
        ).fetchall()
    )
    ordered = sorted(series.items(), key=lambda kv: (-sum(p["n"] for p in kv[1]), str(kv[0])))
    return {
        "bucket": size,
        "by": by,
        "first": first.isoformat() if first else None,
        "last": last.isoformat() if last else None,
        "undated": undated,
        "series": [{"key": k, "quad_class": quads.get(k), "points": pts} for k, pts in ordered],
    }


def event_network(store: Any, query: EventQuery, *, limit: int = 60) -> dict[str, Any]:
    """Who acts on whom: one directed edge per (actor, recipient), weight = events."""
    where, params = event_where(query)
    # Unnesting two lists in one SELECT zips them, so each key stays with its name.
    edges = _rows(
        store,
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
    )
    return _graph(store, edges, directed=True)


def cooccurrence_network(store: Any, query: EventQuery, *, limit: int = 60) -> dict[str, Any]:
    """Actors named in the same article: undirected edges, weight = articles in common."""
    where, params = event_where(query)
    edges = _rows(
        store,
        "WITH arts AS (SELECT DISTINCT e.article_id"
        f" {_FROM} WHERE {where}),"
        " n AS (SELECT DISTINCT en.article_id, en.key, en.name FROM entities en"
        " JOIN arts USING (article_id) WHERE en.type IN ('PERSON', 'ORG', 'GPE', 'NORP'))"
        " SELECT x.key AS src, any_value(x.name) AS src_name, y.key AS dst,"
        " any_value(y.name) AS dst_name, count(DISTINCT x.article_id) AS weight,"
        " NULL AS quad_class, NULL AS goldstein"
        " FROM n x JOIN n y ON x.article_id = y.article_id AND x.key < y.key"
        " GROUP BY x.key, y.key ORDER BY weight DESC, src, dst LIMIT ?",
        [*params, limit],
    )
    return _graph(store, edges, directed=False)


def _graph(store: Any, edges: list[dict[str, Any]], *, directed: bool) -> dict[str, Any]:
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        for end in ("src", "dst"):
            node = nodes.setdefault(
                edge[end], {"id": edge[end], "name": edge[f"{end}_name"], "weight": 0}
            )
            node["weight"] += edge["weight"]
    if nodes:
        for key, country, sector in store.con.execute(
            "SELECT key, mode(country), mode(sector) FROM entities"
            " WHERE key IN (SELECT unnest(?)) GROUP BY key",
            [list(nodes)],
        ).fetchall():
            nodes[key]["country"], nodes[key]["sector"] = country, sector
    return {
        "directed": directed,
        "nodes": sorted(nodes.values(), key=lambda n: (-n["weight"], n["id"])),
        "edges": [
            {
                "source": e["src"],
                "target": e["dst"],
                "weight": e["weight"],
                "quad_class": e["quad_class"],
                "goldstein": e["goldstein"],
            }
            for e in edges
        ],
    }


def map_layer(store: Any, query: EventQuery, *, limit: int = 500) -> dict[str, Any]:
    """Event locations (points with coordinates) and event counts per country (ISO3)."""
    where, params = event_where(query)
    points = _rows(
        store,
        "SELECT e.location_name AS name, e.location_country AS country,"
        " round(e.lat, 3) AS lat, round(e.lon, 3) AS lon, count(*) AS n,"
        " mode(e.plover) AS plover, mode(e.quad_class) AS quad_class"
        f" {_FROM} WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
        " AND e.lat BETWEEN -90 AND 90 AND e.lon BETWEEN -180 AND 180"
        " GROUP BY 1, 2, 3, 4 ORDER BY n DESC, name LIMIT ?",
        [*params, limit],
    )
    countries = dict(
        store.con.execute(
            f"SELECT upper(e.location_country), count(*) {_FROM} WHERE {where}"
            " AND e.location_country IS NOT NULL GROUP BY 1",
            params,
        ).fetchall()
    )
    return {"points": points, "countries": countries}


def summary(store: Any) -> dict[str, Any]:
    """The store's counts plus what the filters offer: date range, sources, types, countries."""
    out: dict[str, Any] = dict(store.stats())
    first, last = store.con.execute(
        "SELECT min(event_date), max(event_date) FROM events"
    ).fetchone()
    out["event_dates"] = {
        "first": first.isoformat() if first else None,
        "last": last.isoformat() if last else None,
    }
    out["sources"] = dict(
        store.con.execute(
            "SELECT source, count(*) FROM articles WHERE source IS NOT NULL"
            " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50"
        ).fetchall()
    )
    out["events_by_quad_class"] = {
        str(k): v
        for k, v in store.con.execute(
            "SELECT quad_class, count(*) FROM events WHERE quad_class IS NOT NULL"
            " GROUP BY 1 ORDER BY 1"
        ).fetchall()
    }
    return out


def event_links(store: Any, article_id: str) -> dict[str, str]:
    """event id -> corpus event id, for the events of one article that were merged."""
    rows = store.events(article_id=article_id, limit=10_000)
    return {r["id"]: r["corpus_event_id"] for r in rows if r.get("corpus_event_id")}


def article_event(store: Any, article_id: str, event_id: str) -> dict[str, Any] | None:
    """One stored event of one article, as `store.events` returns it."""
    for row in store.events(article_id=article_id, limit=10_000):
        if row["id"] == event_id:
            return dict(row)
    return None


class CountCache:
    """Totals of event queries, kept across pages of the same filters.

    Sound because nothing else can change the store while the server holds it: DuckDB's file
    lock keeps other writers out (read-only and read-write alike), and the app's own writes call
    `clear`. Use it under the store lock.
    """

    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._totals: OrderedDict[EventQuery, int] = OrderedDict()

    def count(self, store: Any, query: EventQuery) -> int:
        key = dataclasses.replace(query, limit=0, offset=0)
        if key in self._totals:
            self._totals.move_to_end(key)
            return self._totals[key]
        total = int(store.count_events(query))
        self._remember(key, total)
        return total

    def page(self, store: Any, query: EventQuery) -> tuple[list[dict[str, Any]], int]:
        """A page of events and the total: the cached total, or one counted with the page."""
        key = dataclasses.replace(query, limit=0, offset=0)
        if key in self._totals:
            self._totals.move_to_end(key)
            return store.events(query), self._totals[key]
        items, total = store.events_page(query)
        self._remember(key, total)
        return items, total

    def _remember(self, key: EventQuery, total: int) -> None:
        self._totals[key] = total
        if len(self._totals) > self.size:
            self._totals.popitem(last=False)

    def clear(self) -> None:
        self._totals.clear()

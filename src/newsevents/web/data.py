"""What the web app adds to the store's reads: event totals cached across pages, the lookups of
one article's events, headlines, who reports an event, a timeline without its stray dates, and
the network of the top actors.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ..store.reads import EventQuery
from .headlines import headline


def event_links(store: Any, article_id: str) -> dict[str, str]:
    """event id -> corpus event id, for the events of one article that were merged."""
    rows = store.events(article_id=article_id, limit=10_000)
    return {r["id"]: r["corpus_event_id"] for r in rows if r.get("corpus_event_id")}


def headlines(store: Any, article_id: str) -> dict[str, str]:
    """event id -> headline, for the events of one article."""
    return {r["id"]: headline(r) for r in store.events(article_id=article_id, limit=10_000)}


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


def with_headlines(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event rows, each with its `headline` ("Joe Biden to sign an agreement with Ukraine")."""
    return [{**row, "headline": headline(row)} for row in rows]


# -- the event view ---------------------------------------------------------------------------


def own_report(store: Any, row: Mapping[str, Any]) -> dict[str, Any]:
    """The report of an event that was not merged with others: its own article's, in the form
    of `store.corpus_event_mentions`."""
    copies = store.duplicates(row["article_id"])
    keys = ("article_id", "sentence", "sentence_text", "trigger_start", "trigger_end",
            "trigger_text", "cameo", "plover", "event_date", "modality", "attribution_speaker",
            "attribution_text", "confidence", "title", "url", "source", "published")  # fmt: skip
    return {
        **{k: row.get(k) for k in keys},
        "event_id": row["id"],
        "copies": len(copies),
        "copy_ids": sorted(c["article_id"] for c in copies) or None,
    }


def reported_by(merged: Mapping[str, Any] | None, reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Who reports an event, counted from the reports themselves: articles (with their
    near-duplicate copies), the sites they come from (an article without a source counts by
    its URL's host) and the articles whose site is not recorded at all."""
    named: set[str] = set((merged or {}).get("sources") or ())
    unnamed = 0
    for report in reports:
        site = report.get("source") or _host(report.get("url"))
        if site:
            named.add(site)
        else:
            unnamed += 1
    articles = len(reports) + sum(int(r.get("copies") or 0) for r in reports)
    return {
        "articles": max(articles, int((merged or {}).get("num_articles") or 0)),
        "sources": sorted(named),
        "unnamed_sources": unnamed,
        "mentions": int((merged or {}).get("num_mentions") or articles),
    }


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


# -- charts -----------------------------------------------------------------------------------

# Event dates further than this many spreads (the middle half of the dates, a month at least)
# from the middle half are outliers: Tukey's "far out" fence.
FENCE = 3.0
MIN_SPREAD_DAYS = 30
MIN_EVENTS_TO_CLIP = 8
OUTLIERS_LISTED = 10


def timeline(
    store: Any, query: EventQuery, *, by: str, bucket: str, clip: bool = True
) -> dict[str, Any]:
    """`store.timeline` over the dates where the events are: the few dated far from the rest
    (an 1824 date in a 2024 corpus) are left out of the bars and listed under `outliers`."""
    span = core_dates(store, query) if clip else None
    if span is None:
        return {**store.timeline(query, by=by, bucket=bucket), "outliers": _no_outliers()}
    first, last = span
    inside = dataclasses.replace(query, date_from=first.isoformat(), date_to=last.isoformat())
    before = dataclasses.replace(
        query, date_from=None, date_to=(first - dt.timedelta(days=1)).isoformat()
    )
    after = dataclasses.replace(
        query, date_from=(last + dt.timedelta(days=1)).isoformat(), date_to=None
    )
    # the user's own bounds still hold on each side
    before = dataclasses.replace(before, date_from=query.date_from)
    after = dataclasses.replace(after, date_to=query.date_to)
    listed = dataclasses.replace(before, limit=OUTLIERS_LISTED, offset=0, order="date")
    items = store.events(listed) + store.events(
        dataclasses.replace(after, limit=OUTLIERS_LISTED, offset=0, order="-date")
    )
    outliers = {
        "n": store.count_events(before) + store.count_events(after),
        "shown_from": first.isoformat(),
        "shown_to": last.isoformat(),
        "items": with_headlines(items),
    }
    return {**store.timeline(inside, by=by, bucket=bucket), "outliers": outliers}


def _no_outliers() -> dict[str, Any]:
    return {"n": 0, "shown_from": None, "shown_to": None, "items": []}


def core_dates(store: Any, query: EventQuery) -> tuple[dt.date, dt.date] | None:
    """The first and last event date inside the fences, when some dates lie outside them."""
    days = store.timeline(query, by="quad_class", bucket="day")
    counts: dict[dt.date, int] = {}
    for series in days["series"]:
        for point in series["points"]:
            day = dt.date.fromisoformat(point["t"])
            counts[day] = counts.get(day, 0) + int(point["n"])
    total = sum(counts.values())
    if total < MIN_EVENTS_TO_CLIP:
        return None
    ordered = sorted(counts)
    q1, q3 = _quantile(ordered, counts, total * 0.25), _quantile(ordered, counts, total * 0.75)
    spread = max((q3 - q1).days, MIN_SPREAD_DAYS)
    low = q1 - dt.timedelta(days=FENCE * spread)
    high = q3 + dt.timedelta(days=FENCE * spread)
    kept = [d for d in ordered if low <= d <= high]
    if len(kept) == len(ordered) or not kept:
        return None
    return kept[0], kept[-1]


def _quantile(days: list[dt.date], counts: Mapping[dt.date, int], rank: float) -> dt.date:
    seen = 0
    for day in days:
        seen += counts[day]
        if seen >= rank:
            return day
    return days[-1]


def network(
    store: Any, query: EventQuery, *, kind: str, edges: int, actors: int | None
) -> dict[str, Any]:
    """The actor network; with `actors`, only the actors in the most events (the weight of
    their edges) and the edges among them."""
    read = store.event_network if kind == "events" else store.cooccurrence_network
    graph = dict(read(query, limit=max(edges, NETWORK_POOL) if actors else edges))
    if actors:
        nodes = graph["nodes"][:actors]  # heaviest first
        keep = {n["id"] for n in nodes}
        graph["nodes"] = nodes
        graph["edges"] = [e for e in graph["edges"] if e["source"] in keep and e["target"] in keep][
            :edges
        ]
    return graph


# Edges read to find the top actors from (the heaviest first).
NETWORK_POOL = 300

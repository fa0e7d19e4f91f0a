"""What the web app keeps beside the store: event totals cached across pages, and the lookups
of one article's events. The charts themselves are store reads (`Store.timeline`, ...).
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import Any

from ..store.reads import EventQuery


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

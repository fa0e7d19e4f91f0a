"""The Store protocol and `open_store`.

Two stores implement it: `DuckStore` (duck.py, one DuckDB file; the default) and `MemoryStore`
(memory.py, rows in lists; the fake for tests). Ingest writes through the first five methods
(`newsevents.api.ingest_items`); the web app and the CLI read through the rest, so either store
can stand behind them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from ..config import DEFAULTS
from ..records import Document, Failure
from .reads import Bucket, EventQuery, Filter, SeriesBy

Row = dict[str, Any]


@runtime_checkable
class Store(Protocol):
    """What ingest and the front ends need from a store. Reads return JSON-ready dicts (dates as
    ISO strings); event reads take an `EventQuery` and/or its fields as keywords."""

    # -- writing (ingest) ------------------------------------------------------------------

    def write_batch(
        self, docs: Sequence[Document], failures: Sequence[Failure] = (), copies: Sequence[Any] = ()
    ) -> int:
        """Store documents, failures and near-duplicate copies (`dedup.Duplicate`) in one
        transaction, skipping articles already stored; returns articles added."""
        ...

    def find_duplicates(self, articles: Sequence[Any]) -> list[Any]:
        """Near-duplicate copies among `articles` (of stored ones or earlier ones in the list),
        to pass to the next `write_batch` as `copies`."""
        ...

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of article ids already stored."""
        ...

    def known_paths(self) -> set[str]:
        """Input paths already stored or failed (to resume a long ingest)."""
        ...

    def close(self) -> None: ...

    # -- reading: the corpus ---------------------------------------------------------------

    def stats(self) -> Row:
        """Rows per table, events by PLOVER type and modality, failures by reason."""
        ...

    def summary(self) -> Row:
        """`stats` plus what the filters offer: event date range, sources, quad classes."""
        ...

    def document(self, article_id: str) -> Row | None:
        """An article's JSON record (a near-duplicate copy: its article, no layers)."""
        ...

    def articles(
        self,
        *,
        text: Filter = None,
        source: Filter = None,
        events: EventQuery | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Row]:
        """Articles, newest first, with counts of their events and near-duplicate copies;
        `events` keeps those with an event matching its filters."""
        ...

    def failures(
        self, *, limit: int = 100, offset: int = 0, reason: str | None = None
    ) -> list[Row]:
        """Failed inputs, oldest first; `reason` keeps one tag (the stored reason's part before
        its first colon: "language", "fetch" ...)."""
        ...

    def duplicates(self, canonical_id: str | None = None) -> list[Row]: ...

    # -- reading: events and what they involve ---------------------------------------------

    def events(self, query: EventQuery | None = None, **filters: Any) -> list[Row]:
        """Events matching the filters, oldest first (or in `EventQuery.order`), with their
        article's title and source."""
        ...

    def events_page(self, query: EventQuery | None = None, **filters: Any) -> tuple[list[Row], int]:
        """`events` and how many match in all (`count_events`)."""
        ...

    def count_events(self, query: EventQuery | None = None, **filters: Any) -> int: ...

    def actors(self, *, limit: int = 100, country: str | None = None) -> list[Row]:
        """Canonical actors across the corpus, most reported first."""
        ...

    def quotes(
        self, *, article_id: Filter = None, speaker: Filter = None, limit: int = 50, offset: int = 0
    ) -> list[Row]: ...

    def quantities(
        self, *, article_id: Filter = None, limit: int = 50, offset: int = 0
    ) -> list[Row]: ...

    def corpus_events(self, query: EventQuery | None = None, **filters: Any) -> list[Row]:
        """Merged events having a mention that matches the filters, most reported first."""
        ...

    def corpus_event(self, corpus_event_id: str) -> Row | None: ...

    def corpus_event_mentions(self, corpus_event_id: str) -> list[Row]:
        """Every article and sentence reporting a corpus event, with its near-duplicate copies."""
        ...

    # -- reading: the explorer's charts ----------------------------------------------------

    def timeline(
        self, query: EventQuery, *, by: SeriesBy = "plover", bucket: Bucket = "auto"
    ) -> Row:
        """Event counts per time bucket, one series per PLOVER type or quad class."""
        ...

    def event_network(self, query: EventQuery, *, limit: int = 60) -> Row:
        """Who acts on whom: directed edges weighted by events."""
        ...

    def cooccurrence_network(self, query: EventQuery, *, limit: int = 60) -> Row:
        """Actors named in the same article: undirected edges weighted by articles."""
        ...

    def map_layer(self, query: EventQuery, *, limit: int = 500) -> Row:
        """Event places with coordinates, and event counts per country."""
        ...


def open_store(path: str = DEFAULTS.db_path, *, read_only: bool = False) -> Any:
    """Open (creating or upgrading) a store: `:memory:` or a path to a DuckDB file."""
    from .duck import DuckStore

    return DuckStore(path, read_only=read_only)

"""An in-memory Store: the fake beside DuckDB, for tests and for callers that keep nothing.

It keeps the rows the DuckDB store keeps (`rows.document_rows`, `copy_rows`, `failure_row`), in a
list per table, and answers every read of the Store protocol in Python over them
(`memory_reads.py`). Corpus events are merged as `merge.py` merges them in SQL (same merge keys,
same coreference, same ids), and stories filed as the DuckDB store files them (`stories.py`),
recomputed on the first read after a write. Simple, not fast: for tests and corpora of a few
thousand articles.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..dedup import Duplicate, NearDuplicateIndex
from ..records import Article, Document, Failure
from ..stories.coref import corefer
from ..stories.index import StoryIndex
from .memory_reads import MemoryReads, by_count, mode
from .reads import Filter, page, query_date, word_pattern
from .rows import batch_rows, new_items, stored_record, with_links
from .sql import jsonable
from .stories import ARTICLE_FIELDS, EVENT_FIELDS, file_documents, story_rows

TABLES = (
    "articles", "entities", "mentions", "events", "quotes", "quantities", "timexes", "places",
    "failures", "duplicates",
)  # fmt: skip


class MemoryStore(MemoryReads):
    """Documents, failures and near-duplicate links as rows in lists; reads in `MemoryReads`."""

    def __init__(self) -> None:
        self.tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self.articles_by_id: dict[str, dict[str, Any]] = {}  # the rows of `articles`
        self._index = NearDuplicateIndex()
        self._pending: set[str] = set()  # screened for copies, not yet written
        self._merged: tuple[dict[str, dict[str, Any]], list[dict[str, Any]]] | None = None
        self.story_index = StoryIndex()
        self.headlines: dict[str, str] = {}
        self._stories: dict[str, dict[str, Any]] | None = None

    # -- writing ---------------------------------------------------------------------------

    def find_duplicates(self, articles: Sequence[Article]) -> list[Duplicate]:
        copies, fresh = self._index.screen(list(articles))
        self._pending |= set(fresh)
        return copies

    def write_batch(
        self,
        docs: Sequence[Document],
        failures: Sequence[Failure] = (),
        copies: Sequence[Duplicate] = (),
    ) -> int:
        ids = [d.article.id for d in docs] + [c.article.id for c in copies]
        fresh, new_copies = new_items(docs, copies, self.known_ids(ids))
        filed, terms = file_documents(self.story_index, fresh.values())
        self.headlines.update((r["article_id"], r["headline"]) for r in terms)
        stories = {**filed}
        for c in new_copies:  # a copy belongs to its canonical article's story
            if c.canonical_id in self.story_index.story_of:
                stories[c.canonical_id] = self.story_index.story_of[c.canonical_id]
        for name, rows in batch_rows(fresh.values(), new_copies, failures, stories).items():
            self.tables[name].extend(rows)
        self.articles_by_id.update((a["id"], a) for a in self.tables["articles"])
        for aid in self._pending - set(fresh):  # screened but not stored (failed)
            self._index.remove(aid)
        self._pending.clear()
        self._merged = None
        self._stories = None
        return len(fresh) + len(new_copies)

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return {i for i in ids if i in self.articles_by_id}

    def known_paths(self) -> set[str]:
        paths = {r["path"] for name in ("articles", "failures") for r in self.tables[name]}
        return {p for p in paths if p}

    def close(self) -> None:
        pass

    # -- reading the whole store -------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        merged, _ = self._corpus()
        out: dict[str, Any] = {name: len(rows) for name, rows in self.tables.items()}
        out["corpus_events"] = len(merged)
        out["stories"] = len(self._story_table())
        events, failures = self.tables["events"], self.tables["failures"]
        out["events_by_plover"] = by_count(e["plover"] or "(none)" for e in events)
        out["events_by_modality"] = by_count(e["modality"] for e in events)
        out["failures_by_reason"] = by_count(_tag(f["reason"]) for f in failures)
        return out

    def document(self, article_id: str) -> dict[str, Any] | None:
        row = self.articles_by_id.get(article_id)
        if not row:
            return None
        self._corpus()  # sets each event's corpus_event_id
        corpus_ids = {
            e["id"]: e["corpus_event_id"]
            for e in self.tables["events"]
            if e["article_id"] == article_id
        }
        return with_links(stored_record(row), row["story_id"], corpus_ids)

    def failures(
        self, *, limit: int = 100, offset: int = 0, reason: str | None = None
    ) -> list[dict[str, Any]]:
        rows = sorted(
            (f for f in self.tables["failures"] if not reason or _tag(f["reason"]) == reason),
            key=lambda f: (f["failed_at"], f["path"] or ""),
        )
        keys = ("path", "article_id", "stage", "error", "reason", "failed_at")
        return [{k: jsonable(f[k]) for k in keys} for f in rows[offset : offset + limit]]

    def duplicates(self, canonical_id: str | None = None) -> list[dict[str, Any]]:
        links = [
            d
            for d in self.tables["duplicates"]
            if not canonical_id or d["canonical_id"] == canonical_id
        ]
        out = []
        for d in sorted(links, key=lambda d: (d["canonical_id"], d["article_id"])):
            art = self.articles_by_id[d["article_id"]]
            keys = ("article_id", "canonical_id", "similarity", "method")
            out.append(
                {**{k: d[k] for k in keys}, "url": art.get("url"), "source": art.get("source")}
            )
        return out

    # -- stories -------------------------------------------------------------------------------

    def stories(
        self,
        *,
        text: Filter = None,
        actor: Filter = None,
        place: Filter = None,
        source: Filter = None,
        date_from: str | None = None,
        date_to: str | None = None,
        min_articles: int = 1,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        limit, offset = page(limit, offset)
        tests: list[Callable[[dict[str, Any]], bool]] = [
            lambda s: s["num_articles"] >= int(min_articles)
        ]
        if text and text.strip():
            pattern = re.compile(word_pattern(text))
            tests.append(lambda s: pattern.search(s["title"] or "") is not None)
        for column, value in (("actors", actor), ("places", place)):
            if value and value.strip():
                want = value.strip().lower()
                tests.append(_part_of(column, want))
        if source and source.strip():
            site = source.strip().lower()
            tests.append(
                lambda s: any(x.lower() == site or x.lower().endswith("." + site)
                              for x in s["sources"] or ())
            )  # fmt: skip
        if date_from:
            since = query_date(date_from, "date_from")
            tests.append(lambda s: s["last_seen"] is not None and s["last_seen"] >= since)
        if date_to:
            until = query_date(date_to, "date_to")
            tests.append(lambda s: s["first_seen"] is not None and s["first_seen"] <= until)
        found = [s for s in self._story_table().values() if all(t(s) for t in tests)]
        found.sort(key=lambda s: s["id"])
        found.sort(key=lambda s: s["last_seen"] or dt.date.min, reverse=True)
        found.sort(key=lambda s: (-s["num_articles"], s["last_seen"] is None))
        return [{k: jsonable(v) for k, v in s.items()} for s in found[offset : offset + limit]]

    def story(self, story_id: str) -> dict[str, Any] | None:
        row = self._story_table().get(story_id)
        if row is None:
            return None
        out = {k: jsonable(v) for k, v in row.items()}
        arts = [a for a in self.articles_by_id.values() if a["story_id"] == story_id]
        arts.sort(
            key=lambda a: (a["published_date"] is None, a["published_date"] or dt.date.min, a["id"])
        )
        out["articles"] = [{k: jsonable(a[k]) for k in ARTICLE_FIELDS} for a in arts]
        evs = [c for c in self._corpus()[0].values() if c["story_id"] == story_id]
        evs.sort(key=lambda c: (_date_key(c["date_start"]), _date_key(c["first_seen"]), c["id"]))
        out["events"] = [{k: jsonable(c[k]) for k in EVENT_FIELDS} for c in evs]
        return out

    # -- corpus events (merge.py's rules, in Python) ---------------------------------------------

    def _corpus(self) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
        """(corpus events by id, event mentions), merged again after a write."""
        if self._merged is None:
            links = self.tables["duplicates"]
            mentions = merge_mentions(self.tables["events"], links)
            self._merged = (corpus_events(mentions, self.articles_by_id, links), mentions)
        return self._merged

    def _story_table(self) -> dict[str, dict[str, Any]]:
        """The `stories` rows, computed again after a write."""
        if self._stories is None:
            self._corpus()  # sets each event's corpus_event_id
            rows = story_rows(
                self.story_index,
                self.headlines,
                self.story_index.stories,
                self.articles_by_id.values(),
                self.tables["events"],
            )
            self._stories = {r["id"]: r for r in rows}
        return self._stories


def merge_mentions(
    events: list[dict[str, Any]], duplicates: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One mention per event, clustered by cross-document coreference (`stories.coref`, as the
    DuckDB store clusters them). Sets each event's `corpus_event_id`."""
    copies = Counter(d["canonical_id"] for d in duplicates)
    assigned = corefer(events)
    mentions = []
    for e in events:
        e["corpus_event_id"] = assigned[(e["article_id"], e["id"])]
        mentions.append(
            {
                "corpus_event_id": e["corpus_event_id"],
                "merge_key": e["merge_key"],
                "article_id": e["article_id"],
                "event_id": e["id"],
                "event": e,
                "copies": copies[e["article_id"]],
                **{k: e[k] for k in _MENTION_KEYS},
            }
        )
    return mentions


_MENTION_KEYS = (
    "sentence", "event_date", "modality", "attribution_speaker", "attribution_text", "confidence",
)  # fmt: skip
_BEST = ("actor_names", "actor_codes", "recipient_names", "recipient_codes")
_PLACE = ("location_name", "location_country", "lat", "lon")


def corpus_events(
    mentions: list[dict[str, Any]],
    articles: dict[str, dict[str, Any]],
    duplicates: list[dict[str, Any]],
) -> dict[str, dict[str, Any]]:
    """The corpus events of these mentions, as `merge._CORPUS_SQL` computes them: the commonest
    codes, the actors and place of the most confident mention, the reporting articles and their
    near-duplicate copies counted."""
    clusters: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        clusters.setdefault(m["corpus_event_id"], []).append(m)
    copies: dict[str, list[str]] = {}
    for d in duplicates:
        copies.setdefault(d["canonical_id"], []).append(d["article_id"])
    out = {}
    for cid, ms in clusters.items():
        reporting = {m["article_id"] for m in ms}
        reporters = reporting | {c for aid in reporting for c in copies.get(aid, ())}
        out[cid] = _corpus_event(cid, ms, [articles[i] for i in sorted(reporters)])
    return out


def _most_confident(events: list[dict[str, Any]], key: str) -> Any:
    known = [e for e in events if e[key] is not None]
    if not known:
        return None
    return max(known, key=lambda e: e["confidence"] if e["confidence"] is not None else -1.0)[key]


def _corpus_event(
    cid: str, ms: list[dict[str, Any]], reporters: list[dict[str, Any]]
) -> dict[str, Any]:
    evs = [m["event"] for m in ms]
    sources = sorted({a["source"] for a in reporters if a["source"]})
    first = min(
        reporters,
        key=lambda a: (a["published_date"] is None, a["published_date"] or dt.date.min, a["id"]),
    )
    best: dict[str, float] = {}
    for e in evs:
        c = e["confidence"] if e["confidence"] is not None else 0.5
        best[e["article_id"]] = max(best.get(e["article_id"], 0.0), c)
    seen = [a["published_date"] for a in reporters if a["published_date"]]
    dates = [e["event_date"] for e in evs if e["event_date"]]
    goldstein = [e["goldstein"] for e in evs if e["goldstein"] is not None]
    weights = [(1 + m["copies"], m["modality"]) for m in ms]
    asserted = [w for w, modality in weights if modality == "asserted"]
    return {
        "id": cid,
        "merge_key": ms[0]["merge_key"],
        **{k: mode(e[k] for e in evs) for k in ("cameo", "cameo_root", "plover", "quad_class")},
        "goldstein": sum(goldstein) / len(goldstein) if goldstein else None,
        **{k: _most_confident(evs, k) for k in (*_BEST, *_PLACE)},
        "date_start": min(dates, default=None),
        "date_end": max(dates, default=None),
        "first_seen": min(seen, default=None),
        "last_seen": max(seen, default=None),
        "num_articles": len(reporters),
        "num_sources": len(sources),
        "num_mentions": sum(w for w, _ in weights),
        "num_asserted": sum(asserted) if asserted else None,
        "sources": sources or None,
        "story_id": articles_story(reporters, ms),
        "modality": ms[0]["modality"],
        "first_article_id": first["id"],
        "first_published": first["published"],
        "confidence": round(1 - math.prod(1 - c for c in best.values()), 4),
    }


def articles_story(reporters: list[dict[str, Any]], ms: list[dict[str, Any]]) -> str | None:
    """The story of a corpus event: its mentions' articles' story (one, by the blocking)."""
    ids = {m["article_id"] for m in ms}
    return next((a["story_id"] for a in reporters if a["id"] in ids), None)


def _part_of(column: str, want: str) -> Callable[[dict[str, Any]], bool]:
    """A filter: `want` is part of one of the names in a list column."""
    return lambda s: any(want in x.lower() for x in s[column] or ())


def _date_key(date: dt.date | None) -> tuple[bool, dt.date]:
    return (date is None, date or dt.date.min)


def _tag(reason: str) -> str:
    """The tag of a stored reason ("language: article ... is in 'es'" -> "language")."""
    return reason.split(":", 1)[0]

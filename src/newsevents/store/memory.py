"""An in-memory Store: the fake beside DuckDB, for tests and for callers that keep nothing.

It keeps the rows the DuckDB store keeps (`rows.document_rows`, `copy_rows`, `failure_row`), in a
list per table, and answers every read of the Store protocol in Python over them
(`memory_reads.py`). Corpus events are merged as `merge.py` merges them in SQL (same merge keys,
same date window, same ids), recomputed on the first read after a write. Simple, not fast: for
tests and corpora of a few thousand articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from ..dedup import Duplicate, NearDuplicateIndex
from ..records import Article, Document, Failure
from .memory_reads import MemoryReads, by_count, mode
from .merge import WINDOW_DAYS
from .rows import batch_rows, new_items, stored_record
from .sql import jsonable

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
        for name, rows in batch_rows(fresh.values(), new_copies, failures).items():
            self.tables[name].extend(rows)
        self.articles_by_id.update((a["id"], a) for a in self.tables["articles"])
        for aid in self._pending - set(fresh):  # screened but not stored (failed)
            self._index.remove(aid)
        self._pending.clear()
        self._merged = None
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
        events, failures = self.tables["events"], self.tables["failures"]
        out["events_by_plover"] = by_count(e["plover"] or "(none)" for e in events)
        out["events_by_modality"] = by_count(e["modality"] for e in events)
        out["failures_by_reason"] = by_count(_tag(f["reason"]) for f in failures)
        return out

    def document(self, article_id: str) -> dict[str, Any] | None:
        row = self.articles_by_id.get(article_id)
        return stored_record(row) if row else None

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

    # -- corpus events (merge.py's rules, in Python) ---------------------------------------------

    def _corpus(self) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
        """(corpus events by id, event mentions), merged again after a write."""
        if self._merged is None:
            links = self.tables["duplicates"]
            mentions = merge_mentions(self.tables["events"], links)
            self._merged = (corpus_events(mentions, self.articles_by_id, links), mentions)
        return self._merged


def merge_mentions(
    events: list[dict[str, Any]], duplicates: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One mention per event, in clusters of the same merge key whose dates lie at most
    `WINDOW_DAYS` apart (chained; undated events of a key form one cluster). Sets each event's
    `corpus_event_id`."""
    copies = Counter(d["canonical_id"] for d in duplicates)
    groups: dict[tuple[str, bool], list[dict[str, Any]]] = {}
    for e in events:
        groups.setdefault((e["merge_key"], e["event_date"] is None), []).append(e)
    mentions = []
    for (key, _), group in groups.items():
        group.sort(key=lambda e: (e["event_date"] or dt.date.min, e["article_id"], e["id"]))
        first: dt.date | None = group[0]["event_date"]
        last = first
        for e in group:
            date = e["event_date"]
            if date is not None and last is not None and (date - last).days > WINDOW_DAYS:
                first = date
            last = date
            named = f"{key}|{first.isoformat() if first else 'undated'}"
            e["corpus_event_id"] = hashlib.md5(named.encode("utf-8")).hexdigest()[:16]
            mentions.append(
                {
                    "corpus_event_id": e["corpus_event_id"],
                    "merge_key": key,
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
    }


def _tag(reason: str) -> str:
    """The tag of a stored reason ("language: article ... is in 'es'" -> "language")."""
    return reason.split(":", 1)[0]

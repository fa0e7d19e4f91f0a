"""Cross-document event coreference: which event mentions are one real-world event.

Mentions are first blocked (`block_key`): only mentions of the same story, the same PLOVER type
and the same modality may corefer, so a threat and an attack, or an attack and the denial of one,
are never one event. Inside a block, mentions are taken in date order and each joins the
compatible cluster it shares most participants with, else starts one. A mention and a cluster
are compatible when nothing tells them apart:

1. participants: on each side (actors, recipients) where both name someone, they share a
   canonical actor (`store.rows.actor_key`: the knowledge-base id, else the normalised name);
   two officials of one country are two participants;
2. place: their countries, where both are known, are the same;
3. time: the mention's date, where known, lies within `WINDOW_DAYS` of the cluster's dates.

Mentions with no PLOVER type or no participant are events of their own (`block_key` gives each
its own key). The same function serves both stores and the evaluation, so what is measured is
what is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

WINDOW_DAYS = 2  # a mention joins a cluster with a date at most this many days away


def block_key(row: Mapping[str, Any], story_id: str | None) -> str:
    """The block of an event row (store columns: plover, modality, actor_keys, ...): mentions of
    different blocks never corefer."""
    if not row.get("plover") or not (row.get("actor_keys") or row.get("recipient_keys")):
        return f"#{row['article_id']}/{row['id']}"
    return f"{story_id or '-'}|{row['plover']}|{row.get('modality') or 'asserted'}"


@dataclass
class _Cluster:
    id: str
    actors: set[str] = field(default_factory=set)
    recipients: set[str] = field(default_factory=set)
    country: str | None = None
    first: dt.date | None = None
    last: dt.date | None = None

    def shared(self, row: Mapping[str, Any]) -> int | None:
        """How many participants the row shares with the cluster; None when incompatible."""
        shared = 0
        for keys, column in ((self.actors, "actor_keys"), (self.recipients, "recipient_keys")):
            theirs = set(row.get(column) or ())
            if not theirs or not keys:
                continue
            common = len(keys & theirs)
            if not common:
                return None
            shared += common
        country = row.get("location_country")
        if country and self.country and country != self.country:
            return None
        date = row.get("event_date")
        if date is not None and self.first is not None and self.last is not None:
            window = dt.timedelta(days=WINDOW_DAYS)
            if not (self.first - window <= date <= self.last + window):
                return None
        return shared

    def absorb(self, row: Mapping[str, Any]) -> None:
        self.actors |= set(row.get("actor_keys") or ())
        self.recipients |= set(row.get("recipient_keys") or ())
        self.country = self.country or row.get("location_country")
        date = row.get("event_date")
        if date is not None:
            self.first = date if self.first is None else min(self.first, date)
            self.last = date if self.last is None else max(self.last, date)


def corpus_event_id(key: str, first: Mapping[str, Any]) -> str:
    named = f"{key}|{first['article_id']}/{first['id']}"
    return hashlib.md5(named.encode("utf-8")).hexdigest()[:16]


def _order(row: Mapping[str, Any]) -> tuple[bool, dt.date, str, str]:
    date = row.get("event_date")
    return (date is None, date or dt.date.min, row["article_id"], row["id"])


def cluster_block(key: str, rows: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """(article_id, event id) -> corpus event id, for the event rows of one block."""
    out: dict[tuple[str, str], str] = {}
    if key.startswith("#"):
        for row in rows:
            out[(row["article_id"], row["id"])] = corpus_event_id(key, row)
        return out
    clusters: list[_Cluster] = []
    for row in sorted(rows, key=_order):
        best: tuple[int, int] | None = None  # (shared participants, -position)
        for i, c in enumerate(clusters):
            shared = c.shared(row)
            if shared is not None and (best is None or (shared, -i) > best):
                best = (shared, -i)
        if best is None:
            chosen = _Cluster(corpus_event_id(key, row))
            clusters.append(chosen)
        else:
            chosen = clusters[-best[1]]
        chosen.absorb(row)
        out[(row["article_id"], row["id"])] = chosen.id
    return out


def corefer(rows: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """(article_id, event id) -> corpus event id for event rows carrying their `merge_key`
    (the `block_key`)."""
    blocks: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        blocks.setdefault(row["merge_key"], []).append(row)
    out: dict[tuple[str, str], str] = {}
    for key, block in blocks.items():
        out.update(cluster_block(key, block))
    return out

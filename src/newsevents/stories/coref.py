"""Cross-document event coreference: which event mentions are one real-world event.

Mentions are first blocked (`block_key`): only mentions of the same story, the same PLOVER type
and the same modality may corefer, so a threat and an attack, or an attack and the denial of one,
are never one event. Inside a block, mentions are taken in date order and each joins the
compatible cluster it shares most participants with, else starts one. A mention and a cluster
are compatible when nothing tells them apart and either their triggers have the same lemma or
they share a participant, a country of place and a day (within the window) -- "shelled" and
"attacked" on one day in Kharkiv, by Russia of Ukraine:

1. participants: of those identified by knowledge-base id (`store.rows.actor_key`), one side's
   are all among the other's ("Obama met Putin" is not "Obama met Medvedev"). Names without an
   id are too noisy to tell actors apart (the event layer names "the gunman" or "San Diego" as
   participants): they only rank the clusters, a name counting as shared when its words are
   part of the other's (`same_actor`);
2. place: their countries, where both are known, are the same;
3. time: the mention's date, where known, lies within `WINDOW_DAYS` of the cluster's dates (a
   date of a month or a year only is any day of it: `date_span`).

On ECB+ (docs/stories.md) merging triggers of different lemmas on a shared participant alone
("seized", "captured") cost more precision than it gained recall, and telling named participants
apart by name ("jamal williams" is not "vincent jackson") cost more recall than it gained
precision (CoNLL F1 -0.05 on dev, -0.04 on train): both were measured and left out.

Mentions with no PLOVER type or no participant are events of their own (`block_key` gives each
its own key). The same function serves both stores and the evaluation, so what is measured is
what is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

WINDOW_DAYS = 2  # a mention joins a cluster with a date at most this many days away
_KB_ID = re.compile(r"Q\d+$")  # a Wikidata id (`store.rows.actor_key`)


def block_key(row: Mapping[str, Any], story_id: str | None) -> str:
    """The block of an event row (store columns: plover, modality, actor_keys, ...): mentions of
    different blocks never corefer."""
    if not row.get("plover") or not (row.get("actor_keys") or row.get("recipient_keys")):
        return f"#{row['article_id']}/{row['id']}"
    return f"{story_id or '-'}|{row['plover']}|{row.get('modality') or 'asserted'}"


@dataclass
class _Cluster:
    id: str
    participants: set[str] = field(default_factory=set)
    lemmas: set[str] = field(default_factory=set)
    country: str | None = None
    days: tuple[dt.date, dt.date] | None = None  # first and last day-precise date
    coarse: tuple[dt.date, dt.date] | None = None  # what the month or year dates leave open

    def shared(self, row: Mapping[str, Any]) -> int | None:
        """How many participants the row shares with the cluster; None when they are not
        compatible."""
        theirs = participants(row)
        shared = sum(1 for p in theirs if any(same_actor(p, q) for q in self.participants))
        ids, known = _kb_ids(theirs), _kb_ids(self.participants)
        if ids and known and not (ids <= known or known <= ids):
            return None  # each names an actor (by knowledge-base identity) the other lacks
        country = row.get("location_country")
        if country and self.country and country != self.country:
            return None
        span = date_span(row)
        if span is not None:
            window = dt.timedelta(days=WINDOW_DAYS)
            lo, hi = span[0] - window, span[1] + window
            for known_span in (self.days, self.coarse):
                if known_span is not None and (hi < known_span[0] or lo > known_span[1]):
                    return None
        if row.get("trigger_lemma") in self.lemmas:
            return shared
        # other words ("shelled", "attacked"): only when participants, place and day agree
        same_place = bool(country) and country == self.country
        dated = span is not None and span[0] == span[1] and self.days is not None
        return shared if shared and same_place and dated else None

    def absorb(self, row: Mapping[str, Any]) -> None:
        self.participants |= participants(row)
        if row.get("trigger_lemma"):
            self.lemmas.add(row["trigger_lemma"])
        self.country = self.country or row.get("location_country")
        span = date_span(row)
        if span is None:
            return
        if span[0] == span[1]:
            old = self.days or span
            self.days = (min(old[0], span[0]), max(old[1], span[1]))
        else:
            old = self.coarse or span
            self.coarse = (max(old[0], span[0]), min(old[1], span[1]))


def participants(row: Mapping[str, Any]) -> set[str]:
    """The canonical actors an event involves, on either side: the event layer may put the
    arrested man as the actor of a passive "was arrested" and as the recipient of "police
    arrested him", so sides are not compared."""
    return {*(row.get("actor_keys") or ()), *(row.get("recipient_keys") or ())}


def _kb_ids(keys: set[str]) -> set[str]:
    return {k for k in keys if _KB_ID.match(k)}


def same_actor(a: str, b: str) -> bool:
    """Two canonical keys name one actor: equal, or (names without a knowledge-base id) the
    words of one are all words of the other ("jamal williams", "chargers jamal williams")."""
    if a == b:
        return True
    if _KB_ID.match(a) or _KB_ID.match(b):
        return False
    wa, wb = set(a.split()), set(b.split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def date_span(row: Mapping[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The days an event's date allows: one day, or the month or year its value names
    ("2007" is any day of 2007, not the first of January)."""
    date = row.get("event_date")
    if date is None:
        return None
    value = (row.get("date_value") or "").strip()
    if len(value) == 4 and value.isdigit():
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if len(value) == 7 and value[4] == "-":
        following = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return date.replace(day=1), following - dt.timedelta(days=1)
    return date, date


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

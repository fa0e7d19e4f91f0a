"""Cross-document event coreference: which event mentions are one real-world event.

Mentions are first blocked (`block_key`): only mentions of the same story, the same PLOVER type
and the same modality may corefer, so a threat and an attack, or an attack and the denial of one,
are never one event. Inside a block, mentions are taken in date order and each joins the
compatible cluster whose mentions name its participants most often, else starts one. A
participant counts 1/n where n clusters of the block name it (`telling`): "police", named in the
reports of three arrests of one story, tells less which arrest a mention is than "Jamal
Williams", named in one.

A mention and a cluster are compatible when nothing tells them apart (hard constraints, never
relaxed):

1. participants: of those identified by knowledge-base id (`store.rows.actor_key`), one side's
   are all among the other's ("Obama met Putin" is not "Obama met Medvedev"). Names without an
   id are too noisy to tell actors apart (the event layer names "the gunman", "San Diego" or
   "DUI" as participants): they abstain, and only rank the clusters (`_Cluster.match`);
2. place: their countries, where both are known, are the same;
3. time: a day-precise date lies within `WINDOW_DAYS` of the cluster's days (the date may be
   the day of the report); a date of a month or a year only is any day of it (`date_span`), so
   "2008" and "2009" never meet, and every day of the cluster must fall in it;

and the words say it is the same happening (evidence, strongest first):

a. the triggers have the same lemma ("arrested", "arrest");
b. the triggers are synonyms in the event lexicon (`senses`: one PETRARCH-2 verb synonym set,
   "apprehended", "nabbed", "arrested") and the mention names a participant of the cluster;
c. other words ("shelled", "attacked"): they share a participant, a country of place and a day;

and (b) and (c) never join an accusation (CAMEO 112) and a finding of guilt (116) of one affair
(`STAGE_CODES`): "accused" and "convicted" are synonyms in PETRARCH-2 but two events.

On ECB+ (docs/stories.md) synonyms with no shared participant cost precision (the broad sets
such as "attack", "storm", "fight" join the fights of one riot), and telling named participants
apart by name ("jamal williams" is not "vincent jackson"), even persons only, cost more recall
than it gained precision: the first is gated by (b), the second left out. Ranking clusters by the
share of their mentions naming each participant, not by the names a cluster has gathered,
keeps a large cluster from drawing in every mention that names one of its many names; weighing
each participant by the clusters naming it (ECB+ dev CoNLL F1 0.751 -> 0.764, train unchanged)
keeps a generic participant ("an off-duty police officer", "police") from drawing a mention into
the small cluster of another arrest whose reports name an officer. Police forces and courts
(actor code sector COP or JUD) are no participants at all here (`participants`): a force named
as the doer of each arrest of a story ("according to the California Highway Patrol") drew the
arrests of two men into one (ECB+ dev CoNLL F1 0.8096 -> 0.8137, train 0.8267 -> 0.8250; with
the knowledge base's 50 police forces 0.7743 -> 0.7800, train 0.8267 -> 0.8250). Telling the
arrested apart by name instead (17x acts whose persons differ) cost more: dev 0.8035, train 0.8062.

Mentions with no PLOVER type or no participant are events of their own (`block_key` gives each
its own key). The same function serves both stores and the evaluation, so what is measured is
what is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

WINDOW_DAYS = 2  # a mention joins a cluster with a date at most this many days away
_KB_ID = re.compile(r"Q\d+$")  # a Wikidata id (`store.rows.actor_key`)
ROUTINE_SECTORS = ("COP", "JUD")  # bodies that act on many people in one story (`participants`)
SAME_LEMMA, SYNONYM, OTHER_WORD = 2, 1, 0  # the evidence of the words, strongest first
# CAMEO codes whose verbs are synonyms across PETRARCH-2 blocks (`senses`): 173, "arrest,
# detain" (a report's "arrested" and "detained" name one arrest: ECB+ chains, stories gold)
JOINING_CODES = frozenset({"173"})
# CAMEO codes of acts that only the same word joins to another act: PETRARCH-2 puts "accuse",
# "charge", "blame" and "convict" in one verb synonym set ("blame"), but an accusation (112) and
# a finding of guilt (116, "convicted", "found guilty") are two stages of one affair, never one
# event (CAMEO 2.0 codebook; ECB+ train: Comeaux "accused" and "convicted", Lopez "accused" and
# "found guilty", chains of their own)
STAGE_CODES = frozenset({"112", "116"})


def block_key(row: Mapping[str, Any], story_id: str | None) -> str:
    """The block of an event row (store columns: plover, modality, actor_keys, ...): mentions of
    different blocks never corefer."""
    if not row.get("plover") or not (row.get("actor_keys") or row.get("recipient_keys")):
        return f"#{row['article_id']}/{row['id']}"
    return f"{story_id or '-'}|{row['plover']}|{row.get('modality') or 'asserted'}"


@lru_cache(maxsize=8192)
def senses(lemma: str | None) -> frozenset[str]:
    """The synonym sets of the event lexicon a verb belongs to: the PETRARCH-2 verb blocks
    (`ontology/data/verbs_petrarch2.jsonl`) listing it without a particle ("arrest",
    "apprehend", "nab" and "capture" share "apprehend")."""
    if not lemma:
        return frozenset()
    from ..ontology.events import load_event_ontology

    verbs = [v for v in load_event_ontology().petrarch.get(lemma, ()) if v.prt is None]
    # a CAMEO code the verb itself is coded with joins blocks that tell one act: "arrest"
    # (APPREHEND) and "detain" (CONFINE) are both 173, arrest or detain
    codes = {f"#{v.code}" for v in verbs if v.code in JOINING_CODES}
    return frozenset({v.block for v in verbs} | codes)


@dataclass
class _Cluster:
    id: str
    named: Counter[str] = field(default_factory=Counter)  # participant -> mentions naming it
    size: int = 0
    lemmas: set[str] = field(default_factory=set)
    senses: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)  # CAMEO codes of its mentions (3 digits)
    country: str | None = None
    days: tuple[dt.date, dt.date] | None = None  # first and last day-precise date
    coarse: tuple[dt.date, dt.date] | None = None  # what the month or year dates leave open

    def names(self, participant: str) -> bool:
        return any(same_actor(participant, q) for q in self.named)

    def support(self, row: Mapping[str, Any], weights: Mapping[str, float] | None = None) -> float:
        """How strongly the cluster's mentions name the row's participants: for each, the share
        of its mentions naming it (`same_actor`) times its weight (`weights`, default 1),
        summed."""
        named = self.named
        return sum(
            (weights.get(p, 1.0) if weights else 1.0)
            * max((n for q, n in named.items() if same_actor(p, q)), default=0)
            for p in participants(row)
        ) / max(self.size, 1)

    def compatible(self, row: Mapping[str, Any]) -> bool:
        """Nothing tells the row and the cluster apart: participants by knowledge-base id,
        country of place, dates."""
        ids, known = _kb_ids(participants(row)), _kb_ids(set(self.named))
        if ids and known and not (ids <= known or known <= ids):
            return False  # each names an actor (by knowledge-base identity) the other lacks
        country = row.get("location_country")
        if country and self.country and country != self.country:
            return False
        span = date_span(row)
        if span is None:
            return True
        w = dt.timedelta(days=WINDOW_DAYS)
        if span[0] == span[1]:  # a day: near the cluster's days, inside its months and years
            day = span[0]
            for held in (self.days, self.coarse):
                if held is not None and not held[0] - w <= day <= held[1] + w:
                    return False
            return True
        if self.coarse is not None and (span[1] < self.coarse[0] or span[0] > self.coarse[1]):
            return False  # "2008" and "2009"
        return self.days is None or (span[0] - w <= self.days[0] and self.days[1] <= span[1] + w)

    def match(
        self, row: Mapping[str, Any], weights: Mapping[str, float] | None = None
    ) -> tuple[float, int] | None:
        """(support, evidence of the words) when the row may join the cluster, else None."""
        if not self.compatible(row):
            return None
        support = self.support(row, weights)
        lemma = row.get("trigger_lemma")
        if lemma in self.lemmas:
            return (support, SAME_LEMMA)
        code = (row.get("cameo") or "")[:3]
        if code not in self.codes and (code in STAGE_CODES or self.codes & STAGE_CODES):
            return None  # "accused" and "convicted": two acts of one affair
        if support > 0 and senses(lemma) & self.senses:
            return (support, SYNONYM)
        # other words ("shelled", "attacked"): only when participants, place and day agree
        span = date_span(row)
        same_place = (
            bool(row.get("location_country")) and row.get("location_country") == self.country
        )
        dated = span is not None and span[0] == span[1] and self.days is not None
        return (support, OTHER_WORD) if support > 0 and same_place and dated else None

    def absorb(self, row: Mapping[str, Any]) -> None:
        self.named.update(participants(row))
        self.size += 1
        if row.get("cameo"):
            self.codes.add(row["cameo"][:3])
        lemma = row.get("trigger_lemma")
        if lemma:
            self.lemmas.add(lemma)
            self.senses |= senses(lemma)
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
    arrested him", so sides are not compared. Police forces and courts (`_routine`) are left
    out: a force arrests, a court rules, many times in one story, so naming it tells no arrest
    from another ("according to the California Highway Patrol", told of Jamal Williams's arrest
    and of Vincent Jackson's)."""
    keys = {*(row.get("actor_keys") or ()), *(row.get("recipient_keys") or ())}
    return keys - _routine(row)


def _routine(row: Mapping[str, Any]) -> set[str]:
    """The participants of a row whose actor code ends with a police or judiciary sector (COP,
    JUD: CAMEO actor codebook); keys and codes are aligned where their lengths agree."""
    out = set()
    for side in ("actor", "recipient"):
        keys, codes = row.get(f"{side}_keys") or (), row.get(f"{side}_codes") or ()
        if len(keys) == len(codes):
            out |= {k for k, c in zip(keys, codes, strict=True) if c.endswith(ROUTINE_SECTORS)}
    return out


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


def telling(row: Mapping[str, Any], clusters: Sequence[_Cluster]) -> dict[str, float]:
    """How much each participant of a row tells which cluster it belongs to: 1 / the number of
    clusters naming it (at least one). "Police" or "the driver", named in the events of many
    arrests or crashes of one story, tell less than "Jamal Williams", named in one."""
    out = {}
    for p in participants(row):
        n = sum(1 for c in clusters if c.names(p))
        out[p] = 1.0 / n if n > 1 else 1.0
    return out


def cluster_block(key: str, rows: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """(article_id, event id) -> corpus event id, for the event rows of one block."""
    out: dict[tuple[str, str], str] = {}
    if key.startswith("#"):
        for row in rows:
            out[(row["article_id"], row["id"])] = corpus_event_id(key, row)
        return out
    clusters: list[_Cluster] = []
    for row in sorted(rows, key=_order):
        weights = telling(row, clusters)
        best: tuple[float, int, int] | None = None  # (support, evidence, -position)
        for i, c in enumerate(clusters):
            found = c.match(row, weights)
            if found is not None and (best is None or (*found, -i) > best):
                best = (*found, -i)
        if best is None:
            chosen = _Cluster(corpus_event_id(key, row))
            clusters.append(chosen)
        else:
            chosen = clusters[-best[2]]
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

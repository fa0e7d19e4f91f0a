"""`newsevents eval events` on IndiaPoliceEvents: police actions per sentence.

IndiaPoliceEvents (Halterman et al. 2021) labels every sentence of Times of India articles (2002)
with the police actions it reports: KILL, ARREST, FAIL (failed to intervene), FORCE and
ANY_ACTION. Each article is read whole; an event belongs to the gold sentence that holds its
trigger. A sentence is predicted to carry a label when it holds an event whose actor is the
police (an actor entity of sector COP) and whose PLOVER coding is the label's (`LABELS`):

* KILL: an event whose own words say it killed someone (`Event.fatality`, fatal: "police fired,
  killing two", "were killed in police firing", "shot dead"; PLOVER has no killing type, and
  only an assault or a fight gets a fatality, `layers/events/deaths.py`);
* ARREST: COERCE with mode `arrest`;
* FORCE: ASSAULT of any mode (beating, firing, crowd control: PLOVER's use of force);
* ANY_ACTION: any police event that is not negated;
* FAIL: a police event that is negated ("police did not act").

The event layer codes a sentence repeated on the page once (`layers.events.duplicates`), where
the gold labels every copy: a repeated sentence is scored with what its first copy was coded.
Per label: precision, recall and F1 over sentences. `police_event_share` is the share of
sentences labelled KILL, ARREST or FORCE where a police event of one of its labels' types is
coded (the issue's done-when figure).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..records import Document, Entity, Event
from . import prf

POLICE = "COP"
_WORDS = re.compile(r"\w+")
ACTED = ("KILL", "ARREST", "FORCE")


def _assault(ev: Event) -> bool:
    return ev.plover == "ASSAULT" and ev.modality != "negated"


def _arrest(ev: Event) -> bool:
    return ev.plover == "COERCE" and ev.plover_mode == "arrest" and ev.modality != "negated"


def _killed(ev: Event) -> bool:
    return ev.fatality is not None and ev.fatality.fatal and ev.modality != "negated"


LABELS: dict[str, Callable[[Event], bool]] = {
    "KILL": _killed,
    "ARREST": _arrest,
    "FORCE": _assault,
    "ANY_ACTION": lambda ev: ev.modality != "negated",
    "FAIL": lambda ev: ev.modality == "negated",
}


def police_events(doc: Document) -> list[Event]:
    """The events of `doc` with a police actor."""
    ents: dict[str, Entity] = {e.id: e for e in doc.entities}
    return [ev for ev in doc.events if any(_sector(ents, a) == POLICE for a in ev.actors)]


def _sector(ents: dict[str, Entity], eid: str) -> str | None:
    e = ents.get(eid)
    return e.sector if e else None


def score_article(rec: dict[str, Any], doc: Document) -> list[dict[str, Any]]:
    """Per gold sentence: its labels and the labels our police events give it."""
    events = police_events(doc)
    rows = []
    said: dict[tuple[str, ...], set[str]] = {}  # what a sentence's earlier copy was coded with
    for s in rec["sentences"]:
        start, end = s["start"], s["end"]
        mine = [ev for ev in events if start <= ev.trigger.start < end]
        got = {label for label, test in LABELS.items() if any(test(ev) for ev in mine)}
        words = tuple(_WORDS.findall(s["text"].lower()))
        got |= said.get(words, set())
        said[words] = said.get(words, set()) | got
        rows.append({"gold": set(s["labels"]), "got": got, "id": f"{rec['id']}:{s['sent_id']}"})
    return rows


def summarize(pairs: list[tuple[dict[str, Any], Document]]) -> dict[str, Any]:
    rows = [row for rec, doc in pairs for row in score_article(rec, doc)]
    labels = {}
    for label in LABELS:
        tp = sum(1 for r in rows if label in r["gold"] and label in r["got"])
        fp = sum(1 for r in rows if label not in r["gold"] and label in r["got"])
        fn = sum(1 for r in rows if label in r["gold"] and label not in r["got"])
        labels[label] = {**prf(tp, fp, fn), "gold": tp + fn}
    acted = [r for r in rows if r["gold"] & set(ACTED)]
    hits = [r for r in acted if r["gold"] & r["got"] & set(ACTED)]
    missed = [r["id"] for r in acted if r not in hits]
    return {
        "n_sentences": len(rows),
        "labels": labels,
        "police_event_share": round(len(hits) / len(acted), 4) if acted else None,
        "police_event_n": len(acted),
        "errors": missed[:60],
    }

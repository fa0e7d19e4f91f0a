"""The dyad view: an event as classic CAMEO source -> target pairs with actor codes.

PETRARCH-2 conventions: a compound subject with no target ("X, Y and Z met") pairs every party
with every other; a reciprocal event whose partner came in a "with" phrase ("X met with Y") is
X -> Y only, as the verb is coded; a code that implies the counterpart's own event adds the
reverse pair with that code (`[043:042]`: X hosted Y, so Y visited X; `[046:046]`: talks).
Each side gets its CAMEO actor code (`ontology.agents.actor_code`: country + agent, "---" when
unknown), the code the store keeps for the entity too.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...ontology.agents import actor_code
from ...ontology.events import load_event_ontology
from ...records import Document, Event

PARTNER_PREPS = frozenset({"with", "alongside"})


@dataclass(frozen=True, slots=True)
class Dyad:
    """One classic CAMEO source -> target pair of an event."""

    event: str
    source: str | None  # entity id
    target: str | None
    source_code: str  # ISO3 + sector ("USAGOV"), "---" when unknown
    target_code: str
    code: str | None


def dyads(doc: Document, event: Event) -> list[Dyad]:
    """Classic CAMEO source/target pairs: actors x recipients; a reciprocal event (several
    actors, no recipient) in every direction, or subject -> "with" partner; an event without
    recipient gets target "---"; a code with a counterpart code adds the reverse pairs."""
    ents = {e.id: e for e in doc.entities}
    pairs: list[tuple[str | None, str | None, str | None]]
    code = event.cameo
    if event.recipients:
        pairs = [(s, t, code) for s in event.actors or [None] for t in event.recipients]
    elif len(event.actors) > 1:
        partners = _partners(doc, event)
        subjects = [a for a in event.actors if a not in partners]
        if partners and subjects:
            pairs = [(s, t, code) for s in subjects for t in partners]
        else:
            pairs = [(s, t, code) for s in event.actors for t in event.actors if s != t]
    else:
        pairs = [(s, None, code) for s in event.actors]
    rev = load_event_ontology().reverse.get(code or "")
    if rev is not None:
        pairs += [(t, s, rev) for s, t, _ in pairs if s is not None and t is not None]
    out = list(dict.fromkeys(pairs))
    return [
        Dyad(
            event.id,
            s,
            t,
            actor_code(ents.get(s) if s else None),
            actor_code(ents.get(t) if t else None),
            c,
        )
        for s, t, c in out
    ]


def _partners(doc: Document, event: Event) -> set[str]:
    """Actors named in a "with" phrase hanging on the trigger's words ("met [with Y]")."""
    toks = doc.tokens
    if not toks:
        return set()
    span = [t.i for t in toks if event.trigger.start <= t.start < event.trigger.end]
    preps = [
        t.i for t in toks if t.head in span and t.dep == "prep" and t.lemma.lower() in PARTNER_PREPS
    ]
    if not preps:
        return set()
    ranges = []
    for p in preps:
        inside = {p}
        for t in toks[p + 1 : p + 40]:  # a prepositional phrase follows its preposition
            if t.head in inside:
                inside.add(t.i)
        ranges.append((toks[p].start, toks[max(inside)].end))
    ents = {e.id: e for e in doc.entities}
    return {
        a
        for a in event.actors
        if a in ents and any(lo <= m.start < hi for m in ents[a].mentions for lo, hi in ranges)
    }

"""The dyad view: an event as classic CAMEO source -> target pairs with actor codes."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Document, Entity, Event


@dataclass(frozen=True, slots=True)
class Dyad:
    """One classic CAMEO source -> target pair of an event."""

    event: str
    source: str | None  # entity id
    target: str | None
    source_code: str  # ISO3 + sector ("USAGOV"), "---" when unknown
    target_code: str
    code: str | None


def actor_code(entity: Entity | None) -> str:
    """CAMEO-style actor code: country (ISO3, IGO ...) + sector ("USAGOV"); "---" if unknown."""
    if entity is None:
        return "---"
    return (entity.country or "---") + (entity.sector or "")


def dyads(doc: Document, event: Event) -> list[Dyad]:
    """Classic CAMEO source/target pairs: actors x recipients; a reciprocal event (several
    actors, no recipient) in every direction; an event without recipient gets target "---"."""
    ents = {e.id: e for e in doc.entities}
    pairs: list[tuple[str | None, str | None]]
    if event.recipients:
        pairs = [(s, t) for s in event.actors or [None] for t in event.recipients]
    elif len(event.actors) > 1:
        pairs = [(s, t) for s in event.actors for t in event.actors if s != t]
    else:
        pairs = [(s, None) for s in event.actors]
    return [
        Dyad(
            event.id,
            s,
            t,
            actor_code(ents.get(s) if s else None),
            actor_code(ents.get(t) if t else None),
            event.cameo,
        )
        for s, t in pairs
    ]

"""Small readers of a Document's events and their parties, shared by the event tests."""

from __future__ import annotations

from newsevents.records import Document, Event


def coded(doc: Document, prefix: str) -> list[Event]:
    """The events whose CAMEO code starts with `prefix`."""
    return [e for e in doc.events if (e.cameo or "").startswith(prefix)]


def names(doc: Document, ids: tuple[str, ...]) -> set[str]:
    ents = {e.id: e for e in doc.entities}
    return {ents[i].name for i in ids}


def sectors(doc: Document, ids: tuple[str, ...]) -> set[str | None]:
    ents = {e.id: e for e in doc.entities}
    return {ents[i].sector for i in ids}


def named(doc: Document, ids: tuple[str, ...]) -> list[str]:
    """The names of the parties `ids`, in their order."""
    ents = {e.id: e for e in doc.entities}
    return [ents[i].name for i in ids]


def first(doc: Document, trigger: str) -> Event:
    """The first event whose trigger starts with the word `trigger`."""
    hits = [e for e in doc.events if e.trigger.text.split()[0] == trigger]
    assert hits, f"no {trigger!r} event in {[e.trigger.text for e in doc.events]}"
    return hits[0]


def place(ev: Event) -> tuple[str | None, str | None]:
    """The event's place name and the evidence it was taken from, (None, None) where it has none."""
    loc = ev.location
    return (loc.name, loc.evidence) if loc else (None, None)


def typed(doc: Document, plover: str) -> list[tuple[str, list[str], list[str]]]:
    """The events of PLOVER type `plover`: trigger, doers' and targets' names in their order."""
    return [
        (e.trigger.text, named(doc, e.actors), named(doc, e.recipients))
        for e in doc.events
        if e.plover == plover
    ]

"""Documents to and from the JSON contract (`docs/schema.md`, `schema/document.schema.json`)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from .records import (
    SCHEMA_VERSION,
    Answer,
    Article,
    Attribution,
    Document,
    Entity,
    Event,
    EventDate,
    Failure,
    Location,
    MainEvent,
    Mention,
    Quantity,
    Quote,
    Span,
    Timex,
)


def _span(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def article_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "url": a.url,
        "source": a.source,
        "title": a.title,
        "published": a.published,
        "language": a.language,
        "text": a.text,
    }


def entity_dict(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "country": e.country,
        "sector": e.sector,
        "role": e.role,
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "kind": m.kind} for m in e.mentions
        ],
    }


def event_dict(ev: Event) -> dict[str, Any]:
    return {
        "id": ev.id,
        "trigger": _span(ev.trigger),
        "sentence": ev.sentence,
        "cameo": ev.cameo,
        "plover": ev.plover,
        "plover_mode": ev.plover_mode,
        "plover_context": list(ev.plover_context),
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "actors": list(ev.actors),
        "recipients": list(ev.recipients),
        "modality": ev.modality,
        "location": asdict(ev.location) if ev.location else None,
        "date": asdict(ev.date) if ev.date else None,
        "attribution": asdict(ev.attribution) if ev.attribution else None,
        "quantities": list(ev.quantities),
        "confidence": ev.confidence,
    }


def quote_dict(q: Quote) -> dict[str, Any]:
    return {
        "id": q.id,
        "speaker": q.speaker,
        "speaker_text": q.speaker_text,
        "cue": _span(q.cue),
        "content": _span(q.content),
        "kind": q.kind,
    }


def quantity_dict(q: Quantity) -> dict[str, Any]:
    return {
        "id": q.id,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "value": q.value,
        "unit": q.unit,
        "approximate": q.approximate,
        "measures": q.measures,
        "kind": q.kind,
    }


def timex_dict(t: Timex) -> dict[str, Any]:
    return {
        "id": t.id,
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "type": t.type,
        "value": t.value,
        "mod": t.mod,
    }


def _answer(a: Answer | None) -> dict[str, Any] | None:
    return None if a is None else {"text": a.text, "start": a.start, "end": a.end}


def main_event_dict(m: MainEvent | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {
        "who": _answer(m.who),
        "what": _answer(m.what),
        "when": _answer(m.when),
        "where": _answer(m.where),
        "why": _answer(m.why),
        "how": _answer(m.how),
        "event": m.event,
    }


def to_dict(doc: Document) -> dict[str, Any]:
    """The JSON contract for one article (schema_version 1)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "article": article_dict(doc.article),
        "entities": [entity_dict(e) for e in doc.entities],
        "events": [event_dict(e) for e in doc.events],
        "quotes": [quote_dict(q) for q in doc.quotes],
        "quantities": [quantity_dict(q) for q in doc.quantities],
        "timexes": [timex_dict(t) for t in doc.timexes],
        "main_event": main_event_dict(doc.main_event),
        "errors": list(doc.errors),
    }


def to_json(doc: Document, *, indent: int | None = None) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


def failure_dict(f: Failure) -> dict[str, Any]:
    return asdict(f)


# -- reading back (store, exports, tests) -------------------------------------------------------


def _mk_span(d: dict[str, Any] | None) -> Span | None:
    return None if d is None else Span(d["start"], d["end"], d["text"])


def from_dict(d: dict[str, Any]) -> Document:
    """Rebuild a Document (without tokens) from its JSON contract."""
    a = d["article"]
    article = Article(
        id=a["id"],
        text=a["text"],
        url=a.get("url"),
        source=a.get("source"),
        title=a.get("title"),
        published=a.get("published"),
        language=a.get("language") or "en",
    )
    entities = tuple(
        Entity(
            id=e["id"],
            name=e["name"],
            type=e["type"],
            country=e.get("country"),
            sector=e.get("sector"),
            role=e.get("role"),
            mentions=tuple(
                Mention(m["start"], m["end"], m["text"], m.get("kind", "name"))
                for m in e["mentions"]
            ),
        )
        for e in d.get("entities", [])
    )
    events = []
    for ev in d.get("events", []):
        loc, date, attr = ev.get("location"), ev.get("date"), ev.get("attribution")
        trigger = _mk_span(ev["trigger"])
        assert trigger is not None
        events.append(
            Event(
                id=ev["id"],
                trigger=trigger,
                sentence=ev["sentence"],
                cameo=ev.get("cameo"),
                plover=ev.get("plover"),
                plover_mode=ev.get("plover_mode"),
                plover_context=tuple(ev.get("plover_context") or ()),
                quad_class=ev.get("quad_class"),
                goldstein=ev.get("goldstein"),
                actors=tuple(ev.get("actors") or ()),
                recipients=tuple(ev.get("recipients") or ()),
                modality=ev.get("modality", "asserted"),
                location=Location(**loc) if loc else None,
                date=EventDate(**date) if date else None,
                attribution=Attribution(**attr) if attr else None,
                quantities=tuple(ev.get("quantities") or ()),
                confidence=ev.get("confidence", 0.5),
            )
        )
    quotes = []
    for q in d.get("quotes", []):
        content = _mk_span(q["content"])
        assert content is not None
        quotes.append(
            Quote(
                id=q["id"],
                speaker=q.get("speaker"),
                speaker_text=q.get("speaker_text"),
                cue=_mk_span(q.get("cue")),
                content=content,
                kind=q["kind"],
            )
        )
    quantities = tuple(
        Quantity(
            id=q["id"],
            start=q["start"],
            end=q["end"],
            text=q["text"],
            value=q.get("value"),
            unit=q.get("unit"),
            approximate=bool(q.get("approximate")),
            measures=q.get("measures"),
            kind=q.get("kind", "count"),
        )
        for q in d.get("quantities", [])
    )
    timexes = tuple(
        Timex(
            id=t["id"],
            start=t["start"],
            end=t["end"],
            text=t["text"],
            type=t["type"],
            value=t.get("value"),
            mod=t.get("mod"),
        )
        for t in d.get("timexes", [])
    )
    me = d.get("main_event")
    main_event = None
    if me:

        def ans(x: dict[str, Any] | None) -> Answer | None:
            return None if not x else Answer(x["text"], x.get("start"), x.get("end"))

        main_event = MainEvent(
            who=ans(me.get("who")),
            what=ans(me.get("what")),
            when=ans(me.get("when")),
            where=ans(me.get("where")),
            why=ans(me.get("why")),
            how=ans(me.get("how")),
            event=me.get("event"),
        )
    return Document(
        article=article,
        entities=entities,
        events=tuple(events),
        quotes=tuple(quotes),
        quantities=quantities,
        timexes=timexes,
        main_event=main_event,
        errors=tuple(d.get("errors") or ()),
    )

"""Documents -> flat table rows (shared by the DuckDB store and the exports)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..records import Document, Entity, Failure
from ..serialize import to_json


def actor_code(e: Entity | None) -> str | None:
    """CAMEO-style actor code: ISO3 country + sector (`USAGOV`), or whichever part is known."""
    if e is None:
        return None
    code = (e.country or "") + (e.sector or "")
    return code or None


def parse_date(value: str | None) -> dt.date | None:
    """A DATE for a full or partial ISO value ('2024', '2024-06', '2024-06-12', '2024-W22')."""
    if not value:
        return None
    v = value.strip()
    try:
        if len(v) >= 10 and v[4] == "-" and v[7] == "-":
            return dt.date.fromisoformat(v[:10])
        if len(v) == 7 and v[4] == "-" and v[5:].isdigit():
            return dt.date(int(v[:4]), int(v[5:]), 1)
        if len(v) == 4 and v.isdigit():
            return dt.date(int(v), 1, 1)
        if len(v) >= 8 and v[4:6] == "-W" and v[6:8].isdigit():
            return dt.date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
    except ValueError:
        return None
    return None


def document_rows(doc: Document, *, path: str | None = None) -> dict[str, list[dict[str, Any]]]:
    a = doc.article
    aid = a.id
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ents = {e.id: e for e in doc.entities}
    out: dict[str, list[dict[str, Any]]] = {
        "articles": [
            {
                "id": aid,
                "url": a.url,
                "source": a.source,
                "title": a.title,
                "published": a.published,
                "published_date": parse_date(a.published),
                "language": a.language,
                "text": a.text,
                "n_chars": len(a.text),
                "path": path or dict(a.meta).get("path"),
                "ingested_at": now,
                "doc": to_json(doc),
            }
        ],
        "entities": [],
        "mentions": [],
        "events": [],
        "quotes": [],
        "quantities": [],
        "timexes": [],
    }
    for e in doc.entities:
        out["entities"].append(
            {
                "article_id": aid,
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "country": e.country,
                "sector": e.sector,
                "role": e.role,
                "code": actor_code(e),
                "n_mentions": len(e.mentions),
            }
        )
        for m in e.mentions:
            out["mentions"].append(
                {
                    "article_id": aid,
                    "entity_id": e.id,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "kind": m.kind,
                }
            )
    for ev in doc.events:
        loc, date, attr = ev.location, ev.date, ev.attribution
        date_value = date.value if date else None
        out["events"].append(
            {
                "article_id": aid,
                "id": ev.id,
                "sentence": ev.sentence,
                "trigger_start": ev.trigger.start,
                "trigger_end": ev.trigger.end,
                "trigger_text": ev.trigger.text,
                "cameo": ev.cameo,
                "cameo_root": ev.cameo[:2] if ev.cameo else None,
                "plover": ev.plover,
                "plover_mode": ev.plover_mode,
                "plover_context": list(ev.plover_context),
                "quad_class": ev.quad_class,
                "goldstein": ev.goldstein,
                "actors": list(ev.actors),
                "recipients": list(ev.recipients),
                "actor_names": [ents[i].name for i in ev.actors if i in ents],
                "recipient_names": [ents[i].name for i in ev.recipients if i in ents],
                "actor_codes": [actor_code(ents.get(i)) or "" for i in ev.actors],
                "recipient_codes": [actor_code(ents.get(i)) or "" for i in ev.recipients],
                "modality": ev.modality,
                "location_name": loc.name if loc else None,
                "location_country": loc.country if loc else None,
                "lat": loc.lat if loc else None,
                "lon": loc.lon if loc else None,
                "date_text": date.text if date else None,
                "date_value": date_value,
                "event_date": parse_date(date_value) or parse_date(a.published),
                "attribution_speaker": attr.speaker if attr else None,
                "attribution_text": attr.text if attr else None,
                "quantities": list(ev.quantities),
                "confidence": ev.confidence,
            }
        )
    for q in doc.quotes:
        out["quotes"].append(
            {
                "article_id": aid,
                "id": q.id,
                "speaker": q.speaker,
                "speaker_text": q.speaker_text,
                "cue_start": q.cue.start if q.cue else None,
                "cue_end": q.cue.end if q.cue else None,
                "cue_text": q.cue.text if q.cue else None,
                "content_start": q.content.start,
                "content_end": q.content.end,
                "content_text": q.content.text,
                "kind": q.kind,
            }
        )
    for n in doc.quantities:
        out["quantities"].append(
            {
                "article_id": aid,
                "id": n.id,
                "start": n.start,
                "end": n.end,
                "text": n.text,
                "value": n.value,
                "unit": n.unit,
                "approximate": n.approximate,
                "measures": n.measures,
                "kind": n.kind,
            }
        )
    for t in doc.timexes:
        out["timexes"].append(
            {
                "article_id": aid,
                "id": t.id,
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
            }
        )
    return out


def failure_row(f: Failure) -> dict[str, Any]:
    return {
        "path": f.path,
        "article_id": f.article_id,
        "stage": f.stage,
        "error": f.error,
        "reason": f.reason,
        "failed_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
    }

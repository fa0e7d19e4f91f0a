"""PLOVER JSONL: one record per stored event, in the PLOVER manual's data fields.

Fields (PLOVER manual, ch. "Data Fields"): id, date, actor, recipient (lists of
{text, country, sector, code}), event, mode, context, event_loc, event_text, quad_code,
event_scale (the Goldstein score of the CAMEO code), text (the sentence), text_info (where in
which article, modality, attribution, CAMEO code), cite_info (url, source, title, published),
dead from the event's fatality (`records.Fatality`: the number killed, 0 when the text says no
one died, null when it gives no number or says nothing; `text_info.fatal`, `fatal_text` and
`fatal_evidence` tell the two nulls apart and give the words), injured / size from quantities
the event links to. `schema/plover.schema.json` describes a record.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

_SIDE = """(SELECT list({{'text': en.name, 'country': en.country, 'sector': en.sector,
                       'code': en.code, 'wikidata': NULL}}
                      ORDER BY list_position(e.{side}, en.id))
           FROM entities en
           WHERE en.article_id = e.article_id AND list_contains(e.{side}, en.id))"""

SQL = f"""
SELECT e.article_id, e.id, e.event_date, e.plover, e.plover_mode, e.plover_context,
       e.cameo, e.quad_class, e.goldstein, e.trigger_text, e.trigger_start, e.trigger_end,
       e.sentence, e.sentence_text, e.modality, e.attribution_speaker, e.attribution_text,
       e.location_name, e.location_country, e.lat, e.lon, e.geonames_id, e.feature, e.admin1,
       e.confidence, e.fatal, e.killed, e.fatal_text, e.fatal_evidence,
       e.corpus_event_id, a.url, a.source, a.title, a.published, a.language,
       {_SIDE.format(side="actors")} AS actor,
       {_SIDE.format(side="recipients")} AS recipient,
       (SELECT list({{'value': q.value, 'measures': q.measures, 'text': q.text}})
        FROM quantities q
        WHERE q.article_id = e.article_id AND list_contains(e.quantities, q.id)) AS numbers
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.plover IS NOT NULL
ORDER BY e.event_date NULLS LAST, e.article_id, e.id
"""

_INJURED = re.compile(r"injur|wound|hurt", re.I)
_SIZE = re.compile(r"protest|demonstrat|crowd|people|participant|troop|soldier|marcher", re.I)


def _numbers(items: list[dict[str, Any]] | None) -> dict[str, float | None]:
    out: dict[str, float | None] = {"injured": None, "size": None}
    for n in items or ():
        what, value = n.get("measures") or "", n.get("value")
        if value is None or not what:
            continue
        for key, pattern in (("injured", _INJURED), ("size", _SIZE)):
            if out[key] is None and pattern.search(what):
                out[key] = value
                break
    return out


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER record from a row of `SQL`."""
    loc = None
    if row["location_name"] or row["location_country"]:
        loc = {
            "name": row["location_name"],
            "country": row["location_country"],
            "lat": row["lat"],
            "lon": row["lon"],
            "geonames_id": row.get("geonames_id"),
            "feature": row.get("feature"),
            "admin1": row.get("admin1"),
        }
    attribution = None
    if row["attribution_text"]:
        attribution = {"speaker": row["attribution_speaker"], "text": row["attribution_text"]}
    date = row["event_date"]
    return {
        "id": f"{row['article_id']}-{row['id']}",
        "date": date.isoformat() if date else None,
        "actor": list(row["actor"] or []),
        "recipient": list(row["recipient"] or []),
        "event": row["plover"],
        "mode": row["plover_mode"],
        "context": list(row["plover_context"] or []),
        "event_loc": loc,
        "event_text": row["trigger_text"],
        "quad_code": row["quad_class"],
        "event_scale": row["goldstein"],
        "text": row["sentence_text"],
        "text_info": {
            "article_id": row["article_id"],
            "event_id": row["id"],
            "sentence": row["sentence"],
            "trigger_start": row["trigger_start"],
            "trigger_end": row["trigger_end"],
            "modality": row["modality"],
            "attribution": attribution,
            "cameo": row["cameo"],
            "confidence": row["confidence"],
            "corpus_event_id": row["corpus_event_id"],
            "language": row["language"],
            "fatal": row.get("fatal"),
            "fatal_text": row.get("fatal_text"),
            "fatal_evidence": row.get("fatal_evidence"),
        },
        "cite_info": {
            "url": row["url"],
            "source": row["source"],
            "title": row["title"],
            "published": row["published"],
        },
        "dead": _dead(row.get("fatal"), row.get("killed")),
        **_numbers(row["numbers"]),
    }


def _dead(fatal: bool | None, killed: int | None) -> int | None:
    """The number killed as the event's fatality gives it: 0 when the text says no one died."""
    if fatal is None:
        return None
    return killed if fatal else 0


def export_plover(
    con: Any, path: Path, *, chunk: int = 10_000, min_confidence: float | None = None
) -> Path:
    sql = SQL
    if min_confidence is not None:
        coded = "WHERE e.plover IS NOT NULL"
        sql = SQL.replace(coded, f"{coded} AND e.confidence >= ?")
    cur = con.execute(sql, [] if min_confidence is None else [float(min_confidence)])
    cols = [d[0] for d in cur.description]
    with path.open("w", encoding="utf-8") as fh:
        while rows := cur.fetchmany(chunk):
            for values in rows:
                record = plover_record(dict(zip(cols, values, strict=True)))
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path

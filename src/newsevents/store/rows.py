"""Documents -> flat table rows (shared by the DuckDB store and the exports)."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..ontology.agents import UNKNOWN, actor_code
from ..records import SCHEMA_VERSION, Article, Document, Entity, Failure
from ..serialize import article_dict, to_json


def stored_code(e: Entity | None) -> str | None:
    """The entity's CAMEO actor code as the dyads give it (`ontology.agents.actor_code`), written
    as GDELT writes it: without the "---" of an unknown country ("REB", not "---REB"), so a search
    for the agent finds it; NULL when nothing of it is known."""
    return actor_code(e).removeprefix(UNKNOWN) or None


SEP = "\x1f"  # joins names in the search columns of events (never in a name)
_NON_WORD = re.compile(r"[\W_]+")
# mention kinds that describe a party without naming it ("the police", "they", the "prosecutors"
# a charge implies)
DESCRIBING_KINDS = frozenset({"nominal", "pronoun", "implied"})
# entity types whose name is a proper name however the text mentions them: a state or a people
# ("Russia" mentioned as "Russian forces")
NAMED_TYPES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def actor_key(e: Entity, *, by_country: bool = True) -> str:
    """The corpus-wide identity of an actor: its Wikidata id, else its normalised name. A party
    the article describes but never names is one actor per country: "the police" of a Delhi
    report and of an Ohio one, or "the government" of two countries, are not one actor, so its
    key carries its country ("police (IND)"); a name is one actor wherever it is written.
    `by_country=False` gives the words alone, for what compares articles by their words (story
    features: reports of one story may code the police's country in one article and not in
    another)."""
    if e.wikidata:
        return e.wikidata
    key = name_key(e.name)
    if not by_country:
        return key
    described = e.type not in NAMED_TYPES and all(m.kind in DESCRIBING_KINDS for m in e.mentions)
    if e.country and e.mentions and described:
        return f"{key} ({e.country})"
    return key


def name_key(name: str) -> str:
    """Lower-case, accents kept, punctuation and a leading 'the' dropped ('The U.N.' -> 'u n')."""
    key = _NON_WORD.sub(" ", unicodedata.normalize("NFKC", name).casefold()).strip()
    return key.removeprefix("the ") or key


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


def trigger_lemma(doc: Document, start: int, text: str) -> str:
    """The lemma of a trigger's first word (from the parse; a document read back from JSON has
    none, and gets the lower-cased word)."""
    for t in doc.tokens:
        if t.start <= start < t.end:
            return t.lemma.lower()
    return text.split(" ", 1)[0].lower()


def document_rows(
    doc: Document, *, path: str | None = None, story_id: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The rows of a read article, by table; `story_id` is its story (`store/stories.py`), which
    also blocks its events' coreference (`merge_key`)."""
    from ..stories.coref import block_key

    a = doc.article
    aid = a.id
    meta = dict(a.meta)
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
                "path": path or meta.get("path"),
                "ingested_at": now,
                "doc": to_json(doc),
                "author": meta.get("author"),
                "site": meta.get("site"),
                "duplicate_of": None,
                "story_id": story_id,
            }
        ],
        "entities": [],
        "mentions": [],
        "events": [],
        "quotes": [],
        "quantities": [],
        "timexes": [],
        "places": [],
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
                "code": stored_code(e),
                "n_mentions": len(e.mentions),
                "key": actor_key(e),
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
        loc, date, attr, dead = ev.location, ev.date, ev.attribution, ev.fatality
        date_value = date.value if date else None
        sent = doc.sentences[ev.sentence] if 0 <= ev.sentence < len(doc.sentences) else None
        actors = [ents[i] for i in ev.actors if i in ents]
        recipients = [ents[i] for i in ev.recipients if i in ents]
        row: dict[str, Any] = {
            "article_id": aid,
            "id": ev.id,
            "sentence": ev.sentence,
            "trigger_start": ev.trigger.start,
            "trigger_end": ev.trigger.end,
            "trigger_text": ev.trigger.text,
            "trigger_lemma": trigger_lemma(doc, ev.trigger.start, ev.trigger.text),
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
            "actor_codes": [stored_code(ents.get(i)) or "" for i in ev.actors],
            "recipient_codes": [stored_code(ents.get(i)) or "" for i in ev.recipients],
            "modality": ev.modality,
            "location_name": loc.name if loc else None,
            "location_country": loc.country if loc else None,
            "lat": loc.lat if loc else None,
            "lon": loc.lon if loc else None,
            "geonames_id": loc.geonames_id if loc else None,
            "feature": loc.feature if loc else None,
            "admin1": loc.admin1 if loc else None,
            "location_evidence": loc.evidence if loc else None,
            "date_text": date.text if date else None,
            "date_value": date_value,
            "event_date": parse_date(date_value) or parse_date(a.published),
            "attribution_speaker": attr.speaker if attr else None,
            "attribution_text": attr.text if attr else None,
            "quantities": list(ev.quantities),
            "confidence": ev.confidence,
            "fatal": dead.fatal if dead else None,
            "killed": dead.killed if dead else None,
            "fatal_text": dead.text if dead else None,
            "fatal_evidence": dead.evidence if dead else None,
            "sentence_start": sent.start if sent else None,
            "sentence_end": sent.end if sent else None,
            "sentence_text": a.text[sent.start : sent.end] if sent else None,
            "actor_keys": [actor_key(e) for e in actors],
            "recipient_keys": [actor_key(e) for e in recipients],
            "actor_countries": [e.country for e in actors if e.country],
            "recipient_countries": [e.country for e in recipients if e.country],
        }
        row["merge_key"] = block_key(row, story_id)
        # One string per side of the search, so that an actor filter is a single substring test
        # (list functions over a million rows are ten times slower).
        names = row["actor_names"] + row["recipient_names"]
        codes = [c for c in row["actor_codes"] + row["recipient_codes"] if c]
        row["actor_text"] = SEP + SEP.join(n.lower() for n in names) + SEP
        row["actor_code_text"] = SEP + SEP.join(codes) + SEP
        out["events"].append(row)
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
    for p in doc.places:
        out["places"].append(
            {
                "article_id": aid,
                "id": p.id,
                "start": p.start,
                "end": p.end,
                "text": p.text,
                "name": p.name,
                "geonames_id": p.geonames_id,
                "lat": p.lat,
                "lon": p.lon,
                "feature": p.feature,
                "country": p.country,
                "admin1": p.admin1,
                "source": p.source,
                "evidence": p.evidence,
                "confidence": p.confidence,
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


def copy_rows(
    article: Article,
    canonical_id: str,
    similarity: float,
    method: str,
    *,
    story_id: str | None = None,
) -> dict[str, Any]:
    """Rows of a near-duplicate copy: its article (no layers of its own) and the link."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    meta = dict(article.meta)
    return {
        "articles": {
            "id": article.id,
            "url": article.url,
            "source": article.source,
            "title": article.title,
            "published": article.published,
            "published_date": parse_date(article.published),
            "language": article.language,
            "text": article.text,
            "n_chars": len(article.text),
            "path": meta.get("path"),
            "ingested_at": now,
            "doc": None,
            "author": meta.get("author"),
            "site": meta.get("site"),
            "duplicate_of": canonical_id,
            "story_id": story_id,
        },
        "duplicates": {
            "article_id": article.id,
            "canonical_id": canonical_id,
            "similarity": similarity,
            "method": method,
            "found_at": now,
        },
    }


def stored_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON record of a stored article row (`doc`, `duplicate_of` and the article's
    columns); a near-duplicate copy gets its own article and no layers (they are on its
    canonical document, named in `errors`)."""
    if row["doc"] is not None:
        record: dict[str, Any] = json.loads(row["doc"])
        return record
    art = Article(
        id=row["id"], url=row["url"], source=row["source"], title=row["title"],
        published=row["published"], language=row["language"] or "en", text=row["text"],
    )  # fmt: skip
    return {
        "schema_version": SCHEMA_VERSION,
        "article": article_dict(art),
        "entities": [],
        "places": [],
        "events": [],
        "quotes": [],
        "quantities": [],
        "timexes": [],
        "main_event": None,
        "errors": [f"near-duplicate of article {row['duplicate_of']}; its layers are stored there"],
    }


def with_links(
    record: dict[str, Any], story_id: str | None, corpus_ids: Mapping[str, str | None]
) -> dict[str, Any]:
    """A stored record with what the corpus links it to: its article's `story_id` and each
    event's `corpus_event_id` (both assigned when it was stored, and changed by later articles)."""
    record["article"]["story_id"] = story_id
    for event in record.get("events", ()):
        event["corpus_event_id"] = corpus_ids.get(event["id"])
    return record


def new_items(
    docs: Sequence[Document], copies: Sequence[Any], known: set[str]
) -> tuple[dict[str, Document], list[Any]]:
    """What a batch adds: its documents and near-duplicate copies not stored yet (`known`), each
    article once (a document wins over a copy of the same id)."""
    fresh: dict[str, Document] = {}
    for d in docs:
        if d.article.id not in known and d.article.id not in fresh:
            fresh[d.article.id] = d
    new_copies = [c for c in copies if c.article.id not in known and c.article.id not in fresh]
    return fresh, new_copies


def batch_rows(
    docs: Iterable[Document],
    copies: Iterable[Any],
    failures: Iterable[Failure],
    stories: Mapping[str, str] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """The rows a batch writes, by table: documents, near-duplicate copies (`dedup.Duplicate`)
    and failures; `stories` maps article ids (canonical ones, for copies) to their story."""
    stories = stories or {}
    tables: dict[str, list[dict[str, Any]]] = {}
    for d in docs:
        for name, rows in document_rows(d, story_id=stories.get(d.article.id)).items():
            tables.setdefault(name, []).extend(rows)
    for c in copies:
        story = stories.get(c.canonical_id)
        made = copy_rows(c.article, c.canonical_id, c.similarity, c.method, story_id=story)
        for name, row in made.items():
            tables.setdefault(name, []).append(row)
    failed = [failure_row(f) for f in failures]
    if failed:
        tables["failures"] = failed
    return tables

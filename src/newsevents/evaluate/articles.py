"""`newsevents eval articles --data tests/gold/articles_gold.jsonl`: whole articles, every layer
an analyst reads at once.

Each gold line is one article coded by hand from the text alone, following
`docs/coding-guide.md`: `text`, `published`, `part` ("dev" or "test"), the main `entities`
(`name`, `country`, `sector`) and every codable `events` entry (`sentence_text`, `trigger`,
`cameo_root`, `plover`, `plover_mode`, `source` and `target` as `{name, country, sector}` or
null, `modality`, `place` as `{name, country}` or null, `date` or null). The whole pipeline
runs on the text with the publication date, as `extract` runs it.

Matching. A system event and a gold event *correspond* when the system trigger lies in the gold
event's sentence and both have the same PLOVER type; each gold event takes at most one system
event (a full-tuple match first, then the same trigger word, then the most confident). Reported,
for the dev part, the test part and all articles:

- `entities`: gold entities found (a system entity with that name or a mention of it), and
  `country_accuracy` / `sector_accuracy` on the found ones (an abstention counts as wrong;
  `country_precision` leaves abstentions out);
- `event_type`: detection precision / recall / F1 of corresponding events;
- `full_tuple`: the same, counting only correspondences whose source and target are right too
  (the gold party's country and sector, or its name where the gold gives no country; a gold
  null target wants no system target); `full_tuple_countries` asks the parties' countries only;
  `full_tuple_named` is the strict reading: each system party in a role must be the gold party
  by name as well (the entity's name or one of its mentions agrees with the gold name), so a
  co-source or a same-country stand-in counts wrong; an unnamed gold party (`name: null`,
  "unidentified") wants system parties of its country (and its sector unless that is UNK),
  never an abstention;
- `parties`: how far the parties we do name can be trusted, on the corresponding events: of
  the roles (source, target) we fill, the share whose parties are the gold party by name
  (`precision_named`, the `full_tuple_named` reading of one role) and by country
  (`precision_countries`); `left_empty` counts the roles the gold fills and we leave empty.
  The tuple figures score a wrong party and a missing one alike; this one tells them apart, so
  a rule that abstains on doubtful parties shows its gain here;
- `modality`, `place`, `date`: accuracy on the corresponding events (a gold null wants a
  system null; a place is right when one name contains the other);
- `duplicates`: system events that repeat another event of the same article (type, actors,
  recipients, date) without answering a gold event of their own.

`by_min_confidence` (in each part) gives the event-type and full-tuple P/R when only events of
confidence >= 0.0, 0.1 ... 0.9 are kept, and `default_min_confidence` the threshold the front
ends filter on by default (chosen on the dev part: `ontology/data/event_confidence.json`).

`by_topic` (in each part) gives the same figures for each article topic of the gold (`crime`,
`political`, `economic`, ...), so a kind of news that lags shows apart from the mean.

`shipped` gives the figures on the rows whose text is in the file (the same with or without
the shared pages). Only the dev part lists its errors: the test part is for reporting, not for
reading.

Pages that may not be redistributed keep `text: null` in the gold file, with `html_file` (the
page's path under the shared data folder: `NEWSEVENTS_SHARED`, default `../shared` beside the
repository), `text_chars` and `text_sha1`; their events give `sentence_start`/`sentence_end`
offsets instead of `sentence_text`. The page is read again with the HTML reader, cut to
`text_chars` and checked against the hash; a row whose page is absent or differs is skipped
and listed.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import EvalError, PipelineError
from ..ontology.actors import lexicon
from ..ontology.normalize import norm
from ..ontology.reading import default_min_confidence
from ..pipeline import Pipeline
from ..readers import make_article
from ..records import Article, Document, Entity, Event
from . import prf
from .events import ROOT_EQUIVALENTS
from .formats import ROOT, Gold, read_gold

MAX_ERRORS = 80
THRESHOLDS = tuple(round(0.1 * k, 1) for k in range(10))  # the P/R curve by min confidence
_STOP = frozenset({"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "s"})
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str | None) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return tuple(w for w in _WORD.findall(folded.lower()) if w not in _STOP)


def names_agree(gold: str | None, mine: str | None) -> bool:
    """Whether two names denote the same thing as a reader would take them: equal word
    sequences, or one's words all inside the other's ("Salami" / "Hossein Salami")."""
    g, m = _words(gold), _words(mine)
    if not g or not m:
        return False
    return set(g) <= set(m) or set(m) <= set(g)


def _same_country(gold: str | None, mine: str | None) -> bool:
    if gold is None or mine is None:
        return gold == mine
    return (
        gold == mine
        or mine in ROOT_EQUIVALENTS.get(gold, ())
        or gold in ROOT_EQUIVALENTS.get(mine, ())
    )


def entity_names(e: Entity) -> list[str]:
    return [e.name, *(m.text for m in e.mentions)]


def find_entity(name: str, entities: Iterable[Entity]) -> Entity | None:
    """The system entity a gold name refers to: an exact name or mention first, else one whose
    name or a mention agrees with it (`names_agree`), the most mentioned."""
    key = _words(name)
    pool = list(entities)
    exact = [e for e in pool if any(_words(n) == key for n in entity_names(e))]
    loose = [e for e in pool if any(names_agree(name, n) for n in entity_names(e))]
    for group in (exact, loose):
        if group:
            return max(group, key=lambda e: len(e.mentions))
    return None


def party_ok(
    gold: dict[str, Any] | None,
    ids: tuple[str, ...],
    ents: dict[str, Entity],
    *,
    sectors: bool = True,
) -> bool:
    """A gold source or target against the system's actors or recipients (`sectors=False`:
    the country alone)."""
    mine = [ents[i] for i in ids if i in ents]
    if gold is None:
        return not mine
    country, sector = gold.get("country"), gold.get("sector") if sectors else None
    for e in mine:
        if country is None and not names_agree(gold.get("name"), e.name):
            continue
        if _same_country(country, e.country) and _same_sector(sector, e):
            return True
    return False


def party_named(gold: dict[str, Any] | None, ids: tuple[str, ...], ents: dict[str, Entity]) -> bool:
    """The strict `party_ok`: every system party in the role is the gold party by name (and by
    country and sector where the gold gives them); an unnamed gold party (the guide's
    `{name: null, country, sector: "UNK"}`) wants system parties of its country (and its
    sector, unless that is "UNK")."""
    mine = [ents[i] for i in ids if i in ents]
    if gold is None:
        return not mine
    if not mine:
        return False
    name, country, sector = gold.get("name"), gold.get("country"), gold.get("sector")
    if not name:
        unknown = sector in (None, "UNK")
        return country is not None and all(
            _same_country(country, e.country) and (unknown or _same_sector(sector, e)) for e in mine
        )
    return all(
        (
            any(names_agree(name, n) for n in entity_names(e))
            or (_state_name(name, country) and _state_name(e.name, country))
        )
        and (country is None or _same_country(country, e.country))
        and _same_sector(sector, e)
        for e in mine
    )


def _state_name(name: str | None, country: str | None) -> bool:
    """Whether a name stands for the state of `country` as a whole: the country's own name, its
    capital ("Beijing" for China) or "<country or demonym> government" ("the Afghan
    government")."""
    if not name or country is None:
        return False
    lex = lexicon()
    words = norm(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    government = words[-1:] == ["government"]
    key = " ".join(words[:-1] if government else words)
    return (
        lex.countries.get(key) == country
        or (government and lex.demonyms.get(key) == country)
        or lex.capitals.get(country) == key
    )


def _same_sector(gold: str | None, e: Entity) -> bool:
    """The guide codes a country acting as a whole GOV; PLOVER's and NGEC's records give it no
    sector, as we do: a country (GPE) with no sector is the gold's GOV."""
    if gold is None or gold == e.sector:
        return True
    return gold == "GOV" and e.sector is None and e.type == "GPE"


def place_ok(gold: dict[str, Any] | None, ev: Event) -> bool:
    loc = ev.location
    if gold is None or not gold.get("name"):
        return loc is None or not loc.name
    return loc is not None and names_agree(gold["name"], loc.name)


def date_ok(gold: str | None, ev: Event) -> bool:
    """Right at the gold's own granularity ("2023-12" wants a value starting so)."""
    value = ev.date.value if ev.date else None
    if not gold:
        return not value
    if not value:
        return False
    return value[: len(gold)] == gold and len(value) >= len(gold)


@dataclass
class Located:
    """A gold event with the character span of its sentence in the text (None: not found)."""

    gold: dict[str, Any]
    span: tuple[int, int] | None


def shared_root() -> Path:
    return Path(os.environ.get("NEWSEVENTS_SHARED", ROOT.parent / "shared"))


def gold_text(rec: dict[str, Any]) -> str:
    """The annotated text of a gold row: its own `text`, or the page it names read again (an
    EvalError when the page is absent or no longer gives the annotated text)."""
    if isinstance(rec.get("text"), str):
        return str(rec["text"])
    from ..readers.html import read_html_file
    from ..records import Article

    path = shared_root() / str(rec.get("html_file"))
    if not path.is_file():
        raise EvalError(f"page {rec.get('html_file')} not found under {shared_root()}")
    text = next((a.text for a in read_html_file(path) if isinstance(a, Article)), "")
    text = text[: rec.get("text_chars", len(text))]
    if hashlib.sha1(text.encode()).hexdigest() != rec.get("text_sha1"):
        raise EvalError(f"page {rec.get('html_file')} no longer reads as annotated (hash differs)")
    return text


def locate(text: str, events: list[dict[str, Any]]) -> list[Located]:
    out = []
    for g in events:
        if isinstance(g.get("sentence_start"), int) and isinstance(g.get("sentence_end"), int):
            out.append(Located(g, (g["sentence_start"], g["sentence_end"])))
            continue
        sent = (g.get("sentence_text") or "").strip()
        start = text.find(sent) if sent else -1
        if start < 0 and sent:  # tolerate whitespace differences
            pattern = r"\s+".join(map(re.escape, sent.split()))
            m = re.search(pattern, text)
            start = m.start() if m else -1
            end = m.end() if m else -1
        else:
            end = start + len(sent)
        out.append(Located(g, (start, end) if start >= 0 else None))
    return out


def _inside(ev: Event, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= ev.trigger.start < span[1]


def score_article(rec: dict[str, Any], doc: Document) -> dict[str, Any]:
    """Counts and per-event judgements for one article (pure: no model)."""
    ents = {e.id: e for e in doc.entities}
    mine = [e for e in doc.events if e.plover]
    located = locate(doc.article.text, rec.get("events") or [])
    used: set[int] = set()
    pairs: list[tuple[dict[str, Any], Event | None, bool]] = []
    for loc in located:
        g = loc.gold
        cands = [
            (k, e)
            for k, e in enumerate(mine)
            if k not in used and e.plover == g.get("plover") and _inside(e, loc.span)
        ]

        def rank(item: tuple[int, Event], g: dict[str, Any] = g) -> tuple[bool, bool, float]:
            e = item[1]
            full = party_ok(g.get("source"), e.actors, ents) and party_ok(
                g.get("target"), e.recipients, ents
            )
            trig = _words(g.get("trigger"))[:1] == _words(e.trigger.text)[:1]
            return full, trig, e.confidence

        if not cands:
            pairs.append((g, None, False))
            continue
        k, ev = max(cands, key=rank)
        used.add(k)
        pairs.append((g, ev, rank((k, ev))[0]))
    matched = [(g, e, full) for g, e, full in pairs if e is not None]
    # duplicates: an unmatched system event repeating another event of the article
    seen: set[tuple[Any, ...]] = set()
    dups = 0
    for k, e in sorted(enumerate(mine), key=lambda ke: ke[0] not in used):
        key = (e.plover, frozenset(e.actors), frozenset(e.recipients), e.date and e.date.value)
        if key in seen and k not in used:
            dups += 1
        seen.add(key)
    ent_rows = []
    for g in rec.get("entities") or []:
        found = find_entity(g["name"], doc.entities)
        ent_rows.append(
            {
                "name": g["name"],
                "found": found is not None,
                "country": None
                if found is None
                else _same_country(g.get("country"), found.country),
                "coded": found is not None and found.country is not None,
                "sector": None
                if found is None or not g.get("sector")
                else _same_sector(g.get("sector"), found),
                "got": None if found is None else f"{found.name} {found.country} {found.sector}",
                "want": f"{g.get('country')} {g.get('sector')}",
            }
        )
    errors = []
    for g, found_ev, full in pairs:
        if found_ev is None or not full:
            errors.append(
                {
                    "sentence": _gold_sentence(g, doc.article.text)[:160],
                    "want": _gold_line(g),
                    "got": _event_line(found_ev, ents) if found_ev is not None else "missed",
                }
            )
    for k, e in enumerate(mine):
        if k not in used:
            errors.append(
                {"sentence": _sentence_of(doc, e)[:160], "want": "-", "got": _event_line(e, ents)}
            )
    roles = [
        (g.get(role), ids)
        for g, e, _ in matched
        for role, ids in (("source", e.actors), ("target", e.recipients))
    ]
    filled = [(g, ids) for g, ids in roles if any(i in ents for i in ids)]
    return {
        "gold": len(pairs),
        "system": len(mine),
        "typed": len(matched),
        "full": sum(full for _, _, full in matched),
        "dyad": sum(
            party_ok(g.get("source"), e.actors, ents, sectors=False)
            and party_ok(g.get("target"), e.recipients, ents, sectors=False)
            for g, e, _ in matched
        ),
        "named": sum(
            party_named(g.get("source"), e.actors, ents)
            and party_named(g.get("target"), e.recipients, ents)
            for g, e, _ in matched
        ),
        "parties_named": [party_named(g, ids, ents) for g, ids in filled],
        "parties_countries": [party_ok(g, ids, ents, sectors=False) for g, ids in filled],
        "parties_left_empty": sum(
            g is not None and not any(i in ents for i in ids) for g, ids in roles
        ),
        "modality": [e.modality == (g.get("modality") or "asserted") for g, e, _ in matched],
        "place": [place_ok(g.get("place"), e) for g, e, _ in matched],
        "date": [date_ok(g.get("date"), e) for g, e, _ in matched],
        "duplicates": dups,
        # the system events that answer a gold event: id -> whether the full tuple is right
        "hits": {e.id: full for _, e, full in matched},
        "entities": ent_rows,
        "errors": errors,
        # matched events with a wrong place or date, for listing (scripts/rescore_articles.py)
        "where_when": [
            {
                "sentence": _sentence_of(doc, e)[:160],
                "trigger": e.trigger.text,
                "place": None
                if place_ok(g.get("place"), e)
                else ((g.get("place") or {}).get("name"), e.location and e.location.name),
                "date": None
                if date_ok(g.get("date"), e)
                else (g.get("date"), e.date and e.date.value),
            }
            for g, e, _ in matched
        ],
        "unlocated": sum(loc.span is None for loc in located),
    }


def _gold_line(g: dict[str, Any]) -> str:
    def party(p: dict[str, Any] | None) -> str:
        return "-" if not p else f"{p.get('name')}[{p.get('country')} {p.get('sector')}]"

    source, target = party(g.get("source")), party(g.get("target"))
    return f"{g.get('plover')} {source} -> {target} ({g.get('trigger')})"


def _event_line(e: Event, ents: dict[str, Entity]) -> str:
    def party(ids: tuple[str, ...]) -> str:
        xs = [ents[i] for i in ids if i in ents]
        return ",".join(f"{x.name}[{x.country} {x.sector}]" for x in xs) or "-"

    return f"{e.plover} {party(e.actors)} -> {party(e.recipients)} ({e.trigger.text})"


def _gold_sentence(g: dict[str, Any], text: str) -> str:
    if g.get("sentence_text"):
        return str(g["sentence_text"])
    return text[g.get("sentence_start", 0) : g.get("sentence_end", 0)]


def _sentence_of(doc: Document, e: Event) -> str:
    for s in doc.sentences:
        if s.start <= e.trigger.start < s.end:
            return doc.article.text[s.start : s.end]
    return e.trigger.text


def _acc(xs: list[bool]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    gold, system = sum(r["gold"] for r in rows), sum(r["system"] for r in rows)
    typed, full = sum(r["typed"] for r in rows), sum(r["full"] for r in rows)
    dyad, named = sum(r["dyad"] for r in rows), sum(r["named"] for r in rows)
    ents = [e for r in rows for e in r["entities"]]
    found = [e for e in ents if e["found"]]
    return {
        "articles": len(rows),
        "gold_events": gold,
        "system_events": system,
        "event_type": prf(typed, system - typed, gold - typed),
        "full_tuple": prf(full, system - full, gold - full),
        "full_tuple_countries": prf(dyad, system - dyad, gold - dyad),
        "full_tuple_named": prf(named, system - named, gold - named),
        "parties": {
            "filled": sum(len(r["parties_named"]) for r in rows),
            "precision_named": _acc([x for r in rows for x in r["parties_named"]]),
            "precision_countries": _acc([x for r in rows for x in r["parties_countries"]]),
            "left_empty": sum(r["parties_left_empty"] for r in rows),
        },
        "modality_accuracy": _acc([x for r in rows for x in r["modality"]]),
        "place_accuracy": _acc([x for r in rows for x in r["place"]]),
        "date_accuracy": _acc([x for r in rows for x in r["date"]]),
        "duplicates": sum(r["duplicates"] for r in rows),
        "entities": {
            "gold": len(ents),
            "found": len(found),
            "country_accuracy": _acc([bool(e["country"]) for e in found]),
            "country_precision": _acc([bool(e["country"]) for e in found if e["coded"]]),
            "sector_accuracy": _acc([bool(e["sector"]) for e in found if e["sector"] is not None]),
        },
        "unlocated_gold_events": sum(r["unlocated"] for r in rows),
    }


def by_topic(scored: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """The same figures for each `topic` of the rows (crime, political, ...); a row without
    one counts under "other"."""
    topics: dict[str, list[dict[str, Any]]] = {}
    for rec, row in scored:
        topics.setdefault(rec.get("topic") or "other", []).append(row)
    return {topic: summarize(rows) for topic, rows in sorted(topics.items())}


def confidence_curve(
    pairs: list[tuple[dict[str, Any], Document]], thresholds: Iterable[float] = THRESHOLDS
) -> list[dict[str, Any]]:
    """Event-type and full-tuple P/R when only events of confidence >= each threshold are kept
    (the matching is redone, so a dropped event frees its gold event for another)."""
    rows = []
    for t in thresholds:
        kept = [
            score_article(
                rec, replace(doc, events=tuple(e for e in doc.events if e.confidence >= t))
            )
            for rec, doc in pairs
        ]
        s = summarize(kept)
        rows.append(
            {
                "threshold": t,
                "events": s["system_events"],
                "event_type": s["event_type"],
                "full_tuple": s["full_tuple"],
            }
        )
    return rows


def evaluate(path: str, *, settings: Settings | None = None, limit: int | None = None) -> dict:
    gold = read_gold("articles", path)
    gold.records = gold.records[:limit]
    try:
        pipeline = Pipeline.build(settings or Settings())
    except PipelineError as exc:
        raise EvalError(f"cannot build the pipeline: {exc}") from exc
    t0 = time.perf_counter()
    read = _read_all(gold, pipeline)
    scored = [(rec, score_article(rec, doc)) for rec, doc in read]
    seconds = time.perf_counter() - t0
    out: dict[str, Any] = {"layer": "articles", "data": path, "records": len(scored)}
    out.update(gold.report(len(scored)))
    parts: dict[str, list[dict[str, Any]]] = {}
    for rec, row in scored:
        parts.setdefault(rec.get("part") or "dev", []).append(row)
    out["all"] = summarize([row for _, row in scored])
    # the rows whose text ships in the repository: the same figures with or without ../shared
    shipped = [row for rec, row in scored if isinstance(rec.get("text"), str)]
    if shipped:
        out["shipped"] = summarize(shipped)
    for part, rows in sorted(parts.items()):
        out[part] = summarize(rows)
        out[part]["by_topic"] = by_topic(
            [(rec, row) for rec, row in scored if (rec.get("part") or "dev") == part]
        )
        out[part]["by_min_confidence"] = confidence_curve(
            [(rec, doc) for rec, doc in read if (rec.get("part") or "dev") == part]
        )
    out["default_min_confidence"] = default_min_confidence()
    dev = [(rec, row) for rec, row in scored if (rec.get("part") or "dev") == "dev"]
    out["dev_errors"] = [
        {"article": rec.get("id"), **err} for rec, row in dev for err in row["errors"]
    ][:MAX_ERRORS]
    out["dev_entity_errors"] = [
        {"article": rec.get("id"), **{k: e[k] for k in ("name", "got", "want")}}
        for rec, row in dev
        for e in row["entities"]
        if e["found"] and not (e["country"] and e["sector"] is not False)
    ][:MAX_ERRORS]
    out["seconds"] = round(seconds, 2)
    return out


def gold_article(rec: dict[str, Any]) -> Article:
    """The article a gold row was coded on: its text (`gold_text`), date, title, address and
    outlet, read as English."""
    return make_article(
        gold_text(rec),
        published=rec.get("published"),
        title=rec.get("title"),
        url=rec.get("url"),
        source=rec.get("source"),
        language="en",
        detect=False,
    )


def _read_all(gold: Gold, pipeline: Pipeline) -> list[tuple[dict[str, Any], Document]]:
    return list(gold.each(lambda rec: pipeline.run(gold_article(rec))))

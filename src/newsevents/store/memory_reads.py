"""The reads of the in-memory store, in Python over the rows DuckDB would hold.

Each method answers as its SQL twin in `query.py` or `charts.py` does: the same filters
(`event_test` mirrors `query.event_where`), the same order, the same fields, dates as ISO
strings. Ties the SQL leaves unordered (the commonest of equally common values) may come out
differently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from .reads import (
    CODE,
    EVENT_FIELDS,
    NETWORK_TYPES,
    Bucket,
    EventQuery,
    Filter,
    SeriesBy,
    check_bucket,
    dates_of,
    graph_result,
    order_key,
    page,
    pick_bucket,
    query_date,
    timeline_result,
    word_pattern,
)
from .rows import SEP
from .sql import jsonable

Row = dict[str, Any]
Test = Callable[[Row, Row], bool]  # (event row, article row) -> keep?


def mode(values: Iterable[Any]) -> Any:
    """The commonest value that is not None (DuckDB's `mode`), or None."""
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def by_count(values: Iterable[Any]) -> dict[Any, int]:
    """Value -> how often, commonest first."""
    return dict(Counter(values).most_common())


def _source_test(source: str) -> Callable[[str | None], bool]:
    """A source filter: the site itself or a subdomain of it (`bbc.co.uk`)."""
    want = source.strip().lower()
    return lambda s: s is not None and (s.lower() == want or s.lower().endswith("." + want))


def _words_test(text: str) -> Callable[[str | None], bool]:
    pattern = re.compile(word_pattern(text))
    return lambda s: s is not None and pattern.search(s) is not None


def event_test(q: EventQuery) -> Test:
    """The filters of `q` as one test of an event row and its article row."""
    tests: list[Test] = []
    if q.actor and q.actor.strip():
        actor = q.actor.strip()
        name, code, codes_too = actor.lower(), SEP + actor.upper(), bool(CODE.fullmatch(actor))
        tests.append(
            lambda e, a: (
                name in (e["actor_text"] or "")
                or (codes_too and code in (e["actor_code_text"] or ""))
            )
        )
    if q.country:
        iso = q.country.strip().upper()
        tests.append(lambda e, a: iso in e["actor_countries"] or iso in e["recipient_countries"])
    if q.plover:
        plover = q.plover.strip().upper()
        tests.append(lambda e, a: (e["plover"] or "").upper() == plover)
    if q.cameo:
        cameo = q.cameo.strip()
        tests.append(lambda e, a: (e["cameo"] or "").startswith(cameo) and e["cameo"] is not None)
    if q.date_from:
        start = query_date(q.date_from, "date_from")
        tests.append(lambda e, a: e["event_date"] is not None and e["event_date"] >= start)
    if q.date_to:
        end = query_date(q.date_to, "date_to")
        tests.append(lambda e, a: e["event_date"] is not None and e["event_date"] <= end)
    if q.modality:
        modality = q.modality.strip().lower()
        tests.append(lambda e, a: e["modality"] == modality)
    if q.text and q.text.strip():
        words = _words_test(q.text)
        tests.append(lambda e, a: words(e["sentence_text"] or a["text"]))
    if q.source:
        source = _source_test(q.source)
        tests.append(lambda e, a: source(a["source"]))
    if q.article_id:
        aid = q.article_id
        tests.append(lambda e, a: e["article_id"] == aid)
    if q.min_confidence is not None:
        least = float(q.min_confidence)
        tests.append(lambda e, a: e["confidence"] is not None and e["confidence"] >= least)
    return lambda e, a: all(t(e, a) for t in tests)


def _date_key(date: dt.date | None) -> tuple[bool, dt.date]:
    """Sorts dates ascending with the unknown last (SQL's NULLS LAST)."""
    return (date is None, date or dt.date.min)


def _fields(row: Row, keys: Iterable[str]) -> Row:
    return {k: jsonable(row[k]) for k in keys}


# `query._ORDER_BY` in Python: the value an event list is sorted on (None sorts last).
_ORDER_VALUES: dict[str, Callable[[Row, Row], Any]] = {
    "date": lambda e, a: e["event_date"],
    "actor": lambda e, a: ", ".join(e["actor_names"] or ()).lower() or None,
    "plover": lambda e, a: e["plover"],
    "title": lambda e, a: a["title"].lower() if a["title"] is not None else None,
}

_TRUNC: dict[str, Callable[[dt.date], dt.date]] = {
    "day": lambda d: d,
    "week": lambda d: d - dt.timedelta(days=d.weekday()),
    "month": lambda d: d.replace(day=1),
    "year": lambda d: dt.date(d.year, 1, 1),
}


class MemoryReads:
    """The Store protocol's reads over `self.tables` (needs `articles_by_id` and `_corpus`)."""

    tables: dict[str, list[Row]]
    articles_by_id: dict[str, Row]
    _corpus: Callable[[], tuple[dict[str, Row], list[Row]]]
    stats: Callable[[], Row]

    # -- events ----------------------------------------------------------------------------

    def _matching(self, q: EventQuery) -> list[tuple[Row, Row]]:
        """(event, article) rows matching `q`, in the stores' order of events."""
        self._corpus()  # sets each event's corpus_event_id
        test, arts = event_test(q), self.articles_by_id
        found = [(e, arts[e["article_id"]]) for e in self.tables["events"]]
        found = [(e, a) for e, a in found if test(e, a)]
        found.sort(key=lambda ea: (_date_key(ea[0]["event_date"]), ea[0]["article_id"],
                                   ea[0]["sentence"], ea[0]["id"]))  # fmt: skip
        field, descending = order_key(q.order)
        if field != "date" or descending:
            value = _ORDER_VALUES[field]
            known = [ea for ea in found if value(*ea) is not None]
            known.sort(key=lambda ea: value(*ea), reverse=descending)  # stable: ties keep order
            found = known + [ea for ea in found if value(*ea) is None]
        return found

    def events(self, query: EventQuery | None = None, **filters: Any) -> list[Row]:
        return self.events_page(query, **filters)[0]

    def events_page(self, query: EventQuery | None = None, **filters: Any) -> tuple[list[Row], int]:
        q = EventQuery.of(query, **filters)
        limit, offset = page(q.limit, q.offset)
        found = self._matching(q)
        rows = [
            {**{c: jsonable((e if t == "e" else a)[c]) for t, c in EVENT_FIELDS},
             "corpus_event_id": e["corpus_event_id"]}
            for e, a in found[offset : offset + limit]
        ]  # fmt: skip
        return rows, len(found)

    def count_events(self, query: EventQuery | None = None, **filters: Any) -> int:
        return len(self._matching(EventQuery.of(query, **filters)))

    # -- articles, actors, quotes, quantities ------------------------------------------------

    def articles(
        self,
        *,
        text: Filter = None,
        source: Filter = None,
        events: EventQuery | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Row]:
        limit, offset = page(limit, offset)
        words = _words_test(text) if text and text.strip() else None
        site = _source_test(source) if source else None
        having = None
        if events is not None:
            test = event_test(events)
            arts_by_id = self.articles_by_id
            having = {
                e["article_id"]
                for e in self.tables["events"]
                if test(e, arts_by_id[e["article_id"]])
            }
        arts = [
            a
            for a in self.articles_by_id.values()
            if (words is None or words(a["text"]) or words(a["title"] or ""))
            and (site is None or site(a["source"]))
            and (having is None or a["id"] in having)
        ]
        newest = sorted(arts, key=lambda a: a["id"])
        newest.sort(key=lambda a: a["published_date"] or dt.date.min, reverse=True)
        newest.sort(key=lambda a: a["published_date"] is None)
        n_events = Counter(e["article_id"] for e in self.tables["events"])
        copies = Counter(d["canonical_id"] for d in self.tables["duplicates"])
        keys = ("id", "url", "source", "title", "published", "language", "author", "site",
                "n_chars", "path", "duplicate_of", "story_id")  # fmt: skip
        return [
            {**_fields(a, keys), "n_events": n_events[a["id"]], "n_copies": copies[a["id"]]}
            for a in newest[offset : offset + limit]
        ]

    def actors(self, *, limit: int = 100, country: str | None = None) -> list[Row]:
        keyed: dict[str, list[Row]] = {}
        for n in self.tables["entities"]:
            if country and (n["country"] or "").upper() != country.upper():
                continue
            keyed.setdefault(n["key"] or n["name"].lower(), []).append(n)
        events = Counter(
            k for e in self.tables["events"] for k in e["actor_keys"] + e["recipient_keys"]
        )
        out = [
            {
                "key": key,
                **{
                    f: mode(n[f] for n in ns) for f in ("name", "type", "country", "sector", "code")
                },
                "n_articles": len({n["article_id"] for n in ns}),
                "n_mentions": sum(n["n_mentions"] for n in ns),
                "n_events": events[key],
            }
            for key, ns in keyed.items()
        ]
        out.sort(key=lambda r: (-r["n_articles"], -r["n_mentions"], r["key"]))
        return out[: int(limit)]

    def _of_articles(self, table: str, article_id: str | None, order: str) -> list[tuple[Row, Row]]:
        """(row, article) of a per-article table, by publication date, article and `order`."""
        arts = self.articles_by_id
        rows = [(r, arts[r["article_id"]]) for r in self.tables[table]]
        rows = [(r, a) for r, a in rows if not article_id or r["article_id"] == article_id]
        rows.sort(key=lambda ra: (_date_key(ra[1]["published_date"]), ra[0]["article_id"],
                                  ra[0][order]))  # fmt: skip
        return rows

    def quotes(
        self, *, article_id: Filter = None, speaker: Filter = None, limit: int = 50, offset: int = 0
    ) -> list[Row]:
        names = {(n["article_id"], n["id"]): n["name"] for n in self.tables["entities"]}
        keys = ("article_id", "id", "speaker", "speaker_name", "speaker_text", "cue_text",
                "kind", "content_start", "content_end", "content_text")  # fmt: skip
        limit, offset = page(limit, offset)
        out = []
        for q, a in self._of_articles("quotes", article_id, "content_start"):
            name = names.get((q["article_id"], q["speaker"]))
            who = speaker.lower() if speaker else ""
            if who in (name or "").lower() or who in (q["speaker_text"] or "").lower():
                out.append({**_fields({**q, "speaker_name": name}, keys), **_article_of(a)})
        return out[offset : offset + limit]

    def quantities(
        self, *, article_id: Filter = None, limit: int = 50, offset: int = 0
    ) -> list[Row]:
        keys = ("article_id", "id", "start", "end", "text", "value", "unit", "approximate",
                "measures", "kind")  # fmt: skip
        limit, offset = page(limit, offset)
        rows = self._of_articles("quantities", article_id, "start")
        return [{**_fields(n, keys), **_article_of(a)} for n, a in rows[offset : offset + limit]]

    # -- corpus-level events -------------------------------------------------------------------

    def corpus_events(self, query: EventQuery | None = None, **filters: Any) -> list[Row]:
        q = EventQuery.of(query, **filters)
        limit, offset = page(q.limit, q.offset)
        merged, _ = self._corpus()
        ids = {e["corpus_event_id"] for e, _ in self._matching(q)}
        found = sorted((merged[i] for i in ids), key=lambda c: c["id"])
        found.sort(key=lambda c: (-c["num_articles"], -c["num_mentions"],
                                  _date_key(c["date_start"])))  # fmt: skip
        return [_fields(c, c) for c in found[offset : offset + limit]]

    def corpus_event(self, corpus_event_id: str) -> Row | None:
        found = self._corpus()[0].get(corpus_event_id)
        return _fields(found, found) if found else None

    def corpus_event_mentions(self, corpus_event_id: str) -> list[Row]:
        copies: dict[str, list[str]] = {}
        for d in self.tables["duplicates"]:
            copies.setdefault(d["canonical_id"], []).append(d["article_id"])
        keys = (
            "corpus_event_id",
            "article_id",
            "event_id",
            "sentence",
            "event_date",
            "modality",
            "attribution_speaker",
            "attribution_text",
            "confidence",
            "copies",
        )
        shown = ("sentence_text", "trigger_start", "trigger_end", "trigger_text", "cameo",
                 "plover")  # fmt: skip
        out = []
        for m in self._corpus()[1]:
            if m["corpus_event_id"] != corpus_event_id:
                continue
            a = self.articles_by_id[m["article_id"]]
            out.append(
                {
                    **_fields(m, keys),
                    **_fields(m["event"], shown),
                    **_article_of(a),
                    "copy_ids": sorted(copies[a["id"]]) if a["id"] in copies else None,
                    "_order": (_date_key(a["published_date"]), a["id"], m["sentence"]),
                }
            )
        out.sort(key=lambda r: r.pop("_order"))
        return out

    # -- charts ------------------------------------------------------------------------------

    def timeline(
        self, query: EventQuery, *, by: SeriesBy = "plover", bucket: Bucket = "auto"
    ) -> Row:
        check_bucket(bucket)
        events = [e for e, _ in self._matching(query)]
        dates = [e["event_date"] for e in events if e["event_date"] is not None]
        first, last = min(dates, default=None), max(dates, default=None)
        size = pick_bucket(first, last) if bucket == "auto" else bucket
        key: Callable[[Row], Any] = (
            (lambda e: e["plover"] or "OTHER") if by == "plover" else (lambda e: e["quad_class"])
        )
        counts = Counter(
            (_TRUNC[size](e["event_date"]), key(e)) for e in events if e["event_date"] is not None
        )
        quads: dict[Any, list[Any]] = {}
        for e in events:
            quads.setdefault(key(e), []).append(e["quad_class"])
        return timeline_result(
            size=size, by=by, first=first, last=last, undated=len(events) - len(dates),
            counts=sorted(((t, k, n) for (t, k), n in counts.items()), key=lambda c: c[0]),
            quads={k: mode(v) for k, v in quads.items()},
        )  # fmt: skip

    def event_network(self, query: EventQuery, *, limit: int = 60) -> Row:
        pairs: dict[tuple[str, str], list[tuple[str, str, Row]]] = {}
        for e, _ in self._matching(query):
            for src, src_name in zip(e["actor_keys"], e["actor_names"], strict=False):
                for dst, dst_name in zip(e["recipient_keys"], e["recipient_names"], strict=False):
                    if src != dst:
                        pairs.setdefault((src, dst), []).append((src_name, dst_name, e))
        edges = []
        for (src, dst), found in pairs.items():
            goldstein = [e["goldstein"] for _, _, e in found if e["goldstein"] is not None]
            edges.append({
                "src": src, "src_name": found[0][0], "dst": dst, "dst_name": found[0][1],
                "weight": len(found), "quad_class": mode(e["quad_class"] for _, _, e in found),
                "goldstein": sum(goldstein) / len(goldstein) if goldstein else None,
            })  # fmt: skip
        return graph_result(self._top(edges, limit), self._places(), directed=True)

    def cooccurrence_network(self, query: EventQuery, *, limit: int = 60) -> Row:
        arts = {e["article_id"] for e, _ in self._matching(query)}
        named: dict[str, dict[str, str]] = {}  # article -> actor key -> a name of it
        for n in self.tables["entities"]:
            if n["article_id"] in arts and n["type"] in NETWORK_TYPES:
                named.setdefault(n["article_id"], {}).setdefault(n["key"], n["name"])
        together: dict[tuple[str, str], set[str]] = {}
        names: dict[str, str] = {}
        for aid, actors in named.items():
            names.update(actors)
            for x in actors:
                for y in actors:
                    if x < y:
                        together.setdefault((x, y), set()).add(aid)
        edges = [
            {"src": x, "src_name": names[x], "dst": y, "dst_name": names[y],
             "weight": len(found), "quad_class": None, "goldstein": None}
            for (x, y), found in together.items()
        ]  # fmt: skip
        return graph_result(self._top(edges, limit), self._places(), directed=False)

    @staticmethod
    def _top(edges: list[Row], limit: int) -> list[Row]:
        return sorted(edges, key=lambda e: (-e["weight"], e["src"], e["dst"]))[:limit]

    def _places(self) -> dict[str, tuple[Any, Any]]:
        """Country and sector (the commonest) of every actor key."""
        keyed: dict[str, list[Row]] = {}
        for n in self.tables["entities"]:
            keyed.setdefault(n["key"], []).append(n)
        return {
            k: (mode(n["country"] for n in ns), mode(n["sector"] for n in ns))
            for k, ns in keyed.items()
        }

    def map_layer(self, query: EventQuery, *, limit: int = 500) -> Row:
        events = [e for e, _ in self._matching(query)]
        places: dict[tuple[Any, ...], list[Row]] = {}
        for e in events:
            lat, lon = e["lat"], e["lon"]
            if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
                place = (e["location_name"], e["location_country"], round(lat, 3), round(lon, 3))
                places.setdefault(place, []).append(e)
        points = [
            {"name": name, "country": country, "lat": lat, "lon": lon, "n": len(evs),
             "plover": mode(e["plover"] for e in evs),
             "quad_class": mode(e["quad_class"] for e in evs)}
            for (name, country, lat, lon), evs in places.items()
        ]  # fmt: skip
        points.sort(key=lambda p: (-p["n"], p["name"] is None, p["name"] or ""))
        countries = Counter(
            e["location_country"].upper() for e in events if e["location_country"] is not None
        )
        return {"points": points[:limit], "countries": dict(countries)}

    def summary(self) -> Row:
        out = dict(self.stats())
        dates = [e["event_date"] for e in self.tables["events"] if e["event_date"] is not None]
        out["event_dates"] = dates_of(min(dates, default=None), max(dates, default=None))
        sources = Counter(a["source"] for a in self.articles_by_id.values() if a["source"])
        out["sources"] = dict(sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))[:50])
        quads = Counter(e["quad_class"] for e in self.tables["events"])
        out["events_by_quad_class"] = {str(k): quads[k] for k in sorted(quads) if k is not None}
        return out


def _article_of(a: Row) -> Row:
    return {k: a[k] for k in ("title", "url", "source", "published")}

"""The read side both stores share: the event filters (`EventQuery`) with their checks, and the
shaping of chart results, so that DuckDB and the in-memory store answer in the same form.

Nothing here touches a database: `query.py` and `charts.py` turn a query into SQL for DuckDB,
`memory_reads.py` into Python over rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, get_args

from ..errors import QueryError, StoreError

MODALITIES = ("asserted", "future", "hypothetical", "negated")
# What event lists can be sorted by; a leading "-" sorts descending (unknown values last either
# way). Ties keep the default order: event date, article, sentence, event.
ORDERS = ("date", "actor", "plover", "title")


@dataclass(frozen=True, kw_only=True)
class EventQuery:
    """Filters on stored events; every one optional. Text filters are case-insensitive."""

    actor: str | None = None  # entity name substring, or actor code / code prefix (USA, USAGOV)
    country: str | None = None  # ISO3 of an actor or recipient
    plover: str | None = None  # PLOVER event type (ASSAULT, CONSULT ...)
    cameo: str | None = None  # CAMEO code prefix ("04" matches 040-046)
    date_from: str | None = None  # ISO date, on event_date (inclusive)
    date_to: str | None = None  # ISO date, on event_date (inclusive)
    modality: str | None = None  # asserted | future | hypothetical | negated
    text: str | None = None  # whole word(s) in the event's sentence
    source: str | None = None  # the article's source (site), exact or a suffix (bbc.co.uk)
    article_id: str | None = None
    order: str = "date"  # date | actor | plover | title, "-" first for descending ("-date")
    # events whose confidence (the calibrated score of layers/events/confidence.py) is at least
    # this; None keeps them all (the front ends default to `default_min_confidence()`)
    min_confidence: float | None = None
    limit: int = 50
    offset: int = 0

    @classmethod
    def of(cls, query: EventQuery | None = None, **filters: Any) -> EventQuery:
        """A query from an optional base query overridden by keyword filters."""
        unknown = set(filters) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise TypeError(f"unknown event filter(s): {', '.join(sorted(unknown))}")
        base = query or cls()
        return dataclasses.replace(base, **{k: v for k, v in filters.items() if v is not None})

    def checked(self) -> EventQuery:
        """This query, once every filter holds a value some event could have; a QueryError
        names the first that does not (`plover="FOO"`, `country="xx"`, `cameo="zz"`, a date
        that is not ISO). The stores do not call it (a value no event has simply matches none);
        the CLI and the web API do, so that a typo is an error, not an empty answer."""
        if self.plover is not None and self.plover.strip().upper() not in plover_types():
            raise QueryError("plover", self.plover, f"one of {', '.join(plover_types())}")
        if self.country is not None:
            check_country(self.country)
        if self.cameo is not None:
            cameo = self.cameo.strip()
            if cameo not in cameo_prefixes():
                raise QueryError(
                    "cameo", self.cameo, "a CAMEO code or code prefix: digits, 01 to 20 (04, 042)"
                )
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                query_date(value, name)
        if self.modality is not None and self.modality.strip().lower() not in MODALITIES:
            raise QueryError("modality", self.modality, f"one of {', '.join(MODALITIES)}")
        order_key(self.order)
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise QueryError("min_confidence", self.min_confidence, "a number from 0 to 1")
        page(self.limit, self.offset)
        return self


def order_key(order: str) -> tuple[str, bool]:
    """(field, descending) of an `order` ("-date" -> ("date", True)); a QueryError otherwise."""
    key = order.strip().lower()
    field, descending = (key[1:], True) if key.startswith("-") else (key, False)
    if field not in ORDERS:
        choices = ", ".join(f"{o}, -{o}" for o in ORDERS)
        raise QueryError("order", order, f"one of {choices}")
    return field, descending


def check_country(value: str) -> str:
    """`value` if it is a country code an actor can have (USA, a region such as EUR, or IGO);
    a QueryError otherwise."""
    if value.strip().upper() not in country_codes():
        raise QueryError("country", value, "a three-letter ISO country code (USA, GBR, RUS ...)")
    return value


@cache
def plover_types() -> tuple[str, ...]:
    from ..ontology.events import PLOVER_TYPES

    return tuple(sorted(PLOVER_TYPES))


@cache
def cameo_prefixes() -> tuple[str, ...]:
    """Every CAMEO code and every prefix of one ("0", "04", "042"): what `cameo` takes."""
    from ..jsonl import read_jsonl
    from ..ontology.loader import DATA_DIR

    rows = read_jsonl(DATA_DIR / "cameo_codes.jsonl", error=StoreError)
    codes = [row["code"] for _, row in rows if isinstance(row, dict) and "code" in row]
    return tuple(sorted({code[:n] for code in codes for n in range(1, len(code) + 1)}))


@cache
def country_codes() -> tuple[str, ...]:
    """Every code an actor's `country` can hold: the countries, the regions and the non-state
    codes of the actor dictionaries."""
    from ..ontology import actors as kb
    from ..ontology.loader import read_jsonl

    codes = {row["iso3"] for row in read_jsonl("countries.jsonl", kb.COUNTRY_SCHEMA)}
    for name, schema in (
        ("regions.jsonl", kb.REGION_SCHEMA),
        ("country_aliases.jsonl", kb.ALIAS_SCHEMA),
        ("demonyms.jsonl", kb.DEMONYM_SCHEMA),
    ):
        codes.update(row["code"] for row in read_jsonl(name, schema))
    return tuple(sorted(codes | kb.NON_STATE))


# The columns of an event as the stores return it: (table, column); `e` is the event, `a` its
# article. DuckDB adds `corpus_event_id`.
EVENT_FIELDS: tuple[tuple[str, str], ...] = (
    *(("e", c) for c in (
        "article_id", "id", "sentence", "sentence_text", "trigger_start", "trigger_end",
        "trigger_text", "cameo", "cameo_root", "plover", "plover_mode", "plover_context",
        "quad_class", "goldstein", "actor_names", "actor_codes", "recipient_names",
        "recipient_codes", "modality", "location_name", "location_country", "lat", "lon",
        "date_text", "date_value", "event_date", "attribution_speaker", "attribution_text",
        "confidence", "fatal", "killed",
    )),
    *(("a", c) for c in ("title", "url", "source", "published")),
)  # fmt: skip

# An optional filter value (a text, a source, an id), in the read methods' signatures.
Filter = str | None

# What an actor code looks like (ISO3 + sectors): such a filter matches codes as well as names.
CODE = re.compile(r"[A-Za-z]{3,12}")


def query_date(value: str, name: str) -> dt.date:
    """The date of a `date_from` / `date_to` filter; anything else is a StoreError."""
    try:
        return dt.date.fromisoformat(value[:10])
    except (ValueError, TypeError):
        raise QueryError(name, value, "an ISO date (YYYY-MM-DD)") from None


def page(limit: int, offset: int) -> list[int]:
    """A checked (limit, offset) pair."""
    if limit < 0 or offset < 0:
        name, value = ("limit", limit) if limit < 0 else ("offset", offset)
        raise QueryError(name, value, "0 or more")
    return [int(limit), int(offset)]


def word_pattern(text: str, *, whole: bool = True) -> str:
    """A pattern (RE2 and Python alike) matching `text` as whole words, case-insensitively; with
    `whole=False` the same words anywhere (a cheaper test every whole-word match also passes)."""
    edge = r"\b" if whole else ""
    return r"(?i)" + edge + r"\s+".join(re.escape(w) for w in text.split()) + edge


# -- charts -----------------------------------------------------------------------------------

Bucket = Literal["auto", "day", "week", "month", "year"]
SeriesBy = Literal["plover", "quad_class"]
NetworkKind = Literal["events", "cooccurrence"]
# Entity types drawn in the co-occurrence network.
NETWORK_TYPES = ("PERSON", "ORG", "GPE", "NORP")


def check_bucket(bucket: str) -> None:
    if bucket not in get_args(Bucket):  # DuckDB's date_trunc takes the size as SQL text
        raise ValueError(f"bucket must be one of {', '.join(get_args(Bucket))}, not {bucket!r}")


def pick_bucket(first: dt.date | None, last: dt.date | None) -> str:
    """A bucket size giving roughly 10-120 bars for the span of dates shown."""
    if first is None or last is None:
        return "month"
    days = (last - first).days
    if days <= 90:
        return "day"
    if days <= 2 * 365:
        return "week"
    if days <= 15 * 365:
        return "month"
    return "year"


def timeline_result(
    *,
    size: str,
    by: str,
    first: dt.date | None,
    last: dt.date | None,
    undated: int,
    counts: Iterable[tuple[dt.date, Any, int]],
    quads: Mapping[Any, Any],
) -> dict[str, Any]:
    """The timeline answer from (bucket start, series key, count) rows, biggest series first."""
    series: dict[Any, list[dict[str, Any]]] = {}
    for t, k, n in counts:
        series.setdefault(k, []).append({"t": t.isoformat(), "n": n})
    ordered = sorted(series.items(), key=lambda kv: (-sum(p["n"] for p in kv[1]), str(kv[0])))
    return {
        "bucket": size,
        "by": by,
        **dates_of(first, last),
        "undated": undated,
        "series": [{"key": k, "quad_class": quads.get(k), "points": pts} for k, pts in ordered],
    }


def graph_result(
    edges: list[dict[str, Any]],
    places: Mapping[str, tuple[str | None, str | None]],
    *,
    directed: bool,
) -> dict[str, Any]:
    """Nodes (weight = their edges' weights; country and sector from `places`) and edges."""
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        for end in ("src", "dst"):
            node = nodes.setdefault(
                edge[end], {"id": edge[end], "name": edge[f"{end}_name"], "weight": 0}
            )
            node["weight"] += edge["weight"]
    for key, (country, sector) in places.items():
        if key in nodes:
            nodes[key]["country"], nodes[key]["sector"] = country, sector
    return {
        "directed": directed,
        "nodes": sorted(nodes.values(), key=lambda n: (-n["weight"], n["id"])),
        "edges": [
            {
                "source": e["src"],
                "target": e["dst"],
                "weight": e["weight"],
                "quad_class": e["quad_class"],
                "goldstein": e["goldstein"],
            }
            for e in edges
        ],
    }


def dates_of(first: dt.date | None, last: dt.date | None) -> dict[str, str | None]:
    """A date range as ISO strings (None where unknown)."""
    return {
        "first": first.isoformat() if first else None,
        "last": last.isoformat() if last else None,
    }

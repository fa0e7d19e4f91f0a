"""Which real place a toponym names: candidates ranked the way a careful reader would.

A candidate's score adds up, from weakest to strongest evidence:
1. its kind and size: a country, then a US state or continent, then a city by its population
   (log scale), so "Paris" is the French capital before a Texas town of 25,000;
2. a place found under an alternate name only ("Ukraine" is also a Spanish village's
   alternate name) loses to one of that name;
3. the article's other places: a candidate in a country the article names, or inside a US
   state it names, gains: a US state in an article about the US ("the governor of Georgia" in
   a story from Atlanta); the outlet's national domain counts as one such place (".ie"); a
   state named elsewhere does not lift a town over a city of its name and country thirty
   times its size ("Atlanta" beside "Texas" is Georgia's), nor, named once, over such a city
   abroad ("Paris" beside one "Tennessee" is France's), unless the article names the town
   with its state ("Atlanta, Texas");
4. the words beside it: "Atlanta, Georgia" (a container after a comma), "the Ukrainian city
   of Kharkiv" (a nationality or country in the same phrase) point at a place inside it.
The article's context is read from the mentions that need none (one candidate, or a country
of that very name) before the ambiguous ones are ranked.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ...ontology.actors import lexicon
from ...ontology.reading import place_words
from .gazetteer import Candidate, Gazetteer, name_key
from .mentions import Mention, street_word

# A city scores log10(population) (10 million -> 7, 5,000 -> 3.7); a country as a city of 100
# million, a continent likewise, a US state as one of 3 million; a national capital gains.
KIND_PRIOR = {"country": 8.0, "admin1": 6.5, "admin2": 5.0, "other": 8.0}
CAPITAL = 1.5
ALIAS_COST = 3.0
CONTEXT_COUNTRY = 2.0
CONTEXT_STATE = 2.0
CONTAINER = 5.0
# a city this many times as populous as a town of its name in the same country is what the name
# alone means, wherever the article's other places lie: "Atlanta" is Georgia's beside "Texas",
# "Louisville" Kentucky's beside "Ohio" (the state's weight, 2.0, is a hundredfold population)
NAMESAKE_RATIO = 30
# a state that lifts a town over a namesake abroad thirty times its size is named twice, or with
# a sure place of it: a state named once ("Senator Lamar Alexander of Tennessee") does not
STATE_BACKING = 2
COORDINATED = 2.0
SEAT_MARGIN = 0.5
SEAT_KM = 50.0
# "Oaxaca State", "Kharkiv Oblast": the first-order division of that name.
DIVISION_WORDS = frozenset(place_words()["division_nouns"])
# The adjectives of the United Kingdom's nations name the nation (a first-order division).
NATIONS: dict[str, str] = place_words()["nation_adjectives"]
POSTAL = re.compile(r"[A-Z]{2}")  # a US state's postal code ("DC", "TX")
DIRECTIONS = frozenset(place_words()["compass"] + place_words()["compass_hyphenated"])
PART_CITY_POPULATION = 100_000
# divisions English also writes as a word ("Delta", "Plateau"): never the part of a longer name
DIVISION_HOMONYMS = frozenset(place_words()["division_homonyms"])
# the cities news names by an abbreviation GeoNames also lists ("NYC"; most such are airport
# codes: "GAO" Guantánamo, "ABC" Albacete)
CITY_ABBREVIATIONS = frozenset(place_words()["city_abbreviations"])
# the seats of government, landmarks and airports news names as places ("White House",
# "Kremlin", "Heathrow") -> the GeoNames id of the city each stands in or serves
SITE_CITIES: dict[str, int] = {name_key(k): v for k, v in place_words()["site_cities"].items()}
# What is named after a place and need not lie in it ("Mississippi River", "Atlantic Avenue").
# the nouns of a sea's name ("Pacific Ocean", "Persian Gulf"): the land named after a sea is no
# part of it ("Pacific Northwest", "Atlantic Canada", "Gulf Coast")
WATER_WORDS = frozenset(place_words()["water_words"])
NAMED_AFTER = frozenset(place_words()["named_after"] + place_words()["street_words"])
# GeoNames writes 0 for a population it does not know (most towns of Syria, "Ra’s al ‘Ayn"),
# and its cities1000 file holds places of 1,000+ people or seats of divisions: such a town found
# under its Arabic romanization (`gazetteer.arabic_key`; other towns under 15,000 people have no
# alternate names) is ranked as one of 1,000 people, not as an empty place. Not a town found
# under its own name: a hamlet's unknown population would put "Norbury" in doubt.
UNKNOWN_POPULATION = 1_000
# an ambiguous name chosen this surely counts as the article's context: a hospital's town Irish
# three times in four makes the stabbing's town the Irish one ("Dundalk", "Dundrum"); on the
# GeoWebNews dev set 0.7 resolves more names rightly than 0.9 (exact id 0.9067 -> 0.9082)
SURE = 0.7
# What lies between a nationality (or country) and the place it qualifies.
PLACE_OF = re.compile(
    r"(?:['\u2019]s)?\s+(?:\w+\s+)?(?:city|town|village|capital|province|region|port|district"
    r"|state|county)\s+of\s+",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Choice:
    candidate: Candidate
    confidence: float
    evidence: str


def prior(c: Candidate, *, capital: bool = False) -> float:
    if c.feature in ("admin1", "admin2") and c.population:
        # a division as large as its cities, up to a US state's (a county's) prior
        base = min(KIND_PRIOR[c.feature], math.log10(c.population))
    else:
        unknown = c.alias and not c.population
        base = KIND_PRIOR.get(c.feature) or math.log10(
            UNKNOWN_POPULATION if unknown else max(c.population, 10)
        )
    if c.alias:
        return base - ALIAS_COST
    return base + (CAPITAL if capital else 0.0)


class Resolver:
    """Ranks each mention's candidates against the article's other places."""

    def __init__(
        self, gaz: Gazetteer, mentions: list[Mention], text: str, *, outlet: str | None = None
    ) -> None:
        self.gaz = gaz
        self.text = text
        self.mentions = mentions
        self.cands = [self._candidates(m) for m in mentions]
        # "Church Street", "Union Square", "Park Avenue": a street's or a square's name is the
        # street's, not the GeoNames town or neighbourhood of that name (a ward of London, a
        # suburb in Australia) nor a place it is an alternate name of ("Vermont St." is no
        # state), unless a state or country after a comma holds the town ("Kennett Square,
        # Pennsylvania") or, once the article's sure places are read, the article names its
        # state, sure of it or in all readings of a name ("Times Square" in a New York story)
        streets: dict[int, list[Candidate]] = {}
        for k, m in enumerate(mentions):
            if _street_name(m.text):
                streets[k] = [c for c in self.cands[k] if not c.alias]
                container = self._container(k)
                self.cands[k] = [c for c in streets[k] if any(_inside(c, b) for b in container)]
        # the towns the article names with their state after a comma ("Louisville, Ohio"): a
        # later "Louisville" alone is that town
        self.qualified = {
            c.geonames_id
            for k, cands in enumerate(self.cands)
            for c in cands
            if any(_inside(c, b) for b in self._container(k))
        }
        self.countries: Counter[str] = Counter()
        self.states: Counter[tuple[str | None, str | None]] = Counter()
        self.near_states: Counter[tuple[str | None, str | None]] = Counter()
        if outlet:  # the outlet's country counts as one place the article names
            self.countries[outlet] += 1
        for m, cands in zip(mentions, self.cands, strict=True):
            sure = _unambiguous(cands)
            if sure is not None:
                # a place inside a name ("the Texas Rangers") says less of where the story is:
                # its country counts, its state does not
                self._note(sure, state=m.source != "embedded")
            elif m.country:
                self.countries[m.country] += 1
        # then the ambiguous names a reader is sure of anyway ("Atlanta" is the big one)
        for k, cands in enumerate(self.cands):
            if len(cands) > 1 and _unambiguous(cands) is None:
                choice = self._choose(k)
                if choice is not None and choice.confidence >= SURE:
                    self._note(choice.candidate)
        named = set(self.near_states) | {
            state
            for j, cands in enumerate(self.cands)
            if j not in streets and (state := _one_state(cands)) is not None
        }
        for k, cands in streets.items():
            if not self.cands[k]:
                self.cands[k] = [c for c in cands if (c.country, c.admin1) in named]

    def _candidates(self, m: Mention) -> list[Candidate]:
        if m.region:
            return [c for c in self.gaz.candidates(m.region) if not c.alias]
        if m.country:  # a nationality word
            nation = NATIONS.get(m.text.lower())
            if nation:  # "English" is England's, not the whole United Kingdom's
                own = [c for c in self.gaz.candidates(nation) if c.feature == "admin1"]
                if own and own[0].country == m.country:
                    return own[:1]
            c = self.gaz.country(m.country)
            return [c] if c else []
        seat = SITE_CITIES.get(name_key(m.text))
        if seat is not None:
            # "the White House" is in Washington, not White House, Tennessee; "Heathrow airport"
            # is London's, not Heathrow, Florida
            city = self.gaz.place(seat)
            return [city] if city else []
        cands = self.gaz.candidates(m.text) or self._compound(m.text)
        return self._abbreviated(m.text, cands)

    def _abbreviated(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """An abbreviation ("EU", "UK"; with its dots, "U.K.", or a sentence's end cutting the
        last: "U.S") names no town written in small letters ("Eu", "Us", "Uk"), nor a city
        GeoNames lists under its airport code ("GAO" is the US Government Accountability
        Office, not Guantánamo; "ABC", "CNN", "ST"), but a country or a state ("UAE", "DRC")
        and the cities news writes so (`city_abbreviations`: "NYC")."""
        bare = text.replace(".", "")
        if (
            not bare.isupper()
            or not bare.isalpha()
            or len(bare) > 3
            or text in self.gaz.abbreviations  # "D.C.", "N.Y.": the state, as written
        ):
            return cands
        return [
            c
            for c in cands
            if c.name.isupper() or (c.alias and (c.feature != "city" or bare in CITY_ABBREVIATIONS))
        ]

    def _compound(self, text: str) -> list[Candidate]:
        """A name the parser kept in one piece: "Washington, DC" is Washington inside DC;
        "Kunduz city" is the city of Kunduz."""
        head, comma, tail = text.partition(",")
        if comma:
            outer = [c for c in self.gaz.candidates(tail.strip()) if not c.alias]
            inner = [c for c in self.gaz.candidates(head) if any(_inside(c, o) for o in outer)]
            state = self.gaz.states.get(("USA", tail.strip()))
            if not inner and state is not None and POSTAL.fullmatch(tail.strip()):
                # "Washington, DC", "Irving, TX": a US state by its postal code, after a comma
                # only (alone, "CA" or "IN" is as often no place)
                outer = [state]
                inner = [c for c in self.gaz.candidates(head) if _inside(c, state)]
            # "Thruxton, Hampshire": a place the gazetteer lacks lies in the one after the comma
            return inner or ([] if self.gaz.candidates(head) else outer)
        words = text.split()
        if len(words) > 1 and words[-1].lower() == "city":
            return [c for c in self.gaz.candidates(" ".join(words[:-1])) if c.feature == "city"]
        if len(words) > 1 and words[-1].lower() in DIVISION_WORDS:  # "Oaxaca State"
            return [c for c in self.gaz.candidates(" ".join(words[:-1])) if c.feature == "admin1"]
        return self._part(words)

    def _part(self, words: list[str]) -> list[Candidate]:
        """A name no place is called: the place it is part of or begins with. Direction words
        name a part of the place after them ("north west London", "South Florida", "the Western
        US"); else the place its first words name ("St. Louis Police", "Marathon County
        Sheriff"), else its last words ("Local Ireland"). Each part a known place under its own
        name (or a country's name); a lone word of a city under 100,000 people is too weak. A
        street, river or building named after a place is not in it, nor an embassy "of" it, nor
        a world region of the country dictionaries in the place its words name, nor a land named
        after a sea in the sea ("Pacific Northwest", "Atlantic Canada": Canada)."""
        lex = lexicon()
        if lex.countries.get(name_key(" ".join(words))) in lex.regions:
            return []  # a region the gazetteer lacks: "Latin America" is no part of America
        rest = list(words)
        while len(rest) > 1 and name_key(rest[0]).replace(" ", "-") in DIRECTIONS:
            rest = rest[1:]
        if len(rest) < len(words):
            return self._named(" ".join(rest), 1)
        if words[-1].lower() in NAMED_AFTER or "of" in words:
            return []  # "Mississippi River", "Atlantic Avenue", "Embassy of Armenia"
        for n in range(len(words) - 1, 0, -1):
            # a sea's name before or after another name is a land's ("Pacific Northwest",
            # "Atlantic Canada"); before a word in small letters, a part of the sea ("Pacific
            # equatorial")
            cands = self._named(
                " ".join(words[:n]), n, land=all(w[:1].isupper() for w in words[n:])
            ) or self._named(" ".join(words[-n:]), n, land=all(w[:1].isupper() for w in words[:-n]))
            if cands:
                return cands
        return []

    def _named(self, name: str, n: int, *, land: bool = False) -> list[Candidate]:
        """The places `name` (part of a longer name) names, as found under a name not their
        own (`alias`: the main event's "where" does not take "St. Louis Police" for a city)."""
        return [c._replace(alias=True) for c in self._places_named(name, n, land=land)]

    def _places_named(self, name: str, n: int, *, land: bool = False) -> list[Candidate]:
        if not name[:1].isupper() or name_key(name) in DIVISION_HOMONYMS:
            return []  # "Plateau Palace" is no part of Nigeria's Plateau State
        cands = [c for c in self.gaz.candidates(name) if not c.alias or c.feature == "country"]
        if land:  # "Pacific" of "Pacific Northwest" is no part of the ocean
            cands = _land(cands)
        if n == 1 and not any(
            c.feature != "city" or c.population >= PART_CITY_POPULATION for c in cands
        ):
            return []
        return cands

    def _note(self, c: Candidate, *, state: bool = True) -> None:
        if c.country:
            self.countries[c.country] += 1
        if c.feature == "admin1" and state:
            self.states[(c.country, c.admin1)] += 1
        if c.feature != "country" and c.admin1 and state:
            # a county is read against the states the article's sure places lie in
            # ("Owensboro ... McLean County": Kentucky's); a city against named states only
            self.near_states[(c.country, c.admin1)] += 1

    def resolve(self) -> list[Choice | None]:
        return [self._choose(k) for k in range(len(self.mentions))]

    def _choose(self, k: int) -> Choice | None:
        cands = self.cands[k]
        if not cands:
            return None
        m = self.mentions[k]
        container = self._container(k)
        phrase_country = m.country or self._phrase_country(k)
        contained = self._before_comma(k)
        peers = self._coordinated(k)
        key = name_key(m.text)
        scored = []
        for c in cands:
            capital = c.geonames_id in self.gaz.capitals and name_key(c.name) == key
            score, why = prior(c, capital=capital), [_kind(c, capital)]
            if c.alias:
                why.append("alternate name")
            inside = next((b for b in container if _inside(c, b)), None)
            if inside is not None:
                score += CONTAINER
                why.append(f"in {inside.name}")
            elif (
                contained
                and c.feature in ("country", "admin1")
                and any(_inside(x, c) for x in contained)
            ):
                score += CONTAINER
                why.append("contains the place before it")
            elif phrase_country and c.country == phrase_country and c.feature != "country":
                score += CONTAINER
                why.append(f"phrase names {phrase_country}")
            if any(c.feature == x.feature and c.country == x.country for x in peers):
                score += COORDINATED
                why.append(f"beside {peers[0].name}")
            if self._others(c.country) > 0:
                score += CONTEXT_COUNTRY
                why.append(f"article names {c.country}")
            if (
                c.feature == "city"
                and self.states[(c.country, c.admin1)] > 0
                and (c.geonames_id in self.qualified or not self._overshadowed(c, cands))
            ) or (c.feature == "admin2" and self.near_states[(c.country, c.admin1)] > 0):
                score += CONTEXT_STATE
                why.append(f"article names state {c.admin1}")
            scored.append((score, c, why))
        total = {id(c): score for score, c, _ in scored}
        for k, (score, c, why) in enumerate(scored):
            seat = _seat(c, cands, key)
            if seat is not None and score > total[id(seat)] - SEAT_MARGIN:
                # "Hamburg", "Geneva", "Puebla": the city, not the division named after it
                why.append(f"its city {seat.name} is meant")
                scored[k] = (total[id(seat)] - SEAT_MARGIN, c, why)
        scored.sort(key=lambda s: (-s[0], -s[1].population))
        best_score, best, why = scored[0]
        mass = sum(math.exp(s - best_score) for s, _, _ in scored)
        return Choice(best, round(1.0 / mass, 3), "; ".join(why))

    def _overshadowed(self, c: Candidate, cands: list[Candidate]) -> bool:
        """A state the article names does not make the name c's where a city of the name
        thirty times c's size stands among the candidates: in c's country wherever the state is
        named (`_outranked`), abroad where the article names the state once only and no sure
        place in it ("Paris" in an article naming "Senator Lamar Alexander of Tennessee" once is
        the French capital, not Paris, Tennessee; "Vienna" beside Virginia and its towns is
        Virginia's)."""
        if _outranked(c, cands):
            return True
        return self.near_states[(c.country, c.admin1)] < STATE_BACKING and _outranked(
            c, cands, abroad=True
        )

    def _others(self, country: str | None) -> int:
        """How often the article's unambiguous places lie in `country` (a place with one
        candidate only needs no context, so counting itself changes nothing)."""
        return self.countries[country] if country else 0

    def _before_comma(self, k: int) -> list[Candidate]:
        """ "Atlanta, Georgia": the candidates of the place before the comma, which Georgia
        should contain."""
        if k == 0 or self.text[self.mentions[k - 1].end : self.mentions[k].start].strip() != ",":
            return []
        return [c for c in self.cands[k - 1] if not c.alias and c.feature == "city"]

    def _coordinated(self, k: int) -> list[Candidate]:
        """ "California or Washington", "Texas and Georgia": places joined by "and"/"or" are of
        one kind: the state or country beside this mention (its kind and country count)."""
        out = []
        for j in (k - 1, k + 1):
            if 0 <= j < len(self.mentions):
                a, b = sorted((self.mentions[j], self.mentions[k]), key=lambda m: m.start)
                if self.text[a.end : b.start].strip() in ("and", "or"):
                    # its most prominent reading, context aside ("California" the state)
                    own = [c for c in self.cands[j] if not c.alias]
                    best = max(own, key=prior, default=None)
                    if best is not None and best.feature in ("country", "admin1"):
                        out.append(best)
        return out

    def _phrase_country(self, k: int) -> str | None:
        """ "the Ukrainian city of Kharkiv", "Syria's province of Idlib": the country of a
        nationality word or country name just before a place noun and "of"."""
        if k == 0:
            return None
        m, prev = self.mentions[k], self.mentions[k - 1]
        if not PLACE_OF.fullmatch(self.text[prev.end : m.start]):
            return None
        if prev.source == "demonym":
            return prev.country
        sure = _unambiguous(self.cands[k - 1])
        return sure.country if sure is not None and sure.feature == "country" else None

    def _container(self, k: int) -> list[Candidate]:
        """ "Atlanta, Georgia": the states and countries the next mention, after a comma, may be
        (Georgia the country and the US state alike: the one Atlanta lies in is meant)."""
        if k + 1 >= len(self.mentions):
            return []
        m, nxt = self.mentions[k], self.mentions[k + 1]
        if self.text[m.end : nxt.start].strip() != ",":
            return []
        return [c for c in self.cands[k + 1] if c.feature in ("country", "admin1") and not c.alias]


def _outranked(c: Candidate, cands: list[Candidate], *, abroad: bool = False) -> bool:
    """A city of c's name and country (`abroad`: of another country) at least `NAMESAKE_RATIO`
    times as populous as c stands among the candidates ("Atlanta", Georgia, 460,000 people,
    beside Atlanta, Texas, 5,700): an article naming c's state elsewhere does not make the name
    c's."""
    return any(
        x.feature == "city"
        and not x.alias
        and (x.country != c.country if abroad else x.country == c.country)
        and x.population >= NAMESAKE_RATIO * max(c.population, 1)
        for x in cands
    )


def _street_name(text: str) -> bool:
    """The name ends in a capitalised street or square word ("Church Street", "Park Ave.")."""
    words = text.split()
    return len(words) > 1 and street_word(words[-1])


def _one_state(cands: list[Candidate]) -> tuple[str | None, str | None] | None:
    """The state every reading of a name lies in ("New York": the city, the county and the
    state are all New York's), if one."""
    states = {(c.country, c.admin1) for c in cands if not c.alias and c.feature != "country"}
    if len(states) == 1 and not any(c.feature == "country" for c in cands if not c.alias):
        state = next(iter(states))
        return state if state[1] else None
    return None


def _land(cands: list[Candidate]) -> list[Candidate]:
    """The candidates that are no sea ("Pacific" of "Pacific Northwest" is the ocean only)."""
    return [
        c
        for c in cands
        if c.feature != "other" or not WATER_WORDS.intersection(name_key(c.name).split())
    ]


def _kind(c: Candidate, capital: bool) -> str:
    if c.feature == "city":
        return "capital" if capital else "population"
    return c.feature


def _seat(c: Candidate, cands: list[Candidate], key: str) -> Candidate | None:
    """A city of the name as written inside the division `c` (Hamburg in Hamburg, Kharkiv in
    Kharkiv Oblast; a county's city within SEAT_KM of its middle: Rockingham)."""
    if c.feature not in ("admin1", "admin2"):
        return None
    for x in cands:
        if x.feature != "city" or x.alias or name_key(x.name) != key:
            continue
        if c.feature == "admin1" and _inside(x, c):
            return x
        if c.feature == "admin2" and _inside(x, c) and _km(x, c) <= SEAT_KM:
            return x
    return None


def _km(a: Candidate, b: Candidate) -> float:
    p = math.pi / 180
    h = (
        math.sin((b.lat - a.lat) * p / 2) ** 2
        + math.cos(a.lat * p) * math.cos(b.lat * p) * math.sin((b.lon - a.lon) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def _unambiguous(cands: list[Candidate]) -> Candidate | None:
    own = [c for c in cands if not c.alias]
    if len(own) == 1 and (own[0].feature != "city" or len(cands) == 1):
        return own[0]
    countries = [c for c in own if c.feature == "country"]
    return countries[0] if len(countries) == 1 and len(own) == 1 else None


def _inside(c: Candidate, container: Candidate) -> bool:
    if container.feature == "country":
        return c.country == container.country and c.feature != "country"
    return c.country == container.country and c.admin1 == container.admin1 and c is not container

"""Toponym mentions: the words of an article that name a place.

Three sources, in order; a later one never overlaps an earlier one:
1. the parser's GPE, LOC and FAC names, cut to the name itself ("the Gaza Strip's" -> "Gaza
   Strip"), unless the entity layer decided the words name a person or an organisation, or the
   name is begun with a small letter ("eGA", "itu": `_small_initial`) or reads as a person's
   given name the gazetteer holds no place of ("Yulia", "Helen Kunz": `_given_name`) or a
   holiday's ("the Easter Vigil": `_holiday`), or names a storm ("Hurricane Georges", the
   hurricanes "Harvey, Irma and Maria": `_storm_names`, which also holds for the sources below);
   a saint's name cut at its possessive before a building word runs to that word ("St.
   Peter's Basilica": `_dedicated`);
2. nationality adjectives before a noun ("Ukrainian troops", "the Irish population"): they stand
   for their country (a people as a noun, "Ukrainians", is no place);
3. the gazetteer's own finds among capitalised words the parser left unnamed: a country, a US
   state, a continent, or a city of 100,000+ people under its own name ("in Kharkiv").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...ontology.actors import lexicon
from ...ontology.normalize import norm
from ...ontology.reading import place_words, timex_words
from ...records import Document, NamedSpan, Token
from ..initials import ACRONYM_SKIPS, bracketed, spells
from .gazetteer import ARABIC_COUNTRIES, Gazetteer, arabic_key, name_key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACE_TYPES = frozenset({"PERSON", "ORG"})
# the roles of a doer and of an owner ("Wavepiston installed", "Kemira's centre"): a name the
# gazetteer cannot place that fills one names a party, not a place (`unplaced_party`)
PARTY_ROLES = frozenset({"nsubj", "nsubjpass", "poss"})
# the possessive endings a name may carry ("Olaopa's", "Modi’s")
POSSESSIVE_ENDINGS = ("'s", "’s")
# Names a place may lie inside ("the Bank of Japan", "US dollars", "the Paris Agreement").
NAME_LABELS = frozenset({"ORG", "MONEY", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART", "FAC"})
# A city found only by the gazetteer must be this large: smaller towns share their names with
# people and things ("Mobile", "Reading") more often than a reader means the town.
FOUND_CITY_POPULATION = 100_000
# An organisation named with one of these words is a school, which lies in a city.
SCHOOL_WORDS = frozenset(place_words()["school_words"])
# the Arabic nouns of the land that begin place names ("Ras", "Ain", "Tell": `_arabic_place`)
ARABIC_PLACE_WORDS = frozenset(place_words()["arabic_place_words"])
# the last words of a street's or a square's name ("Albany Ave.", "Church Street")
STREET_WORDS = frozenset(place_words()["street_words"])
# a saint's title ("St. Peter's Basilica") and the words of what is named after a saint or a place
SAINT_TITLES = frozenset(place_words()["saint_titles"])
SITE_WORDS = frozenset(place_words()["named_after"]) | STREET_WORDS
# divisions English also writes as a word or another body's name ("Delta", "Plateau"): a place
# only where the parser names one
DIVISION_HOMONYMS = frozenset(place_words()["division_homonyms"])
# the holidays and feasts of the calendar (timex_words.json: "Easter", "Christmas"): a name they
# begin is the day's or its service's ("the Easter Vigil", "Easter Sunday Mass"), not a place's
HOLIDAYS = frozenset(timex_words()["holidays"])
# the words that title a storm's name ("Hurricane Georges", "Storm Sinlaku", "Hurricanes Katrina
# and George"): the name is the storm's, here and wherever the article writes it alone
STORM_TITLES = frozenset(place_words()["storm_titles"])
# the words that join the names of a list ("Harvey, Irma and Maria")
LIST_JOINS = frozenset({",", "and", "or"})
# most articles name no storm: one search of the text spares them the walk over the tokens
STORM_WORD = re.compile(r"\b(?:" + "|".join(sorted(STORM_TITLES)) + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    """A toponym over tokens [first, last] and characters [start, end)."""

    start: int
    end: int
    text: str
    first: int
    last: int
    source: str  # ner | demonym | gazetteer | embedded
    country: str | None = None  # a nationality word's country
    region: str | None = None  # a regional adjective's region ("European" -> "Europe")


def find_mentions(doc: Document, gaz: Gazetteer) -> list[Mention]:
    text = doc.article.text
    not_place = _person_or_org_chars(doc)
    surnames = _surnames(doc)
    acronyms = _bracketed_acronyms(doc, gaz)
    storms = _storm_names(doc.tokens, gaz) if STORM_WORD.search(text) else frozenset()
    out: list[Mention] = []
    taken: set[int] = set()

    lex = lexicon()

    def add(
        first: int, last: int, source: str, country: str | None = None, region: str | None = None
    ) -> None:
        first, last = _trim(doc.tokens, first, last)
        last = _dedicated(doc.tokens, first, last)
        longer = _hyphenated(doc.tokens, last)
        if longer > last and gaz.known(text[doc.tokens[first].start : doc.tokens[longer].end]):
            last = longer  # "Mazar-i-Sharif", not "Washington-based"
        if first > last or any(i in taken or i in storms for i in range(first, last + 1)):
            return
        start, end = doc.tokens[first].start, doc.tokens[last].end
        taken.update(range(first, last + 1))
        out.append(Mention(start, end, text[start:end], first, last, source, country, region))

    for n in doc.ner:
        if n.label not in PLACE_LABELS or _small_initial(n.text):
            continue
        code = lex.demonym(n.text)
        if code and lex.is_state(code):  # "Ukrainian" named as a place
            add(n.tok_start, n.tok_end - 1, "demonym", country=code)
        elif _street_after(doc.tokens, n.tok_end):
            # "near Albany Ave.": the parser names the town and leaves the street word out;
            # the words name the street, which the resolver places in no town of its name
            add(n.tok_start, n.tok_end, "ner")
        elif (
            _given_name(doc.tokens, n, gaz, lex.given)
            or _holiday(doc.tokens, n, gaz)
            or _acronym(doc.tokens, n, acronyms)
        ):
            continue
        elif not (n.start in not_place and n.end in not_place) or (
            _known_place(gaz, n.text) and (n.start, n.end) not in surnames
        ):
            add(n.tok_start, n.tok_end - 1, "ner")
    # the names the parser labels places, as the article's own gazetteer
    used = {
        name_key(n.text)
        for n in doc.ner
        if n.label in ("GPE", "LOC") and any(not c.alias for c in gaz.candidates(n.text))
    }
    for n in doc.ner:
        if (
            n.label not in PLACE_LABELS
            and not _small_initial(n.text)
            and (n.start, n.end) not in surnames
        ):
            for first, last, source, code in _places_in_name(doc, n, gaz, lex, used):
                if code is None:
                    add(first, last, source)
                elif lex.is_state(code):
                    add(first, last, source, country=code)
                elif code in lex.regions:
                    add(first, last, source, region=lex.country_names[code])
    for first, last, code in _adjectives(doc):
        if lex.is_state(code):
            add(first, last, "demonym", country=code)
        elif code in lex.regions:
            add(first, last, "demonym", region=lex.country_names[code])
    for first, last in _gazetteer_finds(doc, gaz, taken):
        add(first, last, "gazetteer")
    out.sort(key=lambda m: m.start)
    return out


def unplaced_party(doc: Document, m: Mention, gaz: Gazetteer) -> bool:
    """A name the parser calls a GPE, that the gazetteer places nowhere, and that the sentence
    makes a doer or an owner, itself or as a conjunct of one ("Wavepiston installed",
    "Kemira's existing R&D centre", "Gisec and IoTX have grown", "RT's management", "the
    F.B.I. has reopened"), names a firm, a body or a person: a place the gazetteer does not know
    is a small one, a village, a street or a building, which news names where something is ("in
    Portroe", "from Ainsworth Parade"). Not a dateline's name at the head of a line, the subject
    of "be" ("Darfur is ..."), nor a name with a word the gazetteer knows ("North and South
    Korea exchanged fire")."""
    if m.source != "ner":
        return False
    n = next((n for n in doc.ner if n.start <= m.start and m.end <= n.end), None)
    text = doc.article.text
    if n is None or n.label != "GPE" or n.start == 0 or text[n.start - 1] == "\n":
        return False
    toks = doc.tokens
    inside = range(n.tok_start, n.tok_end)
    t = next((toks[i] for i in inside if toks[i].head not in inside), toks[n.tok_end - 1])
    for _ in range(len(toks)):  # up the chain of conjuncts to the first ("Gisec and IoTX")
        if t.dep != "conj" or t.head == t.i:
            break
        t = toks[t.head]
    return (
        t.dep in PARTY_ROLES
        and (t.dep == "poss" or toks[t.head].lemma != "be")
        and not any(gaz.candidates(toks[i].text) for i in inside if toks[i].text[:1].isupper())
    )


def _street_after(tokens: tuple[Token, ...], i: int) -> bool:
    """Token i, right after a place name, is the capitalised last word of a street's name
    ("Albany Ave.", "Utica Ave", "Church St."): the name is the street's, not the town's."""
    if i >= len(tokens) or tokens[i].start != tokens[i - 1].end + 1:
        return False
    return street_word(tokens[i].text)


def street_word(word: str) -> bool:
    """A capitalised last word of a street's or a square's name ("Ave.", "Street", "Square")."""
    return word[:1].isupper() and word.rstrip(".").lower() in STREET_WORDS


def _given_name(tokens: tuple[Token, ...], n: NamedSpan, gaz: Gazetteer, given: Any) -> bool:
    """A name the parser calls a place that reads as a person's and that the gazetteer holds
    no place of: a given name the dictionary knows ("Yulia", "Melania's"), alone or before one
    or two capitalised words none of which names a site or a street ("Helen Kunz"; not "Ronald
    Reagan National Airport"). A town named like a person ("Charlotte", "Tyler") stays one."""
    first, last = _trim(tokens, n.tok_start, n.tok_end - 1)
    words = [t.text for t in tokens[first : last + 1]]
    return (
        1 <= len(words) <= 3
        and norm(words[0]) in given
        and all(w[:1].isupper() and w.isalpha() and w.lower() not in SITE_WORDS for w in words)
        and not any(w.lower() in SCHOOL_WORDS for w in words)
        and not gaz.known(" ".join(words))
    )


def _holiday(tokens: tuple[Token, ...], n: NamedSpan, gaz: Gazetteer) -> bool:
    """A name the parser calls a place that a holiday's name begins ("the Easter Vigil",
    "Easter Sunday Mass", "Christmas") and that names neither a place the gazetteer holds
    ("Easter Island", "Christmas Island") nor a site ("Independence Day Park")."""
    first, last = _trim(tokens, n.tok_start, n.tok_end - 1)
    words = [t.text for t in tokens[first : last + 1]]
    return (
        any(" ".join(words[:k]).lower() in HOLIDAYS for k in (1, 2, 3))
        and not any(w.lower() in SITE_WORDS for w in words)
        and not gaz.known(" ".join(words))
    )


def _storm_names(tokens: tuple[Token, ...], gaz: Gazetteer) -> frozenset[int]:
    """The tokens of a storm's name, which is no place: the names a storm title begins
    ("Hurricane Georges", "Storm Sinlaku", "Hurricanes Katrina and George"; not a place the
    gazetteer knows by the whole name, "Storm Lake"), the names a colon lists after a plural
    storm noun ("three major hurricanes striking US soil: Harvey, Irma and Maria"; not "hit
    three states: Texas, Florida and Louisiana", which the nearest plural noun lists), and a
    titled name written alone elsewhere ("As Sinlaku made its way"; not before a comma, where a
    town of the name is told with its state: "Florence, South Carolina")."""
    marked: set[int] = set()
    titled: set[str] = set()
    for i, t in enumerate(tokens):
        low = t.text.lower()
        if low in STORM_TITLES and t.text[:1].isupper():
            run = _name_list(tokens, i + 1, plural=t.tag == "NNPS" or low.endswith("s"))
            whole = " ".join(tokens[k].text for k in range(i, run[-1] + 1)) if run else ""
            if run and not gaz.known(whole):
                marked.update(range(i, run[-1] + 1))
                titled.update(tokens[k].text for k in run)
        elif t.text == ":":
            before = (
                x for x in reversed(tokens[:i]) if x.sent == t.sent and x.tag in ("NNS", "NNPS")
            )
            noun = next(before, None)
            if noun is not None and noun.text.lower() in STORM_TITLES:
                marked.update(_name_list(tokens, i + 1, plural=True))
    for i, t in enumerate(tokens):
        if t.text in titled and i not in marked and _alone(tokens, i):
            marked.add(i)
    return frozenset(marked)


def _name_list(tokens: tuple[Token, ...], i: int, *, plural: bool) -> list[int]:
    """The capitalised proper nouns from token i on in the same sentence: one name, or after a
    plural noun a list of them joined by commas, "and" or "or" ("Harvey, Irma and Maria")."""
    found: list[int] = []
    while i < len(tokens) and tokens[i].sent == tokens[i - 1].sent:
        t = tokens[i]
        if t.pos == "PROPN" and t.text[:1].isupper():
            found.append(i)
        elif not (plural and found and t.text in LIST_JOINS and found[-1] == i - 1):
            break
        i += 1
    return found


def _alone(tokens: tuple[Token, ...], i: int) -> bool:
    """Token i is a one-word name: no capitalised proper noun beside it and no comma after it."""

    def name(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].pos == "PROPN" and tokens[k].text[:1].isupper()

    comma = i + 1 < len(tokens) and tokens[i + 1].text == ","
    return not name(i - 1) and not name(i + 1) and not comma


def _bracketed_acronyms(doc: Document, gaz: Gazetteer) -> frozenset[str]:
    """Words written alone in brackets right after a name whose initials they spell ("the
    Ministry of Defence (MoD)", "Rapid Action Force (RAF)"), that the gazetteer finds only as
    another place's alternate name (Modesto's "MoD"): the article defines them as the name's
    acronym, no place, there and wherever it uses them again ("The MoD has confirmed"). A
    country's or a union's acronym stays its place ("the European Union (EU)")."""
    toks = doc.tokens
    found: set[str] = set()
    for i in bracketed(toks):
        word = toks[i + 1].text
        letters = word.replace(".", "").lower()
        if not 2 <= len(letters) <= 6 or not letters.isalpha() or not word[:1].isupper():
            continue
        words = []
        for t in reversed(toks[max(0, i - 10) : i]):
            low = t.text.lower()
            if not (t.text[:1].isupper() or low in ACRONYM_SKIPS):
                break
            words.append(low)
        if not spells(letters, words[::-1]):
            continue
        cands = gaz.candidates(word)
        if cands and all(c.alias and c.feature not in ("country", "other") for c in cands):
            found.add(word)
    return frozenset(found)


def _acronym(tokens: tuple[Token, ...], n: NamedSpan, acronyms: frozenset[str]) -> bool:
    """The name is one word of `acronyms` ("MoD", "the MoD's")."""
    first, last = _trim(tokens, n.tok_start, n.tok_end - 1)
    return first == last and tokens[first].text in acronyms


def _small_initial(text: str) -> bool:
    """English writes a place's name with a capital: a name begun with a small letter that is
    one word ("eGA", a firm's brand; "itu", "soll", words of other languages the parser tags)
    or holds no capitalised word ("ya selesai") names no place."""
    words = text.split()
    return (
        bool(words)
        and words[0][:1].islower()
        and (len(words) == 1 or not any(w[:1].isupper() for w in words))
    )


def _person_or_org_chars(doc: Document) -> set[int]:
    """Start and end offsets of the entity layer's person and organisation names; a name the
    entity layer took with its possessive ("Olaopa's book", "Modi's cabinet"), as a name or as
    a possessive mention ("Notre Dame's guard", the university's team), ends before the "'s"
    too, where the parser's place name ends."""
    marks: set[int] = set()
    for e in doc.entities:
        if e.type in NOT_PLACE_TYPES:
            for m in e.mentions:
                if m.kind in ("name", "surname", "possessive"):
                    marks.update((m.start, m.end))
                    if m.text.endswith(POSSESSIVE_ENDINGS):
                        marks.add(m.end - 2)
    return marks


def _surnames(doc: Document) -> set[tuple[int, int]]:
    """Spans of the entity layer's surname mentions of persons named in full with a given name
    ("Lowell" after "Mike Lowell", "Sutton's" after "Ashley Sutton"), without a possessive: the
    person, though a town the gazetteer knows bears the name (Lowell, Massachusetts)."""
    given = lexicon().given
    spans: set[tuple[int, int]] = set()
    for e in doc.entities:
        words = e.name.split()
        if e.type != "PERSON" or not any(norm(w) in given for w in words[:-1]):
            continue
        for m in e.mentions:
            if m.kind == "surname":
                end = m.end - 2 if m.text.endswith(POSSESSIVE_ENDINGS) else m.end
                spans.add((m.start, end))
    return spans


def _trim(tokens: tuple[Token, ...], first: int, last: int) -> tuple[int, int]:
    """Leave out a leading article and a trailing possessive or punctuation."""
    while first <= last and tokens[first].text.lower() in ("the", "a"):
        first += 1
    while first <= last and (tokens[last].tag == "POS" or tokens[last].pos == "PUNCT"):
        last -= 1
    return first, last


def _places_in_name(
    doc: Document, n: NamedSpan, gaz: Gazetteer, lex: Any, used: set[str]
) -> list[tuple[int, int, str, str | None]]:
    """A name the parser labelled otherwise that is a place ("Harare" as an organisation; a name
    the article names as a place elsewhere, "Samos" as a person), or places inside it, where
    GeoWebNews counts them ("the Bank of Japan", "Air Zimbabwe", "the Toronto Raptors", "the
    Russian Ministry of Defence", "one million US dollars": `embedded`, which events do not take
    as their place): a country, US state, continent or a city of 100,000+ under its own name, a
    country's nationality adjective, or a name the article uses as a place elsewhere."""
    text = doc.article.text
    toks = doc.tokens
    if (
        _big_place(gaz, n.text, person=n.label == "PERSON")
        or _arabic_place(gaz, n.text)
        or (n.label in NAME_LABELS and name_key(n.text) in used)
    ):
        return [(n.tok_start, n.tok_end - 1, "ner", None)]
    if n.label not in NAME_LABELS:
        return []
    found: list[tuple[int, int, str, str | None]] = []
    school = any(t.text.lower() in SCHOOL_WORDS for t in toks[n.tok_start : n.tok_end])
    i = n.tok_start
    while i < n.tok_end:
        if not toks[i].text[:1].isupper():
            i += 1
            continue
        for j in range(min(n.tok_end - 1, i + 3), i - 1, -1):
            words = text[toks[i].start : toks[j].end]
            if (i, j) == (n.tok_start, n.tok_end - 1):
                continue  # the whole name is no place (above)
            # a city only where the name begins ("the Toronto Raptors", not "Bed Bath &
            # Beyond"); a country, state or continent anywhere ("the Bank of Japan")
            at_start = i == n.tok_start or toks[i - 1].text.lower() == "the"
            if school:
                # a school lies in the city of its name ("the University of Louisville"), not
                # at the middle of a state's ("California State University"): only a city
                if _big_city(gaz, words):
                    found.append((i, j, "embedded", None))
                    i = j
                    break
                continue
            if _big_place(gaz, words, person=False, city=at_start) or name_key(words) in used:
                found.append((i, j, "embedded", None))
                i = j
                break
            code = lex.demonym(words) if j - i < 2 else None  # "Russian", "North American"
            if code is not None and (lex.is_state(code) or code in lex.regions):
                found.append((i, j, "embedded", code))
                i = j
                break
        i += 1
    return found


def _big_place(gaz: Gazetteer, words: str, *, person: bool, city: bool = True) -> bool:
    """A country, a US state or continent, or (not for a person's name: "Kent", "Nelson") a
    city of 100,000+, under its own name."""
    if any(c.feature in ("country", "other") for c in gaz.candidates(words) if c.alias):
        return True  # "US", "Britain", "EU": the dictionaries' names of countries and unions
    if name_key(words) in DIVISION_HOMONYMS:
        return False  # "Delta Air Lines", "the Delta IV rocket": no place inside the name
    for c in gaz.own.get(name_key(words), ()):
        p = gaz.places[c]
        if p.feature == "city":
            if city and not person and p.population >= FOUND_CITY_POPULATION:
                return True
        elif p.feature != "admin2" and not _named_like_person(p, words):
            return True
    return False


def _arabic_place(gaz: Gazetteer, words: str) -> bool:
    """An Arabic name that begins with a noun of the land ("Ras" cape, "Ain" spring, "Tell"
    mound, "Deir" monastery: place_words.json) and that the gazetteer finds in an Arab League
    state ("Ain Issa", which the parser may label a person) is a place."""
    key = name_key(words)
    if key.split(" ", 1)[0] not in ARABIC_PLACE_WORDS or arabic_key(key) is None:
        return False
    return any(c.country in ARABIC_COUNTRIES for c in gaz.candidates(words))


def _big_city(gaz: Gazetteer, words: str) -> bool:
    return any(
        gaz.places[c].feature == "city" and gaz.places[c].population >= FOUND_CITY_POPULATION
        for c in gaz.own.get(name_key(words), ())
    )


def _named_like_person(p: Any, words: str) -> bool:
    """A division outside the US whose name begins with a given name ("Nelson", "Mary",
    "Miranda") is a person's name as often: the words alone do not make it a place."""
    if p.feature != "admin1" or p.country == "USA":
        return False
    first = name_key(words).split()[:1]
    return bool(first) and first[0] in lexicon().given


def _dedicated(tokens: tuple[Token, ...], first: int, last: int) -> int:
    """A saint's name in the possessive before a capitalised building or street word ("St.
    Peter's Basilica", "St. Paul's Cathedral", "St. Mark's Square"), which the parser cuts at
    the possessive: the name is the site's, dedicated to the saint, not the town of the saint's
    name (Saint Peter, Minnesota): the mention runs to the site word, which no town is called."""
    after = last + 2
    if (
        first >= last
        or after >= len(tokens)
        or tokens[first].text.rstrip(".").lower() not in SAINT_TITLES
        or tokens[last + 1].tag != "POS"
        or tokens[last + 1].start != tokens[last].end
        or not tokens[after].text[:1].isupper()
        or tokens[after].text.rstrip(".").lower() not in SITE_WORDS
    ):
        return last
    return after


def _hyphenated(tokens: tuple[Token, ...], last: int) -> int:
    """The last token of the hyphenated word that token `last` begins ("Mazar-i-Sharif")."""
    while (
        last + 2 < len(tokens)
        and tokens[last + 1].text == "-"
        and tokens[last + 1].start == tokens[last].end
        and tokens[last + 2].start == tokens[last + 1].end
    ):
        last += 2
    return last


def _adjectives(doc: Document) -> list[tuple[int, int, str]]:
    """Nationality and regional words used as adjectives: "Syrian" in "Syrian forces",
    "European" in "European leaders"; not "Syrians"."""
    lex = lexicon()
    found: list[tuple[int, int, str]] = []
    for n in doc.ner:
        if n.label != "NORP" or n.tok_end - n.tok_start > 2:
            continue
        last = doc.tokens[n.tok_end - 1]
        code = lex.demonym(n.text)
        if code is None:
            continue
        if last.tag == "JJ" or (last.dep in ("amod", "compound") and last.head > last.i):
            found.append((n.tok_start, n.tok_end - 1, code))
    return found


def _gazetteer_finds(doc: Document, gaz: Gazetteer, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised proper nouns outside any named span that the gazetteer knows."""
    in_ner = {i for n in doc.ner for i in range(n.tok_start, n.tok_end)}
    toks = doc.tokens
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if i in in_ner or i in taken or toks[i].pos != "PROPN" or not toks[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and toks[j + 1].pos == "PROPN" and j + 1 not in in_ner:
            j += 1
        if j - i < 3 and _known_place(gaz, " ".join(t.text for t in toks[i : j + 1])):
            found.append((i, j))
        i = j + 1
    return found


def _known_place(gaz: Gazetteer, words: str) -> bool:
    if name_key(words) in DIVISION_HOMONYMS:
        return False  # "Delta" (a rocket, an airline), unless the parser calls it a place
    for c in gaz.own.get(name_key(words), ()):
        p = gaz.places[c]
        if p.feature == "city":
            if p.population >= FOUND_CITY_POPULATION:
                return True
        elif p.feature != "admin2" and not _named_like_person(p, words):
            return True
    return False

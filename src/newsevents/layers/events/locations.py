"""Where an event happened: a place phrase in its own sentence, resolved by the places layer.

Place phrases are "in/at/near <place>" on the trigger or on the words it hangs from ("heading to
Italy for the G7 summit where he is expected to sign" puts the signing in Italy), including a place
inside such a phrase ("at the G7 summit in Italy"), the place a place noun names ("in the Ukrainian
city of Kharkiv" -> Kharkiv; a part of a place: "in the heart of Paris", "took to the streets of
Athens"), a country's capital named by the country ("in the Ethiopian capital", "in Afghanistan's
capital": GeoNames' capital of that country; "in the capital" alone is no place), the city or
division that holds a named site in the possessive ("at Havana's Palace of Conventions" -> Havana,
`Locator._possessor`), the place of a
party the event happens with, before or by ("testified before the Senate Judiciary Committee in
Washington", "clashed with riot police in Ottawa", "was killed by US special forces in Pakistan"), a
city or division that modifies the place noun or the event noun ("in California's Riverside County
criminal court", "a Kabul car bombing"; not a country, more often a party: "a US airstrike"), the
object of a visit ("visited Hanoi") and a place phrase on the thing or act the verb governs
("visited the border near McAllen", "conducted a traffic stop near Seventh Street and ...
arrested"), a place phrase of an "-ing" clause without a subject of its own ("arrested Tays after
stopping his vehicle near 17th Street"), but not on a participant ("the ambassador in London"), and
the named site of a siege or a raid ("Hong Kong Polytechnic University was besieged by police, who
fired"; an unnamed "a university" is no place). A movement told by a noun has its goal as place, and
a place phrase inside that goal ("led a protest march to the headquarters of the Commission ... in
Abuja", "began a military offensive into north-eastern Syria"); an event during another, or after a
court proceeding, is at that one's place ("during a rally in Caracas", "After a jury trial in Paris,
two officers were found guilty"); a court acts where it sits: a US federal judicial district
anywhere in the clause ("was convicted of conspiracy to possess ... in 2008 in the Western District
of Texas") and the seat of a court or a judge that is the subject ("a federal judge in Texas ruled";
not for what the court reports: "ruled that the agency violated"); the outcome of a placed act is
where the act was ("a Kabul car bombing killed five", "an attack on a bank in Athens left three
dead"); an incident of one day (a protest, an assault, fighting) or a meeting (talks, a visit; not a
telephone call: "met for the first time ever at the White House") that none of these places is at
the one place its sentence puts something in, at or near, wherever the parser hangs the phrase, but
not on a subject ("abducted by gunmen wearing military uniforms in the heart of Afghan capital";
`Locator.scene`). The place is the places layer's `Place` over those words: GeoNames id,
coordinates, feature, country and admin1 come from there, and a place the gazetteer does not know
keeps its name only (a named site takes the country and coordinates of the place its name holds,
or of the place its own "in" phrase names: "outside Trump Tower in New York City"). An
event whose sentence names no place has no location: the article's other places are not its place.
The one exception is the dateline ("KYIV, Ukraine (AP) --"), which places the events of the
dateline's own story: those of its sentence, and later ones told as happening, not background (no
pluperfect, no date more than a week before publication or in another month or year), in a sentence
that puts nothing at a place of another country, done by no state or seated body (a legislature, a
court) of another country only, which acts from its own (`Locator.at_dateline`). The other is the
story: a later report of the incident an article tells (a protest, an arrest, an assault, fighting)
whose sentence names no place happened where the article last put the incident: the lead's most
specific place phrase, a sentence saying where it took place ("The shooting took place in the Tsuen
Wan district"), or an earlier incident placed in its own sentence; under the dateline's guards (told
as happening, no background, no place of another country or another city in its sentence, also one
the parser named a person or an organisation ("In Heraklion, ... marching"), the city-state holding
the story's district being no other city: "protests in Hong Kong" beside a story in Tsuen Wan,
`Gazetteer.city_state`; `Locator.in_story`), and at that city-state when its sentence puts something
in "the city" or a part of it ("In other parts of the city, the police used water cannons": Hong
Kong, not Tsuen Wan; `Locator._the_city`); a report told before the article first places the story
(a lead "X was stabbed to death" before "The stabbing occurred at the Schlosspark-Klinik in Berlin")
takes that first place, a few sentences on at most, under the same guards (`Locator.before_story`).
A story told at a street or a square is carried at its city, the one its sentence puts something in
or whose police acts there ("rallied at Freedom Plaza in ... Washington, DC" -> "twenty people were
arrested" in Washington, DC; `Locator._story_city`), and so is a named site to the story's later
reports ("The stabbing occurred ... at the Schlosspark-Klinik in Berlin" -> "Police arrested a
57-year-old man" in Berlin; the stabbing told before stays at the clinic). An event told in, at or
during an occasion the article told before ("also spoke in the rally", "In his speech, the Prime
Minister applauded") is at the story's place, under the same guards (`Locator.at_occasion`). An act
told by a noun the article refers to ("These arrests are important", "after his arrest") takes no
story place, and a later noun act none from the dateline (`Locator._referred`,
`Locator.at_dateline`). A territory's court sits inside it ("the Supreme Court of Puerto Rico issued
a ruling": territories, `Lexicon.sovereigns`). A report's place is not the place of the act it
reports, unless that act is a stance ("told voters in Nevada that the F.B.I. has reopened its
criminal investigation"; `Locator._reported_clause`). A physical act aimed only at states of other
countries takes no place of another country, from the dateline, the story or another clause (a
strike on Syria under a WASHINGTON dateline; `Locator.aimed_abroad`). A US state in a lawmaker's
party designation ("Sen. Ben Sasse, R-Neb.") is no place of the sentence (`Locator._designation`).
`Location.evidence` says which ("sentence", "dateline" or "story"). The words are data:
`ontology/data/event_circumstances.json`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace

from ...ontology.actors import lexicon
from ...ontology.reading import event_circumstances, place_words
from ...records import Document, EventDate, Location, Place
from ..places import Gazetteer, find_places
from ..places.datelines import read_dateline
from ..places.gazetteer import Candidate
from ..places.mentions import FOUND_CITY_POPULATION
from .arguments import Args
from .modality import FUTURE_AUX, HYPOTHETICAL_AUX

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_WORDS = event_circumstances()
PLACE_PREPS = frozenset(_WORDS["place_prepositions"])
MOTION_PREPS = frozenset(_WORDS["motion_prepositions"])
MOTION_VERBS = frozenset(_WORDS["motion_verbs"])
VISIT_VERBS = frozenset(_WORDS["visit_verbs"])
# Nouns that stand for the place an "of" phrase names: "the city of Kharkiv".
PLACE_NOUNS = frozenset(_WORDS["place_nouns"])
# "in the Ethiopian capital", "in Afghanistan's capital": that country's capital
CAPITAL_NOUNS = frozenset(_WORDS["capital_nouns"])
# a siege or a raid has its place as object: "besieged the university", "laid siege to it"
SITE_VERBS = frozenset(_WORDS["site_verbs"])
SITE_NOUNS = frozenset(_WORDS["site_nouns"])
SITE_PREPS = frozenset(_WORDS["site_prepositions"])
# a party the event happens in the presence of: its place is the event's ("met with the
# president in Paris", "testified before the committee in Washington")
COPRESENCE_PREPS = frozenset(_WORDS["copresence_prepositions"])
# a movement told by a noun: its "to/into" phrase is its goal ("led a protest march to ...")
MOTION_NOUNS = frozenset(_WORDS["motion_nouns"])
# "assailed Ukraine for holding exercises in the Black Sea": the act the event is about
REASON_PREPS = frozenset(_WORDS["reason_prepositions"])
# "during a rally in Caracas": the event happens inside that one, at its place
SIMULTANEOUS_PREPS = frozenset(_WORDS["simultaneous_prepositions"])
# "After a jury trial in Paris, two officers were found guilty": the proceeding's place
COURT_NOUNS = frozenset(_WORDS["court_nouns"])
COURT_SEQUENCE_PREPS = frozenset(_WORDS["court_sequence_prepositions"])
# "in the Western District of Texas": a US federal judicial district, a court's venue
DISTRICT_DIRECTIONS = frozenset(_WORDS["district_directions"])
# a court or a judge acts where it sits ("a federal judge in Texas ruled")
COURT_PARTIES = frozenset(_WORDS["court_parties"])
# "a Kabul car bombing killed five": an act's outcome is where the act was
INCIDENT_NOUNS = frozenset(_WORDS["incident_nouns"])
OUTCOME_VERBS = frozenset(_WORDS["outcome_verbs"])
# an act in the air happens over the territory below it ("was shot down over Hanoi", "flying
# over northern New York"); with any other word "over" is what an act is about ("negotiates with
# Russia over Syria") or a span ("over the weekend")
AERIAL_PREPS = frozenset(_WORDS["aerial_prepositions"])
AERIAL_WORDS = frozenset(w for w in _WORDS["aerial_acts"] if " " not in w)
AERIAL_PHRASES = frozenset(tuple(w.split()) for w in _WORDS["aerial_acts"] if " " in w)
GOAL_DEPTH = 4  # how many "of"/"and" steps inside a goal a place phrase may stand
# what puts something at a place, when a sentence is asked whether it names a place
LOCATIVE = PLACE_PREPS | MOTION_PREPS | frozenset(_WORDS["other_locative_prepositions"])
# the places a noun's modifier may put an event at (not a country: "a US airstrike")
LOCAL_FEATURES = frozenset({"city", "admin1", "admin2"})
# a saint's name in the possessive names a church, school or hospital after the saint ("at St.
# Patrick's Cathedral"), not a town of that name that holds the site
SAINT = re.compile(r"^(?:Saint|Ste?\.?) ")
# the auxiliaries of a clause told as possible or to come ("can confirm" reports a fact)
MODALS = (FUTURE_AUX | HYPOTHETICAL_AUX) - {"can", "ca"}
# the links through which a clause's modal governs a word below it: a complement, an adverbial
# clause, a conjunct, a preposition's clause; not a reported clause ("said the police will") nor
# a noun's ("the outcomes gained during the visit will")
MODAL_REACH = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep", "pobj"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}$")  # a day-level date value
STORY_DAYS = 7  # an event dated more than this many days before publication is background
# how many sentences into an article the dateline's story is told: deeper, a long article tells
# reactions, background and other threads, not news told from the dateline ("For months, federal
# authorities examined", sentence 42 of a USA Today story under WASHINGTON; "Audience members
# laughed when he urged voters", sentence 24 of an AP story under LONDON, of a debate in Salford)
DATELINE_REACH = 20
# "For months, federal authorities examined", "imprisoned her for twelve years", "has been
# warning about for years": an act told over a long span is background, not the story's news
SPAN_UNITS = frozenset(_WORDS["background_span_units"])
# "so far this year", "in recent days", "over the past three months", "since 1991", "have
# attacked nearly 100 vessels this year": an act told over a span that reaches the story's time
# sums up many acts, background, not the story's news (`Locator._over_span`)
SPAN_NOW = frozenset(_WORDS["span_to_now_modifiers"])
SPAN_NOW_UNITS = frozenset(_WORDS["span_to_now_units"])
SPAN_NOW_PREPS = frozenset(_WORDS["span_to_now_prepositions"])
YEAR = re.compile(r"(?:1[89]|20)\d\d$")
# CAMEO roots of an incident whose later reports take the story's place (protest, coercion,
# assault, fighting, mass violence)
STORY_ROOTS = frozenset(_WORDS["story_roots"])
# CAMEO roots of an incident of one day (protest, assault, fighting, mass violence): one whose
# sentence puts something at a single place, wherever the parser hangs the phrase, is there
INCIDENT_ROOTS = frozenset(_WORDS["story_date_roots"])
# CAMEO codes of a meeting (consult, visit, host, meet, mediate, negotiate; not a telephone call,
# 041, held at two places): like an incident of one day, at its sentence's one place
MEETING_CODES = frozenset(_WORDS["meeting_codes"])
# which of a sentence's places an incident takes: a city, then a division, a country; a sea or a
# region is not a scene, nor a name the gazetteer does not know ("an article in the Scientology
# propaganda publication Freedom Magazine, which attacked high-ranking defectors", GUM)
LEVEL = {"city": 0, "admin2": 1, "admin1": 2, "country": 3}
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# clauses that tell an event of their own when they have their own subject ("Although Hitler was
# born in Braunau", "the man, who lived in Paris,")
OWN_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "conj", "acl", "parataxis"})
# CAMEO roots of a stance (a statement, an appeal, an intent, praise or support, a demand, a
# reproach, a rejection, a threat): told in a relative clause, made where its speaker is, not
# where the main clause happens
STANCE_ROOTS = frozenset(_WORDS["stance_roots"])
# triggers of a story's later legal course, placed only by their sentence or dateline ("was
# charged", "indicted"): the article gold leaves charges unplaced
STORYLESS_LEMMAS = frozenset(_WORDS["storyless_lemmas"])
OCCURRENCE_VERBS = frozenset(w for w in _WORDS["occurrence_verbs"] if " " not in w)
OCCURRENCE_PHRASES = frozenset(tuple(w.split()) for w in _WORDS["occurrence_verbs"] if " " in w)
# an event told before the article first places its story, at most this many sentences before
# it ("X was stabbed to death." ... "The stabbing occurred at the Schlosspark-Klinik in Berlin")
REACH_BACK = 3
# how many sentences after the article last placed its story a later report may take that place:
# further on, a long article tells other threads, reactions and background ("a coordinated attack
# effort by the media", 74 sentences after a rally in Michigan, AP "The Latest"; "Congress' own
# power to take witnesses into custody", Politico; "a blockade of Iraq", WSJ, 40 sentences after
# a force in Saudi Arabia); on the article gold the farthest report the story places rightly is
# 10 sentences on
STORY_REACH = 12
# the subordinators of an adverbial clause that tells an event of its own, with its own
# subject, whose place is not the main clause's ("After the union objected, the case was moved
# to St. Louis", NYT; "continue in the Darfur region of Sudan as China and Russia support the
# government", NYT; "caught in Iraq and Kuwait when Saddam sent his forces into the small,
# oil-rich sultanate", AP); an incident there still takes the one place its sentence names
# (`Locator.scene`)
CLAUSE_SUBORDINATORS = frozenset(_WORDS["clause_subordinators"])
OCCURRENCE_DEPTH = 6  # how many words below "occurred" / "took place" a place phrase may hang
LEAD_TOKENS = 8  # a shorter first line is a headline, a kicker or a byline, not the lead
# how specific a place is: a site or a street before a city, before a division, before a country
SPECIFIC = {"city": 1, "admin2": 2, "admin1": 3, "country": 4}
# the last word of a street's or a square's name ("Seventh Street", "Freedom Plaza"): a story
# told there is carried to its other reports at its city (`Locator._story_city`); the same
# words end a name the place layer does not place in what it is named after (place_words.json)
STREET_WORDS = frozenset(place_words()["street_words"])
POLICE = "COP"  # the sector of a police force: a city's police acts in its city
# "in other parts of the city": the city the story is in, when it is a city-state holding the
# story's district (`Locator._the_city`, `Gazetteer.city_state`)
CITY_NOUNS = frozenset(_WORDS["city_nouns"])
# "also spoke in the rally and encouraged", "In his speech, the Prime Minister applauded": an
# occasion the article told before, so at the story's place (`Locator.at_occasion`)
OCCASION_NOUNS = frozenset(_WORDS["occasion_nouns"])
ANAPHORIC = frozenset(_WORDS["anaphoric_determiners"])
OCCASION_PREPS = frozenset({"in", "at", "during"})
# CAMEO roots of a physical act (a show of force, coercion, assault, fighting, mass violence):
# one aimed at a state of another country is done there, not at the dateline or the story's
# place ("Iraq said it invaded Kuwait" in a story placed in Washington; `Locator.aimed_abroad`)
PHYSICAL_ROOTS = frozenset(_WORDS["physical_roots"])
CARRIED = frozenset({"dateline", "story"})
# sectors of bodies that sit in their own country (a legislature, a court): one of another
# country than the dateline's acts there, not where the reporter files from
SEATED_SECTORS = frozenset(_WORDS["seated_sectors"])
# "Sen. Ben Sasse, R-Neb.": a US lawmaker's party and state, an attribute, not a place phrase
PARTIES = "|".join(map(re.escape, _WORDS["party_designations"]))
DESIGNATION = re.compile(rf"(?<![\w-])(?:{PARTIES})-$")


def lead_sentence(doc: Document) -> int:
    """The article's lead: its first sentence of `LEAD_TOKENS` words or more."""
    for k, s in enumerate(doc.sentences):
        if s.tok_end - s.tok_start >= LEAD_TOKENS:
            return k
    return 0


class Locator:
    """Event places from the places layer; `dateline` is the article's dateline place."""

    def __init__(self, doc: Document, args: Args, gaz: Gazetteer) -> None:
        self.doc = doc
        self.a = args
        places = doc.places if "places" in doc.layers else tuple(find_places(doc, gaz))
        self.place_of: dict[int, Place] = {}
        starts = {t.start: t.i for t in args.tok}
        ends = {t.end: t.i for t in args.tok}
        # "Syrian forces", "the Toronto Raptors", "Sen. Ben Sasse, R-Neb.": an attribute or a
        # name, not a place phrase
        phrases = [
            (p, starts[p.start], ends[p.end])
            for p in places
            if p.source not in ("demonym", "embedded")
            and p.start in starts
            and p.end in ends
            and not self._designation(p)
        ]
        for p, first, last in phrases:
            for i in range(first, last + 1):
                self.place_of[i] = p
        # the countries a nationality or a country's name stands for, by token ("the Afghan
        # capital", "Afghanistan's capital")
        self.country_at: dict[int, Place] = {
            i: p
            for p, first, last in [
                *phrases,
                *(
                    (p, starts[p.start], ends[p.end])
                    for p in places
                    if p.source == "demonym" and p.start in starts and p.end in ends
                ),
            ]
            if p.feature == "country" and p.country
            for i in range(first, last + 1)
        }
        self.gaz = gaz
        self.stance = False  # the event being located tells a stance (`STANCE_ROOTS`)
        self.embedded = [p for p in places if p.source == "embedded" and p.geonames_id]
        self.entities = {e.id: e for e in doc.entities}
        self.dateline = self._dateline(places)
        self.published = (doc.article.published or _stamped(doc))[:10]
        # the countries of the places each sentence puts something in, at, to or from (a
        # country acting, "the United States opposes", is an actor, not a place)
        self.countries: dict[int, set[str | None]] = {}
        for p, first, last in phrases:
            inside = range(first, last + 1)
            head = next((i for i in inside if args.tok[i].head not in inside), first)
            t = args.tok[head]
            if t.dep == "pobj" and args.lemma(t.head) in LOCATIVE:
                self.countries.setdefault(t.sent, set()).add(p.country)
        # the places below a country each sentence names, wherever they stand ("a Buffalo
        # doctor", "marched in front of the federal building in Orlando")
        self.local: dict[int, list[Place]] = {}
        for p, first, _ in phrases:
            if p.geonames_id is not None and p.feature != "country" and p.country:
                self.local.setdefault(args.tok[first].sent, []).append(p)
        # the known places a sentence puts something in or at under a name the parser took for
        # a person or an organisation ("In Heraklion, 10,000 people are reported as marching",
        # "began a two day rally in the capital, Abuja": `_misnamed`)
        self.misnamed: dict[int, list[list[Candidate]]] = {}
        self.named_tokens = {
            i
            for n in doc.ner
            if n.start in starts and n.end in ends
            for i in range(starts[n.start], ends[n.end] + 1)
        }
        for i, t in enumerate(args.tok):
            if i not in self.place_of and (cands := self._misnamed(i)):
                self.misnamed.setdefault(t.sent, []).append(cands)
        self.story = self._story(phrases)
        # the places each sentence puts something in, at or near, wherever the phrase hangs
        # ("gunmen wearing military uniforms in the heart of Afghan capital"), with the clause
        # of its own subject that holds the phrase, if any (`_scene_at`)
        self.scenes: dict[int, list[tuple[Location, int | None, int]]] = {}
        for p, first, last in phrases:
            at = self._locative(first, last, modifier=p.feature != "country")
            if at is not None and (held := self._scene_at(at)) is not False:
                scene = (_location(p, "sentence"), None if held is True else held, at)
                self.scenes.setdefault(args.tok[first].sent, []).append(scene)
        for p in places:
            word = starts.get(p.start)
            if p.source != "demonym" or word is None or args.tok[word].head == word:
                continue
            capital = args.tok[word].head  # "in the heart of Afghan capital"
            at = self._locative(capital, capital)
            if at is None or (held := self._scene_at(at)) is False:
                continue
            if loc := self._capital(capital):
                scene = (loc, None if held is True else held, at)
                self.scenes.setdefault(args.tok[word].sent, []).append(scene)
        # the cities each sentence puts something in, or whose police acts in it
        # ("Officers from the Columbus Police Department"), for a story told at a street
        self.cities: dict[int, list[Place]] = {}
        for p, first, last in phrases:
            placed = self._locative(first, last) is not None
            if p.feature == "city" and p.geonames_id is not None and placed:
                self.cities.setdefault(args.tok[first].sent, []).append(p)
        police = [
            m for e in doc.entities if e.sector == POLICE for m in e.mentions if m.kind == "name"
        ]
        for p in self.embedded:
            within = any(m.start <= p.start and p.end <= m.end for m in police)
            if within and p.feature == "city" and p.start in starts:
                self.cities.setdefault(args.tok[starts[p.start]].sent, []).append(p)

    def _misnamed(self, i: int) -> list[Candidate]:
        """The gazetteer's readings of a proper name at token i that no place phrase holds, put
        in or at by its preposition ("In Heraklion,"), or standing beside a capital noun there
        ("in the capital, Abuja"): a city of `FOUND_CITY_POPULATION` people or more (under its
        own name or another: "Heraklion" is GeoNames' Irákleion), a first-order division or a
        country; [] for any other word."""
        t = self.a.tok[i]
        if i not in self.named_tokens or t.dep == "compound" or not _proper(t.text):
            return []
        if i + 1 < len(self.a.tok) and self.a.tok[i + 1].text == ".":
            return []  # "on Nov.", "Jan.": an abbreviation
        at = t.head if t.dep == "pobj" else i - 2
        if t.dep == "pobj" and self.a.lemma(at) not in PLACE_PREPS:
            return []
        if t.dep != "pobj" and not (
            at >= 0
            and self.a.tok[i - 1].text == ","
            and self.a.lemma(at) in CAPITAL_NOUNS | CITY_NOUNS
            and self.a.tok[at].dep == "pobj"
        ):
            return []
        first = min([i, *(x for x in self.a.deps(i, "compound") if x < i)])
        name = self.doc.article.text[self.a.tok[first].start : t.end]
        # a longer name under another's alternate name is a translation ("White House" is
        # Casablanca's), not the way English writes that place
        return [
            c
            for c in self.gaz.candidates(name)
            if (not c.alias or first == i)
            and (
                (c.feature == "city" and c.population >= FOUND_CITY_POPULATION)
                or (c.feature in ("admin1", "country") and not c.alias)
            )
        ]

    def _designation(self, p: Place) -> bool:
        """A US state in a lawmaker's party designation ("Sen. Ben Sasse, R-Neb., called",
        "Rep. David McKinley, R-W.Va."): the state the lawmaker represents, no place the sentence
        puts anything at, nor one that tells its events happened away from the dateline."""
        before = self.doc.article.text[max(0, p.start - 4) : p.start]
        return p.country == "USA" and DESIGNATION.search(before) is not None

    def _story(self, phrases: list[tuple[Place, int, int]]) -> dict[int, Location]:
        """Where the article puts its story, by sentence: the lead's most specific place
        phrase (else the dateline), and the place of each sentence that says where something
        took place ("The stabbing occurred ... at the Schlosspark-Klinik in Berlin")."""
        told: dict[int, list[tuple[Place, int]]] = {}
        for p, first, last in phrases:
            verb = self._placed(first, last)
            if verb is not None:
                told.setdefault(self.a.tok[first].sent, []).append((p, verb))
        story: dict[int, Location] = {}
        lead = lead_sentence(self.doc)
        known = [p for p, _ in told.get(lead, ()) if p.geonames_id is not None or p.feature is None]
        if known:
            best = min(known, key=lambda p: (SPECIFIC.get(p.feature or "", 0), p.start))
            story[lead] = _location(best, "story")
        elif self.dateline is not None:
            story[lead] = self.dateline
        for k, pairs in told.items():
            # the most specific place a sentence says it took place at: "at the
            # Schlosspark-Klinik in Berlin" is at the Schlosspark-Klinik
            said = [p for p, verb in pairs if self._under_occurrence(verb)]
            if said:
                best = min(said, key=lambda p: (SPECIFIC.get(p.feature or "", 0), p.start))
                story[k] = _location(best, "story")
        return story

    def _scene_at(self, at: int) -> int | bool:
        """Whether a place phrase on word `at` may be a scene: not on a subject, a
        participant's own place ("Police in Berlin", "A federal judge in Oregon said the police
        attacked"); the clause of its own subject that holds it, if any, whose place it is and
        no other's ("Although Hitler was born in Braunau in 1889, Austria argued ..., having
        been annexed by Hitler's Germany in 1938"); True when no such clause holds it."""
        if self.a.tok[at].dep in SUBJECTS:
            return False
        i = at
        for _ in range(64):  # a parse is a tree; the bound only guards a malformed one
            t = self.a.tok[i]
            if t.dep in OWN_CLAUSES and self.a.deps(i, "nsubj", "nsubjpass"):
                return i
            if t.head == i:
                return True
            i = t.head
        return True

    def scene(self, sentence: int, code: str, anchor: int) -> Location | None:
        """The place of an incident of one day (protest, assault, fighting, mass violence:
        `INCIDENT_ROOTS`, CAMEO `code`) or of a meeting (`MEETING_CODES`: "met for the first
        time ever at the White House", Giveme5W1H; "met with the Japanese ambassador to China
        Anami Koreshige in Beijing", Wikinews) whose own phrases place it nowhere: the one place its
        sentence puts something in, at or near, wherever the parser hangs the phrase ("King and
        Weeks were abducted by gunmen wearing military uniforms in the heart of Afghan capital",
        "A bombing was reported to have killed ... Ziad al-Sharabi in the Red Sea port town of
        Mokha, Yemen", "gathered ... in the U.S. capital, Washington D.C., for a rally"): the
        most specific of them (`LEVEL`), none when two differ at that level ("clashes in Paris
        and Lyon") or the sentence names none; a place inside a clause of its own subject only
        for an event of that clause. An arrest or a charge is not so placed ("were
        charged Tuesday with falsifying records, stating they had checked on ... Epstein in
        his Manhattan cell")."""
        if code[:2] not in INCIDENT_ROOTS and code[:3] not in MEETING_CODES:
            return None
        report = self._reported_clause(anchor)
        ranked = [
            (LEVEL.get(loc.feature or ""), loc)
            for loc, clause, at in self.scenes.get(sentence, ())
            if (clause is None or self._within(anchor, clause))
            and (report is None or self._within(at, report))
        ]
        found = [(k, loc) for k, loc in ranked if k is not None]
        if not found:
            return None
        best = min(k for k, _ in found)
        top = {loc.geonames_id or loc.name: loc for k, loc in found if k == best}
        return next(iter(top.values())) if len(top) == 1 else None

    def _reported_clause(self, i: int) -> int | None:
        """The reported clause word i stands in, if any: the nearest clausal complement above
        it, whose reporting verb's place is not its own ("A spokesman ... at its headquarters in
        Potsdam, Germany, said that Afghan police forces responded and fought")."""
        for _ in range(64):  # a parse is a tree; the bound only guards a malformed one
            t = self.a.tok[i]
            if t.dep == "ccomp":
                return i
            if t.head == i:
                return None
            i = t.head
        return None

    def _within(self, i: int, head: int) -> bool:
        """Token i stands in the subtree of token `head`."""
        for _ in range(64):  # a parse is a tree; the bound only guards a malformed one
            if i == head:
                return True
            if self.a.tok[i].head == i:
                return False
            i = self.a.tok[i].head
        return False

    def _locative(self, first: int, last: int, *, modifier: bool = True) -> int | None:
        """The word a place phrase puts at the place, wherever it hangs: the head of its
        "in/at/near", the phrase being that preposition's object, or the object of the "of" of
        a place noun there ("in the US capital city of Washington, DC"), or, when `modifier`, a
        modifier of its object ("in the Red Sea port town"; not a country: "in a U.S.
        airstrike" is a party's act); None for a participant's origin ("Tays, 32, of
        Franklin")."""
        inside = range(first, last + 1)
        i = next((x for x in inside if self.a.tok[x].head not in inside), first)
        for _ in range(6):
            t = self.a.tok[i]
            if t.dep == "appos" or (modifier and t.dep in ("compound", "nmod")):
                if t.head == i:
                    return None
                i = t.head
                continue
            if t.dep != "pobj":
                return None
            if self.a.lemma(t.head) in PLACE_PREPS:
                return self.a.tok[t.head].head
            noun = self.a.tok[t.head].head
            if self.a.lemma(t.head) != "of" or self.a.lemma(noun) not in PLACE_NOUNS:
                return None
            i = noun
        return None

    def _under_occurrence(self, i: int) -> bool:
        """Word i stands in a clause saying where something took place, on its verb or on the
        words below it ("The shooting took place in the Tsuen Wan district", "The stabbing
        occurred at the Schlosspark-Klinik in Berlin")."""
        for _ in range(OCCURRENCE_DEPTH):
            if self._occurrence(i):
                return True
            if self.a.tok[i].head == i:
                return False
            i = self.a.tok[i].head
        return False

    def _placed(self, first: int, last: int) -> int | None:
        """The word a place phrase puts at the place ("went ... at the headquarters", "took
        place in the Serbian capital Belgrade"): the head of its "in/at/near" preposition,
        through the nouns the place names or stands beside; None when it is no place phrase or
        places a participant who is no party the event happens with."""
        inside = range(first, last + 1)
        i = next((x for x in inside if self.a.tok[x].head not in inside), first)
        for _ in range(6):
            t = self.a.tok[i]
            if t.dep == "pobj" and self.a.lemma(t.head) in PLACE_PREPS:
                at = self.a.tok[t.head].head
                # a participant's own place ("Police in Berlin said", "authorities in the
                # United Kingdom announced") is not where anything happened; a party the event
                # happens before, with or by is there ("was sentenced by a court in Multan"),
                # and so is a site ("at the Schlosspark-Klinik in Berlin")
                party = self.a.tok[at]
                present = party.dep == "pobj" and (
                    self.a.lemma(party.head) in COPRESENCE_PREPS | PLACE_PREPS
                )
                return None if self.a.entity(at) is not None and not present else at
            if t.dep not in ("appos", "compound", "nmod", "pobj") or t.head == i:
                return None
            i = t.head
        return None

    def _occurrence(self, v: int) -> bool:
        """ "The shooting took place", "the stabbing occurred": a noun said to have happened."""
        lemma = self.a.lemma(v)
        said = lemma in OCCURRENCE_VERBS or any(
            (lemma, self.a.lemma(o)) in OCCURRENCE_PHRASES for o in self.a.deps(v, "dobj")
        )
        subjects = self.a.deps(v, "nsubj")
        return said and bool(subjects) and self.a.tok[subjects[0]].pos == "NOUN"

    # -- one place phrase -----------------------------------------------------------------

    def place(self, i: int) -> Location | None:
        """The place named by the phrase headed at token i; None if it is no place."""
        p = self.place_of.get(i)
        if p is None or p.geonames_id is None:
            held = self._possessor(i)
            if held is not None:
                return held
        if p is None:
            return self._capital(i) or self.compound(i)
        if p.geonames_id is None:
            return self._site_in(i, p)
        return _location(p, "sentence")

    def _site_in(self, i: int, p: Place | Location) -> Location:
        """A site the gazetteer does not know, placed by its own "in" phrase ("outside Trump
        Tower in New York City", "struck at the German Consulate in Mazar-i-Sharif", "visited
        the Embassy of Armenia in the Holy See"): the site, with the country and coordinates of
        the place it lies in."""
        own = _location(p, "sentence") if isinstance(p, Place) else p
        for word, o in self.a.preps(i):
            if word != "in" or (q := self.place_of.get(o)) is None or q.geonames_id is None:
                continue
            return replace(
                own,
                country=q.country,
                lat=q.lat,
                lon=q.lon,
                feature="other",
                admin1=q.admin1 if q.feature != "country" else None,
            )
        return own

    def realm(self, actors: Iterable[str], anchor: int) -> Location | None:
        """The country a government's rule binds: a ban told with no place of its own ("the
        Sunday trade ban", "Zambia's policy of prohibiting the import") holds in the whole
        country of the government that imposes it, named by the article (its last mention
        before the act, else its first after)."""
        ents = [self.entities.get(e) for e in actors]
        states = {e.country for e in ents if e is not None and e.sector == "GOV" and e.country}
        if len(states) != 1:
            return None
        (state,) = states
        named = sorted(
            {p.start: (i, p) for i, p in self.country_at.items() if p.country == state}.values(),
            key=lambda x: x[0],
        )
        before = [p for i, p in named if i < anchor]
        after = [p for i, p in named if i >= anchor]
        place = before[-1] if before else after[0] if after else None
        if place is None:
            return None
        return replace(_location(place, "story"), name=place.name or place.text)

    def _possessor(self, i: int) -> Location | None:
        """A named site held by a city or a division in the possessive: the site lies there
        ("at Havana's Palace of Conventions", "near Seoul's Jamsil Stadium", "at Brooklyn's
        Barclays Center"); not a common noun ("in Washington's view"), a country ("in
        Canada's Parliament": a party more often than a place) or a saint ("at St. Patrick's
        Cathedral in New York")."""
        if self.a.token(i).pos != "PROPN":
            return None
        for x in [i, *self.a.deps(i, "compound")]:
            for o in self.a.deps(x, "poss"):
                p = self.place_of.get(o)
                if p is not None and p.feature in LOCAL_FEATURES and not SAINT.match(p.text):
                    return _location(p, "sentence")
        return None

    def compound(self, i: int) -> Location | None:
        """A city or a division named as a modifier of the noun at i: "in California's
        Riverside County criminal court" (Riverside County), "at a Florida meeting", "a Kabul car
        bombing", "the Athens riots". A country there is more often a party than the place ("a
        US airstrike", "killed in a U.S. raid"): no place."""
        frontier = self.a.deps(i, "compound", "nmod")
        for _ in range(3):  # "the Riverside County criminal court": County -> court
            for x in frontier:
                p = self.place_of.get(x)
                if p is not None and p.feature in LOCAL_FEATURES:
                    return _location(p, "sentence")
            frontier = [c for x in frontier for c in self.a.deps(x, "compound", "nmod")]
        return None

    def _capital(self, i: int) -> Location | None:
        """ "the Ethiopian capital", "Afghanistan's capital": the place it names beside it ("the
        German capital, Berlin", "Tanzanian capital Dar es Salaam"), else the capital of that
        country (GeoNames' capital of the country); a capital of no stated country ("in the
        capital") and capitals of several ("the Kenyan and Tanzanian capitals") are no place."""
        if self.a.lemma(i) not in CAPITAL_NOUNS or self.a.token(i).tag == "NNS":
            return None  # "the Kenyan and Tanzanian capitals": two places
        nxt = (
            [i + 1, i + 2] if i + 2 < len(self.a.tok) and self.a.tok[i + 1].text == "," else [i + 1]
        )
        for x in [*self.a.deps(i, "appos"), *nxt[-1:]]:
            if (p := self.place_of.get(x)) is not None:  # "the capital, Nairobi", "capital Dar"
                return _location(p, "sentence")
        for x in self.a.deps(i, "amod", "poss", "compound"):
            p = self.country_at.get(x)
            capital = self.gaz.capital_of.get(p.country or "") if p is not None else None
            if p is None or capital is None:
                continue
            start, end = min(p.start, self.a.tok[i].start), self.a.tok[i].end
            text = self.doc.article.text[start:end]
            return _entry_location(capital, text, "sentence", start, end)
        return None

    def _aerial(self, i: int) -> bool:
        """Word i tells an act in the air (`AERIAL_WORDS`), alone or with its particle or
        modifier ("shot down", "blown up", "air strikes")."""
        lemma = self.a.lemma(i)
        if lemma in AERIAL_WORDS:
            return True
        return any(
            (lemma, self.a.lemma(x)) in AERIAL_PHRASES for x in self.a.deps(i, "prt")
        ) or any((self.a.lemma(x), lemma) in AERIAL_PHRASES for x in self.a.deps(i, "compound"))

    def _in_phrases(self, i: int, *, motion: bool) -> Iterable[int]:
        aerial = self._aerial(i)
        for o in self.a.deps(i, "dobj"):
            if aerial:
                # the thing downed or intercepted is where the act is: "intercepted missiles
                # over Damascus", "downed a drone over the Strait of Hormuz"
                yield from (o2 for w2, o2 in self.a.preps(o) if w2 in AERIAL_PREPS)
            if self.a.lemma(i) in VISIT_VERBS:
                yield o  # "visited Hanoi": the object of a visit is its place
            if self.a.lemma(o) in MOTION_NOUNS:
                # "a vigil and march to the Police Department": the goal of the movement
                for word, o2 in self.a.preps(o):
                    if word in MOTION_PREPS:
                        yield o2
                        yield from self._inside_goal(o2)
            if self.a.entity(o) is None and not self.stance:
                # the place of a thing or an act the verb governs is the verb's: "visited
                # the border near McAllen", "conducted a traffic stop near Seventh Street";
                # a participant's own place ("the ambassador in London") is not, nor the place
                # of what a stance is about ("condemned two terrorist bomb attacks in Kenya",
                # "defend NATO's potential involvement in Kosovo")
                for word, o2 in self.a.preps(o):
                    if word in PLACE_PREPS:
                        yield o2
        for word, o in self.a.preps(i):
            if word in COPRESENCE_PREPS and self.a.entity(o) is not None:
                # a party's place ("clashed with riot police in Ottawa"), not a thing's
                # ("charged with war crimes in Darfur")
                yield from (o2 for w2, o2 in self.a.preps(o) if w2 in PLACE_PREPS)
            over = aerial and word in AERIAL_PREPS  # "was shot down over Hanoi"
            if word in PLACE_PREPS or (motion and word in MOTION_PREPS) or over:
                yield o
                for w2, o2 in self.a.preps(o):
                    # "at the G7 summit in Italy", "in the city of Kharkiv"; "shot down in
                    # his jet over Hanoi"
                    named = w2 == "of" and self.a.lemma(o) in PLACE_NOUNS
                    if w2 in PLACE_PREPS or named or (aerial and w2 in AERIAL_PREPS):
                        yield o2
                if motion and word in MOTION_PREPS:
                    yield from self._inside_goal(o)
            if word in SIMULTANEOUS_PREPS or (
                word in COURT_SEQUENCE_PREPS and self.a.lemma(o) in COURT_NOUNS
            ):
                # "during a rally in Caracas", "After a jury trial in Paris, ... were found"
                yield from (o2 for w2, o2 in self.a.preps(o) if w2 in PLACE_PREPS)

    def _inside_goal(self, o: int) -> Iterable[int]:
        """The place phrases inside a movement's goal, through its "of" phrases and conjuncts
        ("a march to the headquarters of the Commission and the Force Headquarters in Abuja")."""
        frontier = [o]
        for _ in range(GOAL_DEPTH):
            nxt: list[int] = []
            for x in frontier:
                for word, o2 in self.a.preps(x):
                    if word in PLACE_PREPS:
                        yield o2
                    elif word == "of":
                        nxt.append(o2)
            frontier = nxt

    def _moving(self, j: int) -> bool:
        """Word j tells a movement: a motion verb, a movement noun ("the march to"), or a verb
        whose object is one ("led a protest march to", "began a military offensive into")."""
        if self.a.lemma(j) in MOTION_VERBS | MOTION_NOUNS:
            return True
        return any(self.a.lemma(o) in MOTION_NOUNS for o in self.a.deps(j, "dobj"))

    def _bench(self, j: int) -> Location | None:
        """The seat of a court or a judge that is verb j's subject ("a federal judge in Texas
        ruled", "Judge Nickerson of Federal District Court in Brooklyn ruled", "the Supreme Court
        of Puerto Rico issued a ruling"): a court acts where it sits, unlike other participants;
        a state's court may act toward another's ("the Supreme Court of Justice of Austria
        brought the case before the ECJ"), so "of" a country is no seat unless it is a territory
        with a sovereign of its own (`Lexicon.sovereigns`, from countries.jsonl)."""
        for s in self.a.deps(j, "nsubj"):
            courts = [s] if self.a.lemma(s) in COURT_PARTIES else []
            courts += [
                o for w, o in self.a.preps(s) if w == "of" and self.a.lemma(o) in COURT_PARTIES
            ]
            for c in courts:
                for word, o in self.a.preps(c):
                    loc = self.place(o) if word in PLACE_PREPS | {"of"} else None
                    # a country's highest court acts before others too ("the Supreme Court of
                    # Justice of Austria brought the case before the ECJ, asking")
                    local = loc is not None and (
                        loc.feature in LOCAL_FEATURES or (loc.country or "") in lexicon().sovereigns
                    )
                    if loc is not None and (word != "of" or local):
                        return loc
        return None

    def _outcome(self, j: int) -> Location | None:
        """The place of the act that is the subject of outcome verb j ("a Kabul car bombing
        killed five", "an attack on a bank in Athens left three dead", "bombings at two Baghdad
        markets killed 18"): its own place phrase, the site it struck, or a city or division
        modifying it."""
        if self.a.lemma(j) not in OUTCOME_VERBS:
            return None
        for s in self.a.deps(j, "nsubj"):
            if self.a.lemma(s) not in INCIDENT_NOUNS or self.a.entity(s) is not None:
                continue
            aerial = self._aerial(s)  # "air strikes over Gaza killed five"
            for word, o in self.a.preps(s):
                over = aerial and word in AERIAL_PREPS
                if (word in PLACE_PREPS or over) and (loc := self.place(o)):
                    return loc
                if word in PLACE_PREPS | SITE_PREPS:
                    named = self.a.lemma(o) in PLACE_NOUNS  # "near the town of Samarra"
                    for w2, o2 in self.a.preps(o):
                        nested = w2 in PLACE_PREPS or (w2 == "of" and named)
                        if nested and (loc := self.place(o2)):
                            return loc
            if loc := self.compound(s):
                return loc
        return None

    def _district(self, j: int) -> Location | None:
        """A US federal judicial district the clause of verb j puts something in ("was
        convicted of conspiracy to possess ... in 2008 in the Western District of Texas"), the
        court's venue wherever the parser hangs it; not inside a clause of its own subject."""
        if self.a.token(j).pos not in ("VERB", "AUX"):
            return None
        kids = self.a.tree.children
        stack = list(kids[j])
        while stack:
            x = stack.pop(0)
            t = self.a.token(x)
            if t.dep in ("relcl", "ccomp", "advcl", "parataxis") or (
                t.dep == "conj" and self.a.deps(x, "nsubj", "nsubjpass")
            ):
                continue
            stack.extend(kids[x])
            if not (t.text == "District" and t.dep == "pobj" and self.a.lemma(t.head) == "in"):
                continue
            named = any(self.a.lemma(c) in DISTRICT_DIRECTIONS for c in self.a.deps(x, "compound"))
            states = [o for w, o in self.a.preps(x) if w == "of" and o in self.place_of]
            if named and states and self.place_of[states[0]].feature == "admin1":
                return self.place(x) or self.place(states[0])
        return None

    def _shared_clauses(self, i: int) -> list[int]:
        """The "-ing" clauses on verb i that have no subject of their own: their subject is
        i's and they tell what it did there, so their place phrase is i's place ("arrested
        Christopher L. Tays ... after stopping his vehicle near 17th Street", "was detained
        while walking in Tahrir Square"). A motion's goal is not ("before flying to Paris"),
        nor the act an event is about, under a reason preposition (`REASON_PREPS`: "assailed
        Ukraine for holding joint naval exercises in the Black Sea", whose doer is Ukraine)."""
        if self.a.token(i).pos not in ("VERB", "AUX"):
            return []
        out: list[int] = []
        for c in self.a.deps(i, "advcl", "prep"):
            if self.a.token(c).dep == "prep" and self.a.lemma(c) in REASON_PREPS:
                continue  # "assailed Ukraine for holding exercises in the Black Sea"
            verbs = [c] if self.a.token(c).dep == "advcl" else self.a.deps(c, "pcomp")
            for v in verbs:
                t = self.a.token(v)
                if t.tag == "VBG" and not self.a.deps(v, "nsubj", "nsubjpass", "expl"):
                    out.append(v)
        return out

    def _sites(self, i: int) -> Iterable[int]:
        """The site of a siege or a raid, its place: "besieged the university", "the
        university was besieged", "laid siege to the university", "a raid on the compound"."""
        if self.a.lemma(i) in SITE_VERBS:
            yield from self.a.deps(i, "dobj", "nsubjpass")
        for o in self.a.deps(i, "dobj"):
            if self.a.lemma(o) in SITE_NOUNS:
                for word, o2 in [*self.a.preps(i), *self.a.preps(o)]:
                    if word in SITE_PREPS:
                        yield o2

    def site(self, i: int) -> Location | None:
        """A named building or institution as a place ("Hong Kong Polytechnic University"):
        its name, with the country and coordinates of the place its name holds, else the
        country of the organisation; an unnamed one ("a university") is no place."""
        if (loc := self.place(i)) is not None:
            return loc
        ent = self.entities.get(self.a.entity(i) or "")
        if ent is None or ent.type not in ("ORG", "FAC"):
            return None
        at = self.a.tok[i].start
        m = next((m for m in ent.mentions if m.start <= at < m.end and m.kind == "name"), None)
        if m is None:
            return None
        inner = next((p for p in self.embedded if m.start <= p.start and p.end <= m.end), None)
        if inner is None:
            own = Location(m.text, ent.country, start=m.start, end=m.end, evidence="sentence")
            return own if ent.country else self._site_in(i, own)
        return Location(
            m.text,
            inner.country,
            inner.lat,
            inner.lon,
            m.start,
            m.end,
            feature="other",
            admin1=inner.admin1,
            evidence="sentence",
        )

    # -- an event -------------------------------------------------------------------------

    def own_place(self, j: int) -> Location | None:
        """The place phrase on token j itself ("was delivered [in Singapore]"), none above it."""
        for o in self._in_phrases(j, motion=self._moving(j)):
            if loc := self.place(o):
                return loc
        return None

    def locate(self, anchors: list[int], code: str = "") -> Location | None:
        """The first place phrase on the anchors, then on their heads up to the sentence root,
        not above a conjoined clause with its own subject, nor above a relative clause telling a
        stance (`STANCE_ROOTS`, CAMEO `code`): "the Supreme Court of the United States, which
        rejected a lawsuit" under "turned out in D.C. to protest", "the poisoning ... in the
        English city of Salisbury, which Russia heatedly denies" are not in D.C. or Salisbury;
        an act is ("besieged by police, who fired round after round of teargas"), and so is
        what a "where" clause tells ("in Washington, where lawmakers expressed outrage"). A
        stance is not at the place of the thing it is about (`_in_phrases`)."""
        self.stance = code[:2] in STANCE_ROOTS
        seen: set[int] = set()
        frontier = list(anchors)
        reported: set[int] = set()  # heads above a reported clause ("a judge in Texas ruled
        # that the agency violated the law": the court's seat is not the violation's place)
        while frontier:
            j = frontier.pop(0)
            if j in seen:
                continue
            seen.add(j)
            if j in reported and not self.stance:
                # the place of a report is not that of the act it reports ("A spokesman ... at
                # its headquarters in Potsdam said that Afghan police forces fought with Taliban
                # attackers"); a stance is the report's own ("appreciates ..., Scalise said in
                # Rabat")
                self._climb(j, frontier, reported)
                continue
            motion = self._moving(j)
            for o in self._sites(j):
                if loc := self.site(o):
                    return loc
            for o in self._in_phrases(j, motion=motion):
                if loc := self.place(o):
                    return loc
            if j in anchors and self.a.token(j).pos == "NOUN" and (loc := self.compound(j)):
                return loc  # "a Kabul car bombing", "the Athens riots"
            for v in self._shared_clauses(j):
                for o in self._in_phrases(v, motion=False):
                    if loc := self.place(o):
                        return loc
            if j not in reported and (loc := self._district(j) or self._bench(j)):
                return loc
            if j in anchors and (loc := self._outcome(j)):
                return loc
            t = self.a.token(j)
            if t.dep == "relcl" and code[:2] in STANCE_ROOTS and not self._where(j):
                continue  # a stance told of the antecedent ("a charge that Russia denies")
            if t.dep == "conj" and self.a.deps(j, "nsubj", "nsubjpass"):
                continue  # a clause of its own subject: "was claimed by the Houthis in Yemen,
                # but the United States alleged": the first clause's place is not its place
            if t.dep == "advcl" and self._own_clause(j):
                continue  # "After the union objected, the case was moved to St. Louis"
            self._climb(j, frontier, reported)
        return None

    def _own_clause(self, clause: int) -> bool:
        """The adverbial clause at `clause` tells an event of its own: it has its own subject
        and a subordinator (`CLAUSE_SUBORDINATORS`: "after", "as", "when", "if", ...)."""
        if not self.a.deps(clause, "nsubj", "nsubjpass"):
            return False
        marks = self.a.deps(clause, "mark", "advmod")
        return any(self.a.lemma(m) in CLAUSE_SUBORDINATORS for m in marks)

    def _climb(self, j: int, frontier: list[int], reported: set[int]) -> None:
        """Go on from word j to its head; a head above a reported clause is a report's."""
        t = self.a.token(j)
        if t.head != j:
            frontier.append(t.head)
            if j in reported or t.dep == "ccomp":
                reported.add(t.head)

    def _where(self, clause: int) -> bool:
        """The relative clause at `clause` is a "where" clause, told at its antecedent."""
        return any(self.a.lemma(x) == "where" for x in self.a.deps(clause, "advmod"))

    def _dateline(self, places: Iterable[Place]) -> Location | None:
        line = read_dateline(self.doc.article.text)
        if line is None:
            return None
        for p in places:
            if p.start >= line.start and p.end <= line.end and p.geonames_id is not None:
                return _location(p, "dateline")
        return None

    def at_dateline(
        self,
        sentence: int,
        date: EventDate | None,
        anchor: int,
        modality: str,
        actors: Iterable[str] = (),
    ) -> Location | None:
        """The dateline's place for an event of the dateline's own story: one told in the
        article's first sentence, the dateline's own, or a later one told as happening (not
        planned, hoped or possible: that place is not the reporter's) that is not background
        (no pluperfect, no date more than a week before publication, no year or month but the
        publication's) in a sentence that puts nothing in, at, to or from a place of another
        country than the dateline's, not in a relative clause (which tells a participant's past or
        standing, not the story's news), and names no city, division or site but the dateline's own
        place and the division holding it ("marched in front of the federal building in
        Orlando" under a MIAMI dateline; "the Alabama clinic bombing" under BUFFALO). A later
        act told by a noun is one the article refers to, not news told from the dateline
        ("These arrests are important", "Sasse said the charges against the two staffers are
        overdue", "the humiliation he experienced after his arrest", USA Today under WASHINGTON;
        "U.S. aid might be freed", AP under WASHINGTON). Nor is an act whose doers are all
        states or seated bodies of other countries (`_foreign_states`)."""
        if self.dateline is None or self._foreign_states(actors, self.dateline):
            return None
        if sentence == 0:
            return self.dateline
        if sentence >= DATELINE_REACH:
            return None
        if modality not in ("asserted", "negated") or self.a.token(anchor).pos == "NOUN":
            return None
        return self.dateline if self._fits(self.dateline, sentence, date, anchor) else None

    def _foreign_states(self, actors: Iterable[str], place: Location) -> bool:
        """The doers are all states named by their country (GPE) of other countries than
        `place`'s: a state acts from its own country, not from the city the reporter files from
        ("Libya ... hailed the ruling" under THE HAGUE; "U.S. deploys National Guard" quoted
        under MEXICO CITY)."""
        ents = [self.entities.get(a) for a in actors]
        return bool(ents) and all(
            e is not None
            and (e.type == "GPE" or (e.type == "ORG" and e.sector in SEATED_SECTORS))
            and e.country
            and e.country != place.country
            for e in ents
        )

    def aimed_abroad(self, location: Location | None, code: str, recipients: Iterable[str]) -> bool:
        """`location` is no place of a physical act (`PHYSICAL_ROOTS`) aimed at states of other
        countries only: such an act happens in the state it strikes, not at the dateline, the
        story's place or the place of another clause of its sentence. A strike on Syria told under
        a WASHINGTON dateline is not in Washington; "Iraq said it invaded Kuwait" in a story
        placed in Washington (AP, TBAQ), "Russia has made submarine incursions into Swedish and
        Finnish waters" in one placed near Copenhagen (PolNeAR), "who lived in London from 1968,
        when the Soviets invaded Czechoslovakia" (NYT, TBAQ) and "an aborted invasion of Cuba by
        CIA-trained exiles" beside "keep the boy in Miami" (AP, TBAQ) are not there."""
        if location is None or not location.country:
            return False
        if code[:2] not in PHYSICAL_ROOTS:
            return False
        states = {
            e.country
            for e in (self.entities.get(r) for r in recipients)
            if e is not None and e.type == "GPE" and e.country
        }
        # "the embassy bombings in Nairobi and Dar es Salaam": a target in the place's own
        # country keeps it
        return bool(states) and location.country not in states

    def note(
        self,
        sentence: int,
        code: str,
        location: Location | None,
        date: EventDate | None = None,
        anchor: int | None = None,
    ) -> None:
        """An incident placed in its own sentence puts the story there for later reports; not
        one told as background (`_background`: a pluperfect, a long span, a date more than a
        week before publication or in another month or year), which is no report of the
        story's incident ("In 1969, he was indicted in New Jersey", NYT obituary: the mob boss's
        later life is not in New Jersey)."""
        if location is None or location.evidence != "sentence" or code[:2] not in STORY_ROOTS:
            return
        if anchor is not None and self._background(date, anchor):
            return
        self.story.setdefault(sentence, location)

    def in_story(
        self, sentence: int, date: EventDate | None, anchor: int, code: str, modality: str
    ) -> Location | None:
        """The story's place for a later report of its incident (`STORY_ROOTS`) whose sentence
        names no place ("The attacker was shot dead by police", after a lead that put the
        stabbing at the Paris police headquarters): the place the article last gave the story
        before this sentence, under the dateline's guards (told as happening, no background, no
        relative clause, no place of another country or another city in its sentence)."""
        if code[:2] not in STORY_ROOTS or modality not in ("asserted", "negated"):
            return None
        if self._referred(anchor):
            return None
        told = [k for k in self.story if k < sentence]
        if not told or sentence - max(told) > STORY_REACH:
            return None
        return self._carried(max(told), sentence, date, anchor, site=True)

    def _referred(self, i: int) -> bool:
        """Token i is a noun telling an act the article refers to by an anaphoric determiner or
        a possessive ("These arrests are important", "after his arrest"), not one it reports."""
        if self.a.token(i).pos != "NOUN":
            return False
        dets = [self.a.lemma(d) for d in self.a.deps(i, "det")]
        return bool(self.a.deps(i, "poss")) or any(d in ANAPHORIC for d in dets)

    def at_occasion(
        self, anchors: list[int], sentence: int, date: EventDate | None, modality: str
    ) -> Location | None:
        """The story's place for an event told in, at or during an occasion the article told
        before ("Another former Trump adviser, Sebastian Gorka, also spoke in the rally and
        encouraged supporters" after "gathered ... in the U.S. capital, Washington D.C., for a
        rally"; "In his speech, the Prime Minister applauded" after "landed at Singapore's
        Changi International Airport"): an occasion noun (`OCCASION_NOUNS`) with an anaphoric
        determiner ("the", "his", "that"), on the event's word or the words it is conjoined to
        or hangs from in its own clause, that no place phrase of its own places; the place the
        article last gave its story before this sentence, under `in_story`'s guards. "in a
        rally on Friday" is no occasion told before."""
        if modality not in ("asserted", "negated") or not self._at_occasion(anchors):
            return None
        told = [k for k in self.story if k < sentence]
        if not told or sentence - max(told) > STORY_REACH:
            return None
        anchor = anchors[0]
        return self._carried(max(told), sentence, date, anchor, site=True)

    def _at_occasion(self, anchors: list[int]) -> bool:
        """An anaphoric occasion phrase ("in the rally", "In his speech") on one of the anchors
        or on the words above them up to their clause's verb, through conjuncts without a
        subject of their own."""
        frontier = list(anchors)
        seen: set[int] = set()
        while frontier:
            j = frontier.pop()
            if j in seen:
                continue
            seen.add(j)
            for word, o in self.a.preps(j):
                if word not in OCCASION_PREPS or self.a.lemma(o) not in OCCASION_NOUNS:
                    continue
                dets = [self.a.lemma(d) for d in self.a.deps(o, "det", "poss")]
                if any(d in ANAPHORIC for d in dets) and not self.a.preps(o):
                    return True
            t = self.a.token(j)
            own = t.dep == "conj" and self.a.deps(j, "nsubj", "nsubjpass")
            if t.head != j and (t.pos not in ("VERB", "AUX") or (t.dep == "conj" and not own)):
                frontier.append(t.head)
        return False

    def before_story(
        self, sentence: int, date: EventDate | None, anchor: int, code: str, modality: str
    ) -> Location | None:
        """The story's place for a report of its incident told before the article first
        places it ("Fritz von Weizsäcker was stabbed to death" before "The stabbing occurred at
        the Schlosspark-Klinik in Berlin"; "Serbians protested" before "protests have been taking
        place ... in the Serbian capital Belgrade"): the first place the article gives the story,
        at most `REACH_BACK` sentences later, when none came before; under `in_story`'s guards.
        Ask it once the whole article is read (`note` adds the incidents placed later)."""
        if code[:2] not in STORY_ROOTS or modality not in ("asserted", "negated"):
            return None
        if self._referred(anchor) or any(k <= sentence for k in self.story):
            return None
        later = [k for k in self.story if sentence < k <= sentence + REACH_BACK]
        if not later:
            return None
        return self._carried(min(later), sentence, date, anchor)

    def _carried(
        self, told: int, sentence: int, date: EventDate | None, anchor: int, *, site: bool = False
    ) -> Location | None:
        """The place the story was given in sentence `told`, at the level a report told
        elsewhere takes it (`_story_city`; a named site too when `site`, for a later report),
        for an event of `sentence` that `_fits` it."""
        place = self._story_city(self.story[told], told, site=site)
        if not self._fits(place, sentence, date, anchor):
            return None
        holder = self.gaz.city_state(place.country)
        inside = holder is not None and holder.geonames_id != place.geonames_id
        if holder is not None and inside and self._the_city(sentence):
            # "In other parts of the city, the police used water cannons" after a shooting in
            # Tsuen Wan: the city is Hong Kong, the city-state holding the district
            return _entry_location(holder, holder.name, "story")
        return replace(place, evidence="story")

    def _the_city(self, sentence: int) -> bool:
        """The sentence puts something in, at or near "the city" or "the territory", or in a
        part of it ("In other parts of the city", "across the territory"): the city the story
        is in, named before (`CITY_NOUNS`)."""
        s = self.doc.sentences[sentence]
        for i in range(s.tok_start, s.tok_end):
            t = self.a.tok[i]
            if self.a.lemma(i) not in CITY_NOUNS or t.tag != "NN":
                continue
            if not any(self.a.lemma(d) == "the" for d in self.a.deps(i, "det")):
                continue
            if self.a.deps(i, "poss", "compound", "amod", "prep"):
                continue  # "the Chinese city", "the city of Kharkiv": another city, or named
            for _ in range(3):  # "in other parts of the city": through "of" to a part
                t = self.a.tok[i]
                if t.dep != "pobj" or t.head == i:
                    break
                if self.a.lemma(t.head) in PLACE_PREPS:
                    return True
                if self.a.lemma(t.head) != "of":
                    break
                i = self.a.tok[t.head].head
        return False

    def _story_city(self, place: Location, told: int, *, site: bool = False) -> Location:
        """A story told at a street or a square ("conducted a traffic stop near Seventh Street",
        "rallied at Freedom Plaza in the US capital city of Washington, DC") is carried to its
        reports in other sentences at its city: the one city that sentence puts something in,
        or whose police acts there ("Officers from the Columbus Police Department"); the
        street stays when the sentence names no city or several. When `site`, a named site the
        gazetteer does not know is carried so too: a later report of a story told "at the
        Schlosspark-Klinik in Berlin" ("Police arrested a 57-year-old man") is in Berlin, not
        in the clinic; the incident the site's sentence tells stays there."""
        words = place.name.lower().replace(".", "").split()
        street = bool(words) and words[-1] in STREET_WORDS
        if place.geonames_id is not None or not words or not (street or site):
            return place
        cities = {p.geonames_id: p for p in self.cities.get(told, ())}
        if len(cities) != 1:
            return place
        return _location(next(iter(cities.values())), "story")

    def _fits(self, place: Location, sentence: int, date: EventDate | None, anchor: int) -> bool:
        """Whether an event of `sentence` told as happening may take a place its sentence does
        not name (the dateline's, the story's): not background, not under a modal
        (`_modal`), not in a relative clause ("a NASA scientist who led the investigation": a
        participant's past), in a sentence that
        names no place of another country and no city, division or site but `place` and the
        division holding it, nor puts anything in or at a known place under a name the parser
        did not take for a place (`_misnamed`: "In Heraklion, 10,000 people are reported as
        marching", ECB+, after riots in Athens; "began a two day rally in the capital, Abuja",
        TBAQ, after clashes in Lagos)."""
        if self._background(date, anchor) or self._modal(anchor):
            return False
        if self.relative(anchor) or self._that_relative(anchor):
            return False
        if self.countries.get(sentence, set()) - {place.country}:
            return False
        holder = self.gaz.city_state(place.country)
        held = holder.geonames_id if holder is not None else None
        if any(_elsewhere(p, place, held) for p in self.local.get(sentence, ())):
            return False
        return not any(
            not any(_holds(c, place) for c in cands) for cands in self.misnamed.get(sentence, ())
        )

    def _modal(self, i: int) -> bool:
        """Token i stands in a clause under a future or modal auxiliary, its own or one of the
        clauses it hangs from (`MODAL_REACH`: not a reported clause, not a noun's): a possibility,
        not an act told as happening ("five of the 10 Democrats on stage will serve as jurors
        ... should the House vote to impeach President Donald Trump", AP; "the state will wait
        for CoreCivic to make a reasonable offer", GeoWebNews; "If the government succeeds in
        seizing Mr. Antar's assets, he could be left without ...", WSJ; "the weapon may have
        been buried ..., with the killer digging it up to fire the shot", AP, TBAQ)."""
        for _ in range(64):  # a parse is a tree; the bound only guards a malformed one
            t = self.a.token(i)
            if any(self.a.token(x).text.lower() in MODALS for x in self.a.deps(i, "aux")):
                return True
            if t.head == i or t.dep not in MODAL_REACH:
                return False
            i = t.head
        return False

    def relative(self, i: int) -> bool:
        """Token i stands in a relative clause ("A Justice official, who requested anonymity",
        "MindSpring, which provided the Internet space")."""
        for _ in range(64):  # a parse is a tree; the bound only guards a malformed one
            t = self.a.token(i)
            if t.dep == "relcl":
                # "who/which" (a "that" may be a complementizer the parser took for one: "tells
                # the paper that he fought")
                kids = self.a.tree.children
                words = [self.a.token(x) for x in kids[i]]
                words += [self.a.token(o) for w in words if w.dep == "prep" for o in kids[w.i]]
                return any(w.text.lower() in RELATIVE_PRONOUNS for w in words)
            if t.head == i:
                return False
            i = t.head
        return False

    def _that_relative(self, i: int) -> bool:
        """Token i is the verb of a relative clause whose subject is the relative "that", which
        no complementizer can be: the clause tells its antecedent's standing or past ("NASA's
        Commercial Orbital Transportation Services effort that funded the development",
        SpaceNews; "the House appropriations subcommittee that funds NASA"; "Indonesian
        airlines that buy the (Airbus) plane", MEANTIME), not the story's news."""
        if self.a.token(i).dep != "relcl":
            return False
        subjects = self.a.deps(i, "nsubj", "nsubjpass")
        return any(self.a.token(x).text.lower() == "that" for x in subjects)

    def _over_span(self, anchor: int) -> bool:
        """The event at `anchor` is told over a span that reaches the story's time, on its own
        word or on the words above it up to its verb: "in recent days", "over the past three
        months" (`SPAN_NOW` on a unit of `SPAN_NOW_UNITS`), "since 1991", "so far this year",
        "have attacked nearly 100 vessels this year" (a perfect): many acts summed up ("Scott is
        one of at least 707 people shot and killed by police so far this year", Washington
        Post; "At least 51 people were reported killed in clashes ... in recent days", AP;
        "Pirate attacks in the waters off Somalia have increased this year", ECB+), not the
        story's incident, so at neither its place nor the dateline's."""
        i = anchor
        for _ in range(8):
            # a span after the last of verbs joined without a subject of their own spans them
            # all ("shot and killed by police so far this year": the span hangs on "killed")
            shared = [c for c in self.a.deps(i, "conj") if not self.a.deps(c, "nsubj", "nsubjpass")]
            if self._span_on(i) or any(self._span_on(c) for c in shared):
                return True
            t = self.a.token(i)
            if t.head == i:
                return False
            # a verb conjoined without a subject of its own shares its head's span ("have
            # attacked nearly 100 vessels this year and hijacked nearly 40")
            own = t.dep != "conj" or self.a.deps(i, "nsubj", "nsubjpass")
            if t.pos in ("VERB", "AUX") and own:
                return False
            i = t.head
        return False

    def tally(self, anchor: int) -> bool:
        """The event at `anchor` sums up acts over a span that reaches the story's time
        (`_over_span`): no report of one act, so no act told again in the next sentence is it
        ("Scott is one of at least 707 people shot and killed by police so far this year" is
        not the shooting "in Tulsa last week" that the next sentence tells)."""
        return self._over_span(anchor)

    def _span_on(self, i: int) -> bool:
        for word, o in self.a.preps(i):
            recent = any(self.a.lemma(m) in SPAN_NOW for m in self.a.deps(o, "amod"))
            if word in SPAN_NOW_PREPS and self.a.lemma(o) in SPAN_NOW_UNITS and recent:
                return True  # "in recent days", "over the past three months"
            if word == "since" and YEAR.match(self.a.token(o).text):
                return True  # "since 1991"
        perfect = any(self.a.lemma(x) == "have" for x in self.a.deps(i, "aux"))
        far = [x for x in self.a.deps(i, "advmod") if self.a.lemma(x) == "far"]
        spans = [*self.a.deps(i, "npadvmod"), *(y for x in far for y in self.a.deps(x, "npadvmod"))]
        for o in spans:
            this = any(self.a.lemma(d) == "this" for d in self.a.deps(o, "det"))
            if this and self.a.lemma(o) in SPAN_NOW_UNITS and (perfect or far):
                return True  # "so far this year", "have attacked ... this year"
        return False

    def _background(self, date: EventDate | None, anchor: int) -> bool:
        if any(self.a.token(x).text.lower() == "had" for x in self.a.deps(anchor, "aux")):
            return True  # "had been held since 2016": pluperfect, before the story's time
        for word, o in self.a.preps(anchor):
            if word == "for" and self.a.token(o).tag == "NNS" and self.a.lemma(o) in SPAN_UNITS:
                return True  # "For months, federal authorities examined": a long span
        if self._over_span(anchor):
            return True
        value = (date.value or "") if date is not None else ""
        if not value or not self.published:
            return False
        if len(value) < 10:  # "in 2016", "in October": a year or a month is background
            return value != self.published[: len(value)]
        try:
            days = (dt.date.fromisoformat(self.published) - dt.date.fromisoformat(value[:10])).days
        except ValueError:
            return False
        return days > STORY_DAYS


def _stamped(doc: Document) -> str:
    """The day an article without a publication date stamps on its first line, the day its
    background is told against ("Vincent Gigante, Mafia Leader Who Feigned Insanity, Dies at 77
    Published: December 19, 2005", "Frederick LaRue, 75; Had Key Role in Coverup of the
    Watergate Break-In July 29, 2004", ECB+): the first day-level date of its lead or the
    lines before it (`lead_sentence`); "" when it has none."""
    if not doc.sentences:
        return ""
    lead = doc.sentences[lead_sentence(doc)]
    for t in sorted(doc.timexes, key=lambda t: t.start):
        if t.start >= lead.end:
            break
        if t.type == "DATE" and t.value and STAMP.match(t.value):
            return t.value
    return ""


def _elsewhere(p: Place, place: Location, holder: int | None = None) -> bool:
    """A city, division or site that is neither `place` nor the division holding it: "Orlando"
    or "Alabama" beside a story told in Miami, not "Miami" or "Florida"; nor the city-state
    holding it (GeoNames id `holder`): "protests in Hong Kong" beside a story told in Tsuen Wan."""
    if p.geonames_id is not None and p.geonames_id in (place.geonames_id, holder):
        return False
    if place.name.lower() in ((p.name or "").lower(), p.text.lower()):
        return False
    return not (p.feature == "admin1" and (p.country, p.admin1) == (place.country, place.admin1))


def _proper(word: str) -> bool:
    """A word written as a name: capitalised letters, not an abbreviation ("UTC", "ABC")."""
    return word.isalpha() and word[:1].isupper() and not word.isupper()


def _holds(c: Candidate, place: Location) -> bool:
    """A reading of a name is `place` itself or a division or country holding it."""
    if c.geonames_id == place.geonames_id:
        return True
    if c.feature == "country":
        return c.country == place.country
    return c.feature == "admin1" and (c.country, c.admin1) == (place.country, place.admin1)


def _entry_location(
    e: Candidate, text: str, evidence: str, start: int | None = None, end: int | None = None
) -> Location:
    """A gazetteer entry as an event's place, told by `text` (a capital for "Kenyan capital", the
    city-state holding a story's district)."""
    return Location(
        text,
        e.country,
        e.lat,
        e.lon,
        start,
        end,
        geonames_id=e.geonames_id,
        feature=e.feature,
        admin1=e.admin1,
        evidence=evidence,
    )


def _location(p: Place, evidence: str) -> Location:
    return Location(
        p.text,
        p.country,
        p.lat,
        p.lon,
        p.start,
        p.end,
        geonames_id=p.geonames_id,
        feature=p.feature,
        admin1=p.admin1,
        evidence=evidence,
    )

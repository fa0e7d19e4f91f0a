"""The workspace the entity passes share, and the parse readings more than one pass needs.

`Workspace` holds the document with its parse tree (`parse.tree.Tree`: children, subtree), the
actor lexicon, the NER spans by token, and the drafts (`mentions`) with the tokens they claim.
`agent_at` and `premodifiers` read agent terms and titles off the parse; `finish` turns the
drafts into the frozen `Entity` records of the document.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, cached_property

from ...ontology.actors import Agent, Known, Lexicon, Place
from ...ontology.normalize import norm
from ...ontology.reading import (
    evidence_confidence,
    organisation_words,
    person_words,
    place_words,
    sports_words,
)
from ...parse.tree import Tree
from ...records import Document, Entity, Mention, NamedSpan, Token
from ..initials import bracketed
from .mentions import CHAIN_DEPS, DETERMINERS, POSSESSIVE, Draft, MentionDraft, Pending

# Verbs whose object is a suspect ('arrested', 'charged'): ontology/data/person_words.json.
SUSPECT_VERBS = frozenset(person_words()["suspect_verbs"])
# Verbs of a crime against a person ('shot him', 'stabbed a guard'): person_words.json.
CRIME_DOER_VERBS = frozenset(person_words()["crime_doer_verbs"])
# Object pronouns of persons: the victim of a crime verb ('shot him').
PERSON_OBJECTS = frozenset({"him", "her", "them", "me", "us", "himself", "herself"})
# Roles of the business press ('analyst': BUS) and the words of other fields that take that
# default away before them ('political analyst'): ontology/data/person_words.json.
MARKET_ROLES = frozenset(person_words()["market_roles"])
FIELD_WORDS = frozenset(person_words()["field_words"])
# A monarch's titles, no title after a common noun ('pinup queen'): person_words.json.
ROYAL_TITLES = frozenset(person_words()["royal_titles"])
# Words of a US-only office or division in a name ('Santa Clara County Sheriff's Office'), and
# the words after one that make it another country's ('Kent County Council'): place_words.json.
US_OFFICE_WORDS = frozenset(place_words()["us_office_words"])
# a company's registered form ends its registered name, never a headline ("Inc", "LLC", "GmbH")
REGISTERED_FORMS = frozenset(organisation_words()["registered_forms"])
NOT_US_AFTER = {w: frozenset(after) for w, after in place_words()["not_us_after"].items()}
# A year as news writes one ('in 1998', 'in 1868'), read only where the NER calls it a date.
YEAR = re.compile(r"1[7-9]\d\d|20\d\d")
# The least population of a town whose own name beats the same name as another place's old or
# foreign name in the actor dictionary (`renamed_elsewhere`): a village's does not.
RENAMED_TOWN = 20_000
# A sports report names at least `min_cues` distinct words of play: ontology/data/sports_words.json.
SPORTS_CUES = frozenset(sports_words()["cues"])
MIN_SPORTS_CUES = int(sports_words()["min_cues"])
# Peoples' names in the plural that clubs bear ('Indians'): sports_words.json club_peoples.
CLUB_PEOPLES = frozenset(sports_words()["club_peoples"])
# A nation of immigrants' people ('Americans') after another people's adjective, or its adjective
# before a community noun, names that nation's citizens ('Finnish Americans', 'the Cuban-American
# community'): place_words.json descent_nations, descent_communities.
DESCENT_NATIONS = frozenset(place_words()["descent_nations"])
DESCENT_COMMUNITIES = frozenset(place_words()["descent_communities"])
# A state's name or demonym after 'post-', or after 'ex-' or 'former' before a noun of a land
# ('the ex-Soviet republic', 'former Soviet republics'): a land once of that state, not the
# state ('her ex-Russian agent father' is Russian). place_words.json former_state_prefixes
# ('ex', 'former', 'post'), former_state_nouns.
FORMER_STATE_PREFIXES = frozenset(place_words()["former_state_prefixes"])
FORMER_STATE_NOUNS = frozenset(place_words()["former_state_nouns"])
# Nouns of a war, which English names after the country it was fought in ('Iraq War veteran
# Tom Young', 'Korean War veterans'): that country is where the war was, not the veteran's,
# nor the country of the passage (person_words.json war_nouns).
WAR_NOUNS = frozenset(person_words()["war_nouns"])
# Labels of the NER spans by which an article names a country: its name, a people, a place.
NAMING_LABELS = frozenset({"GPE", "LOC", "NORP"})


class Workspace:
    """What the passes share: the document, its parse tree, the lexicon, NER indexes, and the
    drafts with the tokens already claimed (`owner`: name tokens, `used`: descriptive words)."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.tree = Tree(doc)
        self.tok: tuple[Token, ...] = doc.tokens
        self.text = doc.article.text
        published = doc.article.published
        self.date: str | None = published[:10] if published else None
        self.drafts: dict[str, Draft] = {}
        self.owner: dict[int, Draft] = {}  # name tokens -> their entity
        self.used: set[int] = set()  # tokens already describing some actor
        # plural descriptions and definite nominals found with the groups, left for `coref`
        self.pending_plurals: list[Pending] = []
        self.pending_nominals: list[Pending] = []
        self.ner_label: dict[int, str] = {}
        self.ner_span: dict[int, tuple[int, int]] = {}  # token -> its NER span (inclusive)
        self.ner: tuple[NamedSpan, ...] = tuple(self._own_spans())
        for span in self.ner:
            for i in range(span.tok_start, span.tok_end):
                self.ner_label[i] = span.label
                self.ner_span[i] = (span.tok_start, span.tok_end - 1)
        self.states = states_meant(self)  # 'Georgia' the US state, where the text says so

    def _own_spans(self) -> list[NamedSpan]:
        """The NER spans cut at sentence ends (a headline glued to the lead's first name over a
        blank line: 'Apple Computer\n\nThe Beatles' Apple Corps'), less an organisation's name
        that is a headline read as one noun phrase ('New Tax Law Angers Farmers': see
        `headline_verb`)."""
        out: list[NamedSpan] = []
        for span in self.doc.ner:
            parts: list[NamedSpan] = []
            a = span.tok_start
            while a < span.tok_end:
                b = a
                while b + 1 < span.tok_end and self.tok[b + 1].sent == self.tok[a].sent:
                    b += 1
                while b > a and self.tok[b].pos == "SPACE":
                    b -= 1
                part = span
                if (a, b + 1) != (span.tok_start, span.tok_end):
                    start, end = self.tok[a].start, self.tok[b].end
                    part = replace(span, start=start, end=end, text=self.text[start:end])
                    part = replace(part, tok_start=a, tok_end=b + 1)
                if self.tok[a].pos != "SPACE":
                    parts.append(part)
                a = next(
                    (x for x in range(b + 1, span.tok_end) if self.tok[x].pos != "SPACE"),
                    span.tok_end,
                )
            if not any(self._headline_name(part) for part in parts):
                out.extend(parts)  # (the lead's first word glued to such a headline goes too)
        return out

    def _headline_name(self, span: NamedSpan) -> bool:
        """An organisation's name the NER read off a headline parsed as one noun phrase, with
        the headline's verb inside it ('New Tax Law Angers Farmers')."""
        if span.label != "ORG" or self.lex.actor(span.text) is not None:
            return False
        if norm(self.tok[span.tok_end - 1].text) in REGISTERED_FORMS:
            return False  # 'Orbital Widgets Inc.' in a list line: a company's registered name
        return any(self.headline_verb(x) for x in range(span.tok_start, span.tok_end - 1))

    def headline_verb(self, x: int) -> bool:
        """Token x is the verb of a headline the parser read as one noun phrase: a sentence with
        no verb ('Toy price rise angers farmers', 'Fuel Shortage Strands Workers') where x, a
        compound word, is a plural or third-person form ('angers', 'Strands') and no place."""
        t = self.tok[x]
        if t.dep != "compound" or x + 1 >= len(self.tok):
            return False
        word = t.text.lower()
        plural = t.tag in ("NNS", "NNPS", "VBZ") or (
            t.tag == "NNP" and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))
        )
        lex = self.lex
        if not plural or word in lex.places or word in lex.countries or word in lex.demonyms:
            return False
        return self._verbless(t.sent)

    def _verbless(self, sent: int) -> bool:
        if not self.doc.sentences:
            return False
        s = self.doc.sentences[sent]
        return not any(self.tok[x].pos in ("VERB", "AUX") for x in range(s.tok_start, s.tok_end))

    # -- tokens -------------------------------------------------------------------------------

    def low(self, i: int) -> str:
        return norm(self.tok[i].text)

    def phrase(self, first: int, last: int) -> str:
        return self.text[self.tok[first].start : self.tok[last].end]

    def capitalized(self, i: int) -> bool:
        w = self.tok[i].text
        return bool(w) and w[0].isupper()

    def sent_start(self, i: int) -> int:
        return self.doc.sentences[self.tok[i].sent].tok_start if self.doc.sentences else 0

    # -- drafts -------------------------------------------------------------------------------

    def draft(self, key: str, type_: str, name: str) -> Draft:
        d = self.drafts.get(key)
        if d is None:
            d = self.drafts[key] = Draft(key, type_, name)
        return d

    def add_mention(
        self, d: Draft, first: int, last: int, kind: str, *, head: int | None = None, own=True
    ) -> MentionDraft:
        m = MentionDraft(first, last, kind, last if head is None else head)
        d.mentions.append(m)
        if own:
            for i in range(first, last + 1):
                self.owner.setdefault(i, d)
        return m

    def move_mention(self, m: MentionDraft, src: Draft, dst: Draft) -> None:
        """Give `src`'s mention `m` (and the name tokens it owns) to `dst`; a draft left with no
        mention is dropped ('China's ambassador' joining the person the text gave that title)."""
        src.mentions.remove(m)
        dst.mentions.append(m)
        for x in range(m.first, m.last + 1):
            if self.owner.get(x) is src:
                self.owner[x] = dst
        if not src.mentions:
            for key in [k for k, v in self.drafts.items() if v is src]:
                del self.drafts[key]

    def country_of_token(self, i: int) -> str | None:
        """The country a name or demonym token stands for, if any."""
        d = self.owner.get(i)
        if d is not None and d.country and d.type in ("GPE", "NORP", "LOC", "FAC"):
            return d.country
        return self.names_country(i)

    def names_country(self, i: int) -> str | None:
        """The country named by token i or the NER span around it: country, demonym, place.

        Not after 'anti-' or 'pro-' ('an anti-Syria journalist' is not Syrian), nor a sports
        club's name that is a people's ('the Indians': `club_names`).
        """
        if i in self.club_names or self.former_state(i):
            return None
        return self._names_country(i)

    def names_war(self, i: int) -> bool:
        """Token i, a country's name or adjective, names a war ('Iraq War veteran', 'Korean
        War veterans'): where the war was fought, not the country of those who served in it."""
        t = self.tok[i]
        if t.dep not in ("compound", "amod"):
            return False
        if self.low(t.head) in WAR_NOUNS:
            return True
        j = i + 1  # 'Iraq war veterans' parsed flat: both words modify 'veterans'
        return j < t.head and self.low(j) in WAR_NOUNS and self.tok[j].head == t.head

    def former_state(self, i: int) -> bool:
        """Token i, a state's name or demonym, names a land once of that state: after 'post-'
        ('post-Soviet Turkmenistan'), or after 'ex-' or 'former' before a noun of a land ('the
        ex-Soviet republic', 'the former Soviet republics', 'a former British colony');
        'former Soviet leader Mikhail Gorbachev' and 'her ex-Russian agent father' keep it.
        Before 'era' it names a time ('the Soviet-era Turkmen Communist Party')."""
        a = self.ner_span.get(i, (i, i))[0]
        before, prefixed = set(), set()
        for x in {i, a}:  # the NER span may take 'ex-' in ('ex-Soviet') or leave it out
            before.add(self.low(x - 1) if x >= 1 else "")
            if x >= 2 and self.tok[x - 1].text in ("-", "–"):
                prefixed.add(self.low(x - 2))
        if "post" in prefixed:
            return True  # 'post-Soviet', not 'the Washington Post Trump interview'
        j = i + 1
        if j < len(self.tok) and self.tok[j].text in ("-", "–"):
            j += 1
        if j < len(self.tok) and self.low(j) == "era":
            return True  # 'the Soviet-era Turkmen Communist Party': a time, not the state
        before |= prefixed
        land = self.low(self.tok[i].head) in FORMER_STATE_NOUNS
        return land and bool(before & FORMER_STATE_PREFIXES)

    def persons_named_before(self, word: str, at: int) -> list[Draft]:
        """The persons named before token `at` whose surname is `word` (lower case): 'Jordan'
        after 'Rep. Jim Jordan', 'Fields' lawyers' after James Fields, where the NER took the
        surname alone for no person; or who the text calls by that word alone (`Draft.called`:
        'Tyler's attorney' after 'Tyler Williams' ... 'Tyler')."""
        return [
            d
            for d in self.drafts.values()
            if d.type == "PERSON" and word in (d.surname, d.called) and d.mentions and d.start < at
        ]

    def descent_head(self, i: int) -> int | None:
        """The token of a nation of immigrants' people that the people's adjective at token i
        stands before, that nation's citizens of that descent: 'Finnish' in 'Finnish Americans',
        'Cuban' in 'the Cuban-American community' (`DESCENT_NATIONS`). Two peoples' adjectives
        before another noun relate two states ('Chinese-American relations'): no head."""
        j = i + 1
        if j < len(self.tok) and self.tok[j].text in ("-", "–"):
            j += 1
        if j >= len(self.tok) or self.low(i) not in self.lex.demonyms:
            return None
        word = self.low(j)
        if word in DESCENT_NATIONS:
            return j
        nation = next((n for n in DESCENT_NATIONS if n.rstrip("s") == word), None)
        if nation is not None and j + 1 < len(self.tok) and self.low(j + 1) in DESCENT_COMMUNITIES:
            return j
        return None

    @cached_property
    def sports_report(self) -> bool:
        """Whether the article reports sport: at least `MIN_SPORTS_CUES` distinct words of play
        and competition ("inning", "season", "coach")."""
        return len({norm(t.text) for t in self.tok} & SPORTS_CUES) >= MIN_SPORTS_CUES

    @cached_property
    def club_names(self) -> frozenset[int]:
        """The tokens of a people's name in the plural that clubs bear (`CLUB_PEOPLES`) where a
        sports report uses it and names that people's country in no other way: 'the Indians',
        'Indians manager Terry Francona', 'an Indians fan' in reports of the Cleveland Indians'
        games name no Indian (as 'the Texas Rangers' no ranger). Where the article names the
        country ('India', 'an Indian bowler', 'Mumbai'), the people's name is the people's."""
        if not self.sports_report:
            return frozenset()
        plural = {
            x
            for x, t in enumerate(self.tok)
            if t.tag in ("NNPS", "NNS")
            and self.capitalized(x)
            and self.low(x) in CLUB_PEOPLES
            and self.low(x) in self.lex.demonyms
        }
        if not plural:
            return frozenset()
        lex = self.lex
        named = {
            code
            for i, (a, _) in self.ner_span.items()
            if i == a and self.ner_label[i] in NAMING_LABELS and a not in plural
            if (code := self._names_country(a))
        }
        named.update(
            code
            for x in range(len(self.tok))
            if x not in plural and x not in self.ner_span and self.capitalized(x)
            if (code := lex.countries.get(self.low(x)) or lex.demonyms.get(self.low(x)))
        )
        return frozenset(x for x in plural if self.lex.demonyms[self.low(x)] not in named)

    def _names_country(self, i: int) -> str | None:
        lex = self.lex
        if (head := self.descent_head(i)) is not None:
            return lex.demonyms.get(self.low(head))
        if i >= 2 and self.tok[i - 1].text in ("-", "–") and self.low(i - 2) in ("anti", "pro"):
            return None
        a, b = self.ner_span.get(i, (i, i))
        if self.ner_label.get(i) in ("GPE", "LOC") and self.lower_case(a, b):
            return None  # common nouns the NER took for a place ('a police van')
        while b > a and self.tok[b].text in POSSESSIVE:
            b -= 1  # the NER span of "Hong Kong's" takes the possessive in
        words = [w for w in (self.low(x) for x in range(a, b + 1)) if w]
        while words and words[0] in DETERMINERS:
            words = words[1:]
        key = " ".join(words)
        if key in self.states:
            return self.states[key].country
        code = lex.countries.get(key) or lex.demonyms.get(key)
        if code is None and (place := self._place(key, a, b)) is not None:
            return self._place_reading(place, self._readings(a, b), a, b, a, b)
        if code is None and a != b:
            for x in range(a, i + 1):  # a place of several words in the span holding token i
                n, found = self._place_words(x, a, b) if self.capitalized(x) else (0, None)
                if n > 1 and x + n > i:
                    return found
            w = self.low(i)
            if w in self.states:  # 'the Georgia Supreme Court' where Georgia is the state
                return self.states[w].country
            code = lex.countries.get(w) or lex.demonyms.get(w)
            if code is None and (place := self._place(w, i, i)) is not None:
                code = place.country
                if code != "USA" and self._us_homonym(i, a, b):
                    code = "USA"  # 'Bristol County District Attorney' of Massachusetts
        return code

    def lower_case(self, a: int, b: int) -> bool:
        """Whether tokens a..b are all written in lower case: common nouns, no place's name,
        English capitalising proper names ('the window of a police van', 'a riot police
        armored van' name no Van, Turkey, whatever the NER labelled them). A capital anywhere
        in a word is a name mistyped, not a common noun ('help iSrael', PETRARCH-2)."""
        return not any(c.isupper() for x in range(a, b + 1) for c in self.tok[x].text)

    def _us_homonym(self, i: int, a: int, b: int) -> bool:
        """Whether the place of one word at token i, inside the name [a, b], is its US homonym:
        the gazetteer has a US place so called and the name carries a US-only office ('Bristol
        County District Attorney's Office', 'Bristol County House of Correction' of
        Massachusetts, not Bristol, England's), as `_place_reading` reads a whole name."""
        return "USA" in self._readings(i, i) and (self._us_office(a, b) or self._state_after(i, i))

    def _place(self, key: str, a: int, b: int) -> Place | None:
        """The gazetteer place tokens a..b name. An acronym names a place only by its own name,
        never by one of its alternate spellings ('IPO' is not Ipoh, spelt 'Ipo'). A first-order
        division the places gazetteer lists and the dictionary lacks is one too ('Sindh
        Assembly', 'Quebec'; `Lexicon.divisions`)."""
        place = self.lex.places.get(key)
        if place is None and self.capitalized(a):
            place = self.lex.divisions.get(key)  # a proper name: not 'the river delta'
        acronym = all(self.tok[x].text.replace(".", "").isupper() for x in range(a, b + 1))
        if place is not None and acronym and norm(place.name) != key:
            return None
        if place is not None and norm(place.name) != key and not self._gazetteer_reads(place, key):
            return None
        if place is not None and not place.population and renamed_elsewhere(key, place.country):
            return None
        if (
            place is not None
            and a == b
            and (self._in_personal_name(a) or self._in_known_name(a, place))
        ):
            return None
        return place

    def _in_known_name(self, x: int, place: Place) -> bool:
        """Whether the town word at token x is one word of a longer name the NER took for an
        organisation or a person, a name the actor dictionary knows whole as of another
        country: 'Douglas' in 'McDonnell Douglas jets' is the American planemaker's, not the
        Isle of Man's capital. 'Jerusalem' in 'Hebrew University of Jerusalem' agrees with
        the university's country and stays; a name the dictionary gives no country
        ('Washington Mutual') keeps its town."""
        if self.ner_label.get(x) not in ("ORG", "PERSON"):
            return False
        a, b = self.ner_span[x]
        while a < b and self.low(a) in DETERMINERS:
            a += 1
        while b > a and self.tok[b].text in POSSESSIVE:
            b -= 1
        known = self.lex.actor(self.phrase(a, b)) if a < b else None
        if known is None:
            return False
        w = known.at(self.date)
        code = w.country if w is not None and w.country else known.country
        return code is not None and code != place.country

    def _in_personal_name(self, x: int) -> bool:
        """Whether the place word at token x, inside a name the NER took for no place, is the
        surname after a capitalised given name of that name ('Interior Secretary Ken Salazar',
        NER ORG: no Salazar, São Tomé's old name), or, in a person's name, a given name before
        a capitalised word ('EPDP Leader Douglas Devananda': no Douglas, Isle of Man)."""
        label = self.ner_label.get(x)
        if label is None or label in ("GPE", "LOC", "FAC"):
            return False
        a, b = self.ner_span[x]
        given = self.lex.given
        if x > a and self.low(x - 1) in given and self.tok[x - 1].text[:1].isupper():
            return True
        return (
            label == "PERSON"
            and x < b
            and self.low(x) in given
            and self.tok[x + 1].text[:1].isupper()
        )

    def _gazetteer_reads(self, place: Place, key: str) -> bool:
        """Whether the places layer's gazetteer reads the name `key` as a place of `place`'s
        country too. An alternate spelling of the actor dictionary's places that the gazetteer
        does not confirm is a word, a name or a transliteration, no place: 'Valley' (The
        Valley, Anguilla) in 'Valley Federal Savings' or 'Fountain Valley', 'ea' (Tripoli),
        'Kampong' (Flying Fish Cove). The two readers of places agree, or neither reads one."""
        from ..places.gazetteer import load_gazetteer

        found = load_gazetteer().candidates(key)
        return any(c.country == place.country for c in found)

    def known_in_span(self, i: int) -> Known | None:
        """The dictionary organisation whose name opens the NER span of token i, the longest
        first ('the United Nations Emergency Relief Coordinator' -> United Nations)."""
        if self.ner_label.get(i) != "ORG":
            return None
        a, b = self.ner_span[i]
        while a < b and self.low(a) in DETERMINERS:
            a += 1
        for last in range(b, a - 1, -1):
            known = self.lex.actor(self.phrase(a, last))
            if known is not None and known.kind == "org":
                return known
        return None

    def country_in(self, first: int, last: int) -> str | None:
        """The first country named inside tokens [first, last] ('Baghdad University'), a name
        of several words included ('United States Senate', 'United Kingdom Home Office').

        A place is read whole, the longest gazetteer name first: 'New Orleans Police' is New
        Orleans', not Orléans'. A place whose name several countries share is read by
        `_place_reading` ('Santa Clara County Sheriff's Office' is Californian)."""
        x = first
        while x <= last:
            if not self.capitalized(x):
                x += 1
                continue
            n, code = self._place_words(x, first, last)
            if n and code:
                return code
            if n:  # a place the text does not tell apart: no country, nor one of its words'
                x += n
                continue
            if code := self.names_country(x) or self._country_words(x, last):
                return code
            x += 1
        return None

    def country_in_name(self, first: int, last: int) -> str | None:
        """The country of an organisation's own name (`country_in`), less one that only a
        town's or city's name of one word gives and that nothing else in the article names:
        a firm or a society may bear a place's name where the place is not ('Serra
        Automotive' of Michigan is not of Serra, Brazil). A country's, a people's or a
        state's name, a capital, or a place of several words ('New Orleans') is the name's
        own evidence. A name that is the town's name alone is held to the same test, where
        the places inside other names count too (`_countries_in_names`): 'Mariupol' taken for
        an organisation in a story of Ukraine is the city, 'WINNIPEG' heading a story of
        'Manitoba's Opposition New Democrats' is Canada's, but 'Batman' (a game's hero, a
        Turkish city), 'Durango' (a car, a Mexican city), 'Angeles' (the Angels misspelt, a
        Philippine city) or 'Ora' (a firm, an Algerian town) in stories that name nothing of
        those countries are not. The caller applies this to organisations that are no state
        body: a city's police or council ('Columbus Police Department') is that city's."""
        code = self.country_in(first, last)
        if code is None or not self._town_words_only(first, last):
            return code
        if code in self.countries_named_outside(first, last):
            return code
        if first == last and self._town_as_speaker(first):
            return code
        word = self.low(first)
        if first == last and any(
            self.low(x) != word for x in self._countries_in_names.get(code, ())
        ):
            return code  # (the name's own word elsewhere is no other evidence)
        return None

    def _town_as_speaker(self, x: int) -> bool:
        """A town's bare name as a clause's subject is its authorities ('Mariupol said on
        Monday'), as a capital's is its government; 'the Sams continued' is no town."""
        tok = self.tok[x]
        return tok.dep in ("nsubj", "nsubjpass") and not (x > 0 and self.low(x - 1) in DETERMINERS)

    @cached_property
    def _countries_in_names(self) -> dict[str, list[int]]:
        """The tokens of every named span (organisations and buildings too: 'Manitoba Premier
        Brian Pallister', 'Dulles International Airport') whose words name a country or a
        place of one, by that country."""
        out: dict[str, list[int]] = {}
        for x, label in self.ner_label.items():
            named = label in ("GPE", "LOC", "NORP", "FAC", "ORG") and self.capitalized(x)
            if named and (code := self.names_country(x)):
                out.setdefault(code, []).append(x)
        return out

    def _town_words_only(self, first: int, last: int) -> bool:
        """Whether the places inside tokens [first, last] are towns or cities of one word
        only: no country, people, state, capital or place of several words. A division of one
        word the dictionary lacks (`Lexicon.divisions`) is as weak as a town: 'Delta IV' is
        Boeing's rocket, not Nigeria's Delta State."""
        lex = self.lex
        for x in range(first, last + 1):
            if not self.capitalized(x):
                continue
            w = self.low(x)
            for end in range(x, min(last, x + 3) + 1):  # 'Hong Kong', 'United States' too
                key = " ".join(self.low(j) for j in range(x, end + 1))
                if key in lex.countries or key in lex.demonyms or key in self.states:
                    return False
            if self._place_words(x, first, last)[0] > 1:
                return False
            place = self._place(w, x, x)
            if place is not None and place.kind != "city" and w in lex.places:
                return False
        return True

    def countries_named_outside(self, first: int, last: int) -> set[str]:
        """The countries the article's place and people names give outside tokens
        [first, last]."""
        out: set[str] = set()
        for i, (a, _) in self.ner_span.items():
            if i != a or first <= a <= last or self.ner_label[i] not in ("GPE", "LOC", "NORP"):
                continue
            if code := self.names_country(a):
                out.add(code)
        return out

    def _place_words(self, x: int, first: int, last: int) -> tuple[int, str | None]:
        """The place of two capitalised words or more starting at token x, ending by `last`,
        that the actor dictionary and the gazetteer both list, the longest first: (its number
        of words, its country by `_place_reading`); (0, None) where none, or where the words
        name a country or a people (`names_country` reads those)."""
        if self.low(x) in DETERMINERS:
            return 0, None
        end = x
        while end < min(last, x + 3) and self.capitalized(end + 1):
            end += 1
        for b in range(end, x, -1):
            key = " ".join(self.low(j) for j in range(x, b + 1))
            if key in self.lex.countries or key in self.lex.demonyms or key in self.states:
                return 0, None
            place = self._place(key, x, b)
            found = self._readings(x, b)
            if place is not None and found:
                return b - x + 1, self._place_reading(place, found, x, b, first, last)
        return 0, None

    def read_place(self, key: str, a: int, b: int) -> str | None:
        """The country of the gazetteer place `key` tokens a..b name, by `_place_reading`."""
        place = self._place(key, a, b)
        if place is None:
            return None
        if key in self.states:
            return place.country
        return self._place_reading(place, self._readings(a, b), a, b, a, b)

    def _readings(self, a: int, b: int) -> dict[str, int]:
        """The countries of the gazetteer places tokens a..b name (alternate names included:
        'Mecca' is Makkah's), each with its largest population."""
        from ..places.gazetteer import load_gazetteer

        found: dict[str, int] = {}
        for c in load_gazetteer().candidates(self.phrase(a, b)):
            if c.country is not None:
                found[c.country] = max(found.get(c.country, 0), c.population)
        return found

    def _place_reading(
        self, place: Place, found: dict[str, int], x: int, end: int, first: int, last: int
    ) -> str | None:
        """The country of a place inside a name [first, last] whose gazetteer readings are
        `found` (country -> population), where one of them is in the US and the dictionary's
        is not. The US where the name carries a US-only office ('Sheriff', a 'County' that is
        no council) or a US state follows the place where the text names it ('SANTA FE,
        N.M.'); where the US place is a tenth as large as the other or more, the US where
        its sentence names a US state ('Santa Clara police ... in California') and none where
        another sentence does; none where the US place is as large ('San Jose Police
        Department'): the text cannot tell. Else the dictionary's ('London', 'Sydney'). None
        for a name two countries' places share, neither far larger ('Victoria')."""
        if place.country is None:
            return None
        if place.country == "USA" or "USA" not in found:
            return place.country
        if self._us_office(first, last) or self._state_after(x, end):
            return "USA"
        main = max(place.population, found.get(place.country, 0))
        if found["USA"] * 10 < main:
            return place.country
        if self._us_state_near(x, sentence=True):
            return "USA"
        if found["USA"] >= main or (place.kind != "capital" and self._us_state_near(x)):
            return None
        return place.country

    def _state_after(self, x: int, end: int) -> bool:
        """Whether the text names the place of tokens x..end, here or elsewhere, with a US
        state after a comma, its abbreviation included ('SANTA FE, N.M.')."""
        from ..places.gazetteer import load_gazetteer

        words = [self.low(j) for j in range(x, end + 1)]
        n = len(words)
        for c in self._commas:
            if c < n or [self.low(j) for j in range(c - n, c)] != words:
                continue
            if any(
                g.feature == "admin1" and g.country == "USA" and not g.alias
                for g in load_gazetteer().candidates(self.tok[c + 1].text)
            ):
                return True
        return False

    @cached_property
    def dated_years(self) -> tuple[int, ...]:
        """The document's tokens that are a year as news writes one ('in 1998', 'in 1868') and
        that the NER calls a date, found once per document."""
        return tuple(
            x
            for x, t in enumerate(self.tok)
            if YEAR.fullmatch(t.text) and self.ner_label.get(x) == "DATE"
        )

    @cached_property
    def brackets(self) -> dict[str, int]:
        """Each word standing alone in parentheses ('rapid action force (raf)'), by its
        normalized form, and the token right before its '(' (the first such bracket)."""
        out: dict[str, int] = {}
        for i in bracketed(self.tok):
            out.setdefault(self.low(i + 1), i - 1)
        return out

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words the text writes in lower case: common words, never a surname
        ('experience', 'league')."""
        return frozenset(t.text for t in self.tok if t.text.isalpha() and t.text.islower())

    @cached_property
    def _commas(self) -> tuple[int, ...]:
        """The document's commas followed by a word, found at the first call of `_state_after`
        instead of a scan of every token at each call."""
        return tuple(c for c in range(len(self.tok) - 1) if self.tok[c].text == ",")

    def _us_office(self, first: int, last: int) -> bool:
        """Whether the name [first, last], or the capitalised words after it ('Santa Clara'
        + 'County Sheriff's Office'), holds a US-only office word."""
        while last + 1 < len(self.tok) and (
            self.capitalized(last + 1) or self.tok[last + 1].text in POSSESSIVE
        ):
            last += 1
        for j in range(first, last + 1):
            w = self.low(j)
            if w in US_OFFICE_WORDS and not (
                j < last and self.low(j + 1) in NOT_US_AFTER.get(w, frozenset())
            ):
                return True
        return False

    def _us_state_near(self, x: int, *, sentence: bool = False) -> bool:
        """Whether the text (its sentence with `sentence`) names a US state."""
        sent = self.tok[x].sent
        for s in self.ner:
            if s.label not in ("GPE", "LOC"):
                continue
            if sentence and self.tok[s.tok_start].sent != sent:
                continue
            key = norm(self.phrase(s.tok_start, s.tok_end - 1)).removeprefix("the ")
            place = self.lex.places.get(key)
            state = place is not None and place.kind == "state" and place.country == "USA"
            if state and (key not in self.lex.state_homonyms or key in self.states):
                return True
        return False

    def _country_words(self, x: int, last: int) -> str | None:
        """A country or demonym of two words or more starting at token x, ending by `last`."""
        words = [self.low(j) for j in range(x, last + 1)]
        for n in range(min(len(words), 4), 1, -1):
            key = " ".join(words[:n])
            if code := self.lex.countries.get(key) or self.lex.demonyms.get(key):
                return code
        return None


# Words that make a name shared by a US state and a country the state: 'Gov.', 'Governor'
# (place_words.json us_state_titles).
STATE_WORDS = frozenset(place_words()["us_state_titles"])
# The offices, bodies and laws of a US state such a name right before them makes the state's:
# 'a Georgia judge', 'Georgia lawmakers', 'the Georgia National Guard' (us_state_bodies).
STATE_BODIES = frozenset(place_words()["us_state_bodies"])


@cache
def renamed_elsewhere(key: str, country: str | None) -> bool:
    """Whether the gazetteer gives the name `key` of a dictionary place of no known size (the
    Phoenix dictionary's old and English names) its country only as another place's alternate
    name, while a town of another country of `RENAMED_TOWN` people or more bears it as its own
    name: that town is meant, or the text cannot tell. 'Salisbury' (Harare's colonial name) is
    the English cathedral city; 'Antioch' (Antakya) and 'Smyrna' (Izmir) are US towns of
    110,000 and 56,000; 'Tara' (the Irish hill) is a Russian town's name and an actress's
    given name. A name only the dictionary's place bears ('Bombay', 'Saigon', 'Leopoldville'),
    or smaller towns too ('Mecca', Florida's 8,600; 'Bruges', France's 12,700), stays the
    dictionary's place."""
    from ..places.gazetteer import load_gazetteer

    if country is None:
        return False
    found = load_gazetteer().candidates(key)
    if any(c.country == country and not c.alias for c in found):
        return False
    return any(
        c.country not in (None, country) and not c.alias and c.population >= RENAMED_TOWN
        for c in found
    )


def states_meant(ws: Workspace) -> dict[str, Place]:
    """The names shared by a US state and a country ('Georgia') that mean the state in this
    text: a title of a state is next to it ('Georgia Governor Brian Kemp', 'the state of
    Georgia'), or the text names cities or regions of the state's country ('Atlanta, Georgia')
    and none of the country's (its capital, its places, its demonym), or the name is written
    right before an office, body or law of a US state ('a Georgia judge', 'Georgia
    prosecutors', 'the Georgia Supreme Court', an organisation's name too), which English
    gives the country by its adjective ('a Georgian judge')."""
    homonyms = ws.lex.state_homonyms
    if not homonyms:
        return {}
    seen: dict[str, list[int]] = {}
    home: set[str] = set()
    bodies: set[str] = set()
    for s in ws.ner:
        if s.label == "ORG":
            for key in homonyms:  # 'Georgia Supreme Court', 'the Georgia National Guard'
                n = _name_at(ws, key, s.tok_start, s.tok_end)
                if n and _state_body(ws, n, s.tok_end):
                    bodies.add(key)
            continue
        if s.label not in ("GPE", "LOC", "NORP"):
            continue
        key = norm(ws.phrase(s.tok_start, s.tok_end - 1)).removeprefix("the ")
        if key in homonyms:
            seen.setdefault(key, []).append(s.tok_start)
        elif (place := ws.lex.places.get(key)) is not None and place.country:
            home.add(place.country)  # a city or region, not a country's name ('the US envoy')
        elif code := ws.lex.demonyms.get(key):
            home.add(code)
    meant = {}
    for key, starts in seen.items():
        state = homonyms[key]
        country = ws.lex.countries[key]
        size = len(key.split())
        titled = any(
            _state_word(ws, i - 1)
            or _state_word(ws, i + size)
            or (_possessive(ws, i + size) and _state_word(ws, i + size + 1))
            or _state_body(ws, i + size, len(ws.tok))
            for i in starts
        )
        if titled or key in bodies or (state.country in home and country not in home):
            meant[key] = state
    for key in bodies - set(seen):
        meant[key] = homonyms[key]
    return meant


def _name_at(ws: Workspace, key: str, first: int, end: int) -> int:
    """The token after the name `key` where tokens from `first` (a determiner skipped) begin
    with it, else 0."""
    if first < end and ws.low(first) == "the":
        first += 1
    words = key.split()
    n = first + len(words)
    if n >= end or [ws.low(x) for x in range(first, n)] != words:
        return 0
    return n


def _state_body(ws: Workspace, i: int, end: int) -> bool:
    """Whether tokens from i (before `end`) begin with a noun of us_state_bodies, of one to
    three words ('judge', 'National Guard', 'Department of Corrections')."""
    words: list[str] = []
    for x in range(i, min(i + 3, end)):
        words.append(ws.low(x))
        if " ".join(words) in STATE_BODIES:
            return True
    return False


def _possessive(ws: Workspace, i: int) -> bool:
    return 0 <= i < len(ws.tok) and ws.tok[i].text in POSSESSIVE


def _state_word(ws: Workspace, i: int) -> bool:
    return 0 <= i < len(ws.tok) and ws.low(i) in STATE_WORDS


def firm_by_first_word(ws: Workspace, key: str, at: int) -> Draft | None:
    """The one business named before whose name is this word and more: "Iranian airline Mahan
    Air ... Mahan has been the subject of United States sanctions" (article gold dev), "Alden
    Capital ... Alden" (article gold dev), "Penske Automotive Group ... Penske", "Saturn
    Corporation ... Saturn's" (MEANTIME), "NPD Group ... NPD" (article gold train): news
    shortens a firm's name to its first word. A word the dictionaries know (a country, a
    place, a known actor) is not such a short name."""
    found = [
        d
        for d in {id(x): x for x in ws.drafts.values()}.values()
        if d.type == "ORG"
        and d.mentions
        and d.start < at
        and len(words := norm(d.name).split()) > 1
        and words[0] == key
        and is_business(d)
    ]
    return found[0] if len(found) == 1 else None


def is_business(d: Draft) -> bool:
    if d.agent is not None and "BUS" in (d.agent.sector, d.agent.default):
        return True
    if d.known is None:
        return False
    return any(w.sector == "BUS" for w in d.known.windows)


def taken_as_suspect(ws: Workspace, i: int) -> bool:
    """Whether token i is the object, or the passive subject, of a suspect verb, directly or as
    a conjunct of one ('arrested Elizabeth Burton and Victor Burton')."""
    t = ws.tok[_conjunct_head(ws, i)]
    verb = ws.tok[t.head]
    if t.dep not in ("dobj", "nsubjpass") or verb.pos != "VERB" or verb.lemma not in SUSPECT_VERBS:
        return False
    # one charges a suspect with a crime, and a phone or a fee without one
    return verb.lemma != "charge" or any(ws.low(c) == "with" for c in ws.tree.children[t.head])


def doer_of_crime(ws: Workspace, i: int) -> bool:
    """Whether token i is the active subject of a crime verb done to a person ('Sirhan shot
    him', 'Smith stabbed a guard') or the by-agent of one in the passive ('was stabbed by
    Smith'), directly or as a conjunct of one."""
    t = ws.tok[_conjunct_head(ws, i)]
    if t.dep == "pobj" and ws.low(t.head) == "by" and ws.tok[t.head].dep == "agent":
        verb = ws.tok[ws.tok[t.head].head]
        return verb.pos == "VERB" and verb.lemma in CRIME_DOER_VERBS
    verb = ws.tok[t.head]
    if t.dep != "nsubj" or verb.pos != "VERB" or verb.lemma not in CRIME_DOER_VERBS:
        return False
    return any(_a_person(ws, o) for o in ws.tree.children_by_dep(t.head, "dobj"))


def _a_person(ws: Workspace, j: int) -> bool:
    """Whether token j names a person: a personal pronoun, a person's name, or a noun of a
    person in the agent files ('a guard', 'two officers')."""
    if ws.low(j) in PERSON_OBJECTS or ws.ner_label.get(j) == "PERSON":
        return True
    agent = ws.lex.agent(ws.low(j)) or ws.lex.agent(norm(ws.tok[j].lemma))
    return agent is not None and agent.refers in ("PERSON", "ANY")


def unlabelled_name(ws: Workspace, j: int) -> bool:
    """A one-word proper noun the NER left unlabelled before a role, that is no agent term and
    no country ('WeWork' in 'a WeWork spokesperson', 'AARP' in 'AARP Policy Director'): the
    organisation of that name if the text names one (actors.evidence_codes), else nothing."""
    t = ws.tok[j]
    return (
        j not in ws.ner_label
        and t.pos == "PROPN"
        and t.dep == "compound"
        and ws.capitalized(j)
        and ws.lex.agent(ws.low(j)) is None
        and not ws.names_country(j)
    )


def agent_at(ws: Workspace, first: int, last: int) -> tuple[Agent | None, int]:
    """The longest agent term ending at token `last` using tokens from `first` on."""
    head = ws.tok[last]
    # surface form first; a title-case plural ('Slovak Soldiers') is a proper noun to the
    # tagger, its own lemma: its singular is tried too
    tails = list(dict.fromkeys((norm(head.text), norm(head.lemma), _singular(norm(head.text)))))
    first = max(first, last - ws.lex.agent_words + 1)
    words: list[str] = []
    for x in range(first, last):
        if words and ws.tok[x].text in POSSESSIVE and ws.tok[x].start == ws.tok[x - 1].end:
            words[-1] += ws.low(x)  # "sheriff's office": one word, as norm() writes the term
            words.append("")
        else:
            words.append(ws.low(x))
    for a in range(first, last + 1):
        stem = " ".join(w for w in words[a - first :] if w)
        for tail in tails:
            key = f"{stem} {tail}".strip()
            agent = ws.lex.agent(key)
            if agent is not None and not _best_of_a_kind(ws, agent, a, last):
                return _modified(ws, agent, first, a), a
    return None, last


def _best_of_a_kind(ws: Workspace, agent: Agent, a: int, last: int) -> bool:
    """A monarch's title alone after a common noun that compounds with it ('the pinup queen',
    'Pinup queen Bettie Page', 'a beauty queen', 'the prom king'), or with an 'of' complement
    that names no place ('the Queen of Pinup', 'the King of Pop'): the best-known of a kind, no
    royal. Not an adjective ('the late king'), a people's or a country's name ('the Saudi
    king'), nor a land ruled ('the Queen of England', 'King of Jordan')."""
    if agent.term not in ROYAL_TITLES or a != last:
        return False
    for p in ws.tree.children_by_dep(last, "prep"):
        if ws.low(p) == "of":
            return not any(_ruled_land(ws, o) for o in ws.tree.children_by_dep(p, "pobj"))
    if last == 0:
        return False
    m = ws.tok[last - 1]
    heads = (last, ws.tok[last].head) if ws.tok[last].dep == "compound" else (last,)
    return (
        m.dep == "compound"
        and m.head in heads
        and m.sent == ws.tok[last].sent
        and (m.text.islower() or _opens_sentence(ws, last - 1))
        and m.tag in ("NN", "NNP")
        and not _ruled_land(ws, last - 1)
        and not ws.lex.demonyms.get(ws.low(last - 1))
    )


def _ruled_land(ws: Workspace, o: int) -> bool:
    return ws.ner_label.get(o) in ("GPE", "LOC", "NORP") or ws.names_country(o) is not None


def _opens_sentence(ws: Workspace, x: int) -> bool:
    """Token x is its sentence's first word (spaces and line breaks aside)."""
    return all(not ws.tok[y].text.strip() for y in range(ws.sent_start(x), x))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _modified(ws: Workspace, agent: Agent, first: int, a: int) -> Agent:
    """A weak role of a person ('officer', 'chief', 'leader') right after an agent term with a
    sector takes that sector: 'intelligence agency officer' SPY, 'army chief' MIL, 'rebel
    leader' REB. ('militant group' stays weak: a group's sector comes from what it is.) A role
    of the business press after a word of another field loses its default ('political analyst':
    not BUS, as a bare 'analyst' is)."""
    field = a > 0 and ws.low(a - 1) in FIELD_WORDS and ws.tok[a - 1].sent == ws.tok[a].sent
    if agent.term in MARKET_ROLES and field and ws.tok[a - 1].dep in ("amod", "compound"):
        return replace(agent, default=None)  # (also a capitalised first word of a sentence)
    if agent.kind != "weak" or agent.refers != "PERSON" or a <= first:
        return agent
    modifier, _ = agent_at(ws, first, a - 1)
    if modifier is None or modifier.sector is None or modifier.kind in ("status", "title"):
        return agent
    if modifier.needs_modifier and modifier.refers == "PERSON" and ws.tok[a - 1].pos == "ADJ":
        # a word that names people only as a noun ('a local', 'a national') is an adjective
        # here: 'local officials' are officials (GOV), not locals (CVL); 'other local leaders'
        return agent
    return replace(agent, sector=modifier.sector, kind="agent", default=None, needs_modifier=False)


def premodifiers(ws: Workspace, a: int, b: int) -> list[int]:
    """Tokens before a name that modify it: 'Ukrainian President', "Lebanon's new President".

    Read off the parse; when the parse left the title unattached ('US President Barack Obama'
    with 'Barack' as a preposition), a title word right before the name still counts.
    """
    chain = _attached(ws, a - 1, set(range(a, b + 1)))
    if not chain and a > 0 and ws.low(a - 1) not in DETERMINERS:
        agent, start = agent_at(ws, max(ws.sent_start(a), a - 3), a - 1)
        if agent is not None and agent.refers == "PERSON" and ws.capitalized(start):
            title = list(range(start, a))
            chain = _attached(ws, start - 1, set(title)) + title
    return sorted(chain)


def _attached(ws: Workspace, j: int, allowed: set[int]) -> list[int]:
    """Tokens from j leftwards that hang off `allowed` (growing it), until one does not."""
    tok = ws.tok
    chain: list[int] = []
    allowed = set(allowed)
    stop = ws.sent_start(j + 1) if j + 1 < len(tok) else 0
    while j >= stop:
        t = tok[j]
        if (whole := _name_modifying(ws, j, allowed)) is not None:
            chain.extend(range(j, whole - 1, -1))  # 'Bureau of Prisons Director Kathleen Hawk'
            allowed.update(range(whole, j + 1))
            j = whole - 1
            continue
        if ws.low(j) in DETERMINERS or t.dep not in CHAIN_DEPS:
            break
        if t.dep == "punct" and t.text not in ("-", "–"):
            break
        head_ok = t.head in allowed or (t.dep in ("case", "punct") and tok[t.head].head in allowed)
        if not head_ok and t.dep == "case" and j > stop and tok[j - 1].head in allowed:
            head_ok = True
        if not head_ok:
            break
        chain.append(j)
        allowed.add(j)
        j -= 1
    return chain


def _name_modifying(ws: Workspace, j: int, allowed: set[int]) -> int | None:
    """The first token of an organisation's name of several words that ends at token j and
    modifies `allowed` as a whole, its inner 'of' phrase included ('Bureau of Prisons Director',
    'University of Sheffield researcher'): read word by word, the parse stops at 'Prisons'."""
    if ws.ner_label.get(j) != "ORG" or ws.ner_span[j][1] != j or ws.tok[j].dep in CHAIN_DEPS:
        return None
    a = ws.ner_span[j][0]
    roots = [x for x in range(a, j + 1) if not a <= ws.tok[x].head <= j]
    if len(roots) != 1 or ws.tok[roots[0]].head not in allowed:
        return None
    return a if ws.tok[roots[0]].dep in ("compound", "nmod") else None


def finish(ws: Workspace) -> tuple[Entity, ...]:
    """Frozen entities in order of first mention, ids e1, e2, ..."""
    drafts = list({id(d): d for d in ws.drafts.values() if d.mentions}.values())
    drafts.sort(key=lambda d: (d.start, -max(m.last for m in d.mentions)))
    out = []
    for n, d in enumerate(drafts, 1):
        seen: set[tuple[int, int]] = set()
        mentions = []
        for m in sorted(d.mentions, key=lambda m: (m.first, m.last)):
            a, b = ws.tok[m.first].start, ws.tok[m.last].end
            if (a, b) in seen:
                continue
            seen.add((a, b))
            mentions.append(Mention(a, b, ws.text[a:b], m.kind))
        roles = d.roles()
        country = ws.lex.actor_country(d.country)
        out.append(
            Entity(
                id=f"e{n}",
                name=d.name,
                type=d.type,
                mentions=tuple(mentions),
                country=country,
                sector=d.sector,
                role="; ".join(roles) if roles else None,
                evidence=d.country_evidence if country else None,
                confidence=_confidence(d.country_evidence) if country else None,
            )
        )
    return tuple(out)


def _confidence(evidence: str | None) -> float | None:
    """How often a country from this kind of evidence was right on the annotated dev sets."""
    return evidence_confidence()["country"].get(evidence or "")


def _conjunct_head(ws: Workspace, i: int) -> int:
    """The first of the conjuncts token i stands among ('arrested Elizabeth Burton and Victor
    Burton': Victor -> Elizabeth), climbing at most four links."""
    for _ in range(4):
        if ws.tok[i].dep != "conj":
            break
        i = ws.tok[i].head
    return i

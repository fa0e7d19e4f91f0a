"""Actor codes for the entity drafts: ISO3 country, PLOVER sector, role.

Evidence ranks (mentions.TEXT > DICTIONARY > CONTEXT): what the article says ("Former
President", "Ukrainian", "National Security Council spokesperson") beats the dated dictionaries
(leaders.jsonl, named_actors.jsonl, read at the publication date), which beat the context (the
country the sentence or article is about, for institutions and groups the text leaves bare; a
bare group a state body or party takes as its object is that state's people first; a bare
state body with no country near is that of the one government the article names).
Last, a person named in full, a group of people, or a criminal, police officer or gunman the
text describes without a name ('the attacker', 'police officers'), with nothing else to place
them, takes the country of an article whose actors are all, or nearly all, of one country
(evidence 'article').
"""

from __future__ import annotations

import re

from ...ontology.actors import LEGAL_FORMS, Agent, Known
from ...ontology.codes import ARMED_SECTORS, STATE_BODY_SECTORS
from ...ontology.events import load_event_ontology
from ...ontology.normalize import norm
from ...ontology.reading import (
    death_words,
    event_circumstances,
    person_words,
    place_words,
    quote_cues,
    sports_words,
    timex_words,
)
from .groups import POLICE_RANKS, hosted_mission, police_before
from .mentions import CONTEXT, DETERMINERS, DICTIONARY, TEXT, Draft, Evidence
from .workspace import (
    Workspace,
    agent_at,
    doer_of_crime,
    firm_by_first_word,
    taken_as_suspect,
    unlabelled_name,
)

# The least population of a town whose name, borne by a word in a title, is the town's, not
# a firm's short name (`_place_named`).
NAMING_TOWN = 10_000
# Sectors of people ('students', 'a journalist', 'a suspect') who take the passage's country
# like civilians; an organisation of these sectors (a newspaper, a university) does not.
PEOPLE = frozenset({"EDU", "JRN", "MED", "REL", "REF", "LAB", "AGR", "CRM"})
# Country codes of bodies of several states: their officials act for the body ('UN envoy').
INTERGOVERNMENTAL = frozenset({"IGO", "UNO", "EUR"})
# A government title held in a legislature or a court is that body's ('Speaker', 'President').
BODIES_OVER_TITLES = frozenset({"LEG", "JUD"})
# Sectors of party and opposition words, which modify an office title rather than name one.
PARTY_WORDS = frozenset({"PTY", "OPP"})
# Posts a party has of its own: with a party named, they are the party's ('ANC President').
PARTY_POSTS = frozenset(
    {
        "president",
        "chairman",
        "chairwoman",
        "chair",
        "leader",
        "secretary",
        "head",
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "member",
        "deputy",
        "treasurer",
        "candidate",
        "nominee",
        "official",
        "secretary general",
        "general secretary",
    }
)
# Common nouns of a company ('company CEO X'): ontology/data/person_words.json.
COMPANY_NOUNS = frozenset(person_words()["company_nouns"])
PLAIN_PEOPLE = frozenset(person_words()["plain_people"])  # 'six people', 'two men'
# The people or units of an armed body ('CRPF men', 'BSF troops'): person_words.json.
ARMED_MEMBERS = frozenset(person_words()["armed_members"])
# Titles only a state's officers hold: their sector stands under an organisation we do not know
# ('Interim BART Police Chief', 'the Crown prosecutor'), as 'president' does not.
STATE_ONLY_ROLES = frozenset(person_words()["state_only_roles"])
# The head words of a lawyer's title ('attorney', 'defense lawyers', 'counsel'): person_words.json
# party_lawyers, and 'counsel'.
LAWYER_HEADS = frozenset({*person_words()["party_lawyers"], "lawyers", "attorneys", "counsel"})
# Sectors of people a crime story describes rather than names ('the attacker', 'police
# officers', 'gunmen'): in a story of one country they are that country's.
STREET = frozenset({"CRM", "COP", "UAF"})
# State bodies that act abroad (armed forces, spies): where a story happens says nothing of
# their country; courts, police, legislatures and the executive act where they are.
ABROAD = frozenset({"MIL", "SPY"})
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "PTY", "REB", "CVL"})
# Types of drafts that are places, not actors: a sea's dictionary code says no government.
PLACES = frozenset({"GPE", "LOC", "FAC"})
# Refugees are outside their country: the passage's is most often the one that hosts them
# ('asylum seekers ... to live and work in the UK', 'rescued over 700 asylum seekers ... off
# Aceh, Indonesia', 'the Rubkan refugee camp' in a Russian ministry's statement). Their country
# is what the text says ('Syrian refugees'), or none.
UNPLACED = frozenset({"REF"})
# Bare "critics" voicing a charge (CVL, groups.py `_voicing_critics`) are whoever speaks, of any
# country: the article gold gives them none (dev GUM_news_imprisoned, GUM_news_afghan, train
# meantime-195869), where the passage's or the article's country would guess one
# (ontology/data/person_words.json).
UNPLACED_TERMS = frozenset(person_words()["charge_voicers"])
# States whose clergy and staff keep their own nations ('the Holy See'): an article about one
# names people of many (person_words.json no_nationals_states).
NO_NATIONALS = frozenset(person_words()["no_nationals_states"])
# The ends of a journey ('officers traveled to Canada', 'flying from London to Sydney',
# 'pilgrims arrive in Mecca') are not the country of the passage's people: the motion verbs
# and prepositions of ontology/data/event_circumstances.json, less 'return' (one returns home).
_WORDS = event_circumstances()
JOURNEY_VERBS = frozenset(_WORDS["motion_verbs"]) - {"return", *_WORDS["visit_verbs"]}
JOURNEY_PREPS = frozenset({*_WORDS["motion_prepositions"], "from", "via"})
ARRIVAL_VERBS = frozenset(_WORDS["arrival_verbs"])  # 'arrive in Mecca'
# Prepositions that put something at a place ('in Beijing', 'to Beijing', 'from Beijing'): a
# capital named after any other ('against the territory's government and Beijing', 'autonomy
# under Beijing') or as a verb's subject or object ('accused Beijing') is its government.
LOCATIVE_PREPS = frozenset(
    {
        *_WORDS["place_prepositions"],
        *_WORDS["motion_prepositions"],
        *_WORDS["other_locative_prepositions"],
    }
)
# A group of several countries says so in its own words: a scope before its head ('international
# forces', 'multinational troops', 'world leaders') or after it ('governments of the region',
# 'bishops from around the world', 'ministers from several countries'). Such a group is no
# one country's, least of all the passage's (ontology/data/place_words.json).
MANY_STATES_WORDS = frozenset(place_words()["many_states_words"])
MANY_STATES_SCOPES = frozenset(place_words()["many_states_scopes"])
# 'of the region' is of several states only for states' own bodies ('governments of the
# region'); a country's region has its own ('the local administrations of the region')
REGION_MEMBERS = frozenset(place_words()["state_nouns"])
MANY_STATES_PREPS = frozenset({"from", "of", "for", "across", "around"})
# 'several national banks': a quantity of national bodies is of as many nations
SEVERAL = frozenset({"several", "many", "various", "multiple", "numerous", "other"})


# Month names and abbreviations (ontology/data/timex_words.json), read in a dateline.
MONTHS = frozenset(timex_words()["months"])
# How far into a text its dateline lies: a headline and a date line ('Published April 11,
# 2007'), as news pages print them above the body.
DATELINE_CHARS = 300


def code(ws: Workspace) -> None:
    drafts = list({id(d): d for d in ws.drafts.values()}.values())
    groups = [d for d in drafts if d.key.startswith(("G:", "D:", "E:"))]
    people = [d for d in drafts if d.type == "PERSON" and d not in groups]
    for d in drafts:  # organisations first: people and groups take codes from them
        if d not in groups and d not in people:
            code_named(ws, d)
    for d in drafts:
        if d.key.startswith("P:") and _capital_as_actor(ws, d):
            d.set_sector("GOV", CONTEXT)  # 'Moscow said', 'Tehran rejected'
    for d in people:
        code_person(ws, d)
        if d.country is None:
            _employer_named_before(ws, d, drafts)
    namesakes(ws, drafts)
    for d in groups:
        code_group(ws, d)
    for d in groups:
        addressed_by_state(ws, d)
    top = article_country(ws, drafts)
    shared_names(ws, drafts, top or government_state(ws, drafts))
    fill_from_context(ws, drafts)
    one_government(ws, drafts)
    same_head_groups(ws, drafts)
    people_of_the_article(ws, drafts, top)
    staff_of_people(ws, drafts)
    relatives_of_people(ws, drafts)
    if top is None:
        street_of_the_scene(ws, drafts, scene_country(ws, drafts))
    for d in drafts:
        suspects(ws, d)
    if ws.sports_report:
        for d in drafts:
            if d.sector == "GOV" and d.known is None and _of_a_team(d) and not _statesmans(ws, d):
                d.sector, d.sector_rank = None, 0  # 'team president Billy King', 'Eight teams'


# In a sports report (`Workspace.sports_report`) a club and its people ('team_words':
# ontology/data/sports_words.json) are no government's.
TEAM_WORDS = frozenset(sports_words()["team_words"])


def _of_a_team(d: Draft) -> bool:
    """A draft named or titled by a word of a sports club ('team president', 'Eight teams',
    'head coach', 'team-mate'): `TEAM_WORDS`."""
    words = {w for text in [d.name, *d.roles()] for w in re.split(r"[^a-z]+", text.lower())}
    return not words.isdisjoint(TEAM_WORDS)


def _statesmans(ws: Workspace, d: Draft) -> bool:
    """A draft whose words name a state's known actor ("President Obama's team", "Trump's
    transition team"): a government's team even in a text with words of sport."""
    for ev in d.evidence:
        for j in ev.orgs:
            o = ws.owner.get(j)
            if o is not None and o is not d and o.known is not None and o.sector in STATE_SECTORS:
                return True
    return False


def code_named(ws: Workspace, d: Draft) -> None:
    if d.known is not None:
        generic = ws.lex.agent(norm(d.name)) is not None and not d.known.curated
        w = d.known.at(ws.date)
        if w is not None:
            # Phoenix codes that are not a state ('INT', 'MEA') yield to the name's own words
            sure = d.known.curated or ws.lex.is_state(w.country)
            d.set_country(w.country, DICTIONARY if sure and not generic else CONTEXT)
            d.set_sector(w.sector, DICTIONARY)
        d.set_country(d.hint_country, DICTIONARY)
    if d.agent is not None:
        d.set_sector(d.agent.sector or d.agent.default, CONTEXT)


# How many names of countries, peoples and places of other countries (tokens) place an article
# away from a dictionary name's country: fewer, as in the one-sentence texts of PLOVER and
# PETRARCH-2 ('Abbas met Netanyahu'), say nothing of namesakes.
NAMESAKE_PLACES = 3


def namesakes(ws: Workspace, drafts: list[Draft]) -> None:
    """A name of the derived dictionary (Phoenix, frozen in 2014 and never checked against a
    source) whose country the article names nowhere else is a namesake, not that actor: no
    country, people or place of that country, and no other actor coded to it, stands beside
    'studio boss Jack Warner' (Trinidad's FIFA official) in a Hollywood story that names Los
    Angeles, California and Tennessee, the pitcher
    Francisco Rodriguez (a Panamanian official) among baseball teams, the NBA guard Anthony
    Johnson (a Jamaican police chief) or Ford's 'next model Falcon' (an Iranian armed group).
    Precision first: the draft loses the entry and its codes, and is coded as any unknown name.
    Hand-written entries (leaders, organisations, Congress) are sourced and keep their codes;
    places keep theirs (a city's country is the gazetteer's business)."""
    suspects = [
        d
        for d in drafts
        if d.known is not None
        and not d.known.curated
        and d.type not in PLACES
        and d.country_rank == DICTIONARY
        and ws.lex.is_state(d.country)
    ]
    if not suspects:
        return
    named = [
        (x, code)
        for x in range(len(ws.tok))
        if ws.capitalized(x) and (code := ws.names_country(x)) is not None
    ]
    for d in suspects:
        if any(c == d.country for _, c in named):
            continue  # named in the text, the name's own words too ('US Congress')
        if sum(ws.owner.get(x) is not d for x, _ in named) < NAMESAKE_PLACES:
            continue  # a sentence or two ('Abbas met Netanyahu') places no one
        if any(
            o is not d and o.country == d.country and o.country_rank >= DICTIONARY for o in drafts
        ):
            continue
        d.known, d.country, d.country_rank, d.country_evidence = None, None, 0, None
        if d.sector_rank == DICTIONARY:
            d.sector, d.sector_rank = None, 0


def _capital_as_actor(ws: Workspace, d: Draft) -> bool:
    place = ws.lex.places.get(norm(d.name))
    if place is None or place.kind != "capital" or place.country is None:
        return False
    return any(ws.tok[m.head].dep in ("nsubj", "nsubjpass") for m in d.mentions)


def evidence_codes(ws: Workspace, ev: Evidence) -> tuple[str | None, list[Draft]]:
    """The country the evidence names, and the organisations it names."""
    country = ev.country
    for j in [] if country else ev.countries:
        country = ws.country_of_token(j) or ws.lex.countries.get(ws.low(j))
        if country:
            break
    orgs: list[Draft] = []
    for j in ev.orgs:
        o = ws.owner.get(j)
        if o is None or (o.key.startswith("G:") and unlabelled_name(ws, j)):
            o = _named_elsewhere(ws, j)  # (the description holds the name it does not name)
        if o is not None and o not in orgs:
            orgs.append(o)
    return country, orgs


def _named_elsewhere(ws: Workspace, j: int) -> Draft | None:
    """The organisation an unclaimed name in a title is, where the text names it on its own
    too ('InfoNation President Dan McDowell' after 'a report from InfoNation'; 'a WeWork
    spokesperson' where the NER labelled 'WeWork' elsewhere only), or a firm named before
    whose name is this word and more ('Upjohn officials' after 'Upjohn Co.', 'a Heritage
    spokesman' after 'Heritage Media Corp.': `firm_by_first_word`)."""
    if j not in ws.ner_label and unlabelled_name(ws, j):
        known = ws.lex.actor(ws.tok[j].text)
        o = ws.drafts.get(f"K:{known.id}" if known else f"O:{norm(ws.tok[j].text)}")
        if o is None and known is None and not _place_named(ws, ws.low(j)):
            o = firm_by_first_word(ws, ws.low(j), j)
        return o if o is not None and o.type == "ORG" else None
    if ws.ner_label.get(j) != "ORG":
        return None
    a, b = ws.ner_span[j]
    while a < b and ws.low(a) in DETERMINERS:
        a += 1
    key = norm(ws.phrase(a, b))
    o = ws.drafts.get(f"O:{key}")
    if o is None and a == b and ws.lex.actor(ws.tok[a].text) is None and not _place_named(ws, key):
        o = firm_by_first_word(ws, key, a)
    return o


def _place_named(ws: Workspace, key: str) -> bool:
    """Whether the word `key` names a place: the dictionary's, one the NER labels in the
    article, or a town of `NAMING_TOWN` people or more that the gazetteer lists under its own
    name ('Woodburn Chief of Police' beside 'a Woodburn bank': Woodburn, Oregon, 25,000, which
    the NER labelled an organisation throughout; not 'Heritage', a Canadian village)."""
    from ..places.gazetteer import load_gazetteer

    if key in ws.lex.places or key in ws.lex.countries:
        return True
    if any(
        s.label in ("GPE", "LOC", "FAC") and norm(ws.phrase(s.tok_start, s.tok_end - 1)) == key
        for s in ws.ner
    ):
        return True
    return any(
        not c.alias and c.population >= NAMING_TOWN for c in load_gazetteer().candidates(key)
    )


def unclaimed_orgs(ws: Workspace, ev: Evidence) -> list[Known]:
    """Dictionary organisations named in the evidence by words no draft holds ('the UN refugee
    agency': the group took the word 'UN')."""
    found = []
    for j in ev.orgs:
        if ws.owner.get(j) is None and (known := ws.known_in_span(j)) is not None:
            found.append(known)
    return found


def place_in_orgs(ws: Workspace, ev: Evidence) -> str | None:
    """The country a place names inside an organisation of the evidence that no draft holds
    ('Indiana House Speaker', 'New York State Attorney General', 'Indiana State Teachers
    Association President'): the office is that place's."""
    for j in ev.orgs:
        if ws.owner.get(j) is None and ws.ner_label.get(j) == "ORG":
            a, b = ws.ner_span[j]
            if code := ws.country_in(a, b):
                return code
    return None


def _intergovernmental(ws: Workspace, known: Known) -> str | None:
    w = known.at(ws.date)
    code = w.country if w is not None else known.country
    return code if code in INTERGOVERNMENTAL else None


def code_person(ws: Workspace, d: Draft) -> None:
    police = False  # a police body or role in any of the person's evidence
    for ev in d.evidence:
        country, orgs = evidence_codes(ws, ev)
        d.set_country(country, TEXT)
        if not ev.former:  # 'Kenzo Oshima, the United Nations Emergency Relief Coordinator'
            for known in unclaimed_orgs(ws, ev):
                d.set_country(_intergovernmental(ws, known), TEXT)
        d.set_country(place_in_orgs(ws, ev), TEXT - 1, "text")
        named = [o for o in orgs if o.type != "PERSON"]
        for o in named:
            if o.country_rank >= TEXT:
                d.set_country(o.country, TEXT - 1, "text")
            if not _generic_guess(ws, o):  # 'Senate President': the passage's, as the body
                d.set_country(o.country, CONTEXT)
        if named and ev.roles and ", " not in ev.roles[-1]:
            ev.roles[-1] += ", " + ", ".join(o.name for o in named)
        org_sector = next((o.sector for o in named if o.sector), None)
        police = police or org_sector == "COP" or "COP" in ev.sectors
        title = _office(ev.sectors) if ev.sectors else None
        public = any(_public(o) for o in named) or _party_office(ev, named, title)
        if ev.former and (public or not named) and (title is None or title in STATE_SECTORS):
            d.set_sector("ELI", TEXT)  # PLOVER ELI: former officials, not a former CEO
        elif named and not public:
            # 'Chrysler president' is no head of state; 'WeWork CEO' is business either way;
            # 'chief investment officer of Dreman Value Management' too (a weak role's own
            # private sector where the organisation has none)
            private = next((w.default for w in ev.weak if w.default not in STATE_SECTORS), None)
            own = title if title not in STATE_SECTORS else None
            if _state_only(ev):
                # only a state's officers hold the title, under any organisation's name:
                # 'Interim BART Police Chief', 'the Crown prosecutor', 'Amtrak police officer'
                own, org_sector = title, None
            d.set_sector(org_sector or own or private, TEXT)
        elif not ev.former and _private(body := _unheld_org_sector(ws, ev)):
            # 'Indiana State Teachers Association President Keith Gambill': the union's
            # president, not a state's (as 'Chrysler president' above)
            d.set_sector(body, TEXT)
        elif org_sector in BODIES_OVER_TITLES and ev.sectors[:1] == ["GOV"]:
            d.set_sector(org_sector, TEXT)  # 'president of the Riigikogu', of a supreme court
        elif ev.sectors:
            d.set_sector(_office(ev.sectors), TEXT)
        elif ev.weak:
            # 'Army Captain John Smith': the force the NER took for a name is no entity here
            org_sector = org_sector or _force_sector(ws, ev)
            if org_sector or not _unknown_employer(ws, d, ev, ev.weak[0]):
                d.set_sector(org_sector or ev.weak[0].default, TEXT if org_sector else CONTEXT)
    if police and d.sector == "MIL" and d.sector_rank == TEXT:
        # police hold ranks too: 'Lt. Matt Harris, Columbus Police Department spokesman', 'Capt.
        # Tom Tennant of the Woodburn Police Department', 'Sgt. Hoyt Teasley, a Fulton County
        # sheriff's deputy' (article gold, ECB+) are police officers, not soldiers
        d.sector = "COP"
    elif d.sector == "MIL" and _police_ranked(ws, d):
        d.sector = "COP"  # 'Troy police Lt. Gerry Scherlinck': the police the NER left unnamed
    if d.known is not None and not _post_after_the_text(ws, d.known):
        w = d.known.at(ws.date)
        d.set_country(w.country if w and w.country else d.known.country, DICTIONARY)
        if w is not None:
            d.set_sector(_office_in_a_year_named(ws, d) or w.sector, DICTIONARY)
    d.set_country(d.hint_country, DICTIONARY)


def _post_after_the_text(ws: Workspace, known: Known) -> bool:
    """Whether an undated text is older than every post the dictionary gives a person: the
    date its dateline writes (a full date in its first lines: 'Published April 11, 2007',
    'on Apr 12 2007') is before the first post begins (a namesake's Fijian office from 2011
    is not a Michigan spokesman's of 2007). The dictionary's person is then no one the text
    names: no code from it. A year of the body ('in 1914', 'since 1994') dates a past event,
    not the text, and the famous are written of long after their posts began."""
    if ws.date is not None or not known.windows:
        return False
    years = [int(ws.tok[x].text) for x in ws.dated_years if _dateline_year(ws, x)]
    starts = [w.start for w in known.windows]
    if not years or any(not x for x in starts):
        return False  # a post of no date may be held any time
    last_year = max(years)
    return all(int(str(x)[:4]) > last_year for x in starts)


def _dateline_year(ws: Workspace, x: int) -> bool:
    """Whether the year at token x is that of a full date (with a month) in the text's
    first lines, where a dateline gives the text's own date."""
    if ws.tok[x].start >= DATELINE_CHARS:
        return False
    return any(ws.low(j).rstrip(".") in MONTHS for j in range(max(0, x - 4), x))


def _police_ranked(ws: Workspace, d: Draft) -> bool:
    """A person titled by a rank police forces share with armed forces, the title right after
    a police word ('Troy police Lt. Gerry Scherlinck', 'Police Capt. Tom Tennant')."""
    if not any(norm(r.split(", ")[0]) in POLICE_RANKS for ev in d.evidence for r in ev.roles):
        return False
    return any(police_before(ws, m.first, 5) for m in d.mentions)


def _state_only(ev: Evidence) -> bool:
    """A title only a state's officer holds ('police chief', 'prosecutor', 'judge'):
    person_words.json state_only_roles."""
    return any(norm(role.split(", ")[0]) in STATE_ONLY_ROLES for role in ev.roles)


def _office_in_a_year_named(ws: Workspace, d: Draft) -> str | None:
    """The sector of the post a former office-holder held in a year that a sentence naming
    them gives ('In 1998, Clinton was impeached', 'Bill Clinton was impeached in 1998, and
    Andrew Johnson in 1868'): the text tells of the term, not of the elite after it (ELI is
    what the publication date alone gives; 'former' in the text still makes ELI)."""
    assert d.known is not None
    if not ws.dated_years:
        return None
    for m in d.mentions:
        sent, verb = ws.tok[m.head].sent, _clause_verb(ws, m.head)
        for x in ws.dated_years:  # (the document's few years, not every token per mention)
            if ws.tok[x].sent != sent:
                continue
            if not _time_adverbial(ws, x) or _clause_verb(ws, x) != verb:
                continue  # 'in the 2016 election', or the year of another clause
            w = d.known.at(f"{ws.tok[x].text}-07-01")
            if w is not None and w.sector in STATE_SECTORS:
                return w.sector
    return None


def _clause_verb(ws: Workspace, i: int) -> int:
    """The verb whose clause token i is in (the nearest verb above it), or the root."""
    for _ in range(20):
        t = ws.tok[i]
        if t.pos in ("VERB", "AUX") or t.head == i:
            return i
        i = t.head
    return i


def _time_adverbial(ws: Workspace, x: int) -> bool:
    """A year that dates its clause: the object of a preposition ('in 1998', 'in April 2004'),
    not a noun's modifier ('the 2016 election')."""
    t = ws.tok[x]
    if t.dep == "pobj":
        return True
    head = ws.tok[t.head]
    dated = ws.ner_label.get(t.head) == "DATE"  # 'in April 2004'
    return t.dep in ("nummod", "npadvmod", "appos") and head.dep == "pobj" and dated


def _unheld_org_sector(ws: Workspace, ev: Evidence) -> str | None:
    """The sector that the institution term ending an organisation's name says, for an
    organisation of the evidence that no draft holds (the person's words took it first:
    'Indiana State Teachers Association President', 'Student Association president'); None
    where there is no such organisation or its name says nothing."""
    for j in ev.orgs:
        if ws.owner.get(j) is not None or ws.ner_label.get(j) != "ORG":
            continue
        a, b = ws.ner_span[j]
        agent, _ = agent_at(ws, a, b)
        if agent is not None and agent.kind in ("org", "agent") and agent.sector:
            return agent.sector
    return None


def _private(sector: str | None) -> bool:
    return sector is not None and sector not in STATE_SECTORS


def _force_sector(ws: Workspace, ev: Evidence) -> str | None:
    """The sector of an institution word in front of a weak role that no entity holds ('Army'
    in 'Army Captain John Smith', 'Police' in 'Police Captain'): the role is held in it."""
    for j in ev.orgs:
        if ws.owner.get(j) is not None or ws.ner_span.get(j, (j, j)) != (j, j):
            continue  # held by an entity, or a word of a longer name ('General Motors')
        agent = ws.lex.agent(ws.low(j))
        if agent is not None and agent.kind == "org" and agent.sector:
            return agent.sector
    return None


def _employer_named_before(ws: Workspace, d: Draft, drafts: list[Draft]) -> None:
    """A post modified by a bare common noun of a company (`COMPANY_NOUNS`: 'company CEO Andy
    Vesey', "the company's vice president John Smith"): the company the passage last named
    (PG&E, sentences before), as 'the company' would be; its country is the person's."""
    if any(ev.orgs for ev in d.evidence):
        return
    if not any(norm(r) in COMPANY_NOUNS for ev in d.evidence for r in ev.roles):
        return
    first = min(m.head for m in d.mentions)
    sent = ws.tok[first].sent
    best: tuple[int, Draft] | None = None
    for o in drafts:
        if o.type != "ORG" or o.sector != "BUS" or o.country_rank < DICTIONARY:
            continue
        heads = [m.head for m in o.mentions if m.head < first]
        if heads and sent - ws.tok[max(heads)].sent <= 5 and (best is None or max(heads) > best[0]):
            best = (max(heads), o)
    if best is not None:
        d.set_country(best[1].country, CONTEXT)


def _office(sectors: list[str]) -> str:
    """The sector of a title's words: a party word before an office modifies it ('Republican
    Gov.', 'Labour MP'), so the office names the sector."""
    return next((s for s in sectors if s not in PARTY_WORDS), sectors[0])


def _party_office(ev: Evidence, named: list[Draft], title: str | None) -> bool:
    """A state office held by a party's member ('GOP Gov.', 'Labour MP'): the party names who
    holds it, the office names the sector. A party's own posts ('ANC President', 'GOP
    chairman') stay the party's."""
    if not named or title not in ("GOV", "LEG") or not ev.roles:
        return False
    if not all(o.sector in PARTY_WORDS for o in named):
        return False
    words = norm(ev.roles[-1].split(", ")[0]).split()
    return bool(words) and words[-1] not in PARTY_POSTS and " ".join(words) not in PARTY_POSTS


def _public(o: Draft) -> bool:
    """A state body or an intergovernmental one: its officials keep their title's sector."""
    return o.sector in STATE_BODY_SECTORS or o.country == "IGO" or o.type == "GPE"


def code_group(ws: Workspace, d: Draft) -> None:
    agent = d.agent
    spread = _states_named_after(ws, d)
    for ev in [*d.evidence, Evidence(orgs=_unlabelled_names_in(ws, d))]:
        country, orgs = evidence_codes(ws, ev)
        if not ev.country and ev.countries and spread.issuperset(ev.countries):
            country = None  # 'Ministers from France and Germany': none of them, not the first
        d.set_country(country, TEXT)
        for known in unclaimed_orgs(ws, ev):  # 'the UN refugee agency', 'a UN envoy'
            w = known.at(ws.date)
            d.set_country(w.country if w is not None else known.country, TEXT - 1, "text")
        for o in orgs:
            # 'Hamas fighters', "Biden's aides"; an organisation whose own country is a guess
            # from the context ('President of the Senate': which Senate?) lends it as one
            strong = o.country_rank >= DICTIONARY
            if strong:
                d.set_country(o.country, TEXT - 1, "text")
            elif not _generic_guess(ws, o):  # 'Senate Leader': the passage's, as 'the Senate'
                d.set_country(o.country, CONTEXT)
            if agent is not None and agent.kind == "weak" and o.type == "PERSON":
                if o.sector == "BUS":  # 'an aide for Kirk Kerkorian': a businessman's staff
                    d.set_sector("BUS", TEXT)
                continue
            if agent is None or not o.sector or o.type == "PERSON":
                continue
            if agent.term in ARMED_MEMBERS and o.sector in ARMED_SECTORS:
                # 'CRPF men', 'BSF troops', 'Hamas men': an armed body's people are its own,
                # whatever sector their plain word has (CVL men, MIL troops)
                d.set_sector(o.sector, TEXT)
                continue
            title = agent.sector == "GOV" and agent.refers == "PERSON"
            if agent.kind == "weak" or (title and o.sector in BODIES_OVER_TITLES):
                d.set_sector(o.sector, TEXT)
    if agent is not None and _state_office(ws, d):
        d.set_sector("GOV", TEXT)  # 'the Hong Kong chief executive' heads its government
    if agent is not None and (agent.sector or d.sector or not _unknown_in(ws, d, agent)):
        d.set_sector(agent.sector or agent.default, DICTIONARY)


def _unknown_in(ws: Workspace, d: Draft, agent: Agent) -> bool:
    return any(_unknown_employer(ws, d, ev, agent) for ev in d.evidence)


def _unknown_employer(ws: Workspace, d: Draft, ev: Evidence, role: Agent) -> bool:
    """A weak role whose default is a state's ('chairman', 'officer', 'directors': GOV) held in
    a company that the text names by its legal form but that is no entity we know ('AEP
    Industries Inc. directors', 'Cineplex Odeon Corp. directors'; TBAQ wire texts): the role is
    the company's, so the state default would be wrong; the sector stays unknown."""
    if role.kind != "weak" or role.sector or role.default not in STATE_SECTORS:
        return False
    return any(_unknown_name(ws, d, j, role) for j in ev.orgs)


def _unknown_name(ws: Workspace, d: Draft, j: int, role: Agent) -> bool:
    """Token j is of a name that no entity holds, that the NER read as no person or place,
    that ends in a company's legal form ('Inc.', 'Corp.', 'PLC'), and that modifies the role
    itself, not another title of the person. A bare name ('Kellogg officer', 'Jaguar
    Chairman') is no company by its words: it may be a department ('Interior Secretary',
    'Education officials', 'MoD spokesman') or a person ('Palin spokesman')."""
    if ws.owner.get(j) not in (None, d) or ws.ner_label.get(j) not in (None, "ORG"):
        return False
    a, b = ws.ner_span.get(j, (j, j))
    head = ws.tok[ws.tok[b].head]
    if role.term.split()[-1] not in (norm(head.lemma), norm(head.text)):
        return False
    return a < b and norm(ws.tok[b].text) in LEGAL_FORMS


def _unlabelled_names_in(ws: Workspace, d: Draft) -> list[int]:
    """Unlabelled names before the head of a description ('a WeWork spokesperson'), read as
    the organisation of that name where the text names one (`_named_elsewhere`); and the
    words of a named organisation there that the tagger read as a common noun, so that no
    modifier of the group took it ('by four plain-clothes NYPD officers', NYPD tagged NNS)."""
    return [
        x
        for m in d.mentions
        for x in range(m.first, m.head)
        if unlabelled_name(ws, x) or _organisation_word(ws, d, x)
    ]


def _organisation_word(ws: Workspace, d: Draft, x: int) -> bool:
    o = ws.owner.get(x)
    return o is not None and o is not d and o.type == "ORG"


def _state_office(ws: Workspace, d: Draft) -> bool:
    """A role whose holder is a company's by default ('chief executive': BUS) that a state or
    a territory holds by its own name, with no organisation named ('the Hong Kong chief
    executive', 'Macau's chief executive'): the head of that government, GOV as the coding
    guide codes executives. A people's word ('a Chinese chief executive') or a city is no
    holder: the person may run a company there."""
    agent = d.agent
    if agent is None or agent.kind != "weak" or agent.sector or not _private(agent.default):
        return False
    if d.sector is not None:
        return False  # an organisation's sector ('WeWork chief executive')
    for ev in d.evidence:
        if ev.orgs or not ev.countries:
            continue
        a, b = ws.ner_span.get(ev.countries[0], (ev.countries[0], ev.countries[0]))
        words = [ws.low(x) for x in range(a, b + 1) if ws.tok[x].text not in ("'s", "’s", "'")]
        if words and words[0] == "the":
            words = words[1:]
        if ws.lex.countries.get(" ".join(words)):
            return True
    return False


def addressed_by_state(ws: Workspace, d: Draft) -> None:
    """A group of people with no country of its own that a state body or party takes as the
    bare object of its verb is that state's: a government urges, warns or advises its own
    people ('The U.K. Foreign and Commonwealth Office ... urges citizens not to travel to the
    areas' GBR, not the country of the areas; 'The Democratic National Committee urged states
    not to reschedule' USA)."""
    if d.type != "GROUP" or d.country is not None or _foreign(ws, d) or _many_states(ws, d):
        return
    for m in d.mentions:
        t = ws.tok[m.head]
        if t.dep != "dobj" or m.first != m.head:
            continue  # a bare plural only: 'citizens', not 'Indonesian citizens'
        verb = t.head
        while ws.tok[verb].dep == "conj" and not ws.tree.children_by_dep(verb, "nsubj"):
            verb = ws.tok[verb].head  # 'The Office carries notices ... and urges citizens'
        for s in ws.tree.children_by_dep(verb, "nsubj"):
            o = ws.owner.get(s)
            if o is None or o.sector not in STATE_BODY_SECTORS | {"PTY"}:
                continue
            if o.country_rank >= DICTIONARY and ws.lex.is_state(o.country):
                d.set_country(o.country, CONTEXT)
                return


def fill_from_context(ws: Workspace, drafts: list[Draft]) -> None:
    """Institutions and groups the text leaves bare take the country the passage is about: a
    country named in their sentence or the two before it. Never the article's most frequent
    country: a body named far from any country stays without one (abstaining costs an analyst
    less than a wrong country). A person with a title of a state body and no country
    ('Senator Dino Melaye', 'the commander') is coded like the body; the first mention whose
    passage names a country gives it. A generic word the dictionary places ('Senate': USA)
    takes the passage's country too. The ends of a journey give no one their country
    ('traveled to Canada'); refugees (`UNPLACED`) and a name only non-state groups share
    ('Islamic State') take none."""
    lex = ws.lex
    by_sentence: dict[int, list[tuple[int, bool, str]]] = {}
    for d in drafts:
        if not lex.is_state(d.country) or d.country_rank < DICTIONARY or d.country is None:
            continue
        if d.sector in ("BUS", "JRN"):
            continue  # a company's or a news agency's home is not where the passage is
        for m in d.mentions:
            t = ws.tok[m.head]
            if d.type == "GPE" and _journey_end(ws, m.head):
                continue  # not a building: 'moved a few blocks to the Police Headquarters'
            if d.type == "GPE" and _capital_governing(ws, d, m.head, drafts):
                continue  # 'against the territory's government and Beijing': no place
            if d.type == "GPE" and ws.names_war(m.head):
                continue  # 'Iraq War veteran Tom Young': the war's country, not the passage's
            subject = t.dep in ("nsubj", "nsubjpass")
            by_sentence.setdefault(t.sent, []).append((m.head, subject, d.country))
    if not by_sentence:
        return
    for d in drafts:
        if d.key.startswith(("C:", "P:")) and not _titled(d):
            continue
        guess = _generic_guess(ws, d)
        if d.country and not guess and (d.country_rank > CONTEXT or lex.is_state(d.country)):
            continue
        if d.type == "PERSON" and d.known is None and not d.roles():
            continue
        if d.sector is None and d.agent is None and d.known is None:
            continue  # an organisation we know nothing about
        if _foreign(ws, d) or _many_states(ws, d):
            continue  # of another country, or of several
        people = d.type in ("PERSON", "GROUP") and d.known is None
        if d.sector is not None and d.sector not in STATE_SECTORS | (PEOPLE if people else set()):
            continue
        if _unplaced(d) or _no_state_name(ws, d) or _employer(ws, d) is not None:
            continue
        if any(hosted_mission(ws, m.head) for m in d.mentions):
            continue  # 'the embassy in Tanzania': the passage's places are its host's
        # the first mention whose passage names a country ('Two federal prison officers ...'
        # in a headline, then 'WASHINGTON - Two federal prison officers were charged'); a
        # code that is no state's ('IGO' from 'the Andean Community') yields to the first only
        heads = sorted(m.head for m in d.mentions)[: 1 if d.country and not guess else None]
        code = next((c for h in heads if (c := _nearby(ws, by_sentence, h, d, people))), None)
        if code:
            d.country, d.country_rank, d.country_evidence = code, CONTEXT, "context"


def government_state(ws: Workspace, drafts: list[Draft]) -> str | None:
    """The one state whose government the article names (its officials and bodies, coded by
    the text or the dictionaries: 'Central Bank chairman Sergei Ignatiev' RUS, 'the White
    House' USA; a country's name acting: 'Russia and Ukraine traded accusations' names two);
    in an article that names no government, the one state its coded actors are of ('United
    States automobile company General Motors'), a journey's end left out. Two states, or none:
    None."""
    coded = [
        d
        for d in drafts
        if d.country and d.country_rank >= DICTIONARY and ws.lex.is_state(d.country)
    ]
    bodies = {d.country for d in coded if d.sector in STATE_BODY_SECTORS and d.type not in PLACES}
    if bodies:  # a country's name acting is a second government, never the only one
        states = bodies | {d.country for d in coded if _state_acting(ws, d)}
    else:  # a company's or a news agency's home is not where the story is (AFP, FRA)
        states = {
            d.country
            for d in coded
            if d.sector not in ("BUS", "JRN") and not _travelled(ws, d) and not _war_only(ws, d)
        }
    return states.pop() if len(states) == 1 else None


def _travelled(ws: Workspace, d: Draft) -> bool:
    """A country named only as where a journey goes or comes from ('Officers traveled to
    Canada'): no government of the story."""
    return d.type == "GPE" and all(_journey_end(ws, m.head) for m in d.mentions)


def _war_only(ws: Workspace, d: Draft) -> bool:
    """A country named only in a war's name ('Iraq War veteran Dan Fisher'): where a war was
    fought, neither the story's country nor its government."""
    return d.type == "GPE" and all(ws.names_war(m.head) for m in d.mentions)


def _state_acting(ws: Workspace, d: Draft) -> bool:
    """A country's name as the subject or object of a verb is its government acting ('Russia
    and Ukraine traded accusations'), not a place ('in Ukraine', 'the conflict with Georgia')."""
    if d.type != "GPE":
        return False
    for m in d.mentions:
        t = ws.tok[m.head]
        dep = ws.tok[t.head].dep if t.dep == "conj" else t.dep
        if dep in ("nsubj", "nsubjpass", "dobj"):
            return True
    return False


def one_government(ws: Workspace, drafts: list[Draft]) -> None:
    """A state body the text leaves bare and names no country near ('the federal government',
    'the Central Bank', 'the House', a judge 'Mr Justice Anthony Mann') is that of the one
    state whose government the article names (`government_state`: '... bailout money from
    the federal government' in a story of General Motors, 'the Central Bank' beside
    Russian ministers). In an article naming no one government, a body of the executive, the
    courts, the police or a legislature (not the armed forces or spies, who act abroad) is of
    the state where the story happens (`scene_country`: 'the High Court heard' in a story of
    robberies in Liverpool and Leeds with two foreign embassies quoted; evidence 'scene')."""
    state, evidence = government_state(ws, drafts), None
    if state is None:  # no one government named: the state where the story happens
        state, evidence = scene_country(ws, drafts), "scene"
    if state is None:
        return
    for d in drafts:
        if d.country is not None or _unplaced(d) or _no_state_name(ws, d):
            continue  # 'Islamic State' is no state's institution (`fill_from_context`)
        if evidence and d.sector in ABROAD:
            continue  # 'Armies cannot conquer science' in an interview set in Sudan
        if any(hosted_mission(ws, m.head) for m in d.mentions):
            continue  # 'the embassy in Tanzania' beside 'Kenyan police': the host's government
        if _state_institution(d) or _titled(d) or _state_group(ws, d):
            d.set_country(state, CONTEXT, evidence)


def same_head_groups(ws: Workspace, drafts: list[Draft]) -> None:
    """A bare group named again by its head noun takes the country the text gave it at first
    ('two French police officers were jailed ... the officers denied it'; 'a Canadian tourist
    ... the tourist said'): news English names a group once with its nationality and then by
    its head. Only when every group of that head the text places earlier is of one country,
    and never a group the text calls foreign or of several states (evidence 'context')."""
    placed: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for d in drafts:
        if not d.key.startswith("G:") or d.agent is None or d.country_rank < TEXT:
            continue
        head = d.agent.term.split()[-1]
        placed.setdefault(head, set()).add(d.country or "")
        first[head] = min(first.get(head, d.start), d.start)
    for d in drafts:
        if not d.key.startswith("G::") or d.agent is None or d.country is not None:
            continue
        head = d.agent.term.split()[-1]
        codes = placed.get(head, set())
        if len(codes) != 1 or first[head] > d.start or _unplaced(d):
            continue  # refugees: 'the UN High Commissioner for Refugees' after 'Afghan refugees'
        if _foreign(ws, d) or _many_states(ws, d):
            continue
        code = next(iter(codes))
        if ws.lex.is_state(code):
            d.set_country(code, CONTEXT, "context")


def _state_group(ws: Workspace, d: Draft) -> bool:
    """A group of a state body's people ('six soldiers', 'police officers'), not one the text
    calls foreign ('unspecified foreign security forces')."""
    lawyers = d.sector == "CVL" and d.agent is not None and _lawyer([d.agent.term])
    if d.type != "GROUP" or (d.sector not in STATE_BODY_SECTORS and not lawyers):
        return False  # (a party's lawyers plead before its courts: `_titled`)
    return not _foreign(ws, d) and not _many_states(ws, d)


def _state_institution(d: Draft) -> bool:
    """An organisation named by a state institution's term ('the federal government', 'the
    Central Bank', 'the House', 'the High Court'), not by a title ('executive chair')."""
    agent = d.agent
    return (
        d.type == "ORG"
        and agent is not None
        and agent.kind == "org"
        and agent.sector in STATE_BODY_SECTORS
        and d.sector in STATE_BODY_SECTORS
    )


# An article is about one country when at least this many of its actors the text or the
# dictionaries code to a state are of that country, and this share of them or of their mentions;
# or, outside sport, a smaller share of their mentions (`ARTICLE_MENTION_SHARE`).
ARTICLE_ACTORS = 3
ARTICLE_SHARE = 0.9
ARTICLE_MENTION_SHARE = 0.8


def article_country(ws: Workspace, drafts: list[Draft]) -> str | None:
    """The state of an article about one country: at least `ARTICLE_ACTORS` of its actors
    coded by the text or the dictionaries are of it, and 90% or more of them or of their
    mentions. A story's own actors are named again and again, a foreign one in passing once
    ('France' in a report on Boeing's 787, 'India' in a Pakistani murder story): counting
    mentions too keeps one such aside from hiding the article's country. Weighed by mentions,
    80% is enough: a story's own actors named again and again outweigh two or three countries
    named once each in passing ('Uruguay', 'Guyana' and 'Cuba' beside Argentina's abortion
    bill; 'India' twice in an Australian court story), except in a report of sport, where
    clubs and tournaments field people of many nations."""
    counts: dict[str, int] = {}
    named: dict[str, int] = {}
    for d in drafts:
        if _war_only(ws, d):
            continue
        if d.country and ws.lex.is_state(d.country) and d.country_rank >= DICTIONARY:
            counts[d.country] = counts.get(d.country, 0) + 1
            named[d.country] = named.get(d.country, 0) + len(d.mentions)
    if not counts:
        return None
    for tally in (counts, named):
        top = max(tally, key=lambda c: tally[c])
        if counts[top] >= ARTICLE_ACTORS and tally[top] >= ARTICLE_SHARE * sum(tally.values()):
            return top
    top = max(named, key=lambda c: named[c])
    if ws.sports_report or counts[top] < ARTICLE_ACTORS:
        return None
    return top if named[top] >= ARTICLE_MENTION_SHARE * sum(named.values()) else None


def shared_names(ws: Workspace, drafts: list[Draft], top: str | None) -> None:
    """An organisation named by a name it shares with another country's (`needs_context`:
    'Labour', 'Democratic Party', 'ABC', 'SEC') is the one of the article's country, in an
    article about one country or naming one government (`government_state`: 'Labour' beside
    the Home Office and Rishi Sunak, in a story of asylum seekers from five countries), and
    when the text gives it no country of its own. A group of no state whose country follows
    the theatre keeps its sector anywhere, its country left open ('the Islamic State' REB,
    not the GOV of its head noun 'state')."""
    for d in drafts:
        if d.type == "ORG" and d.known is None:
            _shared_sector(ws, d)
    if top is None:
        return
    for d in drafts:
        if d.type != "ORG" or d.known is not None or d.country is not None:
            continue
        name = norm(d.name)
        known = ws.lex.shared_name(name.removeprefix("the "), top, ws.date)
        if known is None or (w := known.at(ws.date)) is None:
            continue
        d.known = known
        d.set_country(w.country, CONTEXT, "article")
        d.set_sector(w.sector, DICTIONARY)


def _shared_sector(ws: Workspace, d: Draft) -> None:
    name = norm(d.name).removeprefix("the ")
    if " " not in name:
        return  # one word says too little ('IS')
    holders = ws.lex.shared.get(name) or []
    if not holders or any(k.kind != "org" or ws.lex.is_state(k.country) for k in holders):
        return  # a state's body shares its name with other states' ('Labour Party')
    sectors = {w.sector for k in holders for w in k.windows}
    if len(sectors) == 1:
        d.set_sector(sectors.pop(), DICTIONARY)


def people_of_the_article(ws: Workspace, drafts: list[Draft], top: str | None) -> None:
    """People an article about one country names with nothing else to place them (no title,
    nationality, organisation or dictionary entry: 'Eyamba Sowers', 'Elizabeth A. Burton, 32,
    of 1119 Eighth St.', 'Tova Noel and Michael Thomas') are that country's: news style marks
    a foreigner in a domestic story ('an Australian', 'a British tourist'). So are groups of
    people with no country ('Police arrested six people', 'many KSC employees') and the
    attackers, suspects and police a crime story describes ('the attacker', 'two police
    officers were injured'), and groups of companies, investors, civic groups or party members
    ('the nation's top banks', 'Big Three automakers': `_home_group`); not named organisations
    (a company's home is where it is based). The evidence says 'article', its own confidence."""
    if top is None or top in NO_NATIONALS:
        return
    for d in drafts:
        if _unplaced(d):
            continue
        if d.country is not None or _foreign(ws, d) or _many_states(ws, d):
            continue
        if _named_in_full(d) or _people(d) or _home_group(d):
            d.set_country(top, CONTEXT, "article")


def _employer(ws: Workspace, d: Draft) -> Draft | None:
    """The person whose staff a person is, by a role that takes its sector from whom it serves
    ('Yeltsin's spokesman Sergei Yastrzhembsky', 'Stein spokeswoman Melezia Figueroa', 'a
    Warren aide'): the one person, and nothing else, the role's chain names."""
    if d.type != "PERSON":
        return None
    for ev in d.evidence:
        if not ev.weak or ev.countries or ev.country:
            continue
        _, orgs = evidence_codes(ws, ev)
        if len(orgs) == 1 and orgs[0].type == "PERSON" and orgs[0] is not d:
            return orgs[0]
    return None


def staff_of_people(ws: Workspace, drafts: list[Draft]) -> None:
    """A spokesperson, aide or adviser of a person, whom the text gives no country of their
    own, is of the country of the person they serve, not of the passage, which may be about
    another ('Yeltsin's spokesman ... said Ukraine would not join NATO'; 'Stein spokeswoman
    Melezia Figueroa' beside a county the gazetteer took for Nassau, Bahamas): the evidence is
    that person's, 'text' where the text or a dictionary coded them."""
    for d in drafts:
        if d.country_rank > CONTEXT or (boss := _employer(ws, d)) is None:
            continue
        if boss.country is None or not ws.lex.is_state(boss.country):
            continue
        evidence = "text" if boss.country_rank >= DICTIONARY else boss.country_evidence
        d.country, d.country_rank, d.country_evidence = boss.country, CONTEXT, evidence


def relatives_of_people(ws: Workspace, drafts: list[Draft]) -> None:
    """A person the text calls the son, wife or niece of a named person (`Evidence.kin`: 'The
    son of former German President Richard von Weizsäcker, Fritz von Weizsäcker', "Viktoria
    Skripal, Sergei's niece"), and gives no country of their own, is of that person's country,
    where the text or a dictionary gave it, rather than of the passage or the article: a
    family shares its nationality far more often than a story's people do. Not where the
    relatives named are of several countries."""
    for d in drafts:
        if d.type != "PERSON" or d.country_rank > CONTEXT:
            continue
        kin = {id(o): o for ev in d.evidence for j in ev.kin if (o := ws.owner.get(j))}
        countries = {
            o.country
            for o in kin.values()
            if o is not d and o.type == "PERSON" and o.country and o.country_rank >= DICTIONARY
        }
        if len(countries) == 1 and ws.lex.is_state(code := countries.pop()):
            d.country, d.country_rank, d.country_evidence = code, CONTEXT, "text"


def suspects(ws: Workspace, d: Draft) -> None:
    """A person, or a group of plain people ('six people'), whom the text arrests, charges,
    indicts, convicts or sentences and gives no other sector is a suspect of a crime, CRM as
    the coding guide codes suspects: 'Officers also arrested Christopher L. Tays', 'Burton was
    charged with possession', 'Police arrested six people', 'sentenced Ohio man James Alex
    Fields' (a plain 'man' is no sector). So is a person named by the text, or a group of
    plain people, who does a crime to a person ('Sirhan shot him in the head', 'was stabbed by
    Smith', 'Two men stabbed a guard': `doer_of_crime`)."""
    if d.type == "PERSON":  # 'Ohio man James Alex Fields': a plain person still
        plain = d.sector is None and d.known is None
        plain = plain and all(r.lower() in PLAIN_PEOPLE for r in d.roles())
    else:  # a group its head word alone makes civilians ('people', 'men')
        plain = d.type == "GROUP" and d.sector == "CVL" and d.sector_rank <= DICTIONARY
        plain = plain and d.agent is not None and d.agent.term in PLAIN_PEOPLE
    if plain and d.type != "PERSON" and any(_at_a_protest(ws, m.head) for m in d.mentions):
        return  # 'Serbians protested ... at least 71 people were arrested': protesters, CVL
    if plain and any(taken_as_suspect(ws, m.head) for m in d.mentions):
        d.sector, d.sector_rank = "CRM", TEXT - 1
    elif plain and any(doer_of_crime(ws, m.head) for m in d.mentions):
        # 'Sirhan shot him in the head', 'Two men stabbed a guard'
        d.sector, d.sector_rank = "CRM", TEXT - 1


# Words of a protest (event_lexicon.jsonl classes @protest and @protester, and 'unrest'): plain
# people arrested in a passage that names one are the protesters, not suspects of a crime.
PROTEST_WORDS = (
    load_event_ontology().classes["@protest"]
    | load_event_ontology().classes["@protester"]
    | {"unrest", "protested", "protesting", "demonstrated"}
)


def _at_a_protest(ws: Workspace, i: int) -> bool:
    """Whether the sentence of token i or the one before names a protest."""
    sent = ws.tok[i].sent
    return any(
        t.sent in (sent, sent - 1) and ws.low(x) in PROTEST_WORDS for x, t in enumerate(ws.tok)
    )


# Sectors of the crowds a domestic story names without placing them: companies and investors,
# civic groups, parties and their members ('the nation's top banks', 'Big Three automakers',
# 'shareholders of both companies', 'environmentalists', 'some members of opposition parties').
HOME_SECTORS = frozenset({"BUS", "SOC", "PTY", "OPP"})


def _home_group(d: Draft) -> bool:
    """A group of companies, investors, civic groups or party members the text leaves bare:
    as news style marks a foreigner in a domestic story ('an Australian'), it marks foreign
    firms and parties ('Japanese automakers', 'foreign investors'), so a bare one is the
    story's own; one the text calls foreign or of several states is left out by the caller.
    So are party members the NER tags by their party's word ('Republicans insisted',
    'both Republicans and Democrats'), no party the dictionary knows by name."""
    if d.type == "NORP":  # party members by their party's word: 'Republicans', 'Democrats'
        return d.sector in PARTY_WORDS and d.known is None
    return d.type == "GROUP" and d.sector in HOME_SECTORS


def _named_in_full(d: Draft) -> bool:
    """A person's name of two words or more: one word alone is as often a product, a team or a
    god the NER took for a person ('Spotlight', 'Browns', 'Zeus') as a person."""
    return d.type == "PERSON" and d.key.startswith("P:") and d.first is not None


# A story happens in one country when at least this many mentions of its towns, regions and
# buildings (not of countries) are of one state, and `ARTICLE_SHARE` of them.
SCENE_MENTIONS = 2
# Crowds a story names by their protest ("protesters", "rioters": event_lexicon.jsonl
# @protester) are of its scene too; other civilians are not ("100 million people" of a plague).
SCENE_CROWDS = load_event_ontology().classes["@protester"]


def scene_country(ws: Workspace, drafts: list[Draft]) -> str | None:
    """The state in which an article's places lie: the towns, regions and buildings it names
    (a country's own name is left out: 'born in Jordan', 'told the United Kingdom' name
    countries the story is about or comes from, not where it happens)."""
    tally: dict[str, int] = {}
    for d in drafts:
        if d.type not in PLACES or not d.country or not ws.lex.is_state(d.country):
            continue
        if _country_or_capital(ws, d):
            continue
        tally[d.country] = tally.get(d.country, 0) + len(d.mentions)
    if not tally:
        return None
    top = max(tally, key=lambda c: tally[c])
    if tally[top] >= SCENE_MENTIONS and tally[top] >= ARTICLE_SHARE * sum(tally.values()):
        return top
    return None


def _country_or_capital(ws: Workspace, d: Draft) -> bool:
    """A country's own name or its capital's: the state the story is about or comes from
    ('born in Jordan'), or its government ('Beijing warned'), not where the story happens; a
    territory of its own code is a place ('protests in Hong Kong')."""
    if ws.lex.country(d.name) is not None:
        return d.country not in ws.lex.sovereigns
    return norm(d.name) == ws.lex.capitals.get(d.country or "")


def street_of_the_scene(ws: Workspace, drafts: list[Draft], scene: str | None) -> None:
    """The police, attackers, suspects and protesters a story describes by a role, not by name
    ('the attacker', 'Multiple assailants', 'police officers', 'protesters') are of the country
    where the story happens (`scene_country`), in an article whose actors are of several
    countries (`people_of_the_article` codes them in one about one country): the police act
    where they are, and news English marks the foreign among a crime's doers or a crowd ('a
    British tourist') as it does in a domestic story. Not other civilians ('More than 100
    million people' of a plague of the past), nor a group the text calls foreign or of
    several states. Evidence 'scene'."""
    if scene is None:
        return
    for d in drafts:
        if d.country is not None or not _people(d):
            continue
        crowd = d.sector == "CVL" and d.agent is not None and d.agent.term in SCENE_CROWDS
        if d.sector not in STREET and not crowd:
            continue
        if _foreign(ws, d) or _many_states(ws, d):
            continue
        d.set_country(scene, CONTEXT, "scene")


def _people(d: Draft) -> bool:
    """A group of people: civilians, suspects, workers, students ('six people', 'employees');
    or a person or group the text describes by a street role, not by name: 'the attacker',
    'the suspect', 'police officers', 'gunmen' (a domestic crime story's own)."""
    if d.type == "GROUP" and d.sector in PEOPLE | {"CVL", "CRM"}:
        return True
    return d.key.startswith("G:") and d.type in ("PERSON", "GROUP") and d.sector in STREET


def _foreign(ws: Workspace, d: Draft) -> bool:
    """A group the text calls foreign ('foreign forces', 'unspecified foreign security forces',
    'other foreign leaders'): of some other country than the passage's, which it does not say;
    not a title that holds the word ('Foreign ministers', 'foreign minister')."""
    if d.type != "GROUP" or (d.agent is not None and "foreign" in d.agent.term.split()):
        return False
    return any(ws.low(x) == "foreign" for m in d.mentions for x in range(m.first, m.head))


def _many_states(ws: Workspace, d: Draft) -> bool:
    """A group whose own words give it several countries (`MANY_STATES_WORDS`, 'several
    national banks', 'governments of the region', 'Finance ministers from the G7', 'bishops
    from around the world', 'Foreign ministers attended for Argentina, Ecuador, ...'): it takes
    no single country from its passage."""
    if d.type != "GROUP":
        return False
    for m in d.mentions:
        for x in range(m.first, m.head):
            if ws.owner.get(x) not in (None, d) or ws.tok[x].head != m.head:
                continue  # 'World Bank officials', 'world news Authorities': not a scope
            w = ws.low(x)
            if w in MANY_STATES_WORDS or (w == "national" and ws.low(x - 1) in SEVERAL):
                return True
        preps = ws.tree.children_by_dep(m.head, "prep")
        t = ws.tok[m.head]
        if t.dep in ("nsubj", "nsubjpass"):  # 'Foreign ministers attended for Argentina, ...'
            preps += [p for p in ws.tree.children_by_dep(t.head, "prep") if ws.low(p) == "for"]
        region = t.tag == "NNS" and t.lemma in REGION_MEMBERS
        if any(_many_in(ws, p, region) for p in preps if ws.low(p) in MANY_STATES_PREPS):
            return True
    return False


def _states_named_after(ws: Workspace, d: Draft) -> set[int]:
    """The tokens of a group's own 'from/of' phrases that name two or more states ('Ministers
    from France and Germany', 'heads of state from Bolivia, Brazil, Chile'): the group is of
    them all, so none of them alone is its country."""
    out: set[int] = set()
    if d.type != "GROUP":
        return out
    for m in d.mentions:
        for p in ws.tree.children_by_dep(m.head, "prep"):
            if ws.low(p) not in ("from", "of"):
                continue
            named = {x: ws.country_of_token(x) for x in ws.tree.subtree(p)}
            states = {c for c in named.values() if c is not None and ws.lex.is_state(c)}
            if len(states) >= 2:
                out.update(x for x, c in named.items() if c is not None)
    return out


def _many_in(ws: Workspace, prep: int, region: bool) -> bool:
    """A prepositional phrase that names several countries, an intergovernmental body ('the
    G7', 'NATO') or a scope of many (`MANY_STATES_SCOPES`: 'from around the world'; 'of the
    region' when `region`: said of states' bodies)."""
    states = set()
    for x in ws.tree.subtree(prep):
        o = ws.owner.get(x)
        if o is not None and (o.country in INTERGOVERNMENTAL or o.sector in INTERGOVERNMENTAL):
            return True
        if ws.low(x) in MANY_STATES_SCOPES or (region and ws.low(x) == "region"):
            return True
        if (code := ws.country_of_token(x)) is not None and ws.lex.is_state(code):
            states.add(code)
    return len(states) >= 2


def _unplaced(d: Draft) -> bool:
    """Refugees (`UNPLACED`) and bare critics (`UNPLACED_TERMS`, CVL) take no country from
    their passage or article."""
    if d.sector in UNPLACED:
        return True
    return d.sector == "CVL" and d.agent is not None and d.agent.term in UNPLACED_TERMS


def _titled(d: Draft) -> bool:
    """A person the text gives a title of a state body and no country ('Senator Dino Melaye',
    'Gov. Matt Bevin'), nor any other code ('UN spokesman' keeps IGO); or a party's lawyer
    ('his attorney, Mark Heller', 'defense attorney Jerome Fenton', CVL): one pleads before
    the courts of the state where the story happens, as the court's people (JUD) do."""
    if d.type != "PERSON" or d.country is not None or not d.roles():
        return False
    return d.sector in STATE_BODY_SECTORS or (d.sector == "CVL" and _lawyer(d.roles()))


def _lawyer(roles: list[str]) -> bool:
    return any(norm(r.split(", ")[0]).rpartition(" ")[2] in LAWYER_HEADS for r in roles)


def _generic_guess(ws: Workspace, d: Draft) -> bool:
    """A state the dictionary gives a generic word it lists ('Senate': USA in Phoenix), a
    guess the passage's own country overrides ('the Argentine congress ... the senate')."""
    if d.country_rank != CONTEXT or d.known is None or d.known.curated:
        return False
    return ws.lex.is_state(d.country)


def _journey_end(ws: Workspace, i: int) -> bool:
    """A place named as where a journey goes or comes from ('traveled to Canada', 'flying from
    London', 'arrive in Mecca')."""
    t = ws.tok[i]
    if t.dep != "pobj":
        return False
    verb = ws.tok[ws.tok[t.head].head]
    if ws.low(t.head) in JOURNEY_PREPS:
        return verb.lemma in JOURNEY_VERBS
    return ws.low(t.head) == "in" and verb.lemma in ARRIVAL_VERBS


def _capital_governing(ws: Workspace, d: Draft, i: int, drafts: list[Draft]) -> bool:
    """The capital of a sovereign state named as its government, not as a place, in an
    article that names one of its territories with a code of their own (`Lexicon.sovereigns`,
    from countries.jsonl; the coding guide codes the Hong Kong and Macau governments, police
    and people HKG and MAC):
    a verb's subject or object ('accused Beijing'), or after a preposition that puts nothing
    at a place ('a resistance movement against the territory's government and Beijing',
    'autonomy under Beijing'). The territory's people in its passage are not the sovereign's:
    Hong Kong's protesters are not Beijing's."""
    place = ws.lex.places.get(norm(d.name))
    if place is None or place.kind != "capital" or ws.lex.countries.get(norm(d.name)):
        return False
    held = {ws.lex.sovereigns.get(o.country or "") for o in drafts if o.type in PLACES}
    if place.country not in held:
        return False
    t = ws.tok[i]
    while t.dep == "conj" and t.head != t.i:
        t = ws.tok[t.head]
    if t.dep in ("nsubj", "nsubjpass", "dobj"):
        return True
    return t.dep == "pobj" and ws.low(t.head) not in LOCATIVE_PREPS


def _no_state_name(ws: Workspace, d: Draft) -> bool:
    """An organisation named by a name that only non-state actors share (`needs_context`:
    'Islamic State', 'IS'): the context gives it no state ('the U.S. military operation
    against Islamic State')."""
    if d.type != "ORG" or d.known is not None:
        return False
    found = ws.lex.shared.get(norm(d.name).removeprefix("the ")) or []
    return bool(found) and not any(ws.lex.is_state(k.country) for k in found)


# Acts whose object is their victims (death_words.json victim_verbs): the victims of 'Two
# Palestinian suicide bombers killed 23 people' (PLOVER GSR) are not of the attackers' country.
VIOLENT_ACTS = frozenset(death_words()["victim_verbs"])


# the verbs of saying of the quote layer (quote_cues.json, its speech group): the place of whoever
# reports a violent act is not its victims' country ('relief officials in Nairobi said')
SAYING = frozenset(w for g in quote_cues()["reporting_verbs"] if g["speech"] for w in g["lemmas"])


def _attacker(ws: Workspace, head: int) -> int | None:
    """The head of the doer of the violent act whose victim `head` is ('Palestinian suicide
    bombers killed 23 people', 'Vietnamese-led forces attacked, killing 50', '50 were killed
    by Vietnamese-led forces'), or None."""
    t = ws.tok[head]
    if t.dep == "conj":
        t = ws.tok[t.head]
    verb = ws.tok[t.head]
    if verb.lemma not in VIOLENT_ACTS or t.dep not in ("dobj", "nsubjpass"):
        return None
    kids = ws.tree.children_by_dep
    if t.dep == "nsubjpass":
        by = kids(verb.i, "agent")
        doer = kids(by[0], "pobj") if by else []
        return doer[0] if doer else None
    for _ in range(3):  # 'killing or wounding 50': the subject of the clause it adds to
        subj = kids(verb.i, "nsubj")
        if subj:
            return subj[0]
        if verb.dep not in ("advcl", "xcomp", "conj", "pcomp") or verb.head == verb.i:
            return None
        verb = ws.tok[verb.head]
    return None


def _within(ws: Workspace, i: int, top: int) -> bool:
    """Token `i` is `top` or a word of its own name or modifiers ('Palestinian' in 'Palestinian
    suicide bombers', 'US' in 'US warplanes'), not a place after a preposition ('an airstrike
    in the northern Syrian province')."""
    for _ in range(20):
        if i == top:
            return True
        t = ws.tok[i]
        if t.head == i or t.dep in ("prep", "pobj", "acl", "relcl"):
            return False
        i = t.head
    return False


def _speaker(ws: Workspace, i: int) -> bool:
    """Token `i` is in the subject of a verb of saying ('relief officials in Nairobi said')."""
    for _ in range(20):
        t = ws.tok[i]
        if t.head == i:
            return False
        if t.dep == "nsubj" and ws.tok[t.head].lemma in SAYING:
            return True
        i = t.head
    return False


def _nearby(
    ws: Workspace, by_sentence: dict, head: int, d: Draft, people: bool = False
) -> str | None:
    sent = ws.tok[head].sent
    own = {m.head for m in d.mentions}
    doer = _attacker(ws, head) if people else None
    for s in range(sent, max(-1, sent - 3), -1):
        found = [f for f in by_sentence.get(s, ()) if f[0] not in own]
        if doer is not None and s == sent and any(_within(ws, f[0], doer) for f in found):
            # the attacker's own country is not its victims', nor is the place of those who
            # report the act ('relief officials in Nairobi said', 'Thai military sources said')
            found = [f for f in found if not _within(ws, f[0], doer) and not _speaker(ws, f[0])]
            if len({f[2] for f in found}) != 1:
                return None  # none left, or several ('on the border between Kenya and Somalia')
        if not found:
            continue
        subjects = [c for _, subj, c in found if subj]
        if subjects:
            return str(subjects[0])
        before = [c for i, _, c in found if i < head or s < sent]
        return str(before[0] if before else found[0][2])
    return None

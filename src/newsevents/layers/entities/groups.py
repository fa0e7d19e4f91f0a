"""Common-noun actors: "Ukraine's armed forces", "rebels", "a Jordanian official".

A noun whose phrase matches the agent dictionary becomes a group (its country from modifiers, an
"of/from/in" phrase or a place named just after it), unless it is a definite plural description
with a number ("the two leaders", "both countries") or a bare definite nominal ("the ministry"):
those wait for `coref`. An indefinite counted plural ("killing five people", "two soldiers were
killed", "dozens of civilians") introduces people of its own: a group, the count standing for
the modifier a bare "people" or "residents" needs; so does a verb that takes a bare plural as
its direct object ("urges citizens not to travel", "invite architects to submit plans") or gives
its object to ("offer a package to dealers"): the people it acts on; so does a bare count as the
object of a killing, wounding or arrest verb ("killed five", "arrested 12"). A word of people before
another noun names a thing ("crowd control"), and "no crowds" is nobody: neither is a group.
"""

from __future__ import annotations

from dataclasses import replace

from ...ontology.actors import Agent, Known
from ...ontology.normalize import norm
from ...ontology.reading import death_words, organisation_words, person_words, product_makers
from .coref import PRONOUNS
from .mentions import DETERMINERS, NOMINAL_POS, POSSESSIVE, Evidence, Pending
from .workspace import REGISTERED_FORMS, SUSPECT_VERBS, Workspace, agent_at, taken_as_suspect

GROUP_MOD_DEPS = ("poss", "amod", "compound", "nmod", "nummod", "det", "predet")
MOD_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "DET", "PRON", "PART", "ADV", "PUNCT"})

NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
# Nouns counting the people of an "of" phrase after them ("dozens of civilians").
COUNTING_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions"})
# Weak roles that are police officers in a text that names the police ('Police arrested six
# people ... Officers also arrested Christopher L. Tays'): ontology/data/person_words.json.
POLICE_ROLES = frozenset(person_words()["police_roles"])
POLICE_WORDS = frozenset(person_words()["police_words"])
# Ranks police forces share with armed forces ('sergeant', 'Lt.', 'Capt.'): person_words.json
POLICE_RANKS = frozenset(person_words()["police_ranks"])
# Agent terms that, bare and plural, are people voicing a charge by one of these verbs ('critics
# say', 'critics charging that'): ontology/data/person_words.json.
CHARGE_VOICERS = frozenset(person_words()["charge_voicers"])
# Nouns of kinship ('wife', 'parents'): one relative is a party of its own only when a noun or
# a name owns the noun ("the suspect's wife"), not a pronoun (person_words.json kin_words).
KIN_WORDS = frozenset(person_words()["kin_words"])
CHARGE_VERBS = frozenset(person_words()["charge_verbs"])
# Institutions that hold people in custody (ontology/data/organisation_words.json): before
# another noun they name a punishment or a place, not an actor ('prison terms', 'jail cell').
CUSTODY_PLACES = frozenset(organisation_words()["custody_places"])
# Nouns a 'state' before them makes a state's occasion, thing or sum, no actor ("Kuchma's state
# visit", "Trump's state tax returns"): organisation_words.json state_attributes.
STATE_ATTRIBUTES = frozenset(organisation_words()["state_attributes"])
# Verbs whose bare count is the people they were done to ("killed five", "wounded 110",
# "arrested 12"): the killing and wounding verbs of ontology/data/death_words.json (victims,
# CVL in docs/coding-guide.md) and the suspect verbs of person_words.json (suspects, CRM).
CASUALTY_VERBS = frozenset(death_words()["killing_verbs"]) | frozenset(
    death_words()["wounding_verbs"]
)
# Trade words: with a lower-case noun or adjective before them they name the businesses of one
# trade ('the motion picture industry', 'the oil industry'); words that say how much of it
# ('the whole industry') or which ('the same industry') name none.
# Violent acts whose object (or passive subject) is their victim and whose subject is their
# doer (death_words.json victim_verbs, killing_verbs, wounding_verbs): a plain person they
# take is a party of the act ('A man shot and killed a woman', 'a passenger was stabbed').
VIOLENT_VERBS = (
    frozenset(death_words()["victim_verbs"])
    | frozenset(death_words()["killing_verbs"])
    | frozenset(death_words()["wounding_verbs"])
)
TRADE_WORDS = frozenset(organisation_words()["trade_words"])
TRADE_NOT_NAMING = frozenset(organisation_words()["trade_not_naming"])
# Words that give a term another sense, no actor ('office Christmas party', '12 magazines and
# 300 rounds of ammunition'): organisation_words.json other_senses
OTHER_SENSES = {t: frozenset(ws) for t, ws in organisation_words()["other_senses"].items()}
# A state's missions abroad (organisation_words.json diplomatic_missions): a place after one
# is its host ('the embassy in Tanzania'), never its own state.
DIPLOMATIC_MISSIONS = frozenset(organisation_words()["diplomatic_missions"])
# Words standing for more of the people counted before ("wounded two others", "twelve more").
MORE_OF_THEM = frozenset({"others", "more"})
# A lawyer's words a private party's lawyer shares with the court (person_words.json
# party_lawyers), and the pronouns that say the lawyer acts for a person (coref's table, less
# 'it'/'its', a body's): 'his lawyer', 'lawyers for him'.
PARTY_LAWYERS = frozenset(person_words()["party_lawyers"])
PERSON_PRONOUNS = frozenset(w for w, (what, _, _) in PRONOUNS.items() if what != "THING")
# Airliner makers and their models (ontology/data/product_makers.json): a jet or an aircraft
# one of them names ('Airbus jets', '60 Boeing 787 Dreamliner aircraft') is an airliner, a
# civil craft (agents.jsonl 'airliner' CVL), no air force's.
_MAKERS = product_makers()
AIRLINER_MAKERS = frozenset(m.lower() for m in _MAKERS["makers"])
AIRLINER_MODELS = frozenset(model for models in _MAKERS["makers"].values() for model in models)
AIRCRAFT_NOUNS = frozenset(_MAKERS["aircraft_nouns"])


def find_groups(ws: Workspace) -> None:
    """Common-noun actors: 'Ukraine's armed forces', 'rebels', 'a Jordanian official'."""
    tok = ws.tok
    for i, t in enumerate(tok):
        if t.pos not in NOMINAL_POS or i in ws.used or i in ws.owner:
            continue
        if t.pos == "PROPN" and i in ws.ner_label:
            continue
        if _in_known_name(ws, i):
            continue  # 'Yonhap news agency': a word of a dictionary organisation's name
        if descriptor(ws, i):
            continue  # 'The US car manufacturer General Motors said': the name's descriptor
        extra: list[int] = []
        if t.dep == "compound" and tok[t.head].pos in NOMINAL_POS and tok[t.head].sent == t.sent:
            h = t.head
            if ws.ner_label.get(h) in ("ORG", "PERSON") or descriptor(ws, h):
                continue  # 'the US car manufacturer General Motors': a descriptor of the name
            if h < i or agent_at(ws, h, h)[0] is not None:
                continue  # 'police officers': the head makes the group
            if ws.low(i) in CUSTODY_PLACES:
                continue  # 'seven-year prison terms', 'a jail sentence': a punishment, no actor
            if ws.low(i) == "state" and _state_attribute(ws, i, h):
                continue  # "Kuchma's state visit", "Trump's state tax returns": no party
            extra = [x for x in left_mods(ws, h) if x < i]  # 'Israeli army bulldozers'
            if _person_word(ws, i) and not any(ws.capitalized(x) for x in extra):
                continue  # 'crowd control': a bare word of people names a thing
        # the parse may hang a headline on the lead's first noun over the blank line between
        # them ('2003 European heatwave' and 'Scientists using a computer model'): no modifier
        # from another sentence
        mods = [x for x in sorted(set(extra + left_mods(ws, i))) if ws.tok[x].sent == t.sent]
        plain = [x for x in mods if _plain(ws, x)]
        agent, start = agent_at(ws, plain[0] if plain else i, i)
        titled, at = agent_at(ws, _title_case_run(ws, i), i)
        if titled is not None and at < start:
            agent, start = titled, at  # 'the New York State Attorney General' is no general
        verb = max((x for x in mods if x < start and ws.headline_verb(x)), default=None)
        if verb is not None:  # a headline read as one noun phrase: 'Toy Price Rise Angers
            mods = [x for x in mods if x > verb]  # Farmers' is 'Farmers'
        if agent is None or agent.kind == "status":
            continue
        if norm(ws.tok[i].text) in REGISTERED_FORMS and not any(x < i for x in mods):
            continue  # 'Inc.' the NER left after the name ('Tyvak Nano-Satellite Systems, Inc.')
        agent = _office_of(ws, i, agent)
        if any(ws.low(x) == "no" and ws.tok[x].dep == "det" for x in mods):
            continue  # 'no crowds at all', 'no protesters were hurt': nobody
        if agent.kind == "org" and start > 0 and _named_kind(ws, start - 1) == agent.sector:
            continue  # 'the Reuters news agency' is Reuters; 'the EU legislature' is not the EU
        agent = _runs_on(ws, plain[0] if plain else i, i) or agent
        if agent.sector == "MIL" and _airliner(ws, i, agent, mods):
            agent = replace(agent, sector="CVL", default=None)
        if _other_sense(ws, i, mods):
            continue  # 'an office Christmas party', '12 magazines and 300 rounds'
        note_group(ws, i, agent, start, mods)


def _airliner(ws: Workspace, i: int, agent: Agent, mods: list[int]) -> bool:
    """Whether the plain aircraft noun at token i ('jets', 'aircraft') is named as an airliner
    by the words before it: an airliner's model ('60 Boeing 787 Dreamliner aircraft', 'Airbus
    A320 jets'), or its maker's name with no other model and no word of war ('twelve new
    Airbus jets', 'Boeing's newest commercial aircraft'; not 'Boeing F-15 jets' nor 'Boeing
    fighter jets'): a civil craft, no air force's."""
    if agent.term not in AIRCRAFT_NOUNS or ws.tok[i].lemma.lower() not in AIRCRAFT_NOUNS:
        return False
    words = [ws.low(x) for x in mods]
    if any(w.split("-")[0] in AIRLINER_MODELS for w in words):
        return True
    if not any(w in AIRLINER_MAKERS for w in words):
        return False
    return not any(
        (any(c.isdigit() for c in w) and any(c.isalpha() for c in w))
        or ((other := ws.lex.agent(w)) is not None and other.sector == "MIL")
        for w in words
    )


def find_counted_victims(ws: Workspace) -> None:
    """ "a car bombing killed five and wounded 110", "police arrested 12", "killed one and
    injured at least eight others": a bare count as the object of a killing, wounding or arrest
    verb is people of its own, the noun left out: a group of victims (CVL) or of suspects
    (CRM), with no country but the one its passage gives (`actors.fill_from_context`)."""
    tok = ws.tok
    for i, t in enumerate(tok):
        if t.dep != "dobj" or i in ws.used or i in ws.owner or tok[t.head].pos != "VERB":
            continue
        if t.tag != "CD" and not (
            ws.low(i) in MORE_OF_THEM
            and any(tok[x].tag == "CD" for x in ws.tree.children_by_dep(i, "nummod"))
        ):
            continue
        if any(ws.low(p) == "of" for p in ws.tree.children_by_dep(i, "prep")):
            continue  # "killed two of the attackers": the people of the "of" phrase
        verb = norm(tok[t.head].lemma)
        sector = "CVL" if verb in CASUALTY_VERBS else "CRM" if verb in SUSPECT_VERBS else None
        if sector is None:
            continue
        first = min(ws.tree.subtree(i))
        agent = Agent(term=ws.low(i), sector=sector)
        d = ws.draft(f"G::{i}:{ws.low(i)}", "GROUP", ws.phrase(first, i))
        d.agent, d.plural = agent, True
        ev = Evidence()
        ev.roles.append(ws.phrase(first, i))
        d.evidence.append(ev)
        ws.add_mention(d, first, i, "nominal", head=i, own=False)
        for x in range(first, i + 1):
            ws.owner.setdefault(x, d)
            ws.used.add(x)


def _known_org(ws: Workspace, i: int) -> Known | None:
    """The dictionary organisation whose name the NER span of token i is."""
    if ws.ner_label.get(i) != "ORG":
        return None
    a, b = ws.ner_span[i]
    while a < b and ws.low(a) in DETERMINERS:
        a += 1
    return ws.lex.actor(ws.phrase(a, b))


def _in_known_name(ws: Workspace, i: int) -> bool:
    return _known_org(ws, i) is not None


def _named_kind(ws: Workspace, i: int) -> str | None:
    """The sector of the dictionary organisation named by token i's NER span, on the date."""
    known = _known_org(ws, i)
    window = known.at(ws.date) if known is not None else None
    return window.sector if window is not None else None


def descriptor(ws: Workspace, i: int) -> bool:
    """A singular common noun right before an organisation's name, describing it."""
    j = i + 1
    return (
        j < len(ws.tok)
        and ws.tok[i].tag == "NN"
        and ws.ner_label.get(j) == "ORG"
        and ws.ner_span[j][0] == j
    )


def left_mods(ws: Workspace, i: int) -> list[int]:
    """Contiguous left modifiers of a noun (the whole subtree of each, in order)."""
    out: list[int] = []
    for c in sorted(ws.tree.children_by_dep(i, *GROUP_MOD_DEPS), reverse=True):
        if c > i:
            continue
        if ws.tok[c].pos not in MOD_POS and not _participle(ws, c):
            break
        sub = sorted(ws.tree.subtree(c))
        if out and sub[-1] + 1 < out[0]:
            break
        out = sub + out
    return out


def _office_of(ws: Workspace, i: int, agent: Agent) -> Agent:
    """An office word after a possessive takes the term the two make ('the Orange County,
    Calif., sheriff's office', 'Bartholomew County Sheriff's Department', 'LA Sheriff's
    office': COP, agents_extra.jsonl), where the possessor is a name the NER took whole and
    so no plain modifier of the head; the bare 'office' (GOV) otherwise."""
    if agent.kind != "org" or not agent.needs_modifier or i < 2:
        return agent
    if ws.tok[i - 1].text not in POSSESSIVE:
        return agent
    owner = ws.tok[i - 1].head  # the parse may hang the possessor on a noun after the office
    if owner != i - 2 or ws.tok[i - 1].start != ws.tok[owner].end:
        return agent
    own, at = agent_at(ws, owner, i)
    return own if own is not None and own.sector and at == owner else agent


def _runs_on(ws: Workspace, first: int, i: int) -> Agent | None:
    """A term that runs on past its head through 'of' ('the joint commissioner of police' COP,
    where 'commissioner' alone is GOV): the longest one from token `first` on."""
    tok = ws.tok
    if i + 2 >= len(tok) or ws.low(i + 1) != "of":
        return None
    tail = f"{norm(tok[i].lemma)} of {ws.low(i + 2)}"
    for a in range(first, i + 1):
        agent = ws.lex.agent(" ".join([*(ws.low(x) for x in range(a, i)), tail]).strip())
        if agent is not None and agent.kind == "agent":
            return agent
    return None


def _participle(ws: Workspace, j: int) -> bool:
    """A participle used as an adjective: 'the ruling junta', 'the governing coalition'."""
    t = ws.tok[j]
    return t.dep == "amod" and t.tag in ("VBG", "VBN")


def _title_case_run(ws: Workspace, i: int) -> int:
    """The first of the capitalised compound words no name holds right before a capitalised
    head ('Attorney' of 'Attorney General', 'Surgeon' of 'Surgeon General'): a title written in
    title case, whose words `_plain` leaves out."""
    j = i
    if not ws.capitalized(i):
        # an acronym no name holds before a lower-case head ('a SWAT team'): the dictionary
        # term the two make decides, as for a title in title case
        k = i - 1
        if k >= 0 and _acronym(ws, k) and ws.tok[k].dep == "compound" and ws.tok[k].head == i:
            return k
        return i
    while (
        j > 0
        and ws.tok[j - 1].dep == "compound"
        and ws.tok[j - 1].head == i
        and ws.capitalized(j - 1)
        and j - 1 not in ws.ner_label
    ):
        j -= 1
    return j


def _acronym(ws: Workspace, j: int) -> bool:
    """An all-capital word of two letters or more that the NER left unlabelled or took for an
    organisation by itself ('SWAT')."""
    text = ws.tok[j].text
    alone = j not in ws.ner_label or ws.ner_span.get(j) == (j, j)
    return len(text) > 1 and text.isalpha() and text.isupper() and alone


def _plain(ws: Workspace, j: int) -> bool:
    """A lower-case word that can be part of an agent term ('armed', 'riot', 'security')."""
    t = ws.tok[j]
    initial = j == ws.sent_start(j)
    return (
        t.dep in ("amod", "compound")
        and (initial or not ws.capitalized(j))
        and j not in ws.ner_label
    )


def _state_attribute(ws: Workspace, i: int, h: int) -> bool:
    """A compound 'state' at i names no actor when a noun after it in the same compound, up to
    its head h or the noun that head modifies in turn, names an occasion, a thing or a sum of a
    state (`STATE_ATTRIBUTES`): 'state visit', 'state tax returns', 'state income tax filings'."""
    tok = ws.tok
    while True:
        if any(ws.low(x) in STATE_ATTRIBUTES for x in range(i + 1, h + 1)):
            return True
        t = tok[h]
        if t.dep != "compound" or t.head <= h or tok[t.head].pos not in NOMINAL_POS:
            return False
        h = t.head


def _other_sense(ws: Workspace, i: int, mods: list[int]) -> bool:
    """A term in another sense than an actor's, told by a modifier or a noun coordinated with
    it (`OTHER_SENSES`): 'an office Christmas party' is a gathering, '12 magazines and 300
    rounds of ammunition' are an arm's."""
    words = OTHER_SENSES.get(norm(ws.tok[i].lemma)) or OTHER_SENSES.get(ws.low(i))
    if not words:
        return False
    t = ws.tok[i]
    near = [*mods, *ws.tree.children_by_dep(i, "conj"), *ws.tree.children_by_dep(i, "appos")]
    if t.dep in ("conj", "appos"):  # 'six AK-47 rifles, 12 magazines and ...'
        near += [t.head, *ws.tree.children_by_dep(t.head, "conj")]
    return any(ws.low(x) in words or norm(ws.tok[x].lemma) in words for x in near if x != i)


def note_group(ws: Workspace, i: int, agent: Agent, start: int, mods: list[int]) -> None:
    """Register a common-noun phrase headed by token i as a group, a nominal or a plural."""
    tok = ws.tok
    agent = party_lawyer(ws, i, agent)
    dets = [x for x in mods if ws.low(x) in DETERMINERS or tok[x].dep in ("det", "predet")]
    count = max((NUMBERS.get(ws.low(x), 0) for x in mods), default=0)
    plural = tok[i].tag in ("NNS", "NNPS") or "Number=Plur" in tok[i].morph
    ethnic = any(ws.low(x) == "ethnic" for x in mods)
    ev = Evidence()
    for x in mods:
        label = ws.ner_label.get(x)
        if ws.capitalized(x) and ws.names_country(x):
            # 'ethnic Albanian guerrillas': an ethnicity; 'Korean War veterans': a war
            if not ethnic and not ws.names_war(x):
                ev.countries.append(x)
        elif label in ("ORG", "PERSON") or x in ws.owner:
            ev.orgs.append(x)
    hosted = mission(ws, i)
    for p in ws.tree.children_by_dep(i, "prep"):
        if ws.low(p) == "for" and agent.kind == "weak" and agent.default == "GOV":
            # a post 'for' a body or a businessman serves it: 'a spokeswoman for Mondelez'
            # speaks for the firm (BUS), 'an aide for Kirk Kerkorian' for the investor; not a
            # place, the post's remit ('the envoy for Syria' is no Syrian), nor any person ('a
            # representative for Mr. Jackman' is a publicist of no country the text gives)
            ev.orgs.extend(o for o in ws.tree.children_by_dep(p, "pobj") if _served(ws, o))
        elif ws.low(p) in ("of", "from", "in") and not (hosted and ws.low(p) == "in"):
            for o in ws.tree.children_by_dep(p, "pobj"):
                label = ws.ner_label.get(o)
                if label == "PERSON" and ws.low(p) != "in":
                    ev.orgs.append(o)  # 'supporters of Ahmed Ben Bella': his, not a place's
                elif ws.capitalized(o) and ws.names_country(o):
                    ev.countries.append(o)
                elif label in ("ORG", "PERSON") and ws.low(p) != "in":
                    ev.orgs.append(o)
    if agent.kind == "weak" and not agent.sector and (body := body_of(ws, i)) is not None:
        # 'the chairman of the company's board' BUS, 'members of the military' MIL
        agent = replace(agent, sector=body.sector, kind="agent", default=None, needs_modifier=False)
    modified = bool(ev.countries or ev.orgs)
    if plural and not modified:
        agent = _police_role(ws, i, agent)
    agent = police_rank(ws, i, agent)
    definite = any(ws.low(x) in ("the", "this", "that", "these", "those") for x in dets)
    lead = min([*dets, start]) if dets else start
    refers = refers_to(ws, agent, i)
    if refers == "GPE" and definite and not plural and (within := _region_of(ws, mods, dets)):
        # 'Turkmenistan ... the Central Asian nation's isolation', 'Vietnam ... relations with
        # the Southeast Asian nation': the state the passage named, as 'the country' is
        ws.pending_nominals.append(Pending(lead, i, i, agent, 0, refers, within))
        ws.used.update(range(lead, i + 1))
        return
    counted = plural and _counted(ws, i, mods)
    anaphoric = definite or any(ws.low(x) == "both" for x in mods) or not counted
    if count and plural and not modified and anaphoric and refers in ("PERSON", "GPE", "ANY"):
        ws.pending_plurals.append(Pending(lead, i, i, agent, count, refers))
        ws.used.update(range(lead, i + 1))
        return
    owned = refers == "PERSON" and not modified and _owned_by_noun(ws, i)
    if agent.needs_modifier and agent.sector and owned:
        # "the victim's family", "the city's residents": a noun that owns people says whose
        # they are, as a name would
        agent = replace(agent, needs_modifier=False)
    trade = _trade_named(ws, i, agent)
    if definite and not plural and not modified and not trade:
        ws.pending_nominals.append(Pending(lead, i, i, agent, 0, refers))
        ws.used.update(range(lead, i + 1))
        return
    if agent.needs_modifier and not modified and not definite and _unnamed_suspect(ws, i, agent):
        # 'Police arrested a 57-year-old man', 'able to apprehend a suspect', 'A man suspected
        # of supplying the gun was arrested': the arrest itself says who the plain person is
        agent = replace(agent, sector="CRM", kind="agent", default=None, needs_modifier=False)
    role = None
    if agent.needs_modifier and not modified and not definite and (counted or not plural):
        role = _violence_party(ws, i, agent)
        if role is not None:
            agent = replace(agent, sector=role, kind="agent", default=None, needs_modifier=False)
    if agent.needs_modifier and plural and not dets and _taken_as_object(ws, i, agent):
        # 'urges citizens not to travel', 'urged states to use mail-in voting': a verb's bare
        # plural object is the people it acts on, its word alone their sector
        agent = replace(agent, needs_modifier=False)
    if agent.needs_modifier and plural and not dets and _episodic_doer(ws, i, agent):
        # 'Residents protested the plan', 'was attacked by students': people who did one thing
        # at one time are those people, not a kind; their word alone is their sector
        agent = replace(agent, needs_modifier=False)
    if agent.term in KIN_WORDS and not plural and not _owned_by_noun(ws, i):
        return  # 'his wife', 'her mother': the pronoun's relative, left to the pronoun
    if agent.needs_modifier and plural and not mods and _voicing_critics(ws, i, agent):
        agent = replace(agent, sector="CVL", needs_modifier=False)
    whose = modified or trade or _body_word(ws, mods)
    plural = plural or trade  # an industry is its firms: a group of businesses
    if agent.needs_modifier and not (whose or (counted and not definite)):
        return
    if agent.kind == "title" or (agent.refers == "GPE" and not modified):
        return
    if not (agent.sector or agent.default or modified):
        return
    words = [x for x in mods if x not in dets and NUMBERS.get(ws.low(x)) is None]
    first = words[0] if words and _contiguous(words, i) else start
    if not ev.countries and not hosted:
        ev.countries.extend(_country_below(ws, i))
    for k, group_ev in enumerate(_split_coordination(ws, ev)):
        lead_k = first if k == 0 else group_ev.countries[0]
        # a victim is not the person an arrest or another act takes in the same words ('One
        # person has been arrested ... one person had been attacked')
        _new_group(ws, lead_k, i, start, agent, plural, group_ev, "victim" if role == "CVL" else "")
    ws.used.update(mods)
    ws.used.add(i)


def _region_of(ws: Workspace, mods: list[int], dets: list[int]) -> frozenset[str]:
    """The continents of the one region a noun's only modifier names by its demonym ('the
    Central Asian nation', 'the East African country': regions.jsonl `continents`); none for
    any other modifier ('the Asian nation's largest city'), a region across continents ('the
    Latin American nation') or no region."""
    words = [x for x in mods if x not in dets]
    span = ws.ner_span.get(words[0]) if words else None
    if span is None or any(ws.ner_span.get(x) != span for x in words):
        return frozenset()
    a, b = span
    if ws.ner_label.get(a) != "NORP" or set(range(a, b + 1)) != set(words):
        return frozenset()
    code = ws.lex.demonyms.get(norm(ws.phrase(a, b)))
    return ws.lex.region_continents.get(code or "", frozenset())


def _served(ws: Workspace, o: int) -> bool:
    """Whether token o, after a post's 'for', names whom the post serves: an organisation's
    name, or a businessman the dictionary knows at the publication date."""
    label = ws.ner_label.get(o)
    if label == "ORG":
        return not ws.names_country(o)
    if label != "PERSON":
        return False
    known = ws.lex.actor(ws.phrase(*ws.ner_span[o]))
    w = known.at(ws.date) if known is not None and known.kind == "person" else None
    return w is not None and w.sector == "BUS"


def party_lawyer(ws: Workspace, i: int, agent: Agent) -> Agent:
    """A lawyer (token i, `PARTY_LAWYERS`) who acts for a person is a civilian (CVL), as the
    coding guide codes defence lawyers, not the court (JUD): one a person's pronoun or name
    possesses ('his lawyer', "Fields' lawyers", "Smith's attorney") or one 'for' a person
    ('lawyers for Mary Jones', 'an attorney for him'). The state's lawyers have terms of their
    own ('district attorney', 'U.S. attorney', 'attorney general': GOV); a bare one ('a Ugandan
    attorney') and one of a body ("the government's lawyers") keep the court's sector."""
    if agent.sector != "JUD" or norm(ws.tok[i].lemma) not in PARTY_LAWYERS:
        return agent
    people = [
        x
        for x in ws.tree.children_by_dep(i, "poss")
        if ws.low(x) in PERSON_PRONOUNS or _a_person(ws, x)
    ]
    for p in ws.tree.children_by_dep(i, "prep"):
        if ws.low(p) == "for":
            people.extend(
                o
                for o in ws.tree.children_by_dep(p, "pobj")
                if ws.low(o) in PERSON_PRONOUNS or _a_person(ws, o)
            )
    return replace(agent, sector="CVL") if people else agent


def _a_person(ws: Workspace, x: int) -> bool:
    """A person's name: the NER's, or a name the text gave a person ("Fields' lawyers" after
    James Fields, where the NER took the surname for an organisation)."""
    owner = ws.owner.get(x)
    if owner is not None:
        return owner.type == "PERSON"
    if ws.ner_label.get(x) == "PERSON":
        return True
    return ws.tok[x].pos == "PROPN" and bool(ws.persons_named_before(ws.low(x), x))


def _voicing_critics(ws: Workspace, i: int, agent: Agent) -> bool:
    """Bare plural "critics" (`CHARGE_VOICERS`) who voice a charge (`CHARGE_VERBS`): the
    subject of the verb ("critics charge", "critics say") or the noun its participle hangs on
    ("critics saying that"). They are a group of people (CVL), whoever they are; their country
    comes only from the other rules. A critic of a film or book writes no charge against a
    party, and the event layer codes nothing without one."""
    if agent.term not in CHARGE_VOICERS:
        return False
    t = ws.tok[i]
    if t.dep == "nsubj" and t.head != i and norm(ws.tok[t.head].lemma) in CHARGE_VERBS:
        return True
    return any(
        ws.tok[c].tag == "VBG" and norm(ws.tok[c].lemma) in CHARGE_VERBS
        for c in ws.tree.children_by_dep(i, "acl")
    )


def _trade_named(ws: Workspace, i: int, agent: Agent) -> bool:
    """'the motion picture industry', 'the oil industry', 'the pharmaceutical industry': a
    trade word (`TRADE_WORDS`) with a lower-case noun or adjective of its own before it names
    the firms of one trade, a group of businesses (BUS); bare ('the industry') it waits for a
    name or a country like any term that needs a modifier."""
    if agent.term not in TRADE_WORDS or agent.sector != "BUS":
        return False
    return any(
        _plain(ws, c) and ws.tok[c].pos in ("NOUN", "ADJ") and ws.low(c) not in TRADE_NOT_NAMING
        for c in ws.tree.children_by_dep(i, "compound", "amod")
        if c < i
    )


def _owned_by_noun(ws: Workspace, i: int) -> bool:
    """A noun possessed by a noun or a name ("the suspect's wife", "Joe Biden's son"), not by a
    pronoun ('his wife')."""
    return any(ws.tok[c].pos in ("NOUN", "PROPN") for c in ws.tree.children_by_dep(i, "poss"))


def _body_word(ws: Workspace, mods: list[int]) -> bool:
    """A lower-case word of a body with a sector of its own before the noun ('government
    supporters', 'army recruits'): it says whose people they are, as a name would."""
    for x in mods:
        if ws.tok[x].dep != "compound" or not _plain(ws, x):
            continue
        agent = agent_at(ws, x, x)[0]
        if agent is not None and agent.sector and agent.kind == "org":
            return True
    return False


def _police_role(ws: Workspace, i: int, agent: Agent) -> Agent:
    """Plain 'officers' or 'deputies' are the police's in a text that has named the police by
    the end of their sentence ('Police arrested six people Monday ... Officers also arrested
    Christopher L. Tays'); elsewhere they stay a weak role ('the Air Force selected 180
    Officers')."""
    if agent.sector or agent.term not in POLICE_ROLES:
        return agent
    end = ws.doc.sentences[ws.tok[i].sent].tok_end if ws.doc.sentences else len(ws.tok)
    if not any(x != i and _police_word(ws, x) for x in range(end)):
        return agent
    return replace(agent, sector="COP", kind="agent", default=None, needs_modifier=False)


def police_rank(ws: Workspace, i: int, agent: Agent) -> Agent:
    """A rank police forces share with armed forces (`POLICE_RANKS`, MIL in the agent files)
    after a police word of its own noun phrase is a police officer's: 'Troy police Lt.',
    'Police Capt.', "a sheriff's deputy sergeant", 'Metropolitan Police sergeant'."""
    if (agent.sector or agent.default) != "MIL" or agent.term not in POLICE_RANKS:
        return agent
    if not police_before(ws, i):
        return agent
    return replace(agent, sector="COP", kind="agent", default=None)


def police_before(ws: Workspace, i: int, reach: int = 4) -> bool:
    """A police word among the few nouns, names and adjectives right before token i in its
    sentence ('Troy police Lt.', "sheriff's deputy sergeant", 'police spokesman Capt.')."""
    sent = ws.tok[i].sent
    x = i - 1
    while x >= 0 and i - x <= reach and ws.tok[x].sent == sent:
        t = ws.tok[x]
        if t.pos not in ("NOUN", "PROPN", "ADJ", "PART") and t.text not in POSSESSIVE:
            return False
        if _police_word(ws, x):
            return True
        x -= 1
    return False


def _police_word(ws: Workspace, x: int) -> bool:
    return ws.low(x) in POLICE_WORDS or norm(ws.tok[x].lemma) in POLICE_WORDS


def _counted(ws: Workspace, i: int, mods: list[int]) -> bool:
    """A plural counted by a number: 'five people', '12 villagers', 'several children',
    'dozens of civilians'."""
    tok = ws.tok
    if any(tok[x].dep == "nummod" and tok[x].tag == "CD" and tok[x].head == i for x in mods):
        return True
    if any(ws.low(x) == "several" and tok[x].head == i for x in mods):
        return True
    of = tok[i].head
    if tok[i].dep != "pobj" or ws.low(of) != "of" or tok[of].head == of:
        return False
    return ws.low(tok[of].head) in COUNTING_NOUNS


def _new_group(
    ws: Workspace,
    first: int,
    i: int,
    start: int,
    agent: Agent,
    plural: bool,
    ev: Evidence,
    role: str = "",
) -> None:
    tok = ws.tok
    codes = [c for c in (ws.names_country(x) for x in ev.countries[:1]) if c]
    key_words = [ws.low(x) for x in range(start, i)] + [norm(tok[i].lemma)]
    words = " ".join(w for w in key_words if w)
    qualifier = codes[0] if codes else norm(ws.phrase(first, start)) if first < start else ""
    key = f"G:{qualifier}:{words}" + (f":{role}" if role else "")
    kind = "GROUP" if plural else ("ORG" if refers_to(ws, agent, i) == "ORG" else "PERSON")
    d = ws.draft(key, kind, ws.phrase(first, i))
    d.agent, d.plural = agent, plural
    if agent.sector or agent.default:
        ev.roles.append(ws.phrase(start, i))
    d.evidence.append(ev)
    ws.add_mention(d, first, i, "nominal", head=i, own=False)
    for x in range(start, i + 1):
        ws.owner.setdefault(x, d)


def refers_to(ws: Workspace, agent: Agent, i: int) -> str:
    """What a singular agent phrase names; Phoenix terms borrow it from their head word."""
    if agent.refers:
        return agent.refers
    if agent.kind == "org":
        return "ORG"
    head = ws.lex.agent(norm(ws.tok[i].lemma))
    return head.refers if head is not None and head.refers else "PERSON"


def _split_coordination(ws: Workspace, ev: Evidence) -> list[Evidence]:
    """'U.S. and Russian negotiators': one group per coordinated country."""
    tok = ws.tok
    conj = [x for x in ev.countries if tok[x].dep == "conj" and tok[x].head in ev.countries]
    if not conj:
        return [ev]
    out = [Evidence(countries=[x], orgs=list(ev.orgs)) for x in ev.countries if x not in conj]
    out[1:1] = [Evidence(countries=[x], orgs=list(ev.orgs)) for x in conj]
    return out


def body_of(
    ws: Workspace, i: int, preps: frozenset[str] = frozenset({"of"}), *, strict: bool = False
) -> Agent | None:
    """The agent term of the body a weak role is 'of' (or, for a person's post, 'for' or
    'at': `preps`): the longest term ending at the noun ('members of the armed forces'),
    else its possessor's ('the chairman of the company's board': company BUS). A role of
    several bodies ('a joint team of the police and the army') takes none. `strict`: in a
    name the NER missed, only an institution term ('of Abu Dhabi Media' JRN; not 'of Local
    1520', a union branch, as a 'local', a resident)."""
    for p in ws.tree.children_by_dep(i, "prep"):
        if ws.low(p) not in preps:
            continue
        for o in ws.tree.children_by_dep(p, "pobj"):
            if o in ws.ner_label or ws.tok[o].pos not in NOMINAL_POS:
                continue
            if ws.tree.children_by_dep(o, "conj"):
                return None
            plain = [x for x in left_mods(ws, o) if _plain(ws, x)]
            found, _ = agent_at(ws, plain[0] if plain else o, o)
            if found is None:
                owners = [x for x in ws.tree.children_by_dep(o, "poss") if x not in ws.ner_label]
                found = agent_at(ws, owners[0], owners[0])[0] if owners else None
            named = strict and (ws.capitalized(o) or ws.tok[o].pos == "PROPN")
            if named and (found is None or found.kind != "org"):
                continue
            if found is not None and found.sector and found.kind not in ("status", "title"):
                return found
    return None


# Prepositions of whom a group opposes: the country they name is the adversary's.
OPPOSING = frozenset({"against", "versus", "vs", "vs."})


def mission(ws: Workspace, i: int) -> bool:
    """Token i heads a state's mission abroad ('embassy', 'consulates'): a place after it is
    where it sits, its host, not whose it is ('the embassy in Tanzania' is the U.S.'s)."""
    return ws.low(i) in DIPLOMATIC_MISSIONS or norm(ws.tok[i].lemma) in DIPLOMATIC_MISSIONS


def hosted_mission(ws: Workspace, head: int) -> bool:
    """A mission the text places in its host ('the embassy in Dar es Salaam'): the places of
    its passage are the host's."""
    if not mission(ws, head):
        return False
    preps = [*ws.tree.children_by_dep(head, "prep"), head + 1]  # (the parse may hang it higher)
    return any(_at_a_place(ws, p) for p in preps if p < len(ws.tok))


def _at_a_place(ws: Workspace, p: int) -> bool:
    """'in'/'at' before a name ('in Tanzania', 'in downtown Istanbul', 'at the Mazar Hotel'), not
    before a time ('at our embassies in recent days')."""
    if ws.low(p) not in ("in", "at"):
        return False
    after = range(p + 1, min(p + 4, len(ws.tok)))
    return any(ws.capitalized(x) and ws.tok[x].sent == ws.tok[p].sent for x in after)


def _country_below(ws: Workspace, i: int) -> list[int]:
    """A place named in the phrase after a group ('refugees fleeing the war in Liberia'), not
    in a phrase of whom it opposes ('a resistance movement against the territory's government
    and Beijing', 'protests against Russia': its adversary's country, not its own)."""
    against = {
        y
        for x in ws.tree.subtree(i)
        if x != i and ws.low(x) in OPPOSING and ws.tok[x].dep == "prep"
        for y in ws.tree.subtree(x)
    }
    for x in sorted(ws.tree.subtree(i)):
        if x <= i or x > i + 10 or x in against:
            continue
        if ws.tok[x].dep == "relcl":
            break
        if ws.ner_label.get(x) == "PERSON":
            continue  # 'supporters of Ahmed Ben Bella': a person's name is no place
        if ws.capitalized(x) and x in ws.ner_label and ws.names_country(x):
            return [x]
    return []


def _contiguous(words: list[int], i: int) -> bool:
    return all(b == a + 1 for a, b in zip(words, [*words[1:], i], strict=False))


def _person_word(ws: Workspace, i: int) -> bool:
    """A singular lower-case noun of people ('crowd', 'voter') that modifies another noun; with
    a name before it the phrase is still that people's ('Cambodian refugee camp' REF)."""
    t = ws.tok[i]
    agent = agent_at(ws, i, i)[0]
    return (
        t.tag == "NN"
        and not ws.capitalized(i)
        and agent is not None
        and agent.kind == "agent"
        and agent.refers == "PERSON"
    )


def _unnamed_suspect(ws: Workspace, i: int, agent: Agent) -> bool:
    """A plain person ('a man', 'an individual') or a bare 'suspect' whom a suspect verb takes:
    its object or passive subject ('arrested a man', 'a suspect was charged with ...')."""
    plain = agent.kind == "weak" and not agent.sector and not agent.default
    suspect = agent.sector == "CRM"
    return (plain or suspect) and agent.refers in ("PERSON", "ANY") and taken_as_suspect(ws, i)


def _violence_party(ws: Workspace, i: int, agent: Agent) -> str | None:
    """A single plain person ('a man', 'a woman', 'an individual') or a bare 'passenger' or
    'victim' who is a party of a violent act (`VIOLENT_VERBS`): its active subject is the
    doer, a suspect of the crime (CRM: 'A man shot and killed a woman'); its object or passive
    subject the victim (CVL: 'stabbed a passenger', 'a man was set on fire'), as the coding
    guide codes suspects and civilians; the by-agent of the passive is the doer as the active
    subject is ('was stabbed by a colleague'), and a counted plural is people as one person is
    ('shot two coworkers'). A person of a relative or infinitive clause ('a man who
    wants to kill') is not the verb's subject and stays without one."""
    plain = agent.kind == "weak" and not agent.sector and not agent.default
    if not (plain or agent.sector == "CVL") or agent.refers not in ("PERSON", "ANY"):
        return None
    t = ws.tok[i]
    by = t.dep == "pobj" and ws.low(t.head) == "by" and ws.tok[t.head].dep == "agent"
    verb = ws.tok[ws.tok[t.head].head if by else t.head]
    if t.head == i or verb.pos != "VERB" or norm(verb.lemma) not in VIOLENT_VERBS:
        return None
    if ws.tree.children_by_dep(i, "appos") or any(
        norm(ws.tok[c].lemma) in ("name", "identify", "call")
        for c in ws.tree.children_by_dep(i, "acl")
    ):
        return None  # 'killed a woman named Heather Heyer': the party is the one named
    if t.dep in ("dobj", "nsubjpass"):
        return "CVL"
    if by and plain:
        return "CRM"  # the doer of a passive: 'was stabbed by a coworker'
    if t.dep == "nsubj" and plain and verb.dep not in ("xcomp", "ccomp", "advcl"):
        # a doer acts on someone: 'shot and killed a woman'; 'one woman killed when a tram
        # derailed' is a reduced passive the parser may read as active
        verbs = [t.head, *ws.tree.children_by_dep(t.head, "conj")]
        if any(ws.tree.children_by_dep(v, "dobj") for v in verbs):
            return "CRM"
    return None


def _taken_as_object(ws: Workspace, i: int, agent: Agent) -> bool:
    """A bare plural term with a sector of its own that a verb takes as its direct object
    ('urges citizens not to travel', 'invite architects to submit plans') or gives its object
    to ('offer a package to dealers'); a subject stays generic ('Citizens say ...'), and a
    phrase after the noun says whose they are or what the word means ('parties to the
    conflict', 'candidates from the militant group Hamas'): such a plural still needs one."""
    t = ws.tok[i]
    if not agent.sector:
        return False
    if not (t.dep == "dobj" and ws.tok[t.head].pos == "VERB") and not _given_to(ws, i):
        return False
    if ws.tree.children_by_dep(i, "prep", "acl", "relcl"):
        return False
    # the parser often hangs the phrase on the verb: read the word after the noun
    return i + 1 >= len(ws.tok) or ws.tok[i + 1].pos != "ADP"


def _episodic_doer(ws: Workspace, i: int, agent: Agent) -> bool:
    """A bare plural people term with a sector of its own that did one act at a past time:
    the subject of a verb in the simple past ('Residents protested the plan', 'Students
    marched') or the by-agent of a past passive ('was attacked by students'). A bare plural
    reads as a kind in the present ('Students say', 'residents fear') and in a generic
    statement, as a set of people in a past event (English bare plurals: existential in an
    episodic clause); those who said what a clause of the verb reports are voices, not
    parties ('People said the market was quiet'). A phrase after the noun that says whose
    they are leaves it to them."""
    t = ws.tok[i]
    if not agent.sector or agent.refers != "PERSON":
        return False
    if ws.tree.children_by_dep(i, "prep", "acl", "relcl", "poss"):
        return False  # 'his children': a pronoun's people, left to the pronoun
    verb = ws.tok[t.head]
    if t.dep == "nsubj" and t.head != i:
        # 'People said the market was quiet': people who report words are voices, a kind
        # the reporter quotes, no party of what they tell
        told = ws.tree.children_by_dep(t.head, "ccomp", "parataxis")
        return verb.pos == "VERB" and verb.tag == "VBD" and not told
    if t.dep != "pobj" or ws.low(t.head) != "by" or verb.dep != "agent":
        return False
    passive = ws.tok[verb.head]
    return passive.tag == "VBN" and any(
        ws.tok[a].tag == "VBD" for a in ws.tree.children_by_dep(verb.head, "auxpass")
    )


def _given_to(ws: Workspace, i: int) -> bool:
    """A bare plural that a verb gives its object to ('offer a package to dealers', 'sold the
    shares to investors'): the 'to' phrase of a verb that has a direct object."""
    t = ws.tok[i]
    if t.dep != "pobj" or ws.low(t.head) != "to" or ws.tok[t.head].dep not in ("prep", "dative"):
        return False
    verb = ws.tok[t.head].head
    return ws.tok[verb].pos == "VERB" and bool(ws.tree.children_by_dep(verb, "dobj"))

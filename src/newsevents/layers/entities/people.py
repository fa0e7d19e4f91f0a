"""People: a PERSON name with the words around it as evidence of role, country and sector.

Before the name: "Former President", "Ukrainian President", "National Security Council
spokesperson"; after it: an apposition ("Kenzo Oshima, the UN Emergency Relief Coordinator"),
"of Morocco", "who is the presumptive nominee". Surnames and dictionary short names merge into
the full name ("Biden" -> "Joe Biden", "Xi" -> "Xi Jinping").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...ontology.actors import FAMILY_FIRST, Agent
from ...ontology.normalize import norm
from ...ontology.reading import person_words
from .groups import body_of, party_lawyer
from .mentions import (
    CHAIN_DEPS,
    DETERMINERS,
    NOMINAL_POS,
    POSSESSIVE,
    Draft,
    Evidence,
    MentionDraft,
    NameSpan,
)
from .workspace import Workspace, agent_at, premodifiers, unlabelled_name

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A US party-state tag after a name, as AP style writes a member of Congress or of a state
# legislature: 'Rep. David McKinley, R-W.Va.,', 'Sen. Ben Sasse (R-Neb.)', 'Schiff, D-Calif.'
PARTY_STATE = re.compile(r"\s*[,(]\s*[RDI]\s?[-–]\s?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")


def title_prefix(ws: Workspace, a: int, b: int) -> int:
    """Skip title words at the start of a PERSON span ('President Biden' -> 'Biden')."""
    while a < b:
        hit = None
        for end in range(min(b - 1, a + 2), a - 1, -1):
            agent, start = agent_at(ws, a, end)
            if agent is not None and start == a:
                hit = end
                break
        if hit is None or (hit + 1 == b and _name_not_title(ws, a, hit)):
            break
        a = hit + 1
    return a


def _name_not_title(ws: Workspace, a: int, hit: int) -> bool:
    """A capitalised common noun of people before one more name word is a given name, not a
    title, when the dictionaries know it as no person's title ('Hunter Biden', 'Dean Baquet',
    'Mason Mount'): stripping it would leave the surname alone, and a surname merges into
    whoever of that name came first."""
    agent, _ = agent_at(ws, a, hit)
    return hit == a and agent is not None and agent.refers is None and ws.capitalized(a)


def read_chain(ws: Workspace, chain: list[int], ev: Evidence, titles: range = range(0)) -> None:
    """Role words, status ('former'), country and organisation tokens in front of a name.
    `titles`: title words the NER put inside the name's span ('SHO Anil Sharma'): roles."""
    free: list[int] = []
    for j in chain:
        if j + 1 < len(ws.tok) and (ws.low(j), ws.low(j + 1)) in US_PARTY_TITLES:
            ev.country = "USA"
        label = ws.ner_label.get(j)
        if j in titles:
            free.append(j)
        elif label in ("ORG", "PERSON"):
            ev.orgs.append(j)
        elif unlabelled_name(ws, j):
            ev.orgs.append(j)  # 'a WeWork spokesperson': the firm if the text names it
            free.append(j)  # (or a title word the lexicon lacks: still read as a role)
        elif ws.capitalized(j) and ws.names_country(j):
            if not _not_own_country(ws, j):
                ev.countries.append(j)
            if _country_in_title(ws, j, chain):
                free.append(j)  # 'U.S. attorney', 'United States Attorney': the title's own
        elif ws.tok[j].text not in POSSESSIVE:
            free.append(j)
    read_roles(ws, free, ev)


def _country_in_title(ws: Workspace, j: int, chain: list[int]) -> bool:
    """A country's name that is a word of the title after it ('U.S. attorney', a federal
    prosecutor, not an 'attorney'): a dictionary term takes it in (it still gives the
    country)."""
    for end in [x for x in chain if x > j][:3]:
        agent, start = agent_at(ws, max(0, j - 2), end)
        if agent is not None and start <= j:
            return True
    return False


# A US party word before an American elected office ('Republican Gov.', 'GOP Sen.'): the pair
# makes the person American; nouns of people who know a country, not of its people ('a China
# scholar'). Both from ontology/data/person_words.json.
_WORDS = person_words()
US_PARTY_TITLES = frozenset(
    (party, title)
    for party in _WORDS["us_party_titles"]["parties"]
    for title in _WORDS["us_party_titles"]["titles"]
)
EXPERTISE = frozenset(_WORDS["expertise"])
# Nouns of kinship ('son', 'wife'): in apposition to a name they tell whose relative the person
# is, not who the person is (person_words.json `kin_words`).
KIN_WORDS = frozenset(_WORDS["kin_words"])
# Verbs whose subject holds a post in their object ('who heads the Alliance for American
# Manufacturing'), and those whose subject is in business ('who owns a consulting firm').
POST_VERBS = frozenset(_WORDS["post_verbs"])
OWNER_VERBS = frozenset(_WORDS["owner_verbs"])


def _not_own_country(ws: Workspace, j: int) -> bool:
    """A country in a title that is not the person's own: where an envoy is sent ('China's
    ambassador to Britain Liu Xiaming': the 'to' of a post's noun), what an expert studies
    ('China scholar Derek Scissors'; a country's name, not its demonym or an acronym: 'US
    analyst' is American), or the war a veteran served in ('Iraq War veteran Tom Young')."""
    a = ws.ner_span.get(j, (j, j))[0]
    while a > 0 and (ws.low(a) in DETERMINERS or a == j) and ws.low(a - 1) in DETERMINERS:
        a -= 1  # 'to the United States' (the NER may take 'the' in or leave it out)
    to = min(a, j) - 1
    if to >= 0 and ws.low(to) == "to" and ws.tok[ws.tok[to].head].pos in NOMINAL_POS:
        return True  # the post's 'to', not a verb's ('According to the Afghan team's coach')
    if ws.names_war(j):
        return True  # 'Iraq War veteran Tom Young': where the war was, not his country
    t = ws.tok[j]
    return (
        ws.low(j) in ws.lex.countries
        and not t.text.replace(".", "").isupper()
        and t.dep == "compound"
        and _singular(ws.low(t.head)) in EXPERTISE
    )


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def read_roles(ws: Workspace, free: list[int], ev: Evidence) -> None:
    """Greedy right-to-left agent terms over runs of free tokens."""
    i = len(free) - 1
    while i >= 0:
        run_start = i
        while run_start > 0 and free[run_start - 1] == free[run_start] - 1:
            run_start -= 1
        agent, start = agent_at(ws, free[run_start], free[i])
        if (
            agent is None
            or _adjective_before_role(ws, agent, start, free[i], ev)
            or _adjective_before_thing(ws, agent, start, free[i])
        ):
            i -= 1
            continue
        note_agent(ws, agent, start, free[i], ev)
        while i >= 0 and free[i] >= start:
            i -= 1


def _adjective_before_role(
    ws: Workspace, agent: Agent, first: int, last: int, ev: Evidence
) -> bool:
    """A noun of ordinary people used as an adjective before a role of a sector read after it
    ('Local prosecutor Remy Heitz', 'public prosecutor'): a prosecutor, not a civilian; the
    role says who the person is. Before a weak role it stays ('a top national security aide':
    whose aide, the text does not say)."""
    if first != last or agent.kind != "agent" or agent.sector != "CVL" or not ev.sectors:
        return False
    return ws.tok[first].tag == "JJ" and agent.refers == "PERSON" and agent.needs_modifier


# A common noun's tags: the thing an adjective before a name may qualify ('her official site').
THING_TAGS = frozenset({"NN", "NNS"})


def _adjective_before_thing(ws: Workspace, agent: Agent, first: int, last: int) -> bool:
    """A weak role word that the tagger reads as an adjective on a noun naming no person or
    body ('her official site', "Page's official website", 'her official biography Bettie
    Page', 'the official announcement'): an attribute of a thing, no role, so no official's
    sector for the name after it. Before a role it stays ('deputy director', 'chief
    economist': the role after it reads as well), and before a name, a tagger's slip ('USAF
    official Darleen Druyun', 'official' tagged an adjective on 'Druyun') is still a post."""
    if first != last or agent.kind != "weak":
        return False
    t = ws.tok[last]
    if t.tag != "JJ" or t.dep != "amod" or t.head <= last or ws.tok[t.head].tag not in THING_TAGS:
        return False
    return agent_at(ws, t.head, t.head)[0] is None


def note_agent(ws: Workspace, agent: Agent, first: int, last: int, ev: Evidence) -> None:
    if agent.kind == "status":
        ev.former = True
        return
    if agent.gender:
        ev.gender = ev.gender or agent.gender
    if agent.kind == "title" and not agent.sector:
        return
    ev.roles.insert(0, ws.phrase(first, last))
    agent = party_lawyer(ws, last, agent)  # 'his attorney, Mark Geragos': CVL, not the court
    if agent.sector:
        ev.sectors.insert(0, agent.sector)
    elif agent.kind == "weak":
        ev.weak.insert(0, agent)


def add_person(ws: Workspace, sp: NameSpan) -> None:
    while sp.first > 0 and _given_name(ws, sp.first - 1, sp.first, sp.last):
        sp.first -= 1  # 'Kenzo' + 'Oshima'
    a = title_prefix(ws, sp.first, sp.last)
    b = sp.last
    ev = Evidence()
    chain = premodifiers(ws, sp.first, b) + list(range(sp.first, a))
    read_chain(ws, chain, ev, range(sp.first, a))
    ev.orgs.extend(_coordinated_orgs(ws, min(chain, default=a), [*chain, b]))
    first_title = _coordinated_title(ws, min(chain, default=sp.first))
    extra = after(ws, a, b, ev, sp.first)
    ev.country = party_state(ws, b) or ev.country
    words = name_words(ws, a, b)
    if not words:
        return  # a "name" of signs only ('¯' read as a PERSON): no one
    core = [w for w in words if w not in NAME_SUFFIXES] or words
    name = ws.phrase(a, b)
    # the name, or the title and name the dictionary holds as one ('Pope Francis', 'King
    # Hassan'): the titled one unless a curated entry holds the name itself ('President Xi
    # Jinping' is Phoenix's, 'Xi Jinping' a curated leader's)
    plain = ws.lex.actor(name)
    with_title = ws.lex.actor(ws.phrase(chain[-1], b)) if chain else None
    known = plain if plain is not None and plain.curated else (with_title or plain)
    titled = known is not None and known is with_title
    d = match_person(ws, core, known, a, name, titled)
    if d is None and len(core) == 1 and known is None:
        d = called_by_first_word(ws, core[0], a)
        if d is not None:
            d.called = core[0]
    by_name = known is not None
    if d is None and len(core) == 1:
        known = known or ws.lex.by_surname(core[0], ws.date)
    if d is None:
        d = ws.draft(f"P:{norm(name)}:{len(ws.drafts)}", "PERSON", name)
        d.surname = core[-1]
        d.first = core[0] if len(core) > 1 else None
    if len(core) > 1 and len(name) > len(d.name):
        d.name, d.surname, d.first = name, core[-1], core[0]
    if len(core) > 1 and _by_surname_only(d) and not _same_first(d, core[0]):
        # 'Cook' was taken for Robin Cook by surname; 'Tim Cook' says it is someone else (whom
        # the dictionary may know too)
        d.known, d.hint_country = None, None
    if d.known is None and known is not None:
        d.known, d.known_by_name = known, by_name
    family = ws.lex.family_name(d.known) if len(core) > 1 and d.known is not None else None
    if family is not None and family in core[:-1]:
        # 'Qin Gang' ... 'Qin said': the family name comes first ('John Lee Ka-chiu' ... 'Lee')
        d.surname = family
    if known and len(core) > 1 and d.first is None:
        d.first = core[0]
    if known is None and len(core) == 1 and d.first is None:
        # not for the surname of a person already named in full ('Angela Cooper' ... 'Cooper')
        d.hint_country = d.hint_country or ws.lex.surname_country(core[0])
    d.evidence.append(ev)
    if first_title is not None:
        d.evidence.append(first_title)
    given = ws.lex.given.get(core[0]) if len(core) > 1 else None
    d.gender = ev.gender or d.gender or (known.gender if known else None) or given
    first = min(chain) if chain else a
    last = sp.poss if sp.poss is not None else b
    kind = "name" if len(core) > 1 else "surname"
    ws.add_mention(d, first, last, kind, head=b, own=False)
    for i in range(a, b + 1):
        ws.owner[i] = d
    ws.used.update(chain)
    for first_x, last_x, owned in extra:
        ws.add_mention(d, first_x, last_x, "nominal", head=last_x, own=False)
        for x in owned:
            ws.owner.setdefault(x, d)


def _coordinated_orgs(ws: Workspace, first: int, own: list[int]) -> list[int]:
    """The organisation of a title coordinated with the one before a name: "WeWork founder and
    former CEO Adam Neumann" (the parse joins the name to 'founder' by 'and'): both titles are
    the person's, and so is the organisation that modifies the first."""
    j = first - 1
    if j < 1 or ws.tok[j].dep != "cc":
        return []
    h = ws.tok[j].head
    if h >= j or ws.tok[h].pos != "NOUN" or h in ws.ner_label:
        return []
    if not any(ws.tok[x].dep == "conj" and ws.tok[x].head == h for x in own):
        return []
    modifiers = ws.tree.children_by_dep(h, "poss", "compound")
    return [x for x in modifiers if ws.ner_label.get(x) == "ORG"]


# Words that may stand between 'and' and a name as the second title ('co-founder', 'terrorism
# specialist', 'presidential candidate'); the first title is what a title is made of.
TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _coordinated_title(ws: Workspace, k: int) -> Evidence | None:
    """The first of two titles joined by 'and' before a name ('Retired FBI agent and terrorism
    specialist Ali Soufan', 'CEO and co-founder Adam Neumann', 'United States senator and
    presidential candidate Robert F. Kennedy'): a post of the person too, read as the words
    before a name are. k is the first token of the name's own premodifiers. Only a person's
    title in the singular ('FBI agent'), not another person ('Tova Noel and Michael Thomas'),
    an organisation or a country ('Russia and Chinese President Xi'), nor plural people
    ('protesters and police officer John Smith')."""
    j = k - 1
    while j >= 0 and k - j <= 3 and ws.low(j) != "and":
        if ws.tok[j].pos not in TITLE_POS and ws.tok[j].text not in ("-", "–"):
            return None
        if ws.ner_label.get(j) == "PERSON":
            return None
        j -= 1
    if j < 1 or ws.low(j) != "and" or ws.tok[j].dep != "cc":
        return None
    last, start = j - 1, j - 1
    while start - 1 >= 0 and j - start < 5:
        t = ws.tok[start - 1]
        if t.pos not in TITLE_POS or t.tag in ("NNS", "NNPS") or ws.low(start - 1) in DETERMINERS:
            break
        start -= 1
    run = list(range(start, last + 1))
    if any(ws.ner_label.get(x) in ("PERSON", "GPE", "NORP") and x == last for x in run):
        return None
    if ws.tok[last].tag in ("NNS", "NNPS") or ws.tok[last].pos != "NOUN":
        return None
    agent, _ = agent_at(ws, start, last)
    if agent is None or agent.kind in ("org", "status"):
        return None
    ev = Evidence()
    read_chain(ws, run, ev)
    return ev if ev.roles else None


def name_words(ws: Workspace, a: int, b: int) -> list[str]:
    """The words of a name, a double-barrelled one whole: 'Ben Murray-Bruce' is Ben of the
    Murray-Bruces, and a later 'Murray-Bruce' is his surname, not a first and a last name."""
    words: list[str] = []
    glued = False
    for x in range(a, b + 1):
        t = ws.tok[x]
        joined = x > a and t.start == ws.tok[x - 1].end
        if t.text in ("-", "–") and joined and x < b and ws.tok[x + 1].start == t.end:
            glued = True
            continue
        w = ws.low(x)
        if glued and words and joined:
            words[-1] = f"{words[-1]} {w}"  # as norm() writes it
        elif w:
            words.append(w)
        glued = False
    return words


def party_state(ws: Workspace, b: int) -> str | None:
    """USA when a party-state tag follows the name ending at token b (`PARTY_STATE`): the state
    must be one of the US states, by name, AP abbreviation or postal code."""
    m = PARTY_STATE.match(ws.text, ws.tok[b].end)
    if m is None:
        return None
    state = m.group(1)
    for key in (state, state.split()[0]):
        if code := ws.lex.us_states.get(norm(key)):
            return code
    return None


def _given_name(ws: Workspace, j: int, a: int, b: int) -> bool:
    t = ws.tok[j]
    return (
        t.pos == "PROPN"
        and t.dep == "compound"
        and a <= t.head <= b
        and j not in ws.ner_label
        and ws.capitalized(j)
        and agent_at(ws, j, j)[0] is None
        and not ws.names_country(j)
    )


def match_person(
    ws: Workspace, core: list[str], known, at: int, text: str = "", titled: bool = False
) -> Draft | None:
    """The person already mentioned that this name refers to (the latest one wins). A name of
    two words or more that ends a longer name is its surname ('Hawk Sawyer' after 'Kathleen
    Hawk Sawyer', 'Van Der Beek' after 'James Van Der Beek', 'Eriksson Ek' after 'Joel
    Eriksson Ek')."""
    best: Draft | None = None
    best_pos = -1
    for d in ws.drafts.values():
        if d.type != "PERSON" or not d.mentions:
            continue
        same = known is not None and d.known is not None and d.known.id == known.id
        if not same:
            if d.surname != core[-1] and not (len(core) == 1 and d.known and _short(d, core[0])):
                continue
            if titled and _another_known(d, known):
                continue  # 'King Hussein' (Jordan's) after 'Saddam Hussein': another man
            first = core[0] if len(core) > 1 else None
            if first and d.first and not _first_ok(first, d.first) and not _ends(d, text):
                continue
            if first and d.first is None and _other_given_name(ws, d, first):
                continue
        pos = max(m.first for m in d.mentions if m.first < at) if d.start < at else -1
        if len(core) == 1:  # a bare surname: the person the article talks about most
            pos = len(d.mentions) * 100_000 + pos
        if pos > best_pos:
            best, best_pos = d, pos
    return best


def called_by_first_word(ws: Workspace, word: str, at: int) -> Draft | None:
    """The one person named in full before token `at` whose name begins with this lone word,
    where the word is a given name ('Hugh Jackman' ... 'Hugh said', 'Ahmed Mohamed' ...
    'Ahmed') or a family name written first ('Park Won-soon' ... 'Park was found',
    'Wang Quanzhang' ... 'Wang was detained', 'Zhao Zicong' ... 'Zhao'): the text calls the
    person by it, and no other person it names bears the word. None where two persons begin
    with it, or the word begins no personal name ('Obama Says' read as a name, 'Patriot Coal')."""
    found = [
        d
        for d in ws.drafts.values()
        if d.type == "PERSON" and d.first == word and d.mentions and d.start < at
    ]
    if len(found) != 1:
        return None
    d = found[0]
    return d if word in ws.lex.given or _family_first(ws, d, word) else None


def _family_first(ws: Workspace, d: Draft, word: str) -> bool:
    """Whether the first word of a person's name is a family name written first: a surname
    the dictionary's people of a family-name-first country are known by ('Park', 'Wang'), or
    the name of a person the text places in such a country ('Chinese activist Zhao Zicong',
    'Jong Woo Son from South Korea'), or a hyphenated given name after it ('Won-soon')."""
    if ws.lex.surname_country(word) in FAMILY_FIRST:
        return True
    if word in ws.lex.given:
        return False
    if any(ws.country_of_token(x) in FAMILY_FIRST for ev in d.evidence for x in ev.countries):
        return True
    rest = d.name.split()[1:]
    return len(rest) == 1 and "-" in rest[0]


def _another_known(d: Draft, known) -> bool:
    """Whether the dictionary finds this titled name ('King Hussein') and the draft's name
    ('Saddam Hussein') as people of two countries: two men of one surname. Only a title and
    name the dictionary holds as one name say so ('President Hussein', which it does not hold,
    stays the Iraqi president of the text); a dictionary person guessed from a bare surname
    ('Lam' for To Lam) is no finding either: the full name corrects it."""
    if known is None or d.known is None or not d.known_by_name:
        return False
    return known.country != d.known.country


def _other_given_name(ws: Workspace, d: Draft, first: str) -> bool:
    """Whether a person named so far by title and surname only ('King Hussein', 'President
    Obama'), whom the dictionary knows by that name, has other given names than this full
    name's ('Saddam Hussein', 'Michelle Obama': another person of the same surname). The
    dictionary name's words other than the surname, agent terms and demonyms ('american
    president barack obama') are the given names; none ('american president bush'), no
    test."""
    if d.known is None or not d.known_by_name:
        return False
    given = [
        w
        for w in norm(d.known.name).split()
        if w != d.surname and ws.lex.agent(w) is None and w not in ws.lex.demonyms
    ]
    return bool(given) and not any(_first_ok(first, w) for w in given)


def _ends(d: Draft, text: str) -> bool:
    """Whether a name of two words or more is the end of the draft's longer name."""
    return " " in text and d.name.lower().endswith(" " + text.lower())


def _short(d: Draft, word: str) -> bool:
    """A one-word name the dictionary lists for this person ('Xi' for Xi Jinping)."""
    return d.known is not None and norm(d.known.name).split()[0] == word


def _by_surname_only(d: Draft) -> bool:
    """A draft whose dictionary person was found from bare surnames alone."""
    return d.known is not None and all(m.kind == "surname" for m in d.mentions)


def _same_first(d: Draft, first: str) -> bool:
    """Whether the dictionary person of a draft can be called by this first name."""
    words = norm(d.known.name).split() if d.known is not None else []
    return not words or len(words) < 2 or _first_ok(first, words[0])


def _first_ok(a: str, b: str) -> bool:
    return a == b or (a[0] == b[0] and (len(a) == 1 or len(b) == 1))


def after(
    ws: Workspace, a: int, b: int, ev: Evidence, first: int | None = None
) -> list[tuple[int, int, list[int]]]:
    """Evidence after a name: apposition, 'of Morocco', 'who is the ...'.

    Returns the descriptive noun phrases in apposition ("Quatar's emir, Sheikh Hamad", "Kenzo
    Oshima, the UN Emergency Relief Coordinator") as further mentions of the person.
    """
    heads = [i for i in range(a, b + 1) if not a <= ws.tok[i].head <= b] or [b]
    h = heads[0]
    t = ws.tok[h]
    nouns = [c for c in ws.tree.children_by_dep(h, "appos") if ws.tok[c].pos in NOMINAL_POS]
    # a post of a body joined by 'and' to a post of another body in apposition is the person's
    # post too ('X, director of a study, and chairman of the Australian Centre for ...'); read
    # first, as the apposition's own words take in its whole subtree, the joined post with them
    nouns = [x for c in nouns if _post_of(ws, c) for x in _joined_posts(ws, c)] + nouns
    if t.dep == "appos" and ws.tok[t.head].tag in ("NN", "NNP") and t.head < a:
        nouns.append(t.head)  # "Quatar's emir, Sheikh Hamad" (not 'ministers such as X')
        nouns.extend(_posts_above(ws, t.head))  # 'The vice president of Dacia, Constantin Stroe,'
    if (named := _named_noun(ws, h)) is not None:
        nouns.append(named)  # 'a woman named Jane Doe', 'the boy, named Li Wei by the media'
    if t.dep == "pobj" and _fused_title(ws, a if first is None else first, b):
        nouns.extend(x for x in _posts_above(ws, h) if _state_post(ws, x))
    said = _copula_attributes(ws, h)
    nouns.extend(said)
    extra = []
    for c in nouns:
        if c in ws.owner or c in ws.used:
            continue
        # the longest title ending at the noun ('the Airbus chief executive', 'the senior
        # market analyst'), not the noun alone ('executive' needs a modifier)
        agent, _ = agent_at(ws, _np_first(ws, c), c)
        label = ws.ner_label.get(c)
        if agent is None and label is None:
            ev.orgs.extend(_possessor_orgs(ws, c))  # "WeWork's founder and former CEO, X"
            if c > b and (work := _workplace(ws, c)):  # 'a pulmonologist at the ... Infirmary'
                ev.orgs.extend(work)
                ev.roles.append(ws.phrase(_np_first(ws, c), c))
            aside = a > 0 and ws.tok[a - 1].text == "("
            if c not in said and not aside:
                # 'Tom Hale, a British motorcyclist'; not an actor's name after a role ('the
                # Scottish hero William Wallace (Mel Gibson)'), nor what a name is said to be
                # ('Lunch was a traditional Brazilian barbecue': the NER's 'person' may be none)
                ev.countries.extend(_demonyms_on(ws, c))
        if agent is not None and label is None and _plain_apposition(ws, b, c, agent, named):
            # 'Tom Hale, a 34-year-old man from Leeds,': the plain noun is the person named
            # again, no post of theirs, a country by its demonym ('an Australian woman')
            ev.countries.extend(_demonyms_on(ws, c))
            ev.gender = ev.gender or PLAIN_GENDER.get(agent.term)
            np = [x for x in sorted(ws.tree.subtree(c)) if x <= c]
            np = [x for x in np if x >= _np_start(ws, np, c) and ws.low(x) not in DETERMINERS]
            # the noun phrase only: a relative clause on it says what the person did ('the
            # man who was the source for Post reporters during their investigation')
            ws.used.update(x for x in np if x not in ws.ner_label)
            extra.append((np[0], c, [x for x in np if x not in ws.ner_label]))
            continue
        if agent is None or not _person_noun(agent) or label == "PERSON":
            continue
        if label is not None and label != "ORG":
            continue
        if agent.term in KIN_WORDS:
            # 'Hunter Biden, the son of Joe Biden': whose relative the person is, no post or
            # country of the person's own; a private person (CVL) unless the dictionary knows
            # better ('Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden' REB)
            ev.weak.append(replace(agent, sector=None, kind="weak", default=agent.sector))
            ev.kin.extend(_relatives(ws, c))
            ws.used.update(x for x in ws.tree.subtree(c) if x not in ws.ner_label)
            continue
        describe(ws, c, ev)
        np = [x for x in sorted(ws.tree.subtree(c)) if x <= c and ws.low(x) not in DETERMINERS]
        np = [x for x in np if x >= _np_start(ws, np, c)]
        owned = [x for x in np if x not in ws.ner_label or label == "ORG"]
        extra.append((np[0], c, owned))
    for c in ws.tree.children_by_dep(h, "prep"):
        if ws.low(c) == "of":
            for o in ws.tree.children_by_dep(c, "pobj"):
                if ws.ner_label.get(o) in ("GPE", "NORP"):
                    ev.countries.append(o)
                elif ws.ner_label.get(o) == "ORG":
                    ev.orgs.append(o)
    ev.countries.extend(from_place(ws, h, a) or _conjuncts_from(ws, h))
    for r in ws.tree.children_by_dep(h, "relcl"):
        if ws.tok[r].lemma == "be":
            for attr in ws.tree.children_by_dep(r, "attr"):
                if attr in said:
                    continue  # read as a description of the person above
                sub = [x for x in sorted(ws.tree.subtree(attr)) if ws.low(x) not in DETERMINERS]
                agent, _ = agent_at(ws, attr, attr)
                if agent is not None and sub:
                    ev.roles.append(ws.phrase(sub[0], sub[-1]))
                    ws.used.update(sub)
                    if agent.sector and not ev.sectors:
                        ev.sectors.append(agent.sector)
    _post_clauses(ws, h, ev)
    return extra


def _relatives(ws: Workspace, c: int) -> list[int]:
    """The names of the people a noun of kinship set beside a person's name makes them the
    relative of: its 'of' object or its possessor, a person's name ('The son of former German
    President Richard von Weizsäcker, Fritz von Weizsäcker', "Viktoria Skripal, Sergei's
    niece"); the person's country is theirs (`actors.relatives_of_people`)."""
    objects = [
        o
        for p in ws.tree.children_by_dep(c, "prep")
        if ws.low(p) == "of"
        for o in ws.tree.children_by_dep(p, "pobj")
    ]
    objects += ws.tree.children_by_dep(c, "poss")
    return [o for o in objects if ws.ner_label.get(o) == "PERSON"]


def _post_clauses(ws: Workspace, h: int, ev: Evidence) -> None:
    """A relative clause on a name that says the person holds a post in an organisation:
    'Scott Paul, who heads the Alliance for American Manufacturing' (the organisation's sector
    and country, as a post's employer gives them), 'Beth Ruffin, who owns a consulting firm'
    (the sector of a common noun of organisation); an owner is in business whatever the
    organisation. Not an object that is no organisation ('who led the research'), nor a
    clause denied ('who does not run the firm')."""
    for r in ws.tree.children_by_dep(h, "relcl"):
        if not any(ws.low(s) in ("who", "that") for s in ws.tree.children_by_dep(r, "nsubj")):
            continue
        verbs = [r, *(x for x in ws.tree.children_by_dep(r, "xcomp") if ws.tok[r].lemma == "use")]
        verb = verbs[-1]  # 'who used to own the team'
        if ws.tok[verb].lemma not in POST_VERBS or ws.tree.children_by_dep(r, "neg"):
            continue
        objects = ws.tree.children_by_dep(verb, "dobj")
        # (and the nouns coordinated with one: 'owns a diversity and inclusion consulting firm')
        for o in [*objects, *(c for x in objects for c in ws.tree.children_by_dep(x, "conj"))]:
            if _names_org(ws, o):
                ev.orgs.append(o)
                default = "BUS" if ws.tok[verb].lemma in OWNER_VERBS else None
                ev.weak.append(Agent(ws.low(verb), None, kind="weak", default=default))
                ev.roles.append(ws.tok[verb].text)  # (the organisation's name is added later)
                continue
            agent, _ = agent_at(ws, _np_first(ws, o), o)
            if agent is None or (agent.refers != "ORG" and agent.kind != "org"):
                continue
            sector = "BUS" if ws.tok[verb].lemma in OWNER_VERBS else agent.sector or agent.default
            if sector:
                ev.sectors.append(sector)
                ev.roles.append(ws.phrase(verb, o))


# Prepositions that join a trade the agent terms do not know to where it is practised ('a
# pulmonologist at the Aberdeen Royal Infirmary', 'a fellow with the Brookings Institution', 'a
# lobbyist for the NRA'); not 'of' ('a critic of Google', 'a fan of Apple') nor 'from' ('a
# defector from the church').
WORKPLACE_PREPS = frozenset({"at", "with", "for"})


def _workplace(ws: Workspace, c: int) -> list[int]:
    """The named organisation where a person practises a trade that no agent term names, set
    beside the name ('Dr. Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary', 'Jo
    Reyes, a senior fellow at the Brookings Institution'): the person's organisation, whose
    sector and country the person takes as a post's employer gives them. One common noun in
    the singular after the name, its own 'at', 'with' or 'for' object ('In a New York press
    conference at 16:15 UTC, Fritz Henderson': no trade)."""
    if ws.tok[c].tag != "NN" or ws.tok[c].pos != "NOUN":
        return []
    return [
        o
        for p in ws.tree.children_by_dep(c, "prep")
        if ws.low(p) in WORKPLACE_PREPS
        for o in ws.tree.children_by_dep(p, "pobj")
        if _names_org(ws, o)
    ][:1]


def _demonyms_on(ws: Workspace, c: int) -> list[int]:
    """The demonyms that modify a common noun set beside a person's name, which no agent term
    reads ('Tom Hale, a British motorcyclist', 'Harper — a young British
    filmmaker'): the person's nationality. One person (a singular noun), the demonym its own
    modifier ('a critic of Chinese policy' is none of 'critic'), not a word of an organisation's
    name ('a British Airways steward')."""
    if ws.tok[c].tag != "NN" or ws.tok[c].pos != "NOUN":
        return []
    return [
        x
        for x in ws.tree.children_by_dep(c, "amod", "compound")
        if x < c and ws.ner_label.get(x, "NORP") == "NORP" and ws.lex.demonyms.get(ws.low(x))
    ]


def _copula_attributes(ws: Workspace, h: int) -> list[int]:
    """The nominal a name is said to be, read as an apposition is: 'Yasser Arafat was a
    Palestinian leader', 'Chomsky is a professor emeritus at Massachusetts Institute of
    Technology', 'Hege is the CEO of DH', 'McAleenan, who was the acting director of the
    Department of Homeland Security,': the attribute of a 'be' whose subject is the name (or
    the relative pronoun of a clause on it), not denied ('X is not a ...'). Only the
    attribute's own modifiers and complements are read (`describe`): a demonym elsewhere in the
    clause is not the person's."""
    t = ws.tok[h]
    if t.dep == "appos" and t.head < h:
        t = ws.tok[t.head]  # 'The ship's owner, John Smith, is a Greek businessman'
    verbs = [t.head] if t.dep in ("nsubj", "nsubjpass") and t.head != h else []
    verbs += [
        r
        for r in ws.tree.children_by_dep(h, "relcl")
        if any(ws.low(s) in ("who", "that") for s in ws.tree.children_by_dep(r, "nsubj"))
    ]
    return [
        c
        for v in verbs
        if ws.tok[v].lemma == "be" and not ws.tree.children_by_dep(v, "neg")
        for c in ws.tree.children_by_dep(v, "attr")
        if ws.tok[c].pos in NOMINAL_POS and c > h and _one_plain(ws, c) and _placed(ws, c)
    ]


# Clauses inside an attribute that say something else than who the person is ('a Palestinian
# leader who became a world projection')
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def _placed(ws: Workspace, c: int) -> bool:
    """An attribute that places the person: a country or demonym among its words ('a
    Palestinian leader') or an organisation ('a professor emeritus at Massachusetts Institute
    of Technology', 'the deputy commander of the Popular Mobilization Forces'), outside its
    clauses. Others are left out: 'Harris is the best person to help me', 'Klobuchar was a
    candidate in the 2020 presidential election' (a passing role, not the person's office)."""
    todo, words = [c], []
    while todo:
        x = todo.pop()
        words.append(x)
        todo.extend(y for y in ws.tree.children[x] if ws.tok[y].dep not in _CLAUSES)
    return any(ws.ner_label.get(x) in ("GPE", "ORG") or _demonym_at(ws, x) for x in words)


def _demonym_at(ws: Workspace, x: int) -> bool:
    """Token x is a demonym, alone ('Palestinian') or in the NER's span ('South Korean')."""
    if ws.lex.demonyms.get(ws.low(x)):
        return True
    return ws.ner_label.get(x) == "NORP" and bool(
        ws.lex.demonyms.get(norm(ws.phrase(*ws.ner_span[x])))
    )


def _one_plain(ws: Workspace, c: int) -> bool:
    """An attribute that describes one person in plain words: not a plural ('Noel and Thomas
    were the only officers assigned'), not a quoted word ('Ubisoft are "believers"')."""
    return ws.tok[c].tag not in ("NNS", "NNPS") and not any(
        ws.tok[x].text in ('"', "“", "”", "'") for x in (c - 1, c + 1) if 0 <= x < len(ws.tok)
    )


def from_place(ws: Workspace, h: int, a: int) -> list[int]:
    """The place a person is from, their country: 'Wangari Maathai from Kenya', 'Sergeant
    Ratana, from Hawke's Bay, New Zealand', on the name or on the noun it is set beside ('his
    wife Manju Sam, 36, from Sydney, Australia', 'its alleged operator Jong Woo Son from South
    Korea', 'Nabil Hasan al-Quaety, a videojournalist from Yemen'); a place only ('from
    Reuters' is an employer, read elsewhere)."""
    t = ws.tok[h]
    # (a demonym set beside the name is a noun too: 'Sirhan, an ethnic Palestinian from Jordan')
    hosts = [
        h,
        *(
            c
            for c in ws.tree.children_by_dep(h, "appos")
            if ws.tok[c].pos == "NOUN" or _demonym_at(ws, c)
        ),
    ]
    if t.dep == "appos" and ws.tok[t.head].pos == "NOUN" and t.head < a:
        hosts.append(t.head)
    return [
        o
        for x in hosts
        for p in ws.tree.children_by_dep(x, "prep")
        if ws.low(p) == "from"
        for o in ws.tree.children_by_dep(p, "pobj")
        if ws.ner_label.get(o) == "GPE" and ws.names_country(o)
    ]


def _conjuncts_from(ws: Workspace, h: int) -> list[int]:
    """The place the people coordinated with a name are from, where the name has none of its
    own: one 'from' phrase after the last of them is all of theirs ('Thomas Sam, 42, and his
    wife Manju Sam, 36, from Sydney, Australia')."""
    return [
        o
        for c in ws.tree.children_by_dep(h, "conj")
        for x in [c, *ws.tree.children_by_dep(c, "appos")]
        for o in from_place(ws, x, x + 1)
    ][:1]


def _fused_title(ws: Workspace, first: int, b: int) -> bool:
    """A name right after the end of a title 'post of/for <body>' with no comma: the body an
    organisation of its own ('Director of Air Force Communications Bill Bodie') or run
    together with the name by the NER ('Minister of Information Moammar al-Eryani'): three
    words or more right after 'of' or 'for', the first capitalised and no given name ('the
    wife of John Smith' is no title)."""
    x = first
    while x > 0 and ws.capitalized(x - 1) and ws.ner_label.get(x - 1) == "ORG":
        x -= 1
    if x == 0 or ws.low(x - 1) not in ("of", "for"):
        return False
    if x < first:
        return True
    return b - first >= 2 and ws.capitalized(first) and ws.low(first) not in ws.lex.given


def _state_post(ws: Workspace, x: int) -> bool:
    """A noun that names a post of a state body ('Minister'), or a post whose body says its
    sector ('Director', 'Secretary': of Air Force Communications, of the Air Force)."""
    agent, _ = agent_at(ws, _np_first(ws, x), x)
    if agent is None or not _person_noun(agent):
        return False
    return agent.sector in STATE_POSTS or (agent.kind == "weak" and agent.default in STATE_POSTS)


STATE_POSTS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


# Prepositions between a post and the object a comma-set name is hung on ('vice president of
# Dacia', 'chief investment officer at Solaris Asset Management').
POST_PREPS = frozenset({"of", "for", "at"})


def _posts_above(ws: Workspace, o: int, depth: int = 3) -> list[int]:
    """The nouns a comma-set name follows when the parse hangs the name on the object of a
    post's prepositional phrase ('The vice president of Dacia, Constantin Stroe,', 'Co-founder
    of Google, Sergey Brin,', "Apple's vice-president of marketing for the iPod, Greg
    Joswiak,"): each noun up the chain of 'of', 'for', 'at' phrases, nearest first (the
    caller keeps those that name a post)."""
    out: list[int] = []
    for _ in range(depth):
        prep = ws.tok[o].head
        if ws.tok[o].dep != "pobj" or ws.low(prep) not in POST_PREPS or ws.tok[prep].dep != "prep":
            break
        o = ws.tok[prep].head
        if o >= prep or ws.tok[o].pos not in NOMINAL_POS:
            break
        out.append(o)
    return out


# Plain nouns of one person (person_words.json `plain_people`) and the gender they tell.
PLAIN_PERSON = frozenset(_WORDS["plain_people"])
PLAIN_GENDER = {"man": "M", "woman": "F"}
# Words that make the noun another person than the one named ('Trump, a second person briefed').
ANOTHER = frozenset({"another", "other", "second", "third", "fellow"})


def _post_of(ws: Workspace, c: int) -> bool:
    """Noun c has an 'of' phrase of its own ('director of the study')."""
    return any(ws.low(p) == "of" for p in ws.tree.children_by_dep(c, "prep"))


def _joined_posts(ws: Workspace, c: int) -> list[int]:
    """The posts of a body joined to noun c by a conjunction ('and chairman of the Centre'); not
    a second role of the same post ('founder and CEO of X': the first has no 'of'), nor a
    list of other people."""
    return [
        x
        for x in ws.tree.children_by_dep(c, "conj")
        if ws.tok[x].pos == "NOUN" or (ws.tok[x].pos == "PROPN" and x not in ws.ner_label)
        if _post_of(ws, x)
    ]


def _plain_apposition(ws: Workspace, b: int, c: int, agent: Agent, named: int | None) -> bool:
    """A plain noun of one person set off by a comma right after a person's name ('Valeska
    Paris, an Australian woman and former Scientologist,'), or the noun the name is given to
    ('a woman named Jane Doe'): the person named, not another."""
    if agent.term not in PLAIN_PERSON or ws.tok[c].tag != "NN" or not _one_plain(ws, c):
        return False
    if any(ws.low(x) in ANOTHER for x in ws.tree.subtree(c) if x < c):
        return False
    if c == named:
        return True
    return c > b and ws.tok[c].dep == "appos" and b + 1 < len(ws.tok) and ws.tok[b + 1].text == ","


# Verbs that give a name to the noun they modify ('a man named Tom Clarke', 'a boy called Li').
NAMING = frozenset({"name", "call"})


def _named_noun(ws: Workspace, h: int) -> int | None:
    """The noun of one person a name is given to by a participle: 'a woman named Jane Doe'
    (woman <-acl- named <-oprd- Doe), 'The boy, named Zhao Zicong by Chinese media,'."""
    t = ws.tok[h]
    if t.dep != "oprd" or ws.tok[t.head].tag != "VBN" or ws.tok[t.head].dep != "acl":
        return None
    if norm(ws.tok[t.head].lemma) not in NAMING:
        return None
    noun = ws.tok[t.head].head
    return noun if ws.tok[noun].tag == "NN" and noun < h else None


def _person_noun(agent: Agent) -> bool:
    """A noun in apposition to a name that says who the person is: a title or role, or a
    business noun ('CEO', 'businessman', 'investor': in the data they refer to a company, as
    'the two CEOs' may; after a person's name they are that person's trade)."""
    return agent.refers in ("PERSON", None) or (agent.kind == "agent" and agent.sector == "BUS")


def _possessor_orgs(ws: Workspace, c: int) -> list[int]:
    """Organisation tokens that possess or modify a noun in apposition to a name, and the
    nouns coordinated with it: "WeWork's founder and former CEO, Adam Neumann", 'the Airbus
    chief executive' (the parse makes 'Airbus' an nmod)."""
    nouns = [c, *ws.tree.children_by_dep(c, "conj")]
    return [
        x
        for n in nouns
        for x in ws.tree.children_by_dep(n, "poss", "compound", "nmod")
        if ws.ner_label.get(x) == "ORG"
    ]


def _np_first(ws: Workspace, c: int) -> int:
    """The first word of the modifiers right before noun c, determiners left out."""
    x = c
    while x - 1 >= 0 and ws.tok[x - 1].head == c and ws.tok[x - 1].dep in CHAIN_DEPS:
        x -= 1
    return x


def _np_start(ws: Workspace, np: list[int], c: int) -> int:
    """The first token of the contiguous run of tokens that ends at c."""
    have = set(np)
    x = c
    while x - 1 in have:
        x -= 1
    return x


def describe(ws: Workspace, c: int, ev: Evidence) -> None:
    """Read a descriptive noun phrase headed by token c ('the White House spokesman')."""
    mods = [x for x in sorted(ws.tree.subtree(c)) if x < c and ws.low(x) not in DETERMINERS]
    chain = [x for x in mods if ws.tok[x].dep in CHAIN_DEPS or x in ws.ner_label]
    read_chain(ws, [*chain, c], ev)
    # a title and its 'of' complement may make one post ('the Commissioner of Police' COP)
    for p in [p for p in ws.tree.children_by_dep(c, "prep") if ws.low(p) == "of"]:
        whole = _whole_title(ws, _np_first(ws, c), c, max(ws.tree.subtree(p)))
        if whole is not None and whole.sector:
            ev.sectors.insert(0, whole.sector)  # the post's own, before its modifiers' ('state')
    for p in ws.tree.children_by_dep(c, "prep"):
        if ws.low(p) in ("of", "for", "at"):
            for o in ws.tree.children_by_dep(p, "pobj"):
                label = ws.ner_label.get(o)
                if label == "ORG":
                    ev.orgs.append(o)
                elif label in ("GPE", "NORP"):
                    ev.countries.append(o)
                elif label is None:  # 'the commander of Kowloon West district'
                    ev.countries.extend(_place_compounds(ws, o))
        elif ws.low(p) == "in" and _state_post(ws, c):
            # a state's post is held in its country: 'a politician in Austria', 'a police
            # officer in Mexico' (not 'a journalist in Syria': a reporter may be foreign)
            ev.countries.extend(
                o
                for o in ws.tree.children_by_dep(p, "pobj")
                if ws.ner_label.get(o) == "GPE" and ws.names_country(o)
            )
    if (
        ev.weak
        and not ev.sectors
        and (body := body_of(ws, c, POST_BODY_PREPS, strict=True)) is not None
        and body.sector
    ):
        # a weak post held in a body its phrase names by a common noun takes the body's
        # sector, as the bare description does ('Sam Ortiz, director of the hospital' MED,
        # 'a spokesman for the police' COP), not the post's default (GOV)
        ev.sectors.insert(0, body.sector)
    # the post's own phrase, else that of a post coordinated with it: 'Chairman and Chief
    # Operating Officer of AirTran Airways', 'president and CEO of Boeing Commercial Airplanes'
    for post in [c, *ws.tree.children_by_dep(c, "conj")]:
        if not ev.orgs:
            ev.orgs.extend(_employer(ws, post))
    if not ev.orgs:  # 'project manager and Boeing vice president'
        ev.orgs.extend(_possessor_orgs(ws, c))
    # the words of a named body's phrase are that body's to read ('of the London-based
    # fact-checking website Full Fact')
    theirs: set[int] = set()
    for p in ws.tree.children_by_dep(c, "prep"):
        sub = set(ws.tree.subtree(p))
        if any(y in ws.ner_label for y in sub):
            theirs |= sub
    ws.used.update(x for x in ws.tree.subtree(c) if x not in ws.ner_label and x not in theirs)


def _place_compounds(ws: Workspace, o: int) -> list[int]:
    """Place names that modify a common noun of place: a post 'of Kowloon West district', 'of
    Zabul province' is held in that place."""
    return [
        x
        for x in sorted(ws.tree.subtree(o))
        if x < o
        and ws.tok[x].dep == "compound"
        and ws.ner_label.get(x) in ("GPE", "LOC")
        and ws.names_country(x)
    ][:1]


# Prepositions that join a weak post to a body named by a common noun: 'director of the
# hospital', 'spokesman for the police', 'a researcher at the university'.
POST_BODY_PREPS = frozenset({"of", "for", "at"})

# Prepositions that join a post to the body it is held in: 'chief executive of the website Full
# Fact', 'a scholar with the American Enterprise Institute', 'administrator in NASA's directorate'.
EMPLOYER_PREPS = frozenset({"of", "for", "at", "with", "in"})


def _employer(ws: Workspace, c: int, depth: int = 3) -> list[int]:
    """The organisation a post is held in, down a chain of the post's prepositional phrases:
    the first ORG token that is the object of such a preposition, or that names or possesses
    that object ('the London-based website Full Fact', "NASA's science mission directorate")."""
    for p in ws.tree.children_by_dep(c, "prep"):
        if ws.low(p) not in EMPLOYER_PREPS:
            continue
        for o in ws.tree.children_by_dep(p, "pobj"):
            near = [o, *ws.tree.children_by_dep(o, "poss", "compound", "appos")]
            orgs = [x for x in near if _names_org(ws, x)]
            if orgs:
                return orgs[:1]
            deeper = depth > 1 and ws.ner_label.get(o) is None and ws.tok[o].pos in NOMINAL_POS
            if deeper and (found := _employer(ws, o, depth - 1)):
                return found
    return []


def _names_org(ws: Workspace, x: int) -> bool:
    """Token x is in an organisation's name: the NER's, or a span the NER took for a person
    that the dictionary knows as an organisation ('the London-based fact-checking website
    Full Fact')."""
    label = ws.ner_label.get(x)
    if label == "PERSON":
        known = ws.lex.actor(ws.phrase(*ws.ner_span[x]))
        return known is not None and known.kind == "org"
    return label == "ORG"


# Prepositions of a title's complement before a name: 'US Ambassador to Germany Richard
# Grenell', 'US Special Representative for Iran Brian Hook', 'Senator from Vermont Bernie
# Sanders' (names.py reads the place between them, `_place_before_name`).
TITLE_PREPOSITIONS = frozenset({"to", "for", "of", "from"})
# Prepositions of a title's complement before a name in apposition: 'the Governor of Alaska,
# Sarah Palin', 'Commissioner for Employment, ...'
TITLE_OF = frozenset({"of", "for"})


def titles_across_places(ws: Workspace) -> None:
    """A title with a place complement before a name is the person's title: 'US Ambassador to
    Germany Richard Grenell', 'US Special Representative for Iran Brian Hook', 'Afghan
    Ambassador to the United States Hamdullah Mohib'. The NER stops the title at the
    preposition, so the title became a person of its own and the name kept neither its country
    nor its sector; the place stays where the envoy is sent (`_not_own_country`)."""
    for d in list({id(x): x for x in ws.drafts.values()}.values()):
        if d.type != "PERSON" or not d.key.startswith(("P:", "K:")) or not d.mentions:
            continue  # a named person, or one the dictionary knows ('Bernie Sanders')
        title = _title_before_place(ws, d.mentions[0].first)
        if title is None or title is d:
            continue
        agent = title.agent
        former = _status_before(ws, title.mentions[0])
        for ev in title.evidence:
            sectors = [agent.sector] if agent is not None and agent.sector else []
            weak = [agent] if agent is not None and agent.kind == "weak" else []
            ev = replace(ev, sectors=sectors + ev.sectors, weak=weak + ev.weak)
            d.evidence.append(replace(ev, former=True) if former else ev)
        # the title's later mentions ("China's ambassador also warned") stay the title's:
        # coreference joins them to the one person the text gave that title
        ws.move_mention(title.mentions[0], title, d)


def _status_before(ws: Workspace, m: MentionDraft) -> bool:
    """A word of status ('former', 'ex-', 'retired': agents data kind 'status') among a
    title's words before its head: 'former United States Senator from New York Hillary
    Clinton' held the post once (ELI), as 'former Senator Hillary Clinton' did."""
    for x in range(m.first, m.head):
        agent = ws.lex.agent(ws.low(x))
        if agent is not None and agent.kind == "status":
            return True
    return False


def titles_in_apposition(ws: Workspace) -> None:
    """A title set before a name with a comma is the person's post: "Nigeria's Minister of
    Information, Lai Mohammed, said", "the Inspector General of Police, Ibrahim Idris,". The
    NER ends the title at its 'of' complement, so the title became a person of its own, as in
    `titles_across_places`. Only a known title (a role of the agents data) joined to the name
    by the parse as its apposition: not a list ('the president, the prime minister, and X')."""
    for d in list({id(x): x for x in ws.drafts.values()}.values()):
        if d.type != "PERSON" or not d.key.startswith("P:") or not d.mentions:
            continue
        m = min(d.mentions, key=lambda x: x.first)
        n = m.first
        if n < 2 or ws.tok[n - 1].text != "," or ws.low(n - 2) == "and":
            continue
        end = _title_end(ws, n - 2)
        if end not in ws.owner:
            end = n - 2  # 'Minister of Information': the title's draft holds its complement
        title = ws.owner.get(end)
        if title is None or title is d or title.type != "PERSON" or title.plural:
            continue
        if not _title_draft(title):
            continue
        tm = next((x for x in title.mentions if x.last == end), None)
        if tm is None or not _appositive(ws, tm.first, n - 2, m.first, m.last):
            continue
        agent = _whole_title(ws, tm.first, end, n - 2) or title.agent
        for ev in title.evidence:
            sectors = [agent.sector] if agent is not None and agent.sector else []
            d.evidence.append(replace(ev, sectors=sectors + ev.sectors))
        ws.move_mention(tm, title, d)


def _whole_title(ws: Workspace, first: int, end: int, last: int) -> Agent | None:
    """The agent term a title makes with its 'of' complement (tokens first..last, the title
    words ending at `end`), when the agents data has it: 'the Commissioner of Police, X' is a
    police officer (COP), as 'Commissioner' alone is not; 'Inspector-General of Police'. A
    term of the complement alone ('Minister of Police': 'police') is the body's, not the
    post's."""
    if end >= last:
        return None
    agent, start = agent_at(ws, first, last)
    if agent is None or not agent.sector or start > end:
        return None
    return agent


def _title_end(ws: Workspace, x: int) -> int:
    """The last title word of a title whose 'of/for' complement ends at token `x` ('the
    Governor of Alaska, Sarah Palin', 'Executive Director of the Jamaica Cancer Society, Yulit
    Gordon'): the NER made the complement a name of its own; else `x` itself."""
    for p in range(x - 1, max(x - 8, 0), -1):
        if ws.low(p) in TITLE_OF and max(ws.tree.subtree(p)) == x:
            return p - 1
    return x


def _title_draft(d: Draft) -> bool:
    """A person draft that is a known title and no name: a title of the agents data ('the
    police chief'), or what the NER left of a title with an 'of' complement once its title
    words were read ('Minister of Information' -> 'of Information', a role with no name)."""
    if d.key.startswith("G:"):
        return d.agent is not None and bool(d.agent.sector) and _person_noun(d.agent)
    roles = [r for ev in d.evidence for r in ev.roles]
    return bool(roles) and d.name.split()[0] == "of"


def _appositive(ws: Workspace, ta: int, tb: int, a: int, b: int) -> bool:
    """The name (tokens a..b) is the apposition of the title (ta..tb, its complement included),
    or the other way round. The parse often joins a name closed by a comma as a conjunct ('the
    Governor of Alaska, Sarah Palin, and she'): one is taken when nothing follows the name but
    a comma or the sentence's end, not in a list ('the president, the prime minister, and X'
    has 'and' before X, which the caller excludes)."""
    closed = b + 1 >= len(ws.tok) or ws.tok[b + 1].text in (",", ".", ";")
    deps = ("appos", "conj") if closed else ("appos",)
    if any(ws.tok[i].dep in deps and ta <= ws.tok[i].head <= tb for i in range(a, b + 1)):
        return True
    return any(ws.tok[i].dep == "appos" and a <= ws.tok[i].head <= b for i in range(ta, tb + 1))


def _title_before_place(ws: Workspace, first: int) -> Draft | None:
    """The titled person draft ending just before 'to/for <place>' that ends at token `first`
    (or holds it: the name's span may open with the place)."""
    x = first
    if not _place_word(ws, x):
        x -= 1
    places = 0
    while x >= 0 and (_place_word(ws, x) or ws.low(x) == "the"):
        places += _place_word(ws, x)
        x -= 1
    if not places or x < 1 or ws.low(x) not in TITLE_PREPOSITIONS:
        return None
    title = ws.owner.get(x - 1)
    if title is None or not title.key.startswith("G:") or title.type != "PERSON":
        return None
    if title.plural or title.mentions[0].last != x - 1:
        return None  # the title's first mention ends before the preposition
    return title


def _place_word(ws: Workspace, x: int) -> bool:
    """A word of a country or place name, or of an intergovernmental body ('to the European
    Union', 'to the United Nations'); the NER labels 'the United States' ORG as often as GPE."""
    if ws.ner_label.get(x) not in ("GPE", "LOC", "ORG"):
        return False
    if ws.names_country(x) is not None:
        return True
    known = ws.known_in_span(x)
    return known is not None and known.country in ("IGO", "EUR", "UNO")

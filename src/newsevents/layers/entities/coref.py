"""Rule-based coreference over the parse: pronouns, plural descriptions, definite nominals.

No coreference model installs offline, so this is a small Hobbs/Lappin-Leass-style resolver:

- pronouns ("he", "him", "his", "she", "it", "its", "they", "their") pick the best earlier
  mention within a few sentences that agrees in person/thing, gender and number. Candidates score
  by sentence distance, subjecthood and main-clause position; a non-reflexive object pronoun
  cannot be the subject of its own clause ("Biden ... will hold a news conference with him").
- plural descriptions with a number ("the two leaders", "both countries") take the N latest
  distinct entities of the kind the noun refers to (persons, countries).
- definite nominals ("the president", "the ministry", "the country") join the latest entity
  whose role or name carries the same word ('vice president' is not 'the president');
  otherwise they become an entity of their own.
- a title used again ("China's ambassador", 'the spokesperson') joins the one named person the
  text gave that title (`title_of_named`), as does a title in apposition to a name.
"""

from __future__ import annotations

from dataclasses import replace

from ...ontology.actors import Agent
from ...ontology.normalize import norm
from ...ontology.reading import (
    organisation_words,
    person_words,
    place_words,
    product_makers,
    timex_words,
)
from ...records import Token
from .mentions import DETERMINERS, POSSESSIVE, Draft, Evidence, MentionDraft, Pending
from .workspace import Workspace

PRONOUNS: dict[str, tuple[str, str | None, bool]] = {
    # word: (what it refers to, gender, plural)
    "he": ("PERSON", "M", False),
    "him": ("PERSON", "M", False),
    "his": ("PERSON", "M", False),
    "himself": ("PERSON", "M", False),
    "she": ("PERSON", "F", False),
    "her": ("PERSON", "F", False),
    "hers": ("PERSON", "F", False),
    "herself": ("PERSON", "F", False),
    "it": ("THING", None, False),
    "its": ("THING", None, False),
    "itself": ("THING", None, False),
    "they": ("ANY", None, True),
    "them": ("ANY", None, True),
    "their": ("ANY", None, True),
    "themselves": ("ANY", None, True),
}
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
CAUSATIVE = frozenset(person_words()["causative_verbs"])
# a private party's lawyer ('Smith's attorney', 'a lawyer for Smith'): person_words.json
PARTY_LAWYERS = frozenset(person_words()["party_lawyers"])
POSSESSIVE_PRON = frozenset({"his", "her", "its", "their", "hers"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})
OBJECTS = frozenset({"dobj", "attr", "oprd", "dative", "nsubjpass", "appos"})
TIME_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
WINDOW = {"PERSON": 3, "THING": 0, "ANY": 1}  # sentences back a pronoun may look
NOMINAL_WINDOW = 5
# Nouns of a place people live in, which the actor dictionary reads as its residents: 'he' or
# 'she' never refers back to one ('In the Buckhead neighborhood, he shot ...'): place_words.json
SETTLEMENTS = frozenset(place_words()["settlement_nouns"])
FIRM = "BUS"
# nouns a text calls any business it has named by ('the company'): organisation_words.json
FIRM_NOUNS = frozenset(organisation_words()["firm_nouns"])
# people and parties of a firm ('CEO', 'investor'): organisation_words.json
FIRM_PARTIES = frozenset(organisation_words()["firm_parties"])
# nouns of a definite description of an organisation, with the sector of what they name ('the
# union' LAB, 'the group' any): organisation_words.json described_orgs
DESCRIBED_ORGS: dict[str, str | None] = dict(organisation_words()["described_orgs"])
# plural words of a name such a description names ('the airline' is "China Eastern Airlines"):
# organisation_words.json described_org_names
DESCRIBED_NAMES = {
    w: tuple(heads) for w, heads in organisation_words()["described_org_names"].items()
}
# descriptions that never name an airliner maker ('the airline' is not Boeing):
# organisation_words.json described_not_makers, product_makers.json makers
NOT_MAKERS = frozenset(organisation_words()["described_not_makers"])
AIRLINER_MAKERS = frozenset(norm(m) for m in product_makers()["makers"])
# Sectors whose titles a text varies for one named person ('general', 'commander', 'the military
# official'): a nominal subject of these joins the one person of its sector. Not GOV ('the
# President' is the head of state, not the spokeswoman just named) nor JUD ('the political
# counselor' is not the lawyer just named): on the Wikinews and HTML pages those joins were wrong.
ARMED = frozenset({"MIL", "REB", "COP", "SPY"})
# Adjectives that do not tell two referents apart ('the new government' is the government).
NEUTRAL = frozenset(
    [
        "new",
        "current",
        "incumbent",
        "top",
        "senior",
        "same",
        "interim",
        "acting",
        "whole",
        "entire",
        "local",
        "national",
        "year",  # 'the 89-year-old general'
        "old",
        "month",
    ]
)


# -- resolution -------------------------------------------------------------------------------


def resolve(ws: Workspace) -> None:
    for p in ws.pending_plurals:
        plural_description(ws, p)
    for p in ws.pending_nominals:
        definite_nominal(ws, p)
    described_again(ws)
    titles = [(m, d) for d in {id(x): x for x in ws.drafts.values()}.values() for m in d.mentions]
    for m, d in sorted(titles, key=lambda md: md[0].first):
        title_of_named(ws, d, m)  # in text order: 'Ukrainian president' before 'the president'
    for sent in ws.doc.sentences[1:]:
        bare_plural(ws, sent.tok_start)
    for i, t in enumerate(ws.tok):
        if t.pos == "PRON" and t.text.lower() in PRONOUNS and i not in ws.owner:
            pronoun(ws, i)


def _mentions_before(ws: Workspace, at: int, sentences: int) -> list[tuple[MentionDraft, Draft]]:
    """Mentions whose head precedes token `at`, within `sentences` sentences, latest first."""
    sent = ws.tok[at].sent
    out = [
        (m, d)
        for d in ws.drafts.values()
        for m in d.mentions
        if m.head < at and sent - ws.tok[m.head].sent <= sentences
    ]
    out.sort(key=lambda md: -md[0].head)
    return out


def _is_country(d: Draft, ws: Workspace) -> bool:
    return d.type == "GPE" and d.key.startswith("C:") and len(d.country or "") == 3


def plural_description(ws: Workspace, p: Pending) -> None:
    found: list[Draft] = []
    for _m, d in _mentions_before(ws, p.first, 2):
        ok = (
            d.type == "PERSON"
            if p.refers == "PERSON"
            else _is_country(d, ws)
            if p.refers == "GPE"
            else d.type == "PERSON" or _is_country(d, ws)
        )
        if ok and not d.plural and d not in found:
            found.append(d)
        if len(found) == p.count:
            break
    if len(found) < p.count:
        return
    for d in found:
        ws.add_mention(d, p.first, p.last, "nominal", head=p.head, own=False)
    ws.owner.setdefault(p.head, found[0])


def bare_plural(ws: Workspace, i: int) -> None:
    """'Both were acquitted', 'The two met in Cairo', 'Both of them ...', 'All, including Qawi,
    were acquitted': a sentence opening with a bare plural as its subject stands for what the
    sentence before named as one pair (a coordinated pair of named persons or states: 'Bill
    Clinton and Andrew Johnson', or a group counted two: 'two French police officers'), for the
    only two persons it named, or ('All, including X') for its group 'including X'.

    Only where one reading is left: two pairs, or a pair and a group counted two, abstain."""
    tok = ws.tok
    first = i
    words = [ws.low(x) for x in range(i, min(i + 3, len(tok)))]
    if words[:2] == ["the", "two"]:
        i += 1
    elif words[0] not in ("both", "all"):
        return
    t = tok[i]
    mods = [x for x in ws.tree.children_by_dep(i, "det", "amod", "compound") if x != first]
    if t.dep not in SUBJECTS or i in ws.owner or mods:
        return
    of = [o for p in ws.tree.children_by_dep(i, "prep") for o in ws.tree.children_by_dep(p, "pobj")]
    if words[0] == "all":
        found = _including(ws, i)
    elif of and (ws.low(of[0]) != "them" or words[0] != "both"):
        return  # 'Both of these stops', 'The two of us'
    else:
        found = _pair_before(ws, t.sent - 1)
    if not found:
        return
    for d in found:
        ws.add_mention(d, first, i, "pronoun", head=i, own=False)
    ws.owner.setdefault(i, found[0])
    ws.owner.update({o: found[0] for o in of})  # 'them' of 'Both of them' is the pair too


def _including(ws: Workspace, i: int) -> list[Draft]:
    """'All, including Qawi,': the previous sentence's group 'including' the same person."""
    named = {
        id(d)
        for p in ws.tree.children_by_dep(i, "prep")
        if ws.low(p) == "including"
        for o in ws.tree.children_by_dep(p, "pobj")
        if (d := ws.owner.get(o)) is not None
    }
    if not named:
        return []
    sent = ws.doc.sentences[ws.tok[i].sent - 1]
    found = []
    for h in range(sent.tok_start, sent.tok_end):
        g = ws.owner.get(h)
        if g is None or g.type != "GROUP" or not g.plural or g in found:
            continue
        for p in ws.tree.children_by_dep(h, "prep"):
            if ws.low(p) == "including" and any(
                id(ws.owner.get(o)) in named for o in ws.tree.children_by_dep(p, "pobj")
            ):
                found.append(g)
    return found if len(found) == 1 else []


def _pair_before(ws: Workspace, s: int) -> list[Draft]:
    """The one pair sentence s names: two coordinated names of persons or states, a group
    counted two, or else its only two named persons."""
    sent = ws.doc.sentences[s]
    span = range(sent.tok_start, sent.tok_end)
    pairs: list[list[Draft]] = []
    groups: list[Draft] = []
    persons: list[Draft] = []
    appended = False
    for h in span:
        d = ws.owner.get(h)
        if d is None or not any(m.head == h for m in d.mentions):
            continue
        if d.type == "GROUP" and d.plural and _counted_two(ws, h) and d not in groups:
            groups.append(d)
        if any(m.head == h and m.kind not in ("name", "surname") for m in d.mentions):
            continue
        party = (d.type == "PERSON" and not d.plural) or _is_country(d, ws)
        if d.type == "PERSON" and d not in persons:
            persons.append(d)
        conj = ws.tree.children_by_dep(h, "conj")
        if not party or ws.tok[h].dep == "conj" or len(conj) != 1:
            continue
        other = ws.owner.get(conj[0])
        if (
            other is not None
            and other is not d
            and not ws.tree.children_by_dep(conj[0], "conj")
            and other.type == d.type
            and not other.plural
            and ((d.type == "PERSON") or _is_country(other, ws))
        ):
            pairs.append([d, other])
            # 'two Presidents in the history of the US, Bill Clinton and Andrew Johnson': a
            # pair set off at the sentence's end names the group counted two
            closing = conj[0] + 1 == sent.tok_end - 1 and ws.tok[conj[0] + 1].pos == "PUNCT"
            appended = appended or (ws.low(_first_of(ws, h) - 1) == "," and closing)
    countries = {id(d) for h in span if (d := ws.owner.get(h)) is not None and _is_country(d, ws)}
    candidates = pairs + [[g] for g in groups if not appended]
    if len(candidates) != 1:
        return [] if candidates or len(persons) != 2 else persons
    pair = candidates[0]
    if len(pair) == 1:
        return pair
    others = countries if _is_country(pair[0], ws) else {id(d) for d in persons}
    # 'Merkel met Macron and Johnson. Both ...': a third of the pair's kind, no reading
    return pair if not others - {id(d) for d in pair} else []


def _first_of(ws: Workspace, h: int) -> int:
    """The first token of the name headed by h ('Bill' of 'Bill Clinton')."""
    j = h
    while j > 0 and ws.tok[j - 1].dep == "compound" and ws.tok[j - 1].head == h:
        j -= 1
    return j


def _counted_two(ws: Workspace, h: int) -> bool:
    """A group phrase headed by token h counted two ('two French police officers')."""
    return any(ws.low(x) in ("two", "2") for x in ws.tree.children_by_dep(h, "nummod"))


def definite_nominal(ws: Workspace, p: Pending) -> None:
    word = norm(ws.tok[p.head].lemma)
    content = [
        ws.low(x)
        for x in range(p.first, p.head)
        if ws.tok[x].pos in ("NOUN", "PROPN", "ADJ")
        and ws.low(x) not in NEUTRAL
        and not _status(ws, x)
    ]
    if p.within:
        content = []  # 'the Central Asian nation': the region's words, checked by continent
    if p.refers == "ORG" and word not in GENERIC:
        described = _described(ws, p.first, p.head)
        if described is not None:
            ws.add_mention(described, p.first, p.last, "nominal", head=p.head)
            return
    before = _mentions_before(ws, p.first, NOMINAL_WINDOW)
    if word in FIRM_NOUNS:
        # 'WeWork ... After CEO Adam Neumann left the company', 'GM ... An aide for Kerkorian,
        # GM's largest individual investor, has called on the company': those who run, own or
        # fund a firm are not the firm
        before = [md for md in before if not _firm_party(md[1])]
        if ws.tok[p.head].dep == "dobj" and (subj := clause_subject(ws, p.head)) is not None:
            # 'SoftBank agreed to buy the company': not its own clause's subject (but 'Apple
            # released the company's software' is Apple's)
            before = [md for md in before if md[1] is not ws.owner.get(subj)]
    for _m, d in before:
        if content and not _has_words(d, content):
            continue  # 'the pro-government candidate' is not 'the opposition candidate'
        if d.key.endswith(":victim"):
            continue  # 'he injured a man ... The man was then shot': the victim or the attacker
        if p.within and _is_country(d, ws):
            if ws.lex.continents.get(d.country or "") not in p.within:
                return  # 'the Asian nation' after France: not the state named last, nor any
            ws.add_mention(d, p.first, p.last, "nominal", head=p.head)
            return
        if _same_kind(ws, d, p.refers, p.agent, word):
            ws.add_mention(d, p.first, p.last, "nominal", head=p.head)
            return
    if (officer := _only_person_of_sector(ws, p)) is not None:
        ws.add_mention(officer, p.first, p.last, "nominal", head=p.head)
        return
    agent = p.agent
    kind = "ORG" if p.refers == "ORG" else "PERSON"
    plain = all(ws.low(x) in DETERMINERS or ws.low(x) in NEUTRAL for x in range(p.first, p.head))
    if word in DESCRIBED_ORGS and plain:
        # 'Ford ... the union rejected the company's offer': the one named organisation of the
        # description's sector before it; with none or several, a party of its own of that
        # sector and no country ('The union rejected the company's offer'); only a plain
        # description ('the burnt bank' is a building)
        sector = DESCRIBED_ORGS[word]
        named = {
            id(d): d
            for _m, d in before
            if _named_org(d, word, sector)
            and not (word in NOT_MAKERS and norm(d.name) in AIRLINER_MAKERS)
        }
        if len(named) == 1:
            ws.add_mention(next(iter(named.values())), p.first, p.last, "nominal", head=p.head)
            return
        if sector is None or ws.tree.children_by_dep(p.head, "case"):
            # 'the group' may be any body; 'the company's sales force applauded', 'fueled by
            # the company's ability to cut spending': an owner of another noun is no party
            return
        agent = replace(agent, sector=sector, needs_modifier=False)
        kind = "ORG"
    if p.refers == "GPE" or agent.needs_modifier or not (agent.sector or agent.default):
        return
    text = ws.phrase(p.first, p.last)
    d = ws.draft(f"G:{norm(text)}", kind, text)
    d.agent = agent
    start = next(x for x in range(p.first, p.last + 1) if ws.low(x) not in DETERMINERS)
    d.evidence.append(Evidence(roles=[ws.phrase(start, p.last)]))
    ws.add_mention(d, p.first, p.last, "nominal", head=p.head)


# Kinds of mention that name an entity (a description joins the entity so named).
NAME_KINDS = frozenset({"name", "possessive", "acronym"})
# Nouns a text calls any organisation of its kind by, whatever it described it as ('the
# company', 'the group'): `definite_nominal` takes the one the passage is about.
GENERIC = FIRM_NOUNS | {"group", "organization", "organisation"}
# Words that make a description another referent than the one described ('the other airline').
OTHER = frozenset({"other", "another", "rival", "former", "second", "third", "last", "next"})


def described_again(ws: Workspace) -> None:
    """A definite description of a noun outside the actor dictionaries ('the record label',
    'the utility', 'the site') joins the one named entity the text described with that noun
    (`_described`)."""
    tok = ws.tok
    for i, t in enumerate(tok):
        if t.pos != "NOUN" or t.tag != "NN" or i in ws.owner or i in ws.used:
            continue
        dets = [c for c in ws.tree.children_by_dep(i, "det") if c < i]
        if not any(ws.low(c) == "the" for c in dets):
            continue
        mods = [c for c in ws.tree.children_by_dep(i, "det", "amod", "compound") if c < i]
        first = min(mods)
        if any(ws.tok[x].pos in ("PROPN", "NUM", "PUNCT") for x in range(first, i)):
            continue  # 'the German airline', 'the Lufthansa pilot'
        if any(ws.capitalized(x) for x in range(first, i) if x not in dets):
            continue
        d = _described(ws, first, i)
        if d is not None:
            ws.add_mention(d, first, i, "nominal", head=i)


def _described(ws: Workspace, first: int, head: int) -> Draft | None:
    """The one named entity before a definite description 'the N' that the text described with
    the same noun N: in apposition to its name ("Mahan Air, an Iranian airline", "Pacific Gas &
    Electric Co., the state's largest utility", "Ahmed Mohamed, a 14-year-old student") or right
    before it ("Iranian airline Mahan Air ... The airline", "The Beatles' label Apple Corps ...
    the record label"). With two such entities, or another thing called N between the
    description and 'the N' ('a rival airline'), it abstains."""
    word = _noun(ws, head)
    if ws.tok[head].pos != "NOUN" or any(ws.low(x) in OTHER for x in range(first, head)):
        return None
    if word in GENERIC or ws.tok[head].dep == "appos":
        # 'Tim Clark told reporters that the airline - the largest international carrier in the
        # world - will': an apposition describes the phrase it is set beside, not an earlier name
        return None
    sent = ws.tok[head].sent
    found: dict[int, tuple[Draft, int]] = {}
    for d in {id(x): x for x in ws.drafts.values()}.values():
        if d.type not in ("ORG", "PERSON") or not any(
            m.last < first and sent - ws.tok[m.head].sent <= NOMINAL_WINDOW for m in d.mentions
        ):
            continue  # an actor the passage is still about
        for m in d.mentions:
            if m.kind not in NAME_KINDS or m.last >= first:
                continue
            for j in _descriptor_nouns(ws, m):
                if j < first and _noun(ws, j) == word:
                    found[id(d)] = (d, max(j, found.get(id(d), (d, -1))[1]))
    if len(found) != 1:
        return None
    ((d, at),) = found.values()
    for j in range(at + 1, first):
        # 'Mahan Air, an Iranian airline ... a German airline said ... the airline'
        if (
            ws.tok[j].pos == "NOUN"
            and _noun(ws, j) == word
            and ws.owner.get(j) is not d
            and j not in _all_descriptors(ws, d)
        ):
            return None
    return d


def _all_descriptors(ws: Workspace, d: Draft) -> set[int]:
    return {j for m in d.mentions if m.kind in NAME_KINDS for j in _descriptor_nouns(ws, m)}


def _descriptor_nouns(ws: Workspace, m: MentionDraft) -> list[int]:
    """The common nouns that describe a name's mention: its apposition ('Mahan Air, an
    Iranian airline'; 'an Iranian airline, Mahan Air'), or a singular noun right before it
    that it modifies or that modifies it ('Iranian airline Mahan Air')."""
    tok = ws.tok
    h = m.head
    out = [
        c
        for x in range(m.first, m.last + 1)  # 'Pacific Gas & Electric Co.': on 'Gas'
        for c in ws.tree.children_by_dep(x, "appos")
        if c > m.last and tok[c].pos == "NOUN" and tok[c].tag == "NN" and _apposition(ws, m, c)
    ]
    if (
        tok[h].dep == "appos"
        and tok[h].head < m.first
        and tok[tok[h].head].tag == "NN"
        and m.first > 0
        and tok[m.first - 1].text in APPOSITION_MARKS
    ):  # 'an Iranian airline, Mahan Air'; not 'a call the White House released'
        out.append(tok[h].head)
    # the noun right before the name's first capitalised word ('veteran industry analyst Ken
    # Doctor' is an analyst, not an industry)
    name = h
    while name > m.first and ws.capitalized(name - 1):
        name -= 1
    j = name - 1
    if (
        j >= 0
        and tok[j].tag == "NN"
        and tok[j].pos == "NOUN"
        and not ws.capitalized(j)
        and (name <= tok[j].head <= m.last or tok[h].head == j)
    ):
        out.append(j)
    # 'financial year Apple Inc. sold', 'the previous year': a time noun dates, never describes
    # 'the i9 MacBook Pro ... machines with the i9': a model number is no common noun
    return [j for j in out if norm(tok[j].lemma) not in TIME_NOUNS and tok[j].text.isalpha()]


# Nouns of time: 'During the first quarter of the financial year Apple Inc. sold' is no year.
# The time layer's units (timex_words.json duration_units), and "time" and "season".
TIME_NOUNS = frozenset({*timex_words()["duration_units"], "time", "season"})


# The marks that set an apposition off ('Mahan Air, an Iranian airline').
APPOSITION_MARKS = frozenset({",", "\u2014", "\u2013", "-", "--"})


def _apposition(ws: Workspace, m: MentionDraft, c: int) -> bool:
    """An apposition describes a name when it is set off right after the name's last word
    (a comma or dash) and opens with an article or a noun's possessive ("Mahan Air, an Iranian
    airline", "Pacific Gas & Electric Co., the state's largest utility"); not "Taylor Swift,
    her former record label" (a list, 'her' is Swift's), "15:11 GMT the site" (no comma), nor a
    noun set off after other words ("Peng Mei - PR director of Tmall, the retail site")."""
    tok = ws.tok
    if m.last + 2 >= len(tok) or tok[m.last + 1].text not in APPOSITION_MARKS:
        return False
    start = m.last + 2
    if min(ws.tree.subtree(c)) != start:
        return False
    if ws.low(start) in ("a", "an", "the"):
        return True
    return tok[start].pos in ("PROPN", "NOUN") and tok[start].dep == "poss"


# One noun under two words: 'the Church of Scientology's website ... the site'.
SAME_NOUN = {"website": "site", "web site": "site"}


def _noun(ws: Workspace, j: int) -> str:
    word = norm(ws.tok[j].lemma)
    return SAME_NOUN.get(word, word)


def _only_person_of_sector(ws: Workspace, p: Pending) -> Draft | None:
    """The one named person of the nominal's sector (`ARMED`) in the sentences before a
    nominal subject: 'Iran's top general Hossein Salami ... The commander said', 'Hossein
    Salami ... The top general said' ('general' and 'commander' are both MIL). Two such people,
    or a former one, and the nominal stays its own entity."""
    sector = p.agent.sector or p.agent.default
    if p.refers != "PERSON" or sector not in ARMED:
        return None
    if ws.tok[p.head].dep not in SUBJECTS:
        return None  # 'The commander said', not '... met the commander'
    found: list[Draft] = []
    for _m, d in _mentions_before(ws, p.first, NOMINAL_WINDOW):
        if d.type != "PERSON" or d.plural or not d.key.startswith(("P:", "K:")) or d in found:
            continue
        if d.surname is None and d.known is None:
            continue  # a description of its own, not a named person
        found.append(d)
    same = [d for d in found if sector in _sectors(d)]
    if len(same) != 1 or any(ev.former for ev in same[0].evidence):
        return None
    return same[0]


# Words before a title's head that make it another post ('vice president' is not 'the
# president', 'deputy spokesperson' not 'the spokesperson').
SUBORDINATE = frozenset(
    ["vice", "deputy", "assistant", "under", "associate", "co", "lieutenant", "former", "ex"]
)


def title_of_named(ws: Workspace, t: Draft, m: MentionDraft) -> None:
    """A title used again for the person it named: "China's ambassador to Britain Liu
    Xiaoming ... China's ambassador said", "State Department spokesperson Morgan Ortagus ...
    the spokesperson said", "a State Department spokesperson, Morgan Ortagus,".

    A mention of a title entity of its own (no name) that is definite or names a country or
    an organisation joins the one named person before it whose own title has the same head
    noun and every other word of the mention, not as a deputy's or a former one ('the
    president' is not the vice president, 'the inspector general' not the attorney general);
    the mention's country and organisation must be the person's, and a title without a country
    does not join a person titled with one ('Ukrainian President Zelensky ... the president').
    With two such people it stays its own. A bare or indefinite title ('a governor', 'Doctor')
    stays its own: on the Wikinews and HTML pages those joins were wrong."""
    if t.type != "PERSON" or t.plural or not t.key.startswith("G:") or m not in t.mentions:
        return
    person = _apposed_name(ws, m.head) or _one_titled(ws, m)
    if person is None:
        return
    ws.move_mention(m, t, person)


def _named(d: Draft) -> bool:
    return (
        d.type == "PERSON"
        and not d.plural
        and d.key.startswith(("P:", "K:"))
        and (d.surname is not None or d.known is not None)
    )


def _apposed_name(ws: Workspace, h: int) -> Draft | None:
    """The named person in apposition to a title noun: 'a United States Department of State
    spokesperson, Morgan Ortagus, indicated'."""
    for c in ws.tree.children_by_dep(h, "appos"):
        d = ws.owner.get(c)
        if d is not None and _named(d):
            return d
    return None


def _one_titled(ws: Workspace, m: MentionDraft) -> Draft | None:
    tok = ws.tok
    word = norm(tok[m.head].lemma)
    mods = [x for x in range(m.first, m.head) if tok[x].pos != "PUNCT"]
    mods += [x for x in ws.tree.children_by_dep(m.head, "det", "poss") if x < m.first]
    definite = any(ws.low(x) in ("the", "this", "that") for x in mods)
    countries = _mention_countries(ws, m)
    orgs = [
        ws.low(x)
        for x in mods
        if not ws.names_country(x) and (ws.ner_label.get(x) == "ORG" or _org_owned(ws, x))
    ]
    if not word or not (definite or countries or orgs):
        return None
    if any(ws.low(x) in SUBORDINATE for x in mods):
        return None  # 'the former Virginia governor', 'the deputy prime minister'
    content = [
        ws.low(x)
        for x in mods
        if tok[x].pos in ("NOUN", "PROPN", "ADJ")
        and not (ws.capitalized(x) and ws.names_country(x))
        and ws.tok[x].ent_type not in ("GPE", "NORP", "LOC")
        and ws.low(x) not in orgs
        and ws.low(x) not in NEUTRAL
        and not _status(ws, x)
    ]
    found: list[Draft] = []
    for d in {id(x): x for x in ws.drafts.values()}.values():
        if not _named(d) or d.start >= m.first or any(ev.former for ev in d.evidence):
            continue
        # its titles, and the words of its mentions ('State Department spokesperson Morgan
        # Ortagus': a dictionary name's title stays in its mention)
        said = [
            " ".join(d.roles()),  # 'Deputy', 'spokesman': one title
            *(ws.phrase(_titled_from(ws, x), x.last) for x in d.mentions),
        ]
        words = {w for r in said for w in norm(r).split()}
        if not any(word in _own_words(norm(r).split()) for r in said):
            continue
        if not all(w in words for w in [*content, *orgs]):
            continue  # 'the inspector general' is not the attorney general
        have = _title_countries(ws, d).union(
            *(_mention_countries(ws, replace(x, first=_titled_from(ws, x))) for x in d.mentions)
        )
        if countries and not countries <= have | _person_countries(ws, d):
            continue
        if not countries and have:
            continue  # 'Ukrainian President Zelensky ... the president' (Trump)
        found.append(d)
    return found[0] if len(found) == 1 else None


def _titled_from(ws: Workspace, m: MentionDraft) -> int:
    """Where a name's mention starts with the title words the span left out before it
    ('President' of 'President Trump', 'Ukrainian President' of 'Ukrainian President
    Zelensky')."""
    first = m.first
    while (
        first > 0
        and ws.tok[first - 1].dep in ("compound", "amod")
        and m.first <= ws.tok[first - 1].head <= m.last
    ):
        first -= 1
    return first


def _mention_countries(ws: Workspace, m: MentionDraft) -> set[str]:
    """The countries a mention's words name: 'China's ambassador', 'the President of the
    People's Republic of China' (a city or a state does not: 'a St. Louis native')."""
    xs = list(range(m.first, m.head))
    for p in ws.tree.children_by_dep(m.head, "prep"):
        if ws.low(p) == "of":
            xs.extend(ws.tree.children_by_dep(p, "pobj"))
    return {c for x in xs if ws.capitalized(x) and (c := _country_word(ws, x))}


def _country_word(ws: Workspace, x: int) -> str | None:
    a, b = ws.ner_span.get(x, (x, x))
    words = [ws.low(y) for y in range(a, b + 1) if ws.tok[y].text not in POSSESSIVE]
    while words and words[0] in DETERMINERS:
        words = words[1:]
    key = " ".join(w for w in words if w)
    return ws.lex.countries.get(key) or ws.lex.demonyms.get(key)


def _org_owned(ws: Workspace, x: int) -> bool:
    d = ws.owner.get(x)
    return d is not None and d.type == "ORG"


def _own_words(words: list[str]) -> list[str]:
    """The words of a title that name its own post ('vice president': 'vice' only)."""
    return [w for k, w in enumerate(words) if not (k and words[k - 1] in SUBORDINATE)]


def _title_countries(ws: Workspace, d: Draft) -> set[str]:
    return {c for ev in d.evidence for x in ev.countries if (c := ws.names_country(x))}


def _person_countries(ws: Workspace, d: Draft) -> set[str]:
    have = {ev.country for ev in d.evidence if ev.country}
    if d.known is not None and d.known.country:
        have.add(d.known.country)
    return have


def _sectors(d: Draft) -> set[str]:
    """The sectors a person's titles name ('general' MIL, 'commander' MIL by default)."""
    return {s for ev in d.evidence for s in [*ev.sectors, *(w.default for w in ev.weak)] if s}


def _status(ws: Workspace, x: int) -> bool:
    agent = ws.lex.agent(ws.low(x))
    return agent is not None and agent.kind == "status"


def _has_words(d: Draft, words: list[str]) -> bool:
    have = {w for r in [*d.roles(), d.name] for w in norm(r).split()}
    return all(w in have for w in words)


def _same_word(word: str, have: list[str]) -> bool:
    """'general' and 'Gen.', 'senator' and 'Sen.': a title and its abbreviation."""
    return any(
        w == word or (len(w) >= 3 and len(word) >= 3 and (word.startswith(w) or w.startswith(word)))
        for w in have
    )


def _same_kind(ws: Workspace, d: Draft, refers: str, agent: Agent, word: str) -> bool:
    if refers == "GPE":
        return _is_country(d, ws)
    if refers == "PERSON":
        # 'the president' is not the vice president: a word before the title that makes it
        # another post leaves that word out
        words = _own_words([w for r in d.roles() for w in norm(r).split()])
        return d.type == "PERSON" and _same_word(word, words)
    names = [norm(d.name)] + ([d.agent.term] if d.agent else [])
    if d.type in ("ORG", "GROUP") and any(_names(word, n.split()) for n in names):
        return True
    # 'the company', 'the firm': the business the passage last named ('General Motors ... the
    # company said'), whatever its name says
    return word in FIRM_NOUNS and d.type == "ORG" and _is_firm(d)


# Words that end a name's head noun phrase ("Bank of England", "Ministry for Foreign Affairs").
HEAD_ENDS = frozenset({"of", "for", "to", "on", "in", "against", "and", "&"})


def _heads(word: str, name: list[str]) -> bool:
    """A description names what a name's head noun names: 'the police' is "Indiana State
    Police" and 'the ministry' the "Ministry of Defence", but 'the state' is not "Indiana State
    Police" ('the state budget') nor 'the security' the "Security Council"."""
    return any(
        w == word and (k + 1 == len(name) or name[k + 1] in HEAD_ENDS) for k, w in enumerate(name)
    )


def _names(word: str, name: list[str]) -> bool:
    """A description names what a name is headed by its noun or by a plural word of a name
    that noun stands for ('the airline' is "China Eastern Airlines", "British Airways"; not a
    bare "Airlines", the common noun: "Airlines choose the seating layout")."""
    if _heads(word, name):
        return True
    return len(name) > 1 and any(_heads(w, name) for w in DESCRIBED_NAMES.get(word, ()))


def _firm_party(d: Draft) -> bool:
    """A description of one who runs, owns or funds a firm ('CEO', 'its largest investor')."""
    return d.key.startswith("G:") and d.agent is not None and d.agent.term in FIRM_PARTIES


def _named_org(d: Draft, word: str, sector: str | None) -> bool:
    """A named organisation (not a description) of the sector (any for None) or whose name is
    headed by the description's noun ('the union' is the "European Union")."""
    if d.type != "ORG" or not d.key.startswith(("O:", "K:", "P:")):
        return False
    if _names(word, norm(d.name).split()):
        return True
    have = {d.sector}
    if d.agent is not None:
        have |= {d.agent.sector, d.agent.default}
    if d.known is not None:
        have |= {w.sector for w in d.known.windows}
    return sector is None or sector in have


def _is_firm(d: Draft) -> bool:
    if d.agent is not None and FIRM in (d.agent.sector, d.agent.default):
        return True
    return d.known is not None and any(w.sector == FIRM for w in d.known.windows)


def clause_subject(ws: Workspace, i: int) -> int | None:
    """The subject token of the clause token i sits in (conjoined verbs, controlled infinitives
    and subjectless adjuncts share their head's)."""
    tok = ws.tok
    j = tok[i].head
    seen = 0
    while seen < 12:
        t = tok[j]
        if t.pos in ("VERB", "AUX"):
            break
        if t.head == j:
            return None
        j, seen = t.head, seen + 1
    for _ in range(6):
        subj = ws.tree.children_by_dep(j, *SUBJECTS)
        if subj:
            return subj[0]
        if _caused(tok[j]):
            return None  # "..., enabling him to ...": the adjunct tells what the clause caused
        # "police ..., pinning 800 students inside and threatened to use ammunition on them":
        # a participial adjunct with no subject of its own is its main clause's subject's
        if tok[j].dep in ("conj", "xcomp", "advcl") and tok[j].head != j:
            j = tok[j].head
            continue
        return None
    return None


def _caused(t: Token) -> bool:
    """A causative adjunct: a participle ("..., enabling him to", "..., making him the third")
    or an infinitive of purpose ("needed it to help move him")."""
    if norm(t.lemma) not in CAUSATIVE:
        return False
    return (t.tag == "VBG" and t.dep in ("advcl", "conj")) or (t.tag == "VB" and t.dep == "advcl")


def pronoun(ws: Workspace, i: int) -> None:
    t = ws.tok[i]
    word = t.text.lower()
    what, gender, plural = PRONOUNS[word]
    if word == "it" and (t.dep not in ("nsubj", "dobj", "pobj") or ws.tok[t.head].lemma == "be"):
        return  # pleonastic or predicative "it"
    subject = clause_subject(ws, i)
    subject_owner = ws.owner.get(subject) if subject is not None else None
    best: tuple[float, Draft] | None = None
    seen: set[str] = set()
    for m, d in _mentions_before(ws, i, WINDOW[what]):
        if d.key in seen or not _agrees(d, what, gender, plural):
            continue
        if what == "PERSON" and ws.tok[m.head].lemma.lower() in SETTLEMENTS:
            continue
        client = _client(ws, m, d) if what == "PERSON" else None
        if client is not None:
            if client.key in seen or not _agrees(client, what, gender, plural):
                continue
            d = client
        seen.add(d.key)
        if word in REFLEXIVE and d is not subject_owner:
            continue
        if word not in REFLEXIVE and word not in POSSESSIVE_PRON and d is subject_owner:
            continue  # "Biden will meet Zelenskyy and hold a conference with him"
        if what == "ANY" and ws.tok[m.head].sent != t.sent and ws.tok[m.head].dep not in SUBJECTS:
            continue  # "they" reaches back one sentence only to its subject
        said_of = _predicated_of(ws, m, what, gender, plural)
        bound = word not in REFLEXIVE and word not in POSSESSIVE_PRON
        if said_of is not None and said_of is subject_owner and bound:
            continue  # 'Smith was a banker and hired him'
        score = _salience(ws, m, i)
        if best is None or score > best[0]:
            best = (score, said_of or _named_apposition(ws, m, d, what, gender, plural))
    cataphor = _cataphora(ws, i, what, gender)
    if cataphor is not None:
        best = (0.0, cataphor)
    if best is None and word == "it":
        topic = _continued_topic(ws, i)
        best = (0.0, topic) if topic is not None else None
    if best is None:
        return
    d = best[1]
    if what == "PERSON" and d.gender is None and word in ("he", "she"):
        d.gender = gender  # learnt from subjects only: a wrong 'his' should not spread
    ws.add_mention(d, i, i, "pronoun")


def _client(ws: Workspace, m: MentionDraft, d: Draft) -> Draft | None:
    """ "Pagliano's lawyer has said he will refuse to answer", "presented by Tyler's attorney and
    in 2003 he pleaded guilty", "Lindsay Lohan's lawyer says the actress checked into rehab ...
    the court that ordered her": a lawyer the text names only as a person's lawyer speaks and
    acts for the client, and "he" or "she" that would point to the lawyer points to the client.
    A lawyer the text names is a person of its own."""
    if m.kind != "nominal" or norm(ws.tok[m.head].lemma) not in PARTY_LAWYERS:
        return None
    if any(x.kind not in ("nominal", "pronoun") for x in d.mentions):
        return None
    clients = list(ws.tree.children_by_dep(m.head, "poss"))
    for p in ws.tree.children_by_dep(m.head, "prep"):
        if ws.low(p) == "for":
            clients.extend(ws.tree.children_by_dep(p, "pobj"))
    found = {c.key: c for x in clients if (c := _person_at(ws, x)) is not None and c is not d}
    return next(iter(found.values())) if len(found) == 1 else None


def _person_at(ws: Workspace, x: int) -> Draft | None:
    """The person token x names: its mention's, else the person named before whose surname it is
    ("Tyson's attorney" after Mark Tyson, the possessive inside the lawyer's description)."""
    owner = ws.owner.get(x)
    if owner is not None:
        return owner if owner.type == "PERSON" else None
    if ws.tok[x].pos != "PROPN":
        return None
    found = ws.persons_named_before(ws.low(x), x)
    return found[0] if len(found) == 1 else None


def _cataphora(ws: Workspace, i: int, what: str, gender: str | None) -> Draft | None:
    """'Discussing his concern, Prime Minister Najib Razak said ...': the subject that follows.

    Only for a pronoun inside a clause or phrase that opens the sentence, before its subject.
    """
    tok = ws.tok
    if what != "PERSON":
        return None
    root = i
    while tok[root].head != root and tok[tok[root].head].dep != "ROOT":
        root = tok[root].head
    if tok[root].dep not in ("advcl", "prep", "npadvmod") or tok[root].head == root:
        return None
    verb = tok[root].head
    subj = [c for c in ws.tree.children_by_dep(verb, *SUBJECTS) if c > i]
    if not subj or any(c < i for c in ws.tree.children_by_dep(verb, *SUBJECTS)):
        return None
    d = ws.owner.get(subj[0])
    if d is None:
        for c in ws.tree.children_by_dep(subj[0], "appos"):
            d = d or ws.owner.get(c)
    if d is not None and _agrees(d, what, gender, False):
        return d
    return None


def _continued_topic(ws: Workspace, i: int) -> Draft | None:
    """'The Federal Reserve cut its key rate. Additionally, it opened swap lines ...': a sentence
    that opens with "it" as the subject of an act goes on telling of the organisation or country
    the sentence before is about (its main clause's active subject).

    Only where nothing else could be meant: "it" is the first noun phrase of its sentence (time
    words aside) and the active subject of a verb other than "be"; the previous sentence's main
    subject is a singular organisation or state, and that sentence (no question) names no other
    thing "it" could be (no other singular noun heading a phrase, nor a name as its object)."""
    tok = ws.tok
    t = tok[i]
    if t.dep != "nsubj" or tok[t.head].pos != "VERB" or t.sent == 0:
        return None
    start = ws.doc.sentences[t.sent].tok_start
    if any(tok[x].pos in NOUNISH and tok[x].ent_type not in TIME_ENTS for x in range(start, i)):
        return None
    prev = ws.doc.sentences[t.sent - 1]
    roots = [x for x in range(prev.tok_start, prev.tok_end) if tok[x].head == x]
    if len(roots) != 1 or tok[roots[0]].pos not in ("VERB", "AUX"):
        return None
    if any(tok[x].text == "?" for x in range(prev.tok_start, prev.tok_end)):
        return None  # 'What tariffs has the US imposed? It started with washing machines'
    subj = ws.tree.children_by_dep(roots[0], "nsubj")
    if not subj:
        return None
    d = ws.owner.get(subj[0])
    if d is None or d.type not in ("ORG", "GPE") or d.plural:
        return None
    for x in range(prev.tok_start, prev.tok_end):
        if ws.owner.get(x) is d or tok[x].ent_type in TIME_ENTS:
            continue
        if tok[x].dep in ("compound", "npadvmod", "poss"):
            continue
        if tok[x].tag == "NN" and ws.owner.get(x) is None:
            return None  # 'Apple announced a new phone. It ...'
        if tok[x].tag == "NNP" and tok[x].dep in OBJECTS:
            return None  # 'Apple released Apple TV. It ...'
    return d


def _named_apposition(
    ws: Workspace, m: MentionDraft, d: Draft, what: str, gender: str | None, plural: bool
) -> Draft:
    """'Another automaker, General Motors (GM), announced that it ...': a description that the
    text names in apposition refers to the one it names; the pronoun takes the named entity
    where the description stayed an entity of its own (only names of the same kind)."""
    if m.kind != "nominal" or any(x.kind != "nominal" and x.kind != "pronoun" for x in d.mentions):
        return d
    for c in ws.tree.children_by_dep(m.head, "appos"):
        named = ws.owner.get(c)
        if named is None or named is d or not _agrees(named, what, gender, plural):
            continue
        if any(x.kind in ("name", "acronym") for x in named.mentions):
            return named
    return d


def _predicated_of(
    ws: Workspace, m: MentionDraft, what: str, gender: str | None, plural: bool
) -> Draft | None:
    """'labeled Soleimani as a terrorist and levied sanctions against him', 'named her its
    chairwoman', 'Smith was a banker': a description said of a named party (the object a
    verb calls something 'as', or the subject of 'be') is that party, not one of its own; a
    later pronoun refers to the named party (only a name or surname of the same kind)."""
    if m.kind != "nominal":
        return None
    tok = ws.tok
    h = tok[m.head]
    deps: tuple[str, ...]
    if h.dep == "pobj" and ws.low(h.head) == "as" and tok[h.head].dep == "prep":
        verb, deps = tok[h.head].head, ("dobj", "nsubjpass")
    elif h.dep == "oprd":
        verb, deps = h.head, ("dobj", "nsubjpass")
    elif h.dep == "attr" and tok[h.head].lemma == "be":
        verb, deps = h.head, ("nsubj",)
    else:
        return None
    for c in ws.tree.children_by_dep(verb, *deps):
        named = ws.owner.get(c)
        if named is None or not _agrees(named, what, gender, plural):
            continue
        if any(x.kind in ("name", "surname") for x in named.mentions):
            return named
    return None


def _agrees(d: Draft, what: str, gender: str | None, plural: bool) -> bool:
    if what == "PERSON":
        return d.type == "PERSON" and not d.plural and (d.gender in (None, gender))
    if what == "THING":
        return d.type in ("ORG", "GPE") and not d.plural
    return d.plural and d.type in ("GROUP", "NORP")


def _salience(ws: Workspace, m: MentionDraft, at: int) -> float:
    tok = ws.tok
    h = tok[m.head]
    distance = tok[at].sent - h.sent
    score = -3.0 * distance - 0.01 * (at - m.head)
    role = h
    if h.dep == "appos" and tok[h.head].dep in SUBJECTS:
        role = tok[h.head]  # 'His father, Mohamed El-Hassan Mohamed, said'
    if role.dep in SUBJECTS:
        score += 2.0
        if tok[role.head].dep == "ROOT":
            score += 1.0
    if m.kind == "pronoun":
        score += 0.5
    return score

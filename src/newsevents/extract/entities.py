"""Entities and canonical actors (stage "entities.rules.v1").

One entity per real-world actor, every mention merged, in linear passes over the parse:

1. names: NER spans (PERSON, ORG, GPE, NORP, LOC, FAC) plus dictionary names the model missed
   ("Russia-Ukraine"), with determiners and possessive "'s" split off;
2. people: a PERSON name with the words before it ("Former President", "National Security
   Council spokesperson") and after it (an apposition, "who is ...") as evidence of role,
   country and sector; surnames merge into the full name ("Biden" -> "Joe Biden");
3. groups: common-noun actors from the agent dictionary ("Ukraine's armed forces", "rebels",
   "European countries"), their country from modifiers;
4. other names: countries by every variant ("US", "U.S.", "America"), demonyms (a modifier of a
   person or group gives its country, a standalone one is a mention of the country, a plural
   "Palestinians" is a civilian group), dictionary actors, places, organisations and acronyms;
5. pronouns, plural descriptions and definite nominals resolved by rules (`coref`);
6. actor codes: country, PLOVER sector and role, text first, then the dated dictionaries,
   then the context (`actors`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from ..config import Settings
from ..ontology.actors import Agent, lexicon
from ..ontology.normalize import norm
from ..records import Document
from . import actors, coref
from .mentions import (
    ACTOR_LABELS,
    DETERMINERS,
    POSSESSIVE,
    TEXT,
    Context,
    Draft,
    Evidence,
    finish,
)

log = logging.getLogger(__name__)

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
CHAIN_DEPS = frozenset({"compound", "amod", "poss", "case", "nmod", "punct", "nummod", "advmod"})
GROUP_MOD_DEPS = ("poss", "amod", "compound", "nmod", "nummod", "det", "predet")
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
MOD_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "DET", "PRON", "PART", "ADV", "PUNCT"})


@dataclass
class NameSpan:
    first: int
    last: int  # inclusive
    label: str
    poss: int | None = None  # index of a following "'s"


class EntityStage:
    name = "entities.rules.v1"
    requires = frozenset({"tokens", "sentences", "ner"})
    produces = frozenset({"entities"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lex = lexicon()

    def __call__(self, doc: Document) -> Document:
        return replace(doc, entities=build(Context(doc, self.lex)))


def build(ctx: Context) -> tuple:
    spans = name_spans(ctx)
    for sp in spans:
        if sp.label == "PERSON":
            add_person(ctx, sp)
    find_groups(ctx)
    for sp in spans:
        if sp.label != "PERSON":
            add_name(ctx, sp)
    add_surnames(ctx)
    coref.resolve(ctx)
    actors.code(ctx)
    return finish(ctx)


# -- 1. names ---------------------------------------------------------------------------------


def name_spans(ctx: Context) -> list[NameSpan]:
    tok, n = ctx.tok, len(ctx.tok)
    spans: list[NameSpan] = []
    covered: set[int] = set()
    skip_to = -1
    for s in ctx.doc.ner:
        covered.update(range(s.tok_start, s.tok_end))
        if s.label not in ACTOR_LABELS or s.tok_start <= skip_to:
            continue
        a, b = s.tok_start, s.tok_end - 1
        while a <= b and ctx.low(a) in DETERMINERS:
            a += 1
        longer = match_name(ctx, a, set()) if a <= b else None
        if longer is not None and longer[0] > b:  # 'Liberation Tigers' + 'of Tamil Eelam'
            spans.append(NameSpan(a, longer[0], longer[1], _poss_after(ctx, longer[0])))
            covered.update(range(a, longer[0] + 1))
            skip_to = longer[0]
            continue
        while a <= b and ctx.low(a) in DETERMINERS:
            a += 1
        while b >= a and (tok[b].text in POSSESSIVE or tok[b].pos == "PUNCT"):
            b -= 1
        if a <= b:
            spans.append(NameSpan(a, b, _relabel(ctx, a, b, s.label), _poss_after(ctx, b)))
    spans.extend(untagged_people(ctx, covered))
    i = 0
    while i < n:
        found = None if i in covered else match_name(ctx, i, covered)
        if found is None:
            i += 1
            continue
        last, label = found
        spans.append(NameSpan(i, last, label, _poss_after(ctx, last)))
        i = last + 1
    spans.sort(key=lambda s: s.first)
    return spans


def untagged_people(ctx: Context, covered: set[int]) -> list[NameSpan]:
    """Capitalised names the NER missed that follow a title word ('militant Haroon Aswad')."""
    tok, out = ctx.tok, []
    i = 0
    while i < len(tok):
        if i in covered or tok[i].pos != "PROPN" or not ctx.capitalized(i):
            i += 1
            continue
        j = i
        while j + 1 < len(tok) and tok[j + 1].pos == "PROPN" and j + 1 not in covered:
            j += 1
        names = range(i, j + 1)
        title = i - 1
        if (
            j > i
            and title >= 0
            and tok[title].pos == "NOUN"
            and tok[title].head in names
            and all(tok[x].head in names or tok[x].head == tok[j].head for x in names)
            and (agent := agent_at(ctx, title, title)[0]) is not None
            and agent.refers == "PERSON"
            and not any(ctx.lex.countries.get(ctx.low(x)) for x in names)
        ):
            out.append(NameSpan(i, j, "PERSON", _poss_after(ctx, j)))
            covered.update(names)
        i = j + 1
    return out


def _relabel(ctx: Context, a: int, b: int, label: str) -> str:
    """Fix NER labels the dictionaries or the parse contradict ('Sri Lanka' tagged PERSON)."""
    key = norm(ctx.phrase(a, b))
    lex = ctx.lex
    if label in ("GPE", "ORG", "LOC") and not _resolvable(ctx, key):
        for c in ctx.kids(b, "appos"):  # 'Oshima, the UN Emergency Relief Coordinator'
            agent, _ = agent_at(ctx, c, c)
            if agent is not None and agent.refers == "PERSON" and agent.kind != "org":
                return "PERSON"
    if label not in ("PERSON", "ORG"):
        return label
    if key in lex.countries:
        return "GPE"
    if key in lex.demonyms:
        return "NORP"
    if a < b and lex.demonyms.get(ctx.low(a)) and ctx.tok[b].tag in ("NNPS", "NNS"):
        return "NORP"  # 'Bosnian Serbs'
    if label == "PERSON":
        known = lex.actor(key)
        if known is not None and known.kind == "org":
            return "ORG"
        if a == b and key in lex.places:
            return "GPE"
    return label


def _poss_after(ctx: Context, b: int) -> int | None:
    j = b + 1
    if j < len(ctx.tok) and ctx.tok[j].text in POSSESSIVE and ctx.tok[j].dep == "case":
        return j
    return None


def match_name(ctx: Context, i: int, covered: set[int]) -> tuple[int, str] | None:
    """A country, demonym or multi-word dictionary actor starting at token i (not in NER)."""
    lex, tok = ctx.lex, ctx.tok
    if not ctx.capitalized(i) or tok[i].pos not in ("PROPN", "NOUN", "ADJ"):
        return None
    if ctx.low(i) not in lex.starts:
        return None
    words: list[str] = []
    ends: list[int] = []
    j = i
    while j < len(tok) and len(words) < lex.max_words and j not in covered:
        w = ctx.low(j)
        if w:
            words.append(w)
            ends.append(j)
        elif tok[j].text not in ("-", "."):
            break
        j += 1
    for k in range(len(words), 0, -1):
        key = " ".join(words[:k])
        last = ends[k - 1]
        if tok[last].pos == "PUNCT":
            continue
        short = len(key.replace(" ", "")) <= 3
        if short and not all(tok[x].text.replace(".", "").isupper() for x in range(i, last + 1)):
            continue
        if key in lex.countries:
            return last, "GPE"
        if key in lex.demonyms:
            return last, "NORP"
        if (k > 1 or tok[i].text.isupper()) and key in lex.known:
            return last, "ORG"
    return None


# -- 2. people --------------------------------------------------------------------------------


def agent_at(ctx: Context, first: int, last: int) -> tuple[Agent | None, int]:
    """The longest agent term ending at token `last` using tokens from `first` on."""
    head = ctx.tok[last]
    tails = list(dict.fromkeys((norm(head.text), norm(head.lemma))))  # surface form first
    for a in range(first, last + 1):
        stem = " ".join(w for w in (ctx.low(x) for x in range(a, last)) if w)
        for tail in tails:
            key = f"{stem} {tail}".strip()
            agent = ctx.lex.agent(key)
            if agent is not None:
                return agent, a
    return None, last


def title_prefix(ctx: Context, a: int, b: int) -> int:
    """Skip title words at the start of a PERSON span ('President Biden' -> 'Biden')."""
    while a < b:
        hit = None
        for end in range(min(b - 1, a + 2), a - 1, -1):
            agent, start = agent_at(ctx, a, end)
            if agent is not None and start == a:
                hit = end
                break
        if hit is None:
            break
        a = hit + 1
    return a


def premodifiers(ctx: Context, a: int, b: int) -> list[int]:
    """Tokens before a name that modify it: 'Ukrainian President', "Lebanon's new President"."""
    tok = ctx.tok
    chain: list[int] = []
    allowed = set(range(a, b + 1))
    stop = ctx.sent_start(a)
    j = a - 1
    while j >= stop:
        t = tok[j]
        if ctx.low(j) in DETERMINERS or t.dep not in CHAIN_DEPS:
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
    return sorted(chain)


def read_chain(ctx: Context, chain: list[int], ev: Evidence) -> None:
    """Role words, status ('former'), country and organisation tokens in front of a name."""
    free: list[int] = []
    for j in chain:
        label = ctx.ner_label.get(j)
        if label in ("ORG", "PERSON"):
            ev.orgs.append(j)
        elif ctx.capitalized(j) and ctx.names_country(j):
            ev.countries.append(j)
        elif ctx.tok[j].text not in POSSESSIVE:
            free.append(j)
    read_roles(ctx, free, ev)


def read_roles(ctx: Context, free: list[int], ev: Evidence) -> None:
    """Greedy right-to-left agent terms over runs of free tokens."""
    i = len(free) - 1
    while i >= 0:
        run_start = i
        while run_start > 0 and free[run_start - 1] == free[run_start] - 1:
            run_start -= 1
        agent, start = agent_at(ctx, free[run_start], free[i])
        if agent is None:
            i -= 1
            continue
        note_agent(ctx, agent, start, free[i], ev)
        while i >= 0 and free[i] >= start:
            i -= 1


def note_agent(ctx: Context, agent: Agent, first: int, last: int, ev: Evidence) -> None:
    if agent.kind == "status":
        ev.former = True
        return
    if agent.gender:
        ev.gender = ev.gender or agent.gender
    if agent.kind == "title" and not agent.sector:
        return
    ev.roles.insert(0, ctx.phrase(first, last))
    if agent.sector:
        ev.sectors.insert(0, agent.sector)
    elif agent.kind == "weak":
        ev.weak.insert(0, agent)


def add_person(ctx: Context, sp: NameSpan) -> None:
    while sp.first > 0 and _given_name(ctx, sp.first - 1, sp.first, sp.last):
        sp.first -= 1  # 'Kenzo' + 'Oshima'
    a = title_prefix(ctx, sp.first, sp.last)
    b = sp.last
    ev = Evidence()
    chain = premodifiers(ctx, sp.first, b) + list(range(sp.first, a))
    read_chain(ctx, chain, ev)
    extra = after(ctx, a, b, ev)
    words = [w for w in (ctx.low(x) for x in range(a, b + 1)) if w]
    core = [w for w in words if w not in NAME_SUFFIXES] or words
    name = ctx.phrase(a, b)
    known = ctx.lex.actor(name)
    if known is None and chain:
        known = ctx.lex.actor(ctx.phrase(chain[-1], b))  # 'Pope Francis', 'King Hassan'
    d = match_person(ctx, core, known, a)
    if d is None and len(core) == 1:
        known = known or ctx.lex.by_surname(core[0], ctx.date)
    if d is None:
        d = ctx.draft(f"P:{norm(name)}:{len(ctx.drafts)}", "PERSON", name)
        d.surname = core[-1]
        d.first = core[0] if len(core) > 1 else None
    if len(core) > 1 and len(name) > len(d.name):
        d.name, d.surname, d.first = name, core[-1], core[0]
    d.known = d.known or known
    if known and len(core) > 1 and d.first is None:
        d.first = core[0]
    if known is None and len(core) == 1:
        d.hint_country = d.hint_country or ctx.lex.surname_country(core[0])
    d.evidence.append(ev)
    d.gender = d.gender or ev.gender or (known.gender if known else None)
    first = min(chain) if chain else a
    last = sp.poss if sp.poss is not None else b
    kind = "name" if len(core) > 1 else "surname"
    ctx.add_mention(d, first, last, kind, head=b, own=False)
    for i in range(a, b + 1):
        ctx.owner[i] = d
    ctx.used.update(chain)
    for first_x, last_x, owned in extra:
        ctx.add_mention(d, first_x, last_x, "nominal", head=last_x, own=False)
        for x in owned:
            ctx.owner.setdefault(x, d)


def _given_name(ctx: Context, j: int, a: int, b: int) -> bool:
    t = ctx.tok[j]
    return (
        t.pos == "PROPN"
        and t.dep == "compound"
        and a <= t.head <= b
        and j not in ctx.ner_label
        and ctx.capitalized(j)
        and agent_at(ctx, j, j)[0] is None
        and not ctx.names_country(j)
    )


def match_person(ctx: Context, core: list[str], known, at: int) -> Draft | None:
    """The person already mentioned that this name refers to (the latest one wins)."""
    best: Draft | None = None
    best_pos = -1
    for d in ctx.drafts.values():
        if d.type != "PERSON" or not d.mentions:
            continue
        same = known is not None and d.known is not None and d.known.id == known.id
        if not same:
            if d.surname != core[-1] and not (len(core) == 1 and d.known and _short(d, core[0])):
                continue
            first = core[0] if len(core) > 1 else None
            if first and d.first and not _first_ok(first, d.first):
                continue
        pos = max(m.first for m in d.mentions if m.first < at) if d.start < at else -1
        if pos > best_pos:
            best, best_pos = d, pos
    return best


def _short(d: Draft, word: str) -> bool:
    """A one-word name the dictionary lists for this person ('Xi' for Xi Jinping)."""
    return d.known is not None and norm(d.known.name).split()[0] == word


def _first_ok(a: str, b: str) -> bool:
    return a == b or a[0] == b[0] and (len(a) == 1 or len(b) == 1)


def after(ctx: Context, a: int, b: int, ev: Evidence) -> list[tuple[int, int, list[int]]]:
    """Evidence after a name: apposition, 'of Morocco', 'who is the ...'.

    Returns the descriptive noun phrases in apposition ("Quatar's emir, Sheikh Hamad", "Kenzo
    Oshima, the UN Emergency Relief Coordinator") as further mentions of the person.
    """
    heads = [i for i in range(a, b + 1) if not a <= ctx.tok[i].head <= b] or [b]
    h = heads[0]
    t = ctx.tok[h]
    nouns = [c for c in ctx.kids(h, "appos") if ctx.tok[c].pos in NOMINAL_POS]
    if t.dep == "appos" and ctx.tok[t.head].tag in ("NN", "NNP") and t.head < a:
        nouns.append(t.head)  # "Quatar's emir, Sheikh Hamad" (not 'ministers such as X')
    extra = []
    for c in nouns:
        if c in ctx.owner or c in ctx.used:
            continue
        agent, _ = agent_at(ctx, c, c)
        label = ctx.ner_label.get(c)
        if agent is None or agent.refers not in ("PERSON", None) or label == "PERSON":
            continue
        if label is not None and label != "ORG":
            continue
        describe(ctx, c, ev)
        np = [x for x in ctx.subtree(c) if x <= c and ctx.low(x) not in DETERMINERS]
        np = [x for x in np if x >= _np_start(ctx, np, c)]
        owned = [x for x in np if x not in ctx.ner_label or label == "ORG"]
        extra.append((np[0], c, owned))
    for c in ctx.kids(h, "prep"):
        if ctx.low(c) == "of":
            for o in ctx.kids(c, "pobj"):
                if ctx.ner_label.get(o) in ("GPE", "NORP"):
                    ev.countries.append(o)
                elif ctx.ner_label.get(o) == "ORG":
                    ev.orgs.append(o)
    for r in ctx.kids(h, "relcl"):
        if ctx.tok[r].lemma == "be":
            for attr in ctx.kids(r, "attr"):
                sub = [x for x in ctx.subtree(attr) if ctx.low(x) not in DETERMINERS]
                agent, _ = agent_at(ctx, attr, attr)
                if agent is not None and sub:
                    ev.roles.append(ctx.phrase(sub[0], sub[-1]))
                    ctx.used.update(sub)
                    if agent.sector and not ev.sectors:
                        ev.sectors.append(agent.sector)
    return extra


def _np_start(ctx: Context, np: list[int], c: int) -> int:
    """The first token of the contiguous run of tokens that ends at c."""
    have = set(np)
    x = c
    while x - 1 in have:
        x -= 1
    return x


def describe(ctx: Context, c: int, ev: Evidence) -> None:
    """Read a descriptive noun phrase headed by token c ('the White House spokesman')."""
    mods = [x for x in ctx.subtree(c) if x < c and ctx.low(x) not in DETERMINERS]
    chain = [x for x in mods if ctx.tok[x].dep in CHAIN_DEPS or x in ctx.ner_label]
    read_chain(ctx, [*chain, c], ev)
    for p in ctx.kids(c, "prep"):
        if ctx.low(p) in ("of", "for", "at"):
            for o in ctx.kids(p, "pobj"):
                label = ctx.ner_label.get(o)
                if label == "ORG":
                    ev.orgs.append(o)
                elif label in ("GPE", "NORP"):
                    ev.countries.append(o)
    ctx.used.update(x for x in ctx.subtree(c) if x not in ctx.ner_label)


# -- 3. groups --------------------------------------------------------------------------------


def find_groups(ctx: Context) -> None:
    """Common-noun actors: 'Ukraine's armed forces', 'rebels', 'a Jordanian official'."""
    tok = ctx.tok
    for i, t in enumerate(tok):
        if t.pos not in NOMINAL_POS or i in ctx.used or i in ctx.owner:
            continue
        if t.pos == "PROPN" and i in ctx.ner_label:
            continue
        extra: list[int] = []
        if t.dep == "compound" and tok[t.head].pos in NOMINAL_POS:
            h = t.head
            if h < i or agent_at(ctx, h, h)[0] is not None:
                continue  # 'police officers': the head makes the group
            extra = [x for x in _left_mods(ctx, h) if x < i]  # 'Israeli army bulldozers'
        mods = sorted(set(extra + _left_mods(ctx, i)))
        plain = [x for x in mods if _plain(ctx, x)]
        agent, start = agent_at(ctx, plain[0] if plain else i, i)
        if agent is None or agent.kind == "status":
            continue
        coref.note_group(ctx, i, agent, start, mods)


def _left_mods(ctx: Context, i: int) -> list[int]:
    """Contiguous left modifiers of a noun (the whole subtree of each, in order)."""
    out: list[int] = []
    for c in sorted(ctx.kids(i, *GROUP_MOD_DEPS), reverse=True):
        if c > i:
            continue
        if ctx.tok[c].pos not in MOD_POS:
            break
        sub = ctx.subtree(c)
        if out and sub[-1] + 1 < out[0]:
            break
        out = sub + out
    return out


def _plain(ctx: Context, j: int) -> bool:
    """A lower-case word that can be part of an agent term ('armed', 'riot', 'security')."""
    t = ctx.tok[j]
    initial = j == ctx.sent_start(j)
    return (
        t.dep in ("amod", "compound")
        and (initial or not ctx.capitalized(j))
        and j not in ctx.ner_label
    )


# -- 4. other names ---------------------------------------------------------------------------


def add_name(ctx: Context, sp: NameSpan) -> None:
    a, b = sp.first, sp.last
    if any(i in ctx.owner for i in range(a, b + 1)):
        return
    lex = ctx.lex
    text = ctx.phrase(a, b)
    key = norm(text)
    if all(i in ctx.used for i in range(a, b + 1)) and not _resolvable(ctx, key):
        return  # a word of a title ('Defense Secretary'), not a name
    last = sp.poss if sp.poss is not None else b
    kind = "possessive" if sp.poss is not None else "name"
    person = _person_by_surname(ctx, key, a)
    code = lex.countries.get(key)
    if person is not None and code is None:
        ctx.add_mention(person, a, last, "surname", head=b)
        return
    if code is not None:
        d = ctx.draft(f"C:{code}", "GPE", lex.country_names.get(code, text))
        d.set_country(code, TEXT)
        if kind == "name" and text.replace(".", "").isupper():
            kind = "acronym"
        ctx.add_mention(d, a, last, kind, head=b)
        return
    demonym = lex.demonyms.get(key)
    if demonym is not None:
        add_demonym(ctx, sp, demonym, text)
        return
    known = lex.actor(text)
    if known is not None and sp.label != "PERSON":
        d = ctx.draft(f"K:{known.id}", _type(sp.label, known), text)
        d.known = known
        if len(text) > len(d.name):
            d.name = text
        if len(text.split()) > 1:
            d.hint_country = d.hint_country or ctx.country_in(a, b)
        if kind == "name" and text.replace(".", "").isupper() and " " not in text:
            kind = "acronym"
        ctx.add_mention(d, a, last, kind, head=b)
        return
    if sp.label == "ORG":
        add_org(ctx, sp, text, key, last, kind)
        return
    if sp.label in ("GPE", "LOC", "FAC"):
        d = ctx.draft(f"P:{key}", sp.label, text)
        d.set_country(place_country(ctx, key), TEXT)
        ctx.add_mention(d, a, last, kind, head=b)
        return
    if sp.label == "NORP" and ctx.tok[b].dep not in ("amod", "compound"):
        d = ctx.draft(f"N:{key}", "NORP", text)
        d.agent = lex.agent(key) or lex.agent(norm(ctx.tok[b].lemma))
        outer = lex.demonyms.get(ctx.low(a)) if a < b else None
        before = [
            x
            for x in ctx.kids(b, "amod", "compound")
            if x < a and lex.demonyms.get(ctx.low(x)) and x not in ctx.used
        ]
        if outer is None and before:  # 'Iraqi' + 'Kurds' as two NER spans
            outer, a = lex.demonyms.get(ctx.low(before[0])), before[0]
            ctx.used.update(before)
        if outer is not None:  # 'Bosnian Serbs': the first demonym is the country
            d.set_country(outer, TEXT)
            d.plural = ctx.tok[b].tag in ("NNS", "NNPS")
            d.agent = d.agent or Agent("people", "CVL")
        ctx.add_mention(d, a, last, kind, head=b)


# Words around a place name that the gazetteer lists without ('Montenegro province').
PLACE_WORDS = frozenset(
    "province state region district city county governorate oblast territory town village "
    "area prefecture municipality".split()
)
COMPASS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern upper lower".split()
)


def place_country(ctx: Context, key: str) -> str | None:
    """The country of a place name, trying it without 'province' or 'northern' too."""
    lex = ctx.lex
    words = key.split()
    for _ in range(3):
        if not words:
            return None
        joined = " ".join(words)
        code = lex.countries.get(joined)
        if code is None and (place := lex.places.get(joined)) is not None:
            code = place.country
        if code is not None:
            return code
        if words[-1] in PLACE_WORDS:
            words = words[:-1]
        elif words[0] in COMPASS:
            words = words[1:]
        else:
            return None
    return None


def _resolvable(ctx: Context, key: str) -> bool:
    lex = ctx.lex
    return key in lex.countries or key in lex.demonyms or key in lex.places or key in lex.known


def _type(label: str, known) -> str:
    if known.kind == "person":
        return "PERSON"
    if known.kind == "org":
        return "ORG"
    return label if label in ("ORG", "GPE", "NORP", "LOC", "FAC") else "ORG"


def _person_by_surname(ctx: Context, key: str, at: int) -> Draft | None:
    if " " in key:
        return None
    best = None
    for d in ctx.drafts.values():
        if d.type == "PERSON" and d.surname == key and d.mentions and d.start < at:
            if best is None or d.start > best.start:
                best = d
    return best


def add_demonym(ctx: Context, sp: NameSpan, code: str, text: str) -> None:
    """A modifier of an actor gives its country; a plural is a group; else the country."""
    b = sp.last
    if b in ctx.used:
        return
    t = ctx.tok[b]
    if t.dep in ("amod", "compound", "nmod") and ctx.tok[t.head].pos in NOMINAL_POS:
        head = ctx.owner.get(t.head)
        if head is not None and head.type in ("PERSON", "GROUP", "ORG"):
            return
        if ctx.ner_label.get(t.head) == "NORP" and ctx.tok[t.head].tag in ("NNPS", "NNS"):
            return  # 'Iraqi Kurds': the people noun takes it
    plural = t.tag in ("NNS", "NNPS") or (
        "Number=Plur" in t.morph and t.pos in NOMINAL_POS and t.dep not in ("amod", "compound")
    )
    if plural or text.endswith("s") and t.dep in ("nsubj", "nsubjpass", "dobj", "pobj"):
        # 'ethnic Albanians', 'the Albanians of southern Serbia': an ethnicity, not a country
        ethnic = any(ctx.low(x) == "ethnic" for x in ctx.kids(b, "amod"))
        where = place_of(ctx, b)
        key = f"D:{code}" if not (ethnic or where) else f"E:{norm(text)}:{where}"
        d = ctx.draft(key, "NORP", text)
        d.set_country(where or (None if ethnic else code), TEXT)
        d.plural = True
        d.agent = Agent("people", "CVL")
        first = min([sp.first, *(x for x in ctx.kids(b, "amod") if ctx.low(x) == "ethnic")])
        ctx.add_mention(d, first, b, "demonym", head=b)
        return
    d = ctx.draft(f"C:{code}", "GPE", ctx.lex.country_names.get(code, text))
    d.set_country(code, TEXT)
    ctx.add_mention(d, sp.first, b, "demonym", head=b)


def place_of(ctx: Context, i: int) -> str | None:
    """The country of an 'of/in/from <place>' phrase attached to token i."""
    for p in ctx.kids(i, "prep"):
        if ctx.low(p) in ("of", "in", "from"):
            for o in ctx.kids(p, "pobj"):
                if ctx.capitalized(o) and (code := ctx.names_country(o)):
                    return code
    return None


def add_org(ctx: Context, sp: NameSpan, text: str, key: str, last: int, kind: str) -> None:
    a, b = sp.first, sp.last
    d = ctx.drafts.get(f"O:{key}") or _acronym_of(ctx, text)
    if d is None:
        d = ctx.draft(f"O:{key}", "ORG", text)
        heads = [x for x in range(a, b + 1) if not a <= ctx.tok[x].head <= b] or [b]
        d.agent, _ = agent_at(ctx, a, heads[0])
        d.set_country(ctx.country_in(a, b), TEXT)
    if kind == "name" and text.isupper() and " " not in text:
        kind = "acronym"
    lead = [x for x in premodifiers(ctx, a, b) if x not in ctx.used]
    countries = [x for x in lead if ctx.capitalized(x) and ctx.names_country(x)]
    if countries:  # "Israel's Cabinet", 'the Russian Defence Ministry'
        d.set_country(ctx.names_country(countries[0]), TEXT)
        a = min(countries)
    ctx.add_mention(d, a, last, kind, head=b, own=False)
    for x in range(sp.first, last + 1):
        ctx.owner.setdefault(x, d)
    # "Islamic Salvation Front (FIS)": the bracketed acronym names the same organisation
    j = last + 1
    tok = ctx.tok
    if j + 2 < len(tok) and tok[j].text == "(" and tok[j + 2].text == ")":
        word = tok[j + 1].text
        if word.isupper() and len(word) >= 2:
            ctx.drafts[f"O:{norm(word)}"] = d
            ctx.add_mention(d, j + 1, j + 1, "acronym")


def _acronym_of(ctx: Context, text: str) -> Draft | None:
    """An ORG already named in full whose initials spell this acronym ('NSC')."""
    letters = text.replace(".", "")
    if not (letters.isupper() and 2 <= len(letters) <= 6 and " " not in text):
        return None
    for d in ctx.drafts.values():
        if d.type != "ORG":
            continue
        initials = "".join(
            w[0] for w in d.name.split() if w[0].isupper() and w.lower() not in ("of", "the")
        )
        if initials == letters:
            return d
    return None


def add_surnames(ctx: Context) -> None:
    """Surnames the NER left unlabelled ('... said Kirby') join their person."""
    surnames = {d.surname: d for d in ctx.drafts.values() if d.type == "PERSON" and d.surname}
    if not surnames:
        return
    for i, t in enumerate(ctx.tok):
        if t.pos != "PROPN" or i in ctx.owner or i in ctx.ner_label or not ctx.capitalized(i):
            continue
        d = surnames.get(ctx.low(i))
        if d is not None and d.start < i:
            ctx.add_mention(d, i, i, "surname")

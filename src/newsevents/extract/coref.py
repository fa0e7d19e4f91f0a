"""Rule-based coreference over the parse: pronouns, plural descriptions, definite nominals.

No coreference model installs offline, so this is a small Hobbs/Lappin-Leass-style resolver:

- pronouns ("he", "him", "his", "she", "it", "its", "they", "their") pick the best earlier
  mention within a few sentences that agrees in person/thing, gender and number. Candidates score
  by sentence distance, subjecthood and main-clause position; a non-reflexive object pronoun
  cannot be the subject of its own clause ("Biden ... will hold a news conference with him").
- plural descriptions with a number ("the two leaders", "both countries") take the N latest
  distinct entities of the kind the noun refers to (persons, countries).
- definite nominals ("the president", "the ministry", "the country") join the latest entity
  whose role or name carries the same word; otherwise they become an entity of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ontology.actors import Agent
from ..ontology.normalize import norm
from .mentions import DETERMINERS, Context, Draft, Evidence, MentionDraft

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
POSSESSIVE_PRON = frozenset({"his", "her", "its", "their", "hers"})
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
WINDOW = {"PERSON": 3, "THING": 0, "ANY": 1}  # sentences back a pronoun may look
NOMINAL_WINDOW = 5
# Adjectives that do not tell two referents apart ('the new government' is the government).
NEUTRAL = frozenset(
    "new current incumbent top senior same interim acting whole entire local national".split()
)


@dataclass
class Pending:
    first: int
    last: int
    head: int
    agent: Agent
    count: int = 0  # for plural descriptions


def note_group(ctx: Context, i: int, agent: Agent, start: int, mods: list[int]) -> None:
    """Register a common-noun phrase headed by token i as a group, a nominal or a plural."""
    tok = ctx.tok
    dets = [x for x in mods if ctx.low(x) in DETERMINERS or tok[x].dep in ("det", "predet")]
    count = max((NUMBERS.get(ctx.low(x), 0) for x in mods), default=0)
    plural = tok[i].tag in ("NNS", "NNPS") or "Number=Plur" in tok[i].morph
    ethnic = any(ctx.low(x) == "ethnic" for x in mods)
    ev = Evidence()
    for x in mods:
        label = ctx.ner_label.get(x)
        if ctx.capitalized(x) and ctx.names_country(x):
            if not ethnic:  # 'ethnic Albanian guerrillas': an ethnicity, not a country
                ev.countries.append(x)
        elif label in ("ORG", "PERSON") or x in ctx.owner:
            ev.orgs.append(x)
    for p in ctx.kids(i, "prep"):
        if ctx.low(p) in ("of", "from", "in"):
            for o in ctx.kids(p, "pobj"):
                label = ctx.ner_label.get(o)
                if ctx.capitalized(o) and ctx.names_country(o):
                    ev.countries.append(o)
                elif label in ("ORG", "PERSON") and ctx.low(p) != "in":
                    ev.orgs.append(o)
    modified = bool(ev.countries or ev.orgs)
    definite = any(ctx.low(x) in ("the", "this", "that", "these", "those") for x in dets)
    lead = min([*dets, start]) if dets else start
    if count and plural and not modified and agent.refers in ("PERSON", "GPE", "ANY"):
        ctx.pending_plurals.append(Pending(lead, i, i, agent, count))
        ctx.used.update(range(lead, i + 1))
        return
    if definite and not plural and not modified and agent.refers:
        ctx.pending_nominals.append(Pending(lead, i, i, agent))
        ctx.used.update(range(lead, i + 1))
        return
    if agent.needs_modifier and not modified:
        return
    if agent.kind == "title" or agent.refers == "GPE" and not modified:
        return
    if not (agent.sector or agent.default or modified):
        return
    words = [x for x in mods if x not in dets and NUMBERS.get(ctx.low(x)) is None]
    first = words[0] if words and _contiguous(words, i) else start
    if not ev.countries:
        ev.countries.extend(_country_below(ctx, i))
    for k, group_ev in enumerate(_split_coordination(ctx, ev)):
        lead_k = first if k == 0 else group_ev.countries[0]
        _new_group(ctx, lead_k, i, start, agent, plural, group_ev)
    ctx.used.update(mods)
    ctx.used.add(i)


def _new_group(
    ctx: Context, first: int, i: int, start: int, agent: Agent, plural: bool, ev: Evidence
) -> None:
    tok = ctx.tok
    codes = [c for c in (ctx.names_country(x) for x in ev.countries[:1]) if c]
    key_words = [ctx.low(x) for x in range(start, i)] + [norm(tok[i].lemma)]
    words = " ".join(w for w in key_words if w)
    key = f"G:{codes[0] if codes else norm(ctx.phrase(first, start)) if first < start else ''}:{words}"
    kind = "GROUP" if plural else ("ORG" if agent.refers == "ORG" else "PERSON")
    d = ctx.draft(key, kind, ctx.phrase(first, i))
    d.agent, d.plural = agent, plural
    if agent.sector or agent.default:
        ev.roles.append(ctx.phrase(start, i))
    d.evidence.append(ev)
    ctx.add_mention(d, first, i, "nominal", head=i, own=False)
    for x in range(start, i + 1):
        ctx.owner.setdefault(x, d)


def _split_coordination(ctx: Context, ev: Evidence) -> list[Evidence]:
    """'U.S. and Russian negotiators': one group per coordinated country."""
    tok = ctx.tok
    conj = [x for x in ev.countries if tok[x].dep == "conj" and tok[x].head in ev.countries]
    if not conj:
        return [ev]
    out = [Evidence(countries=[x], orgs=list(ev.orgs)) for x in ev.countries if x not in conj]
    out[1:1] = [Evidence(countries=[x], orgs=list(ev.orgs)) for x in conj]
    return out


def _country_below(ctx: Context, i: int) -> list[int]:
    """A place named in the phrase after a group ('refugees fleeing the war in Liberia')."""
    for x in ctx.subtree(i):
        if x <= i or x > i + 10:
            continue
        if ctx.tok[x].dep == "relcl":
            break
        if ctx.capitalized(x) and x in ctx.ner_label and ctx.names_country(x):
            return [x]
    return []


def _contiguous(words: list[int], i: int) -> bool:
    return all(b == a + 1 for a, b in zip(words, [*words[1:], i], strict=False))


# -- resolution -------------------------------------------------------------------------------


def resolve(ctx: Context) -> None:
    for p in ctx.pending_plurals:
        plural_description(ctx, p)
    for p in ctx.pending_nominals:
        definite_nominal(ctx, p)
    for i, t in enumerate(ctx.tok):
        if t.pos == "PRON" and t.text.lower() in PRONOUNS and i not in ctx.owner:
            pronoun(ctx, i)


def _mentions_before(ctx: Context, at: int, sentences: int) -> list[tuple[MentionDraft, Draft]]:
    """Mentions whose head precedes token `at`, within `sentences` sentences, latest first."""
    sent = ctx.tok[at].sent
    out = [
        (m, d)
        for d in ctx.drafts.values()
        for m in d.mentions
        if m.head < at and sent - ctx.tok[m.head].sent <= sentences
    ]
    out.sort(key=lambda md: -md[0].head)
    return out


def _is_country(d: Draft, ctx: Context) -> bool:
    return d.type == "GPE" and d.key.startswith("C:") and len(d.country or "") == 3


def plural_description(ctx: Context, p: Pending) -> None:
    found: list[Draft] = []
    for _m, d in _mentions_before(ctx, p.first, 2):
        ok = (
            d.type == "PERSON"
            if p.agent.refers == "PERSON"
            else _is_country(d, ctx)
            if p.agent.refers == "GPE"
            else d.type == "PERSON" or _is_country(d, ctx)
        )
        if ok and not d.plural and d not in found:
            found.append(d)
        if len(found) == p.count:
            break
    if len(found) < p.count:
        return
    for d in found:
        ctx.add_mention(d, p.first, p.last, "nominal", head=p.head, own=False)
    ctx.owner.setdefault(p.head, found[0])


def definite_nominal(ctx: Context, p: Pending) -> None:
    word = norm(ctx.tok[p.head].lemma)
    content = [
        ctx.low(x)
        for x in range(p.first, p.head)
        if ctx.tok[x].pos in ("NOUN", "PROPN", "ADJ") and ctx.low(x) not in NEUTRAL
    ]
    for _m, d in _mentions_before(ctx, p.first, NOMINAL_WINDOW):
        if content and not _has_words(d, content):
            continue  # 'the pro-government candidate' is not 'the opposition candidate'
        if _same_kind(ctx, d, p.agent, word):
            ctx.add_mention(d, p.first, p.last, "nominal", head=p.head)
            return
    agent = p.agent
    if agent.refers == "GPE" or agent.needs_modifier or not (agent.sector or agent.default):
        return
    kind = "ORG" if agent.refers == "ORG" else "PERSON"
    text = ctx.phrase(p.first, p.last)
    d = ctx.draft(f"G:{norm(text)}", kind, text)
    d.agent = agent
    start = next(x for x in range(p.first, p.last + 1) if ctx.low(x) not in DETERMINERS)
    d.evidence.append(Evidence(roles=[ctx.phrase(start, p.last)]))
    ctx.add_mention(d, p.first, p.last, "nominal", head=p.head)


def _has_words(d: Draft, words: list[str]) -> bool:
    have = {w for r in [*d.roles(), d.name] for w in norm(r).split()}
    return all(w in have for w in words)


def _same_kind(ctx: Context, d: Draft, agent: Agent, word: str) -> bool:
    if agent.refers == "GPE":
        return _is_country(d, ctx)
    if agent.refers == "PERSON":
        return d.type == "PERSON" and any(word in norm(r).split() for r in d.roles())
    names = [norm(d.name)] + ([d.agent.term] if d.agent else [])
    return d.type in ("ORG", "GROUP") and any(word in n.split() for n in names)


def clause_subject(ctx: Context, i: int) -> int | None:
    """The subject token of the clause token i sits in (conjoined verbs share one)."""
    tok = ctx.tok
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
        subj = ctx.kids(j, *SUBJECTS)
        if subj:
            return subj[0]
        if tok[j].dep in ("conj", "xcomp") and tok[j].head != j:
            j = tok[j].head
            continue
        return None
    return None


def pronoun(ctx: Context, i: int) -> None:
    t = ctx.tok[i]
    word = t.text.lower()
    what, gender, plural = PRONOUNS[word]
    if word == "it" and (t.dep not in ("nsubj", "dobj", "pobj") or ctx.tok[t.head].lemma == "be"):
        return  # pleonastic or predicative "it"
    subject = clause_subject(ctx, i)
    subject_owner = ctx.owner.get(subject) if subject is not None else None
    best: tuple[float, Draft] | None = None
    seen: set[str] = set()
    for m, d in _mentions_before(ctx, i, WINDOW[what]):
        if d.key in seen or not _agrees(d, what, gender, plural):
            continue
        seen.add(d.key)
        if word in REFLEXIVE and d is not subject_owner:
            continue
        if word not in REFLEXIVE and word not in POSSESSIVE_PRON and d is subject_owner:
            continue  # "Biden will meet Zelenskyy and hold a conference with him"
        if what == "ANY" and ctx.tok[m.head].sent != t.sent and ctx.tok[m.head].dep not in SUBJECTS:
            continue  # "they" reaches back one sentence only to its subject
        score = _salience(ctx, m, i)
        if best is None or score > best[0]:
            best = (score, d)
    if best is None:
        return
    d = best[1]
    if what == "PERSON" and d.gender is None:
        d.gender = gender
    ctx.add_mention(d, i, i, "pronoun")


def _agrees(d: Draft, what: str, gender: str | None, plural: bool) -> bool:
    if what == "PERSON":
        return d.type == "PERSON" and not d.plural and (d.gender in (None, gender))
    if what == "THING":
        return d.type in ("ORG", "GPE") and not d.plural
    return d.plural and d.type in ("GROUP", "NORP")


def _salience(ctx: Context, m: MentionDraft, at: int) -> float:
    tok = ctx.tok
    h = tok[m.head]
    distance = tok[at].sent - h.sent
    score = -3.0 * distance - 0.01 * (at - m.head)
    if h.dep in SUBJECTS:
        score += 2.0
        if tok[h.head].dep == "ROOT":
            score += 1.0
    if m.kind == "pronoun":
        score += 0.5
    return score

"""Why the main event happened: the best-scored cause or purpose of the lead (causal cues, what
is blamed, causative verbs, motives, purposes); `blame` reads what blame and praise name."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ...ontology.events import load_event_ontology
from ...parse.tree import Tree
from ...records import Answer, Document
from .blame import Cause, blamed_for, culprit
from .cues import cues
from .phrases import (
    answer,
    clause_core_end,
    compact,
    phrase_end,
    provocation,
    quoted,
    reaction,
)
from .question import Action, Question

LEAD_CAUSE = 6  # lead sentences searched for any causal cue; later ones for strong cues only
STRONG_CAUSE = 2.5  # "because", "due to", "in retaliation for", "in order to"
SURE_CAUSE = 3.0  # "because of", "due to": a cause wherever it is said
OTHER_PURPOSE = 1.5  # a purpose infinitive of another verb of the lead: "sat down to discuss"
PROVOKED = 3.0  # "criticism for changing the shape": the act a reaction is to
MAIN_PURPOSE = 3.5  # a purpose infinitive or the errand of the main verb
ERRAND = 3.0  # the errand of the main verb told again: "to meet X for transition talks"
MOTIVE = 3.0  # "in retaliation for air strikes", "a 'revenge' attack"
CIRCUMSTANCE = 1.5  # the conditions it happened in: "amid heavy rain"


def find_why(q: Question) -> Answer | None:
    """The best-scored cause or purpose of the lead: a causal cue's phrase, what a verb of
    blame or praise is for ("criticised him for reopening the inquiry"), who or what is blamed
    ("blames her defeat on X": X, or what X did), the subject of a causative verb ("the
    announcement that ... caused her to lose"), a purpose infinitive of the main verb. A cause
    scores by its cue and by how near the main event's sentence it is told."""
    tree, f = q.tree, q.action
    if f is None:
        return None
    amounts = _amount_tokens(q.doc)
    topic = _topic(tree, f)
    found: list[Cause] = []
    for rank, s in enumerate(q.lead):
        near = 1.5 * (s == f.sent) - 0.4 * abs(rank - f.rank)
        late = rank >= LEAD_CAUSE
        told = any(_mentions(tree, i, topic) for i in tree.sentence_tokens(s))
        about = not late or told
        causes = _cued(tree, s, amounts, late=late, about=about)
        if about:
            causes += _worded(tree, f, s, late=late, told=told)
        found += [(w + near, lo, hi) for w, lo, hi in causes]
    found += _of_the_main_verb(tree, f, q.lead)
    if not found:
        return None
    _, lo, hi = max(found, key=lambda x: (x[0], -x[1]))
    return answer(tree, lo, hi)


def _amount_tokens(doc: Document) -> set[int]:
    """The tokens of times and amounts, which a causal cue's word may open ("after two days",
    "over $260 billion") without naming a cause."""
    starts = [t.start for t in doc.tokens]
    spans = [(t.start, t.end) for t in doc.timexes] + [(n.start, n.end) for n in doc.quantities]
    return {i for a, b in spans for i in range(bisect_left(starts, a), bisect_left(starts, b))}


def _cued(tree: Tree, s: int, amounts: set[int], *, late: bool, about: bool) -> list[Cause]:
    """The phrases the causal cues of a sentence introduce, weighted by their cue; past the
    lead (`late`) only a strong cue in a sentence about the main event, or a sure one."""
    doc, toks, c = tree.doc, tree.tokens, cues()
    sent = doc.sentences[s]
    ends = [t.end for t in toks]
    out: list[Cause] = []
    for m in c.causal.finditer(doc.article.text[sent.start : sent.end]):
        phrase = re.sub(r"\s+", " ", m.group(0).lower())
        weight = c.causal_weight[phrase]
        if late and (weight < STRONG_CAUSE or (weight < SURE_CAUSE and not about)):
            continue
        cue = bisect_left(ends, sent.start + m.end(), sent.tok_start, sent.tok_end)
        if cue >= sent.tok_end or quoted(doc, toks[cue].start):
            continue
        if phrase in c.clause_only and not (
            toks[cue].dep == "mark" and tree.children_by_dep(toks[cue].head, "nsubj", "nsubjpass")
        ):
            continue  # "as" opens a clause with its own subject, else it is no cause
        if phrase in c.clause_only and _attribution(tree, toks[cue].head):
            continue  # "As Emily Feng reports for NPR, ...": who tells it, not why
        if _compared(tree, cue):
            continue  # "would prefer a new flag over the current one"
        span = _cause_span(tree, cue, sent.tok_end)
        if span is None or span[0] in amounts or toks[span[0]].pos in ("NUM", "SYM"):
            continue  # "after two days", "over $260 billion": a time or an amount
        out.append((weight, *span))
    return out


def _worded(tree: Tree, f: Action, s: int, *, late: bool, told: bool) -> list[Cause]:
    """The causes words of a sentence tell without a causal cue: blame and praise, and in the
    lead (not `late`) errands, motives, circumstances, causative verbs and, in a sentence that
    `told` of the main event, the purposes of other verbs."""
    toks, c = tree.tokens, cues()
    main_clause = set(tree.subtree(f.act))
    out: list[Cause] = []
    for i in tree.sentence_tokens(s):
        t = toks[i]
        if not late:
            out += _occasioned(tree, f, i)
        out += blamed_for(tree, i)
        if t.pos == "VERB" and t.lemma in c.culprit:
            out += culprit(tree, i)
        if late:
            continue
        if i not in (f.act, f.verb) and not quoted(tree.doc, t.start):
            span = _causative(tree, i)
            if span is not None:
                out.append((SURE_CAUSE, *span))
        if told and t.pos == "VERB" and i not in main_clause:
            span = _purpose(tree, i)
            if span is not None:
                out.append((OTHER_PURPOSE, *span))
    return out


def _occasioned(tree: Tree, f: Action, i: int) -> list[Cause]:
    """What a word says the event was for or came of: the errand of the main event told again
    ("to meet X for talks"), a motive noun ("in retaliation for ..."), the conditions it
    happened in ("crashed out in the treacherous conditions": the weather as the cause)."""
    toks, c = tree.tokens, cues()
    t = toks[i]
    out: list[Cause] = []
    if i != f.act and t.pos == "VERB" and t.lemma == toks[f.act].lemma:
        errand = _errand(tree, i)
        if errand is not None:
            out.append((ERRAND, *errand))
    if t.lemma.lower() in c.cause_nouns:
        out.append((MOTIVE, *_motive_span(tree, i)))
    if (
        t.text.lower() in c.circumstances
        and t.dep == "pobj"
        and toks[t.head].text.lower() in ("in", "amid", "amidst")
    ):
        lo, hi = compact(tree, i)
        while lo < i and toks[lo].pos == "DET":
            lo += 1
        out.append((CIRCUMSTANCE, lo, hi))
    return out


def _of_the_main_verb(tree: Tree, f: Action, lead: Sequence[int]) -> list[Cause]:
    """The act a reaction is to ("UK outraged over ...", wherever the lead tells it), and the
    purpose infinitive or the errand of the main verb."""
    out: list[Cause] = []
    if reaction(tree, f.act):
        span = provocation(tree, lead[:LEAD_CAUSE])
        if span is not None:
            out.append((PROVOKED, *span))
    purpose = _purpose(tree, f.act)
    if purpose is None and tree.tokens[f.act].lemma not in cues().culprit:
        purpose = _errand(tree, f.act)
    if purpose is not None:
        out.append((MAIN_PURPOSE, *purpose))
    return out


def _attribution(tree: Tree, verb: int) -> bool:
    """Whether a clause is a source's credit: a reporting verb without what it reports ("as
    Emily Feng reports for NPR"); "as the FBI announces it has closed the case" tells news."""
    toks = tree.tokens
    said = tree.children_by_dep(verb, "ccomp", "dobj", "xcomp")
    return toks[verb].lemma in cues().reporting and not said


def _compared(tree: Tree, cue: int) -> bool:
    """Whether a cue word is the "over" of a choice ("prefer X over Y"): under a verb of
    `choice_verbs`, through the phrase it hangs in."""
    toks = tree.tokens
    if toks[cue].text.lower() != "over":
        return False
    j = cue
    for _ in range(3):
        j = toks[j].head
        if toks[j].lemma.lower() in cues().choice_verbs:
            return True
        if toks[j].pos in ("VERB", "AUX") or toks[j].head == j:
            return False
    return False


def _causative(tree: Tree, verb: int) -> tuple[int, int] | None:
    """The cause a causative verb names: its subject ("the announcement that he had revived
    the inquiry caused her to lose": what was announced) or, in the passive, its agent ("was
    driven by higher costs")."""
    toks = tree.tokens
    t = toks[verb]
    c = cues()
    if t.pos != "VERB" or t.dep == "acl":  # a participle on a noun has no subject of its own
        return None
    if t.lemma in c.passive_causal and tree.children_by_dep(verb, "auxpass"):
        for a in tree.children_by_dep(verb, "agent"):
            objs = tree.children_by_dep(a, "pobj")
            if objs and toks[objs[0]].pos in ("NOUN", "PROPN"):
                lo, hi = compact(tree, objs[0])
                return _cause_noun(tree, objs[0], lo, hi)
        return None
    if t.lemma not in c.causal_verbs or tree.children_by_dep(verb, "neg"):
        return None  # "a soft pillow might not lead to better rest" names no cause
    particle = c.causal_verbs[t.lemma]
    if particle and not any(toks[p].text.lower() == particle for p in tree.children[verb]):
        return None  # "led the team", not "led to"
    subj = tree.children_by_dep(verb, "nsubj")
    if not subj or toks[subj[0]].pos not in ("NOUN", "PROPN"):
        return None
    for rel in tree.children[subj[0]]:  # "the announcement that he had revived the inquiry"
        marks = tree.children_by_dep(rel, "mark")  # a content clause, not "the report that X read"
        if toks[rel].dep in ("relcl", "acl") and marks and tree.children_by_dep(rel, "nsubj"):
            lo, hi = tree.subtree_bounds(rel)
            return (marks[0] + 1 if marks[0] == lo else lo), hi
    lo, hi = compact(tree, subj[0])
    return _cause_noun(tree, subj[0], lo, hi)


def _cause_noun(tree: Tree, noun: int, lo: int, hi: int) -> tuple[int, int]:
    """A cause's noun phrase without its leading article: "higher costs for ingredients"."""
    toks = tree.tokens
    while lo < noun and toks[lo].pos == "DET":
        lo += 1
    return lo, hi


def _topic(tree: Tree, f: Action) -> set[str]:
    """The main event's entity ids, the lemma of its verb and of its subject's head noun
    ("Nurses strike ...": "the nurses" tell of it too)."""
    toks = tree.tokens
    ids = {tree.entity_of_token.get(i) for i in tree.subtree(f.verb)}
    subjects = tree.children_by_dep(f.verb, "nsubj", "nsubjpass")
    subjects += [  # "thousands of workers": the workers
        o
        for s in subjects
        for p in tree.children_by_dep(s, "prep")
        if toks[p].text.lower() == "of"
        for o in tree.children_by_dep(p, "pobj")
    ]
    heads = {toks[s].lemma.lower() for s in subjects if toks[s].pos == "NOUN"}
    return {i for i in ids if i} | {toks[f.act].lemma.lower()} | heads


def _mentions(tree: Tree, i: int, topic: set[str]) -> bool:
    eid = tree.entity_of_token.get(i)
    return (eid is not None and eid in topic) or tree.tokens[i].lemma.lower() in topic


def _cause_span(tree: Tree, cue: int, limit: int) -> tuple[int, int] | None:
    """The phrase a causal cue introduces: the object of a preposition ("because of higher
    costs"), the clause of a conjunction ("because he cleared her"), the verb phrase of an
    infinitive ("in an attempt to meet rising costs"); never past the clause's end."""
    toks = tree.tokens
    t = toks[cue]
    end = phrase_end(tree, cue + 1, limit) if cue + 1 < limit else cue
    objs = tree.children_by_dep(cue, "pobj", "pcomp")
    head = toks[t.head]  # "due to", "because of": the first word holds the object
    if not objs and t.head != cue and (head.pos == "ADP" or head.dep == "prep"):
        objs = [o for o in tree.children_by_dep(t.head, "pobj") if o > cue]
    if objs and toks[objs[0]].pos in ("NOUN", "PROPN"):
        lo, hi = compact(tree, objs[0])
        finite = [c for c in tree.children_by_dep(objs[0], "acl") if toks[c].tag in ("VBD", "VBZ")]
        if finite and finite[0] == hi + 1:  # "after the vehicle tipped over": a clause the
            hi = clause_core_end(tree, finite[0])  # parse hung on the noun, told whole
        for p in tree.children_by_dep(objs[0], "prep"):  # "higher costs for ingredients"
            pobj = tree.children_by_dep(p, "pobj")
            if p == hi + 1 and toks[p].text.lower() == "for" and pobj:
                hi = compact(tree, pobj[0])[1]
    elif objs:
        lo, hi = objs[0], clause_core_end(tree, objs[0])
        lo = min(lo, tree.subtree_bounds(objs[0])[0])
    elif t.dep == "mark" or (t.dep == "aux" and t.text.lower() == "to"):
        lo, hi = cue + 1, clause_core_end(tree, t.head)
    else:
        lo, hi = cue + 1, end
    hi = min(hi, end)
    if lo > hi or lo <= cue:
        return None
    if hi == lo and toks[lo].pos not in ("NOUN", "PROPN"):
        return None
    return lo, hi


def _errand(tree: Tree, verb: int) -> tuple[int, int] | None:
    """What a journey or a meeting is for: "arrives at the White House for transition talks",
    "to meet President Obama for transition talks" (a verb of going with any noun, another verb
    with an event noun of the dictionary)."""
    toks = tree.tokens
    motion = toks[verb].lemma in cues().motion
    nouns = load_event_ontology().nouns
    preps = [p for p in tree.children_by_dep(verb, "prep") if p > verb]
    places = [o for p in preps for o in tree.children_by_dep(p, "pobj")]
    for p in [*preps, *(q for o in places for q in tree.children_by_dep(o, "prep"))]:
        if toks[p].text.lower() == "for":  # on the verb, or on its place ("at X for talks")
            objs = tree.children_by_dep(p, "pobj")
            if (
                not objs
                or toks[objs[0]].pos != "NOUN"
                or toks[objs[0]].ent_type not in ("", "EVENT")
            ):
                continue
            if motion or toks[objs[0]].lemma.lower() in nouns:
                return p, compact(tree, objs[0])[1]
    return None


def _motive_span(tree: Tree, noun: int) -> tuple[int, int]:
    """A motive said by a noun, with what it answers: "a reprisal for airstrikes", "in
    retaliation for air strikes last week"; "a 'revenge' attack" gives "revenge" (the attack is
    what was done)."""
    toks = tree.tokens
    hi = noun
    for p in tree.children[noun]:
        if toks[p].text.lower() == "for" and p > noun:
            objs = tree.children_by_dep(p, "pobj")
            if objs:
                hi = compact(tree, objs[0])[1]
            break
    return noun, hi


def _purpose(tree: Tree, verb: int) -> tuple[int, int] | None:
    """A purpose infinitive of the main verb: "... to make them lighter"."""
    toks = tree.tokens
    for c in tree.children[verb]:
        t = toks[c]
        if t.dep == "advcl" and c > verb:
            to = [
                g for g in tree.children[c] if toks[g].text.lower() == "to" and toks[g].dep == "aux"
            ]
            if to:
                return to[0] + 1, tree.subtree_bounds(c)[1]
    return None

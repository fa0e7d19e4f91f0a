"""Why the main event happened: the best-scored cause or purpose of the lead (causal cues, what
is blamed, causative verbs, motives, purposes)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...ontology.events import load_event_ontology
from ...parse.tree import Tree
from ...records import Answer
from .cues import cues
from .phrases import (
    CLAUSE_END,
    answer,
    clause_core_end,
    compact,
    companion,
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
VERB_REASON = 3.0  # "criticised him for reopening the inquiry": what he did
CULPRIT_THING = 2.5  # "blamed Comey's decision to reopen the inquiry for her defeat"
CULPRIT_ACT = 3.0  # "blamed her defeat on Comey, who announced he was reopening the inquiry"
CULPRIT_PERSON = 0.5  # "blames the FBI director for her defeat": the person, failing better
PROVOKED = 3.0  # "criticism for changing the shape": the act a reaction is to


def find_why(q: Question) -> Answer | None:
    """The best-scored cause or purpose of the lead: a causal cue's phrase, what a verb of
    blame or praise is for ("criticised him for reopening the inquiry"), who or what is blamed
    ("blames her defeat on X": X, or what X did), the subject of a causative verb ("the
    announcement that ... caused her to lose"), a purpose infinitive of the main verb."""
    doc, tree, lead, f = q.doc, q.tree, q.lead, q.action
    if f is None:
        return None
    toks = doc.tokens
    c = cues()
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    spans = [(t.start, t.end) for t in doc.timexes] + [(q.start, q.end) for q in doc.quantities]
    amounts = {i for a, b in spans for i in range(bisect_left(starts, a), bisect_left(starts, b))}
    topic = _topic(tree, f)
    found: list[tuple[float, int, int]] = []
    main_clause = set(tree.subtree(f.act))
    for rank, s in enumerate(lead):
        sent = doc.sentences[s]
        near = 1.5 * (s == f.sent) - 0.4 * abs(rank - f.rank)
        text = doc.article.text[sent.start : sent.end]
        late = rank >= LEAD_CAUSE
        told = any(_mentions(tree, i, topic) for i in range(sent.tok_start, sent.tok_end))
        about = not late or told
        for m in c.causal.finditer(text):
            phrase = re.sub(r"\s+", " ", m.group(0).lower())
            weight = c.causal_weight[phrase]
            if late and (weight < STRONG_CAUSE or (weight < SURE_CAUSE and not about)):
                continue  # past the lead: a strong cue about the main event, or a sure one
            cue = bisect_left(ends, sent.start + m.end(), sent.tok_start, sent.tok_end)
            if cue >= sent.tok_end or quoted(doc, toks[cue].start):
                continue
            if phrase in c.clause_only and not (
                toks[cue].dep == "mark"
                and tree.children_by_dep(toks[cue].head, "nsubj", "nsubjpass")
            ):
                continue  # "as" opens a clause with its own subject, else it is no cause
            if phrase in c.clause_only and _attribution(tree, toks[cue].head):
                continue  # "As Emily Feng reports for NPR, ...": who tells it, not why
            if _compared(tree, cue):
                continue  # "would prefer a new flag over the current one"
            span = _cause_span(tree, cue, sent.tok_end)
            if span is None or span[0] in amounts or toks[span[0]].pos in ("NUM", "SYM"):
                continue  # "after two days", "over $260 billion": a time or an amount
            found.append((weight + near, *span))
        if not about:
            continue
        for t in toks[sent.tok_start : sent.tok_end]:
            if t.i != f.act and t.pos == "VERB" and t.lemma == toks[f.act].lemma and not late:
                errand = _errand(tree, t.i)  # the main event told again: "to meet X for talks"
                if errand is not None:
                    found.append((3.0 + near, *errand))
            if t.lemma.lower() in c.cause_nouns and not late:
                lo, hi = _motive_span(tree, t.i)
                found.append((3.0 + near, lo, hi))
            if (
                t.text.lower() in c.circumstances
                and t.dep == "pobj"
                and toks[t.head].text.lower() in ("in", "amid", "amidst")
                and not late
            ):  # "crashed out in the treacherous conditions": the weather as the cause
                lo, hi = compact(tree, t.i)
                while lo < t.i and toks[lo].pos == "DET":
                    lo += 1
                found.append((1.5 + near, lo, hi))
            head = toks[t.head]
            if head.dep == "dobj":  # "criticised him for ...": "for" may hang from the object
                head = toks[head.head]
            objs = tree.children_by_dep(t.i, "pobj", "pcomp") if t.text.lower() == "for" else []
            if objs and (head.lemma in c.blame or _reproach(tree, t.head)):
                lo, hi = tree.subtree_bounds(objs[0])
                if toks[objs[0]].pos == "VERB":  # "for reopening the inquiry [and ...]"
                    found.append((VERB_REASON + near, lo, clause_core_end(tree, objs[0])))
                elif head.lemma not in c.culprit:  # "blames X for the defeat": the outcome
                    found.append((2.0 + near, lo, hi))
            if t.pos == "VERB" and t.lemma in c.culprit:
                found.extend((w + near, lo, hi) for w, lo, hi in _culprit(tree, t.i))
            if not late and t.i not in (f.act, f.verb) and not quoted(doc, t.start):
                span = _causative(tree, t.i)
                if span is not None:
                    found.append((SURE_CAUSE + near, *span))
            if told and not late and t.pos == "VERB" and t.i not in main_clause:
                span = _purpose(tree, t.i)
                if span is not None:
                    found.append((OTHER_PURPOSE + near, *span))
    if reaction(tree, f.act):  # "UK outraged over ...": the act that drew it, wherever told
        span = provocation(tree, lead[:LEAD_CAUSE])
        if span is not None:
            found.append((PROVOKED, *span))
    purpose = _purpose(tree, f.act)
    if purpose is None and toks[f.act].lemma not in c.culprit:
        purpose = _errand(tree, f.act)
    if purpose is not None:
        found.append((3.5, *purpose))
    if not found:
        return None
    _, lo, hi = max(found, key=lambda x: (x[0], -x[1]))
    return answer(tree, lo, hi)


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


def _reproach(tree: Tree, head: int) -> bool:
    """Whether a "for" hangs from a noun of reproach or praise, or from a verb that has one:
    "faces a backlash for", "came under fire for"."""
    toks = tree.tokens
    nouns = [head] + [
        o for p in tree.children_by_dep(head, "prep") for o in tree.children_by_dep(p, "pobj")
    ]
    return any(toks[n].pos == "NOUN" and toks[n].lemma.lower() in cues().reproach for n in nouns)


def _culprit(tree: Tree, verb: int) -> list[tuple[float, int, int]]:
    """Who or what is blamed (or credited), as a cause: "blames the defeat on X", "blames X for
    the defeat". A thing is the cause itself ("Comey's decision to reopen the inquiry"); for a
    person, what a relative clause says they did ("Comey, who announced he was reopening the
    investigation"), else, weakly, the person."""
    toks = tree.tokens
    culprits = [
        o
        for p in tree.subtree(verb)
        if toks[p].text.lower() == "on" and _governor(tree, p) == verb
        for o in tree.children_by_dep(p, "pobj")
    ] or tree.children_by_dep(verb, "dobj")
    if not culprits:
        return []
    who = culprits[0]
    person = companion(tree, who) or toks[who].pos == "PROPN"
    name = [who]  # "FBI director James Comey, who ...": the parser may split the name
    while name[-1] + 1 < len(toks) and len(name) < 6:
        nxt = toks[name[-1] + 1]
        if nxt.pos not in ("PROPN", "NOUN") or nxt.sent != toks[who].sent:
            break
        name.append(nxt.i)
    for r in [*name, *tree.children_by_dep(who, "appos")]:
        for rel in tree.children_by_dep(r, "relcl"):
            if person or any(toks[g].text.lower() == "who" for g in tree.children[rel]):
                return [(CULPRIT_ACT, *_act_core(tree, rel))]
    if not person:
        return [(CULPRIT_THING, *_object_phrase(tree, who))]
    return [(CULPRIT_PERSON, *compact(tree, who))]


def _governor(tree: Tree, prep: int) -> int | None:
    """The verb a preposition belongs to, up through the phrases it hangs from: in "blamed her
    defeat in the election on X", "on" is parsed under "election" but belongs to "blamed"."""
    toks = tree.tokens
    j = toks[prep].head
    for _ in range(4):
        if toks[j].pos in ("VERB", "AUX"):
            return j
        if toks[j].dep not in ("dobj", "pobj", "prep", "compound") or toks[j].head == j:
            return None
        j = toks[j].head
    return None


def _object_phrase(tree: Tree, obj: int) -> tuple[int, int]:
    """An object's phrase up to a comma or a "for"/"as"/"on" phrase the parser hung inside it
    ("Comey's decision to reopen the inquiry [as the reason for her defeat]")."""
    toks = tree.tokens
    lo, hi = tree.subtree_bounds(obj)
    for j in range(obj + 1, hi + 1):
        if toks[j].text in CLAUSE_END or (
            toks[j].dep == "prep" and toks[j].text.lower() in ("for", "as", "on")
        ):
            return lo, j - 1
    return lo, hi


def _act_core(tree: Tree, verb: int) -> tuple[int, int]:
    """A clause cut to who did what: its subject (but a relative "who"), the verb and its
    object's noun phrase; the content of a reporting verb stands for it ("who announced he was
    reopening the investigation into ...": "he was reopening the investigation")."""
    toks = tree.tokens
    if toks[verb].lemma in cues().reporting:
        said = [j for j in tree.subtree(verb) if toks[j].dep == "ccomp"]
        if said:
            verb = said[0]
    lo = verb
    for c in tree.children[verb]:
        dep, tag = toks[c].dep, toks[c].tag
        if c < verb and dep in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") and tag[:1] != "W":
            lo = min(lo, tree.subtree_bounds(c)[0])  # but a relative "who" or "which"
    hi = verb
    for c in tree.children[verb]:
        if c > verb and toks[c].dep in ("dobj", "prt", "attr", "acomp"):
            hi = max(hi, compact(tree, c)[1])
    return lo, hi


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

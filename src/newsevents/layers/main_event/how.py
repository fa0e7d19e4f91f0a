"""How the main event happened: a means or manner phrase, the mechanism a "when" clause tells,
the weapon of an attack, else the main verb group."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ...ontology.events import load_event_ontology
from ...parse.tree import Tree
from ...records import Answer, Document
from .cues import cues
from .phrases import (
    answer,
    bare_predicate_end,
    compact,
    companion,
    phrase_end,
    provocation,
    quad_class,
    quoted,
    reaction,
)
from .question import Action, Question

MEANS_SENTENCES = 3  # lead sentences searched for "by/despite/after doing" beyond the main one
MECHANISM_SENTENCES = 4  # lead sentences searched for a "when" clause that tells how
WEAPON_SENTENCES = 6  # lead sentences searched for the weapon of an attack: the whole lead
_DOING = ("by", "despite", "after")  # + a verb in -ing: how the actor brought it about


def find_how(q: Question) -> Answer | None:
    """A means or manner phrase attached to the main verb, else the mechanism a "when" clause of
    the lead tells ("... were killed when a tram derailed"), else the main verb group."""
    doc, tree, lead, f = q.doc, q.tree, q.lead, q.action
    if f is None:
        return None
    toks = doc.tokens
    means = _means(doc, tree, f) or _doing(tree, [f.sent], set(tree.subtree(f.act)), _DOING)
    if means is None:  # "... rocked the campaign by announcing ...": said in the next sentences
        others = [s for s in lead[:MEANS_SENTENCES] if s != f.sent]
        means = _doing(tree, others, None, _DOING[:2])  # not "after": there, a time
    if means is None and _violent(tree.tokens[f.act].lemma.lower()):
        means = _weapon(tree, lead[:WEAPON_SENTENCES])  # "a car packed with explosives"
    if means is None and reaction(tree, f.act):  # "outraged": what drew it ("changing the shape")
        span = provocation(tree, lead[: MEANS_SENTENCES + 1])
        means = answer(tree, *span) if span else None
    if means is not None:
        return means
    if tree.children_by_dep(f.act, "dobj"):
        return _verb_group(tree, f.act)  # an act done to something is its own how
    for s in lead[:MECHANISM_SENTENCES]:
        for i in tree.sentence_tokens(s):
            t = toks[i]
            verb = t.head
            if toks[verb].dep == "conj":  # "when it flipped and derailed": "when" on the second
                verb = toks[verb].head
            if t.text.lower() != "when" or t.dep != "advmod" or toks[verb].dep != "advcl":
                continue
            subj = tree.children_by_dep(verb, "nsubj", "nsubjpass")
            if subj and not quoted(doc, t.start):
                return _mechanism(tree, subj[0], verb)
    return _verb_group(tree, f.act)


def _mechanism(tree: Tree, subj: int, verb: int) -> Answer | None:
    """What happened, told bare: the subject and its verb, and a verb coordinated with it ("the
    tram overturned", "it flipped and derailed"), without objects, places or times."""
    toks = tree.tokens
    lo, hi = compact(tree, subj)
    while lo < subj and toks[lo].pos == "DET":
        lo += 1
    if any(toks[j].pos not in ("AUX", "PART", "ADV") for j in range(hi + 1, verb)):
        lo = verb  # "tram - whose driver was later arrested -- derailed": the verbs alone
    last = verb
    for c in tree.children_by_dep(verb, "conj"):
        if (
            c > verb
            and toks[c].pos == "VERB"
            and all(toks[j].pos == "CCONJ" for j in range(verb + 1, c))
        ):
            last = c
    return answer(tree, lo, last)


_WEAPON_CLASSES = ("@bomb", "@smallarms", "&weapon")
MATERIAL_CONFLICT = 4  # CAMEO quad class


def _violent(verb: str) -> bool:
    """Whether a verb codes to material conflict (CAMEO 15-20) in the event dictionary."""
    trigger = load_event_ontology().verbs.get(verb)
    return trigger is not None and quad_class(trigger.code) == MATERIAL_CONFLICT


@cache
def _arms() -> frozenset[str]:
    """The weapon words of the event dictionary's classes."""
    onto = load_event_ontology()
    return frozenset().union(*(onto.classes.get(k, frozenset()) for k in _WEAPON_CLASSES))


def _weapon(tree: Tree, sentences: Sequence[int]) -> Answer | None:
    """The weapon of an attack, told anywhere in the first lead sentences: "with" and a weapon
    of the event dictionary's classes ("a car packed with explosives")."""
    toks = tree.tokens
    arms = _arms()
    for s in sentences:
        for i in tree.sentence_tokens(s):
            if toks[i].text.lower() != "with" or quoted(tree.doc, toks[i].start):
                continue
            for o in tree.children_by_dep(i, "pobj"):
                if toks[o].text.lower() in arms or toks[o].lemma.lower() in arms:
                    return answer(tree, i, compact(tree, o, keep_of=False)[1])
    return None


def _doing(
    tree: Tree, sentences: Sequence[int], within: set[int] | None, cues_: tuple[str, ...]
) -> Answer | None:
    """What the actor did to bring it about: "by", "despite" or "after" with a verb in -ing
    ("wins after surviving two red flags", "despite spinning his car at 180mph"), in the given
    sentences (and within the given tokens)."""
    toks = tree.tokens
    for s in sentences:
        for i in tree.sentence_tokens(s):
            t = toks[i]
            if t.text.lower() not in cues_ or t.dep != "prep" or (within and i not in within):
                continue
            verbs = [o for o in tree.children_by_dep(i, "pcomp") if toks[o].tag == "VBG"]
            if verbs and not quoted(tree.doc, t.start):
                return answer(tree, i, bare_predicate_end(tree, verbs[0]))
    return None


def _means(doc: Document, tree: Tree, f: Action) -> Answer | None:
    """A means phrase ("with a truck bomb", "by widening the gaps") of the main verb."""
    toks = doc.tokens
    sent = doc.sentences[f.sent]
    text = doc.article.text[sent.start : sent.end]
    clause = set(tree.subtree(f.act))
    for m in cues().means.finditer(text):
        start = sent.start + m.start()
        cue = next((t.i for t in toks[sent.tok_start : sent.tok_end] if t.start >= start), None)
        if cue is None or cue not in clause or toks[cue].dep == "agent":
            continue
        if toks[cue].head != f.act and toks[toks[cue].head].head != f.act:
            continue  # on the verb or its object, not "sources familiar with the matter"
        word = toks[cue].text.lower()
        objs = tree.children_by_dep(cue, "pobj", "pcomp")
        if word in ("by", "despite") and not any(toks[o].tag == "VBG" for o in objs):
            continue  # "by" + a noun is an agent or a time, "despite the rain" a concession
        if word == "with" and (not objs or any(_not_instrument(tree, o) for o in objs)):
            continue  # "with his father", "with 110 days to go", "With protests exploding, ..."
        if word == "with" and toks[toks[cue].head].lemma in cues().with_verbs:
            continue  # "diagnosed with plague", "provides clinicians with a tool": an argument
        end = phrase_end(tree, cue, sent.tok_end)
        if objs and toks[objs[0]].pos in ("NOUN", "PROPN"):
            end = min(end, compact(tree, objs[0])[1])  # "with a truck bomb", not "... on Thursday"
        return answer(tree, cue, end)
    return None


def _not_instrument(tree: Tree, obj: int) -> bool:
    """Whether the object of "with" is company, an amount or time, a clause or a state of mind,
    none of which is how a thing was done."""
    t = tree.tokens[obj]
    if companion(tree, obj) or t.pos == "NUM" or t.ent_type in ("DATE", "TIME", "CARDINAL"):
        return True
    if any(tree.tokens[c].pos == "NUM" for c in tree.children[obj]):
        return True  # "with 110 days until the start"
    if t.tag == "VBG" or any(
        tree.tokens[c].tag == "VBG" or tree.tokens[c].dep in ("nsubj", "xcomp")
        for c in tree.children[obj]
    ):
        return True  # "with the public beginning to panic": a circumstance, told as a clause
    return t.lemma.lower() in cues().states_of_mind


def _verb_group(tree: Tree, verb: int) -> Answer | None:
    """The verb with its auxiliaries, a manner adverb and a particle: "narrowly avoids"."""
    toks = tree.tokens
    manner = {
        c
        for c in tree.children[verb]
        if toks[c].dep == "advmod"
        and toks[c].text.lower().endswith("ly")
        and toks[c].text.lower() not in cues().not_manner  # "early", "reportedly", "finally"
    }
    group = {
        c
        for c in tree.children[verb]
        if toks[c].dep in ("aux", "auxpass", "neg") and c < verb and toks[c].tag != "TO"
    }
    adverbs = {c for c in tree.children[verb] if toks[c].dep == "advmod" and c < verb}
    first = verb
    while first - 1 in group | adverbs:  # "has narrowly avoided", "is reportedly investigating"
        first -= 1
    while first < verb and first in adverbs - manner:
        first += 1  # but not "early takes", nor "Sadly, ... the team lost"
    last = verb
    rest = [c for c in tree.children[verb] if toks[c].dep in ("prt", "acomp") and c > verb]
    if rest:
        last = rest[0]  # "crashed out", "are outraged"
    if last + 1 in manner:
        last += 1  # "dropped sharply"
    return answer(tree, first, last)

"""Causes a verb or noun of blame or praise names: what it is for ("criticised him for reopening
the inquiry", "came under fire for ..."), and who or what is blamed ("blamed her defeat on X":
X's decision, or what a relative clause says X did)."""

from __future__ import annotations

from ...parse.tree import Tree
from .cues import cues
from .phrases import CLAUSE_END, clause_core_end, compact, companion

Cause = tuple[float, int, int]  # a weight and the cause's first and last token

VERB_REASON = 3.0  # "criticised him for reopening the inquiry": what he did
OUTCOME = 2.0  # "criticised him for the defeat": what he is blamed for
CULPRIT_THING = 2.5  # "blamed Comey's decision to reopen the inquiry for her defeat"
CULPRIT_ACT = 3.0  # "blamed her defeat on Comey, who announced he was reopening the inquiry"
CULPRIT_PERSON = 0.5  # "blames the FBI director for her defeat": the person, failing better


def blamed_for(tree: Tree, i: int) -> list[Cause]:
    """What a "for" after a verb of blame or praise, or after a noun of reproach, says it is
    for: an act told by a verb ("for reopening the inquiry [and ...]"), else the thing, unless
    the verb blames someone for an outcome ("blames X for the defeat": the cause is X)."""
    toks = tree.tokens
    c = cues()
    t = toks[i]
    head = toks[t.head]
    if head.dep == "dobj":  # "criticised him for ...": "for" may hang from the object
        head = toks[head.head]
    objs = tree.children_by_dep(i, "pobj", "pcomp") if t.text.lower() == "for" else []
    if not objs or not (head.lemma in c.blame or _reproach(tree, t.head)):
        return []
    lo, hi = tree.subtree_bounds(objs[0])
    if toks[objs[0]].pos == "VERB":
        return [(VERB_REASON, lo, clause_core_end(tree, objs[0]))]
    if head.lemma not in c.culprit:
        return [(OUTCOME, lo, hi)]
    return []


def _reproach(tree: Tree, head: int) -> bool:
    """Whether a "for" hangs from a noun of reproach or praise, or from a verb that has one:
    "faces a backlash for", "came under fire for"."""
    toks = tree.tokens
    nouns = [head] + [
        o for p in tree.children_by_dep(head, "prep") for o in tree.children_by_dep(p, "pobj")
    ]
    return any(toks[n].pos == "NOUN" and toks[n].lemma.lower() in cues().reproach for n in nouns)


def culprit(tree: Tree, verb: int) -> list[Cause]:
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

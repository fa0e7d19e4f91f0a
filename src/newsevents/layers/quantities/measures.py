"""What an amount measures, read off the parse: "Russia's frozen assets, estimated at over $260
billion" -> "Russia's frozen assets"; "it rose 40 percent" -> the entity "it" stands for.

`measures` walks the parse through the one tree index (`parse/tree.py`); the verbs it looks
through are `measures_verbs` in `ontology/data/quantity_units.json`.
"""

from __future__ import annotations

from ...ontology.reading import quantity_units
from ...parse.tree import Tree
from ...records import Token

_LEAD = ("a", "an", ",")  # an article or comma the phrase does not begin with


def measured(idx: Tree, tokens: list[Token]) -> str | None:
    """What the amount measures, as a phrase of the text (None when the parse does not say)."""
    verbs = quantity_units()["measures_verbs"]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head not in inside or t.head == t.i]
    if not heads:
        return None
    h = heads[0]
    toks = idx.tokens
    parent = toks[h.head]
    if parent.lemma == "worth" or parent.text.lower() == "worth":
        subj = _subject(idx, parent.head) if parent.head != parent.i else None
        if subj is None and parent.dep in ("amod", "acl") and toks[parent.head].pos == "NOUN":
            return _np_text(idx, parent.head, exclude={parent.i})
        return _np_text(idx, subj) if subj is not None else None
    if h.dep == "pobj" and parent.pos == "ADP":
        gov = toks[parent.head]
        if gov.lemma in verbs["valued"] or (parent.text.lower() in ("at",) and gov.pos == "VERB"):
            if gov.dep in ("acl", "relcl", "advcl") and toks[gov.head].pos in ("NOUN", "PROPN"):
                return _np_text(idx, gov.head, exclude={gov.i})
            subj = _subject(idx, gov.i)
            return _np_text(idx, subj) if subj is not None else None
        if parent.text.lower() == "of" and gov.pos in ("NOUN", "PROPN"):
            return _np_text(idx, gov.i, exclude={parent.i})
        if parent.text.lower() in ("to", "by", "from") and gov.lemma in verbs["subject"]:
            subj = _subject(idx, gov.i)
            return _np_text(idx, subj) if subj is not None else None
    compound = h.dep in ("compound", "amod", "nmod", "nummod", "quantmod")
    if compound and parent.pos == "NOUN" and parent.i not in inside:
        return _np_text(idx, parent.i, exclude=inside)
    for c in idx.children[h.i]:
        if toks[c].dep == "prep" and toks[c].text.lower() in ("in", "for", "of", "on"):
            objs = idx.children_by_dep(c, "pobj")
            if objs and toks[objs[0]].pos == "NOUN":
                return _np_text(idx, objs[0])
    if h.dep in ("dobj", "attr", "npadvmod", "nsubj", "appos") and parent.pos in ("VERB", "AUX"):
        if parent.lemma in verbs["subject"]:
            subj = _subject(idx, parent.i)
            if subj is not None and subj not in inside:
                return _np_text(idx, subj)
        if parent.lemma in verbs["object_purpose"]:
            for c in idx.children[parent.i]:
                if toks[c].dep == "prep" and toks[c].text.lower() in ("for", "on", "in", "to"):
                    objs = idx.children_by_dep(c, "pobj")
                    if objs:
                        return _np_text(idx, objs[0])
    if h.dep == "appos" and parent.pos in ("NOUN", "PROPN"):
        return _np_text(idx, parent.i, exclude=inside)
    return None


def _subject(idx: Tree, v: int) -> int | None:
    subj = idx.children_by_dep(v, "nsubj", "nsubjpass")
    if subj:
        return subj[0]
    t = idx.tokens[v]
    if t.dep in ("xcomp", "conj", "ccomp") and t.head != v:
        return _subject(idx, t.head)
    return None


def _np_text(idx: Tree, i: int | None, *, exclude: set[int] | None = None) -> str | None:
    """The noun phrase headed by token i: its subtree without relative clauses, participle
    clauses, appositions and the excluded tokens, cut to a contiguous stretch around the head."""
    if i is None:
        return None
    toks = idx.tokens
    if toks[i].pos == "PRON":  # "it rose 40 percent": what "it" stands for, else unknown
        verb = toks[toks[i].head]
        if toks[i].tag in ("WDT", "WP") and verb.dep == "relcl" and verb.head != verb.i:
            return _np_text(idx, verb.head)  # "the index, which rose 8.3 percent"
        eid = idx.entity_of_token.get(i)
        return idx.entities[eid].name if eid else None
    drop = set(exclude or ())
    if i in drop:
        return None
    for c in idx.children[i]:
        if toks[c].dep in ("relcl", "acl", "appos", "punct", "cc", "conj", "prep", "advmod"):
            if toks[c].dep == "prep" and toks[c].text.lower() == "of":
                continue
            drop.add(c)
    # The head's subtree, not entering a dropped token. An excluded token may also be an
    # ancestor of the head -- a parse that hangs "cleaner" under its own price "$399" -- and
    # is then simply not part of the phrase (taking its whole subtree out lost the head).
    keep = sorted(_reach(idx, i, drop))
    lo = hi = keep.index(i)
    while lo > 0 and keep[lo - 1] == keep[lo] - 1:
        lo -= 1
    while hi < len(keep) - 1 and keep[hi + 1] == keep[hi] + 1:
        hi += 1
    first, last = keep[lo], keep[hi]
    while (
        first < last and toks[first].pos in ("DET", "PUNCT") and toks[first].text.lower() in _LEAD
    ):
        first += 1
    return idx.text[toks[first].start : toks[last].end]


def _reach(idx: Tree, i: int, drop: set[int]) -> list[int]:
    """Token i and its descendants reached without passing through a token of `drop`."""
    out, stack = [], [i]
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(c for c in idx.children[j] if c not in drop)
    return out

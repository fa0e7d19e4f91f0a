"""What was done: the verb group of the main event's action with its object, but not a
purpose infinitive after the object nor a phrase of cause, time or place ("are angry over ...",
"derailed in Croydon"), which belong to why, when and where; for a verb the parse read as a
noun, the verb group read from the words; for a headline told by its toll, the toll.
"""

from __future__ import annotations

from ...parse.tree import Tree
from ...records import Answer
from .cues import cues
from .headline import casualty_what
from .phrases import answer, compact
from .question import Question


def find_what(q: Question) -> Answer | None:
    """What the main event's action says was done."""
    if q.action is None:
        return None
    tree, act = q.tree, q.action.act
    t = tree.tokens[act]
    if t.pos != "VERB" and t.text.lower() in cues().casualty:
        return casualty_what(tree, act)  # "Several dead and dozens injured"
    if t.pos in ("NOUN", "PROPN"):
        return _surface(tree, act)
    return _predicate(tree, act)


def _predicate(tree: Tree, v: int) -> Answer | None:
    """The verb group of a verb the parse read as one: its auxiliaries, the verb and what
    `_predicate_end` keeps."""
    toks = tree.tokens
    first = v
    for c in tree.children[v]:
        if toks[c].dep in ("aux", "auxpass", "neg") and c < v and toks[c].tag != "TO":
            first = min(first, c)
    return answer(tree, first, _predicate_end(tree, v))


_NP = ("DET", "ADJ", "NUM", "PROPN", "NOUN", "PART")


def _surface(tree: Tree, v: int) -> Answer | None:
    """The verb group of a verb the parse read as a noun, from the words themselves: the verb
    and its object ("stages protest", "alters shape of 2 chocolate bars"), else the verb and one
    prepositional phrase ("lands in Washington")."""
    toks = tree.tokens
    end = len(toks)

    def phrase(j: int) -> int:
        """The last token of the noun phrase starting at j (j - 1 when there is none)."""
        last = j - 1
        while (
            j < end
            and toks[j].sent == toks[v].sent
            and (
                toks[j].pos in _NP
                or toks[j].text in ("'", "‘", "’", "-")
                or toks[j].dep in ("amod", "ROOT")  # "stages protest": the noun read as the verb
            )
        ):
            if toks[j].pos in ("NOUN", "PROPN", "NUM") or toks[j].dep == "ROOT":
                last = j
            j += 1
        return last

    j = v + 1
    if j < end and toks[j].pos == "ADP":
        last = phrase(j + 1)
        if last > j and _place_phrase(tree, j + 1, last) and toks[v].lemma not in cues().motion:
            return answer(tree, v, v)  # "Tram derails [in Croydon]": the place is where
        return answer(tree, v, last if last > j else v)
    last = phrase(j)
    if last >= j and last + 1 < end and toks[last + 1].text.lower() == "of":
        last = max(last, phrase(last + 2))
    return answer(tree, v, max(last, v))


def _place_phrase(tree: Tree, first: int, last: int) -> bool:
    """Whether tokens first..last name only a place (a GPE or LOC span of the NER model)."""
    toks = tree.tokens
    words = [i for i in range(first, last + 1) if toks[i].pos != "DET"]
    spans = [n for n in tree.doc.ner if n.label in ("GPE", "LOC")]
    return bool(words) and all(any(n.tok_start <= i < n.tok_end for n in spans) for i in words)


def _predicate_end(tree: Tree, v: int, depth: int = 0) -> int:
    """Where the verb group ends: particle, object, an infinitive it governs, or the first
    argument-like prepositional phrase."""
    toks = tree.tokens
    last = v
    kids = tree.children[v]
    for c in kids:
        if toks[c].dep in ("prt", "acomp") and c > v:
            last = max(last, c)
    objs = [c for c in kids if toks[c].dep in ("dobj", "attr", "oprd") and c > v]
    xcomp = [c for c in kids if toks[c].dep == "xcomp" and c > v]
    if xcomp and depth < 2 and not (objs and objs[0] < xcomp[0]):
        return max(last, _predicate_end(tree, xcomp[0], depth + 1))
    if objs:
        last = max(last, compact(tree, objs[0])[1])
        preps = [c for c in kids if toks[c].dep == "prep" and c > objs[0]]
        if preps and toks[preps[0]].text.lower() in ("into", "on", "onto", "to", "against", "at"):
            pobj = tree.children_by_dep(preps[0], "pobj")
            if pobj and preps[0] == last + 1 and toks[pobj[0]].ent_type not in ("DATE", "TIME"):
                last = max(last, compact(tree, pobj[0])[1])  # not "on Monday": that is when
        return last
    preps = [c for c in kids if toks[c].dep in ("prep", "dative") and c > v]
    if preps and (toks[preps[0]].text.lower() in cues().adjunct_preps or _motive(tree, preps[0])):
        return last  # "are pissed over the new size", "bombed in a revenge attack": why
    if preps and preps[0] <= last + 2 and last == v:  # not after a particle: "crashed out"
        pobj = tree.children_by_dep(preps[0], "pobj")
        if pobj and toks[pobj[0]].ent_type not in ("DATE", "TIME"):  # "on Friday" is when
            lo, hi = compact(tree, pobj[0], keep_of=False)
            if toks[v].lemma in cues().motion or not _place_phrase(tree, lo, hi):
                last = max(last, hi)  # "fell into a well"; not "derailed [in Croydon]" (where)
    return last


def _motive(tree: Tree, prep: int) -> bool:
    """Whether a prepositional phrase names a motive ("in a 'revenge' attack")."""
    nouns = cues().cause_nouns
    return any(tree.tokens[j].lemma.lower() in nouns for j in tree.subtree(prep))

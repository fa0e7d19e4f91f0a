"""Who did it and what was done: the actor of the main event's action, resolved through
pronouns, titles and passive agents, and the verb group that says what was done."""

from __future__ import annotations

import re
from functools import cache

from ...ontology.gazetteer import load_gazetteer
from ...ontology.reading import quantity_units
from ...parse.tree import Tree
from ...records import Answer
from .phrases import Action, answer, compact, cues, entity_type


@cache
def _approximator() -> re.Pattern[str]:
    """An approximator at the start of a phrase: the quantity layer's words."""
    words = sorted(quantity_units()["approximators"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\s+", re.IGNORECASE)


def who(idx: Tree, a: Action) -> Answer | None:
    """The actor of the main event (see `_actor`), without an approximator before its number:
    "AT LEAST five people" -> "five people" (how many is the quantity layer's)."""
    got = _actor(idx, a)
    if got is None or got.start is None or got.end is None:
        return got
    m = _approximator().match(got.text)
    if m is None:
        return got
    start = got.start + m.end()
    number = [t for t in idx.tokens if t.start == start and t.pos == "NUM"]
    if not number or number[0].end >= got.end:
        return got
    return Answer(idx.text[start : got.end], start, got.end)


def _actor(idx: Tree, a: Action) -> Answer | None:
    toks = idx.tokens
    subj = a.subj
    if toks[subj].tag in ("WP", "WDT") and toks[toks[subj].head].dep == "relcl":
        subj = toks[toks[subj].head].head
    if toks[subj].pos == "PRON":
        named = _antecedent(idx, subj)
        if named is not None:
            return named
    head = toks[subj]
    lo, hi = compact(idx, subj)
    if hi >= a.verb > lo:  # a headline verb read into the subject: "Hillary Clinton Blames"
        hi = a.verb - 1
    limit = toks[hi].end
    for n in idx.doc.ner:  # "Formula One star Max Verstappen": the name is the answer
        if n.label in ("PERSON", "ORG", "GPE", "NORP") and n.start <= head.start < n.end:
            return (
                Answer(n.text, n.start, n.end) if n.end <= limit else answer(idx, n.tok_start, hi)
            )
    names = [
        n
        for n in idx.doc.ner
        if n.label in ("PERSON", "ORG") and toks[lo].start <= n.start and n.end <= limit
    ]
    if len(names) == 1:  # "Lady Gaga stages" (a headline verb read as a noun), "Clinton aide"
        return Answer(names[0].text, names[0].start, names[0].end)
    return _named_maker(idx, lo, subj) or answer(idx, lo, hi)


def _named_maker(idx: Tree, lo: int, head: int) -> Answer | None:
    """The name in a subject that is a thing, not an actor: "Toblerone triangle change upsets
    fans" -> Toblerone. The head is a common noun no entity holds as a person or group, and the
    first word is a name the article writes with a capital inside sentences too (the NER model
    may have missed it), not a place ("Seattle shooting") nor a nationality."""
    toks = idx.tokens
    if toks[head].pos != "NOUN" or entity_type(idx, head) in ("PERSON", "GROUP", "NORP"):
        return None
    first = toks[lo]
    if first.i == head or first.dep != "compound" or not first.text[:1].isupper():
        return None
    starts = {s.start for s in idx.doc.sentences}
    inside = sum(
        t.text == first.text and t.start not in starts and toks[t.i - 1].pos != "PUNCT"
        for t in toks
        if t.i > 0
    )
    if inside < 2 or load_gazetteer().lookup(first.text) is not None:
        return None
    if first.ent_iob != "O" and any(
        n.label in ("NORP", "GPE", "LOC") for n in idx.doc.ner if n.tok_start <= lo < n.tok_end
    ):
        return None
    return Answer(first.text, first.start, first.end)


def _antecedent(idx: Tree, pron: int) -> Answer | None:
    """He/she/they: the entity whose mention chain holds the pronoun, else the last person (or
    group) named before it."""
    eid = idx.entity_of_token.get(pron)
    t = idx.tokens[pron]
    if eid:
        names = [m for m in idx.entities[eid].mentions if m.kind == "name" and m.end <= t.start]
        if names:
            m = names[-1]
            return Answer(m.text, m.start, m.end)
    people = t.text.lower() in ("he", "she", "him", "her")
    want = ("PERSON",) if people else ("PERSON", "ORG", "NORP", "GPE")
    before = [n for n in idx.doc.ner if n.label in want and n.end <= t.start]
    if not before:
        return None
    n = before[-1]
    return Answer(n.text, n.start, n.end)


def what(idx: Tree, v: int) -> Answer | None:
    toks = idx.tokens
    first = v
    for c in idx.children[v]:
        if toks[c].dep in ("aux", "auxpass", "neg") and c < v and toks[c].tag != "TO":
            first = min(first, c)
    return answer(idx, first, _predicate_end(idx, v))


_NP = ("DET", "ADJ", "NUM", "PROPN", "NOUN", "PART")


def surface_what(idx: Tree, v: int) -> Answer | None:
    """The verb group of a verb the parse read as a noun, from the words themselves: the verb
    and its object ("stages protest", "alters shape of 2 chocolate bars"), else the verb and one
    prepositional phrase ("lands in Washington")."""
    toks = idx.tokens
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
        if last > j and _place_phrase(idx, j + 1, last) and toks[v].lemma not in cues().motion:
            return answer(idx, v, v)  # "Tram derails [in Croydon]": the place is where
        return answer(idx, v, last if last > j else v)
    last = phrase(j)
    if last >= j and last + 1 < end and toks[last + 1].text.lower() == "of":
        last = max(last, phrase(last + 2))
    return answer(idx, v, max(last, v))


def _place_phrase(idx: Tree, first: int, last: int) -> bool:
    """Whether tokens first..last name only a place (a GPE or LOC span of the NER model)."""
    toks = idx.tokens
    words = [i for i in range(first, last + 1) if toks[i].pos != "DET"]
    spans = [n for n in idx.doc.ner if n.label in ("GPE", "LOC")]
    return bool(words) and all(any(n.tok_start <= i < n.tok_end for n in spans) for i in words)


def _predicate_end(idx: Tree, v: int, depth: int = 0) -> int:
    """Where the verb group ends: particle, object, an infinitive it governs, or the first
    argument-like prepositional phrase."""
    toks = idx.tokens
    last = v
    kids = idx.children[v]
    for c in kids:
        if toks[c].dep in ("prt", "acomp") and c > v:
            last = max(last, c)
    objs = [c for c in kids if toks[c].dep in ("dobj", "attr", "oprd") and c > v]
    xcomp = [c for c in kids if toks[c].dep == "xcomp" and c > v]
    if xcomp and depth < 2 and not (objs and objs[0] < xcomp[0]):
        return max(last, _predicate_end(idx, xcomp[0], depth + 1))
    if objs:
        last = max(last, compact(idx, objs[0])[1])
        preps = [c for c in kids if toks[c].dep == "prep" and c > objs[0]]
        if preps and toks[preps[0]].text.lower() in ("into", "on", "onto", "to", "against", "at"):
            pobj = idx.children_by_dep(preps[0], "pobj")
            if pobj and preps[0] == last + 1 and toks[pobj[0]].ent_type not in ("DATE", "TIME"):
                last = max(last, compact(idx, pobj[0])[1])  # not "on Monday": that is when
        return last
    preps = [c for c in kids if toks[c].dep in ("prep", "dative") and c > v]
    if preps and (toks[preps[0]].text.lower() in cues().adjunct_preps or _motive(idx, preps[0])):
        return last  # "are pissed over the new size", "bombed in a revenge attack": why
    if preps and preps[0] <= last + 2 and last == v:  # not after a particle: "crashed out"
        pobj = idx.children_by_dep(preps[0], "pobj")
        if pobj and toks[pobj[0]].ent_type not in ("DATE", "TIME"):  # "on Friday" is when
            lo, hi = compact(idx, pobj[0], keep_of=False)
            if toks[v].lemma in cues().motion or not _place_phrase(idx, lo, hi):
                last = max(last, hi)  # "fell into a well"; not "derailed [in Croydon]" (where)
    return last


def _motive(idx: Tree, prep: int) -> bool:
    """Whether a prepositional phrase names a motive ("in a 'revenge' attack")."""
    nouns = cues().cause_nouns
    return any(idx.tokens[j].lemma.lower() in nouns for j in idx.subtree(prep))

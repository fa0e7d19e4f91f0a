"""Who did it: the actor of the main event's action, resolved through pronouns, titles and
passive agents, told by its name where the subject holds one ("Formula One star Max
Verstappen")."""

from __future__ import annotations

import re
from functools import cache

from ...ontology.gazetteer import load_gazetteer
from ...ontology.reading import quantity_units
from ...parse.tree import Tree
from ...records import Answer
from .phrases import answer, compact, entity_type
from .question import Action, Question


@cache
def _approximator() -> re.Pattern[str]:
    """An approximator at the start of a phrase: the quantity layer's words."""
    words = sorted(quantity_units()["approximators"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\s+", re.IGNORECASE)


def find_who(q: Question) -> Answer | None:
    """The actor of the main event (see `_actor`), without an approximator before its number:
    "AT LEAST five people" -> "five people" (how many is the quantity layer's)."""
    if q.action is None:
        return None
    tree = q.tree
    got = _actor(tree, q.action)
    if got is None or got.start is None or got.end is None:
        return got
    m = _approximator().match(got.text)
    if m is None:
        return got
    start = got.start + m.end()
    number = [t for t in tree.tokens if t.start == start and t.pos == "NUM"]
    if not number or number[0].end >= got.end:
        return got
    return Answer(tree.text[start : got.end], start, got.end)


def _actor(tree: Tree, a: Action) -> Answer | None:
    toks = tree.tokens
    subj = a.subj
    if toks[subj].tag in ("WP", "WDT") and toks[toks[subj].head].dep == "relcl":
        subj = toks[toks[subj].head].head
    if toks[subj].pos == "PRON":
        named = _antecedent(tree, subj)
        if named is not None:
            return named
    head = toks[subj]
    lo, hi = compact(tree, subj)
    if hi >= a.verb > lo:  # a headline verb read into the subject: "Hillary Clinton Blames"
        hi = a.verb - 1
    limit = toks[hi].end
    for n in tree.doc.ner:  # "Formula One star Max Verstappen": the name is the answer
        if n.label in ("PERSON", "ORG", "GPE", "NORP") and n.start <= head.start < n.end:
            return (
                Answer(n.text, n.start, n.end) if n.end <= limit else answer(tree, n.tok_start, hi)
            )
    names = [
        n
        for n in tree.doc.ner
        if n.label in ("PERSON", "ORG") and toks[lo].start <= n.start and n.end <= limit
    ]
    if len(names) == 1:  # "Lady Gaga stages" (a headline verb read as a noun), "Clinton aide"
        return Answer(names[0].text, names[0].start, names[0].end)
    return _named_maker(tree, lo, subj) or answer(tree, lo, hi)


def _named_maker(tree: Tree, lo: int, head: int) -> Answer | None:
    """The name in a subject that is a thing, not an actor: "Toblerone triangle change upsets
    fans" -> Toblerone. The head is a common noun no entity holds as a person or group, and the
    first word is a name the article writes with a capital inside sentences too (the NER model
    may have missed it), not a place ("Seattle shooting") nor a nationality."""
    toks = tree.tokens
    if toks[head].pos != "NOUN" or entity_type(tree, head) in ("PERSON", "GROUP", "NORP"):
        return None
    first = toks[lo]
    if first.i == head or first.dep != "compound" or not first.text[:1].isupper():
        return None
    starts = {s.start for s in tree.doc.sentences}
    inside = sum(
        t.text == first.text and t.start not in starts and toks[t.i - 1].pos != "PUNCT"
        for t in toks
        if t.i > 0
    )
    if inside < 2 or load_gazetteer().lookup(first.text) is not None:
        return None
    if first.ent_iob != "O" and any(
        n.label in ("NORP", "GPE", "LOC") for n in tree.doc.ner if n.tok_start <= lo < n.tok_end
    ):
        return None
    return Answer(first.text, first.start, first.end)


def _antecedent(tree: Tree, pron: int) -> Answer | None:
    """He/she/they: the entity whose mention chain holds the pronoun, else the last person (or
    group) named before it."""
    eid = tree.entity_of_token.get(pron)
    t = tree.tokens[pron]
    if eid:
        names = [m for m in tree.entities[eid].mentions if m.kind == "name" and m.end <= t.start]
        if names:
            m = names[-1]
            return Answer(m.text, m.start, m.end)
    people = t.text.lower() in ("he", "she", "him", "her")
    want = ("PERSON",) if people else ("PERSON", "ORG", "NORP", "GPE")
    before = [n for n in tree.doc.ner if n.label in want and n.end <= t.start]
    if not before:
        return None
    n = before[-1]
    return Answer(n.text, n.start, n.end)

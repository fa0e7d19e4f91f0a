"""The actor-action pairs of one sentence of the lead: the verb that carries the event
(through a reporting verb to what is reported, from a verb of going to what is done there) and
its actor (the subject, the agent of a passive, not a dateline the parse hung on the verb).
"""

from __future__ import annotations

from ...parse.tree import Tree
from ...records import Document
from .cues import cues
from .headline import DASHES, headline_passives
from .phrases import entity_type, quoted

ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP", "GROUP")
_DATELINE_ENDS = DASHES | {":"}  # "KUNDUZ, Afghanistan --", "NEW DELHI:"


def event_verbs(doc: Document, tree: Tree, s: int) -> list[tuple[int, int, str]]:
    """(verb, subject, clause kind) of a sentence: its root's event verb first, then verbs
    coordinated with it, then subordinate clauses with their own actor ("Trump cries foul as
    FBI clears Clinton")."""
    toks = doc.tokens
    sent = list(tree.sentence_tokens(s))
    inside = set(sent)  # a sentence split off after a blank line keeps the parse it had, so
    roots = [  # its top may hang from the headline before it: that is its root too
        i for i in sent if toks[i].head == i or toks[i].dep == "ROOT" or toks[i].head not in inside
    ]
    found: list[tuple[int | None, str]] = [(_event_verb(tree, r), "main") for r in roots]
    patients = headline_passives(tree, roots)
    found = [(v, "main") for v in patients] + found
    found += [
        (i, "conj" if toks[i].dep == "conj" and toks[toks[i].head].head == toks[i].head else "sub")
        for i in sent
        if toks[i].pos == "VERB" and toks[i].dep in ("ccomp", "conj", "advcl")
    ]
    out: list[tuple[int, int, str]] = []
    for v, kind in found:
        if v is None or any(v == o for o, _, _ in out) or quoted(doc, toks[v].start):
            continue
        subj = patients[v] if v in patients else _subject(tree, v)
        if (
            subj is None
            or quoted(doc, toks[subj].start)
            or not _actor_like(tree, subj, v, patient=v in patients)
        ):
            continue
        out.append((v, subj, "main" if not out else kind))  # the first actor's clause leads
    return out


def _actor_like(tree: Tree, subj: int, verb: int, *, patient: bool = False) -> bool:
    """Whether a subject can be the actor: not a pronoun of the non-actor list, not after its
    verb, not a short word in capitals the tagger took for a common noun ("TV"), unless it is
    the noun a headline's passive is about ("Brazil GP red-flagged")."""
    t = tree.tokens[subj]
    if t.text.lower() in cues().non_actors or (t.i > verb and t.dep != "pobj"):
        return False
    return patient or not (t.text.isupper() and len(t.text) <= 3 and t.pos != "PROPN")


def _event_verb(tree: Tree, v: int, depth: int = 0) -> int | None:
    """The verb that carries the event: through reporting verbs ("..., officials said") to what
    they report, and from a copula-less headline root to its verb."""
    toks = tree.tokens
    t = toks[v]
    if t.pos == "ADJ" and t.lemma.lower() in cues().reaction and tree.children_by_dep(v, "nsubj"):
        return v  # "Residents upset after ...", "has upset parents": a verb of feeling read as one
    if t.pos not in ("VERB", "AUX"):
        verbs = [c for c in tree.children[v] if toks[c].pos == "VERB" and toks[c].dep != "amod"]
        return _event_verb(tree, verbs[0], depth + 1) if verbs and depth < 3 else None
    if t.lemma in cues().reporting and depth < 3:
        comp = [c for c in tree.children[v] if toks[c].dep in ("ccomp", "parataxis")]
        if comp and toks[comp[0]].pos in ("VERB", "AUX"):
            return _event_verb(tree, comp[0], depth + 1)
    return v


def substantive(tree: Tree, v: int) -> int:
    """From a verb of going somewhere to what is done there: "Biden is heading to Italy for the
    summit where he is expected to sign an agreement" -> sign."""
    toks = tree.tokens
    c = cues()
    if toks[v].lemma not in c.motion:
        return v
    for j in sorted(tree.subtree(v)):
        t = toks[j]
        if j == v or t.pos != "VERB" or t.lemma in c.motion or t.lemma in c.light:
            continue
        if (
            t.head == v
            and t.dep in ("advcl", "xcomp")
            and any(toks[c].tag == "TO" for c in tree.children[j])
        ):
            continue  # "lands in Washington to meet Obama": the purpose is why, not what
        clause = t.dep in ("relcl", "advcl", "xcomp", "ccomp", "conj")
        if clause and tree.children_by_dep(j, "dobj") and not _told_as_circumstance(tree, j, v):
            return j
    return v


def _told_as_circumstance(tree: Tree, j: int, v: int) -> bool:
    """Whether a verb under a verb of going hangs from it through a phrase of time or cause
    ("returned home after being deported for entering the US"): what went before the journey,
    not what is done at its end."""
    toks = tree.tokens
    words = cues().adjunct_preps | cues().subordinators
    while j != v and toks[j].head != j:
        j = toks[j].head
        for k in (j, *tree.children_by_dep(j, "mark")):
            if k != v and toks[k].text.lower() in words:
                return True
    return False


def _subject(tree: Tree, v: int) -> int | None:
    agent = [o for c in tree.children_by_dep(v, "agent") for o in tree.children_by_dep(c, "pobj")]
    if agent or tree.tokens[v].tag == "VBN":
        agent = agent or _nested_agent(tree, v)
    if agent:
        return agent[0]
    subj = tree.children_by_dep(v, "nsubj", "nsubjpass")
    if subj:  # not a dateline read as one: "KUNDUZ, Afghanistan -- Taliban insurgents struck"
        toks = tree.tokens
        sent = toks[v].sent
        past = [
            c
            for c in subj
            if toks[c].sent == sent
            and not any(toks[j].text in _DATELINE_ENDS for j in range(c + 1, v))
        ]
        if past:
            return past[0]
        return _after_dateline(tree, v) or subj[0]
    t = tree.tokens[v]
    if t.dep in ("conj", "xcomp") and t.head != v:
        return _subject(tree, t.head)
    return None


def _after_dateline(tree: Tree, v: int) -> int | None:
    """The subject the parse hung from a dateline ("BRASILIA, Brazil -- Mr. Lula ... met", a
    dateline line above "Ascom, a provider of ..., announced"): the head of the first noun
    phrase between the dateline's end (or the verb's sentence start) and the verb."""
    toks = tree.tokens
    start = tree.doc.sentences[toks[v].sent].tok_start
    for j in range(start, v):
        if toks[j].text in _DATELINE_ENDS:
            start = j + 1
    for j in range(start, v):
        if toks[j].pos in ("PROPN", "NOUN") and not start <= toks[j].head < v:
            return j
    return None


def _nested_agent(tree: Tree, v: int) -> list[int]:
    """The actor of a passive told through the event noun: "consulate bombed in a revenge
    attack by the Taliban", "killed in an ambush by rebels" -- a "by" phrase on a noun of the
    verb's own prepositional phrase, naming an actor."""
    toks = tree.tokens
    if not (tree.children_by_dep(v, "nsubjpass", "auxpass") or tree.children_by_dep(v, "nsubj")):
        return []
    for p in tree.children_by_dep(v, "prep"):
        for noun in tree.children_by_dep(p, "pobj"):
            for by in tree.children_by_dep(noun, "prep"):
                if toks[by].text.lower() != "by":
                    continue
                actors = [
                    o
                    for o in tree.children_by_dep(by, "pobj")
                    if entity_type(tree, o) in ACTOR_TYPES
                ]
                if actors:
                    return actors[:1]
    return []

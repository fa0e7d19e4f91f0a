"""The span helpers the main event's questions share: turning token ranges into answers
(`answer`, whole words and paired quotation marks), noun phrases without their clauses
(`compact`), where a phrase or a clause ends, whether a word is quoted, names someone, or
tells a reaction, and the act a reaction is to (`provocation`, read by both why and how).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...ontology.events import load_event_ontology
from ...parse.tree import Tree
from ...records import Answer, Document
from .cues import cues

_PUNCT = ("PUNCT", "SPACE", "CCONJ")
CLAUSE_END = (",", ";", ".", "—", "–", ":", "?", "!")


def entity_type(tree: Tree, tok: int) -> str | None:
    """The type of the entity a token belongs to, if any."""
    eid = tree.entity_of_token.get(tok)
    return tree.entities[eid].type if eid else None


def quoted(doc: Document, char: int) -> bool:
    """Whether a character lies between quotation marks on its line."""
    text = doc.article.text
    line_start = text.rfind("\n", 0, char) + 1
    before = text[line_start:char]
    return (
        (before.count("“") > before.count("”"))
        or before.count('"') % 2 == 1
        or (re.search(r"(?:^|\s)'", before) is not None and before.count("'") % 2 == 1)
    )


def answer(tree: Tree, first: int, last: int) -> Answer | None:
    """The tokens first..last as an answer, without punctuation or a conjunction at the ends."""
    if last < first:
        return None
    toks = tree.tokens
    while last > first and toks[last].sent != toks[first].sent:
        last -= 1  # a parse run on over a blank line: "Revealed ...\n\nWASHINGTON"
    while first < last and toks[first].pos in _PUNCT:
        first += 1
    while last > first and toks[last].pos in _PUNCT:
        last -= 1
    first, last = _close_quotes(tree, first, last)
    first, last = _whole_words(tree, first, last)
    start, end = toks[first].start, toks[last].end
    return Answer(tree.text[start:end], start, end)


def _whole_words(tree: Tree, first: int, last: int) -> tuple[int, int]:
    """The span widened to whole hyphened words, which the tokenizer splits and the parse may
    cut through: "Mr. Roh Moo-hyun", not "Mr. Roh Moo-"."""
    if tree.tokens[last].text == "-" and last > first:
        last -= 1  # "Moo-": from the word before the hyphen
    return hyphen_start(tree, first), _hyphen_end(tree, last)


_DATES = ("DATE", "TIME")
_NOT_NP = ("relcl", "acl", "appos", "punct", "advmod", "cc", "conj", "prep")
_QUOTE_MARKS = frozenset("'\"‘’“”")


def _close_quotes(tree: Tree, first: int, last: int) -> tuple[int, int]:
    """The span with its quote marks paired: "describes 'carnage'", not "describes 'carnage"."""
    toks = tree.tokens
    marks = sum(
        toks[i].text in _QUOTE_MARKS and toks[i].dep != "case"  # not "the Cubs' win"
        for i in range(first, last + 1)
    )
    if marks % 2 == 0:
        return first, last
    if last + 1 < len(toks) and toks[last + 1].text in _QUOTE_MARKS:
        return first, last + 1
    if first > 0 and toks[first - 1].text in _QUOTE_MARKS:
        return first - 1, last
    if toks[last].text in _QUOTE_MARKS and last > first:
        return first, last - 1
    if toks[first].text in _QUOTE_MARKS and first < last:
        return first + 1, last
    return first, last


def _hyphen_joined(tree: Tree, i: int) -> bool:
    """Whether token i is a hyphen inside a word: glued to the tokens on both sides."""
    toks = tree.tokens
    return (
        0 < i < len(toks) - 1
        and toks[i].text == "-"
        and toks[i - 1].end == toks[i].start
        and toks[i].end == toks[i + 1].start
        and toks[i - 1].sent == toks[i + 1].sent
    )


def hyphen_start(tree: Tree, v: int) -> int:
    """The first token of a hyphened word the tokenizer split: "red-flagged" -> "red"."""
    while _hyphen_joined(tree, v - 1):
        v -= 2
    return v


def _hyphen_end(tree: Tree, v: int) -> int:
    """The last token of a hyphened word the tokenizer split: "Moo" -> "hyun"."""
    while _hyphen_joined(tree, v + 1):
        v += 2
    return v


def compact(
    tree: Tree, i: int, *, keep_of: bool = True, keep_dates: bool = False
) -> tuple[int, int]:
    """A noun phrase without clauses, appositions, (but for "of ...") prepositions and (unless
    `keep_dates`) a date hung on it ("its first test flight [Tuesday]": that is when)."""
    toks = tree.tokens
    drop: set[int] = set()
    stack = [(i, True)]
    while stack:  # walk down through "of" phrases, dropping everything clause-like
        j, top = stack.pop()
        for c in tree.children[j]:
            dep = toks[c].dep
            clause_like = dep in _NOT_NP and not (
                dep == "prep" and keep_of and top and toks[c].text.lower() == "of"
            )
            dated = dep == "npadvmod" and not keep_dates and c > j and toks[c].ent_type in _DATES
            if clause_like or dated:
                drop.update(tree.subtree(c))
            elif dep in ("prep", "pobj"):
                stack.append((c, dep == "prep"))
    sent = toks[i].sent  # a parse run on over a blank line stays out: "protest death\n\nThree"
    keep = sorted(j for j in tree.subtree(i) if j not in drop and toks[j].sent == sent)
    k = keep.index(i)
    lo = hi = k
    while lo > 0 and keep[lo - 1] == keep[lo] - 1:
        lo -= 1
    while hi < len(keep) - 1 and keep[hi + 1] == keep[hi] + 1:
        hi += 1
    return keep[lo], keep[hi]


def phrase_end(tree: Tree, first: int, limit: int) -> int:
    """The end of the phrase starting at `first`: up to a comma, semicolon or sentence end."""
    toks = tree.tokens
    last = first
    for i in range(first, limit):
        if toks[i].text in CLAUSE_END or toks[i].pos == "SPACE":
            break
        last = i
    return last


def quad_class(code: str | None) -> int | None:
    """The CAMEO quad class of an event code (`cameo_codes.jsonl`): 1-4, verbal and material
    cooperation, verbal and material conflict."""
    cc = load_event_ontology().code(code)
    return cc.quad_class if cc is not None else None


_SIDE_CLAUSES = ("advcl", "conj", "cc", "parataxis", "punct")


def clause_core_end(tree: Tree, verb: int) -> int:
    """The last token of a clause without the clauses it strings on: "the gap is increased
    [to reduce the amount]", "stopping momentum [and the other for ...]"."""
    toks = tree.tokens
    drop: set[int] = set()
    for c in tree.children[verb]:
        if c > verb and toks[c].dep in _SIDE_CLAUSES:
            drop.update(tree.subtree(c))
    for c in tree.children_by_dep(verb, "dobj"):  # "momentum and the other": the object alone
        for g in tree.children[c]:
            if toks[g].dep in ("conj", "cc"):
                drop.update(tree.subtree(g))
    keep = sorted(j for j in tree.subtree(verb) if j not in drop)
    last = verb
    for j in keep:
        if j > last + 1:
            break
        last = max(last, j)
    return last


def companion(tree: Tree, tok: int) -> bool:
    """Whether a noun names someone: a pronoun, a person, group or organisation, a relative or
    friend ("with his father")."""
    t = tree.tokens[tok]
    if t.pos == "PRON" or t.ent_type in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if t.lemma.lower() in cues().companion_nouns or t.text.lower() in cues().companion_nouns:
        return True
    eid = tree.entity_of_token.get(tok)
    return eid is not None and tree.entities[eid].type in ("PERSON", "ORG", "NORP", "GPE", "GROUP")


def bare_predicate_end(tree: Tree, verb: int, depth: int = 0) -> int:
    """The verb with its particle and object, or the clause it reports (not a quotation: "by
    saying [that, "we are launching ..."]"), without adjuncts: "spinning his car [at 180mph in
    dangerous conditions]", "announcing that there would not be any charges [involving ...]"."""
    toks = tree.tokens
    last = verb
    for c in tree.children[verb]:
        if c < verb:
            continue
        dep = toks[c].dep
        if dep in ("prt", "acomp"):
            last = max(last, c)
        elif dep in ("dobj", "attr", "oprd"):
            last = max(last, compact(tree, c, keep_of=False)[1])
        elif dep == "ccomp" and depth < 2 and not quoted(tree.doc, toks[c].start):
            last = max(last, bare_predicate_end(tree, c, depth + 1))  # not a quotation
    return last


def reaction(tree: Tree, tok: int) -> bool:
    """Whether a word tells a reaction to something done: a verb of feeling ("upsets fans",
    "UK outraged"), a noun of reproach ("a mountain of criticism"), or a verb with one as its
    object or in its prepositional phrase ("sparks outrage", "came under fire")."""
    toks = tree.tokens
    c = cues()
    t = toks[tok]
    if t.lemma.lower() in c.reaction or (t.pos == "NOUN" and t.lemma.lower() in c.reproach):
        return True
    nouns = tree.children_by_dep(tok, "dobj") + [
        o for p in tree.children_by_dep(tok, "prep") for o in tree.children_by_dep(p, "pobj")
    ]
    return any(toks[n].lemma.lower() in c.feeling_nouns for n in nouns)


def provocation(tree: Tree, sentences: Sequence[int]) -> tuple[int, int] | None:
    """The act that drew a reaction, told in the given sentences: a preposition of
    `provocation_cues` ("after", "for", "over") with a verb in -ing ("criticism for changing the
    shape"), a clause of one of its conjunctions ("came under fire after it increased the
    space"; a passive one with its subject: "after the gap is increased"), or the act a subject
    noun names ("a decision to space out the chunks has upset fans"). The verb with its object,
    bare."""
    toks = tree.tokens
    for s in sentences:
        for i in tree.sentence_tokens(s):
            t = toks[i]
            word = t.text.lower()
            if quoted(tree.doc, t.start):
                continue
            if t.dep == "prep" and word in cues().provoked_preps and reaction(tree, t.head):
                verbs = [o for o in tree.children_by_dep(i, "pcomp") if toks[o].tag == "VBG"]
                if verbs:
                    return verbs[0], bare_predicate_end(tree, verbs[0])
            clause = t.head
            if (
                t.dep == "mark"
                and word in cues().provoked_clauses
                and toks[clause].dep == "advcl"
                and reaction(tree, toks[clause].head)
            ):
                subj = tree.children_by_dep(clause, "nsubjpass")  # "after the gap is increased"
                lo = tree.subtree_bounds(subj[0])[0] if subj else clause
                return lo, bare_predicate_end(tree, clause)
            if t.dep == "nsubj" and t.pos == "NOUN" and reaction(tree, t.head):
                for a in tree.children_by_dep(i, "acl"):
                    if toks[a].pos == "VERB":
                        return a, bare_predicate_end(tree, a)
    return None

"""What the main event's questions share: the cue lexicon, where the main event is (`Focus`),
and the span helpers that turn token ranges into answers.

Each question (`main_event_when`, `main_event_where`, `main_event_why`, `main_event_how`)
gathers candidates from the lead (the sentence indices `lead`, in reading order) and keeps the
best-scored one. The scores follow the features Giveme5W1H uses (position, frequency in the
article, cue strength, granularity); see `main_event.py` for the overview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...ontology.events import load_event_ontology
from ...ontology.reading import main_event_cues
from ...parse.tree import Tree
from ...records import Answer, Document

_PUNCT = ("PUNCT", "SPACE", "CCONJ")
CLAUSE_END = (",", ";", ".", "—", "–", ":", "?", "!")


@dataclass(frozen=True, slots=True)
class Cues:
    reporting: frozenset[str]
    motion: frozenset[str]
    light: frozenset[str]
    bare_light: frozenset[str]
    non_actors: frozenset[str]
    blame: frozenset[str]
    culprit: frozenset[str]
    reproach: frozenset[str]
    reaction: frozenset[str]
    casualty: frozenset[str]
    choice_verbs: frozenset[str]
    site_nouns: frozenset[str]
    feeling_nouns: frozenset[str]  # reproach nouns and states of mind: "sparks outrage"
    provoked_preps: frozenset[str]
    provoked_clauses: frozenset[str]
    causal_verbs: dict[str, str | None]
    passive_causal: frozenset[str]
    causal: re.Pattern[str]
    causal_weight: dict[str, float]
    clause_only: frozenset[str]
    means: re.Pattern[str]
    locative: frozenset[str]
    deictic: re.Pattern[str]
    place_suffix: re.Pattern[str]
    skip_line: re.Pattern[str]
    subordinators: frozenset[str]
    adjunct_preps: frozenset[str]
    time_anchor: re.Pattern[str]
    occasion_heads: frozenset[str]
    cause_nouns: frozenset[str]
    circumstances: frozenset[str]
    companion_nouns: frozenset[str]
    states_of_mind: frozenset[str]
    not_manner: frozenset[str]
    with_verbs: frozenset[str]
    prompt_end: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    """A regex group matching any of the words literally."""
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def _with_particles(verbs: list[str]) -> dict[str, str | None]:
    """Verb entries as lemma -> the particle they need: "lead to" -> {"lead": "to"}."""
    out: dict[str, str | None] = {}
    for v in verbs:
        lemma, *rest = v.split()
        out[lemma] = rest[0] if rest else None
    return out


@cache
def cues() -> Cues:
    """The cue lexicon (`ontology/data/main_event_cues.json`) compiled once."""
    c = main_event_cues()
    longest_first = sorted(c["causal_cues"], key=lambda x: -len(x["phrase"]))
    causal = re.compile(
        r"\b(?:" + "|".join(re.escape(x["phrase"]) for x in longest_first) + r")\b", re.IGNORECASE
    )
    means = "|".join(re.escape(m) for m in c["means_cues"])
    return Cues(
        reporting=frozenset(c["reporting_verbs"]),
        motion=frozenset(c["motion_verbs"]),
        light=frozenset(c["light_verbs"]),
        bare_light=frozenset(c["bare_light_verbs"]),
        non_actors=frozenset(c["non_actors"]),
        blame=frozenset(c["blame_verbs"]),
        culprit=frozenset(c["culprit_verbs"]),
        reproach=frozenset(c["reproach_nouns"]),
        reaction=frozenset(c["reaction_verbs"]),
        casualty=frozenset(c["casualty_words"]),
        choice_verbs=frozenset(c["choice_verbs"]),
        site_nouns=frozenset(c["site_nouns"]),
        feeling_nouns=frozenset(c["reproach_nouns"]) | frozenset(c["states_of_mind"]),
        provoked_preps=frozenset(c["provocation_cues"]["prepositions"]),
        provoked_clauses=frozenset(c["provocation_cues"]["conjunctions"]),
        causal_verbs=_with_particles(c["causal_verbs"]),
        passive_causal=frozenset(c["passive_causal_verbs"]),
        causal=causal,
        causal_weight={x["phrase"].lower(): float(x["weight"]) for x in c["causal_cues"]},
        clause_only=frozenset(
            x["phrase"].lower() for x in c["causal_cues"] if x.get("kind") == "clause"
        ),
        means=re.compile(rf"\b(?:{means})\b", re.IGNORECASE),
        locative=frozenset(c["locative_preps"]),
        deictic=re.compile(rf"(?:earlier |later )?{_alternation(c['deictic_times'])}", re.I),
        place_suffix=re.compile(rf"\s+{_alternation(c['place_suffixes'])}$", re.I),
        skip_line=re.compile("|".join(c["skip_line_patterns"]), re.IGNORECASE),
        subordinators=frozenset(c["subordinators"]),
        adjunct_preps=frozenset(c["adjunct_preps"]),
        occasion_heads=frozenset(c["occasion_heads"]),
        cause_nouns=frozenset(c["cause_nouns"]),
        circumstances=frozenset(c["circumstance_nouns"]),
        companion_nouns=frozenset(c["companion_nouns"]),
        states_of_mind=frozenset(c["states_of_mind"]),
        not_manner=frozenset(c["not_manner_adverbs"]),
        with_verbs=frozenset(c["with_argument_verbs"]),
        prompt_end=re.compile("|".join(c["prompt_end_patterns"]), re.IGNORECASE),
        time_anchor=re.compile(rf"\s+(?:just\s+)?{_alternation(c['time_anchors'])}\s+", re.I),
    )


@dataclass(frozen=True, slots=True)
class Action:
    """An actor-action candidate: `verb` as found, `act` the verb that says what is done."""

    sent: int
    rank: int
    verb: int
    act: int
    subj: int
    score: float


@dataclass(frozen=True, slots=True)
class Focus:
    """Where the main event is: its sentence, that sentence's rank in the lead, the verb found
    and the verb that says what is done."""

    sent: int
    rank: int
    verb: int
    act: int


def entity_type(idx: Tree, tok: int) -> str | None:
    """The type of the entity a token belongs to, if any."""
    eid = idx.entity_of_token.get(tok)
    return idx.entities[eid].type if eid else None


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


def answer(idx: Tree, first: int, last: int) -> Answer | None:
    """The tokens first..last as an answer, without punctuation or a conjunction at the ends."""
    if last < first:
        return None
    toks = idx.tokens
    while last > first and toks[last].sent != toks[first].sent:
        last -= 1  # a parse run on over a blank line: "Revealed ...\n\nWASHINGTON"
    while first < last and toks[first].pos in _PUNCT:
        first += 1
    while last > first and toks[last].pos in _PUNCT:
        last -= 1
    first, last = _close_quotes(idx, first, last)
    first, last = _whole_words(idx, first, last)
    start, end = toks[first].start, toks[last].end
    return Answer(idx.text[start:end], start, end)


def _whole_words(idx: Tree, first: int, last: int) -> tuple[int, int]:
    """The span widened to whole hyphened words, which the tokenizer splits and the parse may
    cut through: "Mr. Roh Moo-hyun", not "Mr. Roh Moo-"."""
    if idx.tokens[last].text == "-" and last > first:
        last -= 1  # "Moo-": from the word before the hyphen
    return hyphen_start(idx, first), _hyphen_end(idx, last)


_DATES = ("DATE", "TIME")
_NOT_NP = ("relcl", "acl", "appos", "punct", "advmod", "cc", "conj", "prep")
_QUOTE_MARKS = frozenset("'\"‘’“”")


def _close_quotes(idx: Tree, first: int, last: int) -> tuple[int, int]:
    """The span with its quote marks paired: "describes 'carnage'", not "describes 'carnage"."""
    toks = idx.tokens
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


def _hyphen_joined(idx: Tree, i: int) -> bool:
    """Whether token i is a hyphen inside a word: glued to the tokens on both sides."""
    toks = idx.tokens
    return (
        0 < i < len(toks) - 1
        and toks[i].text == "-"
        and toks[i - 1].end == toks[i].start
        and toks[i].end == toks[i + 1].start
        and toks[i - 1].sent == toks[i + 1].sent
    )


def hyphen_start(idx: Tree, v: int) -> int:
    """The first token of a hyphened word the tokenizer split: "red-flagged" -> "red"."""
    while _hyphen_joined(idx, v - 1):
        v -= 2
    return v


def _hyphen_end(idx: Tree, v: int) -> int:
    """The last token of a hyphened word the tokenizer split: "Moo" -> "hyun"."""
    while _hyphen_joined(idx, v + 1):
        v += 2
    return v


def compact(
    idx: Tree, i: int, *, keep_of: bool = True, keep_dates: bool = False
) -> tuple[int, int]:
    """A noun phrase without clauses, appositions, (but for "of ...") prepositions and (unless
    `keep_dates`) a date hung on it ("its first test flight [Tuesday]": that is when)."""
    toks = idx.tokens
    drop: set[int] = set()
    stack = [(i, True)]
    while stack:  # walk down through "of" phrases, dropping everything clause-like
        j, top = stack.pop()
        for c in idx.children[j]:
            dep = toks[c].dep
            clause_like = dep in _NOT_NP and not (
                dep == "prep" and keep_of and top and toks[c].text.lower() == "of"
            )
            dated = dep == "npadvmod" and not keep_dates and c > j and toks[c].ent_type in _DATES
            if clause_like or dated:
                drop.update(idx.subtree(c))
            elif dep in ("prep", "pobj"):
                stack.append((c, dep == "prep"))
    sent = toks[i].sent  # a parse run on over a blank line stays out: "protest death\n\nThree"
    keep = sorted(j for j in idx.subtree(i) if j not in drop and toks[j].sent == sent)
    k = keep.index(i)
    lo = hi = k
    while lo > 0 and keep[lo - 1] == keep[lo] - 1:
        lo -= 1
    while hi < len(keep) - 1 and keep[hi + 1] == keep[hi] + 1:
        hi += 1
    return keep[lo], keep[hi]


def phrase_end(idx: Tree, first: int, limit: int) -> int:
    """The end of the phrase starting at `first`: up to a comma, semicolon or sentence end."""
    toks = idx.tokens
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


def clause_core_end(idx: Tree, verb: int) -> int:
    """The last token of a clause without the clauses it strings on: "the gap is increased
    [to reduce the amount]", "stopping momentum [and the other for ...]"."""
    toks = idx.tokens
    drop: set[int] = set()
    for c in idx.children[verb]:
        if c > verb and toks[c].dep in _SIDE_CLAUSES:
            drop.update(idx.subtree(c))
    for c in idx.children_by_dep(verb, "dobj"):  # "momentum and the other": the object alone
        for g in idx.children[c]:
            if toks[g].dep in ("conj", "cc"):
                drop.update(idx.subtree(g))
    keep = sorted(j for j in idx.subtree(verb) if j not in drop)
    last = verb
    for j in keep:
        if j > last + 1:
            break
        last = max(last, j)
    return last


def companion(idx: Tree, tok: int) -> bool:
    """Whether a noun names someone: a pronoun, a person, group or organisation, a relative or
    friend ("with his father")."""
    t = idx.tokens[tok]
    if t.pos == "PRON" or t.ent_type in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if t.lemma.lower() in cues().companion_nouns or t.text.lower() in cues().companion_nouns:
        return True
    eid = idx.entity_of_token.get(tok)
    return eid is not None and idx.entities[eid].type in ("PERSON", "ORG", "NORP", "GPE", "GROUP")


def bare_predicate_end(idx: Tree, verb: int, depth: int = 0) -> int:
    """The verb with its particle and object, or the clause it reports (not a quotation: "by
    saying [that, "we are launching ..."]"), without adjuncts: "spinning his car [at 180mph in
    dangerous conditions]", "announcing that there would not be any charges [involving ...]"."""
    toks = idx.tokens
    last = verb
    for c in idx.children[verb]:
        if c < verb:
            continue
        dep = toks[c].dep
        if dep in ("prt", "acomp"):
            last = max(last, c)
        elif dep in ("dobj", "attr", "oprd"):
            last = max(last, compact(idx, c, keep_of=False)[1])
        elif dep == "ccomp" and depth < 2 and not quoted(idx.doc, toks[c].start):
            last = max(last, bare_predicate_end(idx, c, depth + 1))  # not a quotation
    return last


def reaction(idx: Tree, tok: int) -> bool:
    """Whether a word tells a reaction to something done: a verb of feeling ("upsets fans",
    "UK outraged"), a noun of reproach ("a mountain of criticism"), or a verb with one as its
    object or in its prepositional phrase ("sparks outrage", "came under fire")."""
    toks = idx.tokens
    c = cues()
    t = toks[tok]
    if t.lemma.lower() in c.reaction or (t.pos == "NOUN" and t.lemma.lower() in c.reproach):
        return True
    nouns = idx.children_by_dep(tok, "dobj") + [
        o for p in idx.children_by_dep(tok, "prep") for o in idx.children_by_dep(p, "pobj")
    ]
    return any(toks[n].lemma.lower() in c.feeling_nouns for n in nouns)


def provocation(idx: Tree, sentences: list[int]) -> tuple[int, int] | None:
    """The act that drew a reaction, told in the given sentences: a preposition of
    `provocation_cues` ("after", "for", "over") with a verb in -ing ("criticism for changing the
    shape"), a clause of one of its conjunctions ("came under fire after it increased the
    space"; a passive one with its subject: "after the gap is increased"), or the act a subject
    noun names ("a decision to space out the chunks has upset fans"). The verb with its object,
    bare."""
    toks = idx.tokens
    for s in sentences:
        for i in idx.sentence_tokens(s):
            t = toks[i]
            word = t.text.lower()
            if quoted(idx.doc, t.start):
                continue
            if t.dep == "prep" and word in cues().provoked_preps and reaction(idx, t.head):
                verbs = [o for o in idx.children_by_dep(i, "pcomp") if toks[o].tag == "VBG"]
                if verbs:
                    return verbs[0], bare_predicate_end(idx, verbs[0])
            clause = t.head
            if (
                t.dep == "mark"
                and word in cues().provoked_clauses
                and toks[clause].dep == "advcl"
                and reaction(idx, toks[clause].head)
            ):
                subj = idx.children_by_dep(clause, "nsubjpass")  # "after the gap is increased"
                lo = idx.subtree_bounds(subj[0])[0] if subj else clause
                return lo, bare_predicate_end(idx, clause)
            if t.dep == "nsubj" and t.pos == "NOUN" and reaction(idx, t.head):
                for a in idx.children_by_dep(i, "acl"):
                    if toks[a].pos == "VERB":
                        return a, bare_predicate_end(idx, a)
    return None

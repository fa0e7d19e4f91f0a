"""Choosing the main event: the lead (the first usable sentences, captions, bylines and
prompts skipped) and its actor-action candidates, scored by position in the lead, by how often
the article mentions the actor, by whether the actor is named, by the kind of clause, and by an
actor the headline names; the best-scored candidate is the main event.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ...parse.tree import Tree
from ...records import Document
from .actions import ACTOR_TYPES, event_verbs, substantive
from .cues import cues
from .headline import casualties, headline_verbs, verb_lemmas
from .phrases import entity_type
from .question import Action

LEAD_SENTENCES = 6  # usable sentences read as the lead
WIDE_LEAD = 10  # usable sentences searched for the time and the cause
POSITION_DECAY = 0.5  # weight of a lead sentence: 1 / (1 + decay * rank)
HEADLINE_ACTOR = 0.2  # an actor the headline (kept apart as the title) names
# names of things that do not act: a race is "thrown into chaos", a "Game 7 delivers" a title
_NOT_ACTOR_NER = frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "DATE", "TIME", "MONEY",
                            "QUANTITY", "PERCENT", "LANGUAGE"})  # fmt: skip
_OCCASIONS = frozenset({"EVENT", "DATE", "TIME"})  # "An epic Game 7 delivers", "the year comes"
NOT_ACTOR = 0.3  # a name of a thing as the subject of an active verb
OCCASION = 0.5  # an occasion or a time, which acts even less than a product does
_CLAUSE_PENALTY = {"main": 0.0, "conj": 0.1, "sub": 0.35}


def candidates(doc: Document, tree: Tree, lead: Sequence[int]) -> list[Action]:
    """The actor-action candidates of the lead, best-scored first."""
    return sorted(_headlined(doc, tree, _actions(doc, tree, lead)), key=lambda a: -a.score)


def lead_sentences(doc: Document, n: int = LEAD_SENTENCES) -> list[int]:
    """The first n usable sentences: long enough, not a caption, byline or sharing prompt."""
    text = doc.article.text
    out: list[int] = []
    for s, sent in enumerate(doc.sentences[: 2 * n + 2]):
        line = text[sent.start : sent.end].strip()
        prompts = [m.end() for m in cues().prompt_end.finditer(line)]
        if prompts:  # the article goes on after a newsletter prompt glued to its sentence
            line = line[prompts[-1] :]
        if len(line) < 15 or cues().skip_line.search(line):
            continue
        out.append(s)
        if len(out) == n:
            break
    return out


def _actions(doc: Document, tree: Tree, lead: Sequence[int]) -> list[Action]:
    """Every lead sentence's actor-action pairs, scored. In the headline the tolls and verbs the
    parser misread come first, and only its first pair counts as a main clause."""
    counts = _mention_counts(doc)
    top = max((len(e.mentions) for e in doc.entities), default=1)
    ner_of = {i: n.label for n in doc.ner for i in range(n.tok_start, n.tok_end)}
    out = []
    lemmas = verb_lemmas(doc)
    title_end = doc.article.text.find("\n")
    for rank, s in enumerate(lead):
        found = event_verbs(doc, tree, s)
        if rank == 0 or doc.sentences[s].start < title_end:
            # the headline (both parts of "US election 2016: Trump cries foul as ..."): a verb
            # the parser read as a noun ("Tram derails in ...")
            found = [*casualties(tree, s, lead), *headline_verbs(tree, s, lemmas), *found]
            found = [
                (v, subj, "main" if k == 0 else "sub" if c == "main" else c)
                for k, (v, subj, c) in enumerate(found)
            ]
        for verb, subj, clause in found:
            act = substantive(tree, verb)
            freq = _frequency(doc, tree, subj, counts) / top
            named = doc.tokens[subj].pos != "PRON" and entity_type(tree, subj) in ACTOR_TYPES
            score = (
                1.0 / (1 + POSITION_DECAY * rank)
                + 0.35 * min(freq, 1.0)
                + 0.15 * named
                - _not_actor(ner_of.get(subj))
                - 0.3 * _bare_light_verb(tree, act)
                - _CLAUSE_PENALTY[clause]
            )
            out.append(Action(s, rank, verb, act, subj, score))
    return out


def _not_actor(label: str | None) -> float:
    """The penalty of a subject that names a thing, not someone who acts, the more so when the
    thing is an occasion or a time that does something ("An epic Game 7 delivers Cubs a World
    Series", "the year comes to an end")."""
    if label not in _NOT_ACTOR_NER:
        return 0.0
    return OCCASION if label in _OCCASIONS else NOT_ACTOR


def _bare_light_verb(tree: Tree, v: int) -> bool:
    """ "he had" without what he had: a light verb whose complement the parse lost."""
    toks = tree.tokens
    return toks[v].lemma in cues().bare_light and not any(
        toks[c].dep in ("dobj", "attr", "acomp", "xcomp", "ccomp", "oprd")
        and toks[c].sent == toks[v].sent
        for c in tree.children[v]
    )


def _mention_counts(doc: Document) -> Counter[str]:
    """Mentions per entity id, and occurrences per noun lemma (for actors no entity holds)."""
    counts = Counter(t.lemma.lower() for t in doc.tokens if t.pos in ("NOUN", "PROPN"))
    counts.update({e.id: len(e.mentions) for e in doc.entities})
    return counts


def _frequency(doc: Document, tree: Tree, subj: int, counts: Counter[str]) -> int:
    """How often the actor is mentioned: its entity's mentions, else its head word's count."""
    eid = tree.entity_of_token.get(subj)
    return counts[eid] if eid else counts[doc.tokens[subj].lemma.lower()]


def _headlined(doc: Document, tree: Tree, actions: list[Action]) -> list[Action]:
    """The candidates with a bonus for an actor the headline names, when the headline is kept
    apart from the text (`Article.title`, as the HTML reader keeps it)."""
    title = doc.article.title
    if not title:
        return actions
    toks = doc.tokens
    words = {_stem(w) for w in re.findall(r"[a-z][\w'-]*", title.lower())}
    words -= {_stem(w) for w in cues().non_actors}
    out = []
    for a in actions:
        lo, hi = tree.subtree_bounds(a.subj)
        named = any(
            _stem(toks[i].text.lower()) in words
            for i in range(lo, hi + 1)
            if toks[i].pos in ("NOUN", "PROPN")
        )
        out.append(replace(a, score=a.score + HEADLINE_ACTOR * named))
    return out


def _stem(word: str) -> str:
    """A crude stem to match the headline's words with the text's: "guards" ~ "guard"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word

"""Headlines the parser misreads, read by their words: a present-tense verb taken for a noun
("Tram derails in Croydon", "Taliban Strike German Consulate"), a passive without "was" ("Prison
guards arrested over Epstein death", "Brazil GP red-flagged after ... crash"), and a headline
that tells its event by the toll ("Several dead and dozens injured after tram overturns"), whose
what (`casualty_what`) is the toll itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ...ontology.events import load_event_ontology
from ...ontology.reading import number_words
from ...parse.tree import Tree
from ...records import Answer, Document, Token
from .cues import cues
from .phrases import answer, hyphen_start

_MARKED_VERB = ("VBD", "VBN", "VBG")  # a verb by its ending, not a noun read as one ("protest")
DASHES = frozenset({"--", "\u2014", "\u2013"})


def verb_lemmas(doc: Document) -> set[str]:
    """The lemmas the article uses as verbs, and the verbs of the event dictionary (what a
    headline's "derails" or "slams" is read by)."""
    return {t.lemma.lower() for t in doc.tokens if t.pos == "VERB"} | _dictionary_verbs()


@cache
def _dictionary_verbs() -> frozenset[str]:
    return frozenset(load_event_ontology().petrarch)


def headline_verbs(tree: Tree, s: int, verb_lemmas: set[str]) -> list[tuple[int, int, str]]:
    """(verb, subject, "main") for a headline verb in the present tense that the parser took for
    a noun: an "-s" word right after a name or noun, or a bare word after a plural subject
    ("Bill Murray and Barack Obama lead celebrations") or, in a headline the parser found no
    verb in, after the name of a group ("Taliban Strike German Consulate"), which the article
    elsewhere uses as a verb ("Lady Gaga protests outside ...": "protested") or the event
    dictionary knows as one.
    The headline's own parse is kept for everything else."""
    toks = tree.tokens
    sent = list(tree.sentence_tokens(s))
    subordinate = cues().subordinators
    out: list[tuple[int, int, str]] = []
    verbless = not any(toks[i].pos in ("VERB", "AUX") for i in sent)
    for k, i in enumerate(sent[1:], 1):
        t, prev = toks[i], toks[i - 1]
        bare = t.text.lower() == t.lemma.lower() and (
            prev.tag in ("NNS", "NNPS")
            or (prev.pos == "PROPN" and prev.dep == "conj")
            or (verbless and prev.ent_type in ("ORG", "NORP"))  # "Taliban Strike ..."
        )
        if t.pos not in ("NOUN", "PROPN") or t.ent_iob != "O":
            continue  # a name is not a verb: "Sao Paulo Towers"
        if not (t.text.endswith("s") or bare) or prev.pos not in ("PROPN", "NOUN"):
            continue
        head = toks[t.head]
        if prev.sent != t.sent or (t.dep.startswith("nsubj") and head.tag in _MARKED_VERB):
            continue  # the subject of a verb the parser did find: "Prison guards arrested"
        if any(
            toks[j].pos in ("SCONJ", "VERB", "ADP") or toks[j].text.lower() in subordinate
            for j in sent[:k]
        ):
            break  # "... after tram overturns", "... for transition talks": not the headline's verb
        stems = {t.lemma.lower(), t.text.lower()[:-1], t.text.lower()[:-2]}
        stems = {t.text.lower()} if bare and not t.text.endswith("s") else stems
        if stems & verb_lemmas and not any(toks[c].dep == "det" for c in tree.children[i]):
            out.append((i, i - 1, "main"))
            break
    return out


def headline_passives(tree: Tree, roots: list[int]) -> dict[int, int]:
    """verb -> subject for a headline told in the passive without "was": a noun the sentence
    hangs from and a participle right after it ("Prison guards arrested over Epstein death",
    "Tram passengers injured in crash"), in a sentence with no verb of its own."""
    toks = tree.tokens
    out: dict[int, int] = {}
    for r in roots:
        if toks[r].pos not in ("NOUN", "PROPN"):
            continue
        sent = tree.sentence_tokens(toks[r].sent)
        for c in tree.children_by_dep(r, "acl"):
            finite = [i for i in sent if toks[i].pos in ("VERB", "AUX") and i != c]
            if c == r + 1 and toks[c].tag == "VBN" and not finite:
                out[c] = r
    if roots and not out:
        out.update(_hyphened_passive(tree, toks[roots[0]].sent))
    return out


def _hyphened_passive(tree: Tree, s: int) -> dict[int, int]:
    """participle -> noun before it, for a verbless headline whose participle is hyphened and
    so read as an adjective ("Brazil GP red-flagged after ... crash")."""
    toks = tree.tokens
    sent = list(tree.sentence_tokens(s))
    if any(toks[i].pos in ("VERB", "AUX") for i in sent):
        return {}
    for i in sent[2:]:
        t = toks[i]
        if t.pos != "ADJ" or not t.text.lower().endswith("ed"):
            continue
        noun = hyphen_start(tree, i) - 1
        if noun == i - 1:
            continue  # not hyphened: "Residents upset ..." is read elsewhere
        if noun >= sent[0] and toks[noun].pos in ("NOUN", "PROPN"):
            return {i: noun}
    return {}


def casualties(tree: Tree, s: int, lead: Sequence[int]) -> list[tuple[int, int, str]]:
    """(casualty word, the victims, "main") for a headline that tells its event by the toll:
    "Several dead and dozens injured after tram overturns", "Tram derailment: seven dead". The
    word (`casualty_words`, not a verb: that the parse reads) comes right after a count (a
    number, "several", "dozens") that opens the headline or follows its colon or dash, with no
    finite verb before it. The small model parses such headlines every which way, so they are
    read by the words. The victims are the count, or the counted noun of the first lead
    sentence that tells the toll with a verb ("At least seven people were killed")."""
    toks = tree.tokens
    sent = tree.sentence_tokens(s)
    for i in sent:
        t = toks[i]
        if t.tag in ("VBZ", "VBP", "VBD", "MD"):
            return []  # "Bomb kills five, dozens injured": the verb tells it
        if t.text.lower() not in cues().casualty or t.pos == "VERB" or i - 1 < sent[0]:
            continue
        opens = i - 1 == sent[0] or toks[i - 2].text in (":", *DASHES, "-")
        if opens and _count(toks[i - 1]):
            return [(i, _victims(tree, lead, s) or i - 1, "main")]
    return []


def _victims(tree: Tree, lead: Sequence[int], headline: int) -> int | None:
    """The counted subject of a casualty verb in the lead after the headline: "people" in "At
    least seven people were killed", "Several people died"."""
    toks = tree.tokens
    for s in lead:
        if s == headline:
            continue
        for i in tree.sentence_tokens(s):
            if toks[i].pos != "VERB" or toks[i].text.lower() not in cues().casualty:
                continue
            for subj in tree.children_by_dep(i, "nsubj", "nsubjpass"):
                if toks[subj].pos == "NOUN" and any(
                    _count(toks[c]) for c in tree.children_by_dep(subj, "nummod", "amod")
                ):
                    return subj
    return None


def _count(t: Token) -> bool:
    """A number, or a word that counts without one ("several", "dozens")."""
    return t.pos == "NUM" or t.text.lower() in _vague_numbers()


@cache
def _vague_numbers() -> frozenset[str]:
    return frozenset(w for w in number_words()["vague"] if " " not in w)


def casualty_what(tree: Tree, word: int) -> Answer | None:
    """The toll a casualty headline tells, from its first count to its last casualty word:
    "Several dead and dozens injured"."""
    toks = tree.tokens
    end = word
    while (
        end + 3 < len(toks)
        and toks[end + 1].text.lower() in ("and", ",")
        and _count(toks[end + 2])
        and toks[end + 3].text.lower() in cues().casualty
    ):
        end += 3  # "... and dozens injured"
    return answer(tree, word - 1, end)

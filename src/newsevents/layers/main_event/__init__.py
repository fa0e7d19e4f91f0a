"""The main event of the article as 5W1H ("main_event.rules.v1").

The method follows Giveme5W1H (Hamborg et al., 2019): candidates for each question are taken
from the *lead* (headline, standfirst and the first sentences of the body; captions, bylines and
datelines skipped) and scored, and the best candidate answers.

- who/what: actor-action candidates, one per verb with a subject (a reporting verb is looked
  through: "..., officials said" -> what was reported; a verb of going somewhere leads to what
  is done there; a headline told by its toll, "Several dead and dozens injured after ...", is a
  candidate whose what is the toll and whose who the victims the lead counts). A candidate
  scores by its position in the lead, by how often its actor is
  mentioned in the article (the entity layer's mention chains), by whether the actor is a
  named entity, by being its sentence's main verb, and by an actor the headline names when
  the headline is kept apart as `Article.title`. who = the subject (the agent of a
  passive; the antecedent of a pronoun), compact; what = the verb group with its object, but
  not a purpose infinitive after the object nor a phrase of cause or time ("are angry over
  ..."), which belong to why and when.
- when: the lead's dates and times (and durations counted from an event: "two days before the
  election"), preferring the main event's sentence and clause, a time that hangs from a mention
  of the main event (or an event noun of its kind), a day or a clock time, and a date near
  publication; not a time that dates a noun's modifier; else the named occasion ("at the
  Brazilian Grand Prix"); else a mention of the publication day; else the publication date
  itself (no offsets then).
- where: the lead's places (GPE/LOC/FAC, an organisation after "at"/"in", a town the NER model
  missed but the gazetteer knows: "Croydon tram crash"), preferring a
  specific place (city > region > country), one the article mentions often, one introduced by
  a locative preposition, in the main event's sentence.
- why: causal and purpose cues (`ontology/data/main_event_cues.json`: "because of", "due to",
  "in an attempt to", "amid", "after", "as" + a clause, ...), motive nouns ("revenge"), the
  weather the event happened in, what a verb of blame or praise is for ("criticised him for
  reopening the inquiry"), who or what is blamed ("blamed her defeat on X": X's decision, or
  what a relative clause says X did), the subject or passive agent of a causative verb ("the
  announcement that ... caused her to lose", "was driven by higher costs"), a purpose
  infinitive of the main verb or the errand of a journey; for a reaction ("upsets fans",
  "sparks outrage") the act that drew it; nearer the main event scores higher.
- how: a means or manner phrase of the main event ("by ...ing", "with ...", "using ...",
  "after surviving ..."), the weapon of an attack, the act that drew a reaction, else for an
  outcome without an object the mechanism a "when" clause
  of the lead tells ("were killed when a tram derailed"), else the verb group with a manner
  adverb ("narrowly avoids").

The id of the main event comes from `doc.events` when the event stage ran: the event whose
trigger is the main verb, else the event of the lead sentence nearest it, else the first one.
Every answer but the publication-date fallback of `when` is text with offsets into the article.

This module finds the lead and the actor-action candidates; `main_event_who` reads who and
what, `main_event_when`, `_where`, `_why` and `_how` the other questions, and
`main_event_context` holds what they share (the cue lexicon, `Action`, `Focus`, span helpers).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from ...config import Settings
from ...ontology.events import load_event_ontology
from ...ontology.reading import number_words
from ...parse.tree import Tree
from ...records import Answer, Document, MainEvent, Token
from .how import find_how
from .phrases import Action, Focus, answer, cues, entity_type, hyphen_start, quoted
from .when import find_when
from .where import find_where
from .who import surface_what, what, who
from .why import find_why

LEAD_SENTENCES = 6  # usable sentences read as the lead
WIDE_LEAD = 10  # usable sentences searched for the time and the cause
POSITION_DECAY = 0.5  # weight of a lead sentence: 1 / (1 + decay * rank)
HEADLINE_ACTOR = 0.2  # an actor the headline (kept apart as the title) names
_ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP", "GROUP")
# names of things that do not act: a race is "thrown into chaos", a "Game 7 delivers" a title
_NOT_ACTOR_NER = frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "DATE", "TIME", "MONEY",
                            "QUANTITY", "PERCENT", "LANGUAGE"})  # fmt: skip
_OCCASIONS = frozenset({"EVENT", "DATE", "TIME"})  # "An epic Game 7 delivers", "the year comes"
NOT_ACTOR = 0.3  # a name of a thing as the subject of an active verb
OCCASION = 0.5  # an occasion or a time, which acts even less than a product does
_MARKED_VERB = ("VBD", "VBN", "VBG")  # a verb by its ending, not a noun read as one ("protest")
_DASHES = frozenset({"--", "\u2014", "\u2013"})
_DATELINE_ENDS = _DASHES | {":"}  # "KUNDUZ, Afghanistan --", "NEW DELHI:"
_CLAUSE_PENALTY = {"main": 0.0, "conj": 0.1, "sub": 0.35}


class MainEventStage:
    name = "main_event.rules.v1"
    requires = frozenset({"tokens", "sentences", "ner"})
    produces = frozenset({"main_event"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return replace(doc, main_event=find_main_event(doc))


def find_main_event(doc: Document) -> MainEvent | None:
    if not doc.tokens:
        return None
    idx = Tree(doc)
    wide = lead_sentences(doc, WIDE_LEAD)
    lead = wide[:LEAD_SENTENCES]
    actions = sorted(_headlined(doc, idx, _actions(doc, idx, lead)), key=lambda a: -a.score)
    if not actions:
        when = find_when(doc, idx, wide, None)
        where = find_where(doc, idx, wide, None)
        return MainEvent(None, None, when, where, None, None, None)
    best = actions[0]
    f = Focus(best.sent, best.rank, best.verb, best.act)
    act = doc.tokens[best.act]
    if act.pos != "VERB" and act.text.lower() in cues().casualty:
        done = casualty_what(idx, best.act)  # "Several dead and dozens injured"
    elif act.pos in ("NOUN", "PROPN"):
        done = surface_what(idx, best.act)
    else:
        done = what(idx, best.act)
    return MainEvent(
        who=who(idx, best),
        what=done,
        when=find_when(doc, idx, wide, f),
        where=find_where(doc, idx, wide, f),
        why=find_why(doc, idx, wide, f),
        how=find_how(doc, idx, f, wide),
        event=_event_id(doc, best.sent, best.act),
    )


def _headlined(doc: Document, idx: Tree, actions: list[Action]) -> list[Action]:
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
        lo, hi = idx.subtree_bounds(a.subj)
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


# -- the lead -----------------------------------------------------------------------------------


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


def _actions(doc: Document, idx: Tree, lead: list[int]) -> list[Action]:
    counts = _mention_counts(doc)
    top = max((len(e.mentions) for e in doc.entities), default=1)
    ner_of = {i: n.label for n in doc.ner for i in range(n.tok_start, n.tok_end)}
    out = []
    verb_lemmas = _verb_lemmas(doc)
    title_end = doc.article.text.find("\n")
    for rank, s in enumerate(lead):
        found = _event_verbs(doc, idx, s)
        if rank == 0 or doc.sentences[s].start < title_end:
            # the headline (both parts of "US election 2016: Trump cries foul as ..."): a verb
            # the parser read as a noun ("Tram derails in ...")
            found = [*_casualties(idx, s, lead), *_headline_verbs(idx, s, verb_lemmas), *found]
            found = [
                (v, subj, "main" if k == 0 else "sub" if c == "main" else c)
                for k, (v, subj, c) in enumerate(found)
            ]
        for verb, subj, clause in found:
            act = _substantive(idx, verb)
            freq = _frequency(doc, idx, subj, counts) / top
            named = doc.tokens[subj].pos != "PRON" and entity_type(idx, subj) in _ACTOR_TYPES
            score = (
                1.0 / (1 + POSITION_DECAY * rank)
                + 0.35 * min(freq, 1.0)
                + 0.15 * named
                - _not_actor(ner_of.get(subj))
                - 0.3 * _bare_light_verb(idx, act)
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


def _verb_lemmas(doc: Document) -> set[str]:
    """The lemmas the article uses as verbs, and the verbs of the event dictionary (what a
    headline's "derails" or "slams" is read by)."""
    return {t.lemma.lower() for t in doc.tokens if t.pos == "VERB"} | _dictionary_verbs()


@cache
def _dictionary_verbs() -> frozenset[str]:
    return frozenset(load_event_ontology().petrarch)


def _headline_verbs(idx: Tree, s: int, verb_lemmas: set[str]) -> list[tuple[int, int, str]]:
    """(verb, subject, "main") for a headline verb in the present tense that the parser took for
    a noun: an "-s" word right after a name or noun, or a bare word after a plural subject
    ("Bill Murray and Barack Obama lead celebrations") or, in a headline the parser found no
    verb in, after the name of a group ("Taliban Strike German Consulate"), which the article
    elsewhere uses as a verb ("Lady Gaga protests outside ...": "protested") or the event
    dictionary knows as one.
    The headline's own parse is kept for everything else."""
    toks = idx.tokens
    sent = list(idx.sentence_tokens(s))
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
        if stems & verb_lemmas and not any(toks[c].dep == "det" for c in idx.children[i]):
            out.append((i, i - 1, "main"))
            break
    return out


def _casualties(idx: Tree, s: int, lead: list[int]) -> list[tuple[int, int, str]]:
    """(casualty word, the victims, "main") for a headline that tells its event by the toll:
    "Several dead and dozens injured after tram overturns", "Tram derailment: seven dead". The
    word (`casualty_words`, not a verb: that the parse reads) comes right after a count (a
    number, "several", "dozens") that opens the headline or follows its colon or dash, with no
    finite verb before it. The small model parses such headlines every which way, so they are
    read by the words. The victims are the count, or the counted noun of the first lead
    sentence that tells the toll with a verb ("At least seven people were killed")."""
    toks = idx.tokens
    sent = idx.sentence_tokens(s)
    for i in sent:
        t = toks[i]
        if t.tag in ("VBZ", "VBP", "VBD", "MD"):
            return []  # "Bomb kills five, dozens injured": the verb tells it
        if t.text.lower() not in cues().casualty or t.pos == "VERB" or i - 1 < sent[0]:
            continue
        opens = i - 1 == sent[0] or toks[i - 2].text in (":", *_DASHES, "-")
        if opens and _count(toks[i - 1]):
            return [(i, _victims(idx, lead, s) or i - 1, "main")]
    return []


def _victims(idx: Tree, lead: list[int], headline: int) -> int | None:
    """The counted subject of a casualty verb in the lead after the headline: "people" in "At
    least seven people were killed", "Several people died"."""
    toks = idx.tokens
    for s in lead:
        if s == headline:
            continue
        for i in idx.sentence_tokens(s):
            if toks[i].pos != "VERB" or toks[i].text.lower() not in cues().casualty:
                continue
            for subj in idx.children_by_dep(i, "nsubj", "nsubjpass"):
                if toks[subj].pos == "NOUN" and any(
                    _count(toks[c]) for c in idx.children_by_dep(subj, "nummod", "amod")
                ):
                    return subj
    return None


def _count(t: Token) -> bool:
    """A number, or a word that counts without one ("several", "dozens")."""
    return t.pos == "NUM" or t.text.lower() in _vague_numbers()


@cache
def _vague_numbers() -> frozenset[str]:
    return frozenset(w for w in number_words()["vague"] if " " not in w)


def casualty_what(idx: Tree, word: int) -> Answer | None:
    """The toll a casualty headline tells, from its first count to its last casualty word:
    "Several dead and dozens injured"."""
    toks = idx.tokens
    end = word
    while (
        end + 3 < len(toks)
        and toks[end + 1].text.lower() in ("and", ",")
        and _count(toks[end + 2])
        and toks[end + 3].text.lower() in cues().casualty
    ):
        end += 3  # "... and dozens injured"
    return answer(idx, word - 1, end)


def _bare_light_verb(idx: Tree, v: int) -> bool:
    """ "he had" without what he had: a light verb whose complement the parse lost."""
    toks = idx.tokens
    return toks[v].lemma in cues().bare_light and not any(
        toks[c].dep in ("dobj", "attr", "acomp", "xcomp", "ccomp", "oprd")
        and toks[c].sent == toks[v].sent
        for c in idx.children[v]
    )


def _mention_counts(doc: Document) -> Counter[str]:
    """Mentions per entity id, and occurrences per noun lemma (for actors no entity holds)."""
    counts = Counter(t.lemma.lower() for t in doc.tokens if t.pos in ("NOUN", "PROPN"))
    counts.update({e.id: len(e.mentions) for e in doc.entities})
    return counts


def _frequency(doc: Document, idx: Tree, subj: int, counts: Counter[str]) -> int:
    """How often the actor is mentioned: its entity's mentions, else its head word's count."""
    eid = idx.entity_of_token.get(subj)
    return counts[eid] if eid else counts[doc.tokens[subj].lemma.lower()]


def _event_verbs(doc: Document, idx: Tree, s: int) -> list[tuple[int, int, str]]:
    """(verb, subject, clause kind) of a sentence: its root's event verb first, then verbs
    coordinated with it, then subordinate clauses with their own actor ("Trump cries foul as
    FBI clears Clinton")."""
    toks = doc.tokens
    sent = list(idx.sentence_tokens(s))
    inside = set(sent)  # a sentence split off after a blank line keeps the parse it had, so
    roots = [  # its top may hang from the headline before it: that is its root too
        i for i in sent if toks[i].head == i or toks[i].dep == "ROOT" or toks[i].head not in inside
    ]
    found: list[tuple[int | None, str]] = [(_event_verb(idx, r), "main") for r in roots]
    patients = _headline_passives(idx, roots)
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
        subj = patients[v] if v in patients else _subject(idx, v)
        if (
            subj is None
            or quoted(doc, toks[subj].start)
            or not _actor_like(idx, subj, v, patient=v in patients)
        ):
            continue
        out.append((v, subj, "main" if not out else kind))  # the first actor's clause leads
    return out


def _headline_passives(idx: Tree, roots: list[int]) -> dict[int, int]:
    """verb -> subject for a headline told in the passive without "was": a noun the sentence
    hangs from and a participle right after it ("Prison guards arrested over Epstein death",
    "Tram passengers injured in crash"), in a sentence with no verb of its own."""
    toks = idx.tokens
    out: dict[int, int] = {}
    for r in roots:
        if toks[r].pos not in ("NOUN", "PROPN"):
            continue
        sent = idx.sentence_tokens(toks[r].sent)
        for c in idx.children_by_dep(r, "acl"):
            finite = [i for i in sent if toks[i].pos in ("VERB", "AUX") and i != c]
            if c == r + 1 and toks[c].tag == "VBN" and not finite:
                out[c] = r
    if roots and not out:
        out.update(_hyphened_passive(idx, toks[roots[0]].sent))
    return out


def _hyphened_passive(idx: Tree, s: int) -> dict[int, int]:
    """participle -> noun before it, for a verbless headline whose participle is hyphened and
    so read as an adjective ("Brazil GP red-flagged after ... crash")."""
    toks = idx.tokens
    sent = list(idx.sentence_tokens(s))
    if any(toks[i].pos in ("VERB", "AUX") for i in sent):
        return {}
    for i in sent[2:]:
        t = toks[i]
        if t.pos != "ADJ" or not t.text.lower().endswith("ed"):
            continue
        noun = hyphen_start(idx, i) - 1
        if noun == i - 1:
            continue  # not hyphened: "Residents upset ..." is read elsewhere
        if noun >= sent[0] and toks[noun].pos in ("NOUN", "PROPN"):
            return {i: noun}
    return {}


def _actor_like(idx: Tree, subj: int, verb: int, *, patient: bool = False) -> bool:
    """Whether a subject can be the actor: not a pronoun of the non-actor list, not after its
    verb, not a short word in capitals the tagger took for a common noun ("TV"), unless it is
    the noun a headline's passive is about ("Brazil GP red-flagged")."""
    t = idx.tokens[subj]
    if t.text.lower() in cues().non_actors or (t.i > verb and t.dep != "pobj"):
        return False
    return patient or not (t.text.isupper() and len(t.text) <= 3 and t.pos != "PROPN")


def _event_verb(idx: Tree, v: int, depth: int = 0) -> int | None:
    """The verb that carries the event: through reporting verbs ("..., officials said") to what
    they report, and from a copula-less headline root to its verb."""
    toks = idx.tokens
    t = toks[v]
    if t.pos == "ADJ" and t.lemma.lower() in cues().reaction and idx.children_by_dep(v, "nsubj"):
        return v  # "Residents upset after ...", "has upset parents": a verb of feeling read as one
    if t.pos not in ("VERB", "AUX"):
        verbs = [c for c in idx.children[v] if toks[c].pos == "VERB" and toks[c].dep != "amod"]
        return _event_verb(idx, verbs[0], depth + 1) if verbs and depth < 3 else None
    if t.lemma in cues().reporting and depth < 3:
        comp = [c for c in idx.children[v] if toks[c].dep in ("ccomp", "parataxis")]
        if comp and toks[comp[0]].pos in ("VERB", "AUX"):
            return _event_verb(idx, comp[0], depth + 1)
    return v


def _substantive(idx: Tree, v: int) -> int:
    """From a verb of going somewhere to what is done there: "Biden is heading to Italy for the
    summit where he is expected to sign an agreement" -> sign."""
    toks = idx.tokens
    c = cues()
    if toks[v].lemma not in c.motion:
        return v
    for j in sorted(idx.subtree(v)):
        t = toks[j]
        if j == v or t.pos != "VERB" or t.lemma in c.motion or t.lemma in c.light:
            continue
        if (
            t.head == v
            and t.dep in ("advcl", "xcomp")
            and any(toks[c].tag == "TO" for c in idx.children[j])
        ):
            continue  # "lands in Washington to meet Obama": the purpose is why, not what
        clause = t.dep in ("relcl", "advcl", "xcomp", "ccomp", "conj")
        if clause and idx.children_by_dep(j, "dobj") and not _told_as_circumstance(idx, j, v):
            return j
    return v


def _told_as_circumstance(idx: Tree, j: int, v: int) -> bool:
    """Whether a verb under a verb of going hangs from it through a phrase of time or cause
    ("returned home after being deported for entering the US"): what went before the journey,
    not what is done at its end."""
    toks = idx.tokens
    words = cues().adjunct_preps | cues().subordinators
    while j != v and toks[j].head != j:
        j = toks[j].head
        for k in (j, *idx.children_by_dep(j, "mark")):
            if k != v and toks[k].text.lower() in words:
                return True
    return False


def _subject(idx: Tree, v: int) -> int | None:
    agent = [o for c in idx.children_by_dep(v, "agent") for o in idx.children_by_dep(c, "pobj")]
    if agent or idx.tokens[v].tag == "VBN":
        agent = agent or _nested_agent(idx, v)
    if agent:
        return agent[0]
    subj = idx.children_by_dep(v, "nsubj", "nsubjpass")
    if subj:  # not a dateline read as one: "KUNDUZ, Afghanistan -- Taliban insurgents struck"
        toks = idx.tokens
        sent = toks[v].sent
        past = [
            c
            for c in subj
            if toks[c].sent == sent
            and not any(toks[j].text in _DATELINE_ENDS for j in range(c + 1, v))
        ]
        if past:
            return past[0]
        return _after_dateline(idx, v) or subj[0]
    t = idx.tokens[v]
    if t.dep in ("conj", "xcomp") and t.head != v:
        return _subject(idx, t.head)
    return None


def _after_dateline(idx: Tree, v: int) -> int | None:
    """The subject the parse hung from a dateline ("BRASILIA, Brazil -- Mr. Lula ... met", a
    dateline line above "Ascom, a provider of ..., announced"): the head of the first noun
    phrase between the dateline's end (or the verb's sentence start) and the verb."""
    toks = idx.tokens
    start = idx.doc.sentences[toks[v].sent].tok_start
    for j in range(start, v):
        if toks[j].text in _DATELINE_ENDS:
            start = j + 1
    for j in range(start, v):
        if toks[j].pos in ("PROPN", "NOUN") and not start <= toks[j].head < v:
            return j
    return None


def _nested_agent(idx: Tree, v: int) -> list[int]:
    """The actor of a passive told through the event noun: "consulate bombed in a revenge
    attack by the Taliban", "killed in an ambush by rebels" -- a "by" phrase on a noun of the
    verb's own prepositional phrase, naming an actor."""
    toks = idx.tokens
    if not (idx.children_by_dep(v, "nsubjpass", "auxpass") or idx.children_by_dep(v, "nsubj")):
        return []
    for p in idx.children_by_dep(v, "prep"):
        for noun in idx.children_by_dep(p, "pobj"):
            for by in idx.children_by_dep(noun, "prep"):
                if toks[by].text.lower() != "by":
                    continue
                actors = [
                    o
                    for o in idx.children_by_dep(by, "pobj")
                    if entity_type(idx, o) in _ACTOR_TYPES
                ]
                if actors:
                    return actors[:1]
    return []


def _event_id(doc: Document, s: int, verb: int) -> str | None:
    if not doc.events:
        return None
    v = doc.tokens[verb]
    for ev in doc.events:
        if ev.trigger.start <= v.start < ev.trigger.end:
            return ev.id
    in_lead = [ev for ev in doc.events if ev.sentence == s]
    if in_lead:
        return min(in_lead, key=lambda ev: abs(ev.trigger.start - v.start)).id
    return min(doc.events, key=lambda ev: (ev.sentence, ev.trigger.start)).id

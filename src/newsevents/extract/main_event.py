"""The main event of the article as 5W1H ("main_event.rules.v1").

News puts its main event first: the *lead* is the first sentence with a subject, a finite verb
and something it does (headlines count; captions, bylines and datelines do not). When the lead
reports speech ("..., officials said"), the event is what was reported.

- who: the subject of the lead's main verb (the agent of a passive), as a compact noun phrase;
- what: the verb group with its object or first argument ("has rammed a truck into the German
  consulate"), and an infinitive it governs ("are trying to reach a five-year-old boy");
- when: the first time expression (DATE/TIME) of the lead, else of the next sentences;
- where: a place (GPE/LOC/FAC, "at the White House") of the lead, else of the next sentences;
- why: a cause or purpose phrase ("because of ...", "due to ...", "in retaliation for ...",
  "in an attempt to ...", "to make them lighter", "after ...") in the lead or just after it;
- how: a means or manner ("by ...ing", "with ...", "despite ..."), else the verb group itself
  with a manner adverb ("narrowly avoids").

The id of the main event comes from `doc.events` when the event stage ran: the event whose
trigger is the lead's verb, else the first event of the lead sentence, else the first event.
Every answer is text with offsets into the article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..config import Settings
from ..ontology.gazetteer import load_gazetteer
from ..records import Answer, Document, MainEvent
from .common import DocIndex

_REPORTING = {
    "say", "tell", "report", "announce", "confirm", "state", "claim", "add", "write", "reveal",
    "allege", "insist", "warn", "believe", "think", "according",
}  # fmt: skip
_CAUSE_PREPS = {
    "because": 1, "due": 1, "over": 2, "after": 3, "amid": 3, "following": 3, "for": 4,
}  # fmt: skip
_CAUSE_PHRASES = re.compile(
    r"\b(?:because(?: of)?|due to|as a result of|in retaliation for|in response to|in protest"
    r" (?:at|against|over)|in an (?:attempt|effort|bid) to|in order to|so as to|in revenge for"
    r"|in reprisal for|as revenge for|in retaliation|as a reprisal for|because"
    r"|in the wake of|as part of|amid|owing to|thanks to|on the grounds that|since)\b",
    re.IGNORECASE,
)
_MEANS = re.compile(
    r"\b(?:by (?:\w+ing)\b|with (?:a|an|the|his|her|their|its)\b|despite\b|using\b|via\b)",
    re.IGNORECASE,
)
_SKIP_LINE = re.compile(
    r"^(?:image (?:copyright|caption)|media caption|photo|picture|by [A-Z]|updated|published)"
    r"|\b(?:click to|share on|opens in (?:a )?new window|sign up|subscribe|read more)\b",
    re.IGNORECASE,
)
_PLACES = ("GPE", "LOC", "FAC")
_BLAME = {"blame", "criticize", "criticise", "praise", "arrest", "charge", "punish", "thank",
          "apologize", "apologise", "sue", "fine", "jail", "convict", "condemn", "slam", "credit",
          "reward", "honour", "honor", "sanction", "fault", "attack"}  # fmt: skip
_DEICTIC = re.compile(
    r"(?i)(?:earlier |later )?(?:today|tonight|yesterday|tomorrow|now|this (?:morning|afternoon"
    r"|evening|week|month|year)|last (?:night|week|month|year))"
)
_MOTION = {"head", "go", "travel", "fly", "arrive", "come", "return", "leave", "set", "depart",
           "journey", "land", "visit"}  # fmt: skip
_LIGHT = {"expect", "plan", "want", "hope", "try", "seek", "aim", "intend", "be", "have", "make",
          "take", "get", "say"}  # fmt: skip
_LOCATIVE = {"to", "in", "at", "near", "outside", "inside", "into", "across", "from", "throughout"}
_DATELINE = re.compile(r"(?m)^(?:.*?\s)?([A-Z][A-Z .'-]{2,30}[A-Z]),? (?:[A-Z][a-z]{2}\.? \d|\()")
_NOT_ACTORS = {"i", "we", "you", "me", "us", "it", "this", "that", "there", "what", "which"}


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
    idx = DocIndex(doc)
    lead = _lead(doc, idx)
    if lead is None:
        return MainEvent(None, None, _when(doc, 0), _where(doc, idx, 0, None), None, None, None)
    sent, verb = lead
    act = _substantive(idx, verb)
    return MainEvent(
        who=_who(idx, verb),
        what=_what(idx, act),
        when=_when(doc, sent, verb=verb, idx=idx),
        where=_where(doc, idx, sent, verb),
        why=_why(doc, idx, sent, verb),
        how=_how(doc, idx, sent, act),
        event=_event_id(doc, sent, act),
    )


# -- the lead -----------------------------------------------------------------------------------


def _lead(doc: Document, idx: DocIndex) -> tuple[int, int] | None:
    """(sentence, verb token) of the first sentence that states an event."""
    text = doc.article.text
    for s, sent in enumerate(doc.sentences[:8]):
        line = text[sent.start : sent.end].strip()
        if len(line) < 15 or _SKIP_LINE.search(line):
            continue
        verb = _main_verb(doc, idx, s)
        if verb is not None:
            return s, verb
    return None


def _main_verb(doc: Document, idx: DocIndex, s: int) -> int | None:
    """The sentence's event verb: from its root, else the first verb with an actor as subject
    ("Massa makes an emotional farewell: 'I will never forget this day'")."""
    toks = doc.tokens
    sent = list(idx.sentence_tokens(s))
    roots = [i for i in sent if toks[i].head == i or toks[i].dep == "ROOT"]
    firsts = [_event_verb(idx, r) for r in roots]
    others = [i for i in sent if toks[i].pos == "VERB" and toks[i].dep in ("ccomp", "conj")]
    for v in [*firsts, *others]:
        if v is None or _quoted(doc, toks[v].start):
            continue
        subj = _subject(idx, v)
        if subj is None or _quoted(doc, toks[subj].start):
            continue
        word = toks[subj].text
        if word.lower() in _NOT_ACTORS or (
            word.isupper() and len(word) <= 3 and toks[subj].pos != "PROPN"
        ):
            continue
        return v
    return None


def _quoted(doc: Document, char: int) -> bool:
    """Whether a character lies between quotation marks on its line."""
    text = doc.article.text
    line_start = text.rfind("\n", 0, char) + 1
    before = text[line_start:char]
    return (
        (before.count("“") > before.count("”"))
        or before.count('"') % 2 == 1
        or (re.search(r"(?:^|\s)'", before) is not None and before.count("'") % 2 == 1)
    )


def _event_verb(idx: DocIndex, v: int, depth: int = 0) -> int | None:
    """The verb that carries the event: through reporting verbs ("..., officials said") to what
    they report, and from a copula-less headline root to its verb."""
    toks = idx.tokens
    t = toks[v]
    if t.pos not in ("VERB", "AUX"):
        verbs = [c for c in idx.children[v] if toks[c].pos == "VERB" and toks[c].dep != "amod"]
        return _event_verb(idx, verbs[0], depth + 1) if verbs and depth < 3 else None
    if t.lemma in _REPORTING and depth < 3:
        comp = [c for c in idx.children[v] if toks[c].dep in ("ccomp", "parataxis")]
        if comp and toks[comp[0]].pos in ("VERB", "AUX"):
            return _event_verb(idx, comp[0], depth + 1)
    return v


def _substantive(idx: DocIndex, v: int) -> int:
    """From a verb of going somewhere to what is done there: "Biden is heading to Italy for the
    summit where he is expected to sign an agreement" -> sign."""
    toks = idx.tokens
    if toks[v].lemma not in _MOTION:
        return v
    for j in sorted(idx.subtree(v)):
        t = toks[j]
        if j == v or t.pos != "VERB" or t.lemma in _MOTION or t.lemma in _LIGHT:
            continue
        if t.dep in ("relcl", "advcl", "xcomp", "ccomp", "conj") and idx.children_by_dep(j, "dobj"):
            return j
    return v


def _subject(idx: DocIndex, v: int) -> int | None:
    subj = idx.children_by_dep(v, "nsubj", "nsubjpass")
    if subj:
        return subj[0]
    t = idx.tokens[v]
    if t.dep in ("conj", "xcomp") and t.head != v:
        return _subject(idx, t.head)
    return None


# -- the questions ------------------------------------------------------------------------------


def _answer(idx: DocIndex, first: int, last: int) -> Answer | None:
    if last < first:
        return None
    toks = idx.tokens
    while first < last and toks[first].pos in ("PUNCT", "CCONJ", "SPACE"):
        first += 1
    while last > first and toks[last].pos in ("PUNCT", "CCONJ", "SPACE"):
        last -= 1
    start, end = toks[first].start, toks[last].end
    return Answer(idx.text[start:end], start, end)


def _compact(idx: DocIndex, i: int, *, keep_of: bool = True) -> tuple[int, int]:
    """A noun phrase without clauses, appositions and (but for "of ...") prepositions."""
    toks = idx.tokens
    drop: set[int] = set()
    stack = [(i, True)]
    while stack:  # walk down through "of" phrases, dropping everything clause-like
        j, top = stack.pop()
        for c in idx.children[j]:
            dep = toks[c].dep
            if dep in ("relcl", "acl", "appos", "punct", "advmod", "cc", "conj", "prep") and not (
                dep == "prep" and keep_of and top and toks[c].text.lower() == "of"
            ):
                drop.update(idx.subtree(c))
            elif dep == "prep" or dep == "pobj":
                stack.append((c, dep == "prep"))
    keep = sorted(j for j in idx.subtree(i) if j not in drop)
    k = keep.index(i)
    lo = hi = k
    while lo > 0 and keep[lo - 1] == keep[lo] - 1:
        lo -= 1
    while hi < len(keep) - 1 and keep[hi + 1] == keep[hi] + 1:
        hi += 1
    return keep[lo], keep[hi]


def _who(idx: DocIndex, v: int) -> Answer | None:
    toks = idx.tokens
    agent = [o for c in idx.children_by_dep(v, "agent") for o in idx.children_by_dep(c, "pobj")]
    subj = agent[0] if agent else _subject(idx, v)
    if subj is None:
        return None
    if toks[subj].tag in ("WP", "WDT") and toks[toks[subj].head].dep == "relcl":
        subj = toks[toks[subj].head].head
    if toks[subj].pos == "PRON":
        named = _antecedent(idx, subj)
        if named is not None:
            return named
    head = toks[subj]
    lo, hi = _compact(idx, subj)
    for n in idx.doc.ner:  # "Formula One star Max Verstappen": the name is the answer
        if n.label in ("PERSON", "ORG", "GPE", "NORP") and n.start <= head.start < n.end:
            return Answer(n.text, n.start, n.end)
    names = [
        n
        for n in idx.doc.ner
        if n.label in ("PERSON", "ORG") and toks[lo].start <= n.start and n.end <= toks[hi].end
    ]
    if len(names) == 1:  # "Lady Gaga stages" (a headline verb read as a noun), "Clinton aide"
        return Answer(names[0].text, names[0].start, names[0].end)
    return _answer(idx, lo, hi)


def _antecedent(idx: DocIndex, pron: int) -> Answer | None:
    """He/she/they: the last person (or group) named before the pronoun."""
    t = idx.tokens[pron]
    want = (
        ("PERSON",)
        if t.text.lower() in ("he", "she", "him", "her")
        else ("PERSON", "ORG", "NORP", "GPE")
    )
    before = [n for n in idx.doc.ner if n.label in want and n.end <= t.start]
    if not before:
        return None
    n = before[-1]
    return Answer(n.text, n.start, n.end)


def _what(idx: DocIndex, v: int) -> Answer | None:
    toks = idx.tokens
    first = v
    for c in idx.children[v]:
        if toks[c].dep in ("aux", "auxpass", "neg") and c < v:
            first = min(first, c)
    last = _predicate_end(idx, v)
    return _answer(idx, first, last)


def _predicate_end(idx: DocIndex, v: int, depth: int = 0) -> int:
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
    if xcomp and depth < 2:
        return max(last, _predicate_end(idx, xcomp[0], depth + 1))
    if objs:
        last = max(last, _compact(idx, objs[0])[1])
        preps = [c for c in kids if toks[c].dep == "prep" and c > objs[0]]
        if preps and toks[preps[0]].text.lower() in ("into", "on", "onto", "to", "against", "at"):
            pobj = idx.children_by_dep(preps[0], "pobj")
            if pobj and preps[0] == last + 1:
                last = max(last, _compact(idx, pobj[0])[1])
        return last
    preps = [c for c in kids if toks[c].dep in ("prep", "dative") and c > v]
    if preps and preps[0] <= last + 2:
        pobj = idx.children_by_dep(preps[0], "pobj")
        if pobj:
            last = max(last, _compact(idx, pobj[0], keep_of=False)[1])
    return last


def _sentences_from(doc: Document, s: int, n: int) -> range:
    return range(s, min(len(doc.sentences), s + n))


def _when(
    doc: Document, s: int, *, verb: int | None = None, idx: DocIndex | None = None
) -> Answer | None:
    """The first named time (weekday, date, clock time) from the lead on; a deictic one ("today",
    "this morning") only when no named one is near."""
    anchor = (doc.article.published or "")[:4]
    spans = [
        (t.start, t.end, t.text, _far(t.value, anchor))
        for t in doc.timexes
        if t.type in ("DATE", "TIME") and not _is_ref(t.value)
    ] or [(n.start, n.end, n.text, False) for n in doc.ner if n.label in ("DATE", "TIME")]
    best: tuple[tuple[int, int, int], tuple[int, int]] | None = None
    for k in range(0, min(len(doc.sentences), s + 10)):
        sent = doc.sentences[k]
        for a, b, text, far in spans:
            if not (sent.start <= a and b <= sent.end):
                continue
            deictic = bool(_DEICTIC.fullmatch(text.strip()))
            distance = k - s if k >= s else 1 + (s - k)
            key = (distance + (3 if deictic else 0) + (8 if far else 0), int(deictic), a)
            if best is None or key < best[0]:
                best = (key, (a, b))
    if best is None:
        return None
    a, b = best[1]
    return Answer(doc.article.text[a:b], a, b)


def _far(value: str | None, year: str) -> bool:
    """A date in another year than the dateline's is background, not the news."""
    return bool(value and year and value[:4].isdigit() and value[:4] != year)


def _is_ref(value: str | None) -> bool:
    return bool(value) and str(value).endswith("_REF")


def _where(doc: Document, idx: DocIndex, s: int, verb: int | None) -> Answer | None:
    """The most specific place near the lead: a city or a named site before a region before a
    country, where the sentence says it happened ("in ...", "at ..."), nearer the lead first;
    a dateline ("WASHINGTON, Nov 6 (Reuters) -") when the lead names no place."""
    toks = doc.tokens
    sub = set(idx.subtree(verb)) if verb is not None else set()
    subj = _subject(idx, verb) if verb is not None else None
    in_subject = set(idx.subtree(subj)) if subj is not None else set()
    best: tuple[int, int, int, int] | None = None
    text = doc.article.text
    for k in _sentences_from(doc, s, 4):
        sent = doc.sentences[k]
        for n in doc.ner:
            if not (sent.start <= n.start < sent.end) or n.label not in (*_PLACES, "ORG"):
                continue
            if any(ch.isdigit() for ch in n.text):
                continue  # "G7", "F1": names, not places
            prev = toks[n.tok_start - 1].text.lower() if n.tok_start > 0 else ""
            locative = prev in _LOCATIVE
            if n.label == "ORG" and not locative:
                continue
            score = 2 * _specificity(n.text, n.label) + 2 * locative - 2 * (k - s)
            if k == s and n.tok_start in sub:
                score += 1
            if n.tok_start in in_subject:
                score -= 1
            end = _whole_word(text, n.end)
            nxt = [p for p in doc.ner if p.label in _PLACES and 0 < p.start - end <= 2]
            if nxt and text[end : nxt[0].start].strip() == ",":
                end = _whole_word(text, nxt[0].end)  # "Baoding, Hebei province"
            cand = (score, -n.start, n.start, end)
            if best is None or cand[:2] > best[:2]:
                best = cand
    if best is None or best[0] < 2:
        m = _DATELINE.search(text, 0, 600)
        if m:
            return Answer(m.group(1), m.start(1), m.end(1))
    if best is None:
        return None
    return Answer(text[best[2] : best[3]], best[2], best[3])


def _whole_word(text: str, end: int) -> int:
    """Extend a name cut at a hyphen to the whole word: "Mazar" -> "Mazar-i-Sharif"."""
    m = re.match(r"(?:-[\w']+)+", text[end : end + 40])
    return end + m.end() if m else end


def _specificity(name: str, label: str) -> int:
    """3 for a city, 2 for a named site or a region, 1 for a country or an unknown name."""
    if label in ("FAC", "ORG"):
        return 2
    place = load_gazetteer().lookup(name)
    if place is None:
        return 2 if label == "LOC" else 1
    return {"city": 3, "admin1": 2}.get(place.kind, 1)


def _why(doc: Document, idx: DocIndex, s: int, verb: int) -> Answer | None:
    """A cause or purpose: a causal connective in the lead or the sentences after it, the object
    of "for" after verbs of blame and praise, a purpose infinitive, an "after ..." clause."""
    toks = doc.tokens
    for k in _sentences_from(doc, s, 4):
        sent = doc.sentences[k]
        text = doc.article.text[sent.start : sent.end]
        m = _CAUSE_PHRASES.search(text)
        if m:
            start = sent.start + m.end()
            first = next(
                (t.i for t in toks[sent.tok_start : sent.tok_end] if t.start >= start), None
            )
            if first is not None:
                return _answer(idx, first, _phrase_end(idx, first, sent.tok_end))
        for t in toks[sent.tok_start : sent.tok_end]:
            if t.text.lower() == "for" and toks[t.head].lemma in _BLAME:
                objs = idx.children_by_dep(t.i, "pobj", "pcomp")
                if objs:
                    lo, hi = idx.subtree_bounds(objs[0])
                    return _answer(idx, lo, hi)
    # a purpose infinitive of the main verb: "... to make them lighter"
    for c in idx.children[verb]:
        t = toks[c]
        if (
            t.dep in ("advcl", "xcomp")
            and c > verb
            and any(toks[g].text.lower() == "to" and toks[g].dep == "aux" for g in idx.children[c])
        ):
            lo, hi = idx.subtree_bounds(c)
            return _answer(idx, lo, hi)
    for c in idx.children[verb]:
        t = toks[c]
        if t.dep == "advcl" and any(
            toks[g].text.lower() in ("after", "as", "when") for g in idx.children[c]
        ):
            lo, hi = idx.subtree_bounds(c)
            lo = next(g for g in sorted(idx.subtree(c)) if toks[g].dep != "mark")
            return _answer(idx, lo, hi)
    return None


def _phrase_end(idx: DocIndex, first: int, limit: int) -> int:
    """The end of the phrase starting at `first`: up to a comma, semicolon or sentence end."""
    toks = idx.tokens
    last = first
    for i in range(first, limit):
        if toks[i].text in (",", ";", ".", "—", "–", ":", "?", "!") or toks[i].pos == "SPACE":
            break
        last = i
    return last


def _how(doc: Document, idx: DocIndex, s: int, verb: int) -> Answer | None:
    toks = doc.tokens
    sent = doc.sentences[s]
    text = doc.article.text[sent.start : sent.end]
    m = _MEANS.search(text)
    if m:
        start = sent.start + m.start()
        first = next((t.i for t in toks[sent.tok_start : sent.tok_end] if t.start >= start), None)
        if first is not None:
            return _answer(idx, first, _phrase_end(idx, first, sent.tok_end))
    manner = [
        c
        for c in idx.children[verb]
        if toks[c].dep == "advmod" and toks[c].text.lower().endswith("ly")
    ]
    first = min([verb, *manner])
    for c in idx.children[verb]:
        if toks[c].dep in ("aux", "auxpass", "neg") and c < verb:
            first = min(first, c)
    last = verb
    prt = [c for c in idx.children[verb] if toks[c].dep == "prt" and c > verb]
    if prt:
        last = prt[0]
    return _answer(idx, first, last)


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

"""When the main event happened: the best-scored date or time of the lead (a duration counted
from an event dates it too), else the occasion it happened at, else the publication day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ...ontology.events import load_event_ontology
from ...parse.tree import Tree
from ...records import Answer, Document
from .cues import cues
from .phrases import (
    answer,
    clause_core_end,
    compact,
    quad_class,
    quoted,
)
from .question import Action, Question

ANCHORED_PENALTY = 0.3  # "two days before the election" names its day less directly than "Sunday"


def _span_answer(text: str, start: int, end: int) -> Answer:
    """text[start:end] as an answer, without surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Answer(text[start:end], start, end)


def _sentence_of(doc: Document, char: int) -> int | None:
    for s, sent in enumerate(doc.sentences):
        if sent.start <= char < sent.end:
            return s
    return None


def find_when(q: Question) -> Answer | None:
    """The best-scored date or time of the lead; else the occasion, else the publication day."""
    doc, tree, lead, f = q.doc, q.tree, q.lead, q.action
    published = _day(doc.article.published)
    rank_of = {s: r for r, s in enumerate(lead)}
    main_rank = f.rank if f else 0
    clause = set(tree.subtree(f.verb)) if f else set()
    tok_at = {t.start: t.i for t in doc.tokens}
    best: tuple[float, int, int] | None = None
    for t in doc.timexes:
        value, end = t.value or "", t.end
        if t.type == "DURATION":  # "two days before the election": a date, by its anchor
            anchored = _anchored(doc, tree, t.end, tok_at)
            if anchored is None:
                continue
            end, grain, value = anchored, _anchored_grain(value) - ANCHORED_PENALTY, ""
        elif t.type not in ("DATE", "TIME") or value.endswith("_REF"):
            continue
        else:
            grain = _granularity(value)
        s = _sentence_of(doc, t.start)
        if s not in rank_of or quoted(doc, t.start):
            continue
        tok = tok_at.get(t.start)
        score = 1.0 - 0.25 * abs(rank_of[s] - main_rank) + grain
        score += 1.0 * (tok in clause) - 0.75 * _deictic(t.text)
        if tok is not None and not _deictic(t.text):  # "this morning" dates the paper's day
            score += _anchor_fit(tree, _span_head(tree, tok, end), f)
        score -= _distance_penalty(value, published)
        if tok is not None and _dates_a_modifier(tree, _span_head(tree, tok, end), f):
            score -= 0.5
        if best is None or score > best[0]:
            best = (score, t.start, end)
    if best is not None and best[0] >= 0.5:
        return _span_answer(doc.article.text, best[1], best[2])
    return _occasion(tree, lead, main_rank) or _publication_day(doc, published, set(lead))


def _occasion(tree: Tree, lead: Sequence[int], main_rank: int) -> Answer | None:
    """Where the lead gives no date: the named occasion the event happened at, which is when it
    happened ("... third place at the Brazilian Grand Prix", "at the G20 summit"): a run of
    capitalised words ending in an occasion noun (`occasion_heads`), nearest the main event's
    sentence. Not a lone head word ("the Cup"), nor a name in quotation marks."""
    toks = tree.tokens
    heads = cues().occasion_heads
    order = sorted(range(len(lead)), key=lambda r: (abs(r - main_rank), r))
    for r in order:
        sent = list(tree.sentence_tokens(lead[r]))
        for k, i in enumerate(sent):
            two = " ".join(t.text.lower() for t in toks[max(i - 1, 0) : i + 1])
            if not toks[i].text[:1].isupper() or (
                toks[i].text.lower() not in heads and two not in heads
            ):
                continue
            if k + 1 < len(sent) and toks[sent[k + 1]].pos == "PROPN":
                continue  # not the run's last word: "Cup Final"
            first = i - (two in heads)
            while (
                first > sent[0]
                and toks[first - 1].text[:1].isupper()
                and toks[first - 1].pos in ("PROPN", "ADJ", "NOUN")
            ):
                first -= 1
            if first < i - (two in heads) and not quoted(tree.doc, toks[first].start):
                return answer(tree, first, i)
    return None


def _anchored(doc: Document, tree: Tree, end: int, tok_at: dict[int, int]) -> int | None:
    """Where "two days before the election" ends: a duration followed by an anchor ("before",
    "after", "ahead of", "prior to") and the noun phrase of the event it counts from. None when
    no anchor follows, or a clause does ("48 hours before the two men met they had ...": what
    happened then, told as background)."""
    text = doc.article.text
    m = cues().time_anchor.match(text, end)
    if m is None or text[end - 4 : end] == "-old":  # "a five-year-old after ...": an age
        return None
    first = tok_at.get(m.end())
    if first is None:
        return None
    toks = tree.tokens
    prep = toks[first - 1]
    verb = toks[prep.head]
    if prep.dep == "mark" and verb.pos in ("VERB", "AUX") and verb.i >= first:
        sent = tree.sentence_tokens(toks[first].sent)
        if any(toks[i].dep == "ROOT" and i < prep.i for i in sent):  # "shot hours after he won"
            return toks[clause_core_end(tree, verb.i)].end
        return None  # "48 hours before the two men met, they had ...": background
    objs = tree.children_by_dep(prep.i, "pobj")
    if prep.pos != "ADP" or not objs or objs[0] < first:
        return None
    return toks[compact(tree, objs[0], keep_of=False, keep_dates=True)[1]].end


def _anchored_grain(value: str) -> float:
    """The granularity of an anchored duration: days or hours date a day (1), weeks or months
    a month (0.5), years a year (0)."""
    if re.fullmatch(r"PT?[\dX.]+[DHM]", value):
        return 1.0
    return 0.5 if re.fullmatch(r"P[\dX.]+[WM]", value) else 0.0


def _day(value: str | None) -> date | None:
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _dates_a_modifier(tree: Tree, tok: int, f: Action | None) -> bool:
    """Whether a time dates a participle that describes a noun, not the main event: "a letter
    sent to Congress more than a week ago" -- background."""
    toks = tree.tokens
    i = tok
    for _ in range(12):
        t = toks[i]
        if t.head == i or t.dep in ("relcl", "advcl", "ccomp", "conj"):
            return False
        if t.dep == "acl":
            return f is None or f.verb not in set(tree.subtree(i))
        i = t.head
    return False


def _span_head(tree: Tree, tok: int, end: int) -> int:
    """The token of a time expression that its words hang from ("late Thursday" -> Thursday):
    the first one, starting at `tok`, whose head lies outside the span."""
    toks = tree.tokens
    i = tok
    while i < len(toks) and toks[i].start < end:
        h = toks[i].head
        if h == i or not (toks[tok].start <= toks[h].start < end):
            return i
        i += 1
    return tok


def _anchor_fit(tree: Tree, tok: int, f: Action | None) -> float:
    """+1 when the time hangs from a mention of the main event ("met ... on Thursday",
    "Thursday's meeting"), -0.75 when it dates some other thing ("Tuesday's election")."""
    toks = tree.tokens
    anchor = tok
    path: list[int] = []
    for _ in range(3):
        t = toks[anchor]
        if t.head == anchor or t.dep not in ("pobj", "prep", "poss", "compound", "npadvmod"):
            break
        anchor = t.head
        path.append(anchor)
    if f is None or anchor == tok:
        return 0.0
    act, lemma = toks[f.act].lemma.lower(), toks[anchor].lemma.lower()
    if lemma.startswith(act[:4]) or _same_kind(act, lemma):
        return 1.0
    objs = tree.children_by_dep(f.act, "dobj")
    told = [w for o in objs for w in (toks[o].lemma.lower(), toks[o].text.lower())]
    for j in path:  # "describes first meeting": "... during the talks on Thursday"
        noun = toks[j].lemma.lower()
        if toks[j].pos == "NOUN" and any(_same_kind(w, noun, noun_too=True) for w in told):
            return 1.0
    return -0.75 if toks[anchor].pos in ("NOUN", "PROPN") else 0.0


def _same_kind(word: str, noun: str, *, noun_too: bool = False) -> bool:
    """Whether an event noun names the same kind of event as the main verb (or, `noun_too`, as
    the event noun the main verb tells of), by the CAMEO quad class of their codes in the event
    dictionary: "attacks ... the bombing late Thursday", "meeting ... the talks"."""
    onto = load_event_ontology()
    v, n = (onto.nouns if noun_too else onto.verbs).get(word), onto.nouns.get(noun)
    qv, qn = (quad_class(t.code) if t is not None else None for t in (v, n))
    return qv is not None and qv == qn


def _deictic(text: str) -> bool:
    """ "today", "tonight", "this morning": a time that only the publication date names."""
    return cues().deictic.fullmatch(text.strip()) is not None


def _granularity(value: str) -> float:
    """1 for a day or a clock time, 0.5 for a month or a week (or an unresolved date), 0 for a
    season or a year."""
    if not value:
        return 0.5
    if re.match(r"\d{4}-\d\d-\d\d", value):
        return 1.0
    if re.match(r"\d{4}-(?:\d\d|W\d\d)$", value):
        return 0.5
    return 0.0


def _distance_penalty(value: str, published: date | None) -> float:
    """A date far from publication is background, not the news."""
    if published is None or not value[:4].isdigit():
        return 0.0
    if int(value[:4]) != published.year:
        return 4.0
    day = _day(value)
    if day is not None and abs((day - published).days) > 14:
        return 3.0
    return 0.0


def _publication_day(doc: Document, published: date | None, lead: set[int]) -> Answer | None:
    """A mention of the publication day: by its date anywhere, else "today" in the lead; else
    the day itself (without offsets)."""
    if published is None:
        return None
    iso = published.isoformat()
    days = [
        t for t in doc.timexes if t.type == "DATE" and t.value == iso and not quoted(doc, t.start)
    ]
    for t in days:
        if not _deictic(t.text):
            return _span_answer(doc.article.text, t.start, t.end)
    for t in days:
        if _sentence_of(doc, t.start) in lead:  # "... met today": the word the article uses
            return _span_answer(doc.article.text, t.start, t.end)
    return Answer(f"{published:%B} {published.day}, {published.year}")

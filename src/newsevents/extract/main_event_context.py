"""When, where, why and how of the main event, and the helpers the main-event stage shares.

Each question gathers candidates from the lead (the sentence indices `lead`, in reading order)
and keeps the best-scored one; `Focus` says where the main event was found. The scores follow
the features Giveme5W1H uses (position, frequency in the article, cue strength, granularity);
see `main_event.py` for the overview.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..ontology.actors import lexicon
from ..ontology.events import load_event_ontology
from ..ontology.gazetteer import load_gazetteer
from ..ontology.reading import main_event_cues
from ..records import Answer, Document, NamedSpan
from .common import DocIndex

_PUNCT = ("PUNCT", "SPACE", "CCONJ")
LEAD_CAUSE = 6  # lead sentences searched for any causal cue; later ones for strong cues only
STRONG_CAUSE = 2.5  # "because", "due to", "in retaliation for", "in order to"
MEANS_SENTENCES = 3  # lead sentences searched for "by/despite/after doing" beyond the main one
MECHANISM_SENTENCES = 4  # lead sentences searched for a "when" clause that tells how
SURE_CAUSE = 3.0  # "because of", "due to": a cause wherever it is said
OTHER_PURPOSE = 1.5  # a purpose infinitive of another verb of the lead: "sat down to discuss"
VERB_REASON = 3.0  # "criticised him for reopening the inquiry": what he did
CULPRIT_THING = 2.5  # "blamed Comey's decision to reopen the inquiry for her defeat"
CULPRIT_ACT = 3.0  # "blamed her defeat on Comey, who announced he was reopening the inquiry"
CULPRIT_PERSON = 0.5  # "blames the FBI director for her defeat": the person, failing better
_PLACES = ("GPE", "LOC", "FAC")
ANCHORED_PENALTY = 0.3  # "two days before the election" names its day less directly than "Sunday"
_DOING = ("by", "despite", "after")  # + a verb in -ing: how the actor brought it about
_SITE_PREPS = ("at", "in", "inside", "outside", "near")  # an organisation's building: "at the FBI"
_CLAUSE_END = (",", ";", ".", "—", "–", ":", "?", "!")
_DATELINE = re.compile(r"(?m)^(?:.*?\s)?([A-Z][A-Z .'-]{2,30}[A-Z]),? (?:[A-Z][a-z]{2}\.? \d|\()")


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
        prompt_end=re.compile("|".join(c["prompt_end_patterns"]), re.IGNORECASE),
        time_anchor=re.compile(rf"\s+(?:just\s+)?{_alternation(c['time_anchors'])}\s+", re.I),
    )


@dataclass(frozen=True, slots=True)
class Focus:
    """Where the main event is: its sentence, that sentence's rank in the lead, the verb found
    and the verb that says what is done."""

    sent: int
    rank: int
    verb: int
    act: int


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


def answer(idx: DocIndex, first: int, last: int) -> Answer | None:
    """The tokens first..last as an answer, without punctuation or a conjunction at the ends."""
    if last < first:
        return None
    toks = idx.tokens
    while first < last and toks[first].pos in _PUNCT:
        first += 1
    while last > first and toks[last].pos in _PUNCT:
        last -= 1
    first, last = _close_quotes(idx, first, last)
    start, end = toks[first].start, toks[last].end
    return Answer(idx.text[start:end], start, end)


_QUOTE_MARKS = frozenset("'\"‘’“”")


def _close_quotes(idx: DocIndex, first: int, last: int) -> tuple[int, int]:
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


def compact(idx: DocIndex, i: int, *, keep_of: bool = True) -> tuple[int, int]:
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
            elif dep in ("prep", "pobj"):
                stack.append((c, dep == "prep"))
    keep = sorted(j for j in idx.subtree(i) if j not in drop)
    k = keep.index(i)
    lo = hi = k
    while lo > 0 and keep[lo - 1] == keep[lo] - 1:
        lo -= 1
    while hi < len(keep) - 1 and keep[hi + 1] == keep[hi] + 1:
        hi += 1
    return keep[lo], keep[hi]


def phrase_end(idx: DocIndex, first: int, limit: int) -> int:
    """The end of the phrase starting at `first`: up to a comma, semicolon or sentence end."""
    toks = idx.tokens
    last = first
    for i in range(first, limit):
        if toks[i].text in _CLAUSE_END or toks[i].pos == "SPACE":
            break
        last = i
    return last


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


# -- when ---------------------------------------------------------------------------------------


def find_when(doc: Document, idx: DocIndex, lead: list[int], f: Focus | None) -> Answer | None:
    """The best-scored date or time of the lead; else the publication day."""
    published = _day(doc.article.published)
    rank_of = {s: r for r, s in enumerate(lead)}
    main_rank = f.rank if f else 0
    clause = set(idx.subtree(f.verb)) if f else set()
    tok_at = {t.start: t.i for t in doc.tokens}
    best: tuple[float, int, int] | None = None
    for t in doc.timexes:
        value, end = t.value or "", t.end
        if t.type == "DURATION":  # "two days before the election": a date, by its anchor
            anchored = _anchored(doc, idx, t.end, tok_at)
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
            score += _anchor_fit(idx, _span_head(idx, tok, end), f)
        score -= _distance_penalty(value, published)
        if tok is not None and _dates_a_modifier(idx, _span_head(idx, tok, end), f):
            score -= 0.5
        if best is None or score > best[0]:
            best = (score, t.start, end)
    if best is not None and best[0] >= 0.5:
        return _span_answer(doc.article.text, best[1], best[2])
    return _occasion(idx, lead, main_rank) or _publication_day(doc, published, set(lead))


def _occasion(idx: DocIndex, lead: list[int], main_rank: int) -> Answer | None:
    """Where the lead gives no date: the named occasion the event happened at, which is when it
    happened ("... third place at the Brazilian Grand Prix", "at the G20 summit"): a run of
    capitalised words ending in an occasion noun (`occasion_heads`), nearest the main event's
    sentence. Not a lone head word ("the Cup"), nor a name in quotation marks."""
    toks = idx.tokens
    heads = cues().occasion_heads
    order = sorted(range(len(lead)), key=lambda r: (abs(r - main_rank), r))
    for r in order:
        sent = list(idx.sentence_tokens(lead[r]))
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
            if first < i - (two in heads) and not quoted(idx.doc, toks[first].start):
                return answer(idx, first, i)
    return None


def _anchored(doc: Document, idx: DocIndex, end: int, tok_at: dict[int, int]) -> int | None:
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
    toks = idx.tokens
    prep = toks[first - 1]
    verb = toks[prep.head]
    if prep.dep == "mark" and verb.pos in ("VERB", "AUX") and verb.i >= first:
        sent = idx.sentence_tokens(toks[first].sent)
        if any(toks[i].dep == "ROOT" and i < prep.i for i in sent):  # "shot hours after he won"
            return toks[clause_core_end(idx, verb.i)].end
        return None  # "48 hours before the two men met, they had ...": background
    objs = idx.children_by_dep(prep.i, "pobj")
    if prep.pos != "ADP" or not objs or objs[0] < first:
        return None
    return toks[compact(idx, objs[0], keep_of=False)[1]].end


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


def _dates_a_modifier(idx: DocIndex, tok: int, f: Focus | None) -> bool:
    """Whether a time dates a participle that describes a noun, not the main event: "a letter
    sent to Congress more than a week ago" -- background."""
    toks = idx.tokens
    i = tok
    for _ in range(12):
        t = toks[i]
        if t.head == i or t.dep in ("relcl", "advcl", "ccomp", "conj"):
            return False
        if t.dep == "acl":
            return f is None or f.verb not in set(idx.subtree(i))
        i = t.head
    return False


def _span_head(idx: DocIndex, tok: int, end: int) -> int:
    """The token of a time expression that its words hang from ("late Thursday" -> Thursday):
    the first one, starting at `tok`, whose head lies outside the span."""
    toks = idx.tokens
    i = tok
    while i < len(toks) and toks[i].start < end:
        h = toks[i].head
        if h == i or not (toks[tok].start <= toks[h].start < end):
            return i
        i += 1
    return tok


def _anchor_fit(idx: DocIndex, tok: int, f: Focus | None) -> float:
    """+1 when the time hangs from a mention of the main event ("met ... on Thursday",
    "Thursday's meeting"), -0.75 when it dates some other thing ("Tuesday's election")."""
    toks = idx.tokens
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
    objs = idx.children_by_dep(f.act, "dobj")
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
    qv, qn = (_quad(t.code) if t is not None else None for t in (v, n))
    return qv is not None and qv == qn


def _quad(code: str | None) -> int | None:
    """The CAMEO quad class of an event code (`cameo_codes.jsonl`): 1-4, verbal and material
    cooperation, verbal and material conflict."""
    cc = load_event_ontology().code(code)
    return cc.quad_class if cc is not None else None


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


# -- where --------------------------------------------------------------------------------------


def find_where(doc: Document, idx: DocIndex, lead: list[int], f: Focus | None) -> Answer | None:
    """The best-scored place of the lead; else the dateline."""
    toks = doc.tokens
    text = doc.article.text
    c = cues()
    main_rank = f.rank if f else 0
    clause = set(idx.subtree(f.verb)) if f else set()
    counts = _place_counts(doc)
    top = max(counts.values(), default=1)
    best: tuple[float, int, int] | None = None
    spans = [*doc.ner, *_unlabelled_towns(doc, idx, lead)]
    for rank, s in enumerate(lead):
        sent = doc.sentences[s]
        for n in spans:
            if not (sent.start <= n.start < sent.end) or n.label not in (*_PLACES, "ORG"):
                continue
            span = _place_span(doc, idx, n)
            if span is None or quoted(doc, n.start) or _organisation(idx, n.tok_start):
                continue
            start, end, name = span
            before = n.tok_start - 1
            if before > 0 and toks[before].text.lower() == "the":  # "at the Kremlin"
                before -= 1
            prev = toks[before].text.lower() if before >= 0 else ""
            locative = prev in c.locative or (prev == "on" and n.label in ("FAC", "LOC"))
            if n.label == "ORG" and prev not in _SITE_PREPS:
                continue
            spec = _specificity(name, n.label) or _known_country(idx, n.tok_start)
            if spec == 0:
                if not locative:
                    continue
                spec = 1.5  # a name after "in" that the gazetteer lacks: most likely a small place
            freq = counts.get(n.text.lower(), 1) / top
            score = (
                1.5 * spec
                + 1.0 * locative
                + 1.0 * freq
                + 0.75 * (f is not None and s == f.sent)
                + 0.5 * (n.tok_start in clause)
                - 0.4 * abs(rank - main_rank)
            )
            if best is None or score > best[0]:
                best = (score, start, end)
    if best is None or best[0] < 2.0:
        m = _DATELINE.search(text, 0, 600)
        if m and _specificity(m.group(1), "GPE"):
            return Answer(m.group(1), m.start(1), m.end(1))
    if best is None:
        return _article_place(doc, counts)
    return Answer(text[best[1] : best[2]], best[1], best[2])


def _unlabelled_towns(doc: Document, idx: DocIndex, lead: list[int]) -> list[NamedSpan]:
    """Proper nouns of the lead that the NER model did not read as places but the gazetteer
    knows as a town ("Croydon tram crash: ..."), as GPE spans: the longest run of proper nouns
    from a run's first word that is a town. A word inside another name's span ("Paris Hilton",
    "the Stanley Cup"; a PRODUCT span excepted, the model's usual misreading of a town) or a
    time expression ("March") is left alone, and a run is cut short only before a word in
    lower case ("Croydon tram")."""
    toks = doc.tokens
    text = doc.article.text
    taken = {i for n in doc.ner if n.label != "PRODUCT" for i in range(n.tok_start, n.tok_end)}
    times = [(t.start, t.end) for t in doc.timexes]
    out: list[NamedSpan] = []
    for s in lead:
        run: list[int] = []
        for i in [*idx.sentence_tokens(s), -1]:
            free = i >= 0 and not any(a <= toks[i].start < b for a, b in times)
            if free and toks[i].pos == "PROPN" and i not in taken:
                run.append(i)
                continue
            for k in range(len(run), 0, -1):
                if k < len(run) and not toks[run[k]].text.islower():
                    continue
                a, b = toks[run[0]], toks[run[k - 1]]
                place = load_gazetteer().lookup(text[a.start : b.end])
                if place is not None and place.kind == "city":
                    name = text[a.start : b.end]
                    out.append(NamedSpan(a.start, b.end, name, "GPE", run[0], run[k - 1] + 1))
                    break
            run = []
    return out


def _article_place(doc: Document, counts: dict[str, int]) -> Answer | None:
    """Where the lead names no place: the place the article most often puts things in ("in
    the UK"), answered at its first such mention."""
    toks = doc.tokens
    c = cues()
    located: dict[str, NamedSpan] = {}
    for n in doc.ner:
        if n.label not in ("GPE", "LOC") or n.tok_start == 0:
            continue
        before = n.tok_start - 1
        if toks[before].text.lower() == "the" and before > 0:  # "in the UK"
            before -= 1
        prev = toks[before].text.lower()
        if prev in c.locative and not re.match(r"-[a-z]", doc.article.text[n.end : n.end + 2]):
            located.setdefault(n.text.lower(), n)
    if not located:
        return None
    key = max(located, key=lambda k: (counts.get(k, 1), -located[k].start))
    n = located[key]
    return Answer(n.text, n.start, n.end)


def _organisation(idx: DocIndex, tok: int) -> bool:
    """A name the entity layer coded to a sector other than government: the NER model's "GPE"
    for "F.B.I." is the police, not a place (a government is a place's metonym: "London")."""
    eid = idx.entity_of_token.get(tok)
    ent = idx.entities.get(eid) if eid else None
    return ent is not None and ent.sector not in (None, "GOV")


def _known_country(idx: DocIndex, tok: int) -> float:
    """1 when the entity layer placed the name in a country ("UK", "Britain"), else 0."""
    eid = idx.entity_of_token.get(tok)
    ent = idx.entities.get(eid) if eid else None
    return float(ent is not None and ent.type in _PLACES and ent.country is not None)


def _place_counts(doc: Document) -> dict[str, int]:
    """How often each place is mentioned: its entity's mentions, else its name's NER spans."""
    counts: dict[str, int] = {}
    for n in doc.ner:
        if n.label in _PLACES:
            counts[n.text.lower()] = counts.get(n.text.lower(), 0) + 1
    for e in doc.entities:
        if e.type in _PLACES:
            for m in e.mentions:
                counts[m.text.lower()] = max(counts.get(m.text.lower(), 0), len(e.mentions))
    return counts


def _place_span(doc: Document, idx: DocIndex, n: NamedSpan) -> tuple[int, int, str] | None:
    """The place a name span names: not a name with digits ("G7") nor a modifier ("US-based");
    a known place at its end when the span is not one ("Photo LONDON"); "Baoding, Hebei".
    Returns the span to answer and the name of the place itself."""
    text = doc.article.text
    if any(ch.isdigit() for ch in n.text) or re.match(r"-[a-z]{3,}(?![\w-])", text[n.end :]):
        return None
    start, name = n.start, n.text
    words = name.split()
    if len(words) > 1 and _specificity(name, n.label) <= 1 and not _known_country(idx, n.tok_start):
        for k in range(1, len(words)):
            rest = " ".join(words[k:])
            if load_gazetteer().lookup(rest) is not None:
                start, name = n.end - len(rest), rest
                break
    end = _whole_word(text, n.end)
    if end > n.end:  # "Mazar" -> "Mazar-i-Sharif": the whole word is the place's name
        name = text[start:end]
    nxt = [p for p in doc.ner if p.label in _PLACES and 0 < p.start - end <= 2]
    if nxt and text[end : nxt[0].start].strip() == ",":
        end = _whole_word(text, nxt[0].end)  # "Baoding, Hebei province"
    return start, end, name


def _whole_word(text: str, end: int) -> int:
    """Extend a name cut at a hyphen to the whole word: "Mazar" -> "Mazar-i-Sharif"."""
    m = re.match(r"(?:-[\w']+)+", text[end : end + 40])
    return end + m.end() if m else end


def _demonym_led(name: str) -> bool:
    """Whether a name starts with a nationality adjective ("Brazilian Formula One")."""
    words = name.split()
    return len(words) > 1 and lexicon().demonym(words[0]) is not None


def _specificity(name: str, label: str) -> float:
    """3 for a city (3.5 for a town under a million people), 2 for a named site or a region,
    1 for a country, 0 for a name the gazetteer does not know as a place."""
    if label in ("FAC", "ORG"):
        return 2
    place = load_gazetteer().lookup(cues().place_suffix.sub("", name))
    if place is None:  # a region the gazetteer lacks ("the Alps"), unless it is a demonym's
        return 2 if label == "LOC" and not _demonym_led(name) else 0  # "Brazilian Formula"
    if place.kind == "city":
        return 3.5 if place.population < 1_000_000 else 3
    return 2 if place.kind == "admin1" else 1


# -- why and how --------------------------------------------------------------------------------


def find_why(doc: Document, idx: DocIndex, lead: list[int], f: Focus) -> Answer | None:
    """The best-scored cause or purpose of the lead: a causal cue's phrase, what a verb of
    blame or praise is for ("criticised him for reopening the inquiry"), who or what is blamed
    ("blames her defeat on X": X, or what X did), the subject of a causative verb ("the
    announcement that ... caused her to lose"), a purpose infinitive of the main verb."""
    toks = doc.tokens
    c = cues()
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    spans = [(t.start, t.end) for t in doc.timexes] + [(q.start, q.end) for q in doc.quantities]
    amounts = {i for a, b in spans for i in range(bisect_left(starts, a), bisect_left(starts, b))}
    topic = _topic(idx, f)
    found: list[tuple[float, int, int]] = []
    main_clause = set(idx.subtree(f.act))
    for rank, s in enumerate(lead):
        sent = doc.sentences[s]
        near = 1.5 * (s == f.sent) - 0.4 * abs(rank - f.rank)
        text = doc.article.text[sent.start : sent.end]
        late = rank >= LEAD_CAUSE
        told = any(_mentions(idx, i, topic) for i in range(sent.tok_start, sent.tok_end))
        about = not late or told
        for m in c.causal.finditer(text):
            phrase = re.sub(r"\s+", " ", m.group(0).lower())
            weight = c.causal_weight[phrase]
            if late and (weight < STRONG_CAUSE or (weight < SURE_CAUSE and not about)):
                continue  # past the lead: a strong cue about the main event, or a sure one
            cue = bisect_left(ends, sent.start + m.end(), sent.tok_start, sent.tok_end)
            if cue >= sent.tok_end or quoted(doc, toks[cue].start):
                continue
            if phrase in c.clause_only and not (
                toks[cue].dep == "mark"
                and idx.children_by_dep(toks[cue].head, "nsubj", "nsubjpass")
            ):
                continue  # "as" opens a clause with its own subject, else it is no cause
            span = _cause_span(idx, cue, sent.tok_end)
            if span is None or span[0] in amounts or toks[span[0]].pos in ("NUM", "SYM"):
                continue  # "after two days", "over $260 billion": a time or an amount
            found.append((weight + near, *span))
        if not about:
            continue
        for t in toks[sent.tok_start : sent.tok_end]:
            if t.i != f.act and t.pos == "VERB" and t.lemma == toks[f.act].lemma and not late:
                errand = _errand(idx, t.i)  # the main event told again: "to meet X for talks"
                if errand is not None:
                    found.append((3.0 + near, *errand))
            if t.lemma.lower() in c.cause_nouns and not late:
                lo, hi = _motive_span(idx, t.i)
                found.append((3.0 + near, lo, hi))
            if (
                t.text.lower() in c.circumstances
                and t.dep == "pobj"
                and toks[t.head].text.lower() in ("in", "amid", "amidst")
                and not late
            ):  # "crashed out in the treacherous conditions": the weather as the cause
                lo, hi = compact(idx, t.i)
                while lo < t.i and toks[lo].pos == "DET":
                    lo += 1
                found.append((1.5 + near, lo, hi))
            head = toks[t.head]
            if head.dep == "dobj":  # "criticised him for ...": "for" may hang from the object
                head = toks[head.head]
            objs = idx.children_by_dep(t.i, "pobj", "pcomp")
            reproach = head.lemma in c.blame or _reproach(idx, t.head)
            if t.text.lower() == "for" and reproach and objs:
                lo, hi = idx.subtree_bounds(objs[0])
                if toks[objs[0]].pos == "VERB":  # "for reopening the inquiry [and ...]"
                    found.append((VERB_REASON + near, lo, clause_core_end(idx, objs[0])))
                elif head.lemma not in c.culprit:  # "blames X for the defeat": the outcome
                    found.append((2.0 + near, lo, hi))
            if t.pos == "VERB" and t.lemma in c.culprit:
                found.extend((w + near, lo, hi) for w, lo, hi in _culprit(idx, t.i))
            if not late and t.i not in (f.act, f.verb) and not quoted(doc, t.start):
                span = _causative(idx, t.i)
                if span is not None:
                    found.append((SURE_CAUSE + near, *span))
            if told and not late and t.pos == "VERB" and t.i not in main_clause:
                span = _purpose(idx, t.i)
                if span is not None:
                    found.append((OTHER_PURPOSE + near, *span))
    purpose = _purpose(idx, f.act)
    if purpose is None and toks[f.act].lemma not in c.culprit:
        purpose = _errand(idx, f.act)
    if purpose is not None:
        found.append((3.5, *purpose))
    if not found:
        return None
    _, lo, hi = max(found, key=lambda x: (x[0], -x[1]))
    return answer(idx, lo, hi)


def _reproach(idx: DocIndex, head: int) -> bool:
    """Whether a "for" hangs from a noun of reproach or praise, or from a verb that has one:
    "faces a backlash for", "came under fire for"."""
    toks = idx.tokens
    nouns = [head] + [
        o for p in idx.children_by_dep(head, "prep") for o in idx.children_by_dep(p, "pobj")
    ]
    return any(toks[n].pos == "NOUN" and toks[n].lemma.lower() in cues().reproach for n in nouns)


def _culprit(idx: DocIndex, verb: int) -> list[tuple[float, int, int]]:
    """Who or what is blamed (or credited), as a cause: "blames the defeat on X", "blames X for
    the defeat". A thing is the cause itself ("Comey's decision to reopen the inquiry"); for a
    person, what a relative clause says they did ("Comey, who announced he was reopening the
    investigation"), else, weakly, the person."""
    toks = idx.tokens
    culprits = [
        o
        for p in idx.subtree(verb)
        if toks[p].text.lower() == "on" and _governor(idx, p) == verb
        for o in idx.children_by_dep(p, "pobj")
    ] or idx.children_by_dep(verb, "dobj")
    if not culprits:
        return []
    who = culprits[0]
    person = _companion(idx, who) or toks[who].pos == "PROPN"
    name = [who]  # "FBI director James Comey, who ...": the parser may split the name
    while name[-1] + 1 < len(toks) and len(name) < 6:
        nxt = toks[name[-1] + 1]
        if nxt.pos not in ("PROPN", "NOUN") or nxt.sent != toks[who].sent:
            break
        name.append(nxt.i)
    for r in [*name, *idx.children_by_dep(who, "appos")]:
        for rel in idx.children_by_dep(r, "relcl"):
            if person or any(toks[g].text.lower() == "who" for g in idx.children[rel]):
                return [(CULPRIT_ACT, *_act_core(idx, rel))]
    if not person:
        return [(CULPRIT_THING, *_object_phrase(idx, who))]
    return [(CULPRIT_PERSON, *compact(idx, who))]


def _governor(idx: DocIndex, prep: int) -> int | None:
    """The verb a preposition belongs to, up through the phrases it hangs from: in "blamed her
    defeat in the election on X", "on" is parsed under "election" but belongs to "blamed"."""
    toks = idx.tokens
    j = toks[prep].head
    for _ in range(4):
        if toks[j].pos in ("VERB", "AUX"):
            return j
        if toks[j].dep not in ("dobj", "pobj", "prep", "compound") or toks[j].head == j:
            return None
        j = toks[j].head
    return None


def _object_phrase(idx: DocIndex, obj: int) -> tuple[int, int]:
    """An object's phrase up to a comma or a "for"/"as"/"on" phrase the parser hung inside it
    ("Comey's decision to reopen the inquiry [as the reason for her defeat]")."""
    toks = idx.tokens
    lo, hi = idx.subtree_bounds(obj)
    for j in range(obj + 1, hi + 1):
        if toks[j].text in _CLAUSE_END or (
            toks[j].dep == "prep" and toks[j].text.lower() in ("for", "as", "on")
        ):
            return lo, j - 1
    return lo, hi


def _act_core(idx: DocIndex, verb: int) -> tuple[int, int]:
    """A clause cut to who did what: its subject (but a relative "who"), the verb and its
    object's noun phrase; the content of a reporting verb stands for it ("who announced he was
    reopening the investigation into ...": "he was reopening the investigation")."""
    toks = idx.tokens
    if toks[verb].lemma in cues().reporting:
        said = [j for j in idx.subtree(verb) if toks[j].dep == "ccomp"]
        if said:
            verb = said[0]
    lo = verb
    for c in idx.children[verb]:
        dep, tag = toks[c].dep, toks[c].tag
        if c < verb and dep in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") and tag[:1] != "W":
            lo = min(lo, idx.subtree_bounds(c)[0])  # but a relative "who" or "which"
    hi = verb
    for c in idx.children[verb]:
        if c > verb and toks[c].dep in ("dobj", "prt", "attr", "acomp"):
            hi = max(hi, compact(idx, c)[1])
    return lo, hi


def _causative(idx: DocIndex, verb: int) -> tuple[int, int] | None:
    """The cause a causative verb names: its subject ("the announcement that he had revived
    the inquiry caused her to lose": what was announced) or, in the passive, its agent ("was
    driven by higher costs")."""
    toks = idx.tokens
    t = toks[verb]
    c = cues()
    if t.pos != "VERB" or t.dep == "acl":  # a participle on a noun has no subject of its own
        return None
    if t.lemma in c.passive_causal and idx.children_by_dep(verb, "auxpass"):
        for a in idx.children_by_dep(verb, "agent"):
            objs = idx.children_by_dep(a, "pobj")
            if objs and toks[objs[0]].pos in ("NOUN", "PROPN"):
                lo, hi = compact(idx, objs[0])
                return _cause_noun(idx, objs[0], lo, hi)
        return None
    if t.lemma not in c.causal_verbs:
        return None
    particle = c.causal_verbs[t.lemma]
    if particle and not any(toks[p].text.lower() == particle for p in idx.children[verb]):
        return None  # "led the team", not "led to"
    subj = idx.children_by_dep(verb, "nsubj")
    if not subj or toks[subj[0]].pos not in ("NOUN", "PROPN"):
        return None
    for rel in idx.children[subj[0]]:  # "the announcement that he had revived the inquiry"
        marks = idx.children_by_dep(rel, "mark")  # a content clause, not "the report that X read"
        if toks[rel].dep in ("relcl", "acl") and marks and idx.children_by_dep(rel, "nsubj"):
            lo, hi = idx.subtree_bounds(rel)
            return (marks[0] + 1 if marks[0] == lo else lo), hi
    lo, hi = compact(idx, subj[0])
    return _cause_noun(idx, subj[0], lo, hi)


def _cause_noun(idx: DocIndex, noun: int, lo: int, hi: int) -> tuple[int, int]:
    """A cause's noun phrase without its leading article: "higher costs for ingredients"."""
    toks = idx.tokens
    while lo < noun and toks[lo].pos == "DET":
        lo += 1
    return lo, hi


def _topic(idx: DocIndex, f: Focus) -> set[str]:
    """The main event's entity ids, the lemma of its verb and of its subject's head noun
    ("Nurses strike ...": "the nurses" tell of it too)."""
    toks = idx.tokens
    ids = {idx.entity_of_token.get(i) for i in idx.subtree(f.verb)}
    subjects = idx.children_by_dep(f.verb, "nsubj", "nsubjpass")
    subjects += [  # "thousands of workers": the workers
        o
        for s in subjects
        for p in idx.children_by_dep(s, "prep")
        if toks[p].text.lower() == "of"
        for o in idx.children_by_dep(p, "pobj")
    ]
    heads = {toks[s].lemma.lower() for s in subjects if toks[s].pos == "NOUN"}
    return {i for i in ids if i} | {toks[f.act].lemma.lower()} | heads


def _mentions(idx: DocIndex, i: int, topic: set[str]) -> bool:
    eid = idx.entity_of_token.get(i)
    return (eid is not None and eid in topic) or idx.tokens[i].lemma.lower() in topic


def _cause_span(idx: DocIndex, cue: int, limit: int) -> tuple[int, int] | None:
    """The phrase a causal cue introduces: the object of a preposition ("because of higher
    costs"), the clause of a conjunction ("because he cleared her"), the verb phrase of an
    infinitive ("in an attempt to meet rising costs"); never past the clause's end."""
    toks = idx.tokens
    t = toks[cue]
    end = phrase_end(idx, cue + 1, limit) if cue + 1 < limit else cue
    objs = idx.children_by_dep(cue, "pobj", "pcomp")
    head = toks[t.head]  # "due to", "because of": the first word holds the object
    if not objs and t.head != cue and (head.pos == "ADP" or head.dep == "prep"):
        objs = [o for o in idx.children_by_dep(t.head, "pobj") if o > cue]
    if objs and toks[objs[0]].pos in ("NOUN", "PROPN"):
        lo, hi = compact(idx, objs[0])
        for p in idx.children_by_dep(objs[0], "prep"):  # "higher costs for ingredients"
            pobj = idx.children_by_dep(p, "pobj")
            if p == hi + 1 and toks[p].text.lower() == "for" and pobj:
                hi = compact(idx, pobj[0])[1]
    elif objs:
        lo, hi = objs[0], clause_core_end(idx, objs[0])
        lo = min(lo, idx.subtree_bounds(objs[0])[0])
    elif t.dep == "mark" or (t.dep == "aux" and t.text.lower() == "to"):
        lo, hi = cue + 1, clause_core_end(idx, t.head)
    else:
        lo, hi = cue + 1, end
    hi = min(hi, end)
    if lo > hi or lo <= cue:
        return None
    if hi == lo and toks[lo].pos not in ("NOUN", "PROPN"):
        return None
    return lo, hi


def _errand(idx: DocIndex, verb: int) -> tuple[int, int] | None:
    """What a journey or a meeting is for: "arrives at the White House for transition talks",
    "to meet President Obama for transition talks" (a verb of going with any noun, another verb
    with an event noun of the dictionary)."""
    toks = idx.tokens
    motion = toks[verb].lemma in cues().motion
    nouns = load_event_ontology().nouns
    preps = [p for p in idx.children_by_dep(verb, "prep") if p > verb]
    places = [o for p in preps for o in idx.children_by_dep(p, "pobj")]
    for p in [*preps, *(q for o in places for q in idx.children_by_dep(o, "prep"))]:
        if toks[p].text.lower() == "for":  # on the verb, or on its place ("at X for talks")
            objs = idx.children_by_dep(p, "pobj")
            if (
                not objs
                or toks[objs[0]].pos != "NOUN"
                or toks[objs[0]].ent_type not in ("", "EVENT")
            ):
                continue
            if motion or toks[objs[0]].lemma.lower() in nouns:
                return p, compact(idx, objs[0])[1]
    return None


def _motive_span(idx: DocIndex, noun: int) -> tuple[int, int]:
    """A motive said by a noun, with what it answers: "a reprisal for airstrikes", "in
    retaliation for air strikes last week"; "a 'revenge' attack" gives "revenge" (the attack is
    what was done)."""
    toks = idx.tokens
    hi = noun
    for p in idx.children[noun]:
        if toks[p].text.lower() == "for" and p > noun:
            objs = idx.children_by_dep(p, "pobj")
            if objs:
                hi = compact(idx, objs[0])[1]
            break
    return noun, hi


_SIDE_CLAUSES = ("advcl", "conj", "cc", "parataxis", "punct")


def clause_core_end(idx: DocIndex, verb: int) -> int:
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


def _purpose(idx: DocIndex, verb: int) -> tuple[int, int] | None:
    """A purpose infinitive of the main verb: "... to make them lighter"."""
    toks = idx.tokens
    for c in idx.children[verb]:
        t = toks[c]
        if t.dep == "advcl" and c > verb:
            to = [
                g for g in idx.children[c] if toks[g].text.lower() == "to" and toks[g].dep == "aux"
            ]
            if to:
                return to[0] + 1, idx.subtree_bounds(c)[1]
    return None


def _companion(idx: DocIndex, tok: int) -> bool:
    """Whether a noun names someone: a pronoun, a person, group or organisation, a relative or
    friend ("with his father")."""
    t = idx.tokens[tok]
    if t.pos == "PRON" or t.ent_type in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if t.lemma.lower() in cues().companion_nouns or t.text.lower() in cues().companion_nouns:
        return True
    eid = idx.entity_of_token.get(tok)
    return eid is not None and idx.entities[eid].type in ("PERSON", "ORG", "NORP", "GPE", "GROUP")


def find_how(
    doc: Document, idx: DocIndex, f: Focus, lead: list[int] | None = None
) -> Answer | None:
    """A means or manner phrase attached to the main verb, else the mechanism a "when" clause of
    the lead tells ("... were killed when a tram derailed"), else the main verb group."""
    toks = doc.tokens
    means = _means(doc, idx, f) or _doing(idx, [f.sent], set(idx.subtree(f.act)), _DOING)
    if means is None:  # "... rocked the campaign by announcing ...": said in the next sentences
        others = [s for s in (lead or [])[:MEANS_SENTENCES] if s != f.sent]
        means = _doing(idx, others, None, _DOING[:2])  # not "after": there, a time
    if means is None and _violent(idx.tokens[f.act].lemma.lower()):
        means = _weapon(idx, (lead or [])[:MEANS_SENTENCES])  # "a car packed with explosives"
    if means is not None:
        return means
    if idx.children_by_dep(f.act, "dobj"):
        return _verb_group(idx, f.act)  # an act done to something is its own how
    for s in (lead or [])[:MECHANISM_SENTENCES]:
        for i in idx.sentence_tokens(s):
            t = toks[i]
            verb = t.head
            if toks[verb].dep == "conj":  # "when it flipped and derailed": "when" on the second
                verb = toks[verb].head
            if t.text.lower() != "when" or t.dep != "advmod" or toks[verb].dep != "advcl":
                continue
            subj = idx.children_by_dep(verb, "nsubj", "nsubjpass")
            if subj and not quoted(doc, t.start):
                return _mechanism(idx, subj[0], verb)
    return _verb_group(idx, f.act)


def _mechanism(idx: DocIndex, subj: int, verb: int) -> Answer | None:
    """What happened, told bare: the subject and its verb, and a verb coordinated with it ("the
    tram overturned", "it flipped and derailed"), without objects, places or times."""
    toks = idx.tokens
    lo, hi = compact(idx, subj)
    while lo < subj and toks[lo].pos == "DET":
        lo += 1
    if any(toks[j].pos not in ("AUX", "PART", "ADV") for j in range(hi + 1, verb)):
        lo = verb  # "tram - whose driver was later arrested -- derailed": the verbs alone
    last = verb
    for c in idx.children_by_dep(verb, "conj"):
        if (
            c > verb
            and toks[c].pos == "VERB"
            and all(toks[j].pos == "CCONJ" for j in range(verb + 1, c))
        ):
            last = c
    return answer(idx, lo, last)


_WEAPON_CLASSES = ("@bomb", "@smallarms", "&weapon")
MATERIAL_CONFLICT = 4  # CAMEO quad class


def _violent(verb: str) -> bool:
    """Whether a verb codes to material conflict (CAMEO 15-20) in the event dictionary."""
    trigger = load_event_ontology().verbs.get(verb)
    return trigger is not None and _quad(trigger.code) == MATERIAL_CONFLICT


@cache
def _arms() -> frozenset[str]:
    """The weapon words of the event dictionary's classes."""
    onto = load_event_ontology()
    return frozenset().union(*(onto.classes.get(k, frozenset()) for k in _WEAPON_CLASSES))


def _weapon(idx: DocIndex, sentences: list[int]) -> Answer | None:
    """The weapon of an attack, told anywhere in the first lead sentences: "with" and a weapon
    of the event dictionary's classes ("a car packed with explosives")."""
    toks = idx.tokens
    arms = _arms()
    for s in sentences:
        for i in idx.sentence_tokens(s):
            if toks[i].text.lower() != "with" or quoted(idx.doc, toks[i].start):
                continue
            for o in idx.children_by_dep(i, "pobj"):
                if toks[o].text.lower() in arms or toks[o].lemma.lower() in arms:
                    return answer(idx, i, compact(idx, o, keep_of=False)[1])
    return None


def _doing(
    idx: DocIndex, sentences: list[int], within: set[int] | None, cues_: tuple[str, ...]
) -> Answer | None:
    """What the actor did to bring it about: "by", "despite" or "after" with a verb in -ing
    ("wins after surviving two red flags", "despite spinning his car at 180mph"), in the given
    sentences (and within the given tokens)."""
    toks = idx.tokens
    for s in sentences:
        for i in idx.sentence_tokens(s):
            t = toks[i]
            if t.text.lower() not in cues_ or t.dep != "prep" or (within and i not in within):
                continue
            verbs = [o for o in idx.children_by_dep(i, "pcomp") if toks[o].tag == "VBG"]
            if verbs and not quoted(idx.doc, t.start):
                return answer(idx, i, _bare_predicate_end(idx, verbs[0]))
    return None


def _bare_predicate_end(idx: DocIndex, verb: int, depth: int = 0) -> int:
    """The verb with its particle and object, or the clause it reports, without adjuncts:
    "spinning his car [at 180mph in dangerous conditions]", "announcing that there would not be
    any charges [involving ...]"."""
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
        elif dep == "ccomp" and depth < 2:
            last = max(last, _bare_predicate_end(idx, c, depth + 1))
    return last


def _means(doc: Document, idx: DocIndex, f: Focus) -> Answer | None:
    """A means phrase ("with a truck bomb", "by widening the gaps") of the main verb."""
    toks = doc.tokens
    sent = doc.sentences[f.sent]
    text = doc.article.text[sent.start : sent.end]
    clause = set(idx.subtree(f.act))
    for m in cues().means.finditer(text):
        start = sent.start + m.start()
        cue = next((t.i for t in toks[sent.tok_start : sent.tok_end] if t.start >= start), None)
        if cue is None or cue not in clause or toks[cue].dep == "agent":
            continue
        word = toks[cue].text.lower()
        objs = idx.children_by_dep(cue, "pobj", "pcomp")
        if word == "by" and not any(toks[o].tag == "VBG" for o in objs):
            continue  # "by" + a noun is an agent or a time, not a means
        if word == "with" and any(_companion(idx, o) for o in objs):
            continue  # "with his father", "with Obama": company, not an instrument
        end = phrase_end(idx, cue, sent.tok_end)
        if objs and toks[objs[0]].pos in ("NOUN", "PROPN"):
            end = min(end, compact(idx, objs[0])[1])  # "with a truck bomb", not "... on Thursday"
        return answer(idx, cue, end)
    return None


def _verb_group(idx: DocIndex, verb: int) -> Answer | None:
    """The verb with its auxiliaries, a manner adverb and a particle: "narrowly avoids"."""
    toks = idx.tokens
    manner = [
        c
        for c in idx.children[verb]
        if toks[c].dep == "advmod" and toks[c].text.lower().endswith("ly")
    ]
    first = min([verb, *manner])
    for c in idx.children[verb]:
        if toks[c].dep in ("aux", "auxpass", "neg") and c < verb and toks[c].tag != "TO":
            first = min(first, c)
    rest = [c for c in idx.children[verb] if toks[c].dep in ("prt", "acomp") and c > verb]
    return answer(idx, first, rest[0] if rest else verb)  # "crashed out", "are outraged"

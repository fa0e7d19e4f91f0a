"""Time expressions ("timex.rules.v1"): find them, then normalise them against the dateline.

Candidates come from spaCy's DATE/TIME spans and from patterns of our own (weekdays, "last
week", "two years ago", clock times, seasons, "now" ...). A leading preposition is cut off
("since 2014" -> "2014"). Each candidate is normalised by `timex_norm.normalize` with the
publication date as anchor, the tense of the verb that governs it (so "in November" is the next
November under "will" and the last one under "was"), and the last day-level date already read
(for "the next day"). Overlapping candidates keep the longest one that normalises.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from ...config import Settings
from ...ontology.reading import timex_words
from ...records import Document, Timex, Token
from .normalize import FUTURE, PAST, PRESENT, Context, normalize

_LEADING = re.compile(
    r"^(?:(?:in|on|at|since|by|until|till|during|for|from|within|through|throughout|as of"
    r"|before|after|between|starting|beginning|ending|into|of)\s+)+",
    re.IGNORECASE,
)

_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_NUM = (
    r"(?:\d[\d,]*(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a couple of|a few|several|many|few"
    r"|(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine))"
)
_UNITS = r"(?:days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|hours?)"
_GRAINS = r"(?:week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)"
_D = r"\d{1,2}(?:st|nd|rd|th)?"

# Patterns over the raw text for what spaCy's NER tends to miss; case matters for names.
_SCAN = [
    re.compile(
        rf"\b(?:(?:last|next|this|coming|early|late) )?(?:{_WEEKDAYS})s?"
        rf"(?:,? (?:{_MONTHS}) {_D}(?:,? \d{{4}})?)?"
        r"(?: (?:morning|afternoon|evening|night))?\b"
    ),
    re.compile(
        rf"\b(?:(?:early|late|mid-|last|next|this) ?)?(?:{_MONTHS})(?: {_D}\b)?"
        r"(?:,? \d{4}\b)?"
    ),
    re.compile(rf"\b{_D} (?:of )?(?:{_MONTHS})(?:,? \d{{4}}\b)?"),
    re.compile(
        r"(?i)\b(?:today|tonight|yesterday|tomorrow)(?: (?:morning|afternoon|evening|night))?"
        r"\b"
    ),
    re.compile(
        rf"(?i)\b(?:(?:earlier|later|early|late) )?(?:the )?(?:last|this|next|past|coming"
        rf"|previous) (?:{_NUM} )?{_GRAINS}s?\b"
    ),
    re.compile(rf"(?i)\b(?:the )?(?:last|past|next|coming|previous) {_NUM} {_UNITS}\b"),
    re.compile(rf"(?i)\b{_NUM} (?:{_UNITS}|minutes?|seconds?) (?:ago|earlier|later)\b"),
    re.compile(
        rf"(?i)\b{_NUM}(?: and a half)?[- ](?:(?:more|additional|further|consecutive"
        rf"|straight|successive|full|long) )?(?:{_UNITS}|quarters)(?: and a half)?"
        r"(?:-long|-old| old)?\b"
    ),
    re.compile(r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b"),
    re.compile(r"(?i)\bper (?:day|week|month|year|hour)\b"),
    re.compile(r"(?i)\bthe (?:near |distant |foreseeable )?future\b"),
    re.compile(
        r"(?i)\b(?:the )?(?:end|start|beginning|middle|close|rest) of (?:the|this|last|next)"
        r" (?:year|month|week|day)\b"
    ),
    re.compile(
        r"(?i)\b(?:end|ends|ended|start|starts|started|close|closes|closed|begin|began"
        r"|open|opened) (?P<t>the (?:day|week|month|year))\b"
    ),
    re.compile(r"(?i)\b\d+[- ](?:minutes?|seconds?)\b"),
    re.compile(
        r"(?i)\b(?:about |around )?\d{1,2}(?:[:.]\d{2})? ?(?:a\.m\.|p\.m\.|am\b|pm\b)"
        r"(?: (?:local time|GMT|UTC|BST|ET|EST|EDT|PT|PST|PDT))?"
    ),
    re.compile(r"\b\d{1,2}:\d{2}\b(?! ?[ap]\.?m)"),
    re.compile(r"(?i)\b(?:noon|midnight|overnight)\b"),
    re.compile(r"(?i)\b(?:now|currently|recently|nowadays)\b"),
    re.compile(
        rf"(?i)\b(?:every|each) (?:(?:{_NUM}|other) )?(?:day|week|month|year|decade"
        rf"|{_WEEKDAYS})s?\b"
    ),
    re.compile(r"(?i)\b(?:twice|once|three times) (?:a|per) (?:day|week|month|year)\b"),
    re.compile(r"\b(?:daily|weekly|monthly|annually|yearly|quarterly)\b"),
    re.compile(
        r"(?i)\b(?:(?:last|this|next|early|late|mid-|the) )?(?:spring|summer|fall|autumn"
        r"|winter)(?: of)?(?: \d{4})?\b"
    ),
    re.compile(r"\b(?:the )?(?:1[5-9]|20)\d0s\b|\bthe '?\d0s\b"),
    re.compile(
        r"(?i)\b(?:the )?(?:\d{1,2}(?:st|nd|rd|th)|first|nineteenth|twentieth"
        r"|twenty-first) century\b"
    ),
    re.compile(
        r"(?i)\b(?:the )?(?:first|second|third|fourth) quarter(?: of \d{4})?\b"
        r"|\bQ[1-4](?: \d{4})?\b"
    ),
    re.compile(
        r"(?i)\b(?:the (?:next|following|previous|same) (?:day|week|month|year)"
        r"|that (?:day|week|month|year)|the day (?:before|after)|(?:the|this|over the) "
        r"weekend|this time last year|earlier today|later today)\b"
    ),
    re.compile(
        r"\b(?:Christmas(?: Eve| Day)?|Easter(?: Sunday| Monday)?|Good Friday|Thanksgiving"
        r"|New Year's (?:Day|Eve)|Halloween|Independence Day|Election Day|Labor Day"
        r"|Memorial Day|Veterans Day|Valentine's Day|Boxing Day)(?:,? \d{4})?\b"
    ),
    re.compile(
        r"(?i)\b(?:in|since|by|until|from|during|before|after|through) "
        r"(?:early |late |mid-)?(?:1[89]\d\d|20\d\d)\b"
    ),
]
_MOD_BEFORE = re.compile(
    r"\b(?:about|around|approximately|roughly|some|nearly|almost|more than|less than|fewer than"
    r"|over|under|at least|up to|at most|no more than|upwards of|an estimated|just over"
    r"|just under)\s+$",
    re.IGNORECASE,
)
_DURATION_A = re.compile(r"(?i)an? (?:day|week|month|year|decade|hour|minute)s?$")
_PREP_BEFORE = re.compile(
    r"(?i)\b(?:for|in|within|over|after|than|about|around|nearly|almost|only|just|least|to|up to"
    r"|than|under|some|past|last|first)\s+$"
)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_VALUE = re.compile(r"(\d{4})(?:$|-)")
_NAMES_DAY = re.compile(
    rf"(?i)today|tonight|yesterday|tomorrow|{_WEEKDAYS}|{_MONTHS}|\d{{4}}-\d\d-\d\d|\d+/\d+"
)
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_BARE_MAY = re.compile(r"May\b(?! \d)")
_MAY_CUE = re.compile(
    r"(?:in|since|until|by|from|early|late|mid-|last|next|this|of|through)\s*$", re.IGNORECASE
)
_MONTH_OR_DAY = re.compile(rf"(?:{_MONTHS}|{_WEEKDAYS})\.?", re.IGNORECASE)
_SEASON_WORD = re.compile(r"(?i)spring|summer|fall|autumn|winter")

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "could", "might", "may", "should", "ll"}
_FUTURE_GOVERNORS = {
    "expect", "plan", "schedule", "set", "due", "hope", "aim", "intend", "want", "seek",
    "prepare", "promise", "pledge", "vow", "threaten", "propose", "will", "need", "going",
    "likely", "poise", "slate",
}  # fmt: skip
_PAST_AUX = {"did", "was", "were", "had", "has", "have", "'d", "'ve"}


class TimexStage:
    name = "timex.rules.v1"
    requires = frozenset({"tokens", "sentences", "ner"})
    produces = frozenset({"timexes"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        timex_words()  # fail at build time if the lexicon is broken

    def __call__(self, doc: Document) -> Document:
        return replace(doc, timexes=tuple(find_timexes(doc)))


def anchor_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_timexes(doc: Document) -> list[Timex]:
    text = doc.article.text
    anchor = anchor_date(doc.article.published)
    token_at = _token_starts(doc.tokens)
    out: list[Timex] = []
    ref: date | None = None
    ref_year: int | None = None
    cands = {(s, e) for s, e, ner in _candidates(doc) if _plausible(doc, text, s, e, ner=ner)}
    for cluster in _clusters(sorted(_with_modifiers(text, cands))):
        taken: list[Timex] = []
        for start, end in sorted(cluster, key=lambda c: (c[0] - c[1], c[0])):
            if any(start < t.end and t.start < end for t in taken):
                continue
            phrase = text[start:end]
            tense = _tense(doc, token_at, start, end)
            ctx = Context(anchor=anchor, tense=tense, ref=ref, ref_year=ref_year)
            norm = normalize(phrase, ctx)
            if norm is None:
                continue
            taken.append(Timex("", start, end, phrase, norm.type, norm.value, norm.mod))
        for t in sorted(taken, key=lambda t: t.start):
            out.append(replace(t, id=f"t{len(out) + 1}"))
            if t.value and _DAY_VALUE.match(t.value):
                ref = date.fromisoformat(t.value[:10])
            if t.type == "DATE" and t.value and (y := _YEAR_VALUE.match(t.value)):
                ref_year = int(y.group(1))
    return _attach_clock_times(doc, out, anchor)


def _attach_clock_times(doc: Document, timexes: list[Timex], anchor: date | None) -> list[Timex]:
    """A clock time with no day of its own ("at 18:00 UTC") happens on the day that the same
    sentence names ("Tuesday"), not on the publication day."""
    if anchor is None:
        return timexes
    sent_of = _sentence_of(doc)
    out = list(timexes)
    for k, t in enumerate(timexes):
        if t.type != "TIME" or not (t.value or "").startswith(anchor.isoformat() + "T"):
            continue
        if _NAMES_DAY.search(t.text):
            continue
        days = [
            u
            for u in timexes
            if u.type == "DATE"
            and u.value
            and _DAY_VALUE.fullmatch(u.value)
            and sent_of(u.start) == sent_of(t.start)
        ]
        if days:
            day = min(days, key=lambda u: abs(u.start - t.start))
            out[k] = replace(t, value=f"{day.value}{(t.value or '')[10:]}")
    return out


def _sentence_of(doc: Document) -> Callable[[int], int]:
    starts = [s.start for s in doc.sentences]

    def find(char: int) -> int:
        return bisect_right(starts, char) - 1

    return find


def _candidates(doc: Document) -> Iterator[tuple[int, int, bool]]:
    """(start, end, from_ner) of every possible time expression."""
    text = doc.article.text
    for span in doc.ner:
        if span.label in ("DATE", "TIME"):
            for s, e in _trimmed(text, span.start, span.end):
                yield s, e, True
            for m in _YEAR.finditer(text, span.start, span.end):
                yield m.start(), m.end(), True
    for pattern in _SCAN:
        group = "t" if "t" in pattern.groupindex else 0
        for m in pattern.finditer(text):
            for s, e in _trimmed(text, m.start(group), m.end(group)):
                yield s, e, False


def _with_modifiers(text: str, cands: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Each candidate also with a modifier in front of it ("nearly thirty hours")."""
    out = set(cands)
    for start, end in cands:
        m = _MOD_BEFORE.search(text, max(0, start - 24), start)
        if m:
            out.add((m.start(), end))
    return out


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    phrase = text[start:end]
    lead = _LEADING.match(phrase)
    if lead:
        start += lead.end()
    while end > start and text[end - 1] in ".,;:'’ " and not text[start:end].endswith(".m."):
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    if end > start:
        yield start, end


def _plausible(doc: Document, text: str, start: int, end: int, *, ner: bool) -> bool:
    """Drop pattern hits that are words of another kind: the verb "fall", the modal "May"."""
    phrase = text[start:end]
    if _BARE_MAY.fullmatch(phrase):
        return bool(_MAY_CUE.search(text[max(0, start - 12) : start]))
    season = None if ner else _SEASON_WORD.search(phrase)
    if season:
        tok = _token_at(doc, start + season.start())
        if tok is not None and tok.pos not in ("NOUN", "PROPN"):
            return False
        if re.search(r"^(?:the )?\w+ of (?!\d)", text[start : end + 12], re.IGNORECASE):
            return False  # "the fall of Kabul"
        if phrase.lower() in ("spring", "summer", "fall", "autumn", "winter"):
            before = text[max(0, start - 10) : start].lower()
            return bool(re.search(r"\b(?:in|this|last|next|by|until|since|the)\s*$", before))
    if _DURATION_A.fullmatch(phrase):
        # "for a day" is a duration; "not a day anybody ..." and "a day high" are not
        return bool(_PREP_BEFORE.search(text, max(0, start - 12), start))
    if re.fullmatch(r"\d{4}", phrase):
        prev_tok, next_tok = _token_at(doc, start - 2), _token_at(doc, end + 1)
        if next_tok is not None and "Number=Plur" in next_tok.morph and next_tok.start == end + 1:
            return False  # "1709 schoolchildren"
        if (
            prev_tok is not None
            and next_tok is not None
            and prev_tok.pos == "PROPN"
            and next_tok.pos == "PROPN"
            and next_tok.text[:1].isupper()
            and not _MONTH_OR_DAY.fullmatch(prev_tok.text)
        ):
            return False  # "the Russell 2000 Index"
    if phrase.lower() in ("now", "currently", "recently"):
        tok = _token_at(doc, start)
        return tok is None or tok.pos == "ADV"
    # "USA TODAY Sports": a name in capitals amid ordinary text
    return not (phrase.isupper() and len(phrase) > 3 and _in_capitalised_name(text, start, end))


def _in_capitalised_name(text: str, start: int, end: int) -> bool:
    """Whether a word in capitals sits between capitalised words ("USA TODAY Sports") in text
    that is not itself all capitals (a shouted headline keeps its times)."""
    before = re.search(r"([A-Z][\w.-]*) $", text[max(0, start - 20) : start])
    after = re.match(r" [A-Z]", text[end : end + 2])
    around = text[max(0, start - 40) : end + 40]
    return bool(before and after) and re.search(r"[a-z]{3}", around) is not None


def _token_at(doc: Document, char: int) -> Token | None:
    lo, hi = 0, len(doc.tokens)
    while lo < hi:  # tokens are in text order: binary search
        mid = (lo + hi) // 2
        t = doc.tokens[mid]
        if t.end <= char:
            lo = mid + 1
        elif t.start > char:
            hi = mid
        else:
            return t
    return None


def _clusters(cands: list[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    cluster: list[tuple[int, int]] = []
    end = -1
    for c in cands:
        if cluster and c[0] >= end:
            yield cluster
            cluster = []
        cluster.append(c)
        end = max(end, c[1]) if len(cluster) > 1 else c[1]
    if cluster:
        yield cluster


def _token_starts(tokens: tuple[Token, ...]) -> dict[int, int]:
    out: dict[int, int] = {}
    for t in tokens:
        for c in range(t.start, t.end):
            out[c] = t.i
    return out


def _tense(doc: Document, token_at: dict[int, int], start: int, end: int) -> str | None:
    """past / present / future of the verb governing the span, None when there is none."""
    toks = doc.tokens
    inside = {token_at[c] for c in range(start, end) if c in token_at}
    if not inside:
        return None
    root = next((i for i in sorted(inside) if toks[i].head not in inside), min(inside))
    j = toks[root].head
    for _ in range(8):
        if toks[j].pos in ("VERB", "AUX"):
            return _verb_tense(doc, j)
        if toks[j].head == j:
            return None
        j = toks[j].head
    return None


def _verb_tense(doc: Document, v: int, depth: int = 0) -> str | None:
    toks = doc.tokens
    tok = toks[v]
    aux = [
        toks[c].text.lower()
        for c in range(max(0, v - 4), v)
        if toks[c].head == v and toks[c].dep in ("aux", "auxpass", "neg")
    ]
    if any(a in _FUTURE_AUX for a in aux):
        return FUTURE
    if tok.lemma in _FUTURE_GOVERNORS and tok.dep != "ROOT" and depth > 0:
        return FUTURE
    if tok.tag == "VB" and "to" in aux and depth < 2:
        gov = tok.head
        if gov != v and (toks[gov].lemma in _FUTURE_GOVERNORS or toks[gov].pos == "ADJ"):
            return FUTURE
        if gov != v and toks[gov].pos in ("VERB", "AUX"):
            governing = _verb_tense(doc, gov, depth + 1)
            return PAST if governing == PAST else FUTURE
        return FUTURE
    if any(a in _PAST_AUX for a in aux) or tok.tag == "VBD":
        return PAST
    if tok.tag == "VBN" and not aux and depth < 2 and tok.head != v:
        return _verb_tense(doc, tok.head, depth + 1)
    if tok.tag in ("VBZ", "VBP") or any(a in ("is", "are", "am", "'s", "'re") for a in aux):
        return PRESENT
    if "Tense=Past" in tok.morph:
        return PAST
    return None

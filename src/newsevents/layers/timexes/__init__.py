"""Time expressions ("timex.rules.v1"): find them, then normalise them against the dateline.

The layer, in the order it reads:
1. `candidates`: spaCy's DATE/TIME spans and patterns of our own over the text, a leading
   preposition cut off ("since 2014" -> "2014"), words of another kind dropped;
2. each candidate, longest first within a cluster of overlapping ones, is normalised by
   `normalize.normalize` against an `anchor.Anchor`: the publication day, the tense of the verb
   that governs it (so "in November" is the next November under "will" and the last one under
   "was"), the last date already read (for "the next day"), the last quarter named (for "the
   year-earlier quarter" in an earnings report; a point of comparison such as "a year earlier"
   moves neither) and the words right after the phrase ("the year| ended March 31"); the
   longest that normalises wins;
3. a clock time without a day of its own takes the day its sentence names.

Modules: `candidates` (where time expressions may be), `anchor` (what they are read against),
`normalize` (one phrase -> TIMEX3 type, value and mod) over its rule books `dates`, `relative`
and `durations`, built on `rules` (the rule machinery and word readers) and `calendar`
(calendar arithmetic). Numbers are read by the quantity layer's one number reader
(`layers/quantities/numbers.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from ...config import Settings
from ...parse.tree import Tree
from ...records import Document, Timex, Token
from . import normalize as norm  # the module, not its function: the name stays the module's
from .anchor import (
    FUTURE,
    PAST,
    Anchor,
    anchor_day,
    closes_period,
    defers,
    earliest_ahead,
    opens_span,
    qualifies_noun,
    tense_at,
)
from .candidates import MONTHS, WEEKDAYS, after_nouns_determiner, candidates

_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_VALUE = re.compile(r"(\d{4})(?:$|-)")
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_COMPARISON = re.compile(
    r"(?i)\b(?:ago|earlier|before|previous|prior|last year)\b|\d{4} (?:\w+ )?(?:period|quarter)"
)
_PART_OF_YEAR = re.compile(r"(?i)\b(?:first|latest|the) (?:six|nine) months\b")
_NAMES_DAY = re.compile(
    rf"(?i)today|tonight|yesterday|tomorrow|{WEEKDAYS}|{MONTHS}|\d{{4}}-\d\d-\d\d|\d+/\d+"
)


class TimexStage:
    name = "timex.rules.v1"
    requires = frozenset({"tokens", "sentences", "ner"})
    produces = frozenset({"timexes"})

    def __init__(self, settings: Settings) -> None:
        norm.compiled_rules()  # fail at build time if a word list is broken

    def __call__(self, doc: Document) -> Document:
        return replace(doc, timexes=tuple(find_timexes(doc)))


def find_timexes(doc: Document) -> list[Timex]:
    text = doc.article.text
    anchor = anchor_day(doc.article.published)
    tree = Tree(doc)
    token_at = _token_starts(doc.tokens)
    out: list[Timex] = []
    ref: date | None = None
    ref_year: int | None = None
    quarter: str | None = None
    quarter_last = False
    for cluster in _clusters(sorted(candidates(doc))):
        taken: list[Timex] = []
        for start, end in sorted(cluster, key=lambda c: (c[0] - c[1], c[0])):
            if any(start < t.end and t.start < end for t in taken):
                continue
            phrase = text[start:end]
            tense = tense_at(tree, token_at, start, end)
            after = text[end : end + 16]
            ended = closes_period(tree, token_at, start)
            before = text[max(0, start - 16) : start]
            if opens_span(before):
                tense = PAST  # "has worked since February" in September: the last February
            elif defers(tree, token_at, start, before):
                tense = FUTURE  # "postponed until Tuesday" on a Thursday: the next Tuesday
            elif earliest_ahead(tree, token_at, start, before):
                tense = FUTURE  # "could come as early as Tuesday" on a Monday: tomorrow
            qualifies = qualifies_noun(tree, token_at, start, end)
            at = Anchor(
                anchor, tense, ref, ref_year, quarter, quarter_last, after, ended, before, qualifies
            )
            read = norm.normalize(phrase, at)
            if read is None:
                continue
            cut = after_nouns_determiner(doc, text, start, end)
            if cut > start and (short := norm.normalize(text[cut:end], at)) is not None:
                start, phrase, read = cut, text[cut:end], short  # "its [third-quarter] loss"
            taken.append(Timex("", start, end, phrase, read.type, read.value, read.mod))
        for t in sorted(taken, key=lambda t: t.start):
            out.append(replace(t, id=f"t{len(out) + 1}"))
            if t.value and _DAY_VALUE.match(t.value):
                ref = date.fromisoformat(t.value[:10])
            if t.type == "DURATION" and _PART_OF_YEAR.search(t.text):
                quarter_last = False  # "in the first nine months": the year so far, no quarter
            if t.type == "DATE" and t.value and (y := _YEAR_VALUE.match(t.value)):
                if _COMPARISON.search(t.text):
                    continue  # "a year earlier", "the 1988 period": a point of comparison
                ref_year = int(y.group(1))
                quarter_last = bool(_QUARTER_VALUE.fullmatch(t.value))
                quarter = t.value if quarter_last else quarter
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

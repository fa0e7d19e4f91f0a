"""What a time expression is read against: the `Anchor` (publication day, the tense of the verb
that governs the phrase, the last date and quarter mentioned before it, the words after it,
whether it closes a period that has ended) and the choice it steers.

`tense_at` reads the tense off the parse ("in November" under "will" is the next November, under
"was" the last one); `pick` and `by_direction` choose among candidate dates around the anchor
day by that tense or by a direction word ("last", "next").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...ontology.reading import timex_words
from ...parse.tree import Tree

PAST, PRESENT, FUTURE = "past", "present", "future"
# an event arranged in the past for a time on either side of the dateline ("planned a
# demonstration on Saturday", "has scheduled a news conference Thursday"): read as no tense,
# but a bare weekday is then the nearest one
EITHER = "either"
# "has worked since February", "thousands of shootings since January 1st": the time a span
# starts at runs up to the dateline, so it is on or before it (timex_words.json)
_SPAN_START = re.compile(
    rf"(?i)\b(?:{'|'.join(map(re.escape, timex_words()['span_start_words']))})\s+$"
)
# "payable Dec. 7", "effective Feb. 1": the day a thing takes effect, on either side of the
# dateline whatever the tense of the verb above (timex_words.json)
_FORWARD_ADJECTIVES = frozenset(timex_words()["forward_adjectives"])
# "postponed until Tuesday", "has given them until 9 a.m. Tuesday", "extended to Nov. 20": the
# new end of a span put off or granted lies ahead, whatever the tense (timex_words.json)
_SPAN_END = re.compile(
    rf"(?i)\b(?:{'|'.join(map(re.escape, timex_words()['span_end_words']))})\s+$"
)
_DEFERRALS = frozenset(timex_words()["deferral_verbs"])
# "could come as early as Tuesday", "might leave as soon as Tuesday": the earliest time of a
# thing not yet done (timex_words.json)
_EARLIEST = re.compile(
    rf"(?i)\b(?:{'|'.join(map(re.escape, timex_words()['earliest_bound_words']))})\s+$"
)
# the modals of a thing that may yet happen ("could", "might", "would" as well as "will")
_MODALS = frozenset({"will", "'ll", "ll", "wo", "shall", "would", "might", "may", "could", "can"})
_PARTS_OF_DAY = frozenset(timex_words()["parts_of_day"])


@dataclass(frozen=True, slots=True)
class Anchor:
    day: date | None = None  # the publication day; None: relative phrases get no value
    tense: str | None = None  # past | present | future | either | None
    ref: date | None = None  # last day-level date mentioned before the phrase
    ref_year: int | None = None  # year of the last date of any granularity mentioned before
    # the last quarter named ("third-quarter", "the fourth quarter of 1988": "2024-Q3"), and
    # whether it is the last date mentioned (so "a year earlier" compares with it)
    quarter: str | None = None
    quarter_last: bool = False
    after: str = ""  # the words right after the phrase ("the year| ended March 31")
    period_end: bool = False  # the date closes a period that has ended ("the year ended |")
    before: str = ""  # the words right before the phrase ("since |year-end")
    # the phrase qualifies a noun after it, the occasion of a thing ("Easter| week", "the
    # Christmas| decorations", "a Labor Day| interview"), not the time of a verb
    qualifies: bool = False


def anchor_day(published: str | None) -> date | None:
    """The publication day of an ISO date or timestamp, None when there is none."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def opens_span(before: str) -> bool:
    """The words before the phrase open a span that runs from it up to the dateline ("since
    |February"): the time is on or before the dateline."""
    return bool(_SPAN_START.search(before))


def _governing_verb(tree: Tree, token_at: dict[int, int], start: int, steps: int) -> int | None:
    """The verb (or auxiliary) the phrase starting at `start` hangs on, within `steps` heads."""
    toks = tree.tokens
    i = token_at.get(start)
    if i is None:
        return None
    j = toks[i].head
    for _ in range(steps):
        if toks[j].pos in ("VERB", "AUX"):
            return j
        if toks[j].head == j:
            return None
        j = toks[j].head
    return None


def defers(tree: Tree, token_at: dict[int, int], start: int, before: str) -> bool:
    """The phrase is the new end of a span a verb puts off or grants ("postponed until |Tuesday
    morning", "extended its deadline until |9 a.m. Tuesday"): a time after the dateline."""
    if not _SPAN_END.search(before):
        return False
    j = _governing_verb(tree, token_at, start, 4)
    return j is not None and tree.tokens[j].lemma in _DEFERRALS


def earliest_ahead(tree: Tree, token_at: dict[int, int], start: int, before: str) -> bool:
    """The phrase is the earliest time of a thing that may yet happen ("could be turned off as
    early as |Friday", "could come ... as soon as |Tuesday"): under a modal (not a perfect one,
    "could have come") or a verb not in the past, a time after the dateline. Under a past verb
    ("were warned as early as |Tuesday") it keeps the verb's tense."""
    if not _EARLIEST.search(before):
        return False
    j = _governing_verb(tree, token_at, start, 5)
    if j is None:
        return False
    toks = tree.tokens
    aux = {
        toks[c].text.lower()
        for c in tree.children[j]
        if c < j and toks[c].dep in ("aux", "auxpass")
    }
    if "have" in aux:
        return False
    return bool(aux & _MODALS) or _verb_tense(tree, j) != PAST


# -- choosing among candidates ------------------------------------------------------------------


def pick(cands: list[Any], here: Any, tense: str | None, *, unknown: str = "nearest") -> Any:
    """Choose among candidate dates (or indexes) around `here` by the verb's tense."""
    past = [c for c in cands if c <= here]
    future = [c for c in cands if c >= here]
    mode = {PAST: PAST, FUTURE: FUTURE}.get(tense or "", unknown)
    if mode == PAST and past:
        return max(past)
    if mode == FUTURE and future:
        return min(future)
    return min(cands, key=lambda c: (abs(_diff(c, here)), c > here))


def _diff(a: Any, b: Any) -> float:
    return (a - b).days if isinstance(a, date) else a - b


def by_direction(cands: list[int], here: int, step: int, tense: str | None) -> int:
    """The candidate index before `here` ("last"), after it ("next"), else the tense's pick."""
    if step < 0:
        return max(c for c in cands if c < here)
    if step > 0:
        return min(c for c in cands if c > here)
    return int(pick(cands, here, tense))


def pick_day(cands: list[date], at: Anchor) -> date:
    """By tense, but a day without a year is rarely far away: when the tense points more than
    eight months off and the other side is within half a year, take the near one. (Between
    six and eight months the tense wins: "was shot on Oct. 23" in a May report is last
    October's.) Under a past verb the other side is a day ahead only up to a month off (a
    tense misread, "extended to Nov. 20" in a Nov. 2 report): "shooting victims between
    January 1 and September 26" in a September report are this year's, not next."""
    assert at.day is not None
    day = at.day
    if (at.period_end or opens_span(at.before)) and (past := [c for c in cands if c <= day]):
        return max(past)  # "the year ended March 31", "since January 1st": the last one
    chosen: date = pick(cands, day, at.tense)
    near = [c for c in cands if abs((c - day).days) <= 183]
    if at.tense == PAST:
        near = [c for c in near if (c - day).days <= 31]
    if abs((chosen - day).days) > 240 and near:
        return min(near, key=lambda c: abs((c - day).days))
    return chosen


# -- the tense of the governing verb ------------------------------------------------------------

_PERIODS = {"year", "quarter", "period", "month", "week", "half"}


def qualifies_noun(tree: Tree, token_at: dict[int, int], start: int, end: int) -> bool:
    """Whether the phrase qualifies a noun after it ("Easter| week began", "the US mission's
    Christmas| decorations", "a Labor Day| interview"): its head hangs on a noun past its end
    as a compound or a modifier, and that noun is no part of a day ("Christmas| morning" is a
    time of Christmas Day)."""
    toks = tree.tokens
    inside = {token_at[c] for c in range(start, end) if c in token_at}
    if not inside:
        return False
    root = next((i for i in sorted(inside) if toks[i].head not in inside), None)
    if root is None or toks[root].dep not in ("compound", "nmod", "amod"):
        return False
    head = toks[toks[root].head]
    return head.start >= end and head.pos == "NOUN" and head.text.lower() not in _PARTS_OF_DAY


def closes_period(tree: Tree, token_at: dict[int, int], start: int) -> bool:
    """Whether the phrase is the end date of a period that has ended: "(for) the year ended
    March 31", "the quarter ended Sept. 30" (the verb "ended" hangs on the period's noun)."""
    toks = tree.tokens
    i = token_at.get(start)
    if i is None:
        return False
    verb = toks[toks[i].head]
    return verb.lemma == "end" and verb.tag in ("VBD", "VBN") and toks[verb.head].lemma in _PERIODS


# not "could": as often past ability ("could not be located Wednesday") as a possibility ahead
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "might", "may", "should", "ll"}
_FUTURE_GOVERNORS = {
    "expect", "plan", "schedule", "set", "due", "hope", "aim", "intend", "want", "seek",
    "prepare", "promise", "pledge", "vow", "threaten", "propose", "will", "need", "going",
    "likely", "poise", "slate",
}  # fmt: skip
# verbs that arrange an event for a day, which their time expression gives ("planned a large
# demonstration on Saturday", "has scheduled a news conference Thursday"); not a promise or a
# threat, whose day is the day it was made ("On Wednesday, Erdogan pledged converting ...")
_ARRANGEMENTS = {"plan", "schedule", "set", "slate"}
_PAST_AUX = {"did", "was", "were", "had", "has", "have", "'d", "'ve"}
# a modal of possibility or of a counterfactual with "have": the perfect looks back ("may have
# encouraged him in late July", "would have met in June"); not "will have" (a future perfect)
_PAST_MODALS = {"might", "may", "could", "would", "should", "must"}


def tense_at(tree: Tree, token_at: dict[int, int], start: int, end: int) -> str | None:
    """past / present / future of the verb governing the span, None when there is none."""
    toks = tree.tokens
    inside = {token_at[c] for c in range(start, end) if c in token_at}
    if not inside:
        return None
    root = next((i for i in sorted(inside) if toks[i].head not in inside), min(inside))
    k, j = root, toks[root].head
    for _ in range(8):
        if toks[j].pos == "ADJ" and toks[j].lemma in _FORWARD_ADJECTIVES:
            return None
        if toks[j].pos in ("VERB", "AUX"):
            # "said on Monday it will hold talks": the reporting verb's Monday (`Tree.host`)
            return _verb_tense(tree, tree.host(k))
        if toks[j].head == j:
            return None
        k, j = j, toks[j].head
    return None


def _pluperfect(tree: Tree, v: int) -> bool:
    """The word is in the pluperfect ("had expected"; "had been due": its copula's)."""
    toks = tree.tokens
    if toks[v].dep == "acomp":
        v = toks[v].head
    return any(
        toks[c].dep == "aux" and toks[c].text.lower() == "had"
        for c in tree.children[v]
        if v - 4 <= c < v
    )


def _verb_tense(tree: Tree, v: int, depth: int = 0) -> str | None:
    toks = tree.tokens
    tok = toks[v]
    aux = [
        toks[c].text.lower()
        for c in tree.children[v]
        if v - 4 <= c < v and toks[c].dep in ("aux", "auxpass", "neg")
    ]
    if tok.tag == "VBN" and "have" in aux and any(a in _PAST_MODALS for a in aux):
        return PAST  # "might have encouraged him in late July": a perfect modal looks back
    if any(a in _FUTURE_AUX for a in aux):
        return FUTURE
    if tok.lemma in _FUTURE_GOVERNORS and tok.dep != "ROOT" and depth > 0:
        return FUTURE
    # "to be published in November" looks ahead; "to have dipped in March" (a perfect) back
    if tok.tag in ("VB", "VBN") and "to" in aux and "have" not in aux and depth < 2:
        gov = tok.head
        if gov != v and (toks[gov].lemma in _FUTURE_GOVERNORS or toks[gov].pos == "ADJ"):
            # "had been due to expire Friday evening", "had been scheduled to expire at
            # midnight Friday", "had expected to testify on Thursday": a plan told in the
            # pluperfect was for a time on either side of the dateline, often one now passed
            return EITHER if _pluperfect(tree, gov) else FUTURE
        if gov != v and toks[gov].pos in ("VERB", "AUX"):
            governing = _verb_tense(tree, gov, depth + 1)
            # "agreed to admit Poland in early March": after a past verb, on either side of
            # the dateline (None: the nearest date)
            return None if governing == PAST else FUTURE
        return FUTURE
    if any(a in _PAST_AUX for a in aux) or tok.tag == "VBD":
        # "was planned for early March", "had scheduled it for June": a plan made in the past
        # for a time on either side of the dateline
        if tok.lemma in _ARRANGEMENTS:
            return EITHER
        return None if tok.lemma in _FUTURE_GOVERNORS else PAST
    # "the decision, announced Wednesday, ...": a reduced clause, done ("if elected in
    # November", with its subordinator, is not)
    reduced = tok.dep in ("acl", "advcl") and tok.lemma not in _FUTURE_GOVERNORS
    unmarked = not any(toks[c].dep == "mark" for c in tree.children[v])
    if tok.tag == "VBN" and not aux and reduced and unmarked:
        return PAST
    if tok.tag == "VBN" and not aux and depth < 2 and tok.head != v:
        return _verb_tense(tree, tok.head, depth + 1)
    if tok.tag in ("VBZ", "VBP") or any(a in ("is", "are", "am", "'s", "'re") for a in aux):
        return PRESENT
    if "Tense=Past" in tok.morph:
        return PAST
    return None

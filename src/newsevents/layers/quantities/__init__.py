"""Quantities ("quantities.rules.v1"): money, counts, percentages, durations and measures.

The layer, in the order it reads:
1. candidates: spaCy's MONEY / QUANTITY / CARDINAL / PERCENT spans, DATE spans that are
   durations ("10 years", "a decade"), and money written the way spaCy splits ("€4m", "$1.5bn");
2. each candidate, longest first, is read by `amounts.parse_amount` into value, unit and
   approximation ("over $260 billion" -> 2.6e11 USD, approximate), its number by the one number
   reader `numbers.read_number` (which the time layer shares);
3. numbers inside names are not quantities ("G7", "F-16", "COVID-19", "Boeing 737"), nor years
   and identifiers; a count takes the noun it counts as unit ("at least 30 people" -> 30 people);
4. `measures.measures` says what the amount measures, read off the parse: "Russia's frozen
   assets, estimated at over $260 billion" -> "Russia's frozen assets".

Modules: `numbers` (the number reader), `amounts` (one phrase -> Amount), `measures` (what an
amount measures); this one holds the stage and the checks of a candidate in its sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...config import Settings
from ...parse.tree import Tree
from ...records import Document, Quantity, Token
from .amounts import Amount, grammar, parse_amount
from .measures import measured

__all__ = ["Amount", "QuantityStage", "find_quantities", "parse_amount"]


class QuantityStage:
    name = "quantities.rules.v1"
    # Entities: "it rose 40 percent" measures what the pronoun stands for.
    requires = frozenset({"tokens", "ner", "entities"})
    produces = frozenset({"quantities"})

    def __init__(self, settings: Settings) -> None:
        grammar()  # fail at build time if the unit words are broken

    def __call__(self, doc: Document) -> Document:
        return replace(doc, quantities=tuple(find_quantities(doc)))


_LABELS = ("MONEY", "QUANTITY", "CARDINAL", "PERCENT", "DATE")


def find_quantities(doc: Document) -> list[Quantity]:
    text = doc.article.text
    idx = Tree(doc)
    cands: set[tuple[int, int]] = set()
    for span in doc.ner:
        if span.label in _LABELS:
            cands.add((span.start, span.end))
    for m in grammar()["money"].finditer(text):
        cands.add((m.start(), m.end()))
    out: list[Quantity] = []
    for start, end in _longest_first(cands):
        if any(start < q.end and q.start < end for q in out):
            continue
        q = _read(doc, idx, start, end)
        if q is not None:
            out.append(q)
    out.sort(key=lambda q: q.start)
    out = [q for k, q in enumerate(out) if not (k and _is_rate(out[k - 1], q))]
    return [replace(q, id=f"n{k}") for k, q in enumerate(out, 1)]


def _is_rate(before: Quantity, q: Quantity) -> bool:
    """ "$1.5bn a year": the "a year" is the rate of the amount before it, not a duration."""
    return (
        q.kind == "duration"
        and q.text.lower().startswith(("a ", "an ", "per "))
        and 0 <= q.start - before.end <= 2
    )


def _longest_first(cands: set[tuple[int, int]]) -> list[tuple[int, int]]:
    return sorted(cands, key=lambda c: (c[0] - c[1], c[0]))


def _read(doc: Document, idx: Tree, start: int, end: int) -> Quantity | None:
    text = doc.article.text
    start, end = _widen(text, start, end)
    parsed = parse_amount(text[start:end])
    if parsed is None:
        return None
    amount, used = parsed
    # The parse may stop early ("10 years" of "10 years later"); keep what was read.
    phrase = text[start:end]
    lead = len(phrase) - len(phrase.lstrip())
    end = start + lead + _raw_length(phrase[lead:], used)
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    tokens = _tokens_in(doc, start, end)
    if not tokens or _is_name(doc, tokens, amount):
        return None
    if amount.kind == "duration" and _label_of(doc, start, end) not in ("DATE", "QUANTITY", ""):
        return None
    unit = amount.unit
    kind = amount.kind
    measures = None
    if kind == "count":
        if _not_a_count(doc, text, tokens, start, end):
            return None
        noun = _counted_noun(idx, tokens)
        if noun is None:
            if not any(ch.isdigit() for ch in text[start:end]):
                return None  # "several", "dozens" with nothing counted
            measures = measured(idx, tokens)
        else:
            unit = noun.lemma.lower() if noun.lemma else noun.text.lower()
            if noun.start >= end and noun.start - end <= 30:
                end = noun.end
    else:
        measures = measured(idx, tokens)
    return Quantity(
        id="",
        start=start,
        end=end,
        text=text[start:end],
        value=amount.value,
        unit=unit,
        approximate=amount.approximate,
        measures=measures,
        kind=kind,
    )


def _not_a_count(doc: Document, text: str, tokens: list[Token], start: int, end: int) -> bool:
    """Numbers that count nothing: years ("the 2004 Nobel Peace Prize", "the 1930's"),
    identifiers ("resolution 542"), partitives ("one of the first")."""
    after = text[end : end + 3]
    if re.match(r"['’]s\b", after):
        return True
    raw = text[start:end].strip()
    nxt = doc.tokens[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc.tokens) else None
    if re.fullmatch(r"(1[5-9]|20)\d\d", raw) and (nxt is None or "Number=Plur" not in nxt.morph):
        return True
    if nxt is not None and nxt.text.lower() == "of" and raw.lower() in ("one", "1"):
        return True
    first = tokens[0]
    prev = doc.tokens[first.i - 1] if first.i > 0 else None
    return (
        prev is not None
        and prev.pos in ("NOUN", "PROPN")
        and first.head == prev.i
        and raw.replace(",", "").isdigit()
        and (nxt is None or nxt.pos not in ("NOUN",))
    )


def _raw_length(phrase: str, used: int) -> int:
    """Characters of the original phrase covering the first `used` normalised characters."""
    k = n = 0
    prev_space = False
    while k < len(phrase) and n < used:
        space = phrase[k].isspace()
        if not (space and prev_space):
            n += 1
        prev_space = space
        k += 1
    return k


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in an approximator just before the span ("over" $260 billion)."""
    m = grammar()["approx_before"].search(text, max(0, start - 20), start)
    if m:
        start = m.start() + (1 if text[m.start()].isspace() else 0)
    return start, end


def _tokens_in(doc: Document, start: int, end: int) -> list[Token]:
    return [t for t in doc.tokens if t.start >= start and t.end <= end]


def _label_of(doc: Document, start: int, end: int) -> str:
    for span in doc.ner:
        if span.start < end and start < span.end:
            return span.label
    return ""


def _is_name(doc: Document, tokens: list[Token], amount: Amount) -> bool:
    """Numbers that are part of names: G7, F-16, COVID-19, Boeing 737, iPhone 4."""
    g = grammar()
    suffixes = tuple(g["u"]["name_unit_suffixes"])
    for t in tokens:
        if any(c.isdigit() for c in t.text) and any(c.isalpha() for c in t.text):
            core = re.sub(r"^[\d.,]+", "", t.text).lower()
            if core not in suffixes and any(p.match(t.text) for p in g["names"]):
                return True
    if _glued_name(doc.article.text, tokens[0].start, tokens[-1].end):
        return True
    for t in tokens:
        if t.ent_type in ("PRODUCT", "ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC"):
            return True
    if amount.kind in ("money", "percent"):
        return False
    first = tokens[0]
    if first.i > 0:
        prev = doc.tokens[first.i - 1]
        if prev.pos == "PROPN" and prev.end == first.start - 1 and first.pos == "NUM":
            head = doc.tokens[first.head]
            if head.i == prev.i or head.pos == "PROPN":
                return True  # "Boeing 737", "Article 5"
        if prev.text in ("No.", "#", "no."):
            return True
    return False


def _glued_name(text: str, start: int, end: int) -> bool:
    """Whether the amount is written inside a word that names something ("3G", "5G", "3D"), which
    the parser splits into a number and a letter."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    word = text[start:end].strip(".,;:!?()[]\"'")
    return any(p.match(word) for p in grammar()["glued_names"])


def _counted_noun(idx: Tree, tokens: list[Token]) -> Token | None:
    """The noun a count counts: the head of a nummod ("30 people"), or "of" + noun ("dozens of
    rescuers")."""
    toks = idx.tokens
    inside = {t.i for t in tokens}
    for t in tokens:
        head = toks[t.head]
        if t.dep == "nummod" and head.i not in inside and head.pos == "NOUN":
            return head
    for t in tokens:
        for j in idx.children[t.i]:  # an "of" at most two words on ...
            if t.i < j <= t.i + 2 and toks[j].text.lower() == "of":
                for k in idx.children[j]:  # ... and its noun at most three words after it
                    if j < k <= j + 3 and toks[k].pos == "NOUN":
                        return toks[k]
    last = tokens[-1]
    if len(tokens) > 1 and last.pos == "NOUN" and last.dep != "nummod":
        return last
    return None

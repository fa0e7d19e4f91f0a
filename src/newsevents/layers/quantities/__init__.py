"""Quantities ("quantities.rules.v1"): money, counts, percentages, durations and measures.

Candidates are spaCy's MONEY / QUANTITY / CARDINAL / PERCENT spans, DATE spans that are
durations ("10 years", "a decade"), and money written the way spaCy splits ("€4m", "$1.5bn").
`parse_amount` reads a phrase into value, unit and approximation (the words live in
`ontology/data/quantity_units.json`): "over $260 billion" -> 2.6e11 USD, approximate;
"1.2 trillion yen" -> 1.2e12 JPY; "a decade" -> 10 year. A count takes the noun it counts as
unit ("at least 30 people" -> 30 people). Numbers inside names are not quantities ("G7",
"F-16", "COVID-19", "Boeing 737"). `measures` is what the amount measures, read off the parse:
"Russia's frozen assets, estimated at over $260 billion" -> "Russia's frozen assets".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ...config import Settings
from ...ontology.reading import quantity_units
from ...parse.tree import Tree
from ...records import Document, Quantity, Token


@dataclass(frozen=True, slots=True)
class Amount:
    value: float | None
    unit: str | None
    kind: str  # money | count | percent | duration | measure
    approximate: bool


def _alt(words: Any) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _grammar() -> dict[str, Any]:
    u = quantity_units()
    words = {**u["number_words"]}
    number = (
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
        rf"|(?P<vague>{_alt(u['vague_numbers'])})\b"
        rf"|(?P<word>(?:{_alt(words)})(?:[- ](?:{_alt(words)}))?)\b"
    )
    sym = _alt(u["currency_symbols"])
    phrase = (
        rf"^(?P<approx>(?:{_alt(u['approximators'])})\s+)?"
        rf"(?:(?P<sym>{sym})\s?|(?P<code1>{_alt(u['currency_codes'])})\s?)?"
        rf"(?:{number})"
        rf"(?:\s?(?P<scale>{_alt(u['scales'])})\b)?"
        rf"(?:\s?(?P<pct>{_alt(u['percent_words'])})(?=\W|$))?"
        rf"(?:\s?(?P<code2>{_alt(u['currency_codes'])})\b)?"
        rf"(?:\s(?:of\s)?(?-i:[A-Z][a-z]+\s)?(?P<cname>{_alt(u['currency_names'])})\b)?"
        rf"(?:[\s-](?P<dur>{_alt(u['duration_units'])})\b)?"
        rf"(?:\s?(?P<munit>{_alt(u['measure_units'])})(?=\W|$))?"
    )
    return {
        "u": u,
        "phrase": re.compile(phrase, re.IGNORECASE),
        "money": re.compile(rf"(?<![\w$])(?:{sym})\s?\d[\d,.]*(?:\s?(?:{_alt(u['scales'])})\b)?"),
        "names": [re.compile(p) for p in u["name_patterns"]],
        "glued_names": [re.compile(p) for p in u["glued_name_patterns"]],
        "approx_before": re.compile(rf"(?:^|\s)(?:{_alt(u['approximators'])})\s+$", re.IGNORECASE),
    }


def _number_value(m: re.Match[str]) -> float | None:
    u = _grammar()["u"]
    if m["num"]:
        return float(m["num"].replace(",", ""))
    if m["word"]:
        w = m["word"].lower()
        if w not in u["number_words"]:
            w = re.sub(r"^an? (?=\S)", "", w)  # "a two-hour delay"
        if w in u["number_words"]:
            return float(u["number_words"][w])
        parts = re.split(r"[- ]", w)
        if len(parts) == 2:
            va, vb = (u["number_words"].get(p) for p in parts)
            if va is not None and vb is not None and vb >= 100:
                return float(va * vb)  # "two hundred", "a million"
            if va is not None and vb is not None and va >= 20 and va % 10 == 0 and 0 < vb < 10:
                return float(va + vb)  # "twenty-five"
    return None


def parse_amount(phrase: str) -> tuple[Amount, int] | None:
    """Read a quantity phrase; returns the amount and how many characters of it were read."""
    g = _grammar()
    u = g["u"]
    text = re.sub(r"\s+", " ", phrase.replace("\u00a0", " ")).strip()
    m = g["phrase"].match(text)
    if m is None:
        return None
    value = _number_value(m)
    if m["scale"]:
        scale = u["scales"][m["scale"].lower()]
        bare = not (m["sym"] or m["code1"] or m["code2"] or m["cname"])
        if m["scale"].lower() in ("m", "b", "t", "k") and bare:
            return None  # "5m" without a currency is five metres, not five million
        value = value * scale if value is not None else None
    approximate = bool(m["approx"]) or bool(m["vague"])
    currency = _currency(m)
    if currency:
        return Amount(value, currency, "money", approximate), m.end()
    if m["pct"]:
        return Amount(value, u["percent_words"][m["pct"].lower()], "percent", approximate), m.end()
    if m["dur"]:
        unit, mult = u["duration_units"][m["dur"].lower()]
        value = value * mult if value is not None else None
        return Amount(value, unit, "duration", approximate), m.end()
    if m["munit"]:
        return Amount(
            value, u["measure_units"][m["munit"].lower()], "measure", approximate
        ), m.end()
    return Amount(value, None, "count", approximate), m.end()


def _currency(m: re.Match[str]) -> str | None:
    u = _grammar()["u"]
    if m["sym"]:
        return str(u["currency_symbols"].get(m["sym"], "USD"))
    code = m["code1"] or m["code2"]
    if code:
        return "CNY" if code.upper() == "RMB" else code.upper()
    if m["cname"]:
        return str(u["currency_names"][m["cname"].lower()])
    return None


class QuantityStage:
    name = "quantities.rules.v1"
    requires = frozenset({"tokens", "sentences", "ner"})
    produces = frozenset({"quantities"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        _grammar()

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
    for m in _grammar()["money"].finditer(text):
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
        noun = _counted_noun(doc, tokens)
        if noun is None:
            if not any(ch.isdigit() for ch in text[start:end]):
                return None  # "several", "dozens" with nothing counted
            measures = _measures(doc, idx, tokens, start, end)
        else:
            unit = noun.lemma.lower() if noun.lemma else noun.text.lower()
            if noun.start >= end and noun.start - end <= 30:
                end = noun.end
    else:
        measures = _measures(doc, idx, tokens, start, end)
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
    m = _grammar()["approx_before"].search(text, max(0, start - 20), start)
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
    g = _grammar()
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
    return any(p.match(word) for p in _grammar()["glued_names"])


def _counted_noun(doc: Document, tokens: list[Token]) -> Token | None:
    """The noun a count counts: the head of a nummod ("30 people"), or "of" + noun ("dozens of
    rescuers")."""
    inside = {t.i for t in tokens}
    for t in tokens:
        head = doc.tokens[t.head]
        if t.dep == "nummod" and head.i not in inside and head.pos == "NOUN":
            return head
    for t in tokens:
        for j in range(t.i + 1, min(t.i + 3, len(doc.tokens))):
            tj = doc.tokens[j]
            if tj.text.lower() == "of" and tj.head == t.i and j + 1 < len(doc.tokens):
                for k in range(j + 1, min(j + 4, len(doc.tokens))):
                    if doc.tokens[k].head == j and doc.tokens[k].pos == "NOUN":
                        return doc.tokens[k]
    last = tokens[-1]
    if len(tokens) > 1 and last.pos == "NOUN" and last.dep != "nummod":
        return last
    return None


def _measures(doc: Document, idx: Tree, tokens: list[Token], start: int, end: int) -> str | None:
    """What the amount measures, as a phrase of the text (None when the parse does not say)."""
    verbs = _grammar()["u"]["measures_verbs"]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head not in inside or t.head == t.i]
    if not heads:
        return None
    h = heads[0]
    toks = doc.tokens
    parent = toks[h.head]
    if parent.lemma == "worth" or parent.text.lower() == "worth":
        subj = _subject(idx, parent.head) if parent.head != parent.i else None
        if subj is None and parent.dep in ("amod", "acl") and toks[parent.head].pos == "NOUN":
            return _np_text(idx, parent.head, exclude={parent.i})
        return _np_text(idx, subj) if subj is not None else None
    if h.dep == "pobj" and parent.pos == "ADP":
        gov = toks[parent.head]
        if gov.lemma in verbs["valued"] or (parent.text.lower() in ("at",) and gov.pos == "VERB"):
            if gov.dep in ("acl", "relcl", "advcl") and toks[gov.head].pos in ("NOUN", "PROPN"):
                return _np_text(idx, gov.head, exclude={gov.i})
            subj = _subject(idx, gov.i)
            return _np_text(idx, subj) if subj is not None else None
        if parent.text.lower() == "of" and gov.pos in ("NOUN", "PROPN"):
            return _np_text(idx, gov.i, exclude={parent.i})
        if parent.text.lower() in ("to", "by", "from") and gov.lemma in verbs["subject"]:
            subj = _subject(idx, gov.i)
            return _np_text(idx, subj) if subj is not None else None
    compound = h.dep in ("compound", "amod", "nmod", "nummod", "quantmod")
    if compound and parent.pos == "NOUN" and parent.i not in inside:
        return _np_text(idx, parent.i, exclude=inside)
    for c in idx.children[h.i]:
        if toks[c].dep == "prep" and toks[c].text.lower() in ("in", "for", "of", "on"):
            objs = idx.children_by_dep(c, "pobj")
            if objs and toks[objs[0]].pos == "NOUN":
                return _np_text(idx, objs[0])
    if h.dep in ("dobj", "attr", "npadvmod", "nsubj", "appos") and parent.pos in ("VERB", "AUX"):
        if parent.lemma in verbs["subject"]:
            subj = _subject(idx, parent.i)
            if subj is not None and subj not in inside:
                return _np_text(idx, subj)
        if parent.lemma in verbs["object_purpose"]:
            for c in idx.children[parent.i]:
                if toks[c].dep == "prep" and toks[c].text.lower() in ("for", "on", "in", "to"):
                    objs = idx.children_by_dep(c, "pobj")
                    if objs:
                        return _np_text(idx, objs[0])
    if h.dep == "appos" and parent.pos in ("NOUN", "PROPN"):
        return _np_text(idx, parent.i, exclude=inside)
    return None


def _subject(idx: Tree, v: int) -> int | None:
    subj = idx.children_by_dep(v, "nsubj", "nsubjpass")
    if subj:
        return subj[0]
    t = idx.tokens[v]
    if t.dep in ("xcomp", "conj", "ccomp") and t.head != v:
        return _subject(idx, t.head)
    return None


def _np_text(idx: Tree, i: int | None, *, exclude: set[int] | None = None) -> str | None:
    """The noun phrase headed by token i: its subtree without relative clauses, participle
    clauses, appositions and the excluded tokens, cut to a contiguous stretch around the head."""
    if i is None:
        return None
    toks = idx.tokens
    if toks[i].pos == "PRON":  # "it rose 40 percent": what "it" stands for, else unknown
        verb = toks[toks[i].head]
        if toks[i].tag in ("WDT", "WP") and verb.dep == "relcl" and verb.head != verb.i:
            return _np_text(idx, verb.head)  # "the index, which rose 8.3 percent"
        eid = idx.entity_of_token.get(i)
        return idx.entities[eid].name if eid else None
    drop = set(exclude or ())
    for c in idx.children[i]:
        if toks[c].dep in ("relcl", "acl", "appos", "punct", "cc", "conj", "prep", "advmod"):
            if toks[c].dep == "prep" and toks[c].text.lower() == "of":
                continue
            drop.update(idx.subtree(c))
    for d in list(drop):
        if d in drop:
            drop.update(idx.subtree(d))
    keep = sorted(j for j in idx.subtree(i) if j not in drop)
    lo = hi = keep.index(i)
    while lo > 0 and keep[lo - 1] == keep[lo] - 1:
        lo -= 1
    while hi < len(keep) - 1 and keep[hi + 1] == keep[hi] + 1:
        hi += 1
    first, last = keep[lo], keep[hi]
    while (
        first < last
        and toks[first].pos in ("DET", "PUNCT")
        and toks[first].text.lower()
        in (
            "a",
            "an",
            ",",
        )
    ):
        first += 1
    return idx.text[toks[first].start : toks[last].end]

"""Where the main event happened: the lead's places, preferring a specific one (city > region >
country), one the article mentions often, one after a locative preposition, in the main
event's sentence; else the place the article names most.

What a name is (a city and how large, a region, a country) comes from the places layer: the
place it resolved those very words to in this article, else the best of the places gazetteer's
candidates by the layer's own prior."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...ontology.actors import lexicon
from ...parse.tree import Tree
from ...records import Answer, Document, NamedSpan
from ..places import Candidate, load_gazetteer, name_key
from ..places.datelines import datelines
from ..places.resolve import prior
from .cues import cues
from .phrases import companion, entity_type, quoted
from .question import Question

_PLACES = ("GPE", "LOC", "FAC")
TOWN = 15_000  # a proper noun the parser did not name is a town from this size
_SITE_PREPS = ("at", "in", "inside", "outside", "near")  # an organisation's building: "at the FBI"
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def find_where(q: Question) -> Answer | None:
    """The best-scored place of the lead; else the dateline; else the article's usual place. A
    place scores by how specific it is, by a locative preposition before it, by how often the
    article mentions it, and by being told in the main event's sentence and clause."""
    doc, tree, f = q.doc, q.tree, q.action
    main_rank = f.rank if f else 0
    clause = set(tree.subtree(f.verb)) if f else set()
    counts = _place_counts(doc)
    top = max(counts.values(), default=1)
    best: tuple[float, int, int] | None = None
    spans = [*doc.ner, *_unlabelled_towns(doc, tree, q.lead)]
    for rank, s in enumerate(q.lead):
        sent = doc.sentences[s]
        for n in spans:
            if not (sent.start <= n.start < sent.end) or n.label not in (*_PLACES, "ORG"):
                continue
            place = _place(tree, n)
            if place is None:
                continue
            start, end, spec, locative = place
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
    return _answer(doc, best, counts)


def _place(tree: Tree, n: NamedSpan) -> tuple[int, int, float, bool] | None:
    """A name of the lead as a place: the span to answer, how specific the place is, and
    whether a locative preposition introduces it; None for a name that is no place here (a
    person, an organisation's name but for its building, a quoted or unknown name)."""
    doc, toks = tree.doc, tree.tokens
    span = _place_span(doc, tree, n)
    if span is None or quoted(doc, n.start) or _organisation(tree, n.tok_start):
        return None
    start, end, name = span
    owned = _possessed_site(tree, n)
    if owned is not None:  # "outside Trump's headquarters": the building, not the man
        end = owned
    elif _person(tree, n):
        return None
    before = n.tok_start - 1
    if before > 0 and toks[before].text.lower() == "the":  # "at the Kremlin"
        before -= 1
    prev = toks[before].text.lower() if before >= 0 else ""
    locative = prev in cues().locative or (prev == "on" and n.label in ("FAC", "LOC"))
    if n.label == "ORG" and (prev not in _SITE_PREPS or _employer(tree, before)):
        return None
    spec = _specificity(name, n.label, doc) or _known_country(tree, n.tok_start)
    if spec == 0:
        if not locative:
            return None
        spec = 1.5  # a name after "in" that the gazetteer lacks: most likely a small place
    return start, end, spec, locative


def _answer(
    doc: Document, best: tuple[float, int, int] | None, counts: dict[str, int]
) -> Answer | None:
    """The best place as the answer, without a line break or a possessive it ran over; the
    dateline where no place scored enough; else the place the article names most."""
    text = doc.article.text
    if best is None or best[0] < 2.0:
        line = next((d for d in datelines(text) if _specificity(d.name, "GPE", doc)), None)
        if line is not None:
            return Answer(line.name, line.start, line.end)
    if best is None:
        return _article_place(doc, counts)
    start, end = best[1], best[2]
    cut = text.find("\n", start, end)  # a name span run over a line break: "CNET\n\nSurely"
    end = cut if cut > start else end
    possessive = _POSSESSIVE.search(text, start, end)  # "North Korea's military"
    end = possessive.start() if possessive and possessive.start() > start else end
    return Answer(text[start:end], start, end)


def _unlabelled_towns(doc: Document, tree: Tree, lead: Sequence[int]) -> list[NamedSpan]:
    """Proper nouns of the lead that the NER model did not read as places but the gazetteer
    knows as a town ("Croydon tram crash: ..."), as GPE spans: the longest run of proper nouns
    from a run's first word that is a town. A word inside another name's span ("Paris Hilton",
    "the Stanley Cup"; a PRODUCT span excepted, the model's usual misreading of a town) or a
    time expression ("March") is left alone, and a run is cut short only before a word in
    lower case ("Croydon tram"). A single word the article also writes in lower case is a
    common noun ("Cat found in New Mexico ...": "a cat who has been missing")."""
    toks = doc.tokens
    text = doc.article.text
    taken = {i for n in doc.ner if n.label != "PRODUCT" for i in range(n.tok_start, n.tok_end)}
    times = [(t.start, t.end) for t in doc.timexes]
    common = {t.text for t in toks if t.text.islower()}  # "Cat found in ...": "a cat who ..."
    out: list[NamedSpan] = []
    for s in lead:
        run: list[int] = []
        for i in [*tree.sentence_tokens(s), -1]:
            free = i >= 0 and not any(a <= toks[i].start < b for a, b in times)
            if free and toks[i].pos == "PROPN" and i not in taken:
                run.append(i)
                continue
            for k in range(len(run), 0, -1):
                if k < len(run) and not toks[run[k]].text.islower():
                    continue
                a, b = toks[run[0]], toks[run[k - 1]]
                place = _lookup(doc, text[a.start : b.end])
                if k == 1 and a.text.lower() in common:
                    continue
                if place is not None and place.feature == "city" and place.population >= TOWN:
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


def _employer(tree: Tree, prep: int) -> bool:
    """Whether "at"/"in" + an organisation says where someone works, not where something
    happened: "an analyst at Miller Tabak", "a professor at MIT"."""
    toks = tree.tokens
    if prep < 0 or toks[prep].dep != "prep":
        return False
    head = toks[prep].head
    if toks[head].pos not in ("NOUN", "PROPN"):
        return False
    role = lexicon().agents.get(toks[head].lemma.lower())
    if role is not None and role.kind != "org":
        return True  # "a professor at MIT"
    return companion(tree, head) or (toks[head].dep == "appos" and companion(tree, toks[head].head))


def _possessed_site(tree: Tree, n: NamedSpan) -> int | None:
    """The end of "X's headquarters" after the name of an organisation or a person: a
    possessive "'s" and a noun of `site_nouns` ("headquarters", "home", "embassy"), next to the
    name, else None."""
    toks = tree.tokens
    k = n.tok_end
    if n.label != "ORG" and entity_type(tree, n.tok_start) != "PERSON":
        return None  # "North Korea's military" is no site of North Korea's
    if k + 1 >= len(toks) or toks[k].tag != "POS" or toks[k + 1].pos != "NOUN":
        return None
    j = k + 1
    while j + 1 < len(toks) and toks[j + 1].pos == "NOUN" and toks[j].head == j + 1:
        j += 1  # "Trump's campaign headquarters"
    noun = toks[j]
    site = noun.lemma.lower() in cues().site_nouns or noun.text.lower() in cues().site_nouns
    return noun.end if site else None


def _person(tree: Tree, n: NamedSpan) -> bool:
    """Whether a place name is a person: one the entity layer knows, or the surname of a person
    the article names in full ("Henderson described ...", the article's Fritz Henderson); not a
    site named after one ("Trump Towers")."""
    toks = tree.tokens
    after = toks[n.tok_end] if n.tok_end < len(toks) else None
    if after is not None and after.pos == "PROPN" and after.text[:1].isupper():
        return False
    if entity_type(tree, n.tok_start) == "PERSON":
        return True
    return any(  # the surname of a person the article names in full
        p.label == "PERSON" and p.text != n.text and p.text.split()[-1] == n.text
        for p in tree.doc.ner
    )


def _organisation(tree: Tree, tok: int) -> bool:
    """A name the entity layer coded to a sector other than government: the NER model's "GPE"
    for "F.B.I." is the police, not a place (a government is a place's metonym: "London")."""
    eid = tree.entity_of_token.get(tok)
    ent = tree.entities.get(eid) if eid else None
    return ent is not None and ent.sector not in (None, "GOV")


def _known_country(tree: Tree, tok: int) -> float:
    """1 when the entity layer placed the name in a country ("UK", "Britain"), else 0."""
    eid = tree.entity_of_token.get(tok)
    ent = tree.entities.get(eid) if eid else None
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


def _place_span(doc: Document, tree: Tree, n: NamedSpan) -> tuple[int, int, str] | None:
    """The place a name span names: not a name with digits ("G7") nor a modifier ("US-based");
    a known place at its end when the span is not one ("Photo LONDON"); "Baoding, Hebei".
    Returns the span to answer and the name of the place itself."""
    text = doc.article.text
    if any(ch.isdigit() for ch in n.text) or re.match(r"-[a-z]{3,}(?![\w-])", text[n.end :]):
        return None
    start, name = n.start, n.text
    words = name.split()
    whole_known = _lookup(doc, name) is not None  # "Hong Kong", not "Kong"
    if (
        len(words) > 1
        and not whole_known
        and _specificity(name, n.label, doc) <= 1
        and not _known_country(tree, n.tok_start)
    ):
        for k in range(1, len(words)):
            rest = " ".join(words[k:])
            if _lookup(doc, rest) is not None:
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


def _specificity(name: str, label: str, doc: Document | None = None) -> float:
    """3 for a city (3.5 for a town under a million people), 2 for a named site or a region,
    1 for a country, 0 for a name the gazetteer does not know as a place."""
    if label in ("FAC", "ORG"):
        return 2
    place = _lookup(doc, cues().place_suffix.sub("", name))
    if place is None:  # a region the gazetteer lacks ("the Alps"), unless it is a demonym's
        return 2 if label == "LOC" and not _demonym_led(name) else 0  # "Brazilian Formula"
    if place.feature == "city":
        return 3.5 if place.population < 1_000_000 else 3
    return 2 if place.feature in ("admin1", "admin2", "other") else 1  # a continent: a region


def _lookup(doc: Document | None, name: str) -> Candidate | None:
    """The place `name` names in this article: the places layer's resolved place of those
    words, else the places gazetteer's likeliest place of that name (its own name, or a
    country's or continent's dictionary name; "X city" is X's city)."""
    key = name_key(name)
    if not key:
        return None
    gaz = load_gazetteer()
    for p in doc.places if doc is not None else ():
        alias = "alternate name" in (p.evidence or "") and p.feature != "country"
        if p.geonames_id is not None and not alias and name_key(p.text) == key:
            found = gaz.place(p.geonames_id)
            if found is not None:
                return found
    cands = [c for c in gaz.candidates(name) if not c.alias or c.feature == "country"]
    if not cands and key.endswith(" city"):
        cands = [c for c in gaz.candidates(key[:-5]) if c.feature == "city" and not c.alias]
    cands = [c for c in cands if c.feature != "other"]  # a continent is no event's place here
    return max(cands, key=lambda c: (prior(c), c.population)) if cands else None

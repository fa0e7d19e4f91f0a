"""Where an event happened: a place phrase in its sentence, else the article's dateline or lead.

Place phrases are "in/at/near <place>" on the trigger or on the words it hangs from ("heading to
Italy for the G7 summit where he is expected to sign" puts the signing in Italy), including a place
inside such a phrase ("at the G7 summit in Italy"). Places are NER or entity-layer GPE/LOC/FAC
spans, geocoded with the GeoNames-derived gazetteer; an entity's own country wins over a lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...ontology.gazetteer import Gazetteer
from ...records import Document, Location
from .arguments import Args

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout"})
MOTION_PREPS = frozenset({"to", "into"})
MOTION_VERBS = frozenset(
    {"head", "travel", "go", "fly", "arrive", "come", "return", "visit", "move", "deploy", "send"}
)
DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z'.\- ]{1,40}?)(?:,\s*([A-Z][A-Za-z'.\- ]{1,40}?))?\s*"
    r"(?:\([A-Za-z. ]{1,20}\)\s*)?(?:--|[:\u2014\u2013-])\s+"
)


class Locator:
    """Event places; `default` is the article's place: its dateline, else the place of the
    lead's events, else the place it mentions most."""

    def __init__(self, doc: Document, args: Args, gaz: Gazetteer) -> None:
        self.doc = doc
        self.a = args
        self.gaz = gaz
        self.ner_of: dict[int, tuple[int, int, str]] = {}
        for n in doc.ner:
            if n.label in PLACE_TYPES:
                for i in range(n.tok_start, n.tok_end):
                    self.ner_of[i] = (n.tok_start, n.tok_end, n.text)
        self.dateline = self._dateline()
        self.lead: Location | None = None  # where the lead's first placed event happens
        self.main = self._main_place()

    @property
    def default(self) -> Location | None:
        return self.dateline or self.lead or self.main

    # -- one place phrase -----------------------------------------------------------------

    def place(self, i: int) -> Location | None:
        """The place named by the phrase headed at token i, geocoded; None if it is no place."""
        a = self.a
        eid = a.entity(i)
        ent = a.tree.entities.get(eid) if eid else None
        if ent is not None and ent.type not in PLACE_TYPES:
            return None
        if ent is None and i not in self.ner_of and a.token(i).ent_type not in PLACE_TYPES:
            return None
        tok = a.token(i)
        if i in self.ner_of:
            s, e, name = self.ner_of[i]
            start, end = a.tok[s].start, a.tok[e - 1].end
        else:
            name, start, end = tok.text, tok.start, tok.end
        country = ent.country if ent is not None else None
        hit = self.gaz.lookup(name, country=country)
        if hit is None and ent is not None and ent.name != name:
            hit = self.gaz.lookup(ent.name, country=country)
        if hit is None:
            hit = self.gaz.country(country)
            if hit is None:
                return None
        text = self.doc.article.text[start:end]
        return Location(text, country or hit.country, hit.lat, hit.lon, start, end)

    def _in_phrases(self, i: int, *, motion: bool) -> Iterable[int]:
        for word, o in self.a.preps(i):
            if word in PLACE_PREPS or (motion and word in MOTION_PREPS):
                yield o
                # "at the G7 summit in Italy"
                for w2, o2 in self.a.preps(o):
                    if w2 in PLACE_PREPS:
                        yield o2

    # -- an event -------------------------------------------------------------------------

    def locate(self, anchors: list[int]) -> Location | None:
        """The first place phrase on the anchors, then on their heads up to the sentence root."""
        seen: set[int] = set()
        frontier = list(anchors)
        while frontier:
            j = frontier.pop(0)
            if j in seen:
                continue
            seen.add(j)
            motion = self.a.lemma(j) in MOTION_VERBS
            for o in self._in_phrases(j, motion=motion):
                if loc := self.place(o):
                    return loc
            t = self.a.token(j)
            if t.head != j:
                frontier.append(t.head)
        return None

    def _main_place(self) -> Location | None:
        """The place the article mentions most (ties: the first mentioned), at its first mention."""
        best: tuple[int, int, int] | None = None  # (-mentions, first offset, token)
        starts = {t.start: t.i for t in self.a.tok}
        for e in self.doc.entities:
            if e.type not in PLACE_TYPES or not e.mentions:
                continue
            first = min(e.mentions, key=lambda m: m.start)
            tok = starts.get(first.start)
            if tok is None:
                continue
            key = (-len(e.mentions), first.start, tok)
            if best is None or key < best:
                best = key
        return self.place(best[2]) if best else None

    def _dateline(self) -> Location | None:
        text = self.doc.article.text[:120]
        m = DATELINE.match(text)
        # "GAZA CITY, Palestinian Territories:" or "Kyiv, Ukraine (AP) --"
        if not m or not (m.group(1).isupper() or "(" in m.group(0)):
            return None
        for name in (m.group(1), m.group(2)):
            if not name:
                continue
            hit = self.gaz.lookup(name.strip().title())
            if hit:
                start = m.start(1)
                return Location(name.strip(), hit.country, hit.lat, hit.lon, start, m.end(1))
        return None

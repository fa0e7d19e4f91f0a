"""Where an event happened: a place phrase in its own sentence, resolved by the places layer.

Place phrases are "in/at/near <place>" on the trigger or on the words it hangs from ("heading to
Italy for the G7 summit where he is expected to sign" puts the signing in Italy), including a place
inside such a phrase ("at the G7 summit in Italy") and the place a place noun names ("in the
Ukrainian city of Kharkiv" -> Kharkiv). The place is the places layer's `Place` over those words:
GeoNames id, coordinates, feature, country and admin1 come from there, and a place the gazetteer
does not know keeps its name only. An event whose sentence names no place has no location: the
article's other places are not its place. The one exception is the dateline ("KYIV, Ukraine
(AP) --"), which places the events of the article's first sentence, the dateline's own story;
`Location.evidence` says which ("sentence" or "dateline").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...records import Document, Location, Place
from ..places import Gazetteer, find_places
from .arguments import Args

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout"})
MOTION_PREPS = frozenset({"to", "into"})
MOTION_VERBS = frozenset(
    {"head", "travel", "go", "fly", "arrive", "come", "return", "visit", "move", "deploy", "send"}
)
# Nouns that stand for the place an "of" phrase names: "the city of Kharkiv".
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "capital", "province", "region", "state", "district", "port",
     "county", "island", "republic", "kingdom", "area", "suburb", "outskirts"}
)  # fmt: skip
DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z'.\- ]{1,40}?)(?:,\s*([A-Z][A-Za-z'.\- ]{1,40}?))?\s*"
    r"(?:\([A-Za-z. ]{1,20}\)\s*)?(?:--|[:\u2014\u2013-])\s+"
)
DATELINE_SENTENCES = 1  # the dateline places the events of the first sentence only


class Locator:
    """Event places from the places layer; `dateline` is the article's dateline place."""

    def __init__(self, doc: Document, args: Args, gaz: Gazetteer) -> None:
        self.doc = doc
        self.a = args
        places = doc.places if "places" in doc.layers else tuple(find_places(doc, gaz))
        self.place_of: dict[int, Place] = {}
        starts = {t.start: t.i for t in args.tok}
        ends = {t.end: t.i for t in args.tok}
        for p in places:
            # "Syrian forces", "the Toronto Raptors": an attribute or a name, not a place phrase
            if p.source in ("demonym", "embedded"):
                continue
            first, last = starts.get(p.start), ends.get(p.end)
            if first is None or last is None:
                continue
            for i in range(first, last + 1):
                self.place_of[i] = p
        self.dateline = self._dateline(places)

    # -- one place phrase -----------------------------------------------------------------

    def place(self, i: int) -> Location | None:
        """The place named by the phrase headed at token i; None if it is no place."""
        p = self.place_of.get(i)
        if p is None:
            return None
        return _location(p, "sentence")

    def _in_phrases(self, i: int, *, motion: bool) -> Iterable[int]:
        for word, o in self.a.preps(i):
            if word in PLACE_PREPS or (motion and word in MOTION_PREPS):
                yield o
                for w2, o2 in self.a.preps(o):
                    # "at the G7 summit in Italy", "in the city of Kharkiv"
                    if w2 in PLACE_PREPS or (w2 == "of" and self.a.lemma(o) in PLACE_NOUNS):
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

    def _dateline(self, places: Iterable[Place]) -> Location | None:
        text = self.doc.article.text[:120]
        m = DATELINE.match(text)
        # "GAZA CITY, Palestinian Territories:" or "Kyiv, Ukraine (AP) --"
        if not m or not (m.group(1).isupper() or "(" in m.group(0)):
            return None
        for p in places:
            if p.start >= m.start(1) and p.end <= m.end(1) and p.geonames_id is not None:
                return _location(p, "dateline")
        return None

    def at_dateline(self, sentence: int) -> Location | None:
        """The dateline's place for an event of the article's first sentence."""
        return self.dateline if sentence < DATELINE_SENTENCES else None


def _location(p: Place, evidence: str) -> Location:
    return Location(
        p.text,
        p.country,
        p.lat,
        p.lon,
        p.start,
        p.end,
        geonames_id=p.geonames_id,
        feature=p.feature,
        admin1=p.admin1,
        evidence=evidence,
    )

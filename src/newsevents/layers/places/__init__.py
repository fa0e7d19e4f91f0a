"""Places ("places.gazetteer.v1"): every toponym resolved to a GeoNames place, offline.

The layer, in the order it reads:
1. `mentions.find_mentions`: the parser's GPE/LOC/FAC names that the entity layer did not make
   people or organisations, nationality adjectives ("Ukrainian forces" -> Ukraine), and the
   gazetteer's own finds among capitalised words the parser missed;
2. `gazetteer.Gazetteer.candidates`: every place of that name or alternate name, compared without
   case, accents, hyphens and the ezafe ("Sao Paulo", "Mazar-i-Sharif");
3. `resolve.Resolver`: candidates ranked by kind and population, the article's unambiguous
   places (their countries and US states), and the words beside the name ("Atlanta, Georgia",
   "the Ukrainian city of Kharkiv"); the top one becomes the `Place`, with a confidence (its
   share of the candidates' exp-scores) and the evidence that chose it.
A toponym without a candidate is kept with its words only: the words name a place, the
gazetteer does not know it (a street, a building, a river); unless the parser calls it a GPE
and the sentence makes it a doer or an owner (`mentions.unplaced_party`: "Wavepiston
installed", "RT's management"): then it names a party.
"""

from __future__ import annotations

from dataclasses import replace

from ...config import Settings
from ...records import Document, Place
from .gazetteer import Candidate, Gazetteer, load_gazetteer, name_key
from .mentions import Mention, find_mentions, unplaced_party
from .resolve import Choice, Resolver

__all__ = [
    "Candidate",
    "Choice",
    "Gazetteer",
    "Mention",
    "PlaceStage",
    "Resolver",
    "find_places",
    "load_gazetteer",
    "name_key",
]


class PlaceStage:
    name = "places.gazetteer.v1"
    # entities: a name the entity layer made a person or an organisation is no place
    requires = frozenset({"tokens", "sentences", "ner", "entities"})
    produces = frozenset({"places"})

    def __init__(self, settings: Settings | None = None) -> None:
        self.gaz = load_gazetteer()

    def __call__(self, doc: Document) -> Document:
        return replace(doc, places=tuple(find_places(doc, self.gaz)))


def find_places(doc: Document, gaz: Gazetteer | None = None) -> list[Place]:
    gaz = gaz or load_gazetteer()
    mentions = find_mentions(doc, gaz)
    outlet = gaz.outlet_country(doc.article.url)
    choices = Resolver(gaz, mentions, doc.article.text, outlet=outlet).resolve()
    # a name placed nowhere that the sentence makes a doer or an owner is a party's
    kept = [
        (m, ch)
        for m, ch in zip(mentions, choices, strict=True)
        if ch is not None or not unplaced_party(doc, m, gaz)
    ]
    return [_place(f"p{k}", m, ch) for k, (m, ch) in enumerate(kept, 1)]


def _place(pid: str, m: Mention, ch: Choice | None) -> Place:
    if ch is None:
        return Place(pid, m.start, m.end, m.text, source=m.source)
    c = ch.candidate
    return Place(
        pid,
        m.start,
        m.end,
        m.text,
        name=c.name,
        geonames_id=c.geonames_id,
        lat=c.lat,
        lon=c.lon,
        feature=c.feature,
        country=c.country,
        admin1=c.admin1,
        source=m.source,
        evidence=ch.evidence,
        confidence=ch.confidence,
    )

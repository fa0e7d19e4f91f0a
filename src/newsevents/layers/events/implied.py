"""The unnamed party an agentless act implies: "David Turpin was charged with fraud" in a story set
in California is the act of the United States' prosecutors, though the article names none.

The coding guide codes an agentless act with an unnamed source of the country and sector the act
implies (docs/coding-guide.md section 2: "arrest, charge, sentence -> police or prosecutors or
the court"; section 9: "an unnamed agent of an arrest, charge, conviction or sentence is a null
name with COP, GOV or JUD"). Where `implicit.ImplicitActors` finds no party of that sector named
in the article, the act still has a doer in the world: the state's police, prosecutors or courts
of the country where it happens. This class gives such an event an `Entity` standing for that
party: its name says what it is ("police", "prosecutors", "a court": the `implied_party`
records of `ontology/data/event_lexicon.jsonl`), its one mention per act is the trigger words
that imply it (`kind` "implied"), its country and sector are the state's, and its evidence is
"act", with the lower confidence of `ontology/data/evidence_confidence.json`.

Precision first: only where the country is certain. The story must happen in one country
(`story_country`: its towns, regions and buildings, not countries or capitals, lie in one state),
the act be placed nowhere else, and whom it is done to be of that country: every party it is done
to (an act placed in the story's country: every one whose country is known). A story of several
states, a foreigner's trial or an act placed abroad keeps the event without a source, as before.
"""

from __future__ import annotations

from functools import cache

from ...ontology.actors import lexicon
from ...ontology.codebook import EventOntology
from ...ontology.normalize import norm
from ...ontology.reading import evidence_confidence
from ...records import Document, Entity, Event, Location, Mention, Span

EVIDENCE = "act"
IMPLIED = "implied"  # the mention kind of the words that imply a party
# A story happens in one country when at least this many mentions of its towns, regions and
# buildings are of one state, and this share of them (as `entities.actors.scene_country`).
STORY_MENTIONS = 2
STORY_SHARE = 0.9


def story_country(doc: Document) -> str | None:
    """The state in which an article's places lie: its towns, regions and buildings (a
    country's own name and its capital left out: "born in Jordan", "Beijing warned" name a
    state, not where the story happens)."""
    capitals = _capitals()
    tally: dict[str, int] = {}
    for p in doc.places:
        if p.country is None or p.feature in (None, "country"):
            continue
        if norm(p.name or p.text) in capitals or norm(p.text) in capitals:
            continue
        tally[p.country] = tally.get(p.country, 0) + 1
    if not tally:
        return None
    top = max(tally, key=lambda c: tally[c])
    if tally[top] >= STORY_MENTIONS and tally[top] >= STORY_SHARE * sum(tally.values()):
        return top
    return None


@cache
def _capitals() -> frozenset[str]:
    return frozenset(norm(name) for name in lexicon().capitals.values())


class ImpliedParties:
    """One unnamed party per country and sector of a document, made as acts imply them."""

    def __init__(self, doc: Document, onto: EventOntology) -> None:
        self.doc = doc
        self.onto = onto
        self.ents = {e.id: e for e in doc.entities}
        self.country = story_country(doc)
        self._parties: dict[str, tuple[str, str]] = {}  # key -> (country, sector)

    def party(
        self, lemma: str, code: str, location: Location | None, recipients: list[str]
    ) -> str | None:
        """The id of the party act `code` (trigger lemma `lemma`) implies, or None where the
        act implies no one sector or the country is not certain."""
        sector = self._sector(lemma, code)
        country = self.country
        if sector is None or country is None:
            return None
        if location is not None and location.country not in (None, country):
            return None  # placed abroad
        # whom it is done to is of the story's country, and of no other
        theirs = {self.ents[r].country for r in recipients if r in self.ents}
        if theirs != {country} and (location is None or theirs - {None, country}):
            return None
        key = _key(country, sector)
        self._parties[key] = (country, sector)
        return key

    def _sector(self, lemma: str, code: str) -> str | None:
        for codes, sector in self.onto.implicit_actors.get(lemma, ()):
            if any(code.startswith(c) for c in codes) and sector in self.onto.implied_names:
                return sector
        return None

    def entities(self, kept: list[Event], first: int) -> tuple[dict[str, str], tuple[Entity, ...]]:
        """The parties the kept events name as actors, numbered from `first` (e<first>, ...),
        each mentioned by the triggers of those events only, with the map from provisional keys
        to their ids."""
        triggers: dict[str, dict[tuple[int, int], Span]] = {}
        for ev in kept:
            for a in ev.actors:
                if a in self._parties:
                    triggers.setdefault(a, {})[(ev.trigger.start, ev.trigger.end)] = ev.trigger
        ids: dict[str, str] = {}
        out: list[Entity] = []
        confidence = evidence_confidence()["country"].get(EVIDENCE)
        for key, (country, sector) in self._parties.items():
            if key not in triggers:
                continue
            ids[key] = f"e{first + len(out)}"
            name, kind = self.onto.implied_names[sector]
            spans = triggers[key]
            out.append(
                Entity(
                    id=ids[key],
                    name=name,
                    type=kind,
                    mentions=tuple(
                        Mention(s.start, s.end, s.text, IMPLIED) for _, s in sorted(spans.items())
                    ),
                    country=country,
                    sector=sector,
                    evidence=EVIDENCE,
                    confidence=confidence,
                )
            )
        return ids, tuple(out)


def implied(e: Entity) -> bool:
    """Whether an entity is an unnamed party an act implies: no words of the text name it."""
    return bool(e.mentions) and all(m.kind == IMPLIED for m in e.mentions)


def _key(country: str, sector: str) -> str:
    return f"implied:{country}:{sector}"

"""Events: who did what to whom, coded in CAMEO and PLOVER, with modality, source, place and date.

The stage (`EventStage`, `extract_events`) reads each sentence, then records each event it found.
Its collaborators, each a small class over the document's parse (`parse.tree.Tree`, wrapped by
`arguments.Args` for subjects, objects and entities) and the event ontology:

* `reader.Reader`: the sentence pass. `triggers.Coder` gives every verb or noun its own code;
  `governors.Governors` finds the words above it that change what it means ("agreed/offered/
  promised to [X]" is an intent, 03x, with X's code shaping the 3-4 digit code; "urged [X]" an
  appeal, 02x; "demanded [X]" a demand, 10x; "refused [X]" a rejection, 12x; "threatened [X]" a
  threat, 13x); `roles.Roles` finds actors and recipients (reciprocal events list every party in
  `actors`; a place in the event's phrases is its target when no party is: "protest in
  Beijing") and turns a claim that someone attacked into an accusation, or a claim of
  responsibility when the claimant is the attacker (PETRARCH-2's transformations, kept as data;
  a state that says it attacked tells the attack, coded with the state its doer);
  `scope.Scope` keeps one event per act (what is demanded, a document's provisions, a nominal
  event another acts upon and a participle beside a coded event are not events of their own).
* `record.Recorder`: the record. Modality from "expected/plans to", "would", "if", "whether",
  "not", "denied" (`modality.py`); PLOVER rules over the CAMEO->PLOVER table (the actor's own
  future cooperation is AGREE, an outside expectation keeps its type with modality `future`, a
  future RETREAT is CONCEDE); modes the code lacks from the weapon or the act threatened
  (`modes.Modes`); place (`locations.Locator`); date, attribution and quantities from the
  timex, quotes and quantity layers (`circumstances.Circumstances`); whether the act killed
  anyone and how many (`deaths.Deaths`: "fired, killing two", "were killed in police firing").

An agentless charge, conviction or jailing whose doer the article does not name, in a story that
happens in one country, to one of its people, names as its actor the unnamed prosecutors or court
the act implies (`implied.ImpliedParties`): an entity with no name in the text, its mentions the
act's words, added to the document's entities after those of the entity stage.

A sentence repeated on the page (a caption, a "related stories" box) codes its events once
(`duplicates.merge_duplicates`). Named parties joined by "and" that act each on their own ("Barr and
Ross refused") are one event per party, a meeting or an agreement one event of them all
(`parties.split_coordinated`).

`dyads()` expands an event into classic CAMEO source/target pairs with CAMEO actor codes
(`actor_code`, from `ontology.agents`, the same codes the store keeps).
"""

from __future__ import annotations

from dataclasses import replace

from ...config import Settings
from ...ontology.agents import actor_code
from ...ontology.codebook import EventOntology
from ...ontology.events import load_event_ontology
from ...parse.tree import Tree
from ...records import Document, Entity, Event
from ..places import Gazetteer, load_gazetteer
from .arguments import Args
from .duplicates import merge_duplicates
from .dyads import Dyad, dyads
from .parties import split_coordinated
from .reader import Reader
from .record import Recorder

__all__ = ["Dyad", "EventStage", "actor_code", "dyads", "extract_events"]


class EventStage:
    name = "events.rules.v1"
    # the parse and entities, and what the record reads: places (`places`), dates (`timexes`),
    # sources (`quotes`), amounts (`quantities`)
    requires = frozenset(
        {"tokens", "sentences", "ner", "entities", "places", "timexes", "quotes", "quantities"}
    )
    produces = frozenset({"events"})

    def __init__(self, settings: Settings | None = None, *, petrarch: bool = True) -> None:
        self.settings = settings
        self.onto = load_event_ontology()
        self.gaz = load_gazetteer()
        self.petrarch = petrarch

    def __call__(self, doc: Document) -> Document:
        events, implied = read_events(doc, self.onto, self.gaz, self.petrarch)
        return replace(doc, events=tuple(events), entities=(*doc.entities, *implied))


def extract_events(
    doc: Document, onto: EventOntology, gaz: Gazetteer, petrarch: bool = True
) -> list[Event]:
    """The events of a document, in text order, numbered v1, v2 ... (the unnamed parties
    some name as actors are `read_events`' second value)"""
    return read_events(doc, onto, gaz, petrarch)[0]


def read_events(
    doc: Document, onto: EventOntology, gaz: Gazetteer, petrarch: bool = True
) -> tuple[list[Event], tuple[Entity, ...]]:
    """The events of a document, in text order, numbered v1, v2 ..., and the unnamed parties
    agentless acts imply that they name as actors (`implied.ImpliedParties`), numbered after
    the document's entities."""
    args = Args(Tree(doc))
    reader = Reader(args, onto, petrarch=petrarch)
    recorder = Recorder(doc, args, onto, gaz)
    events: list[Event] = []
    for s in range(len(doc.sentences)):
        for proto in reader.sentence(s):
            if ev := recorder.record(proto, f"v{len(events) + 1}"):
                events.append(ev)
    kept = merge_duplicates(doc, split_coordinated(args, recorder.place_before_story(events)))
    ids, implied = recorder.implied.entities(kept, len(doc.entities) + 1)
    return [
        replace(ev, id=f"v{n}", actors=tuple(ids.get(a, a) for a in ev.actors))
        for n, ev in enumerate(kept, 1)
    ], implied

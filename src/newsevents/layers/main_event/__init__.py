"""The main event of the article as 5W1H ("main_event.rules.v1").

The method follows Giveme5W1H (Hamborg et al., 2019): candidates for each question are taken
from the *lead* (headline, standfirst and the first sentences of the body; captions, bylines and
datelines skipped) and scored, and the best candidate answers.

- who/what: actor-action candidates, one per verb with a subject (a reporting verb is looked
  through: "..., officials said" -> what was reported; a verb of going somewhere leads to what
  is done there; a headline told by its toll, "Several dead and dozens injured after ...", is a
  candidate whose what is the toll and whose who the victims the lead counts). A candidate
  scores by its position in the lead, by how often its actor is
  mentioned in the article (the entity layer's mention chains), by whether the actor is a
  named entity, by being its sentence's main verb, and by an actor the headline names when
  the headline is kept apart as `Article.title`. who = the subject (the agent of a
  passive; the antecedent of a pronoun), compact; what = the verb group with its object, but
  not a purpose infinitive after the object nor a phrase of cause or time ("are angry over
  ..."), which belong to why and when.
- when: the lead's dates and times (and durations counted from an event: "two days before the
  election"), preferring the main event's sentence and clause, a time that hangs from a mention
  of the main event (or an event noun of its kind), a day or a clock time, and a date near
  publication; not a time that dates a noun's modifier; else the named occasion ("at the
  Brazilian Grand Prix"); else a mention of the publication day; else the publication date
  itself (no offsets then).
- where: the lead's places (GPE/LOC/FAC, an organisation after "at"/"in", a town the NER model
  missed but the gazetteer knows: "Croydon tram crash"), preferring a
  specific place (city > region > country), one the article mentions often, one introduced by
  a locative preposition, in the main event's sentence.
- why: causal and purpose cues (`ontology/data/main_event_cues.json`: "because of", "due to",
  "in an attempt to", "amid", "after", "as" + a clause, ...), motive nouns ("revenge"), the
  weather the event happened in, what a verb of blame or praise is for ("criticised him for
  reopening the inquiry"), who or what is blamed ("blamed her defeat on X": X's decision, or
  what a relative clause says X did), the subject or passive agent of a causative verb ("the
  announcement that ... caused her to lose", "was driven by higher costs"), a purpose
  infinitive of the main verb or the errand of a journey; for a reaction ("upsets fans",
  "sparks outrage") the act that drew it; nearer the main event scores higher.
- how: a means or manner phrase of the main event ("by ...ing", "with ...", "using ...",
  "after surviving ..."), the weapon of an attack, the act that drew a reaction, else for an
  outcome without an object the mechanism a "when" clause
  of the lead tells ("were killed when a tram derailed"), else the verb group with a manner
  adverb ("narrowly avoids").

The id of the main event comes from `doc.events` when the event stage ran: the event whose
trigger is the main verb, else the event of the lead sentence nearest it, else the first one.
Every answer but the publication-date fallback of `when` is text with offsets into the article.

The layer, by module:

1. `candidates`: the lead and its actor-action candidates, scored; the best is the main event
   (`actions`: the actor-action pairs of a sentence; `headline`: headline verbs, passives and
   tolls the parser misreads).
2. The questions, each `find_X(q: Question) -> Answer | None` over one `question.Question`
   (the parse tree, the lead and the chosen `Action`): `who`, `what`, `when`, `where`, `why`
   (with `blame`: what a verb of blame or praise names), `how`.
3. What they share: `cues` (the cue lexicon compiled once) and `phrases` (span helpers that turn
   token ranges into answers).
4. The event id (`_event_id` here).
"""

from __future__ import annotations

from dataclasses import replace

from ...config import Settings
from ...parse.tree import Tree
from ...records import Document, MainEvent
from .candidates import LEAD_SENTENCES, WIDE_LEAD, candidates, lead_sentences
from .how import find_how
from .question import Action, Question
from .what import find_what
from .when import find_when
from .where import find_where
from .who import find_who
from .why import find_why

__all__ = ["MainEventStage", "find_main_event"]


class MainEventStage:
    name = "main_event.rules.v1"
    # entities: the actors' mention chains and the places; timexes: when (and, with quantities,
    # the times and amounts why passes over); events: the main event's id
    requires = frozenset(
        {"tokens", "sentences", "ner", "entities", "places", "timexes", "quantities", "events"}
    )
    produces = frozenset({"main_event"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return replace(doc, main_event=find_main_event(doc))


def find_main_event(doc: Document) -> MainEvent | None:
    """The 5W1H of the article's main event; None for a document without tokens."""
    if not doc.tokens:
        return None
    tree = Tree(doc)
    lead = tuple(lead_sentences(doc, WIDE_LEAD))
    actions = candidates(doc, tree, lead[:LEAD_SENTENCES])
    if not actions:
        q = Question(tree, lead)
        return MainEvent(None, None, find_when(q), find_where(q), None, None, None)
    q = Question(tree, lead, actions[0])
    return MainEvent(
        who=find_who(q),
        what=find_what(q),
        when=find_when(q),
        where=find_where(q),
        why=find_why(q),
        how=find_how(q),
        event=_event_id(doc, actions[0]),
    )


def _event_id(doc: Document, a: Action) -> str | None:
    """The id of the event whose trigger is the main verb, else of the event of the main
    event's sentence nearest it, else of the first event."""
    if not doc.events:
        return None
    s, v = a.sent, doc.tokens[a.act]
    for ev in doc.events:
        if ev.trigger.start <= v.start < ev.trigger.end:
            return ev.id
    in_lead = [ev for ev in doc.events if ev.sentence == s]
    if in_lead:
        return min(in_lead, key=lambda ev: abs(ev.trigger.start - v.start)).id
    return min(doc.events, key=lambda ev: (ev.sentence, ev.trigger.start)).id

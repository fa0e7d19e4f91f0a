"""How likely an event record is right: a calibrated score from the evidence that made it.

`Scorer.score` reads an event's evidence (`evidence`), the binary features a coder would weigh,
and turns them into a probability with a small logistic model fitted on the annotated dev sets
(`ontology/data/event_confidence.json`, written by `scripts/calibrate_confidence.py`, which
records which data, when, and the figures):

* the trigger entry's own reliability: how often events of that trigger word were of the right
  type on the dev data, smoothed towards its PLOVER type's rate (`entries`, `types`), entered as
  a log-odds;
* how the code was found: the event lexicon, a governor ("urged", "refused"), PETRARCH-2's
  dictionaries; with an argument frame; a verb or a noun; absorbed by a governor;
* argument completeness and how the parties were found: an actor that is the verb's own
  subject, a recipient that is its object or prepositional object, both parties present, a
  trigger that needs a recipient and has none, PETRARCH-2's transformations;
* modality (future, hypothetical, negated), attribution to a speaker, a reporting verb above;
* where the sentence is: the lead (first three sentences) or late in the article;
* who the parties are: an actor the knowledge base or the text codes (country or sector) or
  one it cannot, a person, a business, a state body; a recipient that is a bare place ("flights
  to New York") or an uncoded name, or more than two recipients;
* how the trigger is told: inside a quotation, in a question, as a gerund or a bare infinitive,
  or in a subordinate clause (adverbial, relative, complement).

The model is fitted on the annotated dev sets and on `tests/gold/articles_train.jsonl`, 120
Wikinews articles coded blind for this purpose only (never scored as dev or test). A score of
0.5 means "right half the time on that data"; `default_min_confidence` in the same file is the
threshold the front ends filter on by default (chosen on the whole-article gold's dev part).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache
from typing import Any

from ...ontology.reading import event_confidence
from ...records import Attribution
from .arguments import Args
from .modality import Mood
from .roles import PLACE_TYPES, Proto

LEAD_SENTENCES = 3
LATE_SENTENCE = 12
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "amod", "xcomp", "ccomp", "csubj"})


def entry_key(a: Args, p: Proto) -> str:
    """The lexicon entry an event came from: its trigger's lemma and part of speech, or the
    governor's lemma when a governor coded it."""
    c = p.coding
    if c.trigger is not None:
        return f"{c.trigger.lemma}/{c.pos}"
    return f"{a.lemma(p.head)}/{c.pos}"


def evidence(
    a: Args, p: Proto, plover: str | None, mood: Mood, attribution: Attribution | None
) -> dict[str, float]:
    """The binary features of one event (names as in the weights file)."""
    c = p.coding
    sent = a.token(p.head).sent
    subject = a.subject(p.anchor).token
    own_actors = set(a.entities(subject)) if subject is not None else set()
    verb = c.tok if c.pos == "VERB" else p.anchor
    objects = [*a.objects(verb), *(o for _, o in a.preps(verb))]
    if c.pos == "NOUN":
        objects += [o for _, o in a.preps(c.tok)]
    own_recips = {e for o in objects for e in a.entities(o)}
    needs = bool(c.trigger and c.trigger.needs_recipient)
    return {
        "source_lexicon": float(c.source == "lexicon"),
        "source_governor": float(c.source == "governor"),
        "frame": float(c.frame is not None),
        "noun": float(c.pos == "NOUN"),
        "governed": float(p.governor is not None),
        "actor_subject": float(bool(own_actors & set(p.actors))),
        "recipient_object": float(bool(own_recips & set(p.recipients))),
        "both_parties": float(bool(p.actors and p.recipients)),
        "recipient_missing": float(needs and not p.recipients),
        "transformed": float(p.transformed),
        "future": float(mood.modality == "future"),
        "hypothetical": float(mood.modality == "hypothetical"),
        "negated": float(mood.modality == "negated"),
        "attributed": float(attribution is not None),
        "reported": float(any(g.role == "report" for _, g in p.chain)),
        "lead": float(sent < LEAD_SENTENCES),
        "late": float(sent >= LATE_SENTENCE),
        "no_type": float(plover is None),
        **parties(a, p),
        **telling(a, p),
    }


def parties(a: Args, p: Proto) -> dict[str, float]:
    """Who the event's actors and recipients are, as the entity layer coded them."""
    known = a.tree.entities
    actors = [known[i] for i in p.actors if i in known]
    recips = [known[i] for i in p.recipients if i in known]
    return {
        "actor_coded": float(any(e.country or e.sector for e in actors)),
        "actor_person": float(any(e.type == "PERSON" for e in actors)),
        "actor_business": float(bool(actors) and all(e.sector == "BUS" for e in actors)),
        "actor_state": float(any(e.sector in STATE_SECTORS for e in actors)),
        "recipient_place": float(any(e.type in PLACE_TYPES and not e.sector for e in recips)),
        "recipient_uncoded": float(bool(recips) and not any(e.country or e.sector for e in recips)),
        "many_recipients": float(len(recips) > 2),
    }


def telling(a: Args, p: Proto) -> dict[str, float]:
    """How the sentence tells the trigger: quoted, asked, or not as its main assertion."""
    tok = a.token(p.head)
    sentences = a.tree.doc.sentences
    if tok.sent < len(sentences):
        s = sentences[tok.sent]
        before, whole = a.tree.text[s.start : tok.start], a.tree.text[s.start : s.end]
    else:
        before = whole = ""
    quoted = before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
    return {
        "in_quote": float(quoted),
        "question": float(whole.rstrip().endswith("?")),
        "gerund": float(tok.tag == "VBG"),
        "base_form": float(tok.tag == "VB"),
        "subordinate": float(tok.dep in SUBORDINATE_DEPS),
    }


def logit(x: float) -> float:
    x = min(max(x, 1e-3), 1 - 1e-3)
    return math.log(x / (1 - x))


class Scorer:
    """The fitted model of `event_confidence.json` applied to one event's evidence."""

    def __init__(self, model: Mapping[str, Any]) -> None:
        self.bias = float(model["bias"])
        self.weights: dict[str, float] = dict(model["weights"])
        self.entries: dict[str, float] = dict(model["entries"])
        self.types: dict[str, float] = dict(model["types"])
        self.prior = float(model["prior"])

    def reliability(self, entry: str, plover: str | None) -> float:
        """The dev precision of the entry, else of its PLOVER type, else of all events."""
        if entry in self.entries:
            return self.entries[entry]
        return self.types.get(plover or "", self.prior)

    def score(self, features: Mapping[str, float], reliability: float) -> float:
        z = self.bias + self.weights.get("reliability", 0.0) * logit(reliability)
        z += sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return round(1 / (1 + math.exp(-z)), 3)

    def __call__(
        self,
        a: Args,
        p: Proto,
        plover: str | None,
        mood: Mood,
        attribution: Attribution | None,
    ) -> float:
        features = evidence(a, p, plover, mood, attribution)
        return self.score(features, self.reliability(entry_key(a, p), plover))


@cache
def scorer() -> Scorer:
    return Scorer(event_confidence())

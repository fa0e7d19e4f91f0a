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
* where the sentence is: the lead (first three sentences) or late in the article.

A score of 0.5 means "right half the time on dev"; `default_min_confidence` in the same file is
the threshold the front ends filter on by default (chosen on the whole-article gold's dev part).
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
from .roles import Proto

LEAD_SENTENCES = 3
LATE_SENTENCE = 12


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

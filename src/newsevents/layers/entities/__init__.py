"""Entities and canonical actors (stage "entities.rules.v1").

One entity per real-world actor, every mention merged, in linear passes over the parse:

1. names (`names`): NER spans (PERSON, ORG, GPE, NORP, LOC, FAC) plus dictionary names the model
   missed ("Russia-Ukraine"), with determiners and possessive "'s" split off;
2. people (`people`): a PERSON name with the words before it ("Former President", "National
   Security Council spokesperson") and after it (an apposition, "who is ...") as evidence of
   role, country and sector; surnames merge into the full name ("Biden" -> "Joe Biden");
3. groups (`groups`): common-noun actors from the agent dictionary ("Ukraine's armed forces",
   "rebels", "European countries"), their country from modifiers;
4. other names (`names`): countries by every variant, demonyms, dictionary actors, places,
   organisations and acronyms;
5. pronouns, plural descriptions and definite nominals resolved by rules (`coref`);
6. actor codes: country, PLOVER sector and role, text first, then the dated dictionaries, then
   the context (`actors`).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from ...config import Settings
from ...ontology.actors import lexicon
from ...records import Document, Entity
from . import actors, coref
from .groups import find_groups
from .mentions import Context, finish
from .names import add_name, add_surnames, name_spans
from .people import add_person

log = logging.getLogger(__name__)


class EntityStage:
    name = "entities.rules.v1"
    requires = frozenset({"tokens", "sentences", "ner"})
    produces = frozenset({"entities"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lex = lexicon()

    def __call__(self, doc: Document) -> Document:
        return replace(doc, entities=build(Context(doc, self.lex)))


def build(ctx: Context) -> tuple[Entity, ...]:
    spans = name_spans(ctx)
    for sp in spans:
        if sp.label == "PERSON":
            add_person(ctx, sp)
    find_groups(ctx)
    for sp in spans:
        if sp.label != "PERSON":
            add_name(ctx, sp)
    add_surnames(ctx)
    coref.resolve(ctx)
    actors.code(ctx)
    return finish(ctx)

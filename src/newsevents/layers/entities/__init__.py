"""Entities and canonical actors (stage "entities.rules.v1").

One entity per real-world actor, every mention merged, in linear passes over the parse; each
pass reads and writes one `workspace.Workspace` (the document, its `parse.tree.Tree`, the actor
lexicon and the entity drafts of `mentions`):

1. name spans (`names`): NER spans (PERSON, ORG, GPE, NORP, LOC, FAC) plus dictionary names the
   model missed ("Russia-Ukraine"), with determiners and possessive "'s" split off; a name the
   NER tagged once is that name at its untagged mentions ("WeWork"); a known given name and a
   surname the NER missed or called an organisation is a person ("Fritz Meyer":
   `personal_names`);
2. people (`people`): a PERSON name with the words before it ("Former President", "National
   Security Council spokesperson") and after it (an apposition, "who is ...", what the name
   is said to be: "X was a Palestinian leader") as evidence of role, country and sector;
   surnames merge into the full name ("Biden" -> "Joe Biden");
3. groups (`groups`): common-noun actors from the agent dictionary ("Ukraine's armed forces",
   "rebels", "European countries"), their country from modifiers;
4. other names (`names`): countries by every variant, demonyms, dictionary actors, places,
   organisations and acronyms;
5. surnames (`names`): a bare surname the NER left unlabelled joins its person ("said Kirby");
   organisations the text places ("New York-based WeWork") take that place's country; a title
   before 'to/for <place>' joins the name after the place ("US Ambassador to Germany Richard
   Grenell": `people.titles_across_places`), and a title set before a name with a comma
   is that person's post ("the Governor of Alaska, Sarah Palin,": `people.titles_in_apposition`);
6. coreference (`coref`): pronouns, plural descriptions and definite nominals resolved by rules;
7. actor codes (`actors`): country, PLOVER sector and role, text first, then the dated
   dictionaries, then the context, then (bare state bodies only) the one government the
   article names, then (people named in full and groups of people only) the article's one
   country;
8. finish (`workspace`): the drafts become frozen `Entity` records, ids in order of first mention.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from ...config import Settings
from ...ontology.actors import lexicon
from ...records import Document, Entity
from . import actors, coref
from .groups import find_counted_victims, find_groups
from .names import add_name, add_surnames, based_in, located_in, name_spans, short_firm_names
from .people import add_person, titles_across_places, titles_in_apposition
from .workspace import Workspace, finish

log = logging.getLogger(__name__)


class EntityStage:
    name = "entities.rules.v1"
    requires = frozenset({"tokens", "sentences", "ner"})
    produces = frozenset({"entities"})

    def __init__(self, settings: Settings) -> None:
        self.lex = lexicon()

    def __call__(self, doc: Document) -> Document:
        return replace(doc, entities=build(Workspace(doc, self.lex)))


def build(ws: Workspace) -> tuple[Entity, ...]:
    """The passes of the module docstring, in its order."""
    spans = name_spans(ws)
    short_firm_names(ws, spans)
    for sp in spans:
        if sp.label == "PERSON":
            add_person(ws, sp)
    find_groups(ws)
    find_counted_victims(ws)
    for sp in spans:
        if sp.label != "PERSON":
            add_name(ws, sp)
    add_surnames(ws)
    based_in(ws)
    located_in(ws)
    titles_across_places(ws)
    titles_in_apposition(ws)
    coref.resolve(ws)
    actors.code(ws)
    return finish(ws)

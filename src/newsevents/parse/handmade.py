"""A parse written by hand: the Document a parser would make, without loading a model.

Like spaCy's `Doc(vocab, words, heads=..., deps=...)`, for tests of one stage and for trying a
stage on a parse the model gets wrong:

    doc = make_document(
        ["Biden", "met", "Scholz", "in", "Berlin", "."],
        heads=[1, 1, 1, 1, 3, 1],
        deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        ents=[("Biden", "PERSON"), ("Scholz", "PERSON"), ("Berlin", "GPE")],
    )

The result has what `spacy_adapter.to_document` gives: the article (text = the words joined by
a space unless `spaces` says otherwise), tokens with character offsets and their sentence,
sentences, NER spans mirrored on the tokens (`ent_type`, `ent_iob`), and the layers
`article`, `tokens`, `sentences`, `ner`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeAlias

from ..readers import make_article
from ..records import Document, NamedSpan, Sentence, Token

# A name as (its words, label), found in the text, or as (first token, end token, label).
Ent: TypeAlias = tuple[str, str] | tuple[int, int, str]

PARSER_LAYERS = frozenset({"article", "tokens", "sentences", "ner"})
_SENTENCE_END = frozenset({".", "!", "?"})


def make_document(
    words: Sequence[str],
    *,
    heads: Sequence[int] | None = None,
    deps: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
    pos: Sequence[str] | None = None,
    lemmas: Sequence[str] | None = None,
    morphs: Sequence[str] | None = None,
    ents: Iterable[Ent] = (),
    sent_starts: Sequence[bool] | None = None,
    spaces: Sequence[bool] | None = None,
    published: str | None = None,
) -> Document:
    """A Document over `words` with the parse given token by token.

    `heads` are absolute token indices, a root pointing at itself (no heads: every token is its
    own root, as in an unparsed spaCy Doc); `deps`, `tags`, `pos`, `morphs` default to "",
    `lemmas` to the lower-cased word. Sentences start where `sent_starts` is true, else after
    each ".", "!" or "?". A head outside its token's sentence, a name not found on token
    boundaries or lists of the wrong length raise ValueError.
    """
    n = len(words)
    if not n:
        raise ValueError("a document needs at least one word")
    for name, values in _columns(heads, deps, tags, pos, lemmas, morphs, sent_starts, spaces):
        if len(values) != n:
            raise ValueError(f"{name} has {len(values)} values for {n} words")
    text, offsets = _layout(words, spaces)
    sentences = _sentences(words, offsets, sent_starts)
    sent_of = [si for si, s in enumerate(sentences) for _ in range(s.tok_start, s.tok_end)]
    names = sorted(_named(words, offsets, text, ents), key=lambda s: s.tok_start)
    iob = _iob(n, names)
    tokens = tuple(
        Token(
            i=i,
            start=offsets[i][0],
            end=offsets[i][1],
            text=words[i],
            lemma=lemmas[i] if lemmas else words[i].lower(),
            pos=pos[i] if pos else "",
            tag=tags[i] if tags else "",
            dep=deps[i] if deps else "",
            head=heads[i] if heads else i,
            ent_type=iob[i][0],
            ent_iob=iob[i][1],
            morph=morphs[i] if morphs else "",
            sent=sent_of[i],
        )
        for i in range(n)
    )
    for t in tokens:
        s = sentences[t.sent]
        if not s.tok_start <= t.head < s.tok_end:
            raise ValueError(f"token {t.i} {t.text!r} has its head {t.head} outside its sentence")
    article = make_article(text, published=published, language="en", detect=False)
    return Document(
        article=article,
        tokens=tokens,
        sentences=sentences,
        ner=tuple(names),
        layers=PARSER_LAYERS,
    )


def _columns(*values: Sequence[object] | None) -> list[tuple[str, Sequence[object]]]:
    keys = ("heads", "deps", "tags", "pos", "lemmas", "morphs", "sent_starts", "spaces")
    return [(k, v) for k, v in zip(keys, values, strict=True) if v is not None]


def _layout(
    words: Sequence[str], spaces: Sequence[bool] | None
) -> tuple[str, list[tuple[int, int]]]:
    """The text and each word's (start, end): a space after every word but the last, unless
    `spaces` says otherwise."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    at = 0
    for i, word in enumerate(words):
        if not word or word != word.strip():
            raise ValueError(f"word {i} {word!r} is empty or has spaces around it")
        offsets.append((at, at + len(word)))
        gap = " " if (spaces[i] if spaces else i < len(words) - 1) else ""
        parts += [word, gap]
        at += len(word) + len(gap)
    return "".join(parts), offsets


def _sentences(
    words: Sequence[str], offsets: list[tuple[int, int]], sent_starts: Sequence[bool] | None
) -> tuple[Sentence, ...]:
    n = len(words)
    if sent_starts is not None:
        starts = [0] + [i for i in range(1, n) if sent_starts[i]]
    else:
        starts = [0] + [i for i in range(1, n) if words[i - 1] in _SENTENCE_END]
    bounds = list(zip(starts, [*starts[1:], n], strict=True))
    return tuple(Sentence(offsets[a][0], offsets[b - 1][1], a, b) for a, b in bounds)


def _named(
    words: Sequence[str], offsets: list[tuple[int, int]], text: str, ents: Iterable[Ent]
) -> list[NamedSpan]:
    """NER spans; a name given by its words is its first occurrence on token boundaries that
    no earlier name took."""
    out: list[NamedSpan] = []
    taken: set[int] = set()
    for ent in ents:
        if len(ent) == 3:
            first, stop, label = ent
        else:
            first, stop = _find(words, ent[0], taken)
            label = ent[1]
        if not 0 <= first < stop <= len(words) or taken & set(range(first, stop)):
            raise ValueError(f"name {ent!r} is outside the words or overlaps another")
        taken |= set(range(first, stop))
        start, end = offsets[first][0], offsets[stop - 1][1]
        out.append(NamedSpan(start, end, text[start:end], label, first, stop))
    return out


def _find(words: Sequence[str], name: str, taken: set[int]) -> tuple[int, int]:
    want = name.split()
    for first in range(len(words) - len(want) + 1):
        stop = first + len(want)
        if list(words[first:stop]) == want and not taken & set(range(first, stop)):
            return first, stop
    raise ValueError(f"name {name!r} is not a run of the words")


def _iob(n: int, names: Sequence[NamedSpan]) -> list[tuple[str, str]]:
    """Each token's (ent_type, ent_iob) as the parser copies them from spaCy."""
    out = [("", "O")] * n
    for s in names:
        for i in range(s.tok_start, s.tok_end):
            out[i] = (s.label, "B" if i == s.tok_start else "I")
    return out

"""Helpers of the runner tests: record comparison, a parser that needs no model."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsevents.config import Settings
from newsevents.pipeline import Result, register
from newsevents.records import Article, Document, Failure, Sentence, Token
from newsevents.serialize import to_dict
from newsevents.store import open_store


def comparable(result: Result) -> tuple:
    """What must be equal across runners: the JSON contract plus the parse under it."""
    if isinstance(result, Failure):
        return ("failure", result.article_id, result.stage, result.error)
    return ("document", to_dict(result), result.tokens, result.sentences, result.ner)


def assert_same_records(expected: list[Result], got: list[Result]) -> None:
    assert len(got) == len(expected)
    for i, (a, b) in enumerate(zip(expected, got, strict=True)):
        assert comparable(a) == comparable(b), f"record {i} differs"


class _WordParser:
    """Whitespace tokens, one sentence; kills its process on the word CRASH."""

    name = "test.words.v1"
    produces = frozenset({"tokens", "sentences", "ner"})

    def __init__(self, settings: Settings) -> None:
        pass

    def parse(self, article: Article) -> Document:
        if "CRASH" in article.text:
            os._exit(3)  # as the OOM killer or a segfault in native code would
        words = article.text.split()
        tokens, pos = [], 0
        for i, w in enumerate(words):
            start = article.text.index(w, pos)
            pos = start + len(w)
            tokens.append(Token(i, start, pos, w, w.lower(), "X", "X", "dep", i))
        sent = Sentence(0, len(article.text), 0, len(tokens))
        return Document(article, tokens=tuple(tokens), sentences=(sent,))

    def parse_many(self, articles: Iterable[Article], *, batch_size: int) -> Iterator[Document]:
        return (self.parse(a) for a in articles)


class _Boom:
    name = "test.boom.v1"
    requires = frozenset({"tokens"})
    produces = frozenset({"boom"})

    def __init__(self, settings: Settings) -> None:
        pass

    def __call__(self, doc: Document) -> Document:
        if "boom" in doc.article.text:
            raise ValueError("boom")
        return doc


register("test.words.v1", f"{__name__}:_WordParser")
register("test.boom.v1", f"{__name__}:_Boom")
WORDS = Settings(stages=("test.words.v1", "test.boom.v1"))


def articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]


def unlinked(record: dict | None) -> dict | None:
    """A stored record without what the store adds to it (the article's story, each event's
    corpus event: `store.rows.with_links`), to compare with the record the pipeline made."""
    if record is None:
        return None
    out = {**record, "article": dict(record["article"])}
    out["article"].pop("story_id", None)
    out["events"] = [
        {k: v for k, v in e.items() if k != "corpus_event_id"} for e in record.get("events", [])
    ]
    return out


def assert_store_has(db: Path, docs: list[Document], failures: int) -> None:
    store = open_store(str(db))
    try:
        stats = store.stats()
        assert stats["articles"] == len(docs) and stats["failures"] == failures
        for d in docs:
            assert unlinked(store.document(d.article.id)) == to_dict(d)
    finally:
        store.close()

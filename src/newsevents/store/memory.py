"""An in-memory Store for tests and for `extract` pipelines that keep nothing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..dedup import Duplicate, NearDuplicateIndex
from ..records import Article, Document, Failure


class MemoryStore:
    """Documents, failures and near-duplicate links in dictionaries."""

    def __init__(self) -> None:
        self.docs: dict[str, Document] = {}
        self.copies: dict[str, Duplicate] = {}
        self.failures: list[Failure] = []
        self._index = NearDuplicateIndex()

    def find_duplicates(self, articles: Sequence[Article]) -> list[Duplicate]:
        copies, _ = self._index.screen(list(articles))
        return copies

    def write_batch(
        self,
        docs: Sequence[Document],
        failures: Sequence[Failure] = (),
        copies: Sequence[Duplicate] = (),
    ) -> int:
        added = 0
        for d in docs:
            if d.article.id not in self.docs and d.article.id not in self.copies:
                self.docs[d.article.id] = d
                added += 1
        for c in copies:
            if c.article.id not in self.docs and c.article.id not in self.copies:
                self.copies[c.article.id] = c
                added += 1
        self.failures.extend(failures)
        return added

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return {i for i in ids if i in self.docs or i in self.copies}

    def known_paths(self) -> set[str]:
        articles = [d.article for d in self.docs.values()] + [
            c.article for c in self.copies.values()
        ]
        paths = {dict(a.meta).get("path") for a in articles}
        paths |= {f.path for f in self.failures}
        return {p for p in paths if p}

    def stats(self) -> dict[str, Any]:
        docs = self.docs.values()
        return {
            "articles": len(self.docs) + len(self.copies),
            "entities": sum(len(d.entities) for d in docs),
            "events": sum(len(d.events) for d in docs),
            "duplicates": len(self.copies),
            "failures": len(self.failures),
        }

    def close(self) -> None:
        pass

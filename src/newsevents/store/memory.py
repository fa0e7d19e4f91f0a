"""An in-memory Store for tests and for `extract` pipelines that keep nothing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..records import Document, Failure


class MemoryStore:
    def __init__(self) -> None:
        self.docs: dict[str, Document] = {}
        self.failures: list[Failure] = []

    def write_batch(self, docs: Sequence[Document], failures: Sequence[Failure] = ()) -> int:
        added = 0
        for d in docs:
            if d.article.id not in self.docs:
                self.docs[d.article.id] = d
                added += 1
        self.failures.extend(failures)
        return added

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return {i for i in ids if i in self.docs}

    def known_paths(self) -> set[str]:
        paths = {dict(d.article.meta).get("path") for d in self.docs.values()}
        paths |= {f.path for f in self.failures}
        return {p for p in paths if p}

    def stats(self) -> dict[str, Any]:
        docs = self.docs.values()
        return {
            "articles": len(self.docs),
            "entities": sum(len(d.entities) for d in docs),
            "events": sum(len(d.events) for d in docs),
            "failures": len(self.failures),
        }

    def close(self) -> None:
        pass

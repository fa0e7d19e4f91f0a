"""The Store protocol and `open_store`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from ..records import Document, Failure


@runtime_checkable
class Store(Protocol):
    """What ingest and the front ends need from a store."""

    def write_batch(
        self, docs: Sequence[Document], failures: Sequence[Failure] = (), copies: Sequence[Any] = ()
    ) -> int:
        """Store documents, failures and near-duplicate copies (`dedup.Duplicate`) in one
        transaction; returns articles added."""
        ...

    def find_duplicates(self, articles: Sequence[Any]) -> list[Any]:
        """Near-duplicate copies among `articles` (of stored ones or earlier ones in the list),
        to pass to the next `write_batch` as `copies`."""
        ...

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of article ids already stored."""
        ...

    def known_paths(self) -> set[str]:
        """Input paths already stored or failed (to resume a long ingest)."""
        ...

    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None: ...


def open_store(path: str = "newsevents.duckdb", *, read_only: bool = False) -> Any:
    """Open (creating or upgrading) a store: `:memory:` or a path to a DuckDB file."""
    from .duck import DuckStore

    return DuckStore(path, read_only=read_only)

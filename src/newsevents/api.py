"""The Python API behind every front end: extract one article, ingest many, open a store."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from .config import Settings
from .ingest import make_article, read_paths
from .pipeline import Pipeline
from .records import Article, Document, Failure

log = logging.getLogger(__name__)

_PIPELINES: dict[Settings, Pipeline] = {}
_LOCK = threading.Lock()


def get_pipeline(settings: Settings | None = None) -> Pipeline:
    """A built pipeline for these settings, made once per process."""
    settings = settings or Settings()
    with _LOCK:
        if settings not in _PIPELINES:
            _PIPELINES[settings] = Pipeline.build(settings)
        return _PIPELINES[settings]


def extract(
    text: str | Article,
    *,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    language: str | None = None,
    settings: Settings | None = None,
) -> Document:
    """Read one article; raises an InputError (empty, other language ...) or StageError."""
    article = (
        text
        if isinstance(text, Article)
        else make_article(
            text, url=url, title=title, published=published, source=source, language=language
        )
    )
    return get_pipeline(settings).run(article)


@dataclass
class IngestReport:
    seen: int = 0
    added: int = 0
    skipped: int = 0  # already in the store (same content or same path)
    failed: int = 0
    duplicates: int = 0  # near-duplicate copies linked to a canonical article, not parsed
    failures_by_reason: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "seen": self.seen,
            "added": self.added,
            "skipped": self.skipped,
            "failed": self.failed,
            "duplicates": self.duplicates,
            "failures_by_reason": dict(self.failures_by_reason),
        }


Progress = Callable[[IngestReport], None]


def _batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    batch: list[Article | Failure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_items(
    items: Iterable[Article | Failure],
    store: Any,
    *,
    settings: Settings | None = None,
    batch_size: int = 64,
    progress: Progress | None = None,
    runner: Any = None,
) -> IngestReport:
    """Run articles through the pipeline into the store, one transaction per batch.

    Articles already stored (same content hash, or same input path) are skipped before parsing,
    so a re-run after an interruption resumes where it stopped.
    """
    settings = settings or Settings()
    report = IngestReport()
    done_paths = store.known_paths()
    run = runner.run_many if runner is not None else get_pipeline(settings).run_many
    for batch in _batches(items, batch_size):
        failures: list[Failure] = []
        todo: list[Article] = []
        paths: dict[str, str | None] = {}
        for item in batch:
            report.seen += 1
            if isinstance(item, Failure):
                if item.path in done_paths:
                    report.skipped += 1
                else:
                    failures.append(item)
                continue
            path = dict(item.meta).get("path")
            if (path and path in done_paths) or item.id in paths:  # or the same text again
                report.skipped += 1
                continue
            paths[item.id] = path
            todo.append(item)
        known = store.known_ids(a.id for a in todo)
        report.skipped += sum(1 for a in todo if a.id in known)
        todo = [a for a in todo if a.id not in known]
        copies = store.find_duplicates(todo)
        if copies:
            copy_ids = {c.article.id for c in copies}
            todo = [a for a in todo if a.id not in copy_ids]
            report.duplicates += len(copies)
        docs: list[Document] = []
        for result in run(todo, on_error="skip"):
            if isinstance(result, Failure):
                path = result.path or paths.get(result.article_id or "")
                failures.append(replace(result, path=path))
            else:
                docs.append(result)
        report.added += store.write_batch(docs, failures, copies)
        report.failed += len(failures)
        for f in failures:
            key = f.reason.split(":", 1)[0]
            report.failures_by_reason[key] = report.failures_by_reason.get(key, 0) + 1
        if progress:
            progress(report)
    return report


def ingest(
    paths: Iterable[str],
    *,
    db: str = "newsevents.duckdb",
    settings: Settings | None = None,
    batch_size: int = 64,
    progress: Progress | None = None,
    runner: Any = None,
) -> IngestReport:
    """Ingest files and folders into the DuckDB store at `db`.

    `runner` runs the pipeline (default: in this process); e.g.
    `newsevents.runners.get_runner("processes", workers=4)`, closed by the caller.
    """
    from .store import open_store

    settings = settings or Settings()
    store = open_store(db)
    try:
        items = read_paths(paths, max_bytes=settings.max_bytes, skip=store.known_paths())
        return ingest_items(
            items,
            store,
            settings=settings,
            batch_size=batch_size,
            progress=progress,
            runner=runner,
        )
    finally:
        store.close()

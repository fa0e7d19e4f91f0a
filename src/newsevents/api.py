"""The Python API behind every front end: extract one article, ingest many.

`ingest_items` is the one way into a store: the CLI (`ingest`, `load`), the web POST and
`ingest` all go through it, so every article gets the same known-path, known-id and
near-duplicate checks before it is parsed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .config import Settings
from .dedup import Duplicate
from .pipeline import OnError, Pipeline
from .readers import JsonFields, make_article, read_paths, read_stdin
from .readers.articles import TEXT_SUFFIXES, KnownInputs, ReadNotes
from .records import Article, Document, Failure
from .runners.base import chunked
from .store.base import Store

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
    """The running counts of an ingest (what `progress` gets after each batch)."""

    seen: int = 0
    added: int = 0  # stored: documents and near-duplicate copies
    skipped: int = 0  # already in the store (same content or same path)
    failed: int = 0
    duplicates: int = 0  # near-duplicate copies linked to a canonical article, not parsed
    failures_by_reason: dict[str, int] = field(default_factory=dict)
    unread: list[str] = field(default_factory=list)  # folder files of no known type, not read
    url_lists: list[str] = field(default_factory=list)  # text files of URLs, fetched

    def as_dict(self) -> dict[str, Any]:
        return {
            "seen": self.seen,
            "added": self.added,
            "skipped": self.skipped,
            "failed": self.failed,
            "duplicates": self.duplicates,
            "failures_by_reason": dict(self.failures_by_reason),
            "unread": list(self.unread),
            "url_lists": list(self.url_lists),
        }

    def count(self, batch: Batch) -> None:
        self.seen += batch.seen
        self.added += batch.added
        self.skipped += len(batch.skipped)
        self.failed += len(batch.failures)
        self.duplicates += len(batch.copies)
        for f in batch.failures:
            key = f.reason.split(":", 1)[0]
            self.failures_by_reason[key] = self.failures_by_reason.get(key, 0) + 1


# What ingest takes: an article to read, a document read already (result shards), or the
# failure record of input that could not become an article.
Item = Article | Document | Failure


@dataclass
class Batch:
    """What one batch of `ingest_items` did, for callers that want more than the counts."""

    seen: int = 0
    skipped: list[str] = field(default_factory=list)  # ids (or paths) already stored
    copies: list[Duplicate] = field(default_factory=list)  # linked, not parsed
    docs: list[Document] = field(default_factory=list)  # read (or loaded), offered to the store
    failures: list[Failure] = field(default_factory=list)
    added: int = 0  # what the store took: documents and copies new to it


Progress = Callable[[IngestReport], None]


def ingest_items(
    items: Iterable[Item],
    store: Store,
    *,
    settings: Settings | None = None,
    batch_size: int | None = None,
    progress: Progress | None = None,
    runner: Any = None,
    on_batch: Callable[[Batch], None] | None = None,
) -> IngestReport:
    """Run articles through the pipeline into the store, one transaction per batch: the one
    path from input to store, taken by `ingest`, the CLI, the web POST and `newsevents load`.

    Before anything is parsed, items already stored (same content hash, or same input path) are
    skipped, so a re-run after an interruption resumes where it stopped, and near-duplicate
    copies of stored articles (or of earlier ones in the input) are linked to them instead of
    parsed (`dedup`). Documents among the items (result shards) are checked the same way and
    stored as they are. `runner` runs the pipeline (default: in this process); `on_batch` sees
    each batch's `Batch`.
    """
    settings = settings or Settings()
    report = IngestReport()
    done_paths = store.known_paths()
    run = runner.run_many if runner is not None else _local_run(settings)
    for chunk in chunked(items, batch_size or settings.ingest_batch_size):
        batch, todo, paths = _screen(chunk, store, done_paths)
        for result in run(todo, on_error="skip") if todo else ():
            if isinstance(result, Failure):
                path = result.path or paths.get(result.article_id or "")
                batch.failures.append(replace(result, path=path))
            else:
                batch.docs.append(result)
        batch.added = store.write_batch(batch.docs, batch.failures, batch.copies)
        report.count(batch)
        if on_batch:
            on_batch(batch)
        if progress:
            progress(report)
    return report


def _local_run(settings: Settings) -> Callable[..., Iterable[Document | Failure]]:
    """The pipeline of this process, built on first use (loading shards needs none)."""

    def run(articles: list[Article], *, on_error: OnError) -> Iterable[Document | Failure]:
        return get_pipeline(settings).run_many(articles, on_error=on_error)

    return run


def _screen(
    items: list[Item], store: Store, done_paths: set[str]
) -> tuple[Batch, list[Article], dict[str, str | None]]:
    """A batch with what is already stored skipped and near-duplicate copies found; the articles
    left to read, and the input path of every article id."""
    batch = Batch(seen=len(items))
    keep: dict[str, Article | Document] = {}
    paths: dict[str, str | None] = {}
    for item in items:
        if isinstance(item, Failure):
            if item.path in done_paths:
                batch.skipped.append(item.path or "")
            else:
                batch.failures.append(item)
            continue
        article = item if isinstance(item, Article) else item.article
        path = dict(article.meta).get("path")
        if (path and path in done_paths) or article.id in keep:  # or the same text again
            batch.skipped.append(article.id)
            continue
        keep[article.id], paths[article.id] = item, path
    for aid in store.known_ids(keep):
        batch.skipped.append(aid)
        del keep[aid]
    batch.copies = store.find_duplicates([_article(i) for i in keep.values()])
    for copy in batch.copies:
        del keep[copy.article.id]
    batch.docs = [i for i in keep.values() if isinstance(i, Document)]
    return batch, [i for i in keep.values() if isinstance(i, Article)], paths


def _article(item: Article | Document) -> Article:
    return item if isinstance(item, Article) else item.article


def ingest(
    paths: Iterable[str],
    *,
    db: str | None = None,
    settings: Settings | None = None,
    batch_size: int | None = None,
    progress: Progress | None = None,
    runner: Any = None,
    fields: JsonFields | None = None,
    text_suffixes: Iterable[str] = TEXT_SUFFIXES,
    text_meta: Mapping[str, str | None] | None = None,
) -> IngestReport:
    """Ingest files, folders, URLs (or `-`, standard input) into the DuckDB store at `db`
    (default: `settings.db_path`).

    `runner` runs the pipeline (default: in this process); e.g.
    `newsevents.runners.get_runner("processes", workers=4)`, closed by the caller. `fields`
    names the keys of JSONL input (`readers.JsonFields`); `text_suffixes` the suffixes read as
    plain text in folders ("*": every file). The report lists the folder files not read.
    `text_meta` gives plain-text articles (files and `-`) a title, url, published date or
    source, over what a sidecar `FILE.json` or front matter says (`readers.text`).
    """
    from .store import open_store

    settings = settings or Settings()
    paths = list(paths)
    store = open_store(db or settings.db_path)
    known = KnownInputs(store.known_paths())
    notes = ReadNotes()
    try:
        items = (
            [read_stdin(max_bytes=settings.max_bytes, text_meta=text_meta)]
            if paths == ["-"]
            else read_paths(
                paths,
                fields=fields or JsonFields(),
                max_bytes=settings.max_bytes,
                skip=known,
                text_suffixes=text_suffixes,
                notes=notes,
                text_meta=text_meta,
            )
        )
        report = ingest_items(
            items, store, settings=settings, batch_size=batch_size, progress=progress, runner=runner
        )
    finally:
        store.close()
    # inputs already stored were passed over unread: they count as read and already stored
    report.seen += len(known.passed)
    report.skipped += len(known.passed)
    report.unread, report.url_lists = notes.unread, notes.url_lists
    return report

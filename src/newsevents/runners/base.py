"""What every runner shares: the Runner protocol and the pieces of a worker's job.

Kept apart from `runners/__init__.py` (which picks a runner by name and imports the chosen one)
so that the runner modules import these without importing their own chooser back.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, Protocol, TypeVar, runtime_checkable

from ..config import Settings
from ..errors import ConfigError, StageError
from ..pipeline import OnError, Result, stage_failure
from ..records import Article, Failure

T = TypeVar("T")

# Articles per worker task: a few seconds of work, so the workers finish a run together (a
# task's own cost, about a millisecond, is lost in it); spaCy's speed does not depend on it.
DEFAULT_CHUNK = 8


@runtime_checkable
class Runner(Protocol):
    """Runs the pipeline over many articles; results come back in input order."""

    def run_many(
        self, articles: Iterable[Article], *, on_error: OnError = "skip"
    ) -> Iterator[Result]: ...

    def start(self) -> None:
        """Start the workers now (else on the first run); raises if the pipeline cannot be built."""
        ...

    def worker_peak_rss(self) -> list[int]:
        """Peak resident memory of each worker so far, in bytes."""
        ...

    def close(self) -> None: ...


def default_workers() -> int:
    """CPU cores this process may use (the affinity mask where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items (read lazily from the input)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def crashed_failure(article: Article) -> Failure:
    """The record of an article whose worker died while reading it (twice)."""
    return Failure(
        article_id=article.id,
        path=dict(article.meta).get("path"),
        stage="runner",
        error="WorkerCrashed",
        reason="worker_crashed: a worker process died while reading this article",
    )


def run_chunk(pipeline: Any, chunk: list[Article], *, keep_tokens: bool = True) -> list[Result]:
    """What a worker does with a chunk: every article through the pipeline, failures kept."""
    results = pipeline.run_many(chunk, on_error="skip")
    if keep_tokens:
        return list(results)
    return [r if isinstance(r, Failure) else replace(r, tokens=()) for r in results]


def peak_rss_self() -> int:
    """Peak resident memory of this process, in bytes."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # kB on Linux


def raise_failure(result: Result) -> None:
    """Raise the error on_error="raise" promises when a result that came back from a worker is
    a Failure, or a Document a failing stage degraded (`pipeline.stage_failure`); else nothing.

    Workers always run with on_error="skip" (exceptions with causes do not survive pickling
    across processes), so the caller raises here, on the first failure in input order.
    """
    if isinstance(result, Failure):
        raise StageError(result.stage, result.article_id, RuntimeError(result.reason))
    failed = stage_failure(result)
    if failed is not None:
        raise StageError(failed[0], result.article.id, RuntimeError(failed[1]))


def pool_sizes(
    settings: Settings | None, workers: int, chunk_size: int | None, max_in_flight: int | None
) -> tuple[Settings, int, int, int]:
    """A worker pool's settings, workers, articles per task and tasks in flight, defaults
    filled in (two tasks per worker in flight keeps each busy while results come back)."""
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, not {workers}")
    return (
        settings or Settings(),
        workers,
        chunk_size or DEFAULT_CHUNK,
        max_in_flight or 2 * workers,
    )

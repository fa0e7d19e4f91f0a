"""How batches of articles execute: in process, on a local process pool, or on Ray.

Every runner has one method, `run_many(articles, *, on_error)`, with the contract of
`Pipeline.run_many`: one `Document` or `Failure` per article, in input order. So the API and the
CLI take any runner (`ingest_items(..., runner=...)`) and a test can check that all of them
produce the same records.

    local       the Pipeline in this process (small inputs, notebooks, tests)
    processes   a local process pool; the model is loaded once per worker
    ray         a Ray actor pool, on a local cluster or an existing one (`address`)

Ray is an optional extra (`pip install 'newsevents[ray]'`), imported only when asked for.
The cluster path for big corpora (Ray Data reading shards, writing Parquet) is
`newsevents.runners.ray_data`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, Protocol, runtime_checkable

from ..config import Settings
from ..errors import ConfigError, StageError
from ..pipeline import OnError, Result
from ..records import Article, Failure

ENGINES: tuple[str, ...] = ("local", "processes", "ray")

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


def get_runner(
    engine: str = "local",
    *,
    workers: int | None = None,
    settings: Settings | None = None,
    address: str | None = None,
    chunk_size: int | None = None,
    keep_tokens: bool = True,
) -> Any:
    """A runner by engine name; close it (or use it as a context manager) when done.

    `workers` defaults to `settings.workers` (the machine's cores); `address` is for Ray only
    (`auto`, `ray://host:10001`, or None to start a local cluster); `chunk_size` is how many
    articles one worker reads per task (default 8).
    `keep_tokens=False` drops `Document.tokens` from the results (what a store keeps does not
    need them), which saves sending them back from the workers.
    """
    settings = settings or Settings()
    n = workers if workers is not None else settings.workers
    if n < 1:
        raise ConfigError(f"workers must be at least 1, not {n}")
    if address is not None and engine != "ray":
        raise ConfigError(f"--address is for the ray engine, not {engine!r}")
    chunk = chunk_size or DEFAULT_CHUNK
    if engine == "local":
        from .local import LocalRunner

        return LocalRunner(settings, keep_tokens=keep_tokens)
    if engine == "processes":
        from .processes import ProcessRunner

        return ProcessRunner(settings, workers=n, chunk_size=chunk, keep_tokens=keep_tokens)
    if engine == "ray":
        from .ray import RayRunner

        return RayRunner(
            settings, workers=n, address=address, chunk_size=chunk, keep_tokens=keep_tokens
        )
    raise ConfigError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")


# Starting worker processes (a few seconds) pays off from a few dozen articles on.
POOL_FROM = 32


def runner_for_ingest(
    *,
    settings: Settings,
    n_inputs: int | None = None,
    workers: int | None = None,
    engine: str | None = None,
    address: str | None = None,
    batch_size: int | None = None,
) -> tuple[Any, int]:
    """The runner and batch size an ingest of `n_inputs` articles should use.

    Without an engine: a process pool when there are 2+ workers and enough articles, else this
    process. Batches hold enough articles for every worker to get two chunks of them. The store
    keeps no tokens, so the workers do not send them back.
    """
    n = workers or settings.workers
    few = n_inputs is not None and n_inputs < POOL_FROM
    engine = engine or ("processes" if n > 1 and not few else "local")
    batch = batch_size or (max(64, 16 * n) if engine != "local" else 64)
    runner = get_runner(
        engine,
        workers=n,
        settings=settings,
        address=address,
        chunk_size=max(1, min(DEFAULT_CHUNK, batch // (2 * n))),
        keep_tokens=False,
    )
    return runner, batch


def chunked(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of at most `size` articles (read lazily from the input)."""
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
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


def raise_failure(failure: Failure) -> None:
    """Turn a Failure that came back from a worker into the error on_error="raise" promises.

    Workers always run with on_error="skip" (exceptions with causes do not survive pickling
    across processes), so the caller raises here, on the first failure in input order.
    """
    raise StageError(failure.stage, failure.article_id, RuntimeError(failure.reason))


__all__ = [
    "DEFAULT_CHUNK",
    "ENGINES",
    "Runner",
    "chunked",
    "crashed_failure",
    "default_workers",
    "get_runner",
    "peak_rss_self",
    "raise_failure",
    "run_chunk",
    "runner_for_ingest",
]

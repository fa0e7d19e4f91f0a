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

from typing import Any

from ..config import Settings
from ..errors import ConfigError
from .base import (
    DEFAULT_CHUNK,
    Runner,
    chunked,
    crashed_failure,
    default_workers,
    peak_rss_self,
    raise_failure,
    run_chunk,
)

ENGINES: tuple[str, ...] = ("local", "processes", "ray")


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
    per_batch = settings.ingest_batch_size
    batch = batch_size or (max(per_batch, 16 * n) if engine != "local" else per_batch)
    runner = get_runner(
        engine,
        workers=n,
        settings=settings,
        address=address,
        chunk_size=max(1, min(DEFAULT_CHUNK, batch // (2 * n))),
        keep_tokens=False,
    )
    return runner, batch


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

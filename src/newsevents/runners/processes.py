"""A local process pool: the pipeline built once per worker, chunks of articles in flight.

Workers start with `spawn` by default (the same behaviour on Linux, macOS and Windows, and no
copy of a parent's threads or open DuckDB handles). Each builds its pipeline once, in the pool
initializer, through `newsevents.api.get_pipeline`; stages registered at run time in the parent
(`pipeline.register`) are registered in the workers too.

Memory stays bounded: at most `max_in_flight` chunks are submitted at any time, and results
are yielded in input order as soon as the oldest chunk is done. A worker that dies (killed for
memory, a crash in native code) does not end the run: the pool is restarted and the articles
that were in flight are retried one at a time, each alone in the pool, so the article that
kills its worker again is known for sure and becomes a Failure record.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from ..config import Settings
from ..errors import ConfigError, PipelineError
from ..pipeline import REGISTRY, OnError, Result
from ..records import Article
from .base import chunked, crashed_failure, pool_sizes, raise_failure, run_chunk

log = logging.getLogger(__name__)

# How often in a row the pool may die without any chunk finishing before the run gives up.
_MAX_CRASHES_IN_A_ROW = 5

# -- in the worker processes -------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(settings: Settings, registry: dict[str, str]) -> None:
    """Pool initializer: build the pipeline once per worker (module-level: spawn pickles it)."""
    from ..api import get_pipeline

    REGISTRY.update(registry)
    try:
        _WORKER["pipeline"] = get_pipeline(settings)
    except Exception as exc:  # reported by every task, so the caller sees why
        _WORKER["error"] = f"{type(exc).__name__}: {exc}"


def _ready() -> int:
    """A task that returns once this worker has built its pipeline (or failed to)."""
    if "error" in _WORKER:
        raise ConfigError(f"worker could not build the pipeline: {_WORKER['error']}")
    return os.getpid()


def _run_chunk(chunk: list[Article], keep_tokens: bool) -> list[Result]:
    if "error" in _WORKER:
        raise ConfigError(f"worker could not build the pipeline: {_WORKER['error']}")
    return run_chunk(_WORKER["pipeline"], chunk, keep_tokens=keep_tokens)


# -- in the parent -----------------------------------------------------------------------------


@dataclass
class _Task:
    articles: list[Article]
    attempt: int
    future: Future[list[Result]] | None = None
    results: list[Result] | None = field(default=None)


class ProcessRunner:
    """Runs the pipeline on `workers` local processes; results come back in input order."""

    engine = "processes"

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        workers: int = 2,
        chunk_size: int | None = None,
        keep_tokens: bool = True,
        max_in_flight: int | None = None,
        start_method: str = "spawn",
    ) -> None:
        self.settings, self.workers, self.chunk_size, self.max_in_flight = pool_sizes(
            settings, workers, chunk_size, max_in_flight
        )
        self.keep_tokens = keep_tokens
        self.start_method = start_method
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=mp.get_context(self.start_method),
                initializer=_init_worker,
                initargs=(self.settings, dict(REGISTRY)),
            )
        return self._pool

    def start(self) -> None:
        """Start every worker and wait until each has built its pipeline (else raise)."""
        pool = self._start()
        # One task per worker at once: the pool spawns a process for each (none is idle yet).
        for f in [pool.submit(_ready) for _ in range(self.workers)]:
            f.result()

    def worker_peak_rss(self) -> list[int]:
        """Peak resident memory of each live worker, in bytes (Linux; empty elsewhere)."""
        pids = list(getattr(self._pool, "_processes", None) or ())
        return [rss for pid in pids if (rss := _peak_rss_of(pid)) is not None]

    def _submit(self, articles: list[Article]) -> _Task:
        task = _Task(articles, attempt=0)
        try:
            task.future = self._start().submit(_run_chunk, articles, self.keep_tokens)
        except BrokenProcessPool as exc:  # broke since the last result: handled like a crash
            task.future = Future()
            task.future.set_exception(exc)
        return task

    def run_many(
        self, articles: Iterable[Article], *, on_error: OnError = "skip"
    ) -> Iterator[Result]:
        """One Document or Failure per article, in input order (see `Pipeline.run_many`)."""
        chunks = chunked(articles, self.chunk_size)
        pending: deque[_Task] = deque()
        crashes = 0
        try:
            while True:
                # While suspects of a crash are retried alone, nothing else is submitted.
                isolating = any(t.attempt and t.results is None for t in pending)
                while not isolating and len(pending) < self.max_in_flight:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    pending.append(self._submit(chunk))
                if not pending:
                    return
                task = pending[0]
                if task.results is None:
                    if task.future is None:
                        task.future = self._submit(task.articles).future
                    assert task.future is not None
                    try:
                        task.results = task.future.result()
                        crashes = 0
                    except BrokenProcessPool:
                        crashes += 1
                        if crashes > _MAX_CRASHES_IN_A_ROW:
                            raise PipelineError(
                                f"worker processes died {crashes} times in a row; see the log "
                                "(out of memory? a crash in a native library?)"
                            ) from None
                        pending = self._recover(pending)
                        continue
                pending.popleft()
                for result in task.results:
                    if on_error == "raise":
                        raise_failure(result)
                    yield result
        finally:
            for task in pending:
                if task.future is not None:
                    task.future.cancel()

    def _recover(self, pending: deque[_Task]) -> deque[_Task]:
        """A worker died: restart the pool, then retry the articles that were in flight one at
        a time, alone, so the one that kills its worker again is known for sure."""
        log.warning("a worker process died; restarting the pool of %d workers", self.workers)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        out: deque[_Task] = deque()
        for task in pending:
            if task.results is None and _succeeded(task.future):
                task.results = task.future.result()  # type: ignore[union-attr]
            if task.results is not None:
                out.append(task)
            elif task.attempt == 0:
                out.extend(_Task([a], attempt=1) for a in task.articles)
            elif task.future is None:  # waiting for its turn to run alone
                out.append(task)
            else:  # it died running alone: this article is the cause
                task.results = [crashed_failure(a) for a in task.articles]
                out.append(task)
        return out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> ProcessRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _peak_rss_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _succeeded(future: Future[list[Result]] | None) -> bool:
    return (
        future is not None
        and future.done()
        and not future.cancelled()
        and future.exception() is None
    )

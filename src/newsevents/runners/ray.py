"""Ray: an actor pool, each actor building the pipeline once, on a local or an existing cluster.

`address=None` starts a local cluster with `workers` CPUs (and stops it on `close`), unless
this process is already connected to one (`ray.init` was called before: a test, a notebook).
`address="auto"` joins the cluster this machine belongs to (`ray start --head` ran here);
`address="ray://host:10001"` connects through Ray Client. On a remote cluster every node needs
newsevents and its model installed (or pass `runtime_env`, see docs/scaling.md).
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..config import Settings
from ..errors import ConfigError
from ..pipeline import REGISTRY, OnError, Result
from ..records import Article, Failure
from . import chunked, peak_rss_self, raise_failure

log = logging.getLogger(__name__)

INSTALL_HINT = "the ray engine needs Ray: pip install 'newsevents[ray]'"


def import_ray() -> Any:
    """Import Ray, or fail with how to install it."""
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(INSTALL_HINT) from exc
    return ray


def connect(
    *, address: str | None, num_cpus: int | None, runtime_env: dict[str, Any] | None = None
) -> bool:
    """Make sure this process is connected to Ray; True if this call started the cluster."""
    ray = import_ray()
    if ray.is_initialized():
        return False
    if address is None:
        # A private local cluster: no dashboard, and no token written to ~/.ray (the
        # cluster only listens on this machine and lives as long as this process).
        os.environ.setdefault("RAY_AUTH_MODE", "disabled")
        ray.init(
            num_cpus=num_cpus,
            include_dashboard=False,
            runtime_env=runtime_env,
        )
        return True
    ray.init(address=address, runtime_env=runtime_env)
    return True


class _PipelineActor:
    """One per worker: builds the pipeline once, then reads chunks of articles."""

    def __init__(self, settings: Settings, registry: dict[str, str]) -> None:
        from ..api import get_pipeline

        REGISTRY.update(registry)
        self.pipeline = get_pipeline(settings)

    def run(self, chunk: list[Article]) -> list[Result]:
        return list(self.pipeline.run_many(chunk, on_error="skip"))

    def ready(self) -> bool:
        return True

    def peak_rss(self) -> int:
        return peak_rss_self()


class RayRunner:
    """Runs the pipeline on a pool of Ray actors; results come back in input order."""

    engine = "ray"

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        workers: int = 2,
        address: str | None = None,
        chunk_size: int | None = None,
        max_in_flight: int | None = None,
        runtime_env: dict[str, Any] | None = None,
    ) -> None:
        if workers < 1:
            raise ConfigError(f"workers must be at least 1, not {workers}")
        self._ray = import_ray()
        self.settings = settings or Settings()
        self.workers = workers
        self.address = address
        self.chunk_size = chunk_size or self.settings.batch_size
        self.max_in_flight = max_in_flight or 2 * workers
        self.runtime_env = runtime_env
        self._owns_cluster = False
        self._pool: Any = None
        self._actors: list[Any] = []

    def _start(self) -> Any:
        if self._pool is None:
            from ray.util import ActorPool

            self._owns_cluster = connect(
                address=self.address, num_cpus=self.workers, runtime_env=self.runtime_env
            )
            remote = self._ray.remote(num_cpus=1)(_PipelineActor)
            registry = dict(REGISTRY)
            self._actors = [remote.remote(self.settings, registry) for _ in range(self.workers)]
            # Fail here, with the actor's error, if the pipeline cannot be built.
            self._ray.get([a.ready.remote() for a in self._actors])
            self._pool = ActorPool(self._actors)
        return self._pool

    def start(self) -> None:
        """Connect to Ray and start the actors; raises if one cannot build the pipeline."""
        self._start()

    def worker_peak_rss(self) -> list[int]:
        """Peak resident memory of each actor, in bytes."""
        return list(self._ray.get([a.peak_rss.remote() for a in self._actors]))

    def run_many(
        self, articles: Iterable[Article], *, on_error: OnError = "skip"
    ) -> Iterator[Result]:
        """One Document or Failure per article, in input order (see `Pipeline.run_many`)."""
        pool = self._start()
        in_flight: deque[int] = deque()
        chunks = chunked(articles, self.chunk_size)
        try:
            while True:
                while len(in_flight) < self.max_in_flight:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    pool.submit(lambda actor, c: actor.run.remote(c), chunk)
                    in_flight.append(len(chunk))
                if not in_flight:
                    return
                results = pool.get_next()  # ordered: the oldest submitted chunk
                in_flight.popleft()
                for result in results:
                    if on_error == "raise" and isinstance(result, Failure):
                        raise_failure(result)
                    yield result
        finally:
            # Drain what is still running so the pool is usable by the next call.
            while in_flight and pool.has_next():
                pool.get_next()
                in_flight.popleft()

    def close(self) -> None:
        for actor in self._actors:
            self._ray.kill(actor)
        self._actors, self._pool = [], None
        if self._owns_cluster:
            self._ray.shutdown()
            self._owns_cluster = False

    def __enter__(self) -> RayRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

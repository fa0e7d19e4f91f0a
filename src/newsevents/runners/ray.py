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
from dataclasses import dataclass
from typing import Any

from ..config import Settings
from ..errors import ConfigError
from ..pipeline import REGISTRY, OnError, Result
from ..records import Article
from .base import chunked, crashed_failure, peak_rss_self, pool_sizes, raise_failure, run_chunk

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

    def run(self, chunk: list[Article], keep_tokens: bool) -> list[Result]:
        return run_chunk(self.pipeline, chunk, keep_tokens=keep_tokens)

    def ready(self) -> bool:
        return True

    def peak_rss(self) -> int:
        return peak_rss_self()


@dataclass
class _Chunk:
    articles: list[Article]
    ref: Any  # the ObjectRef of the actor call
    actor: Any
    retried: bool = False


class RayRunner:
    """Runs the pipeline on a pool of Ray actors; results come back in input order.

    At most `max_in_flight` chunks are out at a time, each sent to the actor with the fewest.
    If an actor dies (killed for memory, a node lost), it is replaced and its chunks are sent
    again once; a chunk that loses its actor twice becomes `WorkerCrashed` failures.
    """

    engine = "ray"

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        workers: int = 2,
        address: str | None = None,
        chunk_size: int | None = None,
        keep_tokens: bool = True,
        max_in_flight: int | None = None,
        runtime_env: dict[str, Any] | None = None,
    ) -> None:
        self.settings, self.workers, self.chunk_size, self.max_in_flight = pool_sizes(
            settings, workers, chunk_size, max_in_flight
        )
        self._ray = import_ray()
        self.address = address
        self.keep_tokens = keep_tokens
        self.runtime_env = runtime_env
        self._owns_cluster = False
        self._actors: list[Any] = []
        self._load: dict[Any, int] = {}

    def _new_actor(self) -> Any:
        remote = self._ray.remote(num_cpus=1)(_PipelineActor)
        actor = remote.remote(self.settings, dict(REGISTRY))
        self._load[actor] = 0
        return actor

    def start(self) -> None:
        """Connect to Ray and start the actors; raises if one cannot build the pipeline."""
        if self._actors:
            return
        self._owns_cluster = connect(
            address=self.address, num_cpus=self.workers, runtime_env=self.runtime_env
        )
        self._actors = [self._new_actor() for _ in range(self.workers)]
        # Fail here, with the actor's error, if the pipeline cannot be built.
        self._ray.get([a.ready.remote() for a in self._actors])

    def worker_peak_rss(self) -> list[int]:
        """Peak resident memory of each actor, in bytes."""
        return list(self._ray.get([a.peak_rss.remote() for a in self._actors]))

    def _send(self, articles: list[Article], *, retried: bool = False) -> _Chunk:
        actor = min(self._actors, key=self._load.__getitem__)
        self._load[actor] += 1
        return _Chunk(articles, actor.run.remote(articles, self.keep_tokens), actor, retried)

    def _result(self, chunk: _Chunk) -> list[Result] | None:
        """The chunk's results; None when it was sent again because its actor died."""
        from ray.exceptions import RayActorError

        try:
            return list(self._ray.get(chunk.ref))
        except RayActorError:
            if chunk.actor in self._load:  # replace the dead actor once, not per chunk
                log.warning("a Ray actor died; starting a new one")
                self._actors.remove(chunk.actor)
                del self._load[chunk.actor]
                self._actors.append(self._new_actor())
            if chunk.retried:
                return [crashed_failure(a) for a in chunk.articles]
            return None
        finally:
            if chunk.actor in self._load:
                self._load[chunk.actor] -= 1

    def run_many(
        self, articles: Iterable[Article], *, on_error: OnError = "skip"
    ) -> Iterator[Result]:
        """One Document or Failure per article, in input order (see `Pipeline.run_many`)."""
        self.start()
        pending: deque[_Chunk] = deque()
        chunks = chunked(articles, self.chunk_size)
        while True:
            while len(pending) < self.max_in_flight:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append(self._send(chunk))
            if not pending:
                return
            results = self._result(pending[0])
            if results is None:
                pending[0] = self._send(pending[0].articles, retried=True)
                continue
            pending.popleft()
            for result in results:
                if on_error == "raise":
                    raise_failure(result)
                yield result

    def close(self) -> None:
        for actor in self._actors:
            self._ray.kill(actor)
        self._actors, self._load = [], {}
        if self._owns_cluster:
            self._ray.shutdown()
            self._owns_cluster = False

    def __enter__(self) -> RayRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

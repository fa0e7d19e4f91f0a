"""The in-process runner: the Pipeline of this process, nothing started, nothing to close."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..config import Settings
from ..pipeline import OnError, Pipeline, Result
from ..records import Article, Failure
from .base import peak_rss_self


class LocalRunner:
    """Runs `Pipeline.run_many` here; the reference the other runners are tested against."""

    engine = "local"
    workers = 1

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        pipeline: Pipeline | None = None,
        keep_tokens: bool = True,
    ) -> None:
        from ..api import get_pipeline

        self.settings = settings or Settings()
        self.pipeline = pipeline or get_pipeline(self.settings)
        self.keep_tokens = keep_tokens

    def run_many(
        self, articles: Iterable[Article], *, on_error: OnError = "skip"
    ) -> Iterator[Result]:
        results = self.pipeline.run_many(articles, on_error=on_error)
        if self.keep_tokens:
            return results
        return (r if isinstance(r, Failure) else replace(r, tokens=()) for r in results)

    def start(self) -> None:
        pass  # the pipeline is built in __init__

    def worker_peak_rss(self) -> list[int]:
        return [peak_rss_self()]

    def close(self) -> None:
        pass

    def __enter__(self) -> LocalRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

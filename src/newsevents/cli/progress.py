"""Ingest progress for the terminal: a tqdm bar on a tty, a log line every N articles otherwise."""

from __future__ import annotations

import time
from typing import Any

import click

from ..api import IngestReport


class IngestProgress:
    """Called with the running IngestReport after each batch (`ingest_items(progress=...)`)."""

    def __init__(self, *, bar: bool, total: int | None = None, every: int = 500) -> None:
        self.every = every
        self.started = time.monotonic()
        self._logged = 0
        self._bar: Any = None
        if bar:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="article", dynamic_ncols=True, smoothing=0.1)

    def __call__(self, r: IngestReport) -> None:
        if self._bar is not None:
            self._bar.update(r.seen - self._bar.n)
            self._bar.set_postfix(
                added=r.added, skipped=r.skipped, copies=r.duplicates, failed=r.failed,
                refresh=False,
            )  # fmt: skip
        elif r.seen - self._logged >= self.every:
            self._logged = r.seen
            rate = r.seen / max(time.monotonic() - self.started, 1e-6)
            click.echo(
                f"{r.seen} read, {r.added} added, {r.skipped} skipped, {r.duplicates} copies, "
                f"{r.failed} failed ({rate:.1f} articles/s)",
                err=True,
            )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

"""Ingest progress for the terminal: a tqdm bar on a tty, otherwise (a log file, a pipe, a CI
job) a line every few seconds with the count, the rate and the time left."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import click

from ..api import IngestReport


class IngestProgress:
    """Called with the running IngestReport after each batch (`ingest_items(progress=...)`).

    `bar`: a tqdm bar; else, when `lines`, a line on stderr at most every `every_s` seconds
    (checked after each batch); neither when both are off (`--no-progress`).
    """

    def __init__(
        self,
        *,
        bar: bool,
        total: int | None = None,
        lines: bool = True,
        every_s: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.lines = lines
        self.every_s = every_s
        self._clock = clock
        self.started = self._last = clock()
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
            return
        now = self._clock()
        if self.lines and now - self._last >= self.every_s:
            self._last = now
            click.echo(self.line(r, now - self.started), err=True)

    def line(self, r: IngestReport, elapsed: float) -> str:
        """`1,200 of 5,000 read (24%), 40.0 articles/s, 1m35s left: 1,150 added, ...`"""
        rate = r.seen / max(elapsed, 1e-6)
        done = f"{r.seen:,} read"
        left = ""
        if self.total:
            done = f"{r.seen:,} of {self.total:,} read ({100 * r.seen / self.total:.0f}%)"
            if rate > 0 and r.seen < self.total:
                left = f", {_duration((self.total - r.seen) / rate)} left"
        return (
            f"{done}, {rate:.1f} articles/s{left}: {r.added:,} added, {r.skipped:,} already "
            f"stored, {r.duplicates:,} copies, {r.failed:,} failed"
        )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _duration(seconds: float) -> str:
    s = int(seconds + 0.5)
    if s >= 3600:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    return f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{s}s"

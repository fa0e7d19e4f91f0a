"""Shared by the reading-layer scorers (timex, quotes, main-event): build the pipeline they run.

A scorer names the stages it measures and the helper stages they read (quotes read entities);
the pipeline gets the parser, the helpers and the measured stages, in registry order, and is
checked like any other: a stage that does not import fails the measure. The entity aligner of
the actor scorers is here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..config import Settings
from ..pipeline import REGISTRY, Pipeline
from ..records import Entity

PARSER = "parse.spacy.v1"


def registered(name: str) -> bool:
    """Whether a stage of this name is registered; a registered stage whose module does not
    import fails when the pipeline is built (never quietly left out of a measure)."""
    return name in REGISTRY


def pipeline_for(
    settings: Settings, measured: Iterable[str], *, helpers: Iterable[str] = ()
) -> Pipeline:
    """A pipeline: parser, registered helper stages, then the measured stages, in registry order."""
    wanted = set(measured) | {h for h in helpers if registered(h)}
    stages = tuple(n for n in REGISTRY if n == PARSER or n in wanted)
    return Pipeline.build(settings.with_(stages=stages))


_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def align(spans: list[tuple[int, int]], entities: tuple[Entity, ...]) -> tuple[Entity, str] | None:
    """The entity whose mention overlaps the gold spans most (ties: the tighter mention)."""
    best: tuple[int, int, Entity, str] | None = None
    for e in entities:
        for m in e.mentions:
            overlap = sum(max(0, min(b, m.end) - max(a, m.start)) for a, b in spans)
            if overlap <= 0:
                continue
            rank = (overlap, -(m.end - m.start))
            if best is None or rank > best[:2]:
                best = (rank[0], rank[1], e, m.kind)
    return None if best is None else (best[2], best[3])

"""Accuracy against annotated data: `newsevents eval LAYER --data FILE`.

Each layer module defines `evaluate(path, *, settings, limit) -> dict` returning one JSON object of
metrics. Scorers are pure functions over records, so they are unit-tested without a model.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import jsonl
from ..errors import EvalError

LAYERS: dict[str, str] = {
    "actors": "newsevents.evaluate.actors",
    "events": "newsevents.evaluate.events",
    "main-event": "newsevents.evaluate.main_event",
    "places": "newsevents.evaluate.places",
    "quotes": "newsevents.evaluate.quotes",
    "timex": "newsevents.evaluate.timex",
    "html": "newsevents.evaluate.html",
    "articles": "newsevents.evaluate.articles",
    "stories": "newsevents.evaluate.stories",
}


def evaluate(layer: str, path: str, **options: Any) -> dict[str, Any]:
    if layer not in LAYERS:
        raise EvalError(f"unknown layer {layer!r}; choose from {', '.join(sorted(LAYERS))}")
    module = importlib.import_module(LAYERS[layer])
    metrics: dict[str, Any] = module.evaluate(path, **options)
    return metrics


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of an evaluation file (`newsevents.jsonl`); a bad one raises EvalError."""
    for _, row in jsonl.read_jsonl(path, error=EvalError, missing="no evaluation file at"):
        yield row


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

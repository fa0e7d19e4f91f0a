"""Every layer's accuracy stays above the floors pinned in tests/gold/floors.json.

A case whose data starts with `shared/` reads ../shared and is skipped when that is absent; every
other case reads a gold slice shipped in the repo, never skips, and fails when its file is missing.
Every evaluated layer needs at least one in-repo case, so no layer's floor is skipped without
../shared (`NEWSEVENTS_SHARED=/nonexistent` shows it).
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.evaluate import LAYERS, evaluate
from newsevents.pipeline import REGISTRY

from ..conftest import ROOT, SHARED, need_shared

FLOORS = json.loads((ROOT / "tests" / "gold" / "floors.json").read_text(encoding="utf-8"))
CASES = {name: spec for name, spec in FLOORS.items() if not name.startswith("_")}
IN_REPO = sorted(
    name
    for name, spec in CASES.items()
    if not spec["data"].startswith("shared/") and not spec.get("requires_shared")
)


def _data_path(spec: dict[str, Any]) -> Path:
    """The case's data file; a case that also reads pages of ../shared (`requires_shared`, the
    path of what it reads there) is skipped when they are absent."""
    if spec.get("requires_shared"):
        need_shared(SHARED / spec["requires_shared"].removeprefix("shared/"))
    data = spec["data"]
    if data.startswith("shared/"):
        return need_shared(SHARED / data.removeprefix("shared/"))
    path = ROOT / data
    assert path.is_file(), f"in-repo gold file missing: {data} (in-repo floors never skip)"
    return path


def _get(metrics: dict[str, Any], dotted: str) -> float:
    value: Any = metrics
    for part in dotted.split("."):
        value = value[part]
    return float(value)


def test_floors_sit_under_the_measured_figures() -> None:
    for name, spec in CASES.items():
        for key, floor in spec.get("min", {}).items():
            assert floor <= spec["measured"][key], f"{name}: {key}"
        for key, ceiling in spec.get("max", {}).items():
            assert ceiling >= spec["measured"][key], f"{name}: {key}"


def test_every_layer_has_a_floor_on_in_repo_data() -> None:
    """A layer added to the registry without a gold slice in the repo fails here."""
    covered = {CASES[name]["layer"] for name in IN_REPO}
    assert set(LAYERS) <= covered, f"layers without an in-repo floor: {set(LAYERS) - covered}"
    assert {spec["layer"] for spec in CASES.values()} <= set(LAYERS), "floor for an unknown layer"


def _spans_slice(rec: dict[str, Any]) -> None:
    for q in rec["quotes"]:
        for s in [*q["content"], q["speaker"], q["cue"]]:
            assert s is None or rec["text"][s["start"] : s["end"]] == s["text"], rec["id"]


def _actors_located(rec: dict[str, Any]) -> None:
    for ev in rec["expected"]:
        for actor in ev.get("source", []) + ev.get("target", []):
            if isinstance(actor, dict):  # PLOVER actors; PETRARCH gives codes only
                assert actor["actorText"].lower() in rec["text"].lower(), rec["id"]


def _phrases_quoted(rec: dict[str, Any]) -> None:
    for phrases in rec["gold_scored"].values():
        for p in phrases:
            assert p["text"] in rec["text"] or p["text"] in rec["title"], (rec["id"], p["text"])


def _page_present(rec: dict[str, Any], index: Path) -> None:
    assert (index.parent / rec["html_file"]).is_file(), rec["html_file"]


def _events_in_text(rec: dict[str, Any]) -> None:
    """Shipped texts hold every event's sentence and trigger; page rows give offsets inside
    the annotated length."""
    for ev in rec["events"]:
        if isinstance(rec["text"], str):
            assert ev["sentence_text"] in rec["text"], (rec["id"], ev["sentence_text"][:40])
            assert ev["trigger"].split()[0] in ev["sentence_text"], (rec["id"], ev["trigger"])
        else:
            assert 0 <= ev["sentence_start"] < ev["sentence_end"] <= rec["text_chars"], rec["id"]
            assert "sentence_text" not in ev, rec["id"]  # no third-party sentence in the repo


CHECKS = {"quotes": _spans_slice, "actors": _actors_located, "events": _actors_located,
          "main-event": _phrases_quoted, "articles": _events_in_text}  # fmt: skip


@pytest.mark.parametrize("name", IN_REPO)
def test_in_repo_gold_is_present_and_well_formed(name: str) -> None:
    """Fast (not slow): a missing or broken slice fails even where the floors are not run."""
    spec = CASES[name]
    path = _data_path(spec)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records, f"{spec['data']} is empty"
    for rec in records:
        if spec["layer"] == "html":
            _page_present(rec, path)
        elif spec["layer"] in CHECKS:
            CHECKS[spec["layer"]](rec)


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_scorer_modules_import(layer: str) -> None:
    """An import error fails here instead of being mistaken for a missing optional part."""
    importlib.import_module(LAYERS[layer])


@pytest.mark.parametrize(
    "stage", sorted(n for n, t in REGISTRY.items() if t.startswith("newsevents."))
)
def test_registered_stage_modules_import(stage: str) -> None:
    """The scorers leave out helper stages whose module does not import (evaluate/reading.py
    `available`); every registered stage must import, so no floor runs without one unseen."""
    module, _, attr = REGISTRY[stage].partition(":")
    assert hasattr(importlib.import_module(module), attr), REGISTRY[stage]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_layer_meets_its_floor(name: str, settings) -> None:
    spec = CASES[name]
    metrics = evaluate(spec["layer"], str(_data_path(spec)), settings=settings)
    low = {k: _get(metrics, k) for k, v in spec.get("min", {}).items() if _get(metrics, k) < v}
    high = {k: _get(metrics, k) for k, v in spec.get("max", {}).items() if _get(metrics, k) > v}
    assert not low, f"{name} fell below its floor: {low} (floors {spec['min']})"
    assert not high, f"{name} rose above its ceiling: {high} (ceilings {spec['max']})"

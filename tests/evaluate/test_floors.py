"""Every layer's accuracy stays above the floors pinned in tests/gold/floors.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.evaluate import evaluate

from ..conftest import ROOT, SHARED, need_shared

FLOORS = json.loads((ROOT / "tests" / "gold" / "floors.json").read_text(encoding="utf-8"))
CASES = {name: spec for name, spec in FLOORS.items() if not name.startswith("_")}


def _data_path(spec: dict[str, Any]) -> Path:
    data = spec["data"]
    if data.startswith("shared/"):
        return need_shared(SHARED / data.removeprefix("shared/"))
    return ROOT / data


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


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_layer_meets_its_floor(name: str, settings) -> None:
    spec = CASES[name]
    metrics = evaluate(spec["layer"], str(_data_path(spec)), settings=settings)
    low = {k: _get(metrics, k) for k, v in spec.get("min", {}).items() if _get(metrics, k) < v}
    high = {k: _get(metrics, k) for k, v in spec.get("max", {}).items() if _get(metrics, k) > v}
    assert not low, f"{name} fell below its floor: {low} (floors {spec['min']})"
    assert not high, f"{name} rose above its ceiling: {high} (ceilings {spec['max']})"

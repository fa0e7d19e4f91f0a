"""Shared fixtures: one built pipeline per test session, paths to ../shared data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from newsevents.config import Settings

# Property tests check what code does, never how fast: speed is measured in benchmarks/. On a
# loaded machine (CI, or helpers sharing two cores) Hypothesis' per-example deadline and its
# slow-generation health check failed tests that passed on rerun (the PATTERN round trip of
# tests/ontology/test_event_data.py, the written-date round trip of tests/layers/test_timexes.py).
settings.register_profile("newsevents", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("newsevents")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEVENTS_SHARED", ROOT.parent / "shared"))
SEED_TXT = SHARED / "samples" / "g7-ukraine-security-agreement.txt"
SEED_GOLD = SHARED / "samples" / "g7-ukraine-security-agreement.gold.json"
SCHEMA = ROOT / "src" / "newsevents" / "schema" / "document.schema.json"


def need_shared(path: Path) -> Path:
    """A path under ../shared, or skip the test when it is absent (fail instead when
    NEWSEVENTS_REQUIRE_SHARED is set, for runs that must measure on it). Only for ../shared:
    data shipped in the repo must never turn into a skip."""
    if not path.resolve().is_relative_to(SHARED.resolve()):
        raise ValueError(f"need_shared is for ../shared data, not {path}")
    if not path.exists():
        if os.environ.get("NEWSEVENTS_REQUIRE_SHARED"):
            pytest.fail(f"shared data not present (NEWSEVENTS_REQUIRE_SHARED is set): {path}")
        pytest.skip(f"shared data not present: {path}")
    return path


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def pipeline(settings: Settings):
    from newsevents.api import get_pipeline

    return get_pipeline(settings)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return need_shared(SEED_TXT).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(pipeline, seed_text):
    from newsevents.readers import make_article

    return pipeline.run(make_article(seed_text, published="2024-06-12"))


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(need_shared(SEED_GOLD).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validate():
    """Validate a JSON record against the shipped JSON Schema."""
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)

    def check(record: dict) -> None:
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
        assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
        text = record["article"]["text"]
        for ent in record["entities"]:
            for m in ent["mentions"]:
                assert text[m["start"] : m["end"]] == m["text"]
        ids = {e["id"] for e in record["entities"]}
        for ev in record["events"]:
            assert text[ev["trigger"]["start"] : ev["trigger"]["end"]] == ev["trigger"]["text"]
            assert set(ev["actors"]) <= ids and set(ev["recipients"]) <= ids
        for q in record["quotes"]:
            c = q["content"]
            assert text[c["start"] : c["end"]] == c["text"]
            assert q["speaker"] is None or q["speaker"] in ids
        for item in record["quantities"] + record["timexes"]:
            assert text[item["start"] : item["end"]] == item["text"]

    return check

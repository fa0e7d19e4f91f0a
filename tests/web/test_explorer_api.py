"""What the explorer asks of the API beyond the store's reads: a timeline without its stray
dates, the network of the top actors, counts of who reports an event, and an API reference whose
every parameter is described in words with an example."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from newsevents.config import Settings
from newsevents.store.memory import MemoryStore
from newsevents.web import data

from .conftest import Client
from .synthetic import STRAY_DATE, synthetic_docs


@pytest.fixture(scope="module")
def synthetic() -> Iterator[Client]:
    from newsevents.web import create_app

    store = MemoryStore()
    store.write_batch(synthetic_docs())
    client = Client(create_app(store, Settings()))
    yield client
    client.close()


def test_web_timeline_leaves_a_stray_date_out_and_lists_it(synthetic):
    body = synthetic.get("/api/timeline").json()
    assert (body["first"], body["last"], body["bucket"]) == ("2024-06-01", "2024-06-21", "day")
    assert all(p["t"] >= "2024-06-01" for s in body["series"] for p in s["points"])
    out = body["outliers"]
    assert out["n"] == 1 and [e["event_date"] for e in out["items"]] == [STRAY_DATE]
    assert out["items"][0]["headline"].startswith("Ministry of Foreign Affairs of Freedonia meets")
    whole = synthetic.get("/api/timeline", params={"clip": "false"}).json()
    assert whole["first"] == STRAY_DATE and whole["outliers"]["n"] == 0
    assert whole["bucket"] == "year"  # what the stray date did to the axis


def test_web_timeline_keeps_a_corpus_without_strays_whole(client):
    body = client.get("/api/timeline").json()
    assert body["outliers"]["n"] == 0
    assert body["first"] == client.get("/api/timeline", params={"clip": "false"}).json()["first"]


def test_web_network_keeps_the_actors_in_most_events(synthetic):
    every = synthetic.get("/api/actors/network", params={"edges": 300}).json()
    top = synthetic.get("/api/actors/network", params={"edges": 300, "actors": 5}).json()
    assert len(top["nodes"]) == 5
    assert [n["id"] for n in top["nodes"]] == [n["id"] for n in every["nodes"][:5]]
    kept = {n["id"] for n in top["nodes"]}
    assert top["edges"] and all({e["source"], e["target"]} <= kept for e in top["edges"])
    weights = [n["weight"] for n in every["nodes"]]
    assert weights == sorted(weights, reverse=True) and weights[0] > weights[-1]


def test_web_reported_by_counts_sites_from_urls_and_says_when_unknown():
    reports = [
        {"source": None, "url": "https://www.bbc.co.uk/news/1", "copies": 1},
        {"source": "reuters.com", "url": None, "copies": 0},
        {"source": None, "url": None, "copies": 0},
    ]
    merged = {"sources": ["apnews.com"], "num_articles": 4, "num_mentions": 4}
    assert data.reported_by(merged, reports) == {
        "articles": 4,
        "sources": ["apnews.com", "bbc.co.uk", "reuters.com"],
        "unnamed_sources": 1,
        "mentions": 4,
    }
    alone = data.reported_by(None, [{"source": None, "url": None}])
    assert alone["articles"] == 1 and alone["sources"] == [] and alone["unnamed_sources"] == 1


_REGEX = re.compile(r"[\^$\\]|\[\^|\(\?|\.\*|\\x[0-9a-f]{2}")


def _parameters(spec: dict) -> Iterator[tuple[str, dict]]:
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            for param in op.get("parameters", []):
                yield f"{method.upper()} {path} {param['name']}", param


def test_web_api_docs_describe_every_parameter_in_words_with_an_example(client):
    spec = client.get("/openapi.json").json()
    problems = []
    for where, param in _parameters(spec):
        text = param.get("description") or ""
        if len(text.split()) < 3:
            problems.append(f"{where}: no description in words ({text!r})")
        elif _REGEX.search(text):
            problems.append(f"{where}: the description looks like a pattern ({text!r})")
        if not (param.get("examples") or param.get("schema", {}).get("examples")):
            problems.append(f"{where}: no example")
    assert problems == []
    assert len(list(_parameters(spec))) > 40


def test_web_api_docs_check_finds_a_pattern_as_description():
    spec = {"paths": {"/x": {"get": {"parameters": [
        {"name": "q", "description": r"^[^\x00-\x1f\x7f]*$", "schema": {"examples": ["a"]}},
    ]}}}}  # fmt: skip
    ((_, param),) = _parameters(spec)
    assert _REGEX.search(param["description"])

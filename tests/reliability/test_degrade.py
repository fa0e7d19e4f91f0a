"""A bug in one layer never loses the article: over the real pages of `examples/*.jsonl`, a
stage that raises (registered with `pipeline.register`, put in anywhere or in place of a real
layer) leaves the document with every layer that does not need the failed one, exactly as a
healthy run gives it, the failed stage and each skipped one named in `errors`, and the store
keeps that document with its errors.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.api import ingest_items
from newsevents.config import Settings
from newsevents.pipeline import Pipeline, register
from newsevents.readers import make_article
from newsevents.records import Article, Document
from newsevents.store.memory import MemoryStore

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LAYERS = ("entities", "events", "quotes", "quantities", "timexes", "main_event")


class _Broken:
    """A stage that raises on every article; `requires`/`produces` are set per test."""

    name = "test.broken.v1"
    requires: frozenset[str] = frozenset({"tokens"})
    produces: frozenset[str] = frozenset({"test.broken"})

    def __init__(self, settings: Settings) -> None:
        pass

    def __call__(self, doc: Document) -> Document:
        raise ValueError("1291 is not in list")


register("test.broken.v1", "tests.reliability.test_degrade:_Broken")


def _articles() -> list[Article]:
    out = []
    for path in sorted(EXAMPLES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append(
                make_article(
                    row["text"],
                    url=row.get("url"),
                    title=row.get("title"),
                    published=row.get("published"),
                )
            )
    return out


ARTICLES = _articles()


class _Cached:
    """The real parser, each example parsed once for the whole module."""

    def __init__(self, parser: object) -> None:
        self.parser = parser
        self.name = parser.name  # type: ignore[attr-defined]
        self.produces = parser.produces  # type: ignore[attr-defined]
        self.done: dict[str, Document] = {}

    def parse(self, article: Article) -> Document:
        if article.id not in self.done:
            self.done[article.id] = self.parser.parse(article)  # type: ignore[attr-defined]
        return self.done[article.id]

    def parse_many(self, articles: Iterable[Article], *, batch_size: int) -> Iterator[Document]:
        return (self.parse(a) for a in articles)


@pytest.fixture(scope="module")
def healthy(pipeline: Pipeline) -> tuple[Pipeline, dict[str, Document]]:
    cached = Pipeline(_Cached(pipeline.parser), pipeline.stages, pipeline.settings)  # type: ignore[arg-type]
    return cached, {}


def _healthy_doc(healthy: tuple[Pipeline, dict[str, Document]], article: Article) -> Document:
    pipe, done = healthy
    if article.id not in done:
        done[article.id] = pipe.run(article)
    return done[article.id]


def _broken(pipe: Pipeline, at: int, replaces: bool) -> tuple[Pipeline, frozenset[str]]:
    """The pipeline with a raising stage at position `at`, in place of the stage there when
    `replaces` (then it produces what that stage produced); the layers it costs."""
    stages = list(pipe.stages)
    stage = _Broken(pipe.settings)
    if replaces:
        real = stages[at]
        stage.requires, stage.produces = real.requires, real.produces
        stages[at] = stage
    else:
        stages.insert(at, stage)
    lost, after = set(stage.produces), False
    for s in stages:
        after = after or s is stage
        if after and s is not stage and s.requires & lost:
            lost |= s.produces
    return Pipeline(pipe.parser, stages, pipe.settings), frozenset(lost)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    k=st.integers(0, len(ARTICLES) - 1),
    at=st.integers(0, 20),
    replaces=st.booleans(),
)
def test_a_failing_layer_keeps_the_article_with_every_other_layer(
    healthy: tuple[Pipeline, dict[str, Document]], k: int, at: int, replaces: bool
) -> None:
    pipe = healthy[0]
    at %= len(pipe.stages) + (0 if replaces else 1)
    article = ARTICLES[k]
    want = _healthy_doc(healthy, article)
    broken, lost = _broken(pipe, at, replaces)

    (got,) = broken.run_many([article], on_error="skip")

    assert isinstance(got, Document)
    assert got.layers == want.layers - lost
    for layer in LAYERS:
        if layer not in lost:
            assert getattr(got, layer) == getattr(want, layer), layer
    assert got.errors[: len(want.errors)] == want.errors
    notes = got.errors[len(want.errors) :]
    assert notes[0] == "test.broken.v1: ValueError: 1291 is not in list"
    skipped = [s.name for s in broken.stages if s.produces and s.produces <= lost]
    skipped = [n for n in skipped if n != "test.broken.v1"]
    assert [n.split(":")[0] for n in notes[1:]] == skipped
    assert all(": skipped: requires " in n for n in notes[1:])


def test_the_store_keeps_a_degraded_article_with_its_errors(
    healthy: tuple[Pipeline, dict[str, Document]],
) -> None:
    pipe = healthy[0]
    at = next(i for i, s in enumerate(pipe.stages) if "quantities" in s.produces)
    broken, _ = _broken(pipe, at, replaces=True)
    store = MemoryStore()
    article = ARTICLES[0]

    report = ingest_items([article], store, runner=broken)

    assert (report.added, report.failed) == (1, 0)
    record = store.document(article.id)
    assert record is not None
    assert record["errors"] == [
        "test.broken.v1: ValueError: 1291 is not in list",
        "events.rules.v1: skipped: requires quantities, which failed",
        "main_event.rules.v1: skipped: requires events, quantities, which failed",
    ]
    want = _healthy_doc(healthy, article)
    assert len(record["entities"]) == len(want.entities) > 0
    assert len(record["timexes"]) == len(want.timexes) > 0
    assert store.failures() == []


def test_a_failing_layer_still_raises_when_asked_to(pipeline: Pipeline) -> None:
    broken, _ = _broken(pipeline, 0, replaces=False)
    with pytest.raises(Exception, match="1291 is not in list"):
        list(broken.run_many([replace(ARTICLES[0])], on_error="raise"))

"""Every runner produces the same records, in input order, failures included."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

import pytest
from click.testing import CliRunner

from newsevents.cli import cli
from newsevents.config import Settings
from newsevents.errors import ConfigError, StageError
from newsevents.ingest import read_paths
from newsevents.pipeline import Result, register
from newsevents.records import Article, Document, Failure, Sentence, Token
from newsevents.runners import get_runner
from newsevents.runners.local import LocalRunner
from newsevents.runners.processes import ProcessRunner
from newsevents.serialize import to_dict
from newsevents.store import open_store


def comparable(result: Result) -> tuple:
    """What must be equal across runners: the JSON contract plus the parse under it."""
    if isinstance(result, Failure):
        return ("failure", result.article_id, result.stage, result.error)
    return ("document", to_dict(result), result.tokens, result.sentences, result.ner)


def assert_same_records(expected: list[Result], got: list[Result]) -> None:
    assert len(got) == len(expected)
    for i, (a, b) in enumerate(zip(expected, got, strict=True)):
        assert comparable(a) == comparable(b), f"record {i} differs"


@pytest.fixture(scope="module")
def local_results(corpus: list[Article], pipeline) -> list[Result]:
    results = list(LocalRunner(pipeline.settings, pipeline=pipeline).run_many(corpus))
    kinds = [type(r).__name__ for r in results]
    assert kinds[7] == kinds[30] == "Failure" and kinds.count("Document") == len(corpus) - 2
    return results


def test_process_pool_matches_local_record_by_record(corpus, local_results, settings) -> None:
    with get_runner("processes", workers=2, settings=settings, chunk_size=8) as runner:
        got = list(runner.run_many(corpus))
    assert_same_records(local_results, got)


@pytest.mark.slow
def test_ray_matches_local_record_by_record(corpus, local_results, settings, ray_cluster) -> None:
    with get_runner("ray", workers=2, settings=settings, chunk_size=8) as runner:
        got = list(runner.run_many(corpus))
        again = list(runner.run_many(corpus[:5]))  # the pool is reusable after a run
    assert_same_records(local_results, got)
    assert_same_records(local_results[:5], again)
    assert ray_cluster.is_initialized()  # a cluster the runner did not start is left running


# -- process pool behaviour, with a parser that needs no model (workers start fast) ------------


class _WordParser:
    """Whitespace tokens, one sentence; kills its process on the word CRASH."""

    name = "test.words.v1"
    produces = frozenset({"tokens", "sentences", "ner"})

    def __init__(self, settings: Settings) -> None:
        pass

    def parse(self, article: Article) -> Document:
        if "CRASH" in article.text:
            os._exit(3)  # as the OOM killer or a segfault in native code would
        words = article.text.split()
        tokens, pos = [], 0
        for i, w in enumerate(words):
            start = article.text.index(w, pos)
            pos = start + len(w)
            tokens.append(Token(i, start, pos, w, w.lower(), "X", "X", "dep", i))
        sent = Sentence(0, len(article.text), 0, len(tokens))
        return Document(article, tokens=tuple(tokens), sentences=(sent,))

    def parse_many(self, articles: Iterable[Article], *, batch_size: int) -> Iterator[Document]:
        return (self.parse(a) for a in articles)


class _Boom:
    name = "test.boom.v1"
    requires = frozenset({"tokens"})
    produces = frozenset({"boom"})

    def __init__(self, settings: Settings) -> None:
        pass

    def __call__(self, doc: Document) -> Document:
        if "boom" in doc.article.text:
            raise ValueError("boom")
        return doc


register("test.words.v1", f"{__name__}:_WordParser")
register("test.boom.v1", f"{__name__}:_Boom")
WORDS = Settings(stages=("test.words.v1", "test.boom.v1"))


def _articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]


def test_process_pool_keeps_order_and_records_stage_failures() -> None:
    arts = _articles(*(f"article number {i}" for i in range(9)), "this goes boom", "last one")
    with ProcessRunner(WORDS, workers=2, chunk_size=2, max_in_flight=2) as runner:
        got = list(runner.run_many(arts))
    assert [r.article.id if isinstance(r, Document) else r.article_id for r in got] == [
        a.id for a in arts
    ]
    failure = got[9]
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.error) == ("test.boom.v1", "ValueError")


def test_process_pool_raises_on_first_failure_when_asked() -> None:
    arts = _articles("fine", "this goes boom", "fine too")
    with (
        ProcessRunner(WORDS, workers=2, chunk_size=1) as runner,
        pytest.raises(StageError, match=r"test\.boom\.v1.*a1"),
    ):
        list(runner.run_many(arts, on_error="raise"))


def test_process_pool_survives_a_worker_dying() -> None:
    arts = _articles("one two", "three CRASH four", "five six", "seven", "eight nine")
    with ProcessRunner(WORDS, workers=2, chunk_size=2) as runner:
        got = list(runner.run_many(arts))
        after = list(runner.run_many(_articles("still works")))
    crashed = got[1]
    assert isinstance(crashed, Failure) and crashed.error == "WorkerCrashed"
    assert [len(r.tokens) for r in got if isinstance(r, Document)] == [2, 2, 1, 2]
    assert isinstance(after[0], Document)


@pytest.mark.slow
def test_ray_replaces_a_dead_actor_and_records_its_chunk(ray_cluster) -> None:
    arts = _articles("one two", "three CRASH four", "five six", "seven")
    with get_runner("ray", workers=2, settings=WORDS, chunk_size=2) as runner:
        got = list(runner.run_many(arts))
        after = list(runner.run_many(_articles("still works")))
    assert [r.error for r in got if isinstance(r, Failure)] == ["WorkerCrashed"] * 2
    assert [len(r.tokens) for r in got if isinstance(r, Document)] == [2, 1]
    assert isinstance(after[0], Document)


def test_process_pool_reports_a_pipeline_it_cannot_build() -> None:
    bad = Settings(model="no_such_spacy_model_xyz")
    with (
        ProcessRunner(bad, workers=1) as runner,
        pytest.raises(ConfigError, match="could not build the pipeline"),
    ):
        list(runner.run_many(_articles("text")))


# -- the seam ----------------------------------------------------------------------------------


def test_get_runner_refuses_unknown_engine_and_stray_address() -> None:
    with pytest.raises(ConfigError, match="unknown engine"):
        get_runner("spark")
    with pytest.raises(ConfigError, match="address"):
        get_runner("processes", address="auto")
    with pytest.raises(ConfigError, match="at least 1"):
        get_runner("processes", workers=0)


def test_ray_engine_without_ray_says_how_to_install(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    with pytest.raises(ConfigError, match=r"pip install 'newsevents\[ray\]'"):
        get_runner("ray", workers=1)


def test_ingest_command_on_a_process_pool_stores_what_local_would(
    pipeline, shard_input, tmp_path
) -> None:
    db = tmp_path / "pool.duckdb"
    args = ["ingest", str(shard_input), "--db", str(db), "--engine", "processes"]
    res = CliRunner().invoke(cli, [*args, "--workers", "2"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "8 added" in res.output and "1 failed" in res.output
    articles = [a for a in read_paths([shard_input]) if isinstance(a, Article)]
    store = open_store(str(db))
    try:
        for doc in pipeline.run_many(articles):
            assert store.document(doc.article.id) == to_dict(doc)
    finally:
        store.close()

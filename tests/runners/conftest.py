"""Fixtures for the runner tests: a small real corpus, a local Ray cluster."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.pipeline import Result
from newsevents.readers import make_article
from newsevents.records import Article
from newsevents.runners.local import LocalRunner
from tests.conftest import ROOT, SHARED

WIKINEWS = SHARED / "corpus" / "wikinews" / "en.jsonl"
EXAMPLES = ROOT / "examples" / "wikinews-en.jsonl"


def wikinews_rows(n: int) -> list[dict]:
    """The first n Wikinews articles (../shared when present, else the examples/ selection)."""
    path = WIKINEWS if WIKINEWS.exists() else EXAMPLES
    if not path.exists():
        pytest.skip("no Wikinews corpus (../shared or examples/)")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line, _ in zip(f, range(n), strict=False)]


@pytest.fixture(scope="session")
def corpus() -> list[Article]:
    """50 articles: 48 real ones (fewer without ../shared), with an empty and a French one
    among them, so each runner must put failures in the right places too."""
    rows = wikinews_rows(48)
    articles = [
        make_article(r["text"], url=r.get("url"), title=r.get("title"), published=r["published"])
        for r in rows
    ]
    articles.insert(7, Article(id="empty-one", text="   \n "))
    articles.insert(
        30,
        Article(
            id="french-one",
            text="Le gouvernement a annoncé mardi une réforme des retraites.",
            language="fr",
        ),
    )
    return articles


@pytest.fixture(scope="session")
def local_results(corpus: list[Article], pipeline) -> list[Result]:
    """The corpus through the in-process runner: what every other runner must reproduce."""
    results = list(LocalRunner(pipeline.settings, pipeline=pipeline).run_many(corpus))
    kinds = [type(r).__name__ for r in results]
    assert kinds[7] == kinds[30] == "Failure" and kinds.count("Document") == len(corpus) - 2
    return results


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[object]:
    """A local Ray cluster with 2 CPUs, no dashboard, its files in a fresh temp folder."""
    ray = pytest.importorskip("ray", reason="needs the ray extra: pip install 'newsevents[ray]'")
    saved = os.environ.get("RAY_AUTH_MODE")
    os.environ["RAY_AUTH_MODE"] = "disabled"  # no token written to ~/.ray
    # Short path: Ray puts unix sockets under it, and those have a ~100 character limit.
    temp = tempfile.mkdtemp(prefix="ray-")
    ray.init(num_cpus=2, include_dashboard=False, _temp_dir=temp, log_to_driver=False)
    try:
        yield ray
    finally:
        ray.shutdown()
        shutil.rmtree(temp, ignore_errors=True)
        if saved is None:
            os.environ.pop("RAY_AUTH_MODE", None)
        else:
            os.environ["RAY_AUTH_MODE"] = saved


@pytest.fixture
def shard_input(tmp_path: Path) -> Path:
    """A folder of two JSONL shards (8 real articles) and one bad line."""
    rows = wikinews_rows(8)
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(2):
        part = rows[4 * k : 4 * k + 4]
        (folder / f"part-{k}.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in part), encoding="utf-8"
        )
    (folder / "part-2.jsonl").write_text('{"title": "no text"}\n', encoding="utf-8")
    return folder

"""Corpus ingest into DuckDB: idempotent re-runs, near-duplicate links, failures, Ctrl-C."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsevents import open_store
from newsevents.api import ingest_items
from newsevents.readers import read_paths
from newsevents.records import Article, Document, Failure
from newsevents.store import duck

STORY = (
    "The port authority said on Tuesday that the new container terminal would open in "
    "March after three years of construction and a dispute over dredging permits. "
    "Officials expect the terminal to double the harbour's capacity and to create about "
    "two thousand jobs in the region, although environmental groups have warned that the "
    "dredging could harm fish stocks in the estuary. The regional government, which paid "
    "for a third of the project, called the opening a turning point for local trade. "
    "Shipping companies have already booked berths for the first quarter, the authority "
    "added, and a rail link to the inland freight hub is due to follow next year."
)


class FakeRunner:
    """Stands in for the spaCy pipeline: a Document per article, failures for 'FAIL'."""

    def run_many(self, articles: Iterable[Article], *, on_error: str = "skip") -> Iterator:
        for a in articles:
            if a.text.startswith("FAIL"):
                yield Failure(a.id, None, "parse.fake", "ValueError", "bad_input: refused")
            else:
                yield Document(article=a)


def _corpus(folder: Path) -> Path:
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("An entirely different short note on rainfall.")
    (folder / "sub" / "c.txt").write_text("FAIL this one")
    copy = "Breaking | Home | Sign in\n\n" + STORY.replace("about two thousand", "some 2,000")
    copy = copy.replace("on Tuesday", "on Tuesday evening") + "\n\nShare this article."
    (folder / "sub" / "d.txt").write_text(copy, encoding="utf-8")
    return folder


def _ingest(db: str, folder: Path, **kw):
    with open_store(db) as store:
        items = read_paths([folder], skip=store.known_paths())
        return ingest_items(items, store, runner=FakeRunner(), **kw)


def test_ingesting_the_same_folder_twice_adds_nothing(tmp_path):
    folder = _corpus(tmp_path / "in")
    db = str(tmp_path / "c.duckdb")
    first = _ingest(db, folder)
    assert (first.added, first.failed, first.duplicates) == (3, 1, 1)
    second = _ingest(db, folder)
    assert (second.seen, second.added) == (0, 0)
    with open_store(db) as s:  # even without skipping by path, content hashes match
        again = ingest_items(read_paths([folder]), s, runner=FakeRunner())
        assert again.added == 0 and again.skipped == again.seen == 4
        assert s.stats()["articles"] == 3


def test_a_near_duplicate_copy_is_linked_to_the_first_copy(tmp_path):
    folder = _corpus(tmp_path / "in")
    db = str(tmp_path / "c.duckdb")
    _ingest(db, folder)
    with open_store(db, read_only=True) as s:
        (dup,) = s.duplicates()
        original = s.articles(text="container terminal")
        canonical = next(a for a in original if a["duplicate_of"] is None)
        assert dup["canonical_id"] == canonical["id"]
        assert dup["similarity"] >= 0.7 and dup["method"] == "minhash"
        assert canonical["n_copies"] == 1
        copy_doc = s.document(dup["article_id"])
        assert "near-duplicate of article" in copy_doc["errors"][0]
        assert copy_doc["article"]["text"].startswith("Breaking")


def test_near_duplicates_are_found_across_runs(tmp_path):
    db = str(tmp_path / "c.duckdb")
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "wire.txt").write_text(STORY)
    (two / "paper.txt").write_text("Local edition.\n\n" + STORY.replace("March", "April"))
    _ingest(db, one)
    report = _ingest(db, two)  # a new process would rebuild the index from `minhashes`
    assert report.duplicates == 1 and report.added == 1


def test_failures_are_recorded_with_path_stage_and_time(tmp_path):
    folder = _corpus(tmp_path / "in")
    db = str(tmp_path / "c.duckdb")
    _ingest(db, folder)
    with open_store(db, read_only=True) as s:
        (f,) = s.failures()
        assert f["path"].endswith("c.txt")
        assert f["stage"] == "parse.fake" and f["reason"].startswith("bad_input")
        assert f["failed_at"]


def test_an_interrupted_batch_leaves_the_store_consistent(tmp_path, monkeypatch):
    folder = _corpus(tmp_path / "in")
    db = str(tmp_path / "c.duckdb")
    calls = {"n": 0}
    real = duck.refresh_corpus_events

    def interrupt_second_batch(con, keys):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(con, keys)

    monkeypatch.setattr(duck, "refresh_corpus_events", interrupt_second_batch)
    with pytest.raises(KeyboardInterrupt):
        _ingest(db, folder, batch_size=2)
    with open_store(db) as s:
        stats = s.stats()
        # only the first batch (a.txt and sub/b.txt, in path order) is stored
        assert stats["articles"] + stats["failures"] == 2
        assert s.con.execute("SELECT count(*) FROM minhashes").fetchone()[0] <= 1
    monkeypatch.setattr(duck, "refresh_corpus_events", real)
    report = _ingest(db, folder, batch_size=2)
    assert report.seen == 2
    with open_store(db) as s:
        assert s.stats()["articles"] == 3 and s.stats()["duplicates"] == 1

"""`newsevents stories`: the stories of a store, and one story's thread."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsevents import open_store
from newsevents.cli import cli

from ..store.factory import make_doc


def _store(tmp_path: Path) -> str:
    db = str(tmp_path / "s.duckdb")
    with open_store(db) as s:
        s.write_batch(
            [
                make_doc("Obama met Putin in Moscow on Monday.", source="a.com"),
                make_doc(
                    "Barack Obama met Vladimir Putin in Moscow.",
                    source="b.com",
                    published="2009-07-07",
                ),
                make_doc(
                    "Merkel accused Erdogan of censorship in Ankara.",
                    actor=("Angela Merkel", "DEU", "GOV"),
                    recipient=("Recep Tayyip Erdogan", "TUR", "GOV"),
                    trigger="accused",
                    cameo="112",
                    plover="ACCUSE",
                    source="c.com",
                    published="2016-04-01",
                ),
            ]
        )
    return db


def test_stories_lists_stories_most_reported_first_and_filters_them(tmp_path: Path) -> None:
    db = _store(tmp_path)
    res = CliRunner().invoke(cli, ["stories", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [r["num_articles"] for r in rows] == [2, 1]
    assert rows[0]["num_sources"] == 2 and "Barack Obama" in rows[0]["actors"]
    res = CliRunner().invoke(cli, ["stories", "--db", db, "--actor", "merkel", "--json"])
    assert [r["num_articles"] for r in json.loads(res.stdout)] == [1]
    res = CliRunner().invoke(cli, ["stories", "--db", db, "--min-articles", "3"])
    assert res.exit_code == 0 and res.stdout.strip() == "no stories"
    table = CliRunner().invoke(cli, ["stories", "--db", db]).stdout
    assert table.splitlines()[0].split()[:3] == ["story", "articles", "sources"]


def test_stories_id_shows_the_thread_first_report_first(tmp_path: Path) -> None:
    db = _store(tmp_path)
    first = json.loads(CliRunner().invoke(cli, ["stories", "--db", db, "--json"]).stdout)[0]
    res = CliRunner().invoke(cli, ["stories", "--db", db, "--id", first["id"], "--json"])
    story = json.loads(res.stdout)
    assert [a["source"] for a in story["articles"]] == ["a.com", "b.com"]
    (event,) = story["events"]
    assert event["num_articles"] == 2 and event["first_published"] == "2009-07-06"
    text = CliRunner().invoke(cli, ["stories", "--db", db, "--id", first["id"]]).stdout
    assert "2 articles from 2 sources" in text and "CONSULT (asserted)" in text
    res = CliRunner().invoke(cli, ["stories", "--db", db, "--id", "nope"])
    assert res.exit_code == 2 and "no story nope" in res.output

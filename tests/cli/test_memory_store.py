"""The read commands (`stats`, `query`) over the in-memory store: the CLI needs only the Store
protocol, and prints the same as over DuckDB."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsevents import open_store
from newsevents.cli import cli
from newsevents.records import Location
from newsevents.store.memory import MemoryStore

from ..store.factory import make_doc

MOSCOW = Location("Moscow", "RUS", 55.75, 37.62)


def docs():
    return [
        make_doc("Obama met Putin in Moscow on Monday. Around 5 aides attended.",
                 source="bbc.co.uk", location=MOSCOW),
        make_doc("Barack Obama met Vladimir Putin on Monday, officials said.", source="dw.com",
                 published="2009-07-07", location=MOSCOW, attribution="officials"),
        make_doc("Merkel accused Erdogan of censorship.", actor=("Angela Merkel", "DEU", "GOV"),
                 recipient=("Recep Tayyip Erdogan", "TUR", "GOV"), trigger="accused",
                 cameo="112", plover="ACCUSE", published="2016-04-11", modality="negated"),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "c.duckdb")
    with open_store(path) as store:
        store.write_batch(docs())
    return path


@pytest.fixture()
def in_memory(monkeypatch) -> MemoryStore:
    """Every command opens this in-memory store, whatever --db says."""
    store = MemoryStore()
    store.write_batch(docs())
    monkeypatch.setattr("newsevents.cli.store.open_store", lambda path, read_only=False: store)
    return store


COMMANDS = [
    ["stats"],
    ["stats", "--json"],
    ["query", "--actor", "Obama"],
    ["query", "--country", "TUR", "--format", "json"],
    ["query", "--from", "2009-07-07", "--limit", "1", "--format", "json"],
    ["query", "--merged", "--plover", "CONSULT", "--format", "json"],
    ["query", "--merged"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_read_commands_print_the_same_over_the_memory_store(db, in_memory, args):
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("newsevents.cli.store.open_store", open_store)  # the DuckDB file, this once
        want = runner.invoke(cli, [*args, "--db", db], catch_exceptions=False)
    got = runner.invoke(cli, [*args, "--db", "unused.duckdb"], catch_exceptions=False)
    assert got.exit_code == want.exit_code == 0, got.output
    assert got.output == want.output


def test_query_json_over_the_memory_store_filters(in_memory):
    res = CliRunner().invoke(cli, ["query", "--modality", "negated", "--format", "json"])
    assert [r["trigger_text"] for r in json.loads(res.output)] == ["accused"]
    bad = CliRunner().invoke(cli, ["query", "--from", "soon"])
    assert bad.exit_code == 2 and "ISO date" in bad.output

"""`newsevents query` on a mistyped filter or an empty answer, and `newsevents eval` on the wrong
file, no file, or a bad record: a message naming what was expected, never a traceback."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsevents import open_store
from newsevents.cli import cli

from ..store.factory import make_doc


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("store") / "q.duckdb")
    with open_store(path) as s:
        s.write_batch([make_doc("Obama met Putin in Moscow on Monday.")])
    return path


def test_query_without_a_match_says_so_and_succeeds(db):
    res = run("query", "--db", db, "--actor", "Nobody")
    assert res.exit_code == 0, res.output
    assert res.output.strip() == "no events match"
    merged = run("query", "--db", db, "--actor", "Nobody", "--merged")
    assert merged.exit_code == 0 and merged.output.strip() == "no corpus events match"
    as_json = run("query", "--db", db, "--actor", "Nobody", "--format", "json")
    assert as_json.exit_code == 0 and json.loads(as_json.output) == []


@pytest.mark.parametrize(
    ("args", "option", "expected"),
    [
        (["--plover", "FOO"], "--plover", "CONSULT"),
        (["--country", "xx"], "--country", "ISO country code"),
        (["--country", "XXX"], "--country", "ISO country code"),
        (["--cameo", "zz"], "--cameo", "CAMEO code"),
        (["--cameo", "99"], "--cameo", "CAMEO code"),
        (["--from", "yesterday"], "--from", "YYYY-MM-DD"),
        (["--to", "soon"], "--to", "YYYY-MM-DD"),
    ],
)
def test_query_refuses_a_filter_no_event_can_have_naming_the_option(db, args, option, expected):
    res = run("query", "--db", db, *args)
    assert res.exit_code == 2, res.output
    assert f"'{option}'" in res.output and expected in res.output
    assert "date_from" not in res.output and "Traceback" not in res.output


@pytest.mark.parametrize(
    "args", [["--plover", "consult"], ["--country", "rus"], ["--cameo", "03"], ["--cameo", "036"]]
)
def test_query_takes_valid_filters_in_any_case(db, args):
    res = run("query", "--db", db, *args, "--format", "json")
    assert res.exit_code == 0, res.output
    assert [r["trigger_text"] for r in json.loads(res.output)] == ["met"]

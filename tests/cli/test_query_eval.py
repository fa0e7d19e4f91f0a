"""`newsevents query` on a mistyped filter or an empty answer, and `newsevents eval` on the wrong
file, no file, or a bad record: a message naming what was expected, never a traceback."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsevents import open_store
from newsevents.cli import cli
from newsevents.evaluate import LAYERS, evaluate
from newsevents.evaluate.formats import DEFAULT_DATA, read_gold

from ..conftest import ROOT
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


# -- eval ------------------------------------------------------------------------------------

GOLD = ROOT / "tests" / "gold"
FILES = {
    "actors": GOLD / "plover_gold.jsonl",
    "events": GOLD / "plover_gold.jsonl",
    "main-event": GOLD / "main_event_gold.jsonl",
    "quotes": GOLD / "quotes_gold.jsonl",
    "timex": GOLD / "timex_gold.jsonl",
    "html": GOLD / "html" / "index.jsonl",
}


def test_eval_defaults_are_the_in_repo_slices_the_floors_use():
    floors = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
    in_repo = {(s["layer"], s["data"]) for k, s in floors.items() if not k.startswith("_")}
    assert set(DEFAULT_DATA) == set(LAYERS)
    for layer, data in DEFAULT_DATA.items():
        assert (layer, data) in in_repo and (ROOT / data).is_file()


def test_eval_without_data_reads_the_gold_slice():
    res = run("eval", "timex", "--limit", "1")
    assert res.exit_code == 0, res.output
    assert "tests/gold/timex_gold.jsonl" in res.output
    assert json.loads(res.output[res.output.index("{") :])["articles"] == 1


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_eval_on_another_layers_file_says_what_it_expected(layer):
    other = FILES["html" if layer != "html" else "quotes"]
    res = run("eval", layer, "--data", str(other), "--limit", "2")
    assert res.exit_code == 2, res.output
    assert f"is not {layer} evaluation data" in res.output and "expects JSON Lines of" in res.output
    assert "Traceback" not in res.output


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_eval_on_a_file_that_is_not_jsonl_says_so(layer):
    res = run("eval", layer, "--data", str(ROOT / "README.md"))
    assert res.exit_code == 2 and "no JSON records in" in res.output and "expects" in res.output


def test_eval_of_petrarch_codes_as_actors_is_an_error_not_a_zero():
    res = run("eval", "actors", "--data", str(GOLD / "petrarch_gold.jsonl"), "--limit", "3")
    assert res.exit_code == 2 and "could be scored" in res.output and "PLOVER" in res.output


def test_eval_skips_a_bad_record_and_says_why(tmp_path):
    good = (GOLD / "timex_gold.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    bad = [
        '{"id": "wrong-type", "text": 5, "timexes": []}',
        "not json",
        '{"id": "no-end", "text": "On Monday.", "timexes": [{"start": 3}]}',
    ]
    data = tmp_path / "mixed.jsonl"
    data.write_text("\n".join([good[0], *bad, good[1]]) + "\n", encoding="utf-8")
    metrics = evaluate("timex", str(data))
    assert metrics["articles"] == 2
    reasons = metrics["skipped"]["reasons"]
    assert metrics["skipped"]["count"] == 3 and len(reasons) == 3
    assert any("not JSON" in r for r in reasons) and any("no-end" in r for r in reasons)


def test_eval_command_warns_when_records_were_left_out(tmp_path):
    good = (GOLD / "timex_gold.jsonl").read_text(encoding="utf-8").splitlines()[:1]
    data = tmp_path / "mixed.jsonl"
    data.write_text("\n".join([good[0], "not json"]) + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", "timex", "--data", str(data)])
    assert res.exit_code == 0, res.output
    assert "warning: 1 record(s)" in res.stderr and "not JSON" in res.stderr
    assert json.loads(res.stdout)["skipped"]["count"] == 1


def test_read_gold_takes_the_records_of_the_layers_format():
    gold = read_gold("quotes", FILES["quotes"], limit=1)
    assert len(gold.records) == 1 and gold.format.name == "quote records" and not gold.skipped

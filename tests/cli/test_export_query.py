"""`newsevents export` and `newsevents query` on a store built from hand-made documents."""

from __future__ import annotations

import json

import duckdb
import jsonschema
import pandas as pd
import pytest
from click.testing import CliRunner

from newsevents import open_store
from newsevents.cli import cli
from newsevents.export.gdelt import EVENT_COLUMNS, MENTION_COLUMNS
from newsevents.records import Location

from ..conftest import ROOT, SHARED
from ..store.factory import make_doc


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("store") / "c.duckdb")
    moscow = Location("Moscow", "RUS", 55.75, 37.62)
    with open_store(path) as s:
        s.write_batch(
            [
                make_doc(
                    "Obama met Putin in Moscow on Monday. Around 5 aides attended.",
                    source="bbc.co.uk",
                    url="https://bbc.co.uk/1",
                    location=moscow,
                ),
                make_doc(
                    "Barack Obama met Vladimir Putin on Monday, officials said.",
                    source="dw.com",
                    published="2009-07-07",
                    location=moscow,
                    attribution="officials",
                ),
                make_doc(
                    "Merkel accused Erdogan of censorship.",
                    actor=("Angela Merkel", "DEU", "GOV"),
                    recipient=("Recep Tayyip Erdogan", "TUR", "GOV"),
                    trigger="accused",
                    cameo="112",
                    plover="ACCUSE",
                    published="2016-04-11",
                    modality="negated",
                ),
            ]
        )
    return path


def test_query_table_and_json(db):
    res = run("query", "--db", db, "--actor", "Obama")
    assert res.exit_code == 0, res.output
    assert "Barack Obama (USAGOV)" in res.output and "Vladimir Putin (RUSGOV)" in res.output
    res = run("query", "--db", db, "--country", "TUR", "--modality", "negated", "--format", "json")
    rows = json.loads(res.output)
    assert [r["trigger_text"] for r in rows] == ["accused"]
    res = run("query", "--db", db, "--from", "2010-01-01", "--cameo", "03", "--format", "json")
    assert json.loads(res.output) == []


def test_query_merged_shows_corpus_events_with_counts(db):
    res = run("query", "--db", db, "--merged", "--plover", "CONSULT", "--format", "json")
    (ce,) = json.loads(res.output)
    assert (ce["num_articles"], ce["num_sources"], ce["num_mentions"]) == (2, 2, 2)
    assert "Moscow" in run("query", "--db", db, "--merged").output


def test_query_refuses_a_bad_date(db):
    res = CliRunner().invoke(cli, ["query", "--db", db, "--from", "soon"])
    assert res.exit_code == 2 and "ISO date" in res.output


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_table_exports_read_back_with_pandas_and_duckdb(db, tmp_path, fmt):
    res = run("export", "--db", db, "--format", fmt, "--out", str(tmp_path))
    assert res.exit_code == 0, res.output
    events = tmp_path / f"events.{fmt}"
    actors = tmp_path / f"actors.{fmt}"
    reader = {
        "parquet": pd.read_parquet,
        "csv": pd.read_csv,
        "jsonl": lambda p: pd.read_json(p, lines=True),
    }[fmt]
    df = reader(events)
    assert len(df) == 3 and {"trigger_text", "event_date", "corpus_event_id"} <= set(df.columns)
    assert len(reader(actors)) == 4
    for name in ("quotes", "quantities", "corpus_events", "event_mentions"):
        assert (tmp_path / f"{name}.{fmt}").exists()
    articles = reader(tmp_path / f"articles.{fmt}")
    assert list(articles.columns) == [
        "id",
        "url",
        "title",
        "source",
        "published",
        "language",
        "story_id",
        "duplicate_of",
    ]
    assert len(articles) == 3 and articles["story_id"].notna().all()
    stories = reader(tmp_path / f"stories.{fmt}")
    assert set(stories["id"]) == set(articles["story_id"])
    assert sorted(stories["num_articles"]) == [1, 2]  # the two Moscow reports are one story
    fn = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}[fmt]
    n = duckdb.sql(f"SELECT count(*) FROM {fn}('{events}')").fetchall()[0][0]
    assert n == 3


def test_parquet_events_can_be_partitioned_by_date(db, tmp_path):
    res = run(
        "export",
        "--db",
        db,
        "--format",
        "parquet",
        "--out",
        str(tmp_path),
        "--table",
        "events",
        "--partition",
    )
    assert res.exit_code == 0, res.output
    assert (tmp_path / "events" / "year=2009" / "month=7").is_dir()
    df = pd.read_parquet(tmp_path / "events")
    assert len(df) == 3
    n = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{tmp_path}/events/**/*.parquet', "
        "hive_partitioning=true) WHERE year = 2016"
    ).fetchall()[0][0]
    assert n == 1


def test_gdelt_export_has_the_gdelt_2_columns_and_reads_back(db, tmp_path):
    res = run("export", "--db", db, "--format", "gdelt", "--out", str(tmp_path))
    assert res.exit_code == 0, res.output
    codes = {c: str for c in ("EventCode", "EventBaseCode", "EventRootCode")}
    ev = pd.read_csv(
        tmp_path / "gdelt_events.tsv", sep="\t", header=None, names=EVENT_COLUMNS, dtype=codes
    )
    assert len(ev.columns) == 61 and len(ev) == 2
    meet = ev[ev.EventCode == "036"].iloc[0]
    assert (meet.Actor1Code, meet.Actor2Code, meet.EventRootCode) == ("USAGOV", "RUSGOV", "03")
    assert (meet.NumArticles, meet.NumSources, meet.ActionGeo_CountryCode) == (2, 2, "RS")
    assert meet.SQLDATE == 20090706 and meet.IsRootEvent == 1
    assert ev.GLOBALEVENTID.is_unique
    men = pd.read_csv(tmp_path / "gdelt_mentions.tsv", sep="\t", header=None, names=MENTION_COLUMNS)
    assert len(men) == 3 and set(men.GLOBALEVENTID) == set(ev.GLOBALEVENTID)
    assert men.Extras.str.contains("<MODALITY>negated</MODALITY>").sum() == 1
    cols = [
        c[0]
        for c in duckdb.sql(
            f"SELECT * FROM read_csv('{tmp_path / 'gdelt_events.tsv'}', delim='\t', header=false)"
        ).description
    ]
    assert len(cols) == 61


def test_gdelt_columns_match_the_gdelt_codebook():
    path = SHARED / "ontology" / "gdelt2_columns.jsonl"
    if not path.exists():
        pytest.skip("shared ontology not present")
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    for table, ours in (("events", EVENT_COLUMNS), ("mentions", MENTION_COLUMNS)):
        theirs = [
            r["column"] for r in sorted(rows, key=lambda r: r["position"]) if r["table"] == table
        ]
        assert list(ours) == theirs


def test_plover_export_validates_against_the_plover_field_schema(db, tmp_path):
    res = run("export", "--db", db, "--format", "plover", "--out", str(tmp_path))
    assert res.exit_code == 0, res.output
    schema = json.loads((ROOT / "src/newsevents/schema/plover.schema.json").read_text())
    lines = (tmp_path / "plover_events.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 3
    for r in records:
        jsonschema.validate(r, schema)
    accuse = next(r for r in records if r["event"] == "ACCUSE")
    assert accuse["actor"][0] == {
        "text": "Angela Merkel",
        "country": "DEU",
        "sector": "GOV",
        "code": "DEUGOV",
        "wikidata": None,
    }
    assert accuse["text_info"]["modality"] == "negated"
    assert pd.read_json(tmp_path / "plover_events.jsonl", lines=True).shape[0] == 3


def test_export_of_an_unknown_store_says_so(tmp_path):
    res = CliRunner().invoke(
        cli,
        [
            "export",
            "--db",
            str(tmp_path / "x" / "none.duckdb"),
            "--format",
            "csv",
            "--out",
            str(tmp_path),
        ],
    )
    assert res.exit_code == 2 and "error" in res.output


def test_ingest_reads_jsonl_with_mapped_fields_once(tmp_path):
    rows = [
        {"body": "The finance ministers of France and Germany met in Paris on Monday to "
                 "discuss the budget.", "headline": "Ministers meet", "day": "2024-03-04"},
        {"body": "Heavy rain flooded streets in the capital on Tuesday, officials said.",
         "headline": "Floods", "day": "2024-03-05"},
    ]  # fmt: skip
    f = tmp_path / "news.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    args = ["ingest", "--db", db, "--no-progress", str(f), "--json-field", "text=body",
            "--json-field", "title=headline", "--json-field", "published=day"]  # fmt: skip
    first = run(*args)
    assert first.exit_code == 0, first.output
    assert "2 read, 2 added" in first.output
    again = run(*args)
    assert "0 added" in again.output
    with open_store(db, read_only=True) as s:
        titles = sorted(a["title"] for a in s.articles())
        assert titles == ["Floods", "Ministers meet"]
    bad = CliRunner().invoke(cli, ["ingest", "--db", db, str(f), "--json-field", "body"])
    assert bad.exit_code == 2 and "ROLE=KEY" in bad.output


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """One event above the default confidence (0.8) and one below it (0.3)."""
    path = str(tmp_path_factory.mktemp("mixed") / "m.duckdb")
    with open_store(path) as s:
        s.write_batch(
            [
                make_doc("Obama met Putin in Moscow on Monday.", source="bbc.co.uk"),
                make_doc(
                    "Merkel accused Erdogan of censorship.",
                    actor=("Angela Merkel", "DEU", "GOV"),
                    recipient=("Recep Tayyip Erdogan", "TUR", "GOV"),
                    trigger="accused",
                    cameo="112",
                    plover="ACCUSE",
                    confidence=0.3,
                ),
            ]
        )
    return path


def _triggers(output: str) -> list[str]:
    return sorted(r["trigger_text"] for r in json.loads(output))


def test_query_keeps_events_of_the_default_confidence_and_zero_keeps_all(mixed):
    assert _triggers(run("query", "--db", mixed, "--format", "json").output) == ["met"]
    every = run("query", "--db", mixed, "--min-confidence", "0", "--format", "json")
    assert _triggers(every.output) == ["accused", "met"]
    assert (
        _triggers(run("query", "--db", mixed, "--min-confidence", "0.9", "--format", "json").output)
        == []
    )
    res = CliRunner().invoke(cli, ["query", "--db", mixed, "--min-confidence", "2"])
    assert res.exit_code == 2 and "--min-confidence" in res.output


def test_every_export_format_leaves_out_events_below_the_minimum_confidence(mixed, tmp_path):
    def exported(fmt: str, *extra: str) -> dict[str, str]:
        out = tmp_path / f"{fmt}{len(extra)}"
        res = run("export", "--db", mixed, "--format", fmt, "--out", str(out), *extra)
        assert res.exit_code == 0, res.output
        return {p.name: p.read_text() for p in out.iterdir() if p.is_file()}

    sure, every = exported("jsonl"), exported("jsonl", "--min-confidence", "0")
    for table, n_sure in (("events", 1), ("event_mentions", 1), ("corpus_events", 1)):
        assert len(sure[f"{table}.jsonl"].splitlines()) == n_sure, table
        assert len(every[f"{table}.jsonl"].splitlines()) == 2, table
    assert "censorship" not in sure["events.jsonl"] and "censorship" in every["events.jsonl"]
    assert len(exported("csv")["events.csv"].splitlines()) == 2  # header + one event
    plover = exported("plover")["plover_events.jsonl"].splitlines()
    assert [json.loads(r)["event"] for r in plover] == ["CONSULT"]
    assert len(exported("plover", "--min-confidence", "0")["plover_events.jsonl"].splitlines()) == 2
    code = EVENT_COLUMNS.index("EventCode")
    for extra, codes in (((), {"036"}), (("--min-confidence", "0"), {"036", "112"})):
        gdelt = exported("gdelt", *extra)
        assert {r.split("\t")[code] for r in gdelt["gdelt_events.tsv"].splitlines()} == codes
        assert len(gdelt["gdelt_mentions.tsv"].splitlines()) == len(codes)

"""The CLI end to end, in process (click's runner), on real files."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from newsevents.cli import cli

FRENCH = (
    "Le gouvernement français a annoncé mardi une réforme des retraites. Les syndicats ont "
    "appelé à la grève dans tout le pays et le Premier ministre a défendu son projet."
)
ENGLISH = (
    "The foreign minister of Kenya met his Ugandan counterpart in Kampala on Monday. "
    "The two ministers discussed trade and security along the border."
)


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_extract_json_has_contract_fields(seed_text, tmp_path: Path, validate) -> None:
    f = tmp_path / "seed.txt"
    f.write_text(seed_text, encoding="utf-8")
    res = run("extract", str(f), "--published", "2024-06-12", "--format", "json")
    assert res.exit_code == 0, res.output
    record = json.loads(res.stdout)
    assert record["schema_version"] == 1
    assert record["article"]["published"] == "2024-06-12"
    validate(record)


def test_extract_table_prints_entities(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ENGLISH, encoding="utf-8")
    res = run("extract", str(f), "--format", "table")
    assert res.exit_code == 0
    assert "entities" in res.output and "Kampala" in res.output


def test_extract_reads_stdin() -> None:
    res = run("extract", "-", input=ENGLISH.encode())
    assert res.exit_code == 0
    assert json.loads(res.stdout)["article"]["text"] == ENGLISH


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "binary"),
        (FRENCH.encode("utf-8"), "language 'fr'"),
    ],
)
def test_extract_bad_input_is_one_line_error(tmp_path: Path, payload: bytes, message: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(payload)
    res = CliRunner().invoke(cli, ["extract", str(f)])
    assert res.exit_code == 2
    assert message in res.output
    assert "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1


def test_extract_detects_legacy_encoding(tmp_path: Path) -> None:
    text = "The café’s owner said the “new rules” cost him €5,000 — a blow, he said. " * 3
    f = tmp_path / "cp1252.txt"
    f.write_bytes(text.encode("cp1252"))
    res = run("extract", str(f))
    assert res.exit_code == 0
    assert json.loads(res.stdout)["article"]["text"].startswith("The café’s owner")


def test_ingest_records_failures_and_is_idempotent(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (corpus / "sub" / "empty.txt").write_bytes(b"")
    (corpus / "sub" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (corpus / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (corpus / "rows.jsonl").write_text(
        json.dumps(
            {
                "text": ENGLISH.replace("Monday", "Friday"),
                "title": "T",
                "published": "2021-05-04",
                "url": "https://example.org/a",
            }
        )
        + "\n"
        + "{not json\n",
        encoding="utf-8",
    )
    (corpus / "README.md").write_text("not an article", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    res = run("ingest", str(corpus), "--db", db, "--no-progress")
    assert res.exit_code == 0, res.output
    assert "2 added" in res.output and "4 failed" in res.output
    con = duckdb.connect(db, read_only=True)
    reasons = sorted(
        r[0].split(":")[0] for r in con.execute("select reason from failures").fetchall()
    )
    assert reasons == ["bad_input", "binary", "empty", "language"]
    row = con.execute("select title, published, source from articles where title = 'T'").fetchone()
    assert row == ("T", "2021-05-04", "example.org")
    con.close()
    again = run("ingest", str(corpus), "--db", db, "--no-progress")
    assert "0 added" in again.output and "0 failed" in again.output
    stats = run("stats", "--db", db, "--json")
    assert json.loads(stats.output)["articles"] == 2
    assert json.loads(stats.output)["failures"] == 4


def test_stats_summary_lists_counts(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ENGLISH, encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    run("ingest", str(f), "--db", db, "--no-progress")
    res = run("stats", "--db", db)
    assert res.exit_code == 0
    assert "articles       1" in res.output


def test_eval_unknown_file_is_clean_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["eval", "actors", "--data", str(tmp_path / "missing.jsonl")])
    assert res.exit_code == 2


def test_python_dash_m_runs_the_command_line():
    """`python -m newsevents eval ...` works where the `newsevents` script is not on PATH."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "newsevents", "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "Usage: python -m newsevents" in done.stdout and "eval" in done.stdout

"""`ingest` and `extract` as a newcomer meets them: what is read, what is passed over, and why."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsevents.cli import cli

ENGLISH = (
    "The foreign minister of Kenya met his Ugandan counterpart in Kampala on Monday. "
    "The two ministers discussed trade and security along the border."
)


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def _row(day: str) -> str:
    return json.dumps({"text": ENGLISH.replace("Monday", day), "url": f"https://e.org/{day}"})


def test_ingest_rerun_counts_the_articles_already_stored(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (corpus / "rows.jsonl").write_text(_row("Friday") + "\n" + _row("Sunday") + "\n")
    db = str(tmp_path / "t.duckdb")
    first = run("ingest", str(corpus), "--db", db, "--no-progress")
    assert "3 read, 3 added" in first.output, first.output
    again = run("ingest", str(corpus), "--db", db, "--no-progress")
    assert again.exit_code == 0
    assert "3 read, 0 added" in again.output and "3 already stored" in again.output

"""`newsevents failures`: the failed inputs of a store, listed with their reason."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsevents.cli import cli


def _ingest_bad_inputs(tmp_path: Path) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "spanish.txt").write_text(
        "El gobierno anunció el martes una reforma de las pensiones que será votada en el "
        "Congreso la próxima semana, según fuentes del ministerio.",
        encoding="utf-8",
    )
    (folder / "broken.jsonl").write_text('{"text": \n', encoding="utf-8")
    db = str(tmp_path / "f.duckdb")
    res = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db, "--engine", "local"])
    assert res.exit_code == 0, res.output
    return db


def test_failures_lists_each_failed_input_with_its_reason_and_message(tmp_path: Path) -> None:
    db = _ingest_bad_inputs(tmp_path)
    res = CliRunner().invoke(cli, ["failures", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    by_file = {Path(r["path"]).name.split(":")[0]: r for r in rows}  # JSONL: file:line
    assert by_file["empty.txt"]["reason"] == "empty"
    assert by_file["spanish.txt"]["reason"] == "language"
    assert "'es'" in by_file["spanish.txt"]["message"]
    assert by_file["spanish.txt"]["stage"] == "admit"
    assert by_file["broken.jsonl"]["reason"] == "bad_input"
    table = CliRunner().invoke(cli, ["failures", "--db", db]).stdout
    assert table.splitlines()[0].split() == ["file", "reason", "stage", "message"]
    assert "spanish.txt" in table and "language" in table


def test_failures_filters_by_reason_and_says_when_there_are_none(tmp_path: Path) -> None:
    db = _ingest_bad_inputs(tmp_path)
    res = CliRunner().invoke(cli, ["failures", "--db", db, "--reason", "empty", "--json"])
    assert [r["reason"] for r in json.loads(res.stdout)] == ["empty"]
    res = CliRunner().invoke(cli, ["failures", "--db", db, "--reason", "timeout"])
    assert res.exit_code == 0 and res.stdout.strip() == "no failures with reason timeout"

"""What a terminal user sees at the edges: a file over the size limit, a busy port, a narrow or
a wide terminal (`COLUMNS`)."""

from __future__ import annotations

import gzip
import re
import socket
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents import open_store
from newsevents.cli import cli
from newsevents.cli.serve import EXIT_ADDRESS
from newsevents.cli.tables import table
from newsevents.config import DEFAULTS
from newsevents.records import Failure

from ..conftest import ROOT
from ..store.factory import make_doc

LIMIT = f"{DEFAULTS.max_bytes:,}"
SENTENCE = "The minister met his counterpart in Kampala on Monday. "


def run(*args: str, env: dict[str, str] | None = None, input: bytes | None = None):
    return CliRunner(env=env).invoke(cli, list(args), input=input, catch_exceptions=False)


def _warc(path: Path, body: bytes) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], "HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://e.org/huge",
                "response",
                payload=BytesIO(body),
                length=len(body),
                http_headers=headers,
            )
        )


def _huge(tmp_path: Path, kind: str) -> tuple[Path, str]:
    """A file of `kind` whose content is over the default limit, and the size its error names."""
    body = (SENTENCE * (6_000_000 // len(SENTENCE))).encode()
    if kind == "txt":
        path = tmp_path / "huge.txt"
        path.write_bytes(body)
        return path, f"{path.stat().st_size:,} bytes"
    if kind == "html.gz":
        path = tmp_path / "huge.html.gz"
        path.write_bytes(gzip.compress(b"<p>" + body + b"</p>"))
        return path, f"{path.stat().st_size:,} bytes ({len(body) + 7:,} or more once decompressed)"
    if kind == "rss":
        path = tmp_path / "huge.rss"
        path.write_bytes(b"<rss><channel><title>" + body + b"</title></channel></rss>")
        return path, f"{path.stat().st_size:,} bytes"
    path = tmp_path / "huge.warc"
    _warc(path, body)
    return path, "record of "


@pytest.mark.parametrize("kind", ["txt", "html.gz", "rss", "warc"])
def test_extract_names_the_real_size_of_a_file_over_the_limit_and_the_limit(
    tmp_path: Path, kind: str
) -> None:
    path, size = _huge(tmp_path, kind)
    res = run("extract", str(path))
    assert res.exit_code == 2
    assert f"too_large: {size}" in res.stderr, res.stderr
    assert f"is over the limit of {LIMIT}" in res.stderr, res.stderr


def test_extract_of_a_huge_warc_record_names_its_declared_length(tmp_path: Path) -> None:
    path, _ = _huge(tmp_path, "warc")
    length = re.search(rb"Content-Length: (\d+)", path.read_bytes())
    assert length is not None
    res = run("extract", str(path))
    assert f"record of {int(length.group(1)):,} bytes is over the limit of {LIMIT}" in res.stderr


def test_serve_on_a_busy_port_says_so_before_opening_the_store(monkeypatch) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the store was opened before the port was checked")

    monkeypatch.setattr("newsevents.cli.serve.opened", never)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        res = run("serve", "--port", str(port))
    assert res.exit_code == EXIT_ADDRESS == 3
    assert res.stderr == f"error: cannot listen on 127.0.0.1:{port}: the port is in use " + (
        "(another server? try --port)\n"
    )
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert re.search(r"\b3 when `serve` cannot listen", doc), "docs/cli.md names exit status 3"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("terminal") / "t.duckdb")
    long_text = (
        "Recep Tayyip Erdogan accused Angela Merkel of censorship in a long speech that "
        "went on about the press, the courts and the state of the union for a while."
    )
    failure = Failure(
        None,
        "/data/crawl/2024/06/a-very-long-folder-name/another-one/story-of-the-day.txt",
        "ingest",
        "InputTooLargeError",
        "too_large: 33,000,000 bytes is over the limit of 5,000,000",
    )
    with open_store(path) as store:
        store.write_batch(
            [
                make_doc("Obama met Putin in Moscow on Monday.", source="bbc.co.uk"),
                make_doc(
                    long_text,
                    actor=("Recep Tayyip Erdogan", "TUR", "GOV"),
                    recipient=("Angela Merkel", "DEU", "GOV"),
                    trigger="accused",
                    cameo="112",
                    plover="ACCUSE",
                    published="2016-04-11",
                ),
            ],
            [failure],
        )
    return path


COMMANDS = [("query",), ("query", "--merged"), ("failures",), ("stats",)]


@pytest.mark.parametrize("columns", [60, 200])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_tables_fit_the_terminal_width_given_by_columns(db: str, args, columns: int) -> None:
    res = run(*args, "--db", db, env={"COLUMNS": str(columns)})
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines and all(len(line) <= columns for line in lines), res.stdout
    if args == ("query",):
        # wide: one table, whole sentences; narrow: one block a row, nothing cut
        wide = columns == 200
        assert lines[0].startswith("date ") == wide
        assert wide or ("…" not in res.stdout and "for a while." in res.stdout)
        assert "Recep Tayyip Erdogan (TURGOV)" in res.stdout
    if args == ("failures",):  # the message is wrapped, never cut
        assert "5,000,000" in res.stdout and "…" not in res.stdout.split("too_large")[1]


def test_a_table_cuts_the_widest_columns_first_and_marks_each_cut() -> None:
    rows = [("2024-06-12", "x" * 30, "y" * 80)]
    out = table(["date", "actors", "sentence"], rows, width=60).splitlines()
    assert [len(line) for line in out] == [45, 60, 60]  # the header line ends at "sentence"
    date, actors, sentence = out[2].split("  ")
    assert date == "2024-06-12"  # short columns keep their width
    assert actors == "x" * 22 + "…" and sentence == "y" * 22 + "…"  # 23 each, cut alike


def test_a_table_piped_without_columns_cuts_cells_at_60_characters_on_one_line(
    monkeypatch,
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)  # and pytest's stdout is not a terminal
    out = table(["a", "b"], [("one\ntwo", "z" * 100)]).splitlines()
    assert out[2] == "one two  " + "z" * 59 + "…"


def test_wrap_last_wraps_the_last_column_instead_of_cutting_it() -> None:
    text = "33,000,000 bytes is over the limit of 5,000,000"
    out = table(["file", "message"], [("a.txt", text)], width=30, wrap_last=True)
    lines = out.splitlines()
    assert all(len(line) <= 30 for line in lines)
    assert " ".join(line[7:].strip() for line in lines[2:]) == text


@pytest.mark.parametrize("columns", [60, 200])
def test_extract_tables_fit_the_terminal_width_given_by_columns(columns: int) -> None:
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi met his Ugandan counterpart Jeje Odongo in "
        "Kampala on Monday, officials said. The two ministers discussed trade and security."
    )
    res = run(
        "extract", "-", "--title", "Kenya and Uganda discuss trade and security along their "
        "border", "--format", "table", env={"COLUMNS": str(columns)}, input=text.encode()
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "entities" in res.stdout and "Kampala" in res.stdout
    assert all(len(line) <= columns for line in res.stdout.splitlines()), res.stdout

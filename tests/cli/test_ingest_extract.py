"""`ingest` and `extract` as a newcomer meets them: what is read, what is passed over, and why."""

from __future__ import annotations

import gzip
import json
import socket
from pathlib import Path

import duckdb
from click.testing import CliRunner

from newsevents.api import IngestReport
from newsevents.cli import cli
from newsevents.cli.progress import IngestProgress

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


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_ingest_folder_reads_known_types_and_lists_the_rest(tmp_path: Path) -> None:
    corpus = tmp_path / "samples"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (corpus / "a.expected.md").write_text("# Answer key\n\n" + ENGLISH.replace("Kenya", "Chad"))
    (corpus / "table.csv").write_text("a,b\n1,2\n")
    db = str(tmp_path / "t.duckdb")
    res = run("ingest", str(corpus), "--db", db, "--no-progress")
    assert res.exit_code == 0, res.output
    assert "1 read, 1 added" in res.output
    assert "2 file(s) not read (no known type: .csv, .md" in res.output
    assert str(corpus / "a.expected.md") in res.output and str(corpus / "table.csv") in res.output
    wider = run("ingest", str(corpus), "--db", db, "--no-progress", "--text-suffix", ".md")
    assert "2 read, 1 added" in wider.output and "1 already stored" in wider.output
    assert "1 file(s) not read (no known type: .csv;" in wider.output


def test_ingest_fetches_a_list_of_urls_instead_of_storing_it(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{_closed_port()}"
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{base}/news/1\n\n# a comment\n{base}/news/2\n", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    res = run("ingest", str(urls), "--db", db, "--no-progress")
    assert res.exit_code == 0, res.output
    assert "0 added" in res.output and "2 failed" in res.output
    assert "failed (fetch): 2" in res.output
    assert f"{urls}: a list of URLs, each fetched" in res.output
    con = duckdb.connect(db, read_only=True)
    paths = sorted(r[0] for r in con.execute("select path from failures").fetchall())
    con.close()
    assert paths == [f"{base}/news/1", f"{base}/news/2"]


def _articles(db: str) -> dict[str, tuple]:
    con = duckdb.connect(db, read_only=True)
    rows = con.execute("select path, title, url, published, source, text from articles").fetchall()
    con.close()
    return {Path(r[0]).name: r[1:] for r in rows}


def test_ingest_gives_a_plain_text_file_the_date_title_and_url_given(tmp_path: Path) -> None:
    f = tmp_path / "seed.txt"
    f.write_text(ENGLISH, encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    res = run(
        "ingest", str(f), "--db", db, "--no-progress", "--published", "2024-06-12",
        "--title", "Kenya meets Uganda", "--url", "https://www.example.org/a",
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    title, url, published, source, _ = _articles(db)["seed.txt"]
    assert (title, url, published, source) == (
        "Kenya meets Uganda", "https://www.example.org/a", "2024-06-12", "example.org",
    )  # fmt: skip


def test_ingest_reads_a_sidecar_json_and_front_matter(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (corpus / "a.txt.json").write_text(json.dumps({"title": "Sidecar", "published": "2024-01-02"}))
    (corpus / "b.txt").write_text(
        "---\ntitle: Front matter\ndate: 2023-03-04\nsource: wire\n---\n\n"
        + ENGLISH.replace("Monday", "Friday"),
        encoding="utf-8",
    )
    db = str(tmp_path / "t.duckdb")
    res = run("ingest", str(corpus), "--db", db, "--no-progress", "--source", "given")
    assert "2 read, 2 added" in res.output and "0 failed" in res.output, res.output
    rows = _articles(db)
    assert rows["a.txt"][:4] == ("Sidecar", None, "2024-01-02", "given")
    title, _, published, source, text = rows["b.txt"]
    assert (title, published, source) == ("Front matter", "2023-03-04", "given")
    assert text.startswith("The foreign minister")


PAGE = (
    "<html><head><meta http-equiv='X-UA-Compatible' content='IE=edge'><title>Kenya and Uganda"
    "</title><script>var n = Math.floor(Math.random() * 10);</script></head><body><nav>Home | "
    "World | Sport</nav><article><h1>Kenya and Uganda</h1><p>" + ENGLISH + "</p><p>Officials "
    "said the talks would continue in Nairobi next month, when the two countries expect to "
    "sign a border agreement.</p></article></body></html>"
)


def test_extract_reads_gzipped_html_with_the_ingest_reader(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode("utf-8")))
    res = run("extract", str(page))
    assert res.exit_code == 0, res.output
    record = json.loads(res.stdout)
    assert record["article"]["text"].startswith("The foreign minister of Kenya")
    assert record["article"]["title"] == "Kenya and Uganda"
    names = " ".join(e["name"] for e in record["entities"])
    assert "Math" not in names and "X-UA" not in names
    assert "with the html reader" in res.stderr


def test_extract_picks_one_article_of_a_jsonl_file(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(_row("Friday") + "\n" + _row("Sunday") + "\n" + _row("Tuesday") + "\n")
    res = run("extract", str(rows), "--item", "2", "--published", "2024-06-12")
    assert res.exit_code == 0, res.output
    article = json.loads(res.stdout)["article"]
    assert "Sunday" in article["text"] and article["url"] == "https://e.org/Sunday"
    assert article["published"] == "2024-06-12"
    assert "with the jsonl reader, article 2 (more follow" in res.stderr
    missing = CliRunner().invoke(cli, ["extract", str(rows), "--item", "9"])
    assert missing.exit_code == 2 and "no article 9" in missing.stderr


def test_ingest_progress_without_a_tty_prints_a_line_every_few_seconds(capsys) -> None:
    now = [100.0]
    progress = IngestProgress(bar=False, total=1000, every_s=5.0, clock=lambda: now[0])
    for seconds, seen in ((2, 16), (6, 48), (8, 64), (12, 96)):
        now[0] = 100.0 + seconds
        progress(IngestReport(seen=seen, added=seen - 1, failed=1))
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "48 of 1,000 read (5%), 8.0 articles/s, 1m59s left: 47 added, 0 already stored, "
        "0 copies, 1 failed",
        "96 of 1,000 read (10%), 8.0 articles/s, 1m53s left: 95 added, 0 already stored, "
        "0 copies, 1 failed",
    ]
    quiet = IngestProgress(bar=False, lines=False, every_s=0.0)
    quiet(IngestReport(seen=10))
    assert capsys.readouterr().err == ""

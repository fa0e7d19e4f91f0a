"""Walking inputs: folders, text, JSONL with configurable fields, HTML, skip, counts."""

from __future__ import annotations

import gzip
import json

import pytest

from newsevents.api import ingest_items
from newsevents.readers import JsonFields, read_paths
from newsevents.readers.articles import count_inputs
from newsevents.records import Article, Failure
from newsevents.store.memory import MemoryStore

PAGE = """<!doctype html><html><head><title>Harbour terminal to open in March | Coast Times</title>
<meta property="og:title" content="Harbour terminal to open in March">
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="Coast Times">
<meta property="article:published_time" content="2024-02-13T08:00:00Z">
<link rel="canonical" href="https://coast-times.example/news/terminal"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour terminal to open in March</h1>
<p>The port authority said on Tuesday that the new container terminal would open in March
after three years of construction and a long dispute over dredging permits.</p>
<p>Officials expect the terminal to double the harbour's capacity and to create about two
thousand jobs, although environmental groups warned that dredging could harm fish stocks.</p>
<p>The regional government, which paid for a third of the project, called the opening a
turning point for local trade, and shipping companies have already booked berths.</p>
</article><footer>Subscribe to our newsletter. Cookie settings. Contact us.</footer></body></html>
"""


def test_folders_are_walked_recursively_in_order_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("First article text here.")
    (tmp_path / "b" / "c.txt").write_text("Second article text here.")
    (tmp_path / ".git" / "x.txt").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text("not an article either")
    items = list(read_paths([tmp_path]))
    assert [dict(i.meta)["path"] for i in items] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "c.txt"),
    ]
    assert count_inputs([tmp_path]) == 2


def test_jsonl_field_names_are_configurable(tmp_path):
    rows = [
        {
            "body": "Talks resumed in Geneva on Monday.",
            "headline": "Talks",
            "date": "20240101",
            "link": "https://news.example/a",
        },
        {"headline": "no body"},
    ]
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    fields = JsonFields.parse(["text=body", "title=headline", "published=date", "url=link"])
    art, missing, broken = read_paths([f], fields=fields)
    assert isinstance(art, Article)
    assert (art.title, art.published, art.source) == ("Talks", "2024-01-01", "news.example")
    assert isinstance(missing, Failure) and "no text in field 'body'" in missing.reason
    assert isinstance(broken, Failure) and broken.path == f"{f}:3"
    assert count_inputs([f]) == 3


def test_json_field_mapping_errors_name_the_roles():
    with pytest.raises(ValueError, match="ROLE=KEY"):
        JsonFields.parse(["body"])
    with pytest.raises(ValueError, match="one of"):
        JsonFields.parse(["colour=red"])


def test_skip_leaves_out_inputs_already_stored(tmp_path):
    (tmp_path / "a.txt").write_text("First article text here.")
    f = tmp_path / "rows.jsonl"
    f.write_text(json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."}) + "\n")
    items = list(read_paths([tmp_path], skip={str(tmp_path / "a.txt"), f"{f}:1"}))
    assert [i.text for i in items] == ["Two."]


def test_html_pages_give_main_text_and_metadata(tmp_path):
    page = tmp_path / "terminal.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    (art,) = read_paths([page])
    assert isinstance(art, Article), art
    assert art.text.startswith("The port authority said on Tuesday")
    assert "Subscribe" not in art.text and "Sport" not in art.text
    assert art.title == "Harbour terminal to open in March"
    assert art.published == "2024-02-13"
    assert art.url == "https://coast-times.example/news/terminal"
    assert art.source == "coast-times.example"
    meta = dict(art.meta)
    assert (meta["author"], meta["site"]) == ("Jane Roe", "Coast Times")


def test_html_without_text_and_gzip_bombs_become_failures(tmp_path):
    (tmp_path / "empty.html").write_text(
        "<html><head><title>Gallery</title></head><body><img src=a.jpg></body></html>"
    )
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 200_000))
    fails = list(read_paths([tmp_path], max_bytes=100_000))
    assert all(isinstance(f, Failure) for f in fails)
    reasons = sorted(f.reason.split(":")[0] for f in fails)
    assert reasons == ["empty", "too_large"]


def test_non_english_articles_are_recorded_as_language_failures(pipeline, tmp_path):
    (tmp_path / "fr.txt").write_text(
        "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui sera "
        "présentée au Parlement le mois prochain après plusieurs semaines de consultations."
    )
    store = MemoryStore()
    report = ingest_items(read_paths([tmp_path]), store, runner=pipeline)
    assert report.failed == 1 and report.added == 0
    (f,) = store.failures()
    assert f["reason"].startswith("language") and "'fr'" in f["reason"]
    assert f["path"] == str(tmp_path / "fr.txt")

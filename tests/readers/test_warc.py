"""WARC crawls: one article per HTML response; other records passed over; offsets resume."""

from __future__ import annotations

from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.readers import read_paths
from newsevents.records import Article, Failure

from .test_readers import PAGE


def _record(
    writer,
    url,
    body,
    *,
    status="200 OK",
    ctype="text/html; charset=utf-8",
    kind="response",
    date="2024-02-14T10:00:00Z",
):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(
        url,
        kind,
        payload=BytesIO(body),
        length=len(body),
        http_headers=headers if kind == "response" else None,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(rec)


def _warc(path, *, gz: bool):
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        _record(w, "https://coast-times.example/news/terminal", PAGE.encode())
        _record(w, "https://coast-times.example/logo.png", b"\x89PNG....", ctype="image/png")
        _record(w, "https://coast-times.example/gone", b"<p>gone</p>", status="404 Not Found")
        _record(w, "https://coast-times.example/empty", b"<html><body></body></html>")
        undated = PAGE.replace('content="2024-02-13T08:00:00Z"', 'content=""')
        undated = undated.replace("three years", "four years")
        _record(w, "https://other.example/story", undated.encode(), date="2024-03-01T00:00:00Z")


def test_warc_responses_become_articles(tmp_path):
    for gz in (True, False):
        path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
        _warc(path, gz=gz)
        items = list(read_paths([path]))
        arts = [i for i in items if isinstance(i, Article)]
        fails = [i for i in items if isinstance(i, Failure)]
        assert [a.url for a in arts] == [
            "https://coast-times.example/news/terminal",
            "https://other.example/story",
        ]
        assert arts[0].title == "Harbour terminal to open in March"
        assert arts[0].published == "2024-02-13"
        assert arts[1].published == "2024-03-01"  # the crawl date when the page has none
        assert [f.reason.split(":")[0] for f in fails] == ["empty"]
        paths = [dict(a.meta)["path"] for a in arts]
        assert all(p.startswith(f"{path}#") for p in paths)
        # a re-run skips stored records by their offset
        again = [i for i in read_paths([path], skip=set(paths)) if isinstance(i, Article)]
        assert again == []


def test_a_broken_warc_file_is_a_failure_not_a_crash(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage")
    (item,) = read_paths([path])
    assert isinstance(item, Failure) and "WARC" in item.reason

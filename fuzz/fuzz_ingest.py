"""Fuzz the ingest parsers with atheris (coverage-guided, libFuzzer underneath).

Each input is routed by its first byte to one parser: bytes -> text (`decode_bytes`), a JSONL
file, a JSON file, an HTML page, a WARC file (plain or gzipped). A parser may refuse its input
with an `InputError` (or, for the file readers, yield a `Failure`); any other exception is a bug
and stops the run with the input saved as `crash-*`.

    python fuzz/fuzz_ingest.py -max_total_time=60 fuzz/corpus/        # explore
    python fuzz/fuzz_ingest.py crash-1234abcd                         # replay a crash

`tests/reliability/test_fuzz.py` runs it briefly (a few thousand inputs) in CI.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["newsevents"]):
    from newsevents.errors import InputError
    from newsevents.readers.articles import JsonFields, read_jsonl
    from newsevents.readers.decode import decode_bytes
    from newsevents.readers.html import extract_html
    from newsevents.readers.warc import read_warc
    from newsevents.records import Article, Failure

MAX_BYTES = 200_000
_DIR = Path(tempfile.mkdtemp(prefix="fuzz-ingest-"))
_FIELDS = JsonFields()


def _file(name: str, data: bytes) -> Path:
    path = _DIR / name
    path.write_bytes(data)
    return path


def _items(items: object) -> None:
    for item in items:  # type: ignore[attr-defined]
        assert isinstance(item, Article | Failure), item
        if isinstance(item, Failure):
            assert item.reason and item.stage, item
        else:
            assert item.text.strip() and item.id, item
            item.text.encode("utf-8")  # storable: no lone surrogates


def _decode(data: bytes) -> None:
    try:
        text = decode_bytes(data, max_bytes=MAX_BYTES)
    except InputError:
        return
    assert text.strip() and "\x00" not in text and "\r" not in text
    text.encode("utf-8")


def _jsonl(data: bytes) -> None:
    _items(read_jsonl(_file("input.jsonl", data), fields=_FIELDS))


def _json(data: bytes) -> None:
    _items(read_jsonl(_file("input.json", data), fields=_FIELDS))


def _html(data: bytes) -> None:
    try:
        page = extract_html(data, url="https://fuzz.example/page")
    except InputError:
        return
    assert page.text.strip()


def _warc(data: bytes) -> None:
    _items(read_warc(_file("input.warc", data), max_bytes=MAX_BYTES))


def _warc_gz(data: bytes) -> None:
    _items(read_warc(_file("input.warc.gz", data), max_bytes=MAX_BYTES))


TARGETS = (_decode, _jsonl, _json, _html, _warc, _warc_gz)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    TARGETS[data[0] % len(TARGETS)](data[1:])


PAGE = (
    b"<html><head><title>Port reopens</title><meta property='article:published_time' "
    b"content='2024-05-02'></head><body><article><h1>Port reopens</h1><p>The port of Gdansk "
    b"reopened on Monday after the storm, the mayor said.</p><p>About 40 ships waited outside "
    b"the harbour, officials told reporters.</p></article></body></html>"
)


def _warc_bytes(gz: bool) -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://fuzz.example/port", "response", payload=io.BytesIO(PAGE), length=len(PAGE),
        http_headers=headers, warc_headers_dict={"WARC-Date": "2024-05-02T10:00:00Z"},
    )  # fmt: skip
    writer.write_record(record)
    return buf.getvalue()


def seeds() -> list[bytes]:
    """Small valid inputs for each parser (first byte: which parser), to start from."""
    text = "The mayor said the port would reopen on Monday.\n"
    row = b'{"text": "The port reopened on Monday, the mayor said.", "title": "Port"}'
    return [
        bytes([0]) + text.encode(),
        bytes([0]) + "caf\u00e9 \u201cquoted\u201d".encode("cp1252"),
        bytes([0]) + b"\xff\xfe" + text.encode("utf-16-le"),
        bytes([1]) + row + b"\n{broken\n" + row.replace(b"Port", b"Harbour") + b"\n",
        bytes([2]) + b"[" + row + b", 3, null]",
        bytes([3]) + PAGE,
        bytes([4]) + _warc_bytes(False),
        bytes([5]) + _warc_bytes(True),
    ]


def main(argv: list[str]) -> None:
    # the library logs every refused page (trafilatura at ERROR): quiet while fuzzing
    import logging

    logging.disable(logging.CRITICAL)
    for arg in argv[1:]:  # an empty corpus folder starts from the seeds
        folder = Path(arg)
        if not arg.startswith("-") and (not folder.exists() or folder.is_dir()):
            folder.mkdir(parents=True, exist_ok=True)
            if not any(folder.iterdir()):
                for i, seed in enumerate(seeds()):
                    (folder / f"seed-{i}").write_bytes(seed)
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)

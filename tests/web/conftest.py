"""A small corpus in a temporary DuckDB for the web tests, and in-process / real-server clients.

The corpus: the seed article and a few example articles read by the real pipeline, plus two
hand-made documents with every layer filled in (so highlights, the map and the network have
something to show whatever stages are switched on), one of them full of HTML/JS payloads.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from newsevents.config import Settings
from newsevents.jsonl import read_jsonl
from newsevents.readers import make_article
from newsevents.records import (
    Attribution,
    Document,
    Entity,
    Event,
    EventDate,
    Location,
    Mention,
    Quantity,
    Quote,
    Span,
    Timex,
)

from ..servers import LiveServer, free_port  # noqa: F401 - fixtures and tests use them

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "wikinews-en.jsonl"
ARTIFACTS = ROOT / "tests" / "artifacts"
# The source of the hand-made articles: filtering on it leaves out what the real pipeline found.
HANDMADE = "handmade.example"

XSS_TITLE = '<script>window.__pwned = "title"</script>Shelling of <b>Kharkiv</b>'
XSS_TEXT = (
    "🙂 Russian troops attacked Kharkiv on Wednesday <img src=x onerror=\"window.__pwned='img'\">"
    " and <script>window.__pwned = 'script'</script> officials in Kyiv condemned the attack."
)
CLEAN_TEXT = (
    "Russian forces shelled Kharkiv on Tuesday, the ministry in Kyiv said. "
    '"We will respond," said Defence Minister Rustem Umerov. '
    "The strikes damaged 40 buildings and caused about $2 million in losses."
)


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def _mention(text: str, part: str, kind: str = "name") -> Mention:
    s = _span(text, part)
    return Mention(s.start, s.end, s.text, kind)


def handmade_docs() -> list[Document]:
    """Two articles reporting one shelling (so the corpus merges them), every layer present."""
    kharkiv = Location("Kharkiv", "UKR", 49.99, 36.23)
    a = make_article(CLEAN_TEXT, title="Kharkiv shelled", published="2024-06-11", source=HANDMADE)
    t = CLEAN_TEXT
    russia = Entity(
        "e1", "Russia", "GPE", (_mention(t, "Russian forces", "nominal"),), "RUS", "MIL"
    )
    ukraine = Entity("e2", "Ukraine", "GPE", (_mention(t, "Kyiv", "name"),), "UKR", "GOV")
    umerov = Entity(
        "e3",
        "Rustem Umerov",
        "PERSON",
        (_mention(t, "Rustem Umerov"),),
        "UKR",
        "GOV",
        role="Defence Minister",
    )
    tuesday = _span(t, "Tuesday")
    doc_a = Document(
        article=a,
        entities=(russia, ukraine, umerov),
        events=(
            Event(
                "v1",
                _span(t, "shelled"),
                0,
                "195",
                "ASSAULT",
                quad_class=4,
                goldstein=-10.0,
                actors=("e1",),
                recipients=("e2",),
                location=kharkiv,
                date=EventDate("Tuesday", "2024-06-11", tuesday.start, tuesday.end),
                attribution=Attribution("e2", "the ministry in Kyiv said"),
                confidence=0.8,
            ),
            Event(
                "v2",
                _span(t, "respond"),
                1,
                "020",
                "REQUEST",
                quad_class=1,
                goldstein=3.0,
                actors=("e2",),
                recipients=("e1",),
                modality="future",
                confidence=0.6,
            ),
        ),
        quotes=(
            Quote(
                "q1",
                "e3",
                "Rustem Umerov",
                _span(t, "said", t.index("respond")),
                _span(t, "We will respond,"),
                "direct",
            ),
        ),
        quantities=(
            Quantity("n1", *_triple(t, "40 buildings"), 40.0, "building", kind="count"),
            Quantity(
                "n2", *_triple(t, "about $2 million"), 2e6, "USD", approximate=True, kind="money"
            ),
        ),
        timexes=(Timex("t1", tuesday.start, tuesday.end, "Tuesday", "DATE", "2024-06-11"),),
        layers=frozenset({"entities", "events", "quotes", "quantities", "timexes"}),
    )
    b = make_article(XSS_TEXT, title=XSS_TITLE, published="2024-06-12", source=HANDMADE)
    t = XSS_TEXT
    wednesday = _span(t, "Wednesday")
    doc_b = Document(
        article=b,
        entities=(
            Entity(
                "e1", "Russia", "GPE", (_mention(t, "Russian troops", "nominal"),), "RUS", "MIL"
            ),
            Entity("e2", "Ukraine", "GPE", (_mention(t, "Kyiv"),), "UKR", "GOV"),
        ),
        events=(
            Event(
                "v1",
                _span(t, "attacked"),
                0,
                "190",
                "ASSAULT",
                quad_class=4,
                goldstein=-10.0,
                actors=("e1",),
                recipients=("e2",),
                location=kharkiv,
                date=EventDate("Wednesday", "2024-06-12", wednesday.start, wednesday.end),
            ),
            Event(
                "v2",
                _span(t, "condemned"),
                0,
                "111",
                "ACCUSE",
                quad_class=3,
                goldstein=-2.0,
                actors=("e2",),
                recipients=("e1",),
            ),
        ),
        quantities=(),
        timexes=(Timex("t1", wednesday.start, wednesday.end, "Wednesday", "DATE", "2024-06-12"),),
        layers=frozenset({"entities", "events", "timexes"}),
    )
    return [doc_a, doc_b]


def _triple(text: str, part: str) -> tuple[int, int, str]:
    s = _span(text, part)
    return s.start, s.end, s.text


@pytest.fixture(scope="session")
def handmade() -> list[Document]:
    return handmade_docs()


@pytest.fixture(scope="session")
def corpus_docs(pipeline, seed_text, handmade) -> list[Document]:
    """The seed article and three Wikinews examples read by the pipeline, and the hand-made two."""
    docs = [
        pipeline.run(
            make_article(
                seed_text,
                title="Biden to sign long-term security agreement with Ukraine at G7 summit",
                published="2024-06-12",
                source="seed.example",
            )
        )
    ]
    for _, rec in islice(read_jsonl(EXAMPLES), 3):
        docs.append(
            pipeline.run(
                make_article(
                    rec["text"],
                    title=rec["title"],
                    published=rec["published"],
                    url=rec["url"],
                    language="en",
                )
            )
        )
    return docs + handmade


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory, corpus_docs) -> str:
    """Path of a DuckDB store holding the test corpus (written once per session)."""
    from newsevents.store import open_store

    path = str(tmp_path_factory.mktemp("web") / "corpus.duckdb")
    store = open_store(path)
    try:
        store.write_batch(corpus_docs)
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def memory_store(corpus_docs):
    """The same corpus in the in-memory store."""
    from newsevents.store.memory import MemoryStore

    store = MemoryStore()
    store.write_batch(corpus_docs)
    return store


@pytest.fixture(scope="session")
def seed_id(seed_text) -> str:
    from newsevents.ids import article_id

    return article_id(seed_text.replace("\r\n", "\n"))


@pytest.fixture(scope="session")
def store(corpus_db):
    from newsevents.store import open_store

    s = open_store(corpus_db, read_only=True)
    yield s
    s.close()


class Client:
    """A synchronous face on httpx's in-process ASGI transport (no server, no sockets)."""

    def __init__(self, app: Any) -> None:
        import httpx

        self.loop = asyncio.new_event_loop()
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")

    def request(self, method: str, url: str, **kw: Any) -> Any:
        return self.loop.run_until_complete(self.http.request(method, url, **kw))

    def get(self, url: str, **kw: Any) -> Any:
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw: Any) -> Any:
        return self.request("POST", url, **kw)

    def close(self) -> None:
        self.loop.run_until_complete(self.http.aclose())
        self.loop.close()


@pytest.fixture(scope="session")
def app(store):
    from newsevents.web import create_app

    return create_app(store, Settings())


@pytest.fixture(scope="session")
def client(app) -> Iterator[Client]:
    c = Client(app)
    yield c
    c.close()


@pytest.fixture(scope="session")
def live_server(app) -> Iterator[LiveServer]:
    with LiveServer(app) as server:
        yield server

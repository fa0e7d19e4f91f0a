"""Hypothesis round trip: any well-formed Document survives the DuckDB store unchanged."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.ids import article_id
from newsevents.records import (
    Article,
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
from newsevents.serialize import to_dict
from newsevents.store.duck import DuckStore

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    min_size=1,
    max_size=300,
).filter(lambda t: t.strip() != "")


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(TEXT)
    n = len(text)

    def span() -> Span:
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        return Span(a, b, text[a:b])

    n_ent = draw(st.integers(0, 4))
    entities = []
    for k in range(n_ent):
        mentions = tuple(
            Mention(s.start, s.end, s.text, draw(st.sampled_from(["name", "pronoun"])))
            for s in (span() for _ in range(draw(st.integers(1, 3))))
        )
        entities.append(
            Entity(
                id=f"e{k + 1}",
                name=draw(st.text(max_size=20)),
                type=draw(st.sampled_from(["PERSON", "ORG", "GPE"])),
                mentions=mentions,
                country=draw(st.sampled_from([None, "USA", "UKR"])),
                sector=draw(st.sampled_from([None, "GOV", "MIL"])),
                role=draw(st.one_of(st.none(), st.text(max_size=15))),
            )
        )
    ids = [e.id for e in entities]
    quantities = [
        Quantity(
            id=f"n{k + 1}",
            start=s.start,
            end=s.end,
            text=s.text,
            value=draw(st.one_of(st.none(), st.floats(-1e12, 1e12))),
            unit=draw(st.sampled_from([None, "USD", "year"])),
            approximate=draw(st.booleans()),
            measures=None,
            kind="count",
        )
        for k, s in enumerate(span() for _ in range(draw(st.integers(0, 2))))
    ]
    events = []
    for k in range(draw(st.integers(0, 3))):
        trig = span()
        events.append(
            Event(
                id=f"v{k + 1}",
                trigger=trig,
                sentence=draw(st.integers(0, 5)),
                cameo=draw(st.sampled_from([None, "042", "0312"])),
                plover=draw(st.sampled_from([None, "CONSULT", "AGREE"])),
                quad_class=draw(st.sampled_from([None, 1, 2])),
                goldstein=draw(st.sampled_from([None, 1.9, -2.0])),
                actors=tuple(draw(st.lists(st.sampled_from(ids), max_size=2))) if ids else (),
                recipients=tuple(draw(st.lists(st.sampled_from(ids), max_size=2))) if ids else (),
                modality=draw(st.sampled_from(["asserted", "future", "hypothetical", "negated"])),
                location=draw(st.sampled_from([None, Location("Italy", "ITA", 42.8, 12.8)])),
                date=draw(st.sampled_from([None, EventDate("last fall", "2023-FA")])),
                attribution=draw(st.sampled_from([None, Attribution(None, "sources")])),
                quantities=tuple(q.id for q in quantities[:1]),
                confidence=draw(st.floats(0, 1)),
            )
        )
    quotes = [
        Quote(
            id=f"q{k + 1}",
            speaker=ids[0] if ids else None,
            speaker_text="x",
            cue=span(),
            content=span(),
            kind=draw(st.sampled_from(["direct", "indirect", "mixed"])),
        )
        for k in range(draw(st.integers(0, 2)))
    ]
    timexes = [
        Timex(
            id=f"t{k + 1}",
            start=s.start,
            end=s.end,
            text=s.text,
            type="DATE",
            value=draw(st.sampled_from([None, "2024", "2024-11", "P10Y"])),
        )
        for k, s in enumerate(span() for _ in range(draw(st.integers(0, 2))))
    ]
    article = Article(
        id=article_id(text),
        text=text,
        url=draw(st.one_of(st.none(), st.just("https://x.org/a"))),
        published=draw(st.sampled_from([None, "2024-06-12", "2019"])),
        language="en",
    )
    return Document(
        article=article,
        entities=tuple(entities),
        events=tuple(events),
        quotes=tuple(quotes),
        quantities=tuple(quantities),
        timexes=tuple(timexes),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(documents(), min_size=1, max_size=3))
def test_documents_round_trip_through_duckdb(docs: list[Document]) -> None:
    store = DuckStore(":memory:")
    try:
        unique = {d.article.id: d for d in docs}
        first = {}
        for d in docs:
            first.setdefault(d.article.id, d)
        added = store.write_batch(docs)
        assert added == len(unique)
        for aid, d in first.items():
            assert store.document(aid) == to_dict(d)
        n_events = store.con.execute("select count(*) from events").fetchone()[0]
        assert n_events == sum(len(d.events) for d in first.values())
        # writing the same batch again adds nothing
        assert store.write_batch(docs) == 0
        assert store.con.execute("select count(*) from events").fetchone()[0] == n_events
    finally:
        store.close()

"""Hand-built documents for store tests (no model needed)."""

from __future__ import annotations

from newsevents.readers import make_article
from newsevents.records import (
    Attribution,
    Document,
    Entity,
    Event,
    EventDate,
    Fatality,
    Location,
    Mention,
    Quantity,
    Quote,
    Sentence,
    Span,
)


def _span(text: str, word: str, start: int = 0) -> Span:
    i = text.index(word, start)
    return Span(i, i + len(word), word)


def make_doc(
    text: str,
    *,
    actor: tuple[str, str | None, str | None] = ("Barack Obama", "USA", "GOV"),
    recipient: tuple[str, str | None, str | None] | None = ("Vladimir Putin", "RUS", "GOV"),
    trigger: str = "met",
    cameo: str = "036",
    plover: str = "CONSULT",
    published: str | None = "2009-07-06",
    source: str | None = "example.com",
    url: str | None = None,
    modality: str = "asserted",
    location: Location | None = None,
    date: str | None = None,
    attribution: str | None = None,
    confidence: float = 0.8,
    fatality: Fatality | None = None,
) -> Document:
    """One article whose first sentence reports one event between two named actors."""
    article = make_article(text, published=published, source=source, url=url, language="en")
    ents = []
    for i, spec in enumerate([actor, recipient], 1):
        if spec is None:
            continue
        name, country, sector = spec
        m = _span(text, name.split()[-1])
        ents.append(
            Entity(f"e{i}", name, "PERSON", (Mention(m.start, m.end, m.text),), country, sector)
        )
    end = text.index(".") + 1 if "." in text else len(text)
    event = Event(
        id="v1",
        trigger=_span(text, trigger),
        sentence=0,
        cameo=cameo,
        plover=plover,
        quad_class=1,
        goldstein=1.0,
        actors=("e1",),
        recipients=("e2",) if recipient else (),
        modality=modality,
        location=location,
        date=EventDate(date, date) if date else None,
        attribution=Attribution("e1", attribution) if attribution else None,
        confidence=confidence,
        fatality=fatality,
    )
    quote = Quote("q1", "e1", actor[0], None, Span(0, end, text[:end]), "indirect")
    qty = []
    if "5" in text:
        i = text.index("5")
        qty.append(Quantity("n1", i, i + 1, "5", 5.0, None))
    return Document(
        article=article,
        sentences=(Sentence(0, end, 0, 0),),
        entities=tuple(ents),
        events=(event,),
        quotes=(quote,),
        quantities=tuple(qty),
        layers=frozenset({"entities", "events", "quotes", "quantities"}),
    )

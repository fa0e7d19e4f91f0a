"""Hypothesis strategies for the records of `newsevents.records`, every offset valid.

`documents()` draws a parse with `make_document` (words, heads inside their sentence, names on
token boundaries), then every layer over its text: entities with mentions, events pointing at
them, quotes, quantities, timexes, a main event, meta, errors and layers. Every field of every
record is drawn, so a field the serializer forgets shows up as a failed round trip.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import strategies as st

from newsevents.parse.handmade import make_document
from newsevents.records import (
    MODALITIES,
    QUOTE_KINDS,
    TIMEX_TYPES,
    Answer,
    Attribution,
    Document,
    Entity,
    Event,
    EventDate,
    Fatality,
    Location,
    MainEvent,
    Mention,
    Quantity,
    Quote,
    Span,
    Timex,
)

WORD = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=8,
)
SHORT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=12,
)
MAYBE = st.none() | SHORT
NUMBER = st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False)
DEPS = ["ROOT", "nsubj", "dobj", "prep", "pobj", "punct", "amod", "compound", ""]
LABELS = ["PERSON", "ORG", "GPE", "NORP", "DATE", "CARDINAL", "MONEY"]


def _cut(words: list[str], sent_starts: list[bool]) -> list[tuple[int, int]]:
    starts = [i for i, s in enumerate(sent_starts) if s]
    return list(zip(starts, [*starts[1:], len(words)], strict=True))


@st.composite
def parsed(draw: st.DrawFn) -> Document:
    """A hand-built parse of 1-25 drawn words."""
    words = draw(st.lists(WORD, min_size=1, max_size=25))
    n = len(words)
    sent_starts = [True, *draw(st.lists(st.booleans(), min_size=n - 1, max_size=n - 1))]
    heads = [draw(st.integers(a, b - 1)) for a, b in _cut(words, sent_starts) for _ in range(a, b)]
    bounds = sorted(draw(st.sets(st.integers(0, n), max_size=6)))
    ents = [
        (a, b, draw(st.sampled_from(LABELS)))
        for a, b in zip(bounds[::2], bounds[1::2], strict=False)
    ]

    def column(values: st.SearchStrategy[str]) -> list[str]:
        return draw(st.lists(values, min_size=n, max_size=n))

    return make_document(
        words,
        heads=heads,
        deps=column(st.sampled_from(DEPS)),
        tags=column(st.sampled_from(["NNP", "VBD", "IN", "."])),
        pos=column(st.sampled_from(["PROPN", "VERB", "ADP", "PUNCT"])),
        lemmas=column(WORD),
        morphs=column(st.sampled_from(["", "Number=Sing", "Tense=Past|VerbForm=Fin"])),
        ents=ents,
        sent_starts=sent_starts,
        spaces=draw(st.lists(st.booleans(), min_size=n, max_size=n)),
        published=draw(st.sampled_from([None, "2024-06-12", "2019"])),
    )


class Spans:
    """Spans drawn over one text."""

    def __init__(self, draw: st.DrawFn, text: str) -> None:
        self.draw, self.text = draw, text

    def span(self) -> Span:
        a = self.draw(st.integers(0, len(self.text)))
        b = self.draw(st.integers(a, len(self.text)))
        return Span(a, b, self.text[a:b])

    def maybe(self) -> Span | None:
        return self.span() if self.draw(st.booleans()) else None

    def where(self) -> tuple[int | None, int | None]:
        s = self.maybe()
        return (s.start, s.end) if s else (None, None)

    def some(self, most: int) -> list[Span]:
        return [self.span() for _ in range(self.draw(st.integers(0, most)))]


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A parse plus every layer, all offsets into its text."""
    doc = draw(parsed())
    on = Spans(draw, doc.article.text)
    entities = _entities(on)
    quantities = _quantities(on)
    events = _events(on, [e.id for e in entities], [q.id for q in quantities], len(doc.sentences))
    return replace(
        doc,
        article=replace(
            doc.article,
            url=draw(st.none() | st.just("https://x.org/a")),
            source=draw(MAYBE),
            title=draw(MAYBE),
            meta=tuple(draw(st.lists(st.tuples(st.sampled_from(["path", "author"]), SHORT)))),
        ),
        entities=entities,
        events=events,
        quotes=_quotes(on, [e.id for e in entities]),
        quantities=quantities,
        timexes=_timexes(on),
        main_event=_main_event(on, [e.id for e in events]),
        errors=tuple(draw(st.lists(SHORT, max_size=2))),
        layers=doc.layers | frozenset(draw(st.sets(st.sampled_from(["entities", "events"])))),
    )


def _entities(on: Spans) -> tuple[Entity, ...]:
    draw = on.draw
    return tuple(
        Entity(
            id=f"e{k + 1}",
            name=draw(SHORT),
            type=draw(st.sampled_from(["PERSON", "ORG", "GPE", "GROUP"])),
            mentions=tuple(
                Mention(s.start, s.end, s.text, draw(st.sampled_from(["name", "pronoun"])))
                for s in [on.span(), *on.some(2)]
            ),
            country=draw(st.sampled_from([None, "USA", "UKR", "IGO"])),
            sector=draw(st.sampled_from([None, "GOV", "MIL"])),
            role=draw(MAYBE),
            wikidata=draw(st.sampled_from([None, "Q6279", "Q212"])),
        )
        for k in range(draw(st.integers(0, 4)))
    )


def _quantities(on: Spans) -> tuple[Quantity, ...]:
    draw = on.draw
    return tuple(
        Quantity(
            id=f"n{k + 1}",
            start=s.start,
            end=s.end,
            text=s.text,
            value=draw(st.none() | NUMBER),
            unit=draw(st.sampled_from([None, "USD", "year"])),
            approximate=draw(st.booleans()),
            measures=draw(MAYBE),
            kind=draw(st.sampled_from(["count", "money", "percent"])),
        )
        for k, s in enumerate(on.some(2))
    )


def _events(
    on: Spans, entity_ids: list[str], quantity_ids: list[str], n_sentences: int
) -> tuple[Event, ...]:
    draw = on.draw
    some_ids = st.lists(st.sampled_from(entity_ids), max_size=2) if entity_ids else st.just([])
    return tuple(
        Event(
            id=f"v{k + 1}",
            trigger=on.span(),
            sentence=draw(st.integers(0, n_sentences - 1)),
            cameo=draw(st.sampled_from([None, "042", "0312"])),
            plover=draw(st.sampled_from([None, "CONSULT", "AGREE"])),
            plover_mode=draw(st.sampled_from([None, "visit"])),
            plover_context=tuple(draw(st.lists(st.sampled_from(["economic", "military"])))),
            quad_class=draw(st.sampled_from([None, 1, 2, 3, 4])),
            goldstein=draw(st.none() | st.floats(-10, 10)),
            actors=tuple(draw(some_ids)),
            recipients=tuple(draw(some_ids)),
            modality=draw(st.sampled_from(MODALITIES)),
            location=draw(st.none() | st.just(Location("Italy", "ITA", 42.8, 12.8, *on.where()))),
            date=draw(
                st.none()
                | st.just(
                    EventDate(
                        draw(MAYBE),
                        draw(MAYBE),
                        *on.where(),
                        draw(st.sampled_from([None, "clause", "above", "narrative", "story"])),
                    )
                )
            ),
            attribution=draw(st.none() | st.just(Attribution(draw(MAYBE), "src", *on.where()))),
            quantities=tuple(quantity_ids[: draw(st.integers(0, 2))]),
            confidence=draw(st.floats(0, 1)),
            fatality=draw(st.none() | st.builds(_fatality, st.booleans(), st.just(on.span()))),
        )
        for k in range(draw(st.integers(0, 3)))
    )


def _fatality(fatal: bool, words: Span) -> Fatality:
    killed, evidence = (2, "verb") if fatal else (0, "means")
    return Fatality(fatal, words.text, words.start, words.end, killed, None, evidence)


def _quotes(on: Spans, entity_ids: list[str]) -> tuple[Quote, ...]:
    draw = on.draw
    out = []
    for k in range(draw(st.integers(0, 2))):
        speaker = on.maybe()
        out.append(
            Quote(
                id=f"q{k + 1}",
                speaker=draw(st.sampled_from(entity_ids)) if entity_ids and speaker else None,
                speaker_text=speaker.text if speaker else None,
                cue=on.maybe(),
                content=on.span(),
                kind=draw(st.sampled_from(QUOTE_KINDS)),
                speaker_span=speaker,
            )
        )
    return tuple(out)


def _timexes(on: Spans) -> tuple[Timex, ...]:
    draw = on.draw
    return tuple(
        Timex(
            id=f"t{k + 1}",
            start=s.start,
            end=s.end,
            text=s.text,
            type=draw(st.sampled_from(TIMEX_TYPES)),
            value=draw(st.sampled_from([None, "2024", "2024-11", "P10Y"])),
            mod=draw(st.sampled_from([None, "APPROX"])),
        )
        for k, s in enumerate(on.some(2))
    )


def _main_event(on: Spans, event_ids: list[str]) -> MainEvent | None:
    if not on.draw(st.booleans()):
        return None

    def answer() -> Answer | None:
        s = on.maybe()
        return Answer(s.text, s.start, s.end) if s else None

    return MainEvent(
        who=answer(),
        what=answer(),
        when=answer(),
        where=answer(),
        why=answer(),
        how=answer(),
        event=on.draw(st.sampled_from(event_ids)) if event_ids else None,
    )

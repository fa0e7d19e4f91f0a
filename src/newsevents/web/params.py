"""The HTTP API's parameters: each with a description and an example for /docs, and the checks
that make a bad value a 422 naming the field (types, ranges, patterns, the codebooks)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Depends, Path, Query
from fastapi.exceptions import RequestValidationError

from ..errors import QueryError
from ..store.reads import ORDERS, EventQuery, cameo_prefixes, country_codes, plover_types

# Free text from a user: no control characters, bounded length. (The pattern stays out of the
# descriptions: /docs shows each parameter's words and example, not the regular expression.)
_TEXT = r"^[^\x00-\x1f\x7f]*$"
_ID = r"^[A-Za-z0-9_.:-]+$"  # an article or corpus event id
_EXAMPLE_ID = "3f1c2a9b8d7e6f50"


def _words(description: str, example: str, *, max_length: int = 200) -> Any:
    """A free-text query parameter: its description and example, and the text checks."""
    return Query(max_length=max_length, pattern=_TEXT, description=description, examples=[example])


Limit = Annotated[
    int, Query(ge=1, le=500, description="How many items to return (1 to 500).", examples=[25])
]
Offset = Annotated[
    int,
    Query(ge=0, le=10_000_000, description="How many items to skip, to page on.", examples=[50]),
]
ArticleId = Annotated[
    str,
    Path(
        max_length=128,
        pattern=_ID,
        description="An article's id (or a merged event's id): letters, digits, '.', '_', ':', "
        "'-', as the API returns it.",
        examples=[_EXAMPLE_ID],
    ),
]
ArticleFilter = Annotated[
    str | None,
    Query(
        max_length=128,
        pattern=_ID,
        description="Only what belongs to this article (its id, as /api/articles lists it).",
        examples=[_EXAMPLE_ID],
    ),
]
# plover, cameo and country are checked against the codebooks by `EventQuery.checked()`, which
# names the values they take and takes them in any case; the schema lists them.
Country = Annotated[
    str | None,
    Query(
        max_length=30,
        description="A country, as its three-letter ISO code: events where an actor or a "
        "recipient belongs to it.",
        examples=["UKR"],
        json_schema_extra={"enum": list(country_codes())},
    ),
]
LocalId = Annotated[
    str,
    Path(
        max_length=32,
        pattern=r"^[A-Za-z0-9_-]+$",
        description="The event's id within its article, as the article's events list it.",
        examples=["v1"],
    ),
]
Actor = Annotated[
    str | None,
    _words("Part of an actor's name, or an actor code or code prefix (USA, USAGOV): events "
           "where it acts or is acted on.", "Biden"),
]  # fmt: skip
Plover = Annotated[
    str | None,
    Query(
        max_length=30,
        description="A PLOVER event type, in any case.",
        examples=["CONSULT"],
        json_schema_extra={"enum": list(plover_types())},
    ),
]
Cameo = Annotated[
    str | None,
    Query(
        max_length=30,
        description="A CAMEO event code or the start of one: 04 is every consultation.",
        examples=["04"],
        json_schema_extra={"enum": list(cameo_prefixes())},
    ),
]
DateFrom = Annotated[
    dt.date | None,
    Query(description="The first event date to include (YYYY-MM-DD).", examples=["2024-06-01"]),
]
DateTo = Annotated[
    dt.date | None,
    Query(description="The last event date to include (YYYY-MM-DD).", examples=["2024-06-30"]),
]
Modality = Annotated[
    Literal["asserted", "future", "hypothetical", "negated"] | None,
    Query(
        description="How the article puts the event: as a fact (asserted), planned (future), "
        "possible (hypothetical) or denied (negated).",
        examples=["future"],
    ),
]
EventText = Annotated[
    str | None, _words("Whole words in the event's sentence (any case).", "security agreement")
]
Source = Annotated[
    str | None,
    _words("The site an article comes from, or a site it is part of (bbc.co.uk).", "bbc.co.uk"),
]
Order = Annotated[
    str,
    Query(
        max_length=10,
        description="What to sort the events by: date, actor, plover (the type) or title (the "
        "article's); a leading '-' sorts from the end, newest or Z first.",
        examples=["-date"],
        json_schema_extra={"enum": [p + o for o in ORDERS for p in ("", "-")]},
    ),
]
StoryWords = Annotated[str | None, _words("Words in the story's title (any case).", "Kharkiv")]
StoryActor = Annotated[
    str | None, _words("An actor of the story's events: name part or code.", "Russia")
]
StoryPlace = Annotated[str | None, _words("A place the story's events happen in.", "Kharkiv")]
SeenFrom = Annotated[
    dt.date | None,
    Query(description="Stories last reported on or after this day (YYYY-MM-DD).",
          examples=["2024-06-01"]),
]  # fmt: skip
SeenTo = Annotated[
    dt.date | None,
    Query(description="Stories first reported on or before this day (YYYY-MM-DD).",
          examples=["2024-06-30"]),
]  # fmt: skip
MinArticles = Annotated[
    int,
    Query(ge=1, le=1_000_000, description="Only stories told by at least this many articles.",
          examples=[2]),
]  # fmt: skip
MinConfidence = Annotated[
    float | None,
    Query(
        ge=0.0,
        le=1.0,
        description="Only events whose confidence (the calibrated chance that the event is "
        "right, 0 to 1) is at least this; none keeps every event.",
        examples=[0.7],
    ),
]
Checked = TypeVar("Checked")


def event_query(
    actor: Actor = None,
    country: Country = None,
    plover: Plover = None,
    cameo: Cameo = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    modality: Modality = None,
    text: EventText = None,
    source: Source = None,
    article_id: ArticleFilter = None,
    min_confidence: MinConfidence = None,
    order: Order = "date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> EventQuery:
    """The event filters shared by the list, the charts and the corpus events; a value no event
    can have (`plover=FOO`, `country=XXX`, `cameo=99`) is a 422 naming the field, as the CLI's
    `query` refuses it."""
    return _checked(lambda: EventQuery(
        actor=actor, country=country, plover=plover, cameo=cameo, modality=modality, text=text,
        source=source, article_id=article_id, order=order, limit=limit, offset=offset,
        min_confidence=min_confidence,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
    ).checked())  # fmt: skip


def article_events(
    actor: Actor = None,
    country: Country = None,
    plover: Plover = None,
    cameo: Cameo = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    modality: Modality = None,
    text: EventText = None,
    min_confidence: MinConfidence = None,
) -> EventQuery | None:
    """The event filters of an article list: articles with an event that matches them (None
    when none is set)."""
    if not any((actor, country, plover, cameo, date_from, date_to, modality, text)) and (
        min_confidence is None
    ):
        return None
    return event_query(
        actor=actor, country=country, plover=plover, cameo=cameo, date_from=date_from,
        date_to=date_to, modality=modality, text=text, min_confidence=min_confidence,
    )  # fmt: skip


def _checked(check: Callable[[], Checked]) -> Checked:
    """The result of a library check, with its QueryError turned into the 422 of a bad
    query parameter (the same answer as a value FastAPI refuses)."""
    try:
        return check()
    except QueryError as exc:
        raise RequestValidationError(
            [{"loc": ("query", exc.field), "msg": str(exc), "type": "value_error"}]
        ) from None


Filters = Annotated[EventQuery, Depends(event_query)]
ArticleEvents = Annotated[EventQuery | None, Depends(article_events)]

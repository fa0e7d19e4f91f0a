"""The JSON API: each route checks its parameters, makes one store or aggregate call, returns it.

Parameters are declared and validated in `params.py` (types, ranges, patterns, the codebooks), so
that a bad value is a 422 naming the field and the store below only sees well-formed input.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from ..errors import InputError
from ..ontology.reading import default_min_confidence
from ..readers import make_article
from ..store import Store
from ..store.reads import Bucket, NetworkKind, SeriesBy, check_country
from . import data
from .params import (
    ArticleEvents,
    ArticleFilter,
    ArticleId,
    Country,
    Filters,
    Limit,
    LocalId,
    MinArticles,
    Offset,
    SeenFrom,
    SeenTo,
    Source,
    StoryActor,
    StoryPlace,
    StoryWords,
    _checked,
    _words,
)

if TYPE_CHECKING:
    from ..api import Batch

log = logging.getLogger(__name__)


class ErrorBody(BaseModel):
    error: str = Field(description="what went wrong, in words")


class FieldError(BaseModel):
    field: str = Field(description="the parameter or body field, e.g. `limit`, `text`")
    in_: str | None = Field(alias="in", description="query, path, body or header")
    message: str


class InvalidBody(BaseModel):
    error: str = Field(description="names every bad field: `invalid parameter: limit`")
    detail: list[FieldError] = Field(default_factory=list)


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such article or event"},
    422: {"model": InvalidBody, "description": "A parameter is invalid (the field is named)"},
}


class NewArticle(BaseModel):
    """One article to read and store."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article's plain text")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    published: dt.date | None = Field(default=None, description="publication date")
    source: str | None = Field(default=None, max_length=200)


class Ingested(BaseModel):
    id: str
    added: bool = Field(description="false when the same text was already stored")
    events: int = Field(description="events read (0 for a near-duplicate copy)")
    entities: int
    duplicate_of: str | None = Field(
        default=None,
        description="the stored article this one is a near-duplicate copy of: it is linked to "
        "it, not read again (its events are the other article's)",
    )


class Json(JSONResponse):
    """The store's rows are JSON-ready already: dump them as they are (FastAPI's generic encoder
    costs more than the query for a page of 50 events)."""

    def render(self, content: Any) -> bytes:
        return json.dumps(
            content, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=str
        ).encode("utf-8")


def _page(items: list[dict[str, Any]], limit: int, offset: int, **extra: Any) -> Json:
    return Json({"items": items, "limit": limit, "offset": offset, **extra})


def _check_token(request: Request, authorization: str | None) -> None:
    token = request.app.state.settings.api_token
    if not token:
        raise HTTPException(403, "this server is read-only (no API token is configured)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "a valid token is needed", headers={"WWW-Authenticate": "Bearer"})


def _ingested(article_id: str, batch: Batch, store: Store) -> Ingested:
    """The answer to a POST from what its ingest batch did (`api.Batch`)."""
    for failure in batch.failures:
        if failure.stage == "admit":  # refused before reading: language, no text
            raise HTTPException(422, f"article not accepted: {failure.reason.split(': ', 1)[-1]}")
        # A stage that cannot read this text: the client learns which; the store and the log
        # keep the reason.
        log.error("POST /api/articles: article %s: %s", article_id, failure.reason)
        raise HTTPException(422, f"article not read: stage {failure.stage} failed")
    added = batch.added > 0
    if batch.copies:
        canonical = batch.copies[0].canonical_id
        return Ingested(id=article_id, added=added, events=0, entities=0, duplicate_of=canonical)
    if batch.docs:
        events, entities = len(batch.docs[0].events), len(batch.docs[0].entities)
    else:  # stored before: answer from the stored record
        stored = store.document(article_id) or {}
        events, entities = len(stored.get("events", ())), len(stored.get("entities", ()))
    return Ingested(id=article_id, added=added, events=events, entities=entities)


def make_router() -> APIRouter:
    api = APIRouter(responses=ERRORS)

    def access(request: Request) -> Any:
        return request.app.state.access()

    @api.get("/stats", tags=["corpus"], summary="What the store holds")
    def stats(request: Request) -> Json:
        with access(request) as store:
            # the page's confidence control starts at the threshold the CLI defaults to
            return Json({**store.summary(), "default_min_confidence": default_min_confidence()})

    @api.get(
        "/articles",
        tags=["articles"],
        summary="Articles, newest first: search them, or keep those with events that match",
    )
    def articles(
        request: Request,
        events: ArticleEvents,
        q: Annotated[
            str | None, _words("Whole words in the article's title or text (any case).", "G7")
        ] = None,
        source: Source = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Json:
        with access(request) as store:
            rows = store.articles(
                text=q, source=source, events=events, limit=limit + 1, offset=offset
            )
        return _page(rows[:limit], limit, offset, has_more=len(rows) > limit)

    @api.get("/articles/{article_id}", tags=["articles"], summary="One article with all layers")
    def article(request: Request, article_id: ArticleId) -> Json:
        with access(request) as store:
            doc = store.document(article_id)
            if doc is None:
                raise HTTPException(404, f"no article {article_id}")
            doc["event_links"] = data.event_links(store, article_id)
            doc["headlines"] = data.headlines(store, article_id)
        return Json(doc)

    @api.post(
        "/articles",
        tags=["articles"],
        summary="Read one article and store it (needs the API token)",
        status_code=201,
        responses={
            401: {"model": ErrorBody, "description": "The token is missing or wrong"},
            403: {"model": ErrorBody, "description": "The server is read-only (no token set)"},
            413: {"model": ErrorBody, "description": "The body is over the size limit"},
        },
    )
    async def ingest(
        request: Request,
        article: NewArticle,
        authorization: Annotated[
            str | None,
            Header(
                description="The API token as a bearer token (the server's NEWSEVENTS_API_TOKEN).",
                examples=["Bearer change-me"],
            ),
        ] = None,
    ) -> Ingested:
        _check_token(request, authorization)
        return await run_in_threadpool(_ingest, request, article)

    def _ingest(request: Request, new: NewArticle) -> Ingested:
        from ..api import ingest_items

        try:
            article = make_article(
                new.text, title=new.title, url=new.url, source=new.source,
                published=new.published.isoformat() if new.published else None,
            )  # fmt: skip
        except InputError as exc:
            raise HTTPException(422, f"article not accepted: {exc}") from exc
        state = request.app.state
        batches: list[Batch] = []
        # One POST at a time (they share the near-duplicate index), the store locked only for
        # each of its calls, so that reads go on while the article is parsed.
        with state.ingesting:
            ingest_items([article], state.access.calls(), settings=state.settings,
                         on_batch=batches.append)  # fmt: skip
            with access(request) as store:
                state.counts.clear()
                return _ingested(article.id, batches[0], store)

    @api.get(
        "/events",
        tags=["events"],
        summary="Events matching the filters, oldest first (or in `order`), each with a headline",
    )
    def events(request: Request, query: Filters) -> Json:
        with access(request) as store:
            items, total = request.app.state.counts.page(store, query)
        return _page(data.with_headlines(items), query.limit, query.offset, total=total)

    @api.get(
        "/events/{article_id}/{event_id}",
        tags=["events"],
        summary="One event, and every article that reports the same real-world event",
    )
    def event(request: Request, article_id: ArticleId, event_id: LocalId) -> Json:
        with access(request) as store:
            row = data.article_event(store, article_id, event_id)
            if row is None:
                raise HTTPException(404, f"no event {event_id} in article {article_id}")
            corpus_id = row.get("corpus_event_id")
            merged = store.corpus_event(corpus_id) if corpus_id else None
            reports = store.corpus_event_mentions(corpus_id) if corpus_id else []
            if not reports:  # not merged: the event's own article is its one report
                reports = [data.own_report(store, row)]
        return Json(
            {
                "event": data.with_headlines([row])[0],
                "corpus_event": merged,
                "reports": reports,
                "reported_by": data.reported_by(merged, reports),
            }
        )

    @api.get("/corpus-events", tags=["events"], summary="Merged events, most reported first")
    def corpus_events(request: Request, query: Filters) -> Json:
        with access(request) as store:
            items = store.corpus_events(query)
        return _page(items, query.limit, query.offset)

    @api.get(
        "/corpus-events/{corpus_event_id}",
        tags=["events"],
        summary="A merged event with every article that reports it",
    )
    def corpus_event(request: Request, corpus_event_id: ArticleId) -> Json:
        with access(request) as store:
            merged = store.corpus_event(corpus_event_id)
            if merged is None:
                raise HTTPException(404, f"no corpus event {corpus_event_id}")
            reports = store.corpus_event_mentions(corpus_event_id)
        return Json({"corpus_event": merged, "reports": reports})

    @api.get("/stories", tags=["stories"], summary="Stories, most reported first")
    def stories(
        request: Request,
        q: StoryWords = None,
        actor: StoryActor = None,
        place: StoryPlace = None,
        source: Source = None,
        date_from: SeenFrom = None,
        date_to: SeenTo = None,
        min_articles: MinArticles = 1,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Json:
        with access(request) as store:
            rows = store.stories(
                text=q, actor=actor, place=place, source=source,
                date_from=date_from.isoformat() if date_from else None,
                date_to=date_to.isoformat() if date_to else None,
                min_articles=min_articles, limit=limit + 1, offset=offset,
            )  # fmt: skip
        return _page(rows[:limit], limit, offset, has_more=len(rows) > limit)

    @api.get(
        "/stories/{story_id}",
        tags=["stories"],
        summary="A story: its articles (first report first) and its events",
    )
    def story(request: Request, story_id: ArticleId) -> Json:
        with access(request) as store:
            found = store.story(story_id)
        if found is None:
            raise HTTPException(404, f"no story {story_id}")
        return Json(found)

    @api.get(
        "/timeline",
        tags=["charts"],
        summary="Event counts over time, over the dates where the events are (outliers apart)",
    )
    def timeline(
        request: Request,
        query: Filters,
        by: Annotated[
            SeriesBy,
            Query(
                description="One series per PLOVER type, or per quad class.",
                examples=["quad_class"],
            ),
        ] = "plover",
        bucket: Annotated[
            Bucket,
            Query(
                description="The size of a bar: a day, week, month or year, or auto (picked "
                "from the span of dates).",
                examples=["month"],
            ),
        ] = "auto",
        clip: Annotated[
            bool,
            Query(
                description="Leave out the few events dated far from the rest (listed under "
                "`outliers`), so that one stray date does not stretch the axis.",
                examples=[False],
            ),
        ] = True,
    ) -> Json:
        with access(request) as store:
            return Json(data.timeline(store, query, by=by, bucket=bucket, clip=clip))

    @api.get("/actors", tags=["actors"], summary="Actors across the corpus, most reported first")
    def actors(
        request: Request,
        country: Country = None,
        limit: Limit = 100,
    ) -> Json:
        if country is not None:
            _checked(lambda: check_country(country))
        with access(request) as store:
            return Json({"items": store.actors(limit=limit, country=country)})

    @api.get(
        "/actors/network",
        tags=["actors"],
        summary="Who acts on whom (events) or who appears with whom (co-occurrence)",
    )
    def network(
        request: Request,
        query: Filters,
        kind: Annotated[
            NetworkKind,
            Query(
                description="events: who acts on whom, edges weighted by events; "
                "cooccurrence: who is named in the same article, weighted by articles.",
                examples=["cooccurrence"],
            ),
        ] = "events",
        edges: Annotated[
            int,
            Query(
                ge=1, le=300, description="The most edges returned, heaviest first.", examples=[60]
            ),
        ] = 60,
        actors: Annotated[
            int | None,
            Query(
                ge=2,
                le=100,
                description="Keep only the actors in the most events (the "
                "edges among them); all actors of the heaviest edges when absent.",
                examples=[20],
            ),
        ] = None,
    ) -> Json:
        with access(request) as store:
            return Json(data.network(store, query, kind=kind, edges=edges, actors=actors))

    @api.get("/map", tags=["charts"], summary="Event locations and counts per country")
    def map_layer(request: Request, query: Filters) -> Json:
        with access(request) as store:
            return Json(store.map_layer(query))

    @api.get("/quotes", tags=["quotes"], summary="Quotes, with their speakers")
    def quotes(
        request: Request,
        article_id: ArticleFilter = None,
        speaker: Annotated[
            str | None, _words("Part of the speaker's name (any case).", "Zelenskyy")
        ] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Json:
        with access(request) as store:
            items = store.quotes(article_id=article_id, speaker=speaker, limit=limit, offset=offset)
        return _page(items, limit, offset)

    @api.get("/quantities", tags=["quantities"], summary="Amounts, counts and percentages")
    def quantities(
        request: Request,
        article_id: ArticleFilter = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Json:
        with access(request) as store:
            items = store.quantities(article_id=article_id, limit=limit, offset=offset)
        return _page(items, limit, offset)

    return api

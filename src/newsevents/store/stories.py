"""Stories in the store: filing articles into the story index, and the rows of the `stories`
table, shared by the DuckDB and the in-memory store.

Each stored article's feature bag is kept (`story_terms`), so that the index is rebuilt on open
without reading the articles again, and new articles join the stories already there
(`stories.index.StoryIndex`). A near-duplicate copy belongs to its canonical article's story.
A story's row is recomputed from its articles and events whenever a batch touches it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from ..records import Document
from ..stories.features import document_features, headline
from ..stories.index import StoryIndex
from .rows import parse_date

Row = dict[str, Any]
TOP = 10  # actors, places and event types listed on a story
# What `Store.story` lists of a story's articles and corpus events.
ARTICLE_FIELDS = ("id", "url", "title", "source", "published", "language", "duplicate_of")
EVENT_FIELDS = (
    "id", "plover", "cameo", "quad_class", "modality", "actor_names", "recipient_names",
    "location_name", "location_country", "date_start", "date_end", "first_seen", "first_article_id",
    "first_published", "num_articles", "num_sources", "num_mentions", "confidence",
)  # fmt: skip
STORY_ARTICLE_COLUMNS = ", ".join(ARTICLE_FIELDS)
STORY_EVENT_COLUMNS = ", ".join(EVENT_FIELDS)


def file_documents(index: StoryIndex, docs: Iterable[Document]) -> tuple[dict[str, str], list[Row]]:
    """File each document in the index (in publication order, so that a story's first article
    is its first report): article id -> story id, and the `story_terms` rows to store."""
    dated = sorted(
        docs, key=lambda d: (parse_date(d.article.published) or dt.date.max, d.article.id)
    )
    assigned: dict[str, str] = {}
    rows: list[Row] = []
    for d in dated:
        bag = document_features(d)
        date = parse_date(d.article.published)
        sid = index.add(d.article.id, bag, date)
        assigned[d.article.id] = sid
        rows.append(
            {
                "article_id": d.article.id,
                "story_id": sid,
                "published_date": date,
                "headline": headline(d)[:300],
                "features": list(bag),
                "weights": list(bag.values()),
            }
        )
    return assigned, rows


def restore(index: StoryIndex, rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Refill an index from stored `story_terms` rows; article id -> headline."""
    headlines: dict[str, str] = {}

    def items() -> Iterator[tuple[str, dict[str, float], dt.date | None, str]]:
        for r in rows:
            headlines[r["article_id"]] = r["headline"]
            bag = dict(zip(r["features"] or (), r["weights"] or (), strict=True))
            yield r["article_id"], bag, r["published_date"], r["story_id"]

    index.restore_many(items())
    return headlines


def _top(values: Iterable[str | None]) -> list[str]:
    counts = Counter(v for v in values if v)
    return [v for v, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]]


def story_row(
    sid: str,
    articles: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]],
    *,
    title: str | None,
    title_article_id: str | None,
) -> Row:
    """The `stories` row of one story from its articles (near-duplicate copies included) and the
    events of its canonical articles."""
    published = sorted(
        (a["published_date"], a["id"]) for a in articles if a.get("published_date") is not None
    )
    first = published[0] if published else None
    dates = [e["event_date"] for e in events if e.get("event_date") is not None]
    sources = sorted({a["source"] for a in articles if a.get("source")})
    return {
        "id": sid,
        "title": title,
        "title_article_id": title_article_id,
        "first_article_id": first[1] if first else min((a["id"] for a in articles), default=None),
        "first_seen": first[0] if first else None,
        "last_seen": published[-1][0] if published else None,
        "date_start": min(dates, default=None),
        "date_end": max(dates, default=None),
        "num_articles": len(articles),
        "num_sources": len(sources),
        "num_events": len(events),
        "num_corpus_events": len({e["corpus_event_id"] for e in events} - {None}),
        "actors": _top(
            n for e in events for n in (*(e["actor_names"] or ()), *(e["recipient_names"] or ()))
        ),
        "places": _top(e.get("location_name") for e in events),
        "plovers": _top(e.get("plover") for e in events),
        "sources": sources,
    }


def story_rows(
    index: StoryIndex,
    headlines: Mapping[str, str],
    story_ids: Iterable[str],
    articles: Iterable[Mapping[str, Any]],
    events: Iterable[Mapping[str, Any]],
) -> list[Row]:
    """The rows of these stories, from their articles' and events' rows."""
    wanted = set(story_ids)
    arts: dict[str, list[Mapping[str, Any]]] = {s: [] for s in wanted}
    story_of: dict[str, str] = {}
    for a in articles:
        if a.get("story_id") in wanted:
            arts[a["story_id"]].append(a)
            story_of[a["id"]] = a["story_id"]
    evs: dict[str, list[Mapping[str, Any]]] = {s: [] for s in wanted}
    for e in events:
        sid = story_of.get(e["article_id"])
        if sid is not None:
            evs[sid].append(e)
    out = []
    for sid in sorted(wanted):
        if not arts[sid]:
            continue
        central = index.central(sid) if sid in index.stories else None
        title = headlines.get(central or "")
        out.append(story_row(sid, arts[sid], evs[sid], title=title, title_article_id=central))
    return out


# -- the DuckDB side ---------------------------------------------------------------------------

_ARTICLE_COLUMNS = ("id", "title", "source", "published_date", "story_id")
_EVENT_COLUMNS = (
    "article_id", "plover", "event_date", "location_name", "actor_names", "recipient_names",
    "corpus_event_id",
)  # fmt: skip


def load_index(con: Any) -> tuple[StoryIndex, dict[str, str]]:
    """The story index of a DuckDB store, and the headlines of its articles."""
    index = StoryIndex()
    cur = con.execute(
        "SELECT article_id, story_id, published_date, headline, features, weights "
        "FROM story_terms ORDER BY published_date NULLS LAST, article_id"
    )
    cols = [d[0] for d in cur.description]
    headlines = restore(index, (dict(zip(cols, r, strict=True)) for r in cur.fetchall()))
    return index, headlines


def refresh_stories(
    con: Any, index: StoryIndex, headlines: Mapping[str, str], story_ids: Iterable[str] | None
) -> int:
    """Recompute the `stories` rows of these stories (all, for None) inside the transaction."""
    from .sql import insert_rows

    if story_ids is None:
        con.execute("DELETE FROM stories")
        cond, params = "a.story_id IS NOT NULL", []
        wanted: Iterable[str] = index.stories
    else:
        wanted = sorted(set(story_ids))
        if not wanted:
            return 0
        con.execute("DELETE FROM stories WHERE id IN (SELECT unnest(?))", [wanted])
        cond, params = "a.story_id IN (SELECT unnest(?))", [wanted]
    arts = con.execute(
        f"SELECT {', '.join('a.' + c for c in _ARTICLE_COLUMNS)} FROM articles a WHERE {cond}",
        params,
    ).fetchall()
    evs = con.execute(
        f"SELECT {', '.join('e.' + c for c in _EVENT_COLUMNS)} FROM events e "
        f"JOIN articles a ON a.id = e.article_id WHERE {cond}",
        params,
    ).fetchall()
    rows = story_rows(
        index,
        headlines,
        wanted,
        (dict(zip(_ARTICLE_COLUMNS, r, strict=True)) for r in arts),
        (dict(zip(_EVENT_COLUMNS, r, strict=True)) for r in evs),
    )
    insert_rows(con, "stories", rows)
    return len(rows)

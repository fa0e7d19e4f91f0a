"""Reading a DuckDB corpus back: events, articles, actors, quotes, quantities, corpus events.

`EventQuery` (store/reads.py) holds the filters; `QueryMixin` (mixed into `DuckStore`) turns
them into parameterised SQL (user input never becomes SQL text) and returns plain dicts
(JSON-ready: dates as ISO strings) or an Arrow table. Filters combine with AND.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from .reads import (
    CODE,
    EVENT_FIELDS,
    EventQuery,
    Filter,
    order_key,
    page,
    query_date,
    word_pattern,
)
from .rows import SEP
from .sql import dicts
from .stories import STORY_ARTICLE_COLUMNS, STORY_EVENT_COLUMNS

_EVENT_COLUMNS = ", ".join(f"{table}.{col}" for table, col in EVENT_FIELDS)


def _text_condition(e: str) -> str:
    """Whole words in the event's sentence, or in its article's text when the sentence was not
    stored (parameters: `_text_params`). Each side first runs the pattern without word edges
    (RE2 finds a plain run of words several times faster), then the whole-word test on what
    passed. The article side filters on both tables, so it runs after the join and only on
    events without a sentence: nothing to read when every event has one."""
    article_text = "coalesce(ev.sentence_text, art.text)"
    return (
        f"((regexp_matches({e}.sentence_text, ?) AND regexp_matches({e}.sentence_text, ?))"
        f" OR {e}.rowid IN (SELECT ev.rowid FROM events ev JOIN articles art"
        " ON art.id = ev.article_id WHERE ev.sentence_text IS NULL"
        f" AND regexp_matches({article_text}, ?) AND regexp_matches({article_text}, ?)))"
    )


def _text_params(text: str) -> list[str]:
    loose, whole = word_pattern(text, whole=False), word_pattern(text)
    return [loose, whole, loose, whole]


def event_where(q: EventQuery, *, alias: str = "e") -> tuple[str, list[Any]]:
    """SQL condition and parameters for an EventQuery over `events {alias}` joined to `a`."""
    e = alias
    conds: list[str] = []
    params: list[Any] = []
    if q.actor and q.actor.strip():
        # actor_text / actor_code_text: names (lower case) and codes of both sides, each
        # preceded by \x1f, so a code prefix is "\x1fUSA" (see store.rows)
        actor = q.actor.strip()
        if CODE.fullmatch(actor):  # could be a code (USA, USAGOV) as well as a name
            conds.append(f"(contains({e}.actor_text, ?) OR contains({e}.actor_code_text, ?))")
            params += [actor.lower(), SEP + actor.upper()]
        else:
            conds.append(f"contains({e}.actor_text, ?)")
            params.append(actor.lower())
    if q.country:
        # two tests, not one on the concatenated lists (which builds a list per row: 8x slower)
        conds.append(
            f"(list_contains({e}.actor_countries, upper(?))"
            f" OR list_contains({e}.recipient_countries, upper(?)))"
        )
        params += [q.country.strip()] * 2
    if q.plover:
        conds.append(f"upper({e}.plover) = upper(?)")
        params.append(q.plover.strip())
    if q.cameo:
        conds.append(f"starts_with({e}.cameo, ?)")
        params.append(q.cameo.strip())
    if q.date_from:
        conds.append(f"{e}.event_date >= ?")
        params.append(query_date(q.date_from, "date_from"))
    if q.date_to:
        conds.append(f"{e}.event_date <= ?")
        params.append(query_date(q.date_to, "date_to"))
    if q.modality:
        conds.append(f"{e}.modality = lower(?)")
        params.append(q.modality.strip())
    if q.text and q.text.strip():
        conds.append(_text_condition(e))
        params += _text_params(q.text)
    if q.source:
        conds.append("(lower(a.source) = lower(?) OR ends_with(lower(a.source), '.' || lower(?)))")
        params += [q.source.strip(), q.source.strip()]
    if q.article_id:
        conds.append(f"{e}.article_id = ?")
        params.append(q.article_id)
    if q.min_confidence is not None:
        conds.append(f"{e}.confidence >= ?")
        params.append(float(q.min_confidence))
    return (" AND ".join(conds) or "TRUE"), params


# The sort expression of each `EventQuery.order` field (store.memory_reads sorts alike).
_ORDER_BY = {
    "date": "e.event_date",
    "actor": "nullif(lower(array_to_string(e.actor_names, ', ')), '')",
    "plover": "e.plover",
    "title": "lower(a.title)",
}
_TIES = "e.event_date NULLS LAST, e.article_id, e.sentence, e.id"


def event_order(q: EventQuery) -> str:
    """The ORDER BY of an event list: the query's order, then the default order for ties."""
    field, descending = order_key(q.order)
    if field == "date" and not descending:
        return _TIES
    return f"{_ORDER_BY[field]} {'DESC' if descending else 'ASC'} NULLS LAST, {_TIES}"


def _article_join(where: str, order: str = "") -> str:
    """The join to articles, only when a condition or the order reads them."""
    return "JOIN articles a ON a.id = e.article_id " if "a." in f"{where} {order}" else ""


class QueryMixin:
    """The read API of a DuckDB-backed store (needs `self.con`)."""

    con: Any

    def _dicts(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        return dicts(self.con, sql, params)

    # -- events ----------------------------------------------------------------------------

    def _events_sql(self, q: EventQuery, *, total: bool = False) -> tuple[str, list[Any]]:
        # Two phases: find and page the matching rows reading only the filter columns, then
        # fetch every column of that page by rowid. One pass reads every column of every row
        # (three times slower over a million events). With `total`, the first phase also
        # counts every match (a window over the rows it filters anyway), as a last column.
        where, params = event_where(q)
        order = event_order(q)
        count = ", count(*) OVER () AS total" if total else ""
        sql = (
            f"WITH hits AS (SELECT e.rowid AS rid{count} FROM events e "
            f"{_article_join(where, order)}"
            f"WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?) "
            f"SELECT {_EVENT_COLUMNS}, e.corpus_event_id"
            f"{', (SELECT max(total) FROM hits) AS total' if total else ''} FROM events e "
            "JOIN articles a ON a.id = e.article_id "
            f"WHERE e.rowid IN (SELECT rid FROM hits) ORDER BY {order}"
        )
        return sql, params + page(q.limit, q.offset)

    def events(self, query: EventQuery | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Stored events matching the filters, oldest first, with actor names and codes, the
        trigger, the sentence and the article's title, url and source."""
        return self._dicts(*self._events_sql(EventQuery.of(query, **filters)))

    def events_page(
        self, query: EventQuery | None = None, **filters: Any
    ) -> tuple[list[dict[str, Any]], int]:
        """`events` and `count_events` together: the page and how many match in all, the
        filters run once (a text filter over 100k events: about half the time of the two)."""
        q = EventQuery.of(query, **filters)
        rows = self._dicts(*self._events_sql(q, total=True))
        if not rows:  # nothing matched, or an empty page (past the last match, or limit 0)
            return rows, (self.count_events(q) if q.offset or not q.limit else 0)
        total = int(rows[0]["total"])
        for row in rows:
            del row["total"]
        return rows, total

    def events_table(self, query: EventQuery | None = None, **filters: Any) -> pa.Table:
        """The same rows as `events` as an Arrow table (`.to_pandas()` for a DataFrame)."""
        sql, params = self._events_sql(EventQuery.of(query, **filters))
        return self.con.sql(sql, params=params).to_arrow_table()

    def count_events(self, query: EventQuery | None = None, **filters: Any) -> int:
        """How many events match (ignoring limit and offset)."""
        where, params = event_where(EventQuery.of(query, **filters))
        rows = self.con.execute(
            f"SELECT count(*) FROM events e {_article_join(where)}WHERE {where}", params
        ).fetchall()
        return int(rows[0][0])

    # -- articles, actors, quotes, quantities ------------------------------------------------

    def articles(
        self,
        *,
        text: Filter = None,
        source: Filter = None,
        events: EventQuery | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Articles (newest first) with counts of their events and near-duplicate copies;
        with `events`, only the articles with an event matching those filters."""
        conds: list[str] = []
        params: list[Any] = []
        if events is not None:
            # the condition's `a.` (the source filter) is the outer article: the event's own
            where, event_params = event_where(events)
            conds.append(f"EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND {where})")
            params += event_params
        if text and text.strip():
            conds.append("(regexp_matches(a.text, ?) OR regexp_matches(coalesce(a.title, ''), ?))")
            params += [word_pattern(text)] * 2
        if source:
            conds.append(
                "(lower(a.source) = lower(?) OR ends_with(lower(a.source), '.' || lower(?)))"
            )
            params += [source.strip()] * 2
        where = " AND ".join(conds) or "TRUE"
        return self._dicts(
            "SELECT a.id, a.url, a.source, a.title, a.published, a.language, a.author, a.site,"
            " a.n_chars, a.path, a.duplicate_of, a.story_id,"
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events,"
            " (SELECT count(*) FROM duplicates d WHERE d.canonical_id = a.id) AS n_copies"
            f" FROM articles a WHERE {where}"
            " ORDER BY a.published_date DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
            params + page(limit, offset),
        )

    def actors(self, *, limit: int = 100, country: str | None = None) -> list[dict[str, Any]]:
        """Canonical actors across the corpus (entities merged by key), most reported first."""
        cond, params = ("WHERE upper(n.country) = upper(?)", [country]) if country else ("", [])
        return self._dicts(
            "WITH n AS (SELECT coalesce(key, lower(name)) AS key, name, type, country, sector,"
            " code, article_id, n_mentions FROM entities),"
            " ev AS (SELECT k AS key, count(*) AS n_events FROM"
            "  (SELECT unnest(actor_keys || recipient_keys) AS k FROM events) GROUP BY k)"
            " SELECT n.key, mode(n.name) AS name, mode(n.type) AS type,"
            " mode(n.country) AS country, mode(n.sector) AS sector, mode(n.code) AS code,"
            " count(DISTINCT n.article_id) AS n_articles, sum(n.n_mentions) AS n_mentions,"
            " coalesce(any_value(ev.n_events), 0) AS n_events"
            f" FROM n LEFT JOIN ev ON ev.key = n.key {cond}"
            " GROUP BY n.key ORDER BY n_articles DESC, n_mentions DESC, n.key LIMIT ?",
            [*params, int(limit)],
        )

    def quotes(
        self, *, article_id: Filter = None, speaker: Filter = None, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Quotes with the speaker's canonical name where it was resolved to an actor."""
        conds, params = [], []
        if article_id:
            conds.append("q.article_id = ?")
            params.append(article_id)
        if speaker:
            conds.append(
                "(contains(lower(coalesce(en.name, '')), lower(?))"
                " OR contains(lower(coalesce(q.speaker_text, '')), lower(?)))"
            )
            params += [speaker, speaker]
        where = " AND ".join(conds) or "TRUE"
        return self._dicts(
            "SELECT q.article_id, q.id, q.speaker, en.name AS speaker_name, q.speaker_text,"
            " q.cue_text, q.kind, q.content_start, q.content_end, q.content_text,"
            " a.title, a.url, a.source, a.published"
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
            " LEFT JOIN entities en ON en.article_id = q.article_id AND en.id = q.speaker"
            f" WHERE {where} ORDER BY a.published_date NULLS LAST, q.article_id, q.content_start"
            " LIMIT ? OFFSET ?",
            params + page(limit, offset),
        )

    def quantities(
        self, *, article_id: Filter = None, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        cond, params = ("WHERE n.article_id = ?", [article_id]) if article_id else ("", [])
        return self._dicts(
            'SELECT n.article_id, n.id, n.start, n."end", n.text, n.value, n.unit,'
            " n.approximate, n.measures, n.kind, a.title, a.url, a.source, a.published"
            f" FROM quantities n JOIN articles a ON a.id = n.article_id {cond}"
            " ORDER BY a.published_date NULLS LAST, n.article_id, n.start LIMIT ? OFFSET ?",
            params + page(limit, offset),
        )

    # -- corpus-level events --------------------------------------------------------------------

    def corpus_events(
        self, query: EventQuery | None = None, **filters: Any
    ) -> list[dict[str, Any]]:
        """Merged events (one per real-world event) having a mention that matches the filters,
        most reported first: NumArticles, NumSources, NumMentions, first and last seen."""
        q = EventQuery.of(query, **filters)
        where, params = event_where(q)
        return self._dicts(
            "SELECT c.* FROM corpus_events c WHERE c.id IN (SELECT m.corpus_event_id"
            " FROM event_mentions m JOIN events e ON e.article_id = m.article_id"
            " AND e.id = m.event_id JOIN articles a ON a.id = e.article_id"
            f" WHERE {where})"
            " ORDER BY c.num_articles DESC, c.num_mentions DESC, c.date_start NULLS LAST, c.id"
            " LIMIT ? OFFSET ?",
            params + page(q.limit, q.offset),
        )

    def corpus_event(self, corpus_event_id: str) -> dict[str, Any] | None:
        rows = self._dicts("SELECT * FROM corpus_events WHERE id = ?", [corpus_event_id])
        return rows[0] if rows else None

    def corpus_event_mentions(self, corpus_event_id: str) -> list[dict[str, Any]]:
        """Every article and sentence reporting a corpus event, with modality and attribution
        per mention, and the near-duplicate copies of each reporting article."""
        return self._dicts(
            "SELECT m.corpus_event_id, m.article_id, m.event_id, m.sentence, e.sentence_text,"
            " e.trigger_start, e.trigger_end, e.trigger_text, e.cameo, e.plover, m.event_date,"
            " m.modality, m.attribution_speaker, m.attribution_text, m.confidence, m.copies,"
            " a.title, a.url, a.source, a.published,"
            " (SELECT list(d.article_id ORDER BY d.article_id) FROM duplicates d"
            "  WHERE d.canonical_id = m.article_id) AS copy_ids"
            " FROM event_mentions m JOIN events e ON e.article_id = m.article_id"
            " AND e.id = m.event_id JOIN articles a ON a.id = m.article_id"
            " WHERE m.corpus_event_id = ?"
            " ORDER BY a.published_date NULLS LAST, m.article_id, m.sentence",
            [corpus_event_id],
        )

    # -- stories -------------------------------------------------------------------------------

    def stories(
        self,
        *,
        text: Filter = None,
        actor: Filter = None,
        place: Filter = None,
        source: Filter = None,
        date_from: str | None = None,
        date_to: str | None = None,
        min_articles: int = 1,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Stories, most reported first (see `Store.stories`)."""
        conds: list[str] = ["num_articles >= ?"]
        params: list[Any] = [int(min_articles)]
        if text and text.strip():
            conds.append("regexp_matches(coalesce(title, ''), ?)")
            params.append(word_pattern(text))
        for column, value in (("actors", actor), ("places", place)):
            if value and value.strip():
                conds.append(f"len(list_filter({column}, lambda x: contains(lower(x), ?))) > 0")
                params.append(value.strip().lower())
        if source and source.strip():
            conds.append(
                "len(list_filter(sources, lambda x: lower(x) = ?"
                " OR ends_with(lower(x), '.' || ?))) > 0"
            )
            params += [source.strip().lower()] * 2
        if date_from:
            conds.append("last_seen >= ?")
            params.append(query_date(date_from, "date_from"))
        if date_to:
            conds.append("first_seen <= ?")
            params.append(query_date(date_to, "date_to"))
        return self._dicts(
            f"SELECT * FROM stories WHERE {' AND '.join(conds)}"
            " ORDER BY num_articles DESC, last_seen DESC NULLS LAST, id LIMIT ? OFFSET ?",
            params + page(limit, offset),
        )

    def story(self, story_id: str) -> dict[str, Any] | None:
        """A story with its articles (first report first) and its corpus events (oldest
        first)."""
        rows = self._dicts("SELECT * FROM stories WHERE id = ?", [story_id])
        if not rows:
            return None
        out = rows[0]
        out["articles"] = self._dicts(
            f"SELECT {STORY_ARTICLE_COLUMNS} FROM articles WHERE story_id = ?"
            " ORDER BY published_date NULLS LAST, id",
            [story_id],
        )
        out["events"] = self._dicts(
            f"SELECT {STORY_EVENT_COLUMNS} FROM corpus_events WHERE story_id = ?"
            " ORDER BY date_start NULLS LAST, first_seen NULLS LAST, id",
            [story_id],
        )
        return out

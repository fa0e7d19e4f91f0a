"""One event across many articles: merging event mentions into corpus-level events.

The GDELT Events/Mentions design: every event an article reports is a *mention*; mentions that
cross-document coreference (`stories.coref`) finds to be one real-world event are one *corpus
event*. Mentions are blocked by story, PLOVER type and modality (the event row's `merge_key`,
`coref.block_key`), so a threat and an attack, or an attack and its denial, are never one event;
inside a block they join when their participants (canonical actors), place and dates agree.
Each mention keeps its own modality and attribution.

Near-duplicate copies of an article (see `newsevents.dedup`) are not parsed again but count: a
mention in an article with two syndicated copies counts as three articles and three mentions, and
the copies' sources count towards NumSources.

A corpus event's `confidence` is the noisy-OR of its reporting articles' most confident mention:
one report at 0.7 gives 0.7, two give 0.91. Its first report is the reporting article published
first (ties: the smaller id).

The blocks a batch touches are clustered again inside the write transaction of the batch, so the
corpus tables are always consistent with the events table.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..stories.coref import WINDOW_DAYS, corefer

__all__ = ["WINDOW_DAYS", "keys_of_articles", "rebuild_corpus_events", "refresh_corpus_events"]

_EVENT_COLUMNS = (
    "article_id", "id", "merge_key", "plover", "modality", "actor_keys", "recipient_keys",
    "actor_countries", "recipient_countries", "location_country", "event_date", "date_value",
    "trigger_lemma", "cameo",
)  # fmt: skip

_MENTIONS_SQL = """
INSERT INTO event_mentions
WITH copies AS (
    SELECT canonical_id, count(*) AS n FROM duplicates GROUP BY canonical_id
)
SELECT x.corpus_event_id, e.merge_key, e.article_id, e.id, e.sentence, e.event_date, e.modality,
       e.attribution_speaker, e.attribution_text, e.confidence, coalesce(c.n, 0)
FROM _assigned x JOIN events e ON e.article_id = x.article_id AND e.id = x.event_id
LEFT JOIN copies c ON c.canonical_id = e.article_id
"""

_CORPUS_SQL = """
INSERT INTO corpus_events
WITH m AS (
    SELECT m.*, e.cameo, e.cameo_root, e.plover, e.quad_class, e.goldstein, e.actor_names,
           e.actor_codes, e.recipient_names, e.recipient_codes, e.location_name,
           e.location_country, e.lat, e.lon, a.story_id
    FROM event_mentions m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id
    JOIN articles a ON a.id = m.article_id
    WHERE {where}
), reporters AS (  -- each reporting article and its near-duplicate copies
    SELECT DISTINCT m.corpus_event_id, a.id, a.source, a.published_date, a.published
    FROM m JOIN articles a ON a.id = m.article_id
    UNION
    SELECT DISTINCT m.corpus_event_id, a.id, a.source, a.published_date, a.published
    FROM m JOIN duplicates d ON d.canonical_id = m.article_id JOIN articles a ON a.id = d.article_id
), seen AS (
    SELECT corpus_event_id, count(DISTINCT id) AS num_articles,
           count(DISTINCT source) AS num_sources, min(published_date) AS first_seen,
           max(published_date) AS last_seen,
           list(DISTINCT source ORDER BY source) FILTER (WHERE source IS NOT NULL) AS sources,
           arg_min(id, (published_date IS NULL, published_date, id)) AS first_article_id,
           arg_min(published, (published_date IS NULL, published_date, id)) AS first_published
    FROM reporters GROUP BY corpus_event_id
), belief AS (  -- noisy-OR over the reporting articles' best mention
    SELECT corpus_event_id, 1 - product(1 - best) AS confidence
    FROM (SELECT corpus_event_id, article_id, max(coalesce(confidence, 0.5)) AS best
          FROM m GROUP BY ALL)
    GROUP BY corpus_event_id
)
SELECT m.corpus_event_id, any_value(m.merge_key), mode(m.cameo), mode(m.cameo_root),
       mode(m.plover), mode(m.quad_class), avg(m.goldstein),
       arg_max(m.actor_names, m.confidence), arg_max(m.actor_codes, m.confidence),
       arg_max(m.recipient_names, m.confidence), arg_max(m.recipient_codes, m.confidence),
       arg_max(m.location_name, m.confidence) FILTER (WHERE m.location_name IS NOT NULL),
       arg_max(m.location_country, m.confidence) FILTER (WHERE m.location_country IS NOT NULL),
       arg_max(m.lat, m.confidence) FILTER (WHERE m.lat IS NOT NULL),
       arg_max(m.lon, m.confidence) FILTER (WHERE m.lon IS NOT NULL),
       min(m.event_date), max(m.event_date), any_value(s.first_seen), any_value(s.last_seen),
       any_value(s.num_articles), any_value(s.num_sources), sum(1 + m.copies),
       sum(1 + m.copies) FILTER (WHERE m.modality = 'asserted'), any_value(s.sources),
       any_value(m.story_id), any_value(m.modality), any_value(s.first_article_id),
       any_value(s.first_published), round(any_value(b.confidence), 4)
FROM m JOIN seen s ON s.corpus_event_id = m.corpus_event_id
JOIN belief b ON b.corpus_event_id = m.corpus_event_id
GROUP BY m.corpus_event_id
"""


def refresh_corpus_events(con: Any, keys: Iterable[str]) -> int:
    """Cluster again the mentions of these blocks (call inside the write transaction)."""
    keys = sorted(set(keys))
    if not keys:
        return 0
    con.execute("CREATE OR REPLACE TEMP TABLE _merge_keys AS SELECT unnest(?) AS k", [keys])
    try:
        _recompute(con, keyed=True)
    finally:
        con.execute("DROP TABLE IF EXISTS _merge_keys")
    return len(keys)


def rebuild_corpus_events(con: Any) -> None:
    """Recompute every corpus event (after a migration, or a change of the merge rules)."""
    _recompute(con, keyed=False)


def _recompute(con: Any, *, keyed: bool) -> None:
    def where(alias: str) -> str:
        return f"{alias}merge_key IN (SELECT k FROM _merge_keys)" if keyed else "TRUE"

    cur = con.execute(f"SELECT {', '.join(_EVENT_COLUMNS)} FROM events e WHERE {where('e.')}")
    rows = [dict(zip(_EVENT_COLUMNS, r, strict=True)) for r in cur.fetchall()]
    assigned = corefer(rows)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _assigned (article_id VARCHAR, event_id VARCHAR, "
        "corpus_event_id VARCHAR)"
    )
    try:
        if assigned:
            import pyarrow as pa

            con.register(
                "_assigned_batch",
                pa.table(
                    {
                        "article_id": [k[0] for k in assigned],
                        "event_id": [k[1] for k in assigned],
                        "corpus_event_id": list(assigned.values()),
                    }
                ),
            )
            con.execute("INSERT INTO _assigned SELECT * FROM _assigned_batch")
            con.unregister("_assigned_batch")
        con.execute(f"DELETE FROM event_mentions WHERE {where('')}")
        con.execute(f"DELETE FROM corpus_events WHERE {where('')}")
        con.execute(_MENTIONS_SQL)
        con.execute(_CORPUS_SQL.format(where=where("m.")))
        # denormalised onto events, so that reading events needs no join to event_mentions
        con.execute(
            "UPDATE events SET corpus_event_id = x.corpus_event_id FROM _assigned x "
            "WHERE x.article_id = events.article_id AND x.event_id = events.id"
        )
    finally:
        con.execute("DROP TABLE IF EXISTS _assigned")


def keys_of_articles(con: Any, article_ids: Iterable[str]) -> set[str]:
    """Merge keys of the events of these articles (whose copy counts changed)."""
    ids = list(article_ids)
    if not ids:
        return set()
    rows = con.execute(
        "SELECT DISTINCT merge_key FROM events WHERE article_id IN (SELECT unnest(?))", [ids]
    ).fetchall()
    return {r[0] for r in rows if r[0] is not None}

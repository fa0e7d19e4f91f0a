"""One event across many articles: merging event mentions into corpus-level events.

The GDELT Events/Mentions design: every event an article reports is a *mention*; mentions with
the same merge key (the same actors and recipients by canonical key, the same CAMEO root -- or
PLOVER type where no CAMEO code is known -- and the same country of place) whose dates lie within
`WINDOW_DAYS` of each other (chained) are one *corpus event*. Unlike GDELT, each mention keeps its
own modality and attribution, so "X attacked Y" and "Y denies attacking X" stay distinguishable.

Near-duplicate copies of an article (see `newsevents.dedup`) are not parsed again but count: a
mention in an article with two syndicated copies counts as three articles and three mentions, and
the copies' sources count towards NumSources.

The merge is recomputed per merge key inside the write transaction of each batch, so the corpus
tables are always consistent with the events table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# Mentions whose event dates are at most this many days apart (chained) are one event.
WINDOW_DAYS = 2
# "root": merge on the two-digit CAMEO root (a visit reported as 042 and as 043 is one event);
# "code": merge only on the same full CAMEO code.
CAMEO_LEVEL = "root"


def event_merge_key(row: Mapping[str, Any], *, level: str = CAMEO_LEVEL) -> str:
    """The merge key of an event row; events without actors or a code get a key of their own."""
    code = (row.get("cameo_root") if level == "root" else row.get("cameo")) or row.get("plover")
    actors = sorted(set(row.get("actor_keys") or ()))
    recipients = sorted(set(row.get("recipient_keys") or ()))
    if not code or not (actors or recipients):
        return f"#{row['article_id']}/{row['id']}"
    place = row.get("location_country") or ""
    return f"{code}|{','.join(actors)}|{','.join(recipients)}|{place}"


_MENTIONS_SQL = """
INSERT INTO event_mentions
WITH copies AS (
    SELECT canonical_id, count(*) AS n FROM duplicates GROUP BY canonical_id
), ev AS (
    SELECT e.article_id, e.id AS event_id, e.merge_key, e.event_date, e.sentence, e.modality,
           e.attribution_speaker, e.attribution_text, e.confidence,
           coalesce(c.n, 0) AS copies
    FROM events e LEFT JOIN copies c ON c.canonical_id = e.article_id
    WHERE {where}
), gaps AS (
    SELECT *, CASE
        WHEN event_date IS NULL THEN 0
        WHEN event_date - lag(event_date) OVER w > ? THEN 1
        ELSE 0 END AS starts
    FROM ev
    WINDOW w AS (PARTITION BY merge_key, event_date IS NULL
                 ORDER BY event_date, article_id, event_id)
), clustered AS (
    SELECT *, sum(starts) OVER (PARTITION BY merge_key, event_date IS NULL
                                ORDER BY event_date, article_id, event_id
                                ROWS UNBOUNDED PRECEDING) AS cluster
    FROM gaps
), named AS (
    SELECT *, min(event_date) OVER (PARTITION BY merge_key, event_date IS NULL, cluster)
              AS first_date
    FROM clustered
)
SELECT substr(md5(merge_key || '|' || coalesce(CAST(first_date AS VARCHAR), 'undated')), 1, 16),
       merge_key, article_id, event_id, sentence, event_date, modality, attribution_speaker,
       attribution_text, confidence, copies
FROM named
"""

_CORPUS_SQL = """
INSERT INTO corpus_events
WITH m AS (
    SELECT m.*, e.cameo, e.cameo_root, e.plover, e.quad_class, e.goldstein, e.actor_names,
           e.actor_codes, e.recipient_names, e.recipient_codes, e.location_name,
           e.location_country, e.lat, e.lon
    FROM event_mentions m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id
    WHERE {where}
), reporters AS (  -- each reporting article and its near-duplicate copies
    SELECT DISTINCT m.corpus_event_id, a.id, a.source, a.published_date
    FROM m JOIN articles a ON a.id = m.article_id
    UNION
    SELECT DISTINCT m.corpus_event_id, a.id, a.source, a.published_date
    FROM m JOIN duplicates d ON d.canonical_id = m.article_id JOIN articles a ON a.id = d.article_id
), seen AS (
    SELECT corpus_event_id, count(DISTINCT id) AS num_articles,
           count(DISTINCT source) AS num_sources, min(published_date) AS first_seen,
           max(published_date) AS last_seen,
           list(DISTINCT source ORDER BY source) FILTER (WHERE source IS NOT NULL) AS sources
    FROM reporters GROUP BY corpus_event_id
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
       sum(1 + m.copies) FILTER (WHERE m.modality = 'asserted'), any_value(s.sources)
FROM m JOIN seen s ON s.corpus_event_id = m.corpus_event_id
GROUP BY m.corpus_event_id
"""


def refresh_corpus_events(con: Any, keys: Iterable[str]) -> int:
    """Recompute the corpus events of these merge keys (call inside the write transaction)."""
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

    con.execute(f"DELETE FROM event_mentions WHERE {where('')}")
    con.execute(f"DELETE FROM corpus_events WHERE {where('')}")
    con.execute(_MENTIONS_SQL.format(where=where("e.")), [WINDOW_DAYS])
    con.execute(_CORPUS_SQL.format(where=where("m.")))
    # denormalised onto events, so that reading events needs no join to event_mentions
    con.execute(
        "UPDATE events SET corpus_event_id = m.corpus_event_id FROM event_mentions m "
        "WHERE m.article_id = events.article_id AND m.event_id = events.id "
        f"AND {where('m.')}"
    )


def keys_of_articles(con: Any, article_ids: Iterable[str]) -> set[str]:
    """Merge keys of the events of these articles (whose copy counts changed)."""
    ids = list(article_ids)
    if not ids:
        return set()
    rows = con.execute(
        "SELECT DISTINCT merge_key FROM events WHERE article_id IN (SELECT unnest(?))", [ids]
    ).fetchall()
    return {r[0] for r in rows if r[0] is not None}

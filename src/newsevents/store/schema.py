"""The store's tables, and migrations as code.

`STORE_SCHEMA_VERSION` is recorded in the `meta` table. A new store gets `TABLES` as they are; an
older store is brought up to date by running each step of `MIGRATIONS` in order, inside one
transaction (a step is an SQL statement or a function of the connection); a newer store is refused
with what to do.

History:
    1  articles, entities, mentions, events, quotes, quantities, timexes, failures
    2  near-duplicates (`duplicates`, `minhashes`), corpus-level events (`corpus_events`,
       `event_mentions`), article author/site, event sentence text, canonical actor keys
    3  places: the `places` table (every toponym of an article with its GeoNames place) and
       an event's `geonames_id`, `feature`, `admin1` and `location_evidence`
    4  stories (`stories`, `story_terms`, `articles.story_id`); corpus events by cross-document
       coreference (`store/merge.py`): their story, modality, first report and confidence
    5  an event's fatality (`records.Fatality`): `fatal`, `killed`, `fatal_text`,
       `fatal_evidence`
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

STORE_SCHEMA_VERSION = 5

# Tables added by version 2 (created by its migration on older stores).
_V2_TABLES: dict[str, str] = {
    "duplicates": """
        article_id VARCHAR PRIMARY KEY, canonical_id VARCHAR, similarity DOUBLE,
        method VARCHAR, found_at TIMESTAMP""",
    "minhashes": "article_id VARCHAR PRIMARY KEY, signature BLOB",
    "corpus_events": """
        id VARCHAR PRIMARY KEY, merge_key VARCHAR, cameo VARCHAR, cameo_root VARCHAR,
        plover VARCHAR, quad_class INTEGER, goldstein DOUBLE, actor_names VARCHAR[],
        actor_codes VARCHAR[], recipient_names VARCHAR[], recipient_codes VARCHAR[],
        location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
        date_start DATE, date_end DATE, first_seen DATE, last_seen DATE,
        num_articles INTEGER, num_sources INTEGER, num_mentions INTEGER,
        num_asserted INTEGER, sources VARCHAR[]""",
    "event_mentions": """
        corpus_event_id VARCHAR, merge_key VARCHAR, article_id VARCHAR,
        event_id VARCHAR, sentence INTEGER, event_date DATE, modality VARCHAR,
        attribution_speaker VARCHAR, attribution_text VARCHAR, confidence DOUBLE,
        copies INTEGER, PRIMARY KEY (article_id, event_id)""",
}

# Tables and event columns added by version 3.
_V3_TABLES: dict[str, str] = {
    "places": """
        article_id VARCHAR, id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
        name VARCHAR, geonames_id BIGINT, lat DOUBLE, lon DOUBLE, feature VARCHAR,
        country VARCHAR, admin1 VARCHAR, source VARCHAR, evidence VARCHAR, confidence DOUBLE,
        PRIMARY KEY (article_id, id)""",
}
_V3_EVENT_COLUMNS = (
    "geonames_id BIGINT",
    "feature VARCHAR",
    "admin1 VARCHAR",
    "location_evidence VARCHAR",
)
# Tables added by version 4.
_V4_TABLES: dict[str, str] = {
    "stories": """
        id VARCHAR PRIMARY KEY, title VARCHAR, title_article_id VARCHAR, first_article_id VARCHAR,
        first_seen DATE, last_seen DATE, date_start DATE, date_end DATE, num_articles INTEGER,
        num_sources INTEGER, num_events INTEGER, num_corpus_events INTEGER, actors VARCHAR[],
        places VARCHAR[], plovers VARCHAR[], sources VARCHAR[]""",
    "story_terms": """
        article_id VARCHAR PRIMARY KEY, story_id VARCHAR, published_date DATE, headline VARCHAR,
        features VARCHAR[], weights DOUBLE[]""",
}
# Columns added by version 4 to tables of earlier versions (appended, so that a new store's
# tables have the columns in the order a migrated store has them).
_V4_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("story_id VARCHAR",),
    "events": ("trigger_lemma VARCHAR",),
    "corpus_events": (
        "story_id VARCHAR",
        "modality VARCHAR",
        "first_article_id VARCHAR",
        "first_published VARCHAR",
        "confidence DOUBLE",
    ),
}

# Columns added by version 5: whether the event killed anyone and how many (`Event.fatality`).
_V5_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": (
        "fatal BOOLEAN",
        "killed INTEGER",
        "fatal_text VARCHAR",
        "fatal_evidence VARCHAR",
    ),
}

TABLES: dict[str, str] = {
    "meta": "key VARCHAR PRIMARY KEY, value VARCHAR",
    "articles": """
        id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, title VARCHAR,
        published VARCHAR, published_date DATE, language VARCHAR, text VARCHAR,
        n_chars INTEGER, path VARCHAR, ingested_at TIMESTAMP, doc JSON,
        author VARCHAR, site VARCHAR, duplicate_of VARCHAR""",
    "entities": """
        article_id VARCHAR, id VARCHAR, name VARCHAR, type VARCHAR, country VARCHAR,
        sector VARCHAR, role VARCHAR, code VARCHAR, n_mentions INTEGER, key VARCHAR,
        PRIMARY KEY (article_id, id)""",
    "mentions": """
        article_id VARCHAR, entity_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
        kind VARCHAR""",
    "events": """
        article_id VARCHAR, id VARCHAR, sentence INTEGER, trigger_start INTEGER,
        trigger_end INTEGER, trigger_text VARCHAR, cameo VARCHAR, cameo_root VARCHAR,
        plover VARCHAR, plover_mode VARCHAR, plover_context VARCHAR[], quad_class INTEGER,
        goldstein DOUBLE, actors VARCHAR[], recipients VARCHAR[], actor_names VARCHAR[],
        recipient_names VARCHAR[], actor_codes VARCHAR[], recipient_codes VARCHAR[],
        modality VARCHAR, location_name VARCHAR, location_country VARCHAR, lat DOUBLE,
        lon DOUBLE, date_text VARCHAR, date_value VARCHAR, event_date DATE,
        attribution_speaker VARCHAR, attribution_text VARCHAR, quantities VARCHAR[],
        confidence DOUBLE, sentence_start INTEGER, sentence_end INTEGER, sentence_text VARCHAR,
        actor_keys VARCHAR[], recipient_keys VARCHAR[], actor_countries VARCHAR[],
        recipient_countries VARCHAR[], merge_key VARCHAR, actor_text VARCHAR,
        actor_code_text VARCHAR, corpus_event_id VARCHAR, geonames_id BIGINT, feature VARCHAR,
        admin1 VARCHAR, location_evidence VARCHAR, PRIMARY KEY (article_id, id)""",
    "quotes": """
        article_id VARCHAR, id VARCHAR, speaker VARCHAR, speaker_text VARCHAR,
        cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR, content_start INTEGER,
        content_end INTEGER, content_text VARCHAR, kind VARCHAR, PRIMARY KEY (article_id, id)""",
    "quantities": """
        article_id VARCHAR, id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
        value DOUBLE, unit VARCHAR, approximate BOOLEAN, measures VARCHAR, kind VARCHAR,
        PRIMARY KEY (article_id, id)""",
    "timexes": """
        article_id VARCHAR, id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
        type VARCHAR, value VARCHAR, PRIMARY KEY (article_id, id)""",
    "failures": """
        path VARCHAR, article_id VARCHAR, stage VARCHAR, error VARCHAR, reason VARCHAR,
        failed_at TIMESTAMP""",
    **_V2_TABLES,
    **_V3_TABLES,
}
for _name, _cols in _V4_COLUMNS.items():
    TABLES[_name] += ", " + ", ".join(_cols)
TABLES.update(_V4_TABLES)
for _name, _cols in _V5_COLUMNS.items():
    TABLES[_name] += ", " + ", ".join(_cols)

# DuckDB scans with zone maps; an ART index only pays for point lookups (and costs every insert),
# so merge keys, filtered through joins, have none.
INDEXES: tuple[str, ...] = (
    "CREATE INDEX IF NOT EXISTS events_date ON events(event_date)",
    "CREATE INDEX IF NOT EXISTS events_plover ON events(plover)",
    "CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id)",
    "CREATE INDEX IF NOT EXISTS duplicates_canonical ON duplicates(canonical_id)",
    "CREATE INDEX IF NOT EXISTS event_mentions_ce ON event_mentions(corpus_event_id)",
    "CREATE INDEX IF NOT EXISTS story_terms_story ON story_terms(story_id)",
)

Step = str | Callable[[Any], None]


def _backfill_v2(con: Any) -> None:
    # Derived columns of version 2 are recomputed from each article's stored JSON record; the
    # corpus events are merged by version 4's step, once the tables have its columns.
    from .reindex import reindex_from_json

    reindex_from_json(con)


def _backfill_v4(con: Any) -> None:
    # Every stored article is filed into stories, then corpus events are merged again by
    # coreference inside each story (`merge.py`), then the stories' rows are made.
    from .merge import rebuild_corpus_events
    from .reindex import link_stories_from_json
    from .stories import load_index, refresh_stories

    link_stories_from_json(con)
    rebuild_corpus_events(con)
    refresh_stories(con, *load_index(con), None)


def _backfill_v3(con: Any) -> None:
    # The places of stored articles and their events' place fields, from their JSON records
    # (a record written before version 3 has no places: its rows stay empty).
    from .reindex import reindex_from_json

    reindex_from_json(con)


# version reached -> steps that bring a store from the previous version to it.
MIGRATIONS: dict[int, tuple[Step, ...]] = {
    2: (
        "ALTER TABLE articles ADD COLUMN author VARCHAR",
        "ALTER TABLE articles ADD COLUMN site VARCHAR",
        "ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR",
        "ALTER TABLE entities ADD COLUMN key VARCHAR",
        *(
            f"ALTER TABLE events ADD COLUMN {col}"
            for col in (
                "sentence_start INTEGER",
                "sentence_end INTEGER",
                "sentence_text VARCHAR",
                "actor_keys VARCHAR[]",
                "recipient_keys VARCHAR[]",
                "actor_countries VARCHAR[]",
                "recipient_countries VARCHAR[]",
                "merge_key VARCHAR",
                "actor_text VARCHAR",
                "actor_code_text VARCHAR",
                "corpus_event_id VARCHAR",
            )
        ),
        *(f"CREATE TABLE IF NOT EXISTS {name} ({cols})" for name, cols in _V2_TABLES.items()),
        _backfill_v2,
    ),
    3: (
        *(f"ALTER TABLE events ADD COLUMN {col}" for col in _V3_EVENT_COLUMNS),
        *(f"CREATE TABLE IF NOT EXISTS {name} ({cols})" for name, cols in _V3_TABLES.items()),
        _backfill_v3,
    ),
}
MIGRATIONS[4] = (
    *(
        f"ALTER TABLE {table} ADD COLUMN {col}"
        for table, cols in _V4_COLUMNS.items()
        for col in cols
    ),
    *(f"CREATE TABLE IF NOT EXISTS {name} ({cols})" for name, cols in _V4_TABLES.items()),
    # as `rows.trigger_lemma` has it for a document without its parse
    "UPDATE events SET trigger_lemma = lower(split_part(trigger_text, ' ', 1))",
    _backfill_v4,
)
# A record stored before version 5 has no fatality (the event layer did not read one): its
# events keep NULL, which says the same as a new record's event the text tells no death of.
# Re-ingesting the articles reads it.
MIGRATIONS[5] = tuple(
    f"ALTER TABLE {table} ADD COLUMN {col}" for table, cols in _V5_COLUMNS.items() for col in cols
)

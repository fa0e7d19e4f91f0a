"""The store's tables, and migrations as code.

`SCHEMA_VERSION` is recorded in the `meta` table. Opening an older store applies each migration
in `MIGRATIONS` in order, inside one transaction; a newer store is refused with what to do.
"""

from __future__ import annotations

STORE_SCHEMA_VERSION = 1

TABLES: dict[str, str] = {
    "meta": "key VARCHAR PRIMARY KEY, value VARCHAR",
    "articles": """
        id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, title VARCHAR,
        published VARCHAR, published_date DATE, language VARCHAR, text VARCHAR,
        n_chars INTEGER, path VARCHAR, ingested_at TIMESTAMP, doc JSON""",
    "entities": """
        article_id VARCHAR, id VARCHAR, name VARCHAR, type VARCHAR, country VARCHAR,
        sector VARCHAR, role VARCHAR, code VARCHAR, n_mentions INTEGER,
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
        confidence DOUBLE, PRIMARY KEY (article_id, id)""",
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
}

INDEXES: tuple[str, ...] = (
    "CREATE INDEX IF NOT EXISTS events_date ON events(event_date)",
    "CREATE INDEX IF NOT EXISTS events_plover ON events(plover)",
    "CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id)",
)

# version reached -> statements that bring a store from the previous version to it.
MIGRATIONS: dict[int, tuple[str, ...]] = {}

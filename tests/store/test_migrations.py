"""Schema migrations: a version-1 store upgrades in place; a newer store is refused."""

from __future__ import annotations

import duckdb
import pytest

from newsevents import open_store
from newsevents.errors import SchemaVersionError
from newsevents.serialize import to_json
from newsevents.store.schema import STORE_SCHEMA_VERSION

from .factory import make_doc

# The DDL of store schema version 1, frozen here as it shipped.
V1_DDL = [
    "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE articles (id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR,
        title VARCHAR, published VARCHAR, published_date DATE, language VARCHAR, text VARCHAR,
        n_chars INTEGER, path VARCHAR, ingested_at TIMESTAMP, doc JSON)""",
    """CREATE TABLE entities (article_id VARCHAR, id VARCHAR, name VARCHAR, type VARCHAR,
        country VARCHAR, sector VARCHAR, role VARCHAR, code VARCHAR, n_mentions INTEGER,
        PRIMARY KEY (article_id, id))""",
    """CREATE TABLE mentions (article_id VARCHAR, entity_id VARCHAR, start INTEGER,
        "end" INTEGER, text VARCHAR, kind VARCHAR)""",
    """CREATE TABLE events (article_id VARCHAR, id VARCHAR, sentence INTEGER,
        trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR, cameo VARCHAR,
        cameo_root VARCHAR, plover VARCHAR, plover_mode VARCHAR, plover_context VARCHAR[],
        quad_class INTEGER, goldstein DOUBLE, actors VARCHAR[], recipients VARCHAR[],
        actor_names VARCHAR[], recipient_names VARCHAR[], actor_codes VARCHAR[],
        recipient_codes VARCHAR[], modality VARCHAR, location_name VARCHAR,
        location_country VARCHAR, lat DOUBLE, lon DOUBLE, date_text VARCHAR,
        date_value VARCHAR, event_date DATE, attribution_speaker VARCHAR,
        attribution_text VARCHAR, quantities VARCHAR[], confidence DOUBLE,
        PRIMARY KEY (article_id, id))""",
    """CREATE TABLE quotes (article_id VARCHAR, id VARCHAR, speaker VARCHAR,
        speaker_text VARCHAR, cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR,
        content_start INTEGER, content_end INTEGER, content_text VARCHAR, kind VARCHAR,
        PRIMARY KEY (article_id, id))""",
    """CREATE TABLE quantities (article_id VARCHAR, id VARCHAR, start INTEGER, "end" INTEGER,
        text VARCHAR, value DOUBLE, unit VARCHAR, approximate BOOLEAN, measures VARCHAR,
        kind VARCHAR, PRIMARY KEY (article_id, id))""",
    """CREATE TABLE timexes (article_id VARCHAR, id VARCHAR, start INTEGER, "end" INTEGER,
        text VARCHAR, type VARCHAR, value VARCHAR, PRIMARY KEY (article_id, id))""",
    """CREATE TABLE failures (path VARCHAR, article_id VARCHAR, stage VARCHAR, error VARCHAR,
        reason VARCHAR, failed_at TIMESTAMP)""",
    "CREATE INDEX events_date ON events(event_date)",
    "CREATE INDEX events_plover ON events(plover)",
    "CREATE INDEX mentions_article ON mentions(article_id)",
    "INSERT INTO meta VALUES ('schema_version', '1')",
]


def _v1_store(path: str) -> list[str]:
    docs = [
        make_doc("Obama met Putin in Moscow on Monday.", source="a.com"),
        make_doc(
            "Barack Obama met Vladimir Putin on Monday.", source="b.com", published="2009-07-07"
        ),
    ]
    con = duckdb.connect(path)
    for stmt in V1_DDL:
        con.execute(stmt)
    for d in docs:
        a, ev = d.article, d.events[0]
        con.execute(
            "INSERT INTO articles (id, source, published, published_date, language, text, "
            "n_chars, doc) VALUES (?, ?, ?, ?, 'en', ?, ?, ?)",
            [a.id, a.source, a.published, a.published, a.text, len(a.text), to_json(d)],
        )
        con.execute(
            "INSERT INTO events (article_id, id, sentence, trigger_text, cameo, cameo_root, "
            "plover, actor_names, event_date) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)",
            [
                a.id,
                ev.id,
                ev.trigger.text,
                ev.cameo,
                ev.cameo[:2],
                ev.plover,
                ["Barack Obama"],
                a.published,
            ],
        )
    con.close()
    return [d.article.id for d in docs]


def test_a_version_1_store_upgrades_when_opened(tmp_path):
    path = str(tmp_path / "v1.duckdb")
    ids = _v1_store(path)
    with open_store(path) as s:
        assert s.schema_version == STORE_SCHEMA_VERSION
        # derived columns were rebuilt from the stored JSON records
        rows = s.events(actor="USAGOV")
        assert sorted(r["article_id"] for r in rows) == sorted(ids)
        assert s.count_events(country="RUS") == 2
        (ce,) = s.corpus_events()
        assert ce["num_articles"] == 2 and ce["num_sources"] == 2
        assert s.stats()["duplicates"] == 0
    with open_store(path, read_only=True) as s:  # and stays upgraded
        assert s.schema_version == STORE_SCHEMA_VERSION


def test_a_version_1_store_opened_read_only_says_how_to_upgrade(tmp_path):
    path = str(tmp_path / "v1.duckdb")
    _v1_store(path)
    with pytest.raises(SchemaVersionError, match="read-write once to upgrade"):
        open_store(path, read_only=True)


def test_a_store_from_a_newer_version_is_refused(tmp_path):
    path = str(tmp_path / "new.duckdb")
    open_store(path).close()
    con = duckdb.connect(path)
    con.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(STORE_SCHEMA_VERSION + 1)]
    )
    con.close()
    for read_only in (False, True):
        with pytest.raises(SchemaVersionError, match="newer newsevents"):
            open_store(path, read_only=read_only)
    con = duckdb.connect(path)  # untouched
    assert con.execute("SELECT value FROM meta").fetchone()[0] == str(STORE_SCHEMA_VERSION + 1)
    con.close()


def test_a_new_store_starts_at_the_current_version(tmp_path):
    with open_store(str(tmp_path / "n.duckdb")) as s:
        assert s.schema_version == STORE_SCHEMA_VERSION
        assert {"duplicates", "minhashes", "corpus_events", "event_mentions"} <= {
            r[0] for r in s.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }

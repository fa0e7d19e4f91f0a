"""Stories in the store: new articles join the stories already stored, across sessions."""

from __future__ import annotations

from newsevents import open_store
from newsevents.dedup import Duplicate
from newsevents.readers import make_article
from newsevents.store.memory import MemoryStore

from .factory import make_doc

SUMMIT = "Obama met Putin in Moscow on Monday for talks on nuclear arms."
SUMMIT2 = "Barack Obama met Vladimir Putin in Moscow for nuclear arms talks."
OTHER = "Merkel accused Erdogan of censorship in Ankara."


def _other():
    return make_doc(OTHER, actor=("Angela Merkel", "DEU", "GOV"),
                    recipient=("Recep Tayyip Erdogan", "TUR", "GOV"), trigger="accused",
                    cameo="112", plover="ACCUSE", published="2009-07-07")  # fmt: skip


def test_an_article_stored_later_joins_the_story_of_a_reopened_store(tmp_path):
    db = str(tmp_path / "s.duckdb")
    first = make_doc(SUMMIT, source="a.com", published="2009-07-06")
    with open_store(db) as s:
        s.write_batch([first, _other()])
    later = make_doc(SUMMIT2, source="b.com", published="2009-07-07")
    with open_store(db) as s:  # a new session: the index is read from story_terms
        s.write_batch([later])
        story_id = s.document(first.article.id)["article"]["story_id"]
        assert s.document(later.article.id)["article"]["story_id"] == story_id
        story = s.story(story_id)
        assert [a["id"] for a in story["articles"]] == [first.article.id, later.article.id]
        assert story["num_sources"] == 2 and story["first_article_id"] == first.article.id
        (event,) = story["events"]
        assert event["num_articles"] == 2 and event["first_article_id"] == first.article.id
        assert len(s.stories()) == 2


def test_a_near_duplicate_copy_belongs_to_its_canonical_articles_story():
    canonical = make_doc(SUMMIT, source="wire.com")
    copy = make_article(SUMMIT + " Subscribe.", source="paper.com", published="2009-07-07",
                        language="en")  # fmt: skip
    for store in (open_store(":memory:"), MemoryStore()):
        store.write_batch([canonical])
        store.write_batch([], copies=[Duplicate(copy, canonical.article.id, 0.9)])
        (story,) = store.stories()
        assert story["num_articles"] == 2 and story["sources"] == ["paper.com", "wire.com"]
        assert {a["id"] for a in store.story(story["id"])["articles"]} == {
            canonical.article.id, copy.id,
        }  # fmt: skip
        store.close()

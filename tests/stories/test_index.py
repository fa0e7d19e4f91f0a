"""Linking articles into stories, incrementally."""

from __future__ import annotations

import datetime as dt

from newsevents.stories.features import key_terms, weigh
from newsevents.stories.index import StoryIndex, story_id


def _bag(text: str) -> dict[str, float]:
    from collections import Counter

    return weigh(Counter({"w:" + w: n for w, n in key_terms(text).items()}))


QUAKE = (
    "A magnitude 6.1 earthquake struck Aceh province in Indonesia, toppling houses in Banda Aceh."
)
QUAKE2 = "Aceh earthquake: the magnitude 6.1 quake toppled houses across Aceh province, Indonesia."
FIRE = (
    "Firefighters battled a warehouse fire in Melbourne overnight; the blaze destroyed the depot."
)
FIRE2 = "The Melbourne warehouse blaze was contained by firefighters after destroying the depot."


def test_articles_about_one_event_share_a_story_and_others_do_not():
    index = StoryIndex()
    ids = [index.add(str(i), _bag(t)) for i, t in enumerate((QUAKE, FIRE, QUAKE2, FIRE2))]
    assert ids[0] == ids[2] == story_id("0")
    assert ids[1] == ids[3] == story_id("1")
    assert ids[0] != ids[1]
    assert index.central(ids[0]) in {"0", "2"}


def test_adding_again_returns_the_same_story_and_dates_bound_the_search():
    index = StoryIndex()
    first = index.add("a", _bag(QUAKE), dt.date(2024, 1, 1))
    assert index.add("a", _bag(QUAKE), dt.date(2024, 1, 1)) == first
    later = index.add("b", _bag(QUAKE2), dt.date(2024, 6, 1))  # months later: another story
    assert later != first
    near = index.add("c", _bag(QUAKE2), dt.date(2024, 1, 3))
    assert near == first


def test_a_restored_index_files_new_articles_as_the_original_does():
    index = StoryIndex()
    for i, t in enumerate((QUAKE, FIRE)):
        index.add(str(i), _bag(t))
    again = StoryIndex()
    for aid in ("0", "1"):
        again.restore(aid, index.bags[aid], None, index.story_of[aid])
    assert again.add("2", _bag(QUAKE2)) == index.add("2", _bag(QUAKE2))


def test_key_terms_leave_out_function_words():
    terms = key_terms("The earthquake struck on Monday and 23 people were killed in 2009.")
    assert "earthquake" in terms and "2009" in terms and "23" in terms
    assert "the" not in terms and "monday" not in terms


def test_restoring_many_at_once_rebuilds_the_index_that_filed_them():
    index = StoryIndex()
    texts = (QUAKE, FIRE, QUAKE2)
    for i, t in enumerate(texts):
        index.add(str(i), _bag(t), dt.date(2024, 1, 1 + i))
    again = StoryIndex()
    again.restore_many(
        (aid, index.bags[aid], dt.date(2024, 1, 1 + int(aid)), index.story_of[aid])
        for aid in ("0", "1", "2")
    )
    assert again.df == index.df and again.story_of == index.story_of
    for sid, story in index.stories.items():
        assert again.stories[sid].centroid == story.centroid
        assert (again.stories[sid].first, again.stories[sid].last) == (story.first, story.last)
    assert {f: s for f, s in again.postings.items() if s} == {
        f: s for f, s in index.postings.items() if s
    }
    assert again.add("3", _bag(FIRE2)) == index.add("3", _bag(FIRE2))

"""MinHash near-duplicate detection on word shingles."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsevents.dedup import (
    NearDuplicateIndex,
    from_bytes,
    shingles,
    signature,
    to_bytes,
)
from newsevents.readers import make_article

STORY = (
    "Rescue teams worked through the night to reach villagers cut off by the landslide, "
    "which buried a stretch of the mountain road after four days of heavy rain. The "
    "provincial governor said twelve people were still missing and that helicopters would "
    "drop food and medicine to the isolated hamlets as soon as the weather cleared. "
    "Engineers warned that the slope remained unstable and asked residents of nearby "
    "valleys to move to schools set up as shelters. The national weather service expects "
    "more rain over the weekend, and the army has sent two more units to help clear the road."
)
OTHER = (
    "The central bank left its main interest rate unchanged on Thursday, saying inflation "
    "had eased for a third month but that wage growth remained strong. The governor told "
    "reporters the bank would watch energy prices closely before deciding on any cut, and "
    "markets pushed back their bets on lower borrowing costs until the autumn. Bond yields "
    "rose slightly after the announcement while the currency gained against the dollar."
)


def _copy(text: str) -> str:
    edited = text.replace("twelve people", "12 people").replace("two more units", "extra units")
    return "World | Europe | Live\nAdvertisement\n\n" + edited + "\n\nRead more: related stories"


def test_shingles_are_lowercased_word_trigrams():
    assert shingles("The cat sat. the CAT sat") == {
        b"the cat sat",
        b"cat sat the",
        b"sat the cat",
    }


def test_a_syndicated_copy_with_boilerplate_and_edits_matches():
    index = NearDuplicateIndex()
    index.add("wire", signature(STORY))
    hit = index.match(signature(_copy(STORY)))
    assert hit is not None and hit[0] == "wire" and hit[1] >= 0.7


def test_a_different_story_does_not_match():
    index = NearDuplicateIndex()
    index.add("wire", signature(STORY))
    assert index.match(signature(OTHER)) is None


def test_short_texts_are_left_to_exact_deduplication():
    assert signature("Too short to compare by shingles.") is None


def test_screen_links_later_copies_in_one_batch_to_the_first():
    index = NearDuplicateIndex()
    a, b, c = (make_article(t, language="en") for t in (STORY, OTHER, _copy(STORY)))
    copies, fresh = index.screen([a, b, c])
    assert [(d.article.id, d.canonical_id) for d in copies] == [(c.id, a.id)]
    assert set(fresh) == {a.id, b.id}
    index.remove(a.id)
    assert a.id not in index and len(index) == 1


@given(st.lists(st.sampled_from(STORY.split()), min_size=40, max_size=120))
def test_signatures_survive_a_bytes_round_trip(words):
    mh = signature(" ".join(words))
    if mh is None:
        return
    back = from_bytes(to_bytes(mh))
    assert back.jaccard(mh) == 1.0

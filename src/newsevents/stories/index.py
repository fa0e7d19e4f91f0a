"""Linking articles into stories, one article at a time, without recomputing the corpus.

A story is the centroid of its articles' feature bags (`features.py`). A new article is compared,
by cosine similarity of IDF-weighted bags, with the stories that share one of its rarer features
(an inverted index from feature to stories); it joins the most similar one at or above
`THRESHOLD`, else it starts a story of its own. Dates, when both sides have them, bound the
search: an article joins only a story that had an article within `GAP_DAYS` of its date. Without
dates (ECB+, plain texts) content alone decides.

IDF is read at comparison time (the corpus grows); each story's norm is refreshed when the story
changes. A story keeps its `CENTROID_TERMS` heaviest features, so that a long-running story costs
no more to compare than a short one. A story's id is derived from its first article's id, so it
is stable when articles are added later.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from .features import Bag

THRESHOLD = 0.2  # cosine at or above which an article joins a story
GAP_DAYS = 10  # an article joins a story with an article at most this many days away
CENTROID_TERMS = 400
# Features in more than this share of the articles (once there are MIN_DF_DOCS) find no
# candidates: they would make every story a candidate of every article.
MAX_DF = 0.05
MIN_DF_DOCS = 200


def story_id(first_article_id: str) -> str:
    return "s" + hashlib.md5(first_article_id.encode("utf-8")).hexdigest()[:15]


@dataclass
class StoryState:
    """One story as the index keeps it: the sum of its articles' bags and its dates."""

    id: str
    centroid: dict[str, float] = field(default_factory=dict)
    members: list[str] = field(default_factory=list)
    first: dt.date | None = None
    last: dt.date | None = None
    norm: float = 0.0

    def near(self, date: dt.date | None, gap: int) -> bool:
        if date is None or self.first is None or self.last is None:
            return True
        return (self.first - dt.timedelta(days=gap)) <= date <= (self.last + dt.timedelta(days=gap))


class StoryIndex:
    """Stories built incrementally: `add` assigns one article and returns its story's id."""

    def __init__(self, *, threshold: float = THRESHOLD, gap_days: int = GAP_DAYS) -> None:
        self.threshold = threshold
        self.gap_days = gap_days
        self.df: dict[str, int] = {}
        self.n_docs = 0
        self.postings: dict[str, set[str]] = {}
        self.stories: dict[str, StoryState] = {}
        self.story_of: dict[str, str] = {}
        self.bags: dict[str, Bag] = {}

    def __len__(self) -> int:
        return len(self.stories)

    def idf(self, feature: str) -> float:
        return math.log((1 + self.n_docs) / (1 + self.df.get(feature, 0))) + 1.0

    def _common(self, feature: str) -> bool:
        return self.n_docs >= MIN_DF_DOCS and self.df.get(feature, 0) > MAX_DF * self.n_docs

    def similarity(self, bag: Bag, story: StoryState) -> float:
        if not story.norm:
            return 0.0
        dot = sum(w * story.centroid.get(f, 0.0) * self.idf(f) ** 2 for f, w in bag.items())
        qn = math.sqrt(sum((w * self.idf(f)) ** 2 for f, w in bag.items()))
        return dot / (qn * story.norm) if qn else 0.0

    def best(self, bag: Bag, date: dt.date | None = None) -> tuple[str, float] | None:
        """The most similar story at or above the threshold, and its similarity."""
        idf = {f: self.idf(f) for f in bag}
        qn = math.sqrt(sum((w * idf[f]) ** 2 for f, w in bag.items()))
        if not qn:
            return None
        dots: dict[str, float] = {}
        for f, w in bag.items():
            if self._common(f):
                continue
            weight = w * idf[f] ** 2
            for sid in self.postings.get(f, ()):
                dots[sid] = dots.get(sid, 0.0) + weight * self.stories[sid].centroid.get(f, 0.0)
        found: tuple[str, float] | None = None
        for sid, dot in dots.items():
            story = self.stories[sid]
            if not story.norm or not story.near(date, self.gap_days):
                continue
            # common features found no candidate but count towards the similarity
            dot += sum(
                w * idf[f] ** 2 * story.centroid.get(f, 0.0)
                for f, w in bag.items()
                if self._common(f)
            )
            sim = dot / (qn * story.norm)
            if sim >= self.threshold and (found is None or sim > found[1]):
                found = (sid, sim)
        return found

    def add(self, article_id: str, bag: Bag, date: dt.date | None = None) -> str:
        """File an article (once; again returns its story) and return its story's id."""
        if article_id in self.story_of:
            return self.story_of[article_id]
        hit = self.best(bag, date)
        sid = hit[0] if hit else story_id(article_id)
        self.restore(article_id, bag, date, sid)
        return sid

    def add_many(self, items: Iterable[tuple[str, Bag, dt.date | None]]) -> dict[str, str]:
        return {aid: self.add(aid, bag, date) for aid, bag, date in items}

    def _absorb(self, story: StoryState, bag: Bag) -> None:
        c = story.centroid
        for f, w in bag.items():
            c[f] = c.get(f, 0.0) + w
        if len(c) > CENTROID_TERMS:
            keep = sorted(c, key=lambda f: c[f] * self.idf(f), reverse=True)[:CENTROID_TERMS]
            for f in set(c) - set(keep):
                del c[f]
                self.postings.get(f, set()).discard(story.id)
        for f in c:
            self.postings.setdefault(f, set()).add(story.id)
        story.norm = math.sqrt(sum((w * self.idf(f)) ** 2 for f, w in c.items()))

    def central(self, sid: str) -> str:
        """The member article most similar to its story's centroid (its headline is the
        story's title); ties: the earliest filed."""
        story = self.stories[sid]
        members = enumerate(story.members)
        scored = [(self.similarity(self.bags[a], story), -i, a) for i, a in members]
        return max(scored)[2]

    def restore(self, article_id: str, bag: Bag, date: dt.date | None, sid: str) -> None:
        """File an article in the story it was assigned to before (reloading a store)."""
        if article_id in self.story_of:
            return
        self.n_docs += 1
        for f in bag:
            self.df[f] = self.df.get(f, 0) + 1
        story = self.stories.setdefault(sid, StoryState(sid))
        story.members.append(article_id)
        if date is not None:
            story.first = date if story.first is None else min(story.first, date)
            story.last = date if story.last is None else max(story.last, date)
        self._absorb(story, bag)
        self.story_of[article_id] = sid
        self.bags[article_id] = bag

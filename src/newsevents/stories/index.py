"""Linking articles into stories, one article at a time, without recomputing the corpus.

A story is the centroid of its articles' feature bags (`features.py`). A new article is compared,
by cosine similarity of IDF-weighted bags, with the stories that share one of its rarer features
(an inverted index from feature to stories); it joins the most similar one at or above
`THRESHOLD`, else it starts a story of its own. Dates, when both sides have them, bound the
search: an article joins only a story that had an article within `GAP_DAYS` of its date. Without
dates (ECB+, plain texts) content alone decides.

IDF is read at comparison time (the corpus grows); a story's norm is computed again when it is
compared after a change. A story keeps its `CENTROID_TERMS` heaviest features, so that a
long-running story costs no more to compare than a short one. A story's id is derived from its
first article's id, so it is stable when articles are added later.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .features import Bag

THRESHOLD = 0.2  # cosine at or above which an article joins a story
GAP_DAYS = 10  # an article joins a story with an article at most this many days away
CENTROID_TERMS = 400
# Candidates are the stories sharing one of the article's CANDIDATE_FEATURES rarest features;
# the MAX_CANDIDATES of them with the largest part of the dot product (and near in time) are
# compared in full. Common words would make every story a candidate of every article.
CANDIDATE_FEATURES = 25
MAX_CANDIDATES = 10


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
    norm: float | None = None  # None: to be computed when the story is next compared

    def near(self, date: dt.date | None, gap: int) -> bool:
        if date is None or self.first is None or self.last is None:
            return True
        day = date.toordinal()
        return self.first.toordinal() - gap <= day <= self.last.toordinal() + gap


class StoryIndex:
    """Stories built incrementally: `add` assigns one article and returns its story's id."""

    def __init__(self, *, threshold: float = THRESHOLD, gap_days: int = GAP_DAYS) -> None:
        self.threshold = threshold
        self.gap_days = gap_days
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.postings: dict[str, set[str]] = {}
        self.stories: dict[str, StoryState] = {}
        self.story_of: dict[str, str] = {}
        self.bags: dict[str, Bag] = {}
        self._logs: list[float] = [0.0]
        self._log_n = 0.0  # log(1 + n_docs)

    def __len__(self) -> int:
        return len(self.stories)

    def idf(self, feature: str) -> float:
        return self._log_n - self._log(self.df.get(feature, 0)) + 1.0

    def _log(self, k: int) -> float:
        """log(1 + k), from a table (the index takes millions of these)."""
        logs = self._logs
        while len(logs) <= k:
            logs.append(math.log(1 + len(logs)))
        return logs[k]

    def similarity(self, bag: Bag, story: StoryState) -> float:
        norm = self._norm(story)
        if not norm:
            return 0.0
        dot = sum(w * story.centroid.get(f, 0.0) * self.idf(f) ** 2 for f, w in bag.items())
        qn = math.sqrt(sum((w * self.idf(f)) ** 2 for f, w in bag.items()))
        return dot / (qn * norm) if qn else 0.0

    def best(self, bag: Bag, date: dt.date | None = None) -> tuple[str, float] | None:
        """The most similar story at or above the threshold, and its similarity."""
        idf = {f: self.idf(f) for f in bag}
        q = {f: w * idf[f] * idf[f] for f, w in bag.items()}  # the article's side of the dot
        qn = math.sqrt(sum(w * w * idf[f] * idf[f] for f, w in bag.items()))
        if not qn:
            return None
        # candidates: the stories sharing the article's rarest features, by their part of the
        # dot product, among those near in time
        df, stories, gap = self.df, self.stories, self.gap_days
        day = date.toordinal() if date is not None else None
        rare = sorted((f for f in bag if self.postings.get(f)), key=lambda f: df.get(f, 0))
        partial: dict[str, float] = {}
        far: set[str] = set()
        for f in rare[:CANDIDATE_FEATURES]:
            weight = q[f]
            for sid in self.postings[f]:
                if sid in far:
                    continue
                if sid not in partial and day is not None:
                    story = stories[sid]
                    if (
                        story.first is not None
                        and story.last is not None
                        and not (
                            story.first.toordinal() - gap <= day <= story.last.toordinal() + gap
                        )
                    ):
                        far.add(sid)
                        continue
                partial[sid] = partial.get(sid, 0.0) + weight * stories[sid].centroid[f]
        ranked = sorted(partial, key=lambda sid: (-partial[sid], sid))[:MAX_CANDIDATES]
        found: tuple[str, float] | None = None
        for sid in ranked:
            story = stories[sid]
            norm = self._norm(story)
            if not norm:
                continue
            c = story.centroid
            sim = sum(w * c[f] for f, w in q.items() if f in c) / (qn * norm)
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
            self.postings.setdefault(f, set()).add(story.id)
        if len(c) > CENTROID_TERMS * 3 // 2:  # pruned now and then, not at every article
            keep = set(sorted(c, key=lambda f: c[f] * self.idf(f), reverse=True)[:CENTROID_TERMS])
            for f in [f for f in c if f not in keep]:
                del c[f]
                self.postings[f].discard(story.id)
        story.norm = None  # computed when the story is next compared

    def _norm(self, story: StoryState) -> float:
        if story.norm is None:
            story.norm = math.sqrt(sum((w * self.idf(f)) ** 2 for f, w in story.centroid.items()))
        return story.norm

    def restore_many(self, items: Iterable[tuple[str, Bag, dt.date | None, str]]) -> None:
        """`restore` many articles at once (reloading a store): the sums first, then each
        changed story pruned and posted once, not at every article (a store of 10,000 articles
        is read in a fraction of the time). A story's centroid keeps its heaviest features by
        the IDF of the whole reloaded corpus."""
        df, stories, story_of, bags = self.df, self.stories, self.story_of, self.bags
        changed: set[str] = set()
        for article_id, bag, date, sid in items:
            if article_id in story_of:
                continue
            self.n_docs += 1
            df.update(bag.keys())
            story = stories.get(sid)
            if story is None:
                story = stories[sid] = StoryState(sid, centroid=dict(bag))
            else:
                c = story.centroid
                for f, w in bag.items():
                    c[f] = c.get(f, 0.0) + w
            story.members.append(article_id)
            if date is not None:
                story.first = date if story.first is None else min(story.first, date)
                story.last = date if story.last is None else max(story.last, date)
            story_of[article_id] = sid
            bags[article_id] = bag
            changed.add(sid)
        self._log_n = self._log(self.n_docs)
        postings = self.postings
        for sid in changed:
            story = stories[sid]
            c = story.centroid
            if len(c) > CENTROID_TERMS * 3 // 2:
                keep = sorted(c, key=lambda f: c[f] * self.idf(f), reverse=True)[:CENTROID_TERMS]
                for f in set(c).difference(keep):
                    postings.get(f, set()).discard(sid)
                story.centroid = c = {f: c[f] for f in keep}
            for f in c:
                posted = postings.get(f)
                if posted is None:
                    postings[f] = {sid}
                else:
                    posted.add(sid)
            story.norm = None

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
        self._log_n = self._log(self.n_docs)
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

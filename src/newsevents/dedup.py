"""Near-duplicate detection for syndicated copies: MinHash over word shingles, LSH to find them.

Exact copies share the content-hash article id and are skipped before this. A wire story
re-published by another site with its own boilerplate and a few edits gets a different id; its
MinHash signature (over word 3-grams) lands in the same LSH buckets as the first copy, and the
estimated Jaccard similarity is checked against `THRESHOLD`. The first copy stored is the
canonical document; later copies are linked to it (not parsed again) and counted.

Texts shorter than `MIN_SHINGLES` word 3-grams are left to exact deduplication: MinHash
estimates on a handful of shingles are too noisy to trust.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from .records import Article

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's permutation scheme (sketches of different schemes differ)
THRESHOLD = 0.7  # estimated Jaccard of shingle sets above which two articles are copies
SHINGLE_WORDS = 3
MIN_SHINGLES = 25
# Stored signatures are valid only for these parameters (the store re-computes them otherwise).
PARAMS = f"minhash-{SCHEME}-{NUM_PERM}-words{SHINGLE_WORDS}"

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Duplicate:
    """An article found to be a near-duplicate copy of a stored (canonical) one."""

    article: Article
    canonical_id: str
    similarity: float
    method: str = "minhash"


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of lower-cased word k-grams of a text."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str, *, num_perm: int = NUM_PERM) -> MinHash | None:
    """The MinHash of a text's shingles, or None for a text too short to compare this way."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=num_perm, scheme=SCHEME)
    mh.update_batch(list(grams))
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return bytes(np.asarray(mh.hashvalues, dtype=np.uint64).tobytes())


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint64)
    return MinHash(num_perm=len(values), hashvalues=values.copy(), scheme=SCHEME)


class NearDuplicateIndex:
    """An LSH index of article signatures; `match` finds the most similar indexed article."""

    def __init__(self, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._sigs

    def add(self, article_id: str, mh: MinHash) -> None:
        if article_id not in self._sigs:
            self._lsh.insert(article_id, mh)
            self._sigs[article_id] = mh

    def signature_of(self, article_id: str) -> MinHash:
        return self._sigs[article_id]

    def remove(self, article_id: str) -> None:
        if self._sigs.pop(article_id, None) is not None:
            self._lsh.remove(article_id)

    def match(self, mh: MinHash) -> tuple[str, float] | None:
        """The indexed article most similar to `mh` at or above the threshold (ties: the
        smallest id), with its estimated Jaccard similarity."""
        best: tuple[str, float] | None = None
        for cand in self._lsh.query(mh):
            sim = float(mh.jaccard(self._sigs[cand]))
            if sim >= self.threshold and (
                best is None or sim > best[1] or (sim == best[1] and cand < best[0])
            ):
                best = (cand, sim)
        return best

    def screen(self, articles: list[Article]) -> tuple[list[Duplicate], dict[str, MinHash]]:
        """Split a batch: copies of indexed (or earlier-in-batch) articles, and the signatures of
        the others, which are indexed at once so that later copies in the batch are found."""
        copies: list[Duplicate] = []
        fresh: dict[str, MinHash] = {}
        for a in articles:
            if a.id in self._sigs:
                continue
            mh = signature(a.text, num_perm=self.num_perm)
            if mh is None:
                continue
            hit = self.match(mh)
            if hit is not None:
                copies.append(Duplicate(a, hit[0], round(hit[1], 4)))
            else:
                self.add(a.id, mh)
                fresh[a.id] = mh
        return copies, fresh

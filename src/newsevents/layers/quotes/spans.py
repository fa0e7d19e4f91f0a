"""Span building over the parse tree: the candidate record every finder yields, and the
phrases it is made of -- the speaker's noun phrase, the cue verb with its auxiliaries, the
content trimmed of edge punctuation -- plus the interval tests the finders and the merge share.

`Spans` reads one document through its `parse.tree.Tree`; it builds nothing of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...parse.tree import Tree
from ...records import Document, Token


@dataclass(frozen=True, slots=True)
class Candidate:
    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None  # character span of the speaker phrase
    speaker_head: int | None  # token index of the speaker's head
    frame: str  # quote | colon | dash | float | ccomp | xcomp | dobj | prep | noun | according
    cue_token: int | None = None


class Spans:
    """Token and character spans of one document, read off its parse tree."""

    def __init__(self, doc: Document, tree: Tree) -> None:
        self.doc = doc
        self.tree = tree
        self.toks = doc.tokens
        self.text = doc.article.text

    def subject(self, v: int) -> int | None:
        """The subject of verb v, through xcomp/conj/advcl heads, a passive's agent, or the noun
        a relative clause hangs off."""
        toks = self.toks
        for _ in range(4):
            subj = self.tree.children_by_dep(v, "nsubj")
            if subj:
                return max((c for c in subj if c < v), default=subj[0])
            if self.tree.children_by_dep(v, "nsubjpass"):
                agent = self.tree.children_by_dep(v, "agent")
                if agent:
                    objs = self.tree.children_by_dep(agent[0], "pobj")
                    return objs[0] if objs else None
                return None
            t = toks[v]
            if t.dep in ("xcomp", "conj", "advcl") and t.head != v:
                v = t.head
                continue
            if t.dep in ("acl", "relcl") and t.head != v:
                head = toks[t.head]
                if t.dep == "relcl":
                    return head.i
                return head.i if head.pos in ("PROPN", "NOUN", "PRON") else None
            return None
        return None

    def subject_is_actor(self, v: int) -> bool:
        subj = self.subject(v)
        return subj is not None and self.toks[subj].pos in ("PROPN", "PRON")

    def np_span(self, i: int | None) -> tuple[int, int] | None:
        """The speaker phrase: the subject's subtree without clauses hanging off it."""
        if i is None:
            return None
        toks = self.toks
        drop: set[int] = set()
        for c in self.tree.children[i]:
            if toks[c].dep in ("relcl", "acl", "punct", "cc", "conj", "appos", "advmod"):
                drop.update(self.tree.subtree(c))
        keep = sorted(j for j in self.tree.subtree(i) if j not in drop)
        k = keep.index(i)
        lo = hi = k
        while lo > 0 and keep[lo - 1] == keep[lo] - 1 and toks[keep[lo - 1]].pos != "SPACE":
            lo -= 1
        while (
            hi < len(keep) - 1
            and keep[hi + 1] == keep[hi] + 1
            and toks[keep[hi + 1]].pos != ("SPACE")
        ):
            hi += 1
        start, end = toks[keep[lo]].start, toks[keep[hi]].end
        # never across a paragraph break ("The Latest ... \n\n5:45 p.m.\n\nTrump says")
        head = toks[i]
        cut = self.text.rfind("\n", start, head.start)
        if cut >= 0:
            start = cut + 1
        cut = self.text.find("\n", head.end, end)
        if cut >= 0:
            end = cut
        text = self.text[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        return start, end

    def cue_span(self, v: int, last: int) -> tuple[int, int]:
        """The cue verb with auxiliaries, negation and particle ("has not said", "point out")."""
        first = v
        for c in self.tree.children[v]:
            if self.toks[c].dep in ("aux", "auxpass", "neg") and v - 3 <= c < v:
                first = min(first, c)
        return self.toks[first].start, self.toks[max(v, last)].end

    def trim(self, lo: int, hi: int, *, skip: set[int] | None = None) -> tuple[int, int] | None:
        """Character span of tokens lo..hi without edge punctuation, conjunctions and `skip`."""
        skip = skip or set()
        toks = self.toks
        edge = ("PUNCT", "CCONJ", "SPACE")
        while lo <= hi and (lo in skip or (toks[lo].pos in edge and toks[lo].text not in "“\"‘'«")):
            lo += 1
        while hi >= lo and (hi in skip or (toks[hi].pos in edge and toks[hi].text not in "”\"’'»")):
            hi -= 1
        if hi < lo:
            return None
        return toks[lo].start, toks[hi].end

    def tokens_between(self, start: int, end: int) -> list[Token]:
        return [t for t in self.toks if t.start >= start and t.end <= end]


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def head_of(toks: list[Token]) -> Token:
    ids = {t.i for t in toks}
    for t in toks:
        if t.head not in ids or t.head == t.i:
            return t
    return toks[-1]

"""Shared helpers for extraction stages: navigating the flattened parse, finding entities.

Built once per document (`Tree(doc)`) so stages do not rescan tokens in nested loops.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..records import Document, Entity, Span, Token

# the modifiers `Tree.host` moves (a preposition's phrase, a bare noun phrase of time, an adverb)
_HOSTED = frozenset({"prep", "npadvmod", "advmod", "tmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


class Tree:
    """Children lists, token -> entity id, and span helpers over one Document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.article.text
        self.tokens: Sequence[Token] = doc.tokens
        self.children: list[list[int]] = [[] for _ in doc.tokens]
        for t in doc.tokens:
            if t.head != t.i:
                self.children[t.head].append(t.i)
        self.entity_of_token: dict[int, str] = {}
        self.entities: dict[str, Entity] = {e.id: e for e in doc.entities}
        starts = {t.start: t.i for t in doc.tokens}
        ends = {t.end: t.i for t in doc.tokens}
        for e in doc.entities:
            for m in e.mentions:
                first = starts.get(m.start)
                last = ends.get(m.end)
                if first is None or last is None:
                    continue
                for i in range(first, last + 1):
                    self.entity_of_token.setdefault(i, e.id)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def token_span(self, first: int, last: int) -> Span:
        """Span from token `first` to token `last` inclusive."""
        return self.span(self.tokens[first].start, self.tokens[last].end)

    def subtree(self, i: int) -> Iterator[int]:
        stack = [i]
        while stack:
            j = stack.pop()
            yield j
            stack.extend(self.children[j])

    def subtree_bounds(self, i: int) -> tuple[int, int]:
        idx = list(self.subtree(i))
        return min(idx), max(idx)

    def children_by_dep(self, i: int, *deps: str) -> list[int]:
        return [c for c in self.children[i] if self.tokens[c].dep in deps]

    def entity_in_subtree(self, i: int) -> list[str]:
        """Entity ids mentioned in the subtree of token i, in text order, without repeats."""
        seen: list[str] = []
        for j in sorted(self.subtree(i)):
            eid = self.entity_of_token.get(j)
            if eid and eid not in seen:
                seen.append(eid)
        return seen

    def host(self, i: int) -> int:
        """The word a modifier `i` (a time or place phrase: "on Monday", "Monday") belongs to:
        its head, except for a phrase the parser hangs on a reported clause without "that"
        while it stands before that clause's subject ("Iran said on Monday it will hold
        talks", "police said Tuesday they had arrested 14 men", "officials said Saturday
        they were treating the fire as arson"): such a clause starts at its subject, so a
        phrase between the reporting verb and that subject modifies the reporting verb."""
        toks = self.tokens
        h = toks[i].head
        v = toks[h]
        if v.dep != "ccomp" or v.head == h or toks[i].dep not in _HOSTED:
            return h
        r = v.head
        subjects = [c for c in self.children[h] if toks[c].dep in _SUBJECTS]
        if toks[r].pos not in ("VERB", "AUX") or not subjects or not r < i < min(subjects):
            return h
        # everything between the reporting verb and the subject is a fronted modifier of the
        # clause ("said in a statement on Monday it"); a "that" there opens the clause earlier
        between = set(range(r + 1, min(self.subtree_bounds(c)[0] for c in subjects)))
        covered: set[int] = set()
        for c in self.children[h]:
            lo, hi = self.subtree_bounds(c)
            if lo > r and hi < min(subjects):
                if toks[c].dep not in _HOSTED and toks[c].pos != "PUNCT":
                    return h
                covered.update(range(lo, hi + 1))
        return r if between <= covered else h

    def sentence_tokens(self, s: int) -> range:
        sent = self.doc.sentences[s]
        return range(sent.tok_start, sent.tok_end)

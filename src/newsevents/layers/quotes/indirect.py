"""Indirect speech: a reporting verb, a reporting noun or "according to", with its content where
the parse puts it.

- a verb (`cues`): a clause ("said that ..."), an infinitive ("plans to ..."), an object
  ("criticized the law", with what completes it: "called the charges unsubstantiated") or a
  preposition ("called for ..."); a parenthetical "he said" reports the clause it sits in;
- a noun: "the claim that ...", "Trump's criticism of the deal";
- "according to X": the rest of the clause.
"""

from __future__ import annotations

from ...records import Token
from .cues import FRAME_RANK, lemma, lexicon
from .spans import Candidate, Spans, overlaps


class IndirectFinder:
    """Candidates from the reporting verbs and nouns of one document."""

    def __init__(self, spans: Spans) -> None:
        self.spans = spans
        self.doc = spans.doc
        self.tree = spans.tree
        self.toks = spans.toks
        self.lex = lexicon()

    def find(self) -> list[Candidate]:
        out: list[Candidate] = []
        for t in self.toks:
            if t.lemma == "accord" and t.text.lower() == "according":
                c = self._according(t)
                if c:
                    out.append(c)
            elif t.pos in ("VERB", "AUX") and lemma(t) in self.lex["frames"]:
                c = self._verb(t)
                if c:
                    out.append(c)
            elif t.pos == "NOUN" and t.lemma in self.lex["nouns"]:
                c = self._noun(t)
                if c:
                    out.append(c)
        return out

    def _verb(self, v: Token) -> Candidate | None:
        frames = self.lex["frames"][lemma(v)]
        kids = self.tree.children[v.i]
        content: tuple[int, int] | None = None
        frame = ""
        cue_end = v.i
        for f in sorted(frames, key=lambda f: FRAME_RANK.get(f.split(":")[0], 5)):
            if f == "ccomp":
                hits = [c for c in kids if self.toks[c].dep == "ccomp"]
            elif f == "xcomp":
                hits = [c for c in kids if self.toks[c].dep == "xcomp" and c > v.i]
            elif f == "dobj":
                hits = [c for c in kids if self.toks[c].dep == "dobj" and c > v.i]
            else:
                word = f.split(":")[1]
                preps = [  # after the verb: "spoke on the reforms", not "On Monday he spoke"
                    c
                    for c in kids
                    if c > v.i
                    and self.toks[c].dep in ("prep", "prt")
                    and self.toks[c].text.lower() == word
                ]
                hits = []
                for p in preps:
                    objs = self.tree.children_by_dep(p, "pobj", "pcomp")
                    if objs:
                        hits = objs
                        cue_end = p
                    elif self.toks[p].dep == "prt":
                        more = [c for c in kids if self.toks[c].dep in ("dobj", "ccomp")]
                        if more:
                            hits, cue_end = more, p
            if hits:
                lo, hi = self.tree.subtree_bounds(hits[0])
                if f == "dobj":
                    hi = self._complements_end(v.i, hi)
                content = self.spans.trim(lo, hi)
                frame = f.split(":")[0]
                break
        parenthetical = False
        if content is None and v.dep == "parataxis" and v.lemma in self.lex["direct"]:
            content = self._host_clause(v.i)
            frame, parenthetical = "ccomp", True
        if content is None or content[1] - content[0] < 3:
            return None
        subj = self.spans.subject(v.i)
        if subj is None and not parenthetical:
            return None
        speaker = self.spans.np_span(subj) if subj is not None else None
        cue = self.spans.cue_span(v.i, cue_end)
        if not parenthetical and (overlaps(speaker, content) or overlaps(cue, content)):
            return None
        return Candidate(content, cue, speaker, subj, frame, v.i)

    def _complements_end(self, v: int, hi: int) -> int:
        """After a reporting verb's object, what completes it: "called the charges
        unsubstantiated", "described him as a liar", "accused her of lying"."""
        for c in self.tree.children[v]:
            t = self.toks[c]
            if c > hi and (
                t.dep in ("oprd", "xcomp", "ccomp", "acomp")
                or (t.dep == "prep" and t.text.lower() in ("as", "of", "for"))
            ):
                hi = max(hi, self.tree.subtree_bounds(c)[1])
        return hi

    def _host_clause(self, v: int) -> tuple[int, int] | None:
        """The clause a parenthetical "he said" sits in, without the parenthetical."""
        host = self.toks[v].head
        lo, hi = self.tree.subtree_bounds(host)
        return self.spans.trim(lo, hi, skip=set(self.tree.subtree(v)))

    def _according(self, t: Token) -> Candidate | None:
        to = [c for c in self.tree.children[t.i] if self.toks[c].text.lower() == "to"]
        if not to:
            return None
        objs = self.tree.children_by_dep(to[0], "pobj")
        if not objs:
            return None
        src = objs[0]
        pp_lo, pp_hi = self.tree.subtree_bounds(t.i)
        sent = self.doc.sentences[t.sent]
        first, last = sent.tok_start, sent.tok_end - 1
        if pp_lo - first <= 1:  # "According to X, ..." : the rest of the sentence
            lo, hi = pp_hi + 1, last
        else:  # "..., according to X." : what comes before
            lo, hi = first, pp_lo - 1
            if pp_hi < last - 1:
                hi = last  # "X will, according to Y, do Z"
        content = self.spans.trim(lo, hi, skip=set(range(pp_lo, pp_hi + 1)))
        if content is None:
            return None
        cue = (t.start, self.toks[to[0]].end)
        return Candidate(content, cue, self.spans.np_span(src), src, "according", t.i)

    def _noun(self, n: Token) -> Candidate | None:
        kids = self.tree.children[n.i]
        clause = [
            c
            for c in kids
            if self.toks[c].dep in ("acl", "ccomp", "relcl")
            and any(
                self.toks[g].text.lower() == "that" and self.toks[g].dep == "mark"
                for g in self.tree.children[c]
            )
        ]
        if not clause:
            return self._noun_about(n)
        lo, hi = self.tree.subtree_bounds(clause[0])
        content = self.spans.trim(lo, hi)
        if content is None:
            return None
        owner = [c for c in kids if self.toks[c].dep == "poss"]
        src = owner[0] if owner else None
        speaker = self.spans.np_span(src) if src is not None else None
        return Candidate(content, (n.start, n.end), speaker, src, "noun", n.i)

    def _noun_about(self, n: Token) -> Candidate | None:
        """ "Trump's criticism of the deal", "questions about his health": content is the object
        of the preposition; the speaker is the possessor or the "by" agent, if any."""
        kids = self.tree.children[n.i]
        preps = [
            c
            for c in kids
            if self.toks[c].dep == "prep"
            and self.toks[c].text.lower() in ("of", "about", "over", "on")
        ]
        if not preps:
            return None
        objs = self.tree.children_by_dep(preps[0], "pobj", "pcomp")
        if not objs:
            return None
        owner = [c for c in kids if self.toks[c].dep == "poss"]
        agents = [
            o
            for c in kids
            if self.toks[c].dep == "prep" and self.toks[c].text.lower() == "by"
            for o in self.tree.children_by_dep(c, "pobj")
        ]
        sources = owner or agents
        if not sources:
            return None
        src = sources[0]
        lo, hi = self.tree.subtree_bounds(objs[0])
        content = self.spans.trim(lo, hi)
        if content is None:
            return None
        cue = (n.start, self.toks[preps[0]].end)
        return Candidate(content, cue, self.spans.np_span(src), src, "noun", n.i)

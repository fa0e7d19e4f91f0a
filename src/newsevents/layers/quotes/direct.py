"""Direct speech: text between quotation marks (`marks`) and the cue that attributes it.

The cue is the reporting verb nearest to the quote in its sentence ("...," he said / said X),
a colon before it ("X said: ..."), a dash after it ("... ― Name"), or the speaker of the quote
just before (a quote that runs on). A short quoted phrase with no cue of its own ('executive
agreement') is a term, not speech; quoted words inside an indirect quote make it mixed. A split
quote (`"...," he said, "..."`) and a quote that runs on after its attribution become one quote
whose content covers both parts. Transcript lines ("NAME: text") are read here too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import Token
from .cues import lexicon
from .marks import Segment, covering
from .spans import Candidate, Spans, head_of, overlaps


class DirectFinder:
    """Candidates from the quoted stretches and transcript lines of one document."""

    def __init__(self, spans: Spans, segs: list[Segment]) -> None:
        self.spans = spans
        self.doc = spans.doc
        self.tree = spans.tree
        self.toks = spans.toks
        self.text = spans.text
        self.segs = segs
        self.lex = lexicon()

    def find(self, indirect: list[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        previous: Candidate | None = None
        by_cue = {c.cue_token: c for c in indirect if c.cue_token is not None}
        for seg in self.segs:
            lo, hi = seg.inner
            words = len(re.findall(r"\w+", self.text[lo:hi]))
            if words == 0:
                continue
            cand = self._cue_for(seg, by_cue)
            if cand is None and seg.single:
                continue
            if (cand is None and words < 5) or words < 4:
                continue  # a term in quotation marks, not speech: part of a mixed quote if any
            wider = by_cue.get(cand.cue_token) if cand and cand.cue_token is not None else None
            if wider is not None and _contains(wider.content, (seg.start, seg.end), margin=15):
                continue  # the quoted words are part of an indirect quote: a mixed one
            if cand is None:
                cand = self._runs_on(seg, previous)
            if cand is None:
                cand = Candidate((seg.start, seg.end), None, None, None, "float")
            if cand.frame in ("quote", "colon", "dash") and words < 3 and seg.single:
                continue
            if out and (
                _split_pair(out[-1], cand, self.text) or _runs_on_pair(out[-1], cand, self.text)
            ):
                first = out.pop()
                cand = replace(
                    first if cand.cue is None else cand, content=(first.content[0], cand.content[1])
                )
            out.append(cand)
            previous = cand
        return out

    def _cue_for(self, seg: Segment, by_cue: dict[int, Candidate]) -> Candidate | None:
        """A reporting verb next to the quote in its sentence, a colon before, a dash after."""
        toks = self.spans.tokens_between(seg.start, seg.end)
        if not toks:
            return None
        s_first, s_last = toks[0].sent, toks[-1].sent
        sents = self.doc.sentences
        lo_tok = sents[s_first].tok_start
        hi_tok = sents[s_last].tok_end
        gap = self.text[seg.end : sents[s_last + 1].start] if s_last + 1 < len(sents) else "\n"
        if len(gap) <= 3 and "\n" not in gap:
            nxt = sents[s_last + 1]
            if nxt.tok_end - nxt.tok_start <= 10:
                hi_tok = nxt.tok_end  # "...." He said.
        best: tuple[int, Token] | None = None
        for i in range(lo_tok, hi_tok):
            t = self.toks[i]
            if t.pos not in ("VERB", "AUX") or t.lemma not in self.lex["direct"]:
                continue
            if covering(self.segs, t.start, t.end) is not None:
                continue
            if t.lemma == "be" and not self.spans.subject_is_actor(i):
                continue
            if self._reports_elsewhere(i, seg, by_cue.get(i)):
                continue  # the verb reports something else: 'Clarke says he relies on ...'

            dist = seg.start - t.end if t.end <= seg.start else t.start - seg.end
            if dist < 0:
                continue
            if best is None or dist < best[0]:
                best = (dist, t)
        if best is not None and best[0] <= 200:
            v = best[1]
            subj = self.spans.subject(v.i)
            if subj is not None and covering(self.segs, self.toks[subj].start, self.toks[subj].end):
                subj = None
            speaker = self.spans.np_span(subj) if subj is not None else None
            return Candidate(
                (seg.start, seg.end), self.spans.cue_span(v.i, v.i), speaker, subj, "quote", v.i
            )
        return self._colon(seg) or self._dash(seg)

    def _reports_elsewhere(self, v: int, seg: Segment, own: Candidate | None) -> bool:
        if own is None:
            return False
        for c in self.tree.children[v]:
            if self.toks[c].dep in ("ccomp", "parataxis"):
                lo, hi = self.tree.subtree_bounds(c)
                if overlaps((self.toks[lo].start, self.toks[hi].end), (seg.start, seg.end)):
                    return False
        return not overlaps(own.content, (seg.start, seg.end))

    def _colon(self, seg: Segment) -> Candidate | None:
        para_start = self.text.rfind("\n", 0, seg.start) + 1
        before = self.text[para_start : seg.start]
        m = re.search(r"([A-Z][\w.’'\- ]{0,60}?)\s*:\s*$", before)
        if not m:
            return None
        name_toks = self.spans.tokens_between(para_start + m.start(1), para_start + m.end(1))
        if not name_toks or not any(t.pos in ("PROPN", "NOUN", "PRON") for t in name_toks):
            return None
        colon = self.text.rfind(":", 0, para_start + m.end())
        return _named((seg.start, seg.end), colon, name_toks, "colon")

    def _dash(self, seg: Segment) -> Candidate | None:
        after = self.text[seg.end : seg.end + 80]
        m = re.match(r"\s*([―—–-])\s*([A-Z][\w.’'\-]*(?: [A-Z@(][\w.’'\-)]*){0,5})", after)
        if not m:
            return None
        s = seg.end + m.start(2)
        e = seg.end + m.end(2)
        name_toks = self.spans.tokens_between(s, e)
        if not name_toks:
            return None
        d = seg.end + m.start(1)
        head = head_of(name_toks)
        return Candidate((seg.start, seg.end), (d, d + 1), (s, e), head.i, "dash")

    def _runs_on(self, seg: Segment, previous: Candidate | None) -> Candidate | None:
        """A quote with no cue of its own continues the one before it when that one is near."""
        if previous is None or previous.speaker is None:
            return None
        gap = self.text[previous.content[1] : seg.start]
        if len(gap) > 240 or gap.count("\n") > 2:
            return None
        return Candidate(
            (seg.start, seg.end), None, previous.speaker, previous.speaker_head, "float"
        )

    def paragraphs_with_colon(self) -> list[Candidate]:
        """Transcript and headline lines: "NAME: text" with no quotation marks."""
        out: list[Candidate] = []
        pos = 0
        for para in self.text.split("\n"):
            m = re.match(r'\s*"?([A-Z][A-Za-z.’\'\- ]{1,40}?):\s+(\S.*)$', para)
            if m:
                name = self.spans.tokens_between(pos + m.start(1), pos + m.end(1))
                if name and all(t.pos in ("PROPN", "NOUN", "PUNCT") for t in name):
                    content = (pos + m.start(2), pos + len(para.rstrip()))
                    out.append(_named(content, pos + m.end(1), name, "colon"))
            pos += len(para) + 1
        return out


def _contains(outer: tuple[int, int], inner: tuple[int, int], *, margin: int = 0) -> bool:
    return (
        outer[0] <= inner[0] + 2
        and inner[1] - 2 <= outer[1]
        and (outer[1] - outer[0]) >= (inner[1] - inner[0]) + margin
    )


def _named(content: tuple[int, int], mark: int, name: list[Token], frame: str) -> Candidate:
    """A quote attributed by one punctuation mark at `mark` to the name in tokens `name`."""
    return Candidate(
        content, (mark, mark + 1), (name[0].start, name[-1].end), head_of(name).i, frame
    )


def _split_pair(a: Candidate, b: Candidate, text: str) -> bool:
    """`"...," he said, "..."`: two quoted parts around one cue, in one sentence."""
    if a.cue is None or a.cue_token is None or a.cue_token != b.cue_token:
        return False
    return _cue_between(a, a.cue, b, text, most=119)


def _runs_on_pair(a: Candidate, b: Candidate, text: str) -> bool:
    """`"...," Warren said. "..."`: a quote with no cue of its own right after a cued one by the
    same speaker, only the attribution between them."""
    if b.frame != "float" or a.cue is None or b.speaker != a.speaker:
        return False
    return _cue_between(a, a.cue, b, text, most=80)


def _cue_between(a: Candidate, cue: tuple[int, int], b: Candidate, text: str, *, most: int) -> bool:
    """Quote b follows quote a with a's cue between them, at most `most` characters on one line."""
    between = text[a.content[1] : b.content[0]]
    return (
        a.content[1] <= cue[0]
        and cue[1] <= b.content[0]
        and len(between) <= most
        and ("\n" not in between)
    )

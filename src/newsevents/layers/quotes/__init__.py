"""Quotes and attribution ("quotes.rules.v1"): who said what, with cue and content spans.

Three readers feed one list of candidates, merged at the end:

- *indirect*: a reporting verb (`ontology/data/quote_cues.json`) with its content where the
  parse puts it -- a clause ("said that ..."), an infinitive ("plans to ..."), an object
  ("criticized the law") or a preposition ("called for ..."); reporting nouns ("the claim
  that ..."); "according to X" (content: the rest of the clause).
- *direct*: text between quotation marks (`quote_marks`) with the cue nearest to it in the same
  sentence ("...," he said / said X), a colon ("X said: ...", transcript lines "NAME: ..."), a
  dash after the quote ("... ― Name"), or the speaker of the quote just before (a quote that
  runs on). A short quoted phrase with no cue of its own ('executive agreement') is a term. A
  split quote (`"...," he said, "..."`) and a quote that runs on after its attribution become
  one quote whose content covers both parts (the cue lies inside it).
- *mixed*: indirect content that contains quoted words.

The speaker is resolved to an entity id through the entity layer when there is one
(`quote_speakers`: the mention under the speaker's head; pronouns and titles to the nearest
fitting entity before).
Anonymous sources keep `speaker_text` and get `speaker` None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ...config import Settings
from ...ontology.reading import quote_cues
from ...parse.tree import Tree
from ...records import Document, Quote, Span, Token
from .marks import Segment, covering, inside_share, segments
from .speakers import resolve_speaker

_FRAME_RANK = {"quote": 0, "colon": 0, "ccomp": 1, "according": 1, "noun": 2, "xcomp": 3}


@dataclass(frozen=True, slots=True)
class Candidate:
    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None  # character span of the speaker phrase
    speaker_head: int | None  # token index of the speaker's head
    frame: str  # quote | colon | dash | float | ccomp | xcomp | dobj | prep | noun | according
    cue_token: int | None = None


@cache
def _lexicon() -> dict[str, Any]:
    c = quote_cues()
    frames: dict[str, list[str]] = {}
    for group in c["reporting_verbs"]:
        for lemma in group["lemmas"]:
            for f in group["frames"]:
                if f not in frames.setdefault(lemma, []):
                    frames[lemma].append(f)
    return {
        "frames": frames,
        "direct": set(c["direct_cue_lemmas"]),
        "nouns": set(c["reporting_nouns"]),
    }


class QuoteStage:
    name = "quotes.rules.v1"
    requires = frozenset({"tokens", "sentences"})
    produces = frozenset({"quotes"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        _lexicon()

    def __call__(self, doc: Document) -> Document:
        return replace(doc, quotes=tuple(find_quotes(doc)))


def find_quotes(doc: Document) -> list[Quote]:
    idx = Tree(doc)
    segs = segments(doc.article.text)
    reader = _Reader(doc, idx, segs)
    indirect = reader.indirect()
    direct = reader.direct(indirect)
    merged = _merge(reader.paragraphs_with_colon(), direct, indirect)
    out = []
    for k, c in enumerate(merged, 1):
        out.append(_to_quote(doc, idx, segs, c, f"q{k}"))
    return out


# -- reading ------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, doc: Document, idx: Tree, segs: list[Segment]) -> None:
        self.doc = doc
        self.idx = idx
        self.toks = doc.tokens
        self.text = doc.article.text
        self.segs = segs
        self.lex = _lexicon()

    # indirect speech ----------------------------------------------------------------------

    def indirect(self) -> list[Candidate]:
        out: list[Candidate] = []
        for t in self.toks:
            if t.lemma == "accord" and t.text.lower() == "according":
                c = self._according(t)
                if c:
                    out.append(c)
            elif t.pos in ("VERB", "AUX") and _lemma(t) in self.lex["frames"]:
                c = self._verb(t)
                if c:
                    out.append(c)
            elif t.pos == "NOUN" and t.lemma in self.lex["nouns"]:
                c = self._noun(t)
                if c:
                    out.append(c)
        return out

    def _verb(self, v: Token) -> Candidate | None:
        frames = self.lex["frames"][_lemma(v)]
        kids = self.idx.children[v.i]
        content: tuple[int, int] | None = None
        frame = ""
        cue_end = v.i
        for f in sorted(frames, key=lambda f: _FRAME_RANK.get(f.split(":")[0], 5)):
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
                    objs = self.idx.children_by_dep(p, "pobj", "pcomp")
                    if objs:
                        hits = objs
                        cue_end = p
                    elif self.toks[p].dep == "prt":
                        more = [c for c in kids if self.toks[c].dep in ("dobj", "ccomp")]
                        if more:
                            hits, cue_end = more, p
            if hits:
                lo, hi = self.idx.subtree_bounds(hits[0])
                if f == "dobj":
                    hi = self._complements_end(v.i, hi)
                content = self._trim(lo, hi)
                frame = f.split(":")[0]
                break
        parenthetical = False
        if content is None and v.dep == "parataxis" and v.lemma in self.lex["direct"]:
            content = self._host_clause(v.i)
            frame, parenthetical = "ccomp", True
        if content is None or content[1] - content[0] < 3:
            return None
        subj = self._subject(v.i)
        if subj is None and not parenthetical:
            return None
        speaker = self._np_span(subj) if subj is not None else None
        cue = self._cue_span(v.i, cue_end)
        if not parenthetical and (_overlaps(speaker, content) or _overlaps(cue, content)):
            return None
        return Candidate(content, cue, speaker, subj, frame, v.i)

    def _complements_end(self, v: int, hi: int) -> int:
        """After a reporting verb's object, what completes it: "called the charges
        unsubstantiated", "described him as a liar", "accused her of lying"."""
        for c in self.idx.children[v]:
            t = self.toks[c]
            if c > hi and (
                t.dep in ("oprd", "xcomp", "ccomp", "acomp")
                or (t.dep == "prep" and t.text.lower() in ("as", "of", "for"))
            ):
                hi = max(hi, self.idx.subtree_bounds(c)[1])
        return hi

    def _host_clause(self, v: int) -> tuple[int, int] | None:
        """The clause a parenthetical "he said" sits in, without the parenthetical."""
        host = self.toks[v].head
        lo, hi = self.idx.subtree_bounds(host)
        return self._trim(lo, hi, skip=set(self.idx.subtree(v)))

    def _according(self, t: Token) -> Candidate | None:
        to = [c for c in self.idx.children[t.i] if self.toks[c].text.lower() == "to"]
        if not to:
            return None
        objs = self.idx.children_by_dep(to[0], "pobj")
        if not objs:
            return None
        src = objs[0]
        pp_lo, pp_hi = self.idx.subtree_bounds(t.i)
        sent = self.doc.sentences[t.sent]
        first, last = sent.tok_start, sent.tok_end - 1
        if pp_lo - first <= 1:  # "According to X, ..." : the rest of the sentence
            lo, hi = pp_hi + 1, last
        else:  # "..., according to X." : what comes before
            lo, hi = first, pp_lo - 1
            if pp_hi < last - 1:
                hi = last  # "X will, according to Y, do Z"
        content = self._trim(lo, hi, skip=set(range(pp_lo, pp_hi + 1)))
        if content is None:
            return None
        cue = (t.start, self.toks[to[0]].end)
        return Candidate(content, cue, self._np_span(src), src, "according", t.i)

    def _noun(self, n: Token) -> Candidate | None:
        kids = self.idx.children[n.i]
        clause = [
            c
            for c in kids
            if self.toks[c].dep in ("acl", "ccomp", "relcl")
            and any(
                self.toks[g].text.lower() == "that" and self.toks[g].dep == "mark"
                for g in self.idx.children[c]
            )
        ]
        if not clause:
            return self._noun_about(n)
        lo, hi = self.idx.subtree_bounds(clause[0])
        content = self._trim(lo, hi)
        if content is None:
            return None
        owner = [c for c in kids if self.toks[c].dep == "poss"]
        src = owner[0] if owner else None
        speaker = self._np_span(src) if src is not None else None
        return Candidate(content, (n.start, n.end), speaker, src, "noun", n.i)

    def _noun_about(self, n: Token) -> Candidate | None:
        """ "Trump's criticism of the deal", "questions about his health": content is the object
        of the preposition; the speaker is the possessor or the "by" agent, if any."""
        kids = self.idx.children[n.i]
        preps = [
            c
            for c in kids
            if self.toks[c].dep == "prep"
            and self.toks[c].text.lower() in ("of", "about", "over", "on")
        ]
        if not preps:
            return None
        objs = self.idx.children_by_dep(preps[0], "pobj", "pcomp")
        if not objs:
            return None
        owner = [c for c in kids if self.toks[c].dep == "poss"]
        agents = [
            o
            for c in kids
            if self.toks[c].dep == "prep" and self.toks[c].text.lower() == "by"
            for o in self.idx.children_by_dep(c, "pobj")
        ]
        sources = owner or agents
        if not sources:
            return None
        src = sources[0]
        lo, hi = self.idx.subtree_bounds(objs[0])
        content = self._trim(lo, hi)
        if content is None:
            return None
        cue = (n.start, self.toks[preps[0]].end)
        return Candidate(content, cue, self._np_span(src), src, "noun", n.i)

    # direct speech ------------------------------------------------------------------------

    def direct(self, indirect: list[Candidate]) -> list[Candidate]:
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
        toks = self._tokens_between(seg.start, seg.end)
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
            if t.lemma == "be" and not self._subject_is_actor(i):
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
            subj = self._subject(v.i)
            if subj is not None and covering(self.segs, self.toks[subj].start, self.toks[subj].end):
                subj = None
            speaker = self._np_span(subj) if subj is not None else None
            return Candidate(
                (seg.start, seg.end), self._cue_span(v.i, v.i), speaker, subj, "quote", v.i
            )
        return self._colon(seg) or self._dash(seg)

    def _reports_elsewhere(self, v: int, seg: Segment, own: Candidate | None) -> bool:
        if own is None:
            return False
        for c in self.idx.children[v]:
            if self.toks[c].dep in ("ccomp", "parataxis"):
                lo, hi = self.idx.subtree_bounds(c)
                if _overlaps((self.toks[lo].start, self.toks[hi].end), (seg.start, seg.end)):
                    return False
        return not _overlaps(own.content, (seg.start, seg.end))

    def _colon(self, seg: Segment) -> Candidate | None:
        para_start = self.text.rfind("\n", 0, seg.start) + 1
        before = self.text[para_start : seg.start]
        m = re.search(r"([A-Z][\w.’'\- ]{0,60}?)\s*:\s*$", before)
        if not m:
            return None
        name_toks = self._tokens_between(para_start + m.start(1), para_start + m.end(1))
        if not name_toks or not any(t.pos in ("PROPN", "NOUN", "PRON") for t in name_toks):
            return None
        head = _head_of(name_toks)
        colon = para_start + m.end()
        colon = self.text.rfind(":", 0, colon)
        return Candidate(
            (seg.start, seg.end),
            (colon, colon + 1),
            (name_toks[0].start, name_toks[-1].end),
            head.i,
            "colon",
        )

    def _dash(self, seg: Segment) -> Candidate | None:
        after = self.text[seg.end : seg.end + 80]
        m = re.match(r"\s*([―—–-])\s*([A-Z][\w.’'\-]*(?: [A-Z@(][\w.’'\-)]*){0,5})", after)
        if not m:
            return None
        s = seg.end + m.start(2)
        e = seg.end + m.end(2)
        name_toks = self._tokens_between(s, e)
        if not name_toks:
            return None
        d = seg.end + m.start(1)
        head = _head_of(name_toks)
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
                name = self._tokens_between(pos + m.start(1), pos + m.end(1))
                if name and all(t.pos in ("PROPN", "NOUN", "PUNCT") for t in name):
                    head = _head_of(name)
                    content = (pos + m.start(2), pos + len(para.rstrip()))
                    colon = pos + m.end(1)
                    out.append(
                        Candidate(
                            content,
                            (colon, colon + 1),
                            (name[0].start, name[-1].end),
                            head.i,
                            "colon",
                        )
                    )
            pos += len(para) + 1
        return out

    # helpers ------------------------------------------------------------------------------

    def _subject(self, v: int) -> int | None:
        toks = self.toks
        for _ in range(4):
            subj = self.idx.children_by_dep(v, "nsubj")
            if subj:
                return max((c for c in subj if c < v), default=subj[0])
            if self.idx.children_by_dep(v, "nsubjpass"):
                agent = self.idx.children_by_dep(v, "agent")
                if agent:
                    objs = self.idx.children_by_dep(agent[0], "pobj")
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

    def _subject_is_actor(self, v: int) -> bool:
        subj = self._subject(v)
        return subj is not None and self.toks[subj].pos in ("PROPN", "PRON")

    def _np_span(self, i: int | None) -> tuple[int, int] | None:
        """The speaker phrase: the subject's subtree without clauses hanging off it."""
        if i is None:
            return None
        toks = self.toks
        drop: set[int] = set()
        for c in self.idx.children[i]:
            if toks[c].dep in ("relcl", "acl", "punct", "cc", "conj", "appos", "advmod"):
                drop.update(self.idx.subtree(c))
        keep = sorted(j for j in self.idx.subtree(i) if j not in drop)
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

    def _cue_span(self, v: int, last: int) -> tuple[int, int]:
        """The cue verb with auxiliaries, negation and particle ("has not said", "point out")."""
        first = v
        for c in self.idx.children[v]:
            if self.toks[c].dep in ("aux", "auxpass", "neg") and v - 3 <= c < v:
                first = min(first, c)
        return self.toks[first].start, self.toks[max(v, last)].end

    def _trim(self, lo: int, hi: int, *, skip: set[int] | None = None) -> tuple[int, int] | None:
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

    def _tokens_between(self, start: int, end: int) -> list[Token]:
        return [t for t in self.toks if t.start >= start and t.end <= end]


# -- merging ------------------------------------------------------------------------------------


def _contains(outer: tuple[int, int], inner: tuple[int, int], *, margin: int = 0) -> bool:
    return (
        outer[0] <= inner[0] + 2
        and inner[1] - 2 <= outer[1]
        and (outer[1] - outer[0]) >= (inner[1] - inner[0]) + margin
    )


def _split_pair(a: Candidate, b: Candidate, text: str) -> bool:
    """`"...," he said, "..."`: two quoted parts around one cue, in one sentence."""
    if a.cue is None or a.cue_token is None or a.cue_token != b.cue_token:
        return False
    between = text[a.content[1] : b.content[0]]
    return (
        a.content[1] <= a.cue[0]
        and a.cue[1] <= b.content[0]
        and len(between) < 120
        and ("\n" not in between)
    )


def _lemma(t: Token) -> str:
    """The lemma, mended where the tagger's lemmatizer slips ("hoping" -> "hop")."""
    frames = _lexicon()["frames"]
    if t.lemma in frames:
        return t.lemma
    low = t.text.lower()
    for cut, add in (("ing", "e"), ("ed", "e"), ("es", "e"), ("s", "")):
        if low.endswith(cut) and low[: -len(cut)] + add in frames:
            return low[: -len(cut)] + add
    return t.lemma


def _runs_on_pair(a: Candidate, b: Candidate, text: str) -> bool:
    """`"...," Warren said. "..."`: a quote with no cue of its own right after a cued one by the
    same speaker, only the attribution between them."""
    if b.frame != "float" or a.cue is None or b.speaker != a.speaker:
        return False
    between = text[a.content[1] : b.content[0]]
    return (
        a.content[1] <= a.cue[0]
        and a.cue[1] <= b.content[0]
        and len(between) <= 80
        and ("\n" not in between)
    )


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _merge(
    lines: list[Candidate], direct: list[Candidate], indirect: list[Candidate]
) -> list[Candidate]:
    """Transcript lines first, then direct quotes, then indirect readings of other words; one
    candidate per cue."""
    out = list(lines)
    for group in (direct, sorted(indirect, key=lambda c: _FRAME_RANK.get(c.frame, 5))):
        strong = [o for o in out if o.frame in ("colon", "quote", "float", "dash")]
        for c in group:
            size = c.content[1] - c.content[0]
            if any(_overlap(c.content, o.content) >= 0.5 * size for o in strong):
                continue
            if c.cue_token is not None and any(o.cue_token == c.cue_token for o in out):
                continue
            out.append(c)
    out.sort(key=lambda c: c.content)
    return out


def kind_of(c: Candidate, segs: list[Segment]) -> str:
    if c.frame in ("quote", "float", "dash"):
        return "direct"
    share = inside_share(segs, *c.content, single=False)
    if share >= 0.9:
        return "direct"
    if share > 0 or inside_share(segs, *c.content) > 0:
        return "mixed"
    return "indirect"


# -- speakers -----------------------------------------------------------------------------------


def _head_of(toks: list[Token]) -> Token:
    ids = {t.i for t in toks}
    for t in toks:
        if t.head not in ids or t.head == t.i:
            return t
    return toks[-1]


def _to_quote(doc: Document, idx: Tree, segs: list[Segment], c: Candidate, qid: str) -> Quote:
    text = doc.article.text
    speaker_span = (
        Span(c.speaker[0], c.speaker[1], text[c.speaker[0] : c.speaker[1]]) if (c.speaker) else None
    )
    entity = (
        resolve_speaker(doc, idx, c.speaker_head, c.speaker)
        if c.speaker_head is not None and c.speaker is not None
        else None
    )
    cue = Span(c.cue[0], c.cue[1], text[c.cue[0] : c.cue[1]]) if c.cue else None
    return Quote(
        id=qid,
        speaker=entity,
        speaker_text=speaker_span.text if speaker_span else None,
        cue=cue,
        content=Span(c.content[0], c.content[1], text[c.content[0] : c.content[1]]),
        kind=kind_of(c, segs),
        speaker_span=speaker_span,
    )

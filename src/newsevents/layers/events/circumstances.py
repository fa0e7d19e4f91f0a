"""When, on whose word, and with which amounts: the circumstances of an event record, read from
the layers before the event layer (timexes, quotes, quantities) and the publication date.

Date: the time expression of the event's sentence nearest the trigger (timex layer), else the
publication date; an event dated after publication in a present-tense clause is future.
Attribution: the quote whose content holds the trigger (quotes layer), else the reporting verb
above the event or an "according to" phrase in its sentence. Quantities: those inside the
trigger's argument phrases.
"""

from __future__ import annotations

from ...records import Attribution, Document, EventDate, Span
from .arguments import Args
from .modality import Mood
from .roles import Proto


class Circumstances:
    """Date, attribution and quantities of the events of one document."""

    def __init__(self, doc: Document, args: Args) -> None:
        self.doc = doc
        self.a = args
        self.tree = args.tree
        self.published = (doc.article.published or "")[:10] or None

    def date(self, p: Proto) -> EventDate | None:
        sent = self.a.token(p.head).sent
        s = self.doc.sentences[sent]
        here = self.a.tok[p.head].start
        best = None
        for t in self.doc.timexes:
            if t.type not in ("DATE", "TIME") or not t.value or not s.start <= t.start < s.end:
                continue
            if not t.value[:1].isdigit():
                continue
            dist = abs(t.start - here)
            if best is None or dist < best[0]:
                best = (dist, t)
        if best is not None:
            t = best[1]
            return EventDate(t.text, t.value, t.start, t.end)
        if self.published:
            return EventDate(None, self.published)
        return None

    def future_by_date(self, mood: Mood, date: EventDate | None, p: Proto) -> Mood:
        """An event dated after the publication date, in a non-past clause, is future."""
        if mood.modality != "asserted" or date is None or date.text is None or not self.published:
            return mood
        value = date.value or ""
        if value[:10] <= self.published[: len(value[:10])]:
            return mood
        tag = self.a.token(p.anchor).tag
        if tag in ("VBD", "VBN") or (
            self.a.deps(p.anchor, "aux")
            and any(self.a.lemma(x) == "have" for x in self.a.deps(p.anchor, "aux"))
        ):
            return mood
        return Mood("future", None, False)

    def attribution(self, p: Proto) -> Attribution | None:
        where = self.a.tok[p.head].start
        if self.doc.quotes:
            best = None
            for q in self.doc.quotes:
                if q.content.start <= where < q.content.end:
                    size = q.content.end - q.content.start
                    if best is None or size < best[0]:
                        best = (size, q)
            if best is not None:
                q = best[1]
                sp = q.speaker_span
                text = q.speaker_text or (sp.text if sp else None) or (q.cue.text if q.cue else "")
                return Attribution(
                    q.speaker, text, sp.start if sp else None, sp.end if sp else None
                )
            return None
        return self._attribution_from_parse(p)

    def _attribution_from_parse(self, p: Proto) -> Attribution | None:
        """Without a quotes layer: the reporting verb above the event, or "according to X"."""
        a = self.a
        for t, g in p.chain:
            if g.role == "report":
                subj = a.subject(t).token
                if subj is not None:
                    return self._phrase_attribution(subj)
        sent = self.doc.sentences[a.token(p.head).sent]
        for i in range(sent.tok_start, sent.tok_end):
            if a.lemma(i) == "accord" and (tos := [o for w, o in a.preps(i) if w == "to"]):
                return self._phrase_attribution(tos[0])
        return None

    def _phrase_attribution(self, i: int) -> Attribution:
        lo, hi = self.tree.subtree_bounds(i)
        span: Span = self.tree.token_span(lo, hi)
        ents = self.a.entities(i)
        return Attribution(ents[0] if ents else None, span.text, span.start, span.end)

    def quantities(self, p: Proto) -> tuple[str, ...]:
        if not self.doc.quantities:
            return ()
        roots = [p.head] if self.a.token(p.head).pos == "NOUN" else []
        for v in {p.anchor, p.head}:
            if self.a.token(v).pos != "NOUN":
                roots.extend(self.a.deps(v, "dobj", "dative", "prep", "npadvmod", "attr"))
        ranges = []
        for r in roots:
            lo, hi = self.tree.subtree_bounds(r)
            ranges.append((self.a.tok[lo].start, self.a.tok[hi].end))
        return tuple(
            q.id for q in self.doc.quantities if any(lo <= q.start < hi for lo, hi in ranges)
        )

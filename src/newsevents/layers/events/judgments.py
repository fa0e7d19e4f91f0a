"""Judging an act wrong in reported speech: "GM's behaviour towards Germany is unacceptable".

A speaker who says that a party or its act is unacceptable, irresponsible, unconstitutional or a
disgrace criticises that party (CAMEO 111 criticize or denounce, PLOVER ACCUSE), as one who calls
it so does (`naming.Naming`). The judgment is the complement of a copula (`judging_verbs`: "is
unacceptable", "has been unconstitutional", "is an insult") whose word, or a modifier of it, is
one of disapproval (`disapproval` of `ontology/data/naming_words.json`), not negated, told inside
a quotation the quotes layer gives a speaker (direct or indirect: "X said the decision by Y was
unacceptable"). The party judged is the subject, its possessor or its "by" agent ("the decision
by Israel", "his use of the Presidency"; never an "of" phrase, which names whom an act was done
to: "the treatment of its drivers"), or, after an empty "it", the subject of the clause it stands
for ("it is unacceptable that the government ..."); with no party named, no event is read. A
court's words that an act was unlawful are its ruling (CAMEO 116, coded on the ruling's verb),
no criticism. Instances: article gold train (GUM interview: "His use of the Presidency to further
this agenda has in many ways been unconstitutional", ACCUSE -> Barack Obama), Wikinews ("GM's]
behaviour towards Germany is completely unacceptable," said German economy minister Rainer
Bruederle), PolNeAR ("Donald Trump's yearslong obsession ... is an insult to all
African-Americans, top black lawmakers said"; "She's a disgrace and those comments are a
disgrace," he said).
"""

from __future__ import annotations

from ...ontology.codebook import EventOntology
from ...ontology.reading import naming_words
from .arguments import Args
from .roles import Proto, trigger_span
from .triggers import Coding

_WORDS = naming_words()
DISAPPROVAL = frozenset(_WORDS["disapproval"])
JUDGING_VERBS = frozenset(_WORDS["judging_verbs"])
CRITICISM = str(_WORDS["criticism_code"])
COMPLEMENTS = frozenset({"acomp", "attr"})
COURT = "JUD"
EMPTY_SUBJECTS = frozenset({"it", "this", "that"})
ABOUT_CLAUSES = ("ccomp", "csubj", "xcomp")  # what an empty "it" stands for ("it is ... that")


class Judgments:
    """Criticism told as a predicate of disapproval in a speaker's quoted words."""

    def __init__(self, args: Args, onto: EventOntology) -> None:
        self.a = args
        self.onto = onto

    def protos(self, rng: range, taken: set[int]) -> list[Proto]:
        a, out = self.a, []
        for i in rng:
            t = a.token(i)
            v = t.head
            if t.dep not in COMPLEMENTS or v == i or v in taken or i in taken:
                continue
            if a.lemma(v) not in JUDGING_VERBS or not self._disapproving(i, v):
                continue
            speaker = self._speaker(i)
            if any(a.tree.entities[e].sector == COURT for e in speaker):
                continue  # a court's finding is its ruling (116, the verb of the ruling)
            judged = [e for e in self._judged(i, v) if e not in speaker]
            if not speaker or not judged:
                continue
            coding = Coding(i, "VERB", CRITICISM, None, None, None, "lexicon")
            p = Proto(v, i, v, CRITICISM, coding, [])
            p.actors, p.recipients, p.span = speaker, judged, trigger_span(a, i, i)
            out.append(p)
        return out

    def _disapproving(self, i: int, v: int) -> bool:
        """ "is unacceptable", "a travesty", "a dangerous and irresponsible abuse"; negated ("is
        not unacceptable", "is not illegal") it judges nothing wrong."""
        a = self.a
        words = {a.lemma(i), a.token(i).text.lower()}
        words |= {a.lemma(m) for m in a.deps(i, "amod", "conj")}
        return not a.deps(v, "neg") and not a.deps(i, "neg") and bool(words & DISAPPROVAL)

    def _speaker(self, i: int) -> list[str]:
        """The speaker entity of the innermost quotation holding token i."""
        a = self.a
        at = a.token(i).start
        quotes = [
            q
            for q in a.tree.doc.quotes
            if q.content.start <= at < q.content.end and q.speaker in a.tree.entities
        ]
        if not quotes:
            return []
        inner = min(quotes, key=lambda q: q.content.end - q.content.start)
        return [inner.speaker] if inner.speaker is not None else []

    def _judged(self, i: int, v: int) -> list[str]:
        """The parties the judgment is about: the subject's, its possessor's or its "by" agent's
        ("the decision by Israel": the act's doer), or, after an empty "it", those of the clause
        it stands for."""
        a = self.a
        heads = a.deps(v, "nsubj", "nsubjpass")
        if not heads:
            return []
        h = heads[0]
        if a.lemma(h) not in EMPTY_SUBJECTS:
            # not its "of" phrase: "the treatment of its drivers" names whom it was done to
            own = a.entities(h, via_of=False)
            return own or [e for w, o in a.preps(h) if w == "by" for e in a.entities(o)]
        for c in [*a.deps(v, *ABOUT_CLAUSES), *a.deps(i, *ABOUT_CLAUSES)]:
            if subj := a.deps(c, "nsubj", "nsubjpass"):
                return a.entities(subj[0])
        return []

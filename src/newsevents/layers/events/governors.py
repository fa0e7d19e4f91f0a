"""The words above a trigger that change what it means: "agreed/offered to", "urged X to",
"refused to", "is expected to", "said (that)" (the `governor` records of `event_lexicon.jsonl`).

`Governors.of(j)` tells whether token j is a governor here (its lemma, or a guess from its word
form, with the preposition, particle, object or form the record asks for); `Governors.climb(i)`
walks up from a trigger through complements, coordination and "to"-infinitives and returns the
chain of governors above it, nearest first, and the coded event it is the complement of, if any.
A reporting verb that directs a party ("told X to do") is a request there, as "urged X to" is.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from ...ontology.codebook import EventOntology, Governor
from .arguments import Args

CLIMB_DEPS = frozenset({"xcomp", "ccomp", "acl"})
MAX_CLIMB = 12
# Reporting verbs that direct someone when they take a party and a "to"-infinitive ("Apple told
# customers to hold the phone ...", "she was told to disconnect"): an appeal, as "urged X to" is.
DIRECTING = frozenset({"tell"})
APPEAL = "020"
# "X is to blame": fault laid on X (an accusation told now), not an act arranged to come as "is to
# be sentenced" is (PolNeAR, Breitbart: "Democrats and the media are to blame for ...")
BE_TO_IDIOMS = frozenset({"blame"})


class Governors:
    """The governor lexicon applied to one document's parse."""

    def __init__(self, args: Args, onto: EventOntology) -> None:
        self.a = args
        self.onto = onto
        # (token, via_prep) -> its governor: every sentence pass asks of every token, and the
        # climbs from each trigger ask again of the words above it
        self._of: dict[tuple[int, str | None], Governor | None] = {}

    def of(self, j: int, via_prep: str | None = None) -> Governor | None:
        """The governor token j is, if it has what the record asks for; `via_prep`: the
        preposition the event hangs from ("called [for] talks")."""
        key = (j, via_prep)
        if key not in self._of:
            self._of[key] = self._governor(j, via_prep)
        return self._of[key]

    def _governor(self, j: int, via_prep: str | None) -> Governor | None:
        a, t = self.a, self.a.token(j)
        g = self._predicate_adjective(j)
        if g is not None:
            return g
        for lemma in a.lemmas(j)[:4]:
            g = self.onto.governors.get((lemma, "NOUN")) if t.pos == "NOUN" else None
            if g is None:
                g = self.onto.governors.get((lemma, None))
            if g is not None:
                break
        if g is None or self._mass(j):
            return None
        if g.prep and via_prep not in g.prep and not (set(g.prep) & self._prep_words(j)):
            return None
        if g.prt and a.particle(j) != g.prt:
            return None
        if g.obj and not any(
            a.lemma(c) in g.obj for c in a.deps(j, "dobj", "oprd", "acomp", "attr", "ccomp")
        ):
            return None
        if g.when == "progressive" and t.tag != "VBG":
            return None
        if g.when == "passive_or_adj" and t.tag != "VBN":
            return None
        if g.when == "infinitive" and not self._takes_infinitive(j):  # "is [to] be sentenced"
            return None
        if g.when == "active" and a.is_passive(j):  # "was recommended by Jobs to take over"
            return None
        if g.role == "report" and g.lemma in DIRECTING and self._directs(j):
            return replace(g, role="request", code=APPEAL)
        return g

    def _mass(self, j: int) -> bool:
        """ "a revival in demand supported by government action": a noun the lexicon counts only
        as a count noun (`Trigger.count_only`), here a bare singular of its mass sense."""
        a, t = self.a, self.a.token(j)
        trig = self.onto.nouns.get(t.lemma.lower()) if t.pos == "NOUN" else None
        return bool(trig and trig.count_only and t.tag == "NN" and not a.deps(j, "det", "poss"))

    def _directs(self, j: int) -> bool:
        """Verb j tells a party (its object, or a passive's subject) to do something, the
        infinitive in the same stretch of words ("told the press, 'to show that ...'" goes on
        with a quotation)."""
        a = self.a
        if not a.deps(j, "dobj", "nsubjpass"):
            return False
        for c in a.deps(j, "xcomp"):
            to = [x for x in a.deps(c, "aux") if a.lemma(x) == "to"]
            if not to or a.token(c).tag != "VB" or to[0] < j:
                continue
            if not any(a.token(k).pos == "PUNCT" for k in range(j + 1, to[0])):
                return True
        return False

    def _predicate_adjective(self, j: int) -> Governor | None:
        """ "It is hard to get a death sentence", "how difficult it is to get a capital
        sentence": the parser hangs the infinitive of a predicate adjective after "it" on "be";
        an adjective of possibility there (a governor of role hypothetical: "difficult", "easy",
        "unlikely") governs the infinitive, which is no "is to" arrangement."""
        a = self.a
        if a.lemma(j) != "be" or not a.deps(j, "xcomp"):
            return None
        for c in a.deps(j, "acomp"):
            g = self.onto.governors.get((a.lemma(c), None))
            if g is not None and g.role == "hypothetical":
                return g
        return None

    def _takes_infinitive(self, j: int) -> bool:
        """Verb j has a "to"-infinitive complement right after it (adverbs aside): "is to be
        sentenced", "are now to be closed"; not a predicate's ("it was easier to seek")."""
        a = self.a
        return any(
            a.lemma(x) == "to"
            and a.lemma(c) not in BE_TO_IDIOMS
            and all(a.token(k).pos == "ADV" for k in range(j + 1, x))
            for c in a.deps(j, "xcomp")
            for x in a.deps(c, "aux")
        )

    def _prep_words(self, j: int) -> set[str]:
        return {self.a.lemma(p) for p in self.a.deps(j, "prep", "prt")}

    def climb(self, i: int, coded: Container[int]) -> tuple[list[tuple[int, Governor]], int | None]:
        """Governors above token i (nearest first) and the trigger among `coded` (the coded
        words of the sentence) it is a complement of."""
        a = self.a
        chain: list[tuple[int, Governor]] = []
        j = i
        for _ in range(MAX_CLIMB):
            t = a.token(j)
            h = t.head
            if h == j:
                break
            if t.dep == "conj":  # coordinated: shares the governors of its first conjunct
                j = h
                continue
            if t.dep == "acomp" and a.token(h).lemma == "be":  # "is [willing] to ...": the copula
                j = h
                continue
            if t.dep == "ccomp" and self._across_semicolon(j, h):
                break
            if (
                t.dep in CLIMB_DEPS
                or (t.dep == "advcl" and self._is_whether(j))
                or (self._infinitive_of_governor(j))
            ):
                if t.dep == "acl" and a.token(h).pos != "NOUN":
                    break
                if g := self.of(h):
                    chain.append((h, g))
                    j = h
                    continue
                if h in coded:
                    return chain, h
                break
            if (amount := a.amount_of(j)) is not None:  # "sought [$2 billion] in loans"
                j = amount
                continue
            if t.dep in ("dobj", "nsubjpass", "attr") and a.token(j).pos in ("NOUN", "NUM"):
                if g := self.of(h):
                    chain.append((h, g))
                    j = h
                    continue
                break
            # "called for talks", and a gerund after the preposition: "balked at [committing]"
            if t.dep in ("pobj", "pcomp") and a.token(h).dep == "prep":
                v = a.token(h).head
                if v != h and (g := self.of(v, via_prep=a.lemma(h))):
                    chain.append((v, g))
                    j = v
                    continue
            break
        return chain, None

    def _across_semicolon(self, j: int, h: int) -> bool:
        """ "Clinton was impeached ...; the vote to remove him also failed": a semicolon joins
        two independent clauses, so a clause before it that the parser hung as the complement
        of the verb after it is none (the later verb neither reports nor negates it)."""
        a = self.a
        return j < h and any(a.token(p).text == ";" and j < p < h for p in a.deps(h, "punct"))

    def _infinitive_of_governor(self, j: int) -> bool:
        """ "have sworn [to fight]" parsed as an adjunct: a governor's infinitive complement."""
        t = self.a.token(j)
        if t.dep != "advcl" or not any(self.a.lemma(x) == "to" for x in self.a.deps(j, "aux")):
            return False
        return self.of(t.head) is not None

    def _is_whether(self, j: int) -> bool:
        return any(self.a.lemma(m) in ("whether", "if") for m in self.a.deps(j, "mark"))

"""Did the act kill anyone, and how many? The fatality of an event, read off its own parse.

Only an asserted act of violence (`violent_types`: ASSAULT, FIGHT) gets one, and only from words
tied to it in the parse (the words are data: `ontology/data/death_words.json`):

1. "verb": the act's own verb kills ("police killed a ram sevak", "who were shot dead", "was
   beaten to death", "gunned down");
2. "clause": a death clause hangs on the act, a participle or a conjunct without a subject of
   its own ("fired, killing one", "fired and killed two", "leaving three dead"), a relative
   clause of the act ("a drone attack that left six soldiers dead"), or the act is the subject
   of a killing ("the firing killed two", "rioting and police firing left two dead");
3. "means": the act is the means or occasion of a death told by the clause above it ("were
   killed in police firing", "died after being beaten", "was killed when the police fired"),
   or by the first of two coordinated clauses that share it ("two were killed and six injured
   when the police opened fire").

The victim must be people: an actor of the entity layer, a noun of people, a number, a personal
pronoun ("killed time", "killed the bill" are no deaths). `killed` is the count of a quantity
inside the victim's phrase ("killed 5 people", "two protesters died"), 1 for one person named or
pointed at ("killed him", "killed a student"), else None. A death the clause hedges ("may have
killed") or denies of someone ("was not killed"), or one that nearly happened ("was nearly
killed"), gives no fatality: the text does not say whether the act killed anyone. A subject that
says no one died ("no one was killed in the firing", "nobody died") makes the act not fatal
(`fatal` False, 0 killed). Nothing is guessed: an act the text tells no death of has none.
"""

from __future__ import annotations

from ...ontology.reading import death_words
from ...records import Document, Fatality, Quantity
from ..quantities.numbers import read_number
from .arguments import OBJ, PASSIVE_SUBJ, RELATIVE, SUBJ, Args
from .modality import HYPOTHETICAL_AUX, NEGATIONS

_W = death_words()
KILLING = frozenset(_W["killing_verbs"])
PHRASAL = dict(_W["phrasal_killing_verbs"])
DYING = frozenset(_W["death_verbs"])
DEAD = frozenset(_W["dead_words"])
LEAVE = frozenset(_W["leave_verbs"])
DEATH_NOUNS = frozenset(_W["death_nouns"])
MEANS_PREPS = frozenset(_W["means_prepositions"])
MEANS_MARKS = frozenset(_W["means_subordinators"])
NEAR = frozenset(_W["near_adverbs"])
NOBODY = frozenset(_W["nobody_words"])
VICTIMS = frozenset(_W["victim_nouns"])
THINGS = frozenset(_W["not_victims"])
ONE_PERSON = frozenset(_W["single_pronouns"])
VIOLENT = frozenset(_W["violent_types"])
ATTACHED = ("advcl", "xcomp", "conj")  # a clause hung on the act
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
MAX_UP = 4  # prepositions and clauses between an act and the death it is the means of


class Deaths:
    """The fatality of the events of one document."""

    def __init__(self, doc: Document, args: Args) -> None:
        self.a = args
        self.quantities: tuple[Quantity, ...] = doc.quantities

    def of(self, plover: str | None, modality: str, tokens: list[int]) -> Fatality | None:
        """The fatality of an act of type `plover` told by `tokens` (its anchor and trigger)."""
        if plover not in VIOLENT or modality != "asserted":
            return None
        for i in tokens:
            if (found := self._own(i)) is not None:
                return found
        for i in tokens:
            if (found := self._attached(i)) is not None:
                return found
        for i in tokens:
            if (found := self._means(i)) is not None:
                return found
        return None

    # -- 1. the act's own verb ------------------------------------------------------------------

    def _own(self, v: int) -> Fatality | None:
        words = self._killing_words(v)
        if not words:
            return None
        return self._told(v, self._patient(v), words, "verb")

    def _killing_words(self, v: int) -> list[int]:
        """The words that make verb `v` a killing: itself, its particle ("gunned down"), its
        "dead" ("shot dead") or its "to death"; [] when it is no killing."""
        a = self.a
        if a.tok[v].pos not in ("VERB", "AUX"):
            return []
        lemma = a.lemma(v)
        if lemma in KILLING:
            return [v]
        if (prt := a.particle(v)) is not None and PHRASAL.get(lemma) == prt:
            return [v, *a.deps(v, "prt")]
        complements = a.deps(v, "acomp", "oprd", "advmod", "xcomp", "ccomp", "dobj")
        dead = [c for c in complements if a.lemma(c) in DEAD or a.tok[c].text.lower() in DEAD]
        if dead and lemma not in LEAVE:
            return [v, dead[0]]
        for p in a.deps(v, "prep"):
            if a.lemma(p) == "to" and any(a.lemma(o) in DEATH_NOUNS for o in a.deps(p, "pobj")):
                return [v, *a.deps(p, "pobj")]
        return []

    def _patient(self, v: int) -> int | None:
        """Who verb `v` does it to: its object, or its subject when passive."""
        a = self.a
        if a.is_passive(v):
            subj = a.subject(v)
            return subj.token if subj.token is not None else self._relative(v)
        objs = [o for o in a.deps(v, *OBJ) if a.lemma(o) not in DEAD]
        return objs[0] if objs else None

    def _relative(self, v: int) -> int | None:
        """The antecedent of a relative clause's "who" ("the terrorists who were shot dead")."""
        a = self.a
        t = a.tok[v]
        own = a.deps(v, *SUBJ, *PASSIVE_SUBJ)
        if t.dep == "relcl" and own and a.lemma(own[0]) in RELATIVE:
            return t.head
        if t.dep in ("acl", "relcl") and not own:
            return t.head  # "the terrorists killed in the encounter"
        return None

    # -- 2. a death clause attached to the act ----------------------------------------------------

    def _attached(self, v: int) -> Fatality | None:
        a = self.a
        for c in a.deps(v, *ATTACHED):
            t = a.tok[c]
            if t.pos not in ("VERB", "AUX") or self._infinitive(c):
                continue
            if a.deps(c, *SUBJ, *PASSIVE_SUBJ) and t.tag != "VBG":
                continue  # another actor's clause: "arrested him after he killed his wife"
            if t.dep in ("advcl", "xcomp") and t.tag not in ("VBG", "VBN", "VBD"):
                continue
            if words := self._killing_words(c):
                return self._told(c, self._patient(c), words, "clause")
            if (left := self._left_dead(c)) is not None:
                return left
        # the act as the subject of a killing: "the firing killed two", "left two dead", "a
        # drone attack that left six soldiers dead", "the bombing, which killed 12"
        for c in a.deps(v, "relcl"):
            if any(a.lemma(x) in RELATIVE for x in a.deps(c, "nsubj")) and not a.is_passive(c):
                if a.lemma(c) in KILLING:
                    return self._told(c, self._patient(c), [c], "clause")
                if (left := self._left_dead(c)) is not None:
                    return left
        h = self._subject_of(v)
        if h is not None and a.lemma(h) in KILLING and not a.is_passive(h):
            return self._told(h, self._patient(h), [h], "clause")
        if h is not None and (left := self._left_dead(h)) is not None:
            return left
        return None

    def _subject_of(self, v: int) -> int | None:
        """The verb an act noun is the subject of, through its own phrase and conjuncts
        ("rioting and subsequent police firing ... left two dead")."""
        a = self.a
        cur = v
        if a.tok[v].pos not in ("NOUN", "VERB"):
            return None
        for _ in range(MAX_UP):
            t = a.tok[cur]
            if t.dep == "nsubj" and t.head != cur:
                return t.head
            own_phrase = t.dep in ("compound", "conj") or (t.dep == "acl" and t.tag == "VBG")
            if not own_phrase or t.head == cur:
                return None
            cur = t.head
        return None

    def _left_dead(self, c: int) -> Fatality | None:
        """ "leaving two dead", "left three people dead": the dead are `leave`'s object."""
        a = self.a
        if a.lemma(c) not in LEAVE:
            return None
        for d in a.deps(c, "acomp", "oprd", "xcomp", "ccomp", "advmod", "dobj", "amod"):
            if a.lemma(d) not in DEAD and a.tok[d].text.lower() not in DEAD:
                continue
            victims = [o for o in a.deps(c, "dobj") if o != d] + a.deps(d, "nsubj")
            victims += a.deps(d, "nummod", "npadvmod", "compound")
            return self._told(c, victims[0] if victims else None, [c, d], "clause")
        return None

    def _infinitive(self, c: int) -> bool:
        """ "threatened to kill", "tried to kill": not done."""
        return any(self.a.lemma(x) == "to" for x in self.a.deps(c, "aux"))

    # -- 3. the act as the means of a death told above it -----------------------------------------

    def _means(self, v: int) -> Fatality | None:
        a = self.a
        cur = v
        for _ in range(MAX_UP):
            t = a.tok[cur]
            h = t.head
            if h == cur:
                return None
            if t.dep in ("pobj", "pcomp", "compound") or self._glued(cur):
                cur = h  # the preposition (asked about below), or the act's own noun phrase
                continue
            if t.dep == "prep" and self._means_prep(cur):
                return self._death_above(h)
            marks = a.deps(cur, "mark", "advmod")  # spaCy makes "when" an advmod
            if t.dep == "advcl" and any(a.lemma(m) in MEANS_MARKS for m in marks):
                return self._death_above(h)
            return None
        return None

    def _glued(self, i: int) -> bool:
        """ "in police firing" parsed as a participle of "police": the act's own phrase."""
        t = self.a.tok[i]
        return t.dep == "acl" and t.tag == "VBG" and t.head == i - 1

    def _means_prep(self, p: int) -> bool:
        a = self.a
        words = {a.lemma(p), a.tok[p].text.lower()}
        return bool(words & MEANS_PREPS)

    def _death_above(self, h: int) -> Fatality | None:
        """The death told by the clause over an act: "[two were killed] in police firing"."""
        a = self.a
        t = a.tok[h]
        if t.dep == "conj" and not self._dies(h) and self._dies(t.head):
            h = t.head  # "one person was killed and six injured when the police fired"
        lemma = a.lemma(h)
        if lemma in DYING:
            return self._told(h, a.subject(h).token, [h], "means")
        if lemma in KILLING and a.is_passive(h):
            return self._told(h, self._patient(h), [h], "means")
        if a.lemma(h) in DEAD or a.tok[h].text.lower() in DEAD:
            return self._told(h, a.subject(h).token, [h], "means")
        return None

    def _dies(self, h: int) -> bool:
        a = self.a
        return a.lemma(h) in DYING or (a.lemma(h) in KILLING and a.is_passive(h))

    # -- what the death clause says -------------------------------------------------------------

    def _told(self, v: int, victim: int | None, words: list[int], evidence: str) -> Fatality | None:
        """The fatality the death clause at `v` tells of `victim`, with `words` its evidence;
        None when the clause hedges, denies or nearly tells it, or its victim is no one."""
        if self._unsure(v) or victim is None:
            return None
        if self._nobody(victim):
            return self._fatality(False, words, evidence, killed=0)
        if not self._people(victim):
            return None
        killed, quantity = self._count(victim)
        return self._fatality(True, words, evidence, killed=killed, quantity=quantity)

    def _unsure(self, v: int) -> bool:
        """ "may have killed", "was not killed", "nearly killed", "trying to kill"."""
        a = self.a
        if self._infinitive(v):
            return True
        for c in a.deps(v, "aux", "neg", "advmod", "auxpass"):
            w = a.lemma(c)
            if w in NEGATIONS or w in HYPOTHETICAL_AUX or w in NEAR:
                return True
        return False

    def _nobody(self, i: int) -> bool:
        a = self.a
        words = {a.lemma(i), a.tok[i].text.lower()}
        if words & NOBODY:
            return True
        return any(a.lemma(d) == "no" for d in a.deps(i, "det"))

    def _people(self, i: int) -> bool:
        a = self.a
        words = {a.lemma(i), a.tok[i].text.lower()}
        if a.tok[i].pos not in ("NOUN", "PROPN", "PRON", "NUM"):
            return False
        return not words & THINGS

    def _quantity(self, i: int) -> Quantity | None:
        """The count that holds the victim's own word or its number ("as many as 98 people";
        not the 500 of "the leader of 500 rebels")."""
        a = self.a
        own = [a.tok[x].start for x in (i, *a.deps(i, "nummod"))]
        for q in self.quantities:
            if q.kind == "count" and q.value is not None and any(q.start <= s < q.end for s in own):
                return q
        return None

    def _count(self, i: int) -> tuple[int | None, str | None]:
        a = self.a
        if a.deps(i, "conj"):
            return None, None  # "the chief and his two sons": the text gives no total
        q = self._quantity(i)
        if q is not None and q.value is not None and float(q.value).is_integer():
            return int(q.value), q.id
        t = a.tok[i]
        if t.pos == "NUM":  # "killing one", "left two dead"
            n = read_number(t.text)
            return (int(n), None) if n is not None and float(n).is_integer() else (None, None)
        if t.tag in PLURAL_TAGS:
            return None, None
        if a.lemma(i) in ONE_PERSON or t.text.lower() in ONE_PERSON:
            return 1, None
        ents = [a.tree.entities.get(e) for e in a.entities(i)]
        if t.tag in ("NN", "NNP") and (
            a.lemma(i) in VICTIMS or any(e is not None and e.type == "PERSON" for e in ents)
        ):
            return 1, None
        return None, None

    def _fatality(
        self,
        fatal: bool,
        words: list[int],
        evidence: str,
        *,
        killed: int | None,
        quantity: str | None = None,
    ) -> Fatality:
        span = self.a.tree.token_span(min(words), max(words))
        return Fatality(fatal, span.text, span.start, span.end, killed, quantity, evidence)

"""The actor an agentless event implies: "17 ram sevaks were arrested" is the police's act.

Some acts have one kind of doer in the world: an arrest or a detention (CAMEO 173), teargas or a
lathi-charge against a crowd (175) is law enforcement's. When the text names no doer (an
agentless passive "were arrested", a noun "the arrests", a verb whose subject is an unresolved
pronoun), the doer is the party of that sector the article names: the nearest mention in the
event's own sentence, else the last one before it ("Police in Godhra ... Six were arrested"),
else the first after it ("..., police said"); never an entity inside the patient ("two federal
[prison] officers were charged"), and never a jail or prison, which receives the arrested
("booked into county jail": `custody_places`, `ontology/data/organisation_words.json`). Where
the article names no such party the event keeps no actor (and is not recorded). The trigger
words, their codes and the sector are data: `implicit_actor` records of
`ontology/data/event_lexicon.jsonl` (arrest, detain, book ...). A record may name the words the
doer's name must hold: a charge or an indictment is brought by the prosecutors the article names
("Federal prosecutors", "the Justice Department"), never by the police or another party of the
government; with none named, the charge keeps no actor. A record may name the class of things
the act must be done to: weapons, ammunition, drugs or stolen goods seized or recovered with no
doer named ("two firearms and 150 rounds of ammunition were seized") are law enforcement's
seizure, a ship or assets seized are not. A record may also name the acts a noun must hang on: an
investigation is law enforcement's only as the circumstance of an arrest or a detention
("arrested six people during a narcotics investigation": the arrest's subject, else the police
the article names), never an investigation told elsewhere with no doer. A court's act
(sentencing, convicting, trying) takes place in a court: a court named in its "in", "at" or
"before" phrase ("was convicted in the High Court", "sentenced them ... in the Riverside County
court") is its doer, never the one the act is done to. A ban or a prohibition is a government's
act ("the Sunday trade ban": the government the article names), taken only where the article
first tells a ban: one told again ("the ban on Mahan Air", "this ban") was coded where first told
(a record's `first`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...ontology.codebook import EventOntology
from ...ontology.reading import organisation_words
from .arguments import Args
from .roles import Proto

CUSTODY_PLACES = frozenset(organisation_words()["custody_places"])
COURT = "JUD"
# prepositions of where a court sits ("in federal court", "at the High Court")
LOCATIVE = frozenset({"in", "at", "before"})
# determiners pointing back to an act told before ("this ban")
DEMONSTRATIVES = frozenset({"this", "these", "that", "those", "such"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})  # "are prohibited", "is banned"
RULED_TYPES = frozenset({"GPE", "ORG", "LOC", "NORP"})  # "banned in the EU", "in Britain"


class ImplicitActors:
    """Actors for events whose text names none, from the sector their act implies."""

    def __init__(self, args: Args, onto: EventOntology) -> None:
        self.a = args
        self.onto = onto
        self._mentions: dict[str, list[tuple[int, str]]] | None = None  # sector -> (token, id)

    def fill(self, p: Proto, told: Sequence[Proto] = ()) -> None:
        """The doer of `p` the article names where its text names none; `told` are the events
        of the sentences before."""
        if p.governor is not None:
            return
        # a PETRARCH-2 pattern codes with no lexicon trigger ("taken into custody")
        trig = p.coding.trigger
        lemma = trig.lemma if trig is not None else self.a.lemma(p.coding.tok)
        courts = self._courts_where(p) if self._sector(lemma, p.code) == COURT else []
        if courts:
            # "sentenced them to life in prison in the Riverside County court", "was convicted
            # in the High Court": the court a court's act takes place in is its doer, never
            # the one the act is done to
            p.recipients = [e for e in p.recipients if e not in courts]
            if not p.actors and self._agentless(p):
                p.actors = [courts[0]]
        if p.actors:
            return
        if trig is None and lemma not in self.onto.implicit_pattern_lemmas:
            return
        sector = self._sector(lemma, p.code)
        if sector is None or not self._agentless(p):
            return
        if (lemma, sector) in self.onto.implicit_first and self._told_before(p, told):
            return  # "the ban on Mahan Air": the ban told before, coded there
        if lemma in self.onto.implicit_realm and (self._standing(p) or self._ruled_in(p)):
            return
        things = self.onto.implicit_things.get((lemma, sector))
        if things is not None and not self._patient_of(p, things):
            return
        words = self.onto.implicit_words.get((lemma, sector))
        patients = self._patients(p)
        eid: str | None
        heads = self.onto.implicit_heads.get((lemma, sector))
        if heads is not None:
            eid = self._doer_of_head(p, sector, patients, *heads)
        else:
            eid = self._nearest(sector, p.head, patients, words)
        if eid is not None and eid not in p.recipients:
            p.actors = [eid]

    def _told_before(self, p: Proto, told: Sequence[Proto]) -> bool:
        """Whether the act `p` names was told before: an act of its code in an earlier
        sentence ("Germany banned Mahan Air ... the ban on Mahan Air is not part of ..."), or a
        demonstrative before its noun ("this ban"): the article codes that act where it first
        told it (docs/coding-guide.md section 7, example 6)."""
        if any(q.code[:3] == p.code[:3] for q in told):
            return True
        return any(self.a.lemma(d) in DEMONSTRATIVES for d in self.a.deps(p.coding.tok, "det"))

    def _standing(self, p: Proto) -> bool:
        """A rule told in the present passive ("Jews are prohibited from killing one another",
        "smoking is banned"): a standing rule, not its imposition; no one is told imposing it."""
        a, v = self.a, p.coding.tok
        if p.coding.pos != "VERB":
            return False
        aux = [x for x in a.deps(v, "auxpass") if a.token(x).tag in PRESENT_TAGS]
        return bool(aux) and not a.deps(v, "aux")

    def _ruled_in(self, p: Proto) -> bool:
        """A rule said to hold "in" a named place or body ("air carriers banned in the EU"):
        that place's rule, whose government the article need not name anywhere near."""
        a = self.a
        return any(
            w == "in" and a.token(o).ent_type in RULED_TYPES for w, o in a.preps(p.coding.tok)
        )

    def _courts_where(self, p: Proto) -> list[str]:
        """Courts (entities of the `COURT` sector) named in a locative phrase of the trigger or
        its light verb ("in U.S. Federal Court", "at the High Court")."""
        a, c = self.a, p.coding
        heads = [c.tok] if c.light is None else [c.tok, c.light]
        ents = a.tree.entities
        return [
            e
            for h in heads
            for w, o in a.preps(h)
            if w in LOCATIVE
            for e in a.entities(o)
            if e in ents and ents[e].sector == COURT
        ]

    def _doer_of_head(
        self,
        p: Proto,
        sector: str,
        patients: set[str],
        preps: frozenset[str],
        heads: frozenset[str],
    ) -> str | None:
        """The doer of a noun told as the circumstance of another act ("arrested six people
        during a narcotics investigation", "were arrested following an investigation of the
        site", "held in isolation pending investigation"): the subject of that act, else the
        party of `sector` the article names; none when the noun hangs on no such act."""
        a = self.a
        link = a.token(p.coding.tok).head
        if link == p.coding.tok or a.token(link).text.lower() not in preps:
            return None
        verb = a.token(link).head
        if verb == link or a.lemma(verb) not in heads:
            return None
        if not a.is_passive(verb):
            subj = a.subject(verb).token
            if subj is not None and not a.is_pronoun(subj):
                own = [e for e in a.entities(subj) if e not in patients]
                return own[0] if own else None
        return self._nearest(sector, p.head, patients)

    def _sector(self, lemma: str, code: str) -> str | None:
        for codes, sector in self.onto.implicit_actors.get(lemma, ()):
            if any(code.startswith(c) for c in codes):
                return sector
        return None

    def _patients(self, p: Proto) -> set[str]:
        """Entities named inside who or what the act is done to ("two federal [prison]
        officers were charged"): never its doer."""
        a, c = self.a, p.coding
        heads = [*a.deps(c.tok, "nsubjpass", "dobj"), *(o for _, o in a.preps(c.tok))]
        return {e for h in heads for e in a.tree.entity_in_subtree(h)}

    def _patient_of(self, p: Proto, name: str) -> bool:
        """Whether what the act is done to (a passive subject or an object, or a word joined
        to it by "and": "two firearms and 150 rounds of ammunition were seized") is of class
        `name` ("rounds of ammunition": the thing its "of" names)."""
        a, c = self.a, p.coding
        heads = a.deps(c.tok, "nsubjpass", "dobj")
        heads += [x for h in heads for x in a.deps(h, "conj")]
        heads += [o for h in heads for w, o in a.preps(h) if w == "of"]  # "rounds of ammunition"
        return any(self.onto.any_in_class(a.words(h), name) for h in heads)

    def _agentless(self, p: Proto) -> bool:
        """The text names no doer: a noun, a passive without "by", a pronoun subject."""
        a, c = self.a, p.coding
        if c.pos == "NOUN":
            if c.light is None:
                return True
            # "the arrests made under POTO", "arrests were made": the light verb says no doer
            subj = a.subject(c.light)
            if subj.token in (None, c.tok) or subj.passive:
                return a.agent(c.light) is None
            return a.is_pronoun(subj.token)
        return self._verb_agentless(c.tok)

    def _verb_agentless(self, v: int) -> bool:
        a = self.a
        if a.is_passive(v):
            return a.agent(v) is None
        subj = a.subject(v).token
        return subj is None or a.is_pronoun(subj)

    def _nearest(
        self, sector: str, i: int, patients: set[str], words: frozenset[str] | None = None
    ) -> str | None:
        """The entity of `sector` mentioned nearest to token i in its sentence, else last
        before it in the article, else first after it; with `words`, one whose name or a
        mention holds one of them ('Federal prosecutors', 'the Justice Department')."""
        sent, n = self.a.sentence_of(i), len(self.a.tok)
        best: tuple[int, str] | None = None
        for j, eid in self._by_sector().get(sector, ()):
            at = self.a.sentence_of(j)
            if eid in patients or (words and not self._named_by(eid, words)):
                continue
            if self._custody_place(eid):
                continue
            # its sentence, nearest first; else before it, nearest first; else after it
            rank = abs(j - i) if at == sent else n + (i - j) if j < i else 2 * n + (j - i)
            if best is None or rank < best[0]:
                best = (rank, eid)
        return best[1] if best else None

    def _custody_place(self, eid: str) -> bool:
        words = self.a.tree.entities[eid].name.lower().split()
        return bool(words) and words[-1] in CUSTODY_PLACES

    def _named_by(self, eid: str, words: frozenset[str]) -> bool:
        ent = self.a.tree.entities[eid]
        said = [ent.name, *(m.text for m in ent.mentions)]
        return any(w in words for text in said for w in text.lower().split())

    def _by_sector(self) -> dict[str, list[tuple[int, str]]]:
        if self._mentions is None:
            out: dict[str, list[tuple[int, str]]] = {}
            for j, eid in self.a.tree.entity_of_token.items():
                ent = self.a.tree.entities.get(eid)
                if ent is not None and ent.sector:
                    out.setdefault(ent.sector, []).append((j, eid))
            self._mentions = out
        return self._mentions

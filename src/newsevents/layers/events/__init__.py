"""Events: who did what to whom, coded in CAMEO and PLOVER, with modality, source, place and date.

For each sentence, `triggers.Coder` gives every verb or noun its own code; then each trigger is
read in context. Walking up from it, governors change what it means: "agreed/offered/promised to
[X]" is an expression of intent (CAMEO 03x, PLOVER AGREE) with X's code shaping the 3-4 digit code,
"urged/asked [X]" an appeal (02x), "demanded [X]" a demand (10x), "refused [X]" a rejection (12x),
"threatened [X]" a threat (13x); "expected/plans to", "would", "if", "whether", "not", "denied"
set the modality (`modality.py`). A claim that someone attacked becomes an accusation, or a claim
of responsibility when the claimant is the attacker (PETRARCH-2's transformations, kept as data).

PLOVER rules applied on top of the CAMEO->PLOVER table: cooperation the actor says it will do
(CONSULT/SUPPORT/COOPERATE/AID with "will", "plans to", "would" in reported speech) is AGREE; an
outside expectation ("is expected to sign") keeps its type with modality `future`; a future
RETREAT is CONCEDE.

Actors and recipients are entity ids; reciprocal events ("X and Y agreed", "X met Y") list every
party in `actors`; a place named in the event's phrases is its target when no party is
("protest in Beijing"). A sentence codes each act once (`scope.py`): what is demanded, a
document's provisions, a nominal event another acts upon and a participle beside a coded event
are not events of their own. Modes the code lacks come from the weapon or the act threatened
(`modes.py`). `dyads()` expands an event into classic CAMEO source/target pairs.
"""

from __future__ import annotations

from dataclasses import replace

from ...config import Settings
from ...ontology.events import EventOntology, Governor, load_event_ontology
from ...ontology.gazetteer import Gazetteer, load_gazetteer
from ...parse.tree import Tree
from ...records import Document, Event
from .arguments import Args
from .circumstances import Context
from .dyads import Dyad, actor_code, dyads
from .locations import Locator
from .modality import Mood, modality
from .modes import Modes
from .roles import Proto, Roles
from .scope import Scope
from .triggers import Coder, Coding

__all__ = ["Dyad", "EventStage", "actor_code", "dyads", "extract_events"]

ABSORBING = frozenset({"intent", "request", "demand", "reject", "threaten"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
CONFLICTUAL = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
CLIMB_DEPS = frozenset({"xcomp", "ccomp", "acl"})
VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation, verbal conflict


class EventStage:
    name = "events.rules.v1"
    requires = frozenset({"tokens", "sentences", "entities"})
    produces = frozenset({"events"})

    def __init__(self, settings: Settings | None = None, *, petrarch: bool = True) -> None:
        self.settings = settings
        self.onto = load_event_ontology()
        self.gaz = load_gazetteer()
        self.petrarch = petrarch

    def __call__(self, doc: Document) -> Document:
        return replace(doc, events=tuple(extract_events(doc, self.onto, self.gaz, self.petrarch)))


def extract_events(
    doc: Document, onto: EventOntology, gaz: Gazetteer, petrarch: bool = True
) -> list[Event]:
    reader = _Reader(doc, onto, gaz, petrarch)
    events: list[Event] = []
    for s in range(len(doc.sentences)):
        for proto in reader.sentence(s):
            if ev := reader.finish(proto, f"v{len(events) + 1}"):
                events.append(ev)
    return events


class _Reader(Roles, Context, Modes, Scope):
    def __init__(self, doc: Document, onto: EventOntology, gaz: Gazetteer, petrarch: bool) -> None:
        self.doc = doc
        self.onto = onto
        self.idx = Tree(doc)
        self.a = Args(self.idx)
        self.coder = Coder(onto, self.a, petrarch=petrarch)
        self.locator = Locator(doc, self.a, gaz)
        self.published = (doc.article.published or "")[:10] or None
        self.quotes = doc.quotes if "quotes" in doc.layers else ()
        self.timexes = doc.timexes if "timexes" in doc.layers else ()
        self.quantities = doc.quantities if "quantities" in doc.layers else ()
        self.codings: dict[int, Coding] = {}

    # -- governors -------------------------------------------------------------------------

    def governor(self, j: int, via_prep: str | None = None) -> Governor | None:
        a, t = self.a, self.a.token(j)
        g = None
        for lemma in a.lemmas(j)[:4]:
            g = self.onto.governors.get((lemma, "NOUN")) if t.pos == "NOUN" else None
            if g is None:
                g = self.onto.governors.get((lemma, None))
            if g is not None:
                break
        if g is None:
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
        return g

    def _prep_words(self, j: int) -> set[str]:
        return {self.a.lemma(p) for p in self.a.deps(j, "prep", "prt")}

    def climb(self, i: int) -> tuple[list[tuple[int, Governor]], int | None]:
        """Governors above token i (nearest first) and the trigger it is a complement of."""
        a = self.a
        chain: list[tuple[int, Governor]] = []
        j = i
        for _ in range(12):
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
            if (
                t.dep in CLIMB_DEPS
                or (t.dep == "advcl" and self._is_whether(j))
                or (self._infinitive_of_governor(j))
            ):
                if t.dep == "acl" and a.token(h).pos != "NOUN":
                    break
                if g := self.governor(h):
                    chain.append((h, g))
                    j = h
                    continue
                if h in self.codings:
                    return chain, h
                break
            if t.dep in ("dobj", "nsubjpass", "attr") and a.token(j).pos == "NOUN":
                if g := self.governor(h):
                    chain.append((h, g))
                    j = h
                    continue
                break
            if t.dep == "pobj" and a.token(h).dep == "prep":
                v = a.token(h).head
                if v != h and (g := self.governor(v, via_prep=a.lemma(h))):
                    chain.append((v, g))
                    j = v
                    continue
            break
        return chain, None

    def _infinitive_of_governor(self, j: int) -> bool:
        """ "have sworn [to fight]" parsed as an adjunct: a governor's infinitive complement."""
        t = self.a.token(j)
        if t.dep != "advcl" or not any(self.a.lemma(x) == "to" for x in self.a.deps(j, "aux")):
            return False
        return self.governor(t.head) is not None

    def _is_whether(self, j: int) -> bool:
        return any(self.a.lemma(m) in ("whether", "if") for m in self.a.deps(j, "mark"))

    # -- one sentence ----------------------------------------------------------------------

    def sentence(self, s: int) -> list[Proto]:
        rng = self.idx.sentence_tokens(s)
        codings: dict[int, Coding] = {}
        for i in rng:
            c = self.coder.verb(i) or self.coder.noun(i) or self._governor_coding(i)
            if c is not None:
                codings[i] = c
        self.codings = codings
        eaten = {c.consumed for c in codings.values() if c.pos == "VERB" and c.code and c.consumed}
        lights = {c.light for c in codings.values() if c.light is not None and c.code}
        protos: dict[int, Proto] = {}
        for i, c in codings.items():
            if c.code is None or i in eaten:
                continue
            if i in lights and (c.frame is None or c.source != "lexicon"):
                continue  # "held [talks]": the nominal event stands for the light verb
            p = self._proto(c)
            if p is None:
                continue
            old = protos.get(p.key)
            if old is None or (p.governor is not None and old.governor is None):
                protos[p.key] = p
        for p in self._modal_demands(rng, protos):
            protos.setdefault(p.key, p)
        # "expressed [a desire to negotiate]": the governed event beats the verb's own code
        absorbed = {p.key for p in protos.values() if p.governor is not None}
        for key, p in list(protos.items()):
            if p.governor is None and p.coding.consumed in absorbed and self._is_light(key):
                del protos[key]
        for key in self._descriptive(protos):
            del protos[key]
        return sorted(protos.values(), key=lambda p: p.span[0])

    def _is_light(self, i: int) -> bool:
        return any(w in self.onto.lights for w in self.a.lemmas(i)[:3])

    def _governor_coding(self, i: int) -> Coding | None:
        """ "pressured X to cancel the strike": a request, demand, refusal or threat whose
        complement names no coded event is still that act, with the governor's own code."""
        t = self.a.token(i)
        if t.pos not in ("VERB", "NOUN") or not self.a.deps(i, "xcomp", "ccomp", "acl"):
            return None
        g = self.governor(i)
        if g is None or g.role not in ("request", "demand", "reject", "threaten") or not g.code:
            return None
        return Coding(i, t.pos, g.code, None, None, None, "governor")

    def _modal_demands(self, rng: range, protos: dict[int, Proto]) -> list[Proto]:
        """ "X said (that) Y must/should do Z": X demands of Y (CAMEO 10x, PLOVER REQUEST)."""
        a, out = self.a, []
        for r in rng:
            g = self.governor(r)
            if g is None or g.role != "report" or r in protos:
                continue
            speaker = a.entities(a.subject(r).token)
            for c in a.deps(r, "ccomp"):
                if not {a.lemma(x) for x in a.deps(c, "aux")} & {"must", "should"}:
                    continue
                addressee = [e for e in a.entities(a.subject(c).token) if e not in speaker]
                if not speaker or not addressee:
                    continue
                inner = protos.pop(c, None)
                code = self.onto.role_code("demand", inner.code if inner else None, None)
                coding = Coding(r, "VERB", code, None, None, None, "lexicon")
                p = Proto(r, r, r, code or "100", coding, self.climb(r)[0])
                p.governor = (r, g)
                p.actors, p.recipients, p.span = speaker, addressee, self._span(r, r)
                out.append(p)
        return out

    def _proto(self, c: Coding) -> Proto | None:
        assert c.code is not None
        chain, under = self.climb(c.anchor)
        if c.pos == "VERB" and self._content_of_other(c.tok, under):
            return None
        report_at = next((k for k, (_, g) in enumerate(chain) if g.role == "report"), len(chain))
        absorb = next(
            (k for k, (_, g) in enumerate(chain[:report_at]) if g.role in ABSORBING), None
        )
        if absorb is not None:
            g_tok, gov = chain[absorb]
            code = self.onto.role_code(gov.role, c.code, gov.code)
            # "refused to [commit to [assistance]]": the outermost act is the event
            for k in range(absorb + 1, report_at):
                if chain[k][1].role in ABSORBING and code is not None:
                    absorb, (g_tok, gov) = k, chain[k]
                    code = self.onto.role_code(gov.role, code, gov.code)
            if code is None:
                return None
            p = Proto(g_tok, g_tok, g_tok, code, c, chain[absorb + 1 :], governor=(g_tok, gov))
            p.span = self._span(g_tok, g_tok)
        else:
            p = Proto(c.anchor, c.tok, c.anchor, c.code, c, chain)
            p.span = self._span(c.anchor, c.tok)
        self._arguments(p)
        if absorb is None:
            self._transform(p)
        return p

    def _content_of_other(self, i: int, under: int | None) -> bool:
        """ "met ... to discuss", "jailed ... for helping", "accused ... of attacking": the
        purpose or content of another event is not an event of its own."""
        a, t = self.a, self.a.token(i)
        if t.dep == "conj" and t.head != i and a.token(t.head).pos == "VERB":
            if self._participle(t.head):  # "..., killing one and arresting 12": each its own
                return self._accompanying(i, a.token(t.head).head)
            return self._content_of_other(t.head, under)
        if t.dep == "pcomp" and a.token(t.head).dep == "prep":
            prep = a.token(t.head)
            if prep.head in self.codings:
                return True
            # "suspected of blowing up", "jailed for helping": what someone is blamed for
            return prep.lemma.lower() in ("of", "for", "with") and a.token(prep.head).pos in (
                "VERB",
                "ADJ",
            )
        if self._participle(i):
            return self._accompanying(i, t.head)
        infinitival = any(a.lemma(x) == "to" for x in a.deps(i, "aux", "mark"))
        if not infinitival or t.dep not in ("xcomp", "advcl", "acl"):
            return False
        return under is not None or (t.dep == "advcl" and t.head in self.codings)

    def _participle(self, i: int) -> bool:
        t = self.a.token(i)
        return t.dep == "advcl" and t.tag == "VBG" and not self.a.deps(i, "nsubj", "mark")

    def _accompanying(self, i: int, head: int) -> bool:
        """ "held talks ..., offering support", "staged rallies ..., saying he must resign",
        "shelled Juba, killing 20": a free participle beside a coded event says what was said
        while doing it, or how it went on; coders code the clause's event once."""
        main = self.codings.get(head)
        if main is None or main.code is None:
            main = next((c for c in self.codings.values() if c.light == head and c.code), None)
        own = self.codings.get(i)
        if main is None or main.code is None or own is None or own.code is None:
            return False
        cc = self.onto.code(own.code)
        verbal = cc is not None and cc.quad_class in VERBAL_QUADS
        return verbal or own.code[:2] == main.code[:2]

    def finish(self, p: Proto, eid: str) -> Event | None:
        c = p.coding
        if not p.actors:
            return None
        trig = c.trigger
        if trig and trig.needs_recipient and not p.recipients and p.governor is None:
            return None
        if trig and trig.needs_args and c.pos == "NOUN" and not (p.actors or p.recipients):
            return None
        tokens = [p.anchor] if p.anchor == p.head else [p.anchor, p.head]
        mood = modality(self.a, tokens, p.chain)
        if mood.modality == "negated" and self._refusal(p):
            # "would not give permission": a refusal happened (CAMEO 12x, PLOVER REJECT)
            p.code = self.onto.role_code("reject", p.code, None) or p.code
            mood = Mood("asserted")
        cc = self.onto.code(p.code)
        if cc is None:
            return None
        date = self._date(p)
        mood = self._future_by_date(mood, date, p)
        plover, mode = self._plover(p, cc.plover, cc.plover_mode, mood)
        if plover is not None:
            inner = self.onto.code(p.coding.code) if p.coding.code else None
            mode = self.refine_mode(plover, mode, inner, tokens)
        sent = self.a.token(p.head).sent
        location = self.locator.locate([p.anchor, p.head])
        if location is not None and sent < 3 and self.locator.lead is None:
            self.locator.lead = location
        location = location or self.locator.default
        first, last = p.span
        tok = self.a.tok
        return Event(
            id=eid,
            trigger=self.idx.span(tok[first].start, tok[last].end),
            sentence=sent,
            cameo=p.code,
            plover=plover,
            plover_mode=mode,
            plover_context=cc.plover_context,
            quad_class=cc.quad_class,
            goldstein=cc.goldstein,
            actors=tuple(p.actors),
            recipients=tuple(p.recipients),
            modality=mood.modality,
            location=location,
            date=date,
            attribution=self._attribution(p),
            quantities=self._quantities(p),
            confidence=self._confidence(p, mood),
        )

    def _plover(
        self, p: Proto, plover: str | None, mode: str | None, mood: Mood
    ) -> tuple[str | None, str | None]:
        """PLOVER manual rules over the CAMEO mapping: the actor's own future (or reported
        offer) of cooperation is AGREE, of conflict THREATEN; a future retreat is CONCEDE."""
        c = p.coding
        for src in (c.frame, c.trigger):
            if p.governor is None and src is not None and src.plover:
                plover, mode = src.plover, src.plover_mode
                break
        if plover is None:
            return None, None
        aux = {self.a.lemma(x) for x in self.a.deps(p.anchor, "aux")}
        reported = any(g.role == "report" for _, g in p.chain)
        own_future = mood.modality == "future" and mood.commitment
        marks = {self.a.lemma(m) for m in self.a.deps(p.anchor, "mark")}
        offer = (
            mood.modality == "hypothetical"
            and bool(aux & {"would", "could"})
            and reported
            and not marks & {"whether", "if"}
        )
        if (own_future or offer) and self._unless(p.anchor):
            return "THREATEN", None  # "will withdraw its force unless ...": an ultimatum
        if (own_future or offer) and plover in COOPERATIVE:
            return "AGREE", None
        if plover in CONFLICTUAL and mood.modality == "future":
            for _, g in p.chain:
                if g.plover_if_conflict:
                    return g.plover_if_conflict, None
        if (own_future or offer) and plover in CONFLICTUAL:
            return "THREATEN", None
        if mood.modality == "future" and plover == "RETREAT":
            return "CONCEDE", None
        return plover, mode

    def _unless(self, v: int) -> bool:
        return any(
            self.a.lemma(m) == "unless"
            for c in self.a.deps(v, "advcl")
            for m in self.a.deps(c, "mark")
        )

    def _refusal(self, p: Proto) -> bool:
        """Negated cooperation with "will/would not": the actor declines (volitional)."""
        if p.code[:2] not in ("03", "04", "05", "06", "07", "08"):
            return False
        aux = {self.a.lemma(x) for x in self.a.deps(p.anchor, "aux")}
        return bool(aux & {"will", "would", "wo", "shall"})

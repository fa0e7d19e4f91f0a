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
party in `actors`. `dyads()` expands an event into classic CAMEO source/target pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..config import Settings
from ..ontology.events import EventOntology, Governor, load_event_ontology
from ..ontology.gazetteer import Gazetteer, load_gazetteer
from ..records import Attribution, Document, Entity, Event, EventDate, Location, Span
from .arguments import Args
from .common import DocIndex
from .modality import Mood, modality
from .locations import Locator
from .triggers import Coder, Coding

ABSORBING = frozenset({"intent", "request", "demand", "reject", "threaten"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
CONFLICTUAL = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
CLIMB_DEPS = frozenset({"xcomp", "ccomp", "acl"})
# Prepositions tying a thing to the party it concerns: "contact with X", "a call by X".
ABOUT_PREPS = frozenset({"with", "to", "against", "on", "for", "from", "by", "toward", "towards"})


@dataclass(slots=True)
class Proto:
    """An event before its final record: what the sentence pass decided."""

    key: int  # token the event is anchored on (one event per anchor)
    head: int  # the trigger word
    anchor: int  # the verb whose clause carries modality and subject
    code: str
    coding: Coding
    chain: list[tuple[int, Governor]]
    governor: tuple[int, Governor] | None = None  # the absorbing governor, if any
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    transformed: bool = False


@dataclass(frozen=True, slots=True)
class Dyad:
    """One classic CAMEO source -> target pair of an event."""

    event: str
    source: str | None  # entity id
    target: str | None
    source_code: str  # ISO3 + sector ("USAGOV"), "---" when unknown
    target_code: str
    code: str | None


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


class _Reader:
    def __init__(self, doc: Document, onto: EventOntology, gaz: Gazetteer, petrarch: bool) -> None:
        self.doc = doc
        self.onto = onto
        self.idx = DocIndex(doc)
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
            if t.dep in CLIMB_DEPS or (t.dep == "advcl" and self._is_whether(j)):
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
        eaten = {
            c.consumed for c in codings.values() if c.pos == "VERB" and c.code and c.consumed
        }
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
        infinitival = any(a.lemma(x) == "to" for x in a.deps(i, "aux", "mark"))
        if not infinitival or t.dep not in ("xcomp", "advcl", "acl"):
            return False
        return under is not None or (t.dep == "advcl" and t.head in self.codings)

    def _span(self, first: int, last: int) -> tuple[int, int]:
        lo, hi = min(first, last), max(first, last)
        if hi - lo > 6:  # a light verb far from its noun: the noun alone names the event
            lo = hi = last
        for p in self.a.deps(hi, "prt"):
            hi = max(hi, p)
        return lo, hi

    # -- arguments -------------------------------------------------------------------------

    def _arguments(self, p: Proto) -> None:
        a, c = self.a, p.coding
        trig = c.trigger
        preps = self.onto.recipient_preps(c.code)
        if trig and trig.needs_recipient:
            preps = trig.recip
        elif trig and trig.recip:
            preps = tuple(dict.fromkeys(trig.recip + preps))
        if c.frame and c.frame.recip:
            preps = tuple(dict.fromkeys(c.frame.recip + preps))
        partners = self._partners(c.tok)
        if c.light is not None:
            partners += self._partners(c.light)
        if c.pos == "VERB":
            actors, recips = self._verb_args(c.tok, preps, theme=bool(trig and trig.theme_object))
            if c.source == "governor" and not recips:
                # "threatened to cut off electricity to X": the act's target is the complement's
                for comp in a.deps(c.tok, "xcomp", "ccomp"):
                    recips = self._verb_args(comp, self.onto.recipient_preps(None))[1]
            if not actors and trig and trig.object_is_actor_with:
                actors, recips = self._object_as_actor(c.tok, trig.object_is_actor_with, recips)
        else:
            actors, recips = self._noun_args(c.tok, preps, c.light)
            if not actors:
                holder = c.light if c.light is not None else next((t for t, _ in p.chain), None)
                if holder is not None and a.token(holder).pos in ("VERB", "AUX", "ADJ"):
                    actors = a.entities(a.subject(holder).token)
        if p.governor is not None:
            g_tok, gov = p.governor
            own_actors, own_recips = self._verb_args(g_tok, ("to", "on", "upon", "with"))
            if a.token(g_tok).pos == "NOUN":
                own_actors, own_recips = self._noun_args(g_tok, ("to", "on", "with"), None)
                if not own_actors and (lv := self.coder._light_verb(g_tok)) is not None:
                    own_actors = a.entities(a.subject(lv).token)
            if gov.role in ("request", "demand"):
                # "demanded that the US cancel ...": the one asked is the complement's subject
                asked = [
                    e
                    for comp in a.deps(g_tok, "ccomp", "xcomp")
                    for e in a.entities(a.subject(comp).token)
                ]
                recips = own_recips or asked or recips
                recips = recips or [e for e in actors if e not in own_actors]
            else:
                recips = recips or own_recips
            actors = own_actors or actors
        if c.swap or (c.frame is not None and c.frame.swap):
            actors, recips = recips, actors
        actors = self._speaker_for_pronoun(p, actors)
        recips = [e for e in recips if e not in actors]
        reciprocal = bool(trig and trig.reciprocal) or bool(c.frame and c.frame.reciprocal)
        if p.governor is None and reciprocal and actors and c.code[:2] not in ("19", "20"):
            # "X met with Y", "talks between X and Y": every party is an actor (PLOVER)
            moved = [e for e in partners if e in recips]
            actors, recips = actors + moved, [e for e in recips if e not in moved]
        p.actors, p.recipients = actors, recips

    def _partners(self, v: int) -> list[str]:
        return [e for w, o in self.a.preps(v) if w in ("with", "between") for e in self.a.entities(o)]

    def _verb_args(
        self, v: int, preps: tuple[str, ...], *, theme: bool = False
    ) -> tuple[list[str], list[str]]:
        a = self.a
        subj = a.subject(v)
        recips: list[str] = []
        if subj.passive:
            if not theme:
                recips.extend(a.entities(subj.token))
            actors = a.entities(a.agent(v))
        else:
            actors = a.entities(subj.token)
        for o in a.objects(v):
            if not theme or a.token(o).dep == "dative":  # a theme is what is given, not to whom
                recips.extend(self._concerned(o, preps))
            for word, po in a.preps(o):  # "signed an agreement with Ukraine"
                if word in preps:
                    recips.extend(a.entities(po))
        for word, o in a.preps(v):
            if word in preps:
                recips.extend(self._concerned(o, preps))
        return list(dict.fromkeys(actors)), list(dict.fromkeys(recips))

    def _concerned(self, o: int, preps: tuple[str, ...]) -> list[str]:
        """Entities of a phrase, or of what it is about or whose it is: "against travel [to
        Tunisia]", "contact [with the United States]", "calls [by Belarus's rulers]"."""
        found = self.a.entities(o)
        if found or self.a.token(o).pos != "NOUN":
            return found
        return [
            e
            for w, po in self.a.preps(o)
            if w in preps or w in ABOUT_PREPS
            for e in self.a.entities(po)
        ]

    def _object_as_actor(
        self, v: int, prep: str, recips: list[str]
    ) -> tuple[list[str], list[str]]:
        a = self.a
        if not any(w == prep for w, _ in a.preps(v)):
            return [], recips
        actors = [e for o in a.objects(v) for e in a.entities(o)]
        return actors, [e for e in recips if e not in actors]

    def _noun_args(
        self, n: int, preps: tuple[str, ...], light: int | None
    ) -> tuple[list[str], list[str]]:
        a = self.a
        actors: list[str] = []
        recips: list[str] = []
        for c in a.deps(n, "poss", "compound", "amod", "nmod"):
            actors.extend(a.entities(c, via_of=False))
        for word, o in a.preps(n):
            if word in ("by", "from") and not actors:
                actors.extend(a.entities(o))
            elif word == "between":
                actors.extend(a.entities(o))
            elif word in preps:
                recips.extend(a.entities(o))
        if light is not None:
            for word, o in a.preps(light):
                if word in preps and word != "of":
                    recips.extend(a.entities(o))
        return list(dict.fromkeys(actors)), list(dict.fromkeys(recips))

    def _speaker_for_pronoun(self, p: Proto, actors: list[str]) -> list[str]:
        """ "Hungary said it will support ...": an unresolved pronoun subject is the speaker."""
        if actors:
            return actors
        subj = self.a.subject(p.anchor).token
        if not self.a.is_pronoun(subj):
            return actors
        for t, g in p.chain:
            if g.role == "report":
                return self.a.entities(self.a.subject(t).token)
        return actors

    def _transform(self, p: Proto) -> None:
        """ "X claimed Y attacked Z" -> X accuses Y (112); X claimed X attacked -> 015."""
        for t, g in p.chain:
            if g.role != "report":
                continue
            for rule in self.onto.transforms:
                if p.code[:2] not in rule["embedded_roots"]:
                    continue
                if rule.get("verbs") and g.lemma not in rule["verbs"]:
                    continue
                speaker = self.a.entities(self.a.subject(t).token)
                if not speaker:
                    continue
                same = not p.actors or set(p.actors) <= set(speaker) or self._pronoun_subject(p)
                p.code = rule["same_actor"] if same else rule["other_actor"]
                p.recipients = p.recipients if same else p.actors
                p.actors = speaker
                p.key, p.head, p.anchor = t, t, t
                p.span = self._span(t, t)
                p.chain = p.chain[p.chain.index((t, g)) + 1 :]
                p.transformed = True
                return
            return

    def _pronoun_subject(self, p: Proto) -> bool:
        return self.a.is_pronoun(self.a.subject(p.anchor).token)

    # -- the record ------------------------------------------------------------------------

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
        sent = self.a.token(p.head).sent
        location = self.locator.locate([p.anchor, p.head]) or self.locator.default
        if location is not None and sent < 3 and self.locator.default is None:
            self.locator.default = location
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
            self.a.lemma(m) == "unless" for c in self.a.deps(v, "advcl") for m in self.a.deps(c, "mark")
        )

    def _refusal(self, p: Proto) -> bool:
        """Negated cooperation with "will/would not": the actor declines (volitional)."""
        if p.code[:2] not in ("03", "04", "05", "06", "07", "08"):
            return False
        aux = {self.a.lemma(x) for x in self.a.deps(p.anchor, "aux")}
        return bool(aux & {"will", "would", "wo", "shall"})

    def _date(self, p: Proto) -> EventDate | None:
        sent = self.a.token(p.head).sent
        s = self.doc.sentences[sent]
        here = self.a.tok[p.head].start
        best = None
        for t in self.timexes:
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

    def _future_by_date(self, mood: Mood, date: EventDate | None, p: Proto) -> Mood:
        """An event dated after the publication date, in a non-past clause, is future."""
        if mood.modality != "asserted" or date is None or date.text is None or not self.published:
            return mood
        value = date.value or ""
        if value[:10] <= self.published[: len(value[:10])]:
            return mood
        tag = self.a.token(p.anchor).tag
        if tag in ("VBD", "VBN") or self.a.deps(p.anchor, "aux") and any(
            self.a.lemma(x) == "have" for x in self.a.deps(p.anchor, "aux")
        ):
            return mood
        return Mood("future", None, False)

    def _attribution(self, p: Proto) -> Attribution | None:
        where = self.a.tok[p.head].start
        if self.quotes:
            best = None
            for q in self.quotes:
                if q.content.start <= where < q.content.end:
                    size = q.content.end - q.content.start
                    if best is None or size < best[0]:
                        best = (size, q)
            if best is not None:
                q = best[1]
                sp = q.speaker_span
                text = q.speaker_text or (sp.text if sp else None) or (q.cue.text if q.cue else "")
                return Attribution(q.speaker, text, sp.start if sp else None, sp.end if sp else None)
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
        lo, hi = self.idx.subtree_bounds(i)
        span: Span = self.idx.token_span(lo, hi)
        ents = self.a.entities(i)
        return Attribution(ents[0] if ents else None, span.text, span.start, span.end)

    def _quantities(self, p: Proto) -> tuple[str, ...]:
        if not self.quantities:
            return ()
        roots = [p.head] if self.a.token(p.head).pos == "NOUN" else []
        for v in {p.anchor, p.head}:
            if self.a.token(v).pos != "NOUN":
                roots.extend(self.a.deps(v, "dobj", "dative", "prep", "npadvmod", "attr"))
        ranges = []
        for r in roots:
            lo, hi = self.idx.subtree_bounds(r)
            ranges.append((self.a.tok[lo].start, self.a.tok[hi].end))
        return tuple(
            q.id for q in self.quantities if any(lo <= q.start < hi for lo, hi in ranges)
        )

    def _confidence(self, p: Proto, mood: Mood) -> float:
        c = p.coding
        score = 0.55 if c.source == "lexicon" else 0.4
        if c.frame is not None:
            score += 0.1
        if c.pos == "NOUN":
            score -= 0.05
        if p.actors and p.recipients:
            score += 0.15
        elif not p.actors:
            score -= 0.15
        if p.transformed:
            score -= 0.1
        return round(min(0.95, max(0.05, score)), 2)


# -- the dyad view -------------------------------------------------------------------------


def actor_code(entity: Entity | None) -> str:
    """CAMEO-style actor code: country (ISO3 or IGO/NGO ...) + sector ("USAGOV"); "---" if unknown."""
    if entity is None:
        return "---"
    return (entity.country or "---") + (entity.sector or "")


def dyads(doc: Document, event: Event) -> list[Dyad]:
    """Classic CAMEO source/target pairs: actors x recipients; a reciprocal event (several
    actors, no recipient) in every direction; an event without recipient gets target "---"."""
    ents = {e.id: e for e in doc.entities}
    pairs: list[tuple[str | None, str | None]]
    if event.recipients:
        pairs = [(s, t) for s in event.actors or [None] for t in event.recipients]
    elif len(event.actors) > 1:
        pairs = [(s, t) for s in event.actors for t in event.actors if s != t]
    else:
        pairs = [(s, None) for s in event.actors]
    return [
        Dyad(
            event.id,
            s,
            t,
            actor_code(ents.get(s) if s else None),
            actor_code(ents.get(t) if t else None),
            event.cameo,
        )
        for s, t in pairs
    ]

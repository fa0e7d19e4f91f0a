"""From a proto to its `Event` record: modality, PLOVER type and mode, place, date, source.

`Recorder.record` (1) drops a proto without an actor (except an agentless criticism, lawsuit,
stabbing, shooting or jailing done to a named party, the `agentless` records of the lexicon: "X
was criticised", "a lawsuit against X", "X was shot", kept with no source, the coding guide's
unnamed source; never one told only to say when, "the night X was shot"), or without the
recipient its trigger (or frame) needs, and the acts of private parties that are no events
between actors (a private trip, favour or permission, a firm's supply, post or withdrawal of
its own filing), a resignation in an article that tells no demand for one (CAMEO 0831 accedes to
demands), what "did not immediately" happen and an act named after "without", "rather than" or
"instead of", and what reports no event the guide codes (`abstain.Abstention`: the condition
of a rule or an ultimatum, the reporting act to the publishing outlet, a warning of a hazard,
cooperation scheduled with no partner);
(2) reads its modality (`modality.py`), a negated "would not give" becoming a refusal (12x),
what an actor agrees, promises or threatens to do keeping `future` and an offer `hypothetical`
(the coding guide);
(3) dates it (`circumstances.py`), a later date in a present-tense clause making it future;
(4) applies the PLOVER manual's rules over the CAMEO->PLOVER table: cooperation the actor says it
will do (CONSULT/SUPPORT/COOPERATE/AID with "will", "plans to", "would" in reported speech) is
AGREE, conflict it says it will do THREATEN, an outside expectation ("is expected to sign")
keeps its type with modality `future`, a future RETREAT is CONCEDE; a type decided so takes the
CAMEO code the CAMEO->PLOVER table maps to it ("would attack" 190 -> THREATEN 138: one code
system, `EventOntology.code_for`), so type and code never disagree; the mode the code lacks
comes from the weapon or the act threatened (`modes.py`); (5) places it (`locations.Locator`:
a place in its own sentence, else the dateline for an event of the dateline's own story, else
the story's place for a later report of an incident, else none; an undated report of an incident
of one day takes its story's day, `Circumstances.in_story`) and adds its attribution, quantities,
confidence (`confidence.Scorer`: calibrated on the dev sets) and fatality (`deaths.Deaths`:
whether an assault or a fight killed anyone, and how many, as its own clause says).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from ...ontology.codebook import EventOntology, Governor
from ...records import Document, Entity, Event, EventDate, Location
from ..places import Gazetteer
from .abstain import Abstention
from .arguments import GROUP_TYPES, SUBJ, Args
from .circumstances import Circumstances, calendar_date
from .confidence import scorer
from .deaths import Deaths
from .implied import ImpliedParties
from .locations import PLACE_TYPES, STORYLESS_LEMMAS, Locator
from .modality import FUTURE_AUX, NEGATIONS, Mood, governed_mood, modality
from .modes import Modes
from .roles import Proto
from .triggers import Coding

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
CONFLICTUAL = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
# CAMEO 040 consult, 046 negotiate: acts between two parties (044, attending a summit, is
# multilateral: "foreign ministers attended for Argentina, Ecuador ...")
MEETINGS = frozenset({"040", "046"})
# the yields a promise of which is CONCEDE (coding guide section 3: "release, withdrawal,
# ceasefire"): CAMEO 084 return or release persons or property, 087 de-escalate (withdraw,
# ceasefire, demobilize). A promise to ease sanctions, allow access or resign stays AGREE, as
# in the PLOVER GSR ("agreed to lift embargoes", "agreed to re-open its borders to UN
# peacekeepers", "has agreed to resign": AGREE-0028, -0029, -0018).
PROMISED_RETREATS = ("084", "087")
INTERNATIONAL = frozenset({"IGO", "EUR", "UNO"})  # actor codes of international bodies
# the roots of violence (CAMEO 18 assault, 19 fight, 20 mass violence)
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
RESIGN = "0831"  # CAMEO: accede to demands for change in leadership (resign, step down)
CONSULT = "040"  # CAMEO: consult, meet
VISIT = "042"  # CAMEO: make a visit (visit, travel to, arrive in, tour, attend a gathering)
MEET = "meet"  # "she met a police officer": with an object, an acquaintance made
MEET_WITH = "with"  # "met with the minister": a consultation
# an acquaintance is made in the past told ("she met"); the present of a caption or a headline
# ("Donald Trump meets President Barack Obama in the Oval Office") tells a meeting
PAST = "VBD"
PRIVATE = "CVL"  # the sector of private people (residents, students, passengers, crowds)
DEESCALATE = "087"  # CAMEO: de-escalate military engagement (0871-0874: truce, retreat, ...)
STATE_TYPES = frozenset({"GPE", "NORP"})  # entities that are states or their peoples
# PLOVER sectors of parties whose journey is a visit between actors (CAMEO 042): the state's
# officials and forces, former officials, parties, and armed or political groups
VISITING_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "ELI", "PTY", "OPP", "REB", "PRM", "SPY"})
AID_ROOT = "07"  # CAMEO: provide aid
DEESCALATE = "087"  # CAMEO: de-escalate militarily (truce, demobilise, retreat)
CIVIL_ORGANISATIONS = frozenset({"BUS", "JRN"})  # firms and the media
FIRM = "BUS"
# the trigger and two words above it: "did not immediately announce whom they would [support]"
NOT_YET_CLIMB = 3
SIGN_AGREEMENT = "057"  # CAMEO: sign formal agreement (diplomatic cooperation, SUPPORT)
ECONOMIC_COOPERATION = "061"  # CAMEO: cooperate economically (COOPERATE)
OBSTRUCT = "144"  # CAMEO: obstruct passage, block (PROTEST)
BLOCKADE = "191"  # CAMEO: impose blockade, restrict movement (COERCE)
BLOCKING_SECTORS = frozenset({"GOV", "MIL", "COP"})  # a state's government and its forces
PARDON_ROOT = "08"  # CAMEO: yield (a pardon, clemency): no COERCE, ASSAULT or ACCUSE act
RELATIVE_TAGS = frozenset({"WP", "WDT"})  # relative pronouns: "who", "which", "that"


class Recorder:
    """Turns the protos of one document into event records, in text order."""

    def __init__(self, doc: Document, args: Args, onto: EventOntology, gaz: Gazetteer) -> None:
        self.a = args
        self.onto = onto
        self.locator = Locator(doc, args, gaz)
        self.circumstances = Circumstances(doc, args)
        self.modes = Modes(args, onto)
        self.deaths = Deaths(doc, args)
        self.abstention = Abstention(doc, args)
        self.implied = ImpliedParties(doc, onto)
        self._leave_demanded: bool | None = None  # whether the article tells a call to resign
        # events recorded without a place: the story may place them once the article is read
        self.unplaced: dict[str, tuple[int, EventDate | None, int, str, str]] = {}

    def place_before_story(self, events: list[Event]) -> list[Event]:
        """Once the article is read: the story's place for the events told before the article
        first placed their incident (`Locator.before_story`)."""
        out = []
        for ev in events:
            told = self.unplaced.get(ev.id)
            location = self.locator.before_story(*told) if told is not None else None
            if self.locator.aimed_abroad(location, ev.cameo or "", ev.recipients):
                location = None
            out.append(ev if location is None else replace(ev, location=location))
        return out

    def record(self, p: Proto, eid: str) -> Event | None:
        c = p.coding
        if not p.actors and not self._agentless(p):
            return None
        trig = c.trigger
        if self._needs_recipient(p) and not p.recipients and p.governor is None:
            return None
        if self._alone(p) or self._firm_post(p) or self._private_trip(p) or self._firm_supply(p):
            return None
        if self._hostless_journey(p):
            return None
        if self._unbidden_resignation(p) or self._not_yet(p) or self._without(c.tok):
            return None
        if self._private_meeting(p) or self._acquaintance(p):
            return None
        if self._private_permission(p) or self._private_favour(p) or self._firm_withdrawal(p):
            return None
        if self._private_retreat(p):
            return None
        if trig and trig.needs_args and c.pos == "NOUN" and not (p.actors or p.recipients):
            return None
        tokens = [p.anchor] if p.anchor == p.head else [p.anchor, p.head]
        mood = modality(self.a, tokens, p.chain)
        if not p.actors and mood.modality != "asserted":
            return None  # "would have tortured him": an agentless act only when reported done
        declined = c.frame is not None and bool(c.frame.refusal)  # "would not consider it"
        if mood.modality == "negated" and (declined or self._refusal(p)):
            # "would not give permission": a refusal happened (CAMEO 12x, PLOVER REJECT)
            p.code = self.onto.role_code("reject", p.code, None) or p.code
            mood = Mood("asserted")
        if trig and trig.negative and mood.modality == "asserted":
            mood = Mood("negated", c.tok)  # "the Senate acquitted him": no finding of guilt
        if mood.modality == "hypothetical" and self._unless(p.anchor) and self._will(p.anchor):
            # "will withdraw its force unless ...": the actor's own conditional commitment (an
            # ultimatum, THREATEN below), not a possibility
            mood = Mood("future", mood.cue, commitment=True)
        if p.code == SIGN_AGREEMENT and self._between_firms(p):
            p.code = ECONOMIC_COOPERATION
        if p.code == OBSTRUCT and self._states(p.actors) and self._passage(c.tok):
            p.code = BLOCKADE
        cc = self.onto.code(p.code)
        if cc is None or self.abstention.no_event(p, cc.quad_class):
            return None
        date = self.circumstances.date(p) or (
            None
            if self.circumstances.framed(p)
            else self.circumstances.in_story(
                p, mood.modality, relative=self.locator.relative(p.anchor)
            )
            or self.circumstances.simultaneous(p)
            or self.circumstances.in_series(
                p, mood.modality, relative=self.locator.relative(p.anchor)
            )
            or self.circumstances.spoken(p)
            or self.circumstances.retold(p, mood.modality, relative=self.locator.relative(p.anchor))
        )
        mood = self.circumstances.future_by_date(mood, date, p)
        plover, mode = self._plover(p, cc.plover, cc.plover_mode, mood)
        if self.abstention.expected_cooperation(p, plover, mood.modality):
            return None
        if plover is not None and plover != cc.plover:
            # one code system: a PLOVER type decided from the mood gets the CAMEO code that
            # the CAMEO->PLOVER table maps to it ("would attack" is a threat, 138, not 190)
            code = self.onto.code_for(plover, p.code)
            if code is None or (new := self.onto.code(code)) is None:
                plover, mode = cc.plover, cc.plover_mode
            else:
                p.code, cc, mode = code, new, new.plover_mode
        if plover is not None:
            inner = self.onto.code(p.coding.code) if p.coding.code else None
            mode = self.modes.refine(plover, mode, inner, tokens)
        promised = plover == "CONCEDE" and self._promised_yield(p)  # "agreed to release"
        if plover in ("AGREE", "THREATEN") or promised:  # "committed to": not yet done
            gov = p.governor[1] if p.governor else self._own_governor(p.anchor)
            offer = gov is not None and self.onto.in_class(gov.lemma, "@offer")
            mood = governed_mood(mood, gov, offer)
        sent = self.a.token(p.head).sent
        # a charge is placed by its sentence or dateline, never by the story's incident
        storied = trig is None or trig.lemma not in STORYLESS_LEMMAS
        location = (
            self.locator.locate([p.anchor, p.head], p.code)
            or self.locator.at_dateline(sent, date, p.anchor, mood.modality, p.actors)
            or self.locator.scene(sent, p.code, p.anchor)
        )
        if location is None and storied:
            location = self.locator.in_story(
                sent, date, p.anchor, p.code, mood.modality
            ) or self.locator.at_occasion([p.anchor, p.head], sent, date, mood.modality)
        if location is None and mood.modality == "asserted" and not self.locator.tally(p.anchor):
            location = self._retold_place(p)
        if location is None and self._state_rule(p, trig.lemma if trig else None):
            location = self.locator.realm(p.actors, p.anchor)  # a state's ban: its country
        if self.locator.aimed_abroad(location, p.code, p.recipients):
            location = None
        self.locator.note(sent, p.code, location, date, p.anchor)
        if location is None and storied:
            self.unplaced[eid] = (sent, date, p.anchor, p.code, mood.modality)
        self.circumstances.note(p, date)
        self.circumstances.note_told(p, date, mood.modality)
        first, last = p.span
        attribution = self.circumstances.attribution(p)
        quantities = self.circumstances.quantities(p)
        fatality = self.deaths.of(plover, mood.modality, tokens)
        if fatality is not None and fatality.quantity and fatality.quantity not in quantities:
            quantities = (*quantities, fatality.quantity)  # the death toll is the act's amount
        actors = p.actors
        if not actors:  # "David Turpin was charged": the state's prosecutors, where certain
            lemma = trig.lemma if trig is not None else self.a.lemma(c.tok)
            party = self.implied.party(lemma, p.code, location, p.recipients)
            actors = [party] if party is not None else []
        return Event(
            id=eid,
            trigger=self.a.tree.token_span(first, last),
            sentence=sent,
            cameo=p.code,
            plover=plover,
            plover_mode=mode,
            plover_context=cc.plover_context,
            quad_class=cc.quad_class,
            goldstein=cc.goldstein,
            actors=tuple(actors),
            recipients=tuple(p.recipients),
            modality=mood.modality,
            location=location,
            date=calendar_date(date),
            attribution=attribution,
            quantities=quantities,
            confidence=scorer()(self.a, p, plover, mood, attribution),
            fatality=fatality,
        )

    def _retold_place(self, p: Proto) -> Location | None:
        """The place the next sentence gives the same act when it tells it again with no party
        of its own: "The first A380 superjumbo, made by Airbus, was delivered today to Singapore
        Airlines" ... "After the plane was delivered in Singapore, ..." (the same event's report
        elsewhere, docs/coding-guide.md section 4): a verb of the trigger's lemma whose subject
        and objects name no party but the act's own."""
        a, c = self.a, p.coding
        if c.pos != "VERB":
            return None
        s = a.token(p.head).sent + 1
        if s >= len(a.tree.doc.sentences):
            return None
        own = {*p.actors, *p.recipients}
        for j in a.tree.sentence_tokens(s):
            if a.token(j).pos != "VERB" or a.lemma(j) != a.lemma(c.tok):
                continue
            heads = [a.subject(j).token, *a.objects(j), *(o for _, o in a.preps(j))]
            parties = {e for h in heads if h is not None for e in a.entities(h, via_of=False)}
            ents = a.tree.entities
            if any(e not in own and ents[e].type not in PLACE_TYPES for e in parties):
                continue  # parties of its own ("in Singapore" is a place, no party)
            loc = self.locator.own_place(j)
            return None if loc is None else replace(loc, evidence="story")
        return None

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
        if self._promised_yield(p):
            return "CONCEDE", None
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

    def _promised_yield(self, p: Proto) -> bool:
        """ "agreed to return the cash", "pledged to withdraw its troops", "promised to release
        the hostages": an actor's promise of a retreat of its own (`PROMISED_RETREATS`: release,
        return, withdraw) is CONCEDE (080), not an intent to cooperate (03x AGREE; coding guide
        section 3, PLOVER rules for promises: "A promised retreat (release, withdrawal,
        ceasefire) is CONCEDE"). An offer or a wish ("offered to release", "wants to withdraw")
        stays AGREE, an ultimatum THREATEN."""
        if p.governor is None or not (p.coding.code or "").startswith(PROMISED_RETREATS):
            return False
        # "@promise": the intent governors that promise (an offer, a wish or an aim is none)
        return p.governor[1].role == "intent" and self.onto.in_class(
            p.governor[1].lemma, "@promise"
        )

    def _alone(self, p: Proto) -> bool:
        """ "legislators gather for organizational meetings", "10 candidates meet on the debate
        stage", "a discount is negotiated by airlines", "Israel's Cabinet met Sunday", "Schiller
        discussed new gestures": a meeting, discussion or negotiation with one party and no other
        named is that party's own business, no consultation between actors (CAMEO 04 is a dyad;
        "X and Y met", "met with Y", "talks with Y", "met in Geneva" keep theirs, and so does an
        international body, whose meeting is its members': "OPEC will hold an emergency
        meeting")."""
        if p.code not in MEETINGS or p.governor is not None or p.recipients or len(p.actors) != 1:
            return False
        if self._counterparts(p):
            return False
        ent = self.a.tree.entities.get(p.actors[0])
        return ent is None or ent.country not in INTERNATIONAL

    def _counterparts(self, p: Proto) -> bool:
        """ "Apple executives are in negotiations with film studios", "he plans to meet
        international dignitaries", "trade talks with other partners", "a meeting with fellow
        exporters": the other side named by a common noun of parties (`@counterparts`) rather
        than by name is still another party; "met with hoots of laughter", "meet the demands"
        name none."""
        a, c = self.a, p.coding
        heads = [h for h in dict.fromkeys((c.tok, c.light, p.anchor)) if h is not None]
        others = [o for h in heads for w, o in a.preps(h) if w == "with"]
        if c.pos == "VERB":
            others += a.objects(c.tok)
        return any(self.onto.in_class(w, "@counterparts") for o in others for w in a.words(o))

    def _private_trip(self, p: Proto) -> bool:
        """ "Mohamed and his father are to travel to the United Nations", "the boy was welcome
        to come and tour the company", "the event was attended by 15,000 people", "the airliner
        will fly directly to Sydney": a trip of private people is no visit between actors
        (CAMEO 042 is a party's visit to another; officials, lawmakers and envoys keep theirs).
        A person the text gives no role is a private one here: "Eyamba Sowers ... saw his visit
        as a pleasant surprise", "When Ford visited his editor at her office". A journey
        ("travel", "arrive", "fly") is a visit only for a party of the state or an armed or
        political group: "Muslims traveling to the United States", "officers traveled to Canada
        and interviewed her friends" (article gold dev, neither coded), "the Syrians arriving in
        the United States" (PolNeAR) make none."""
        if p.code != VISIT or not p.actors:
            return False
        if self._all(p.actors, _private_person):
            return True
        trig = p.coding.trigger
        return (
            trig is not None
            and self.onto.in_class(trig.lemma, "@journey")
            and self._all(p.actors, _no_visitor)
        )

    def _hostless_journey(self, p: Proto) -> bool:
        """ "The team arrived in Washington D.C." (article gold dev, no event), "Biden arrives in
        Washington, DC", "Trump ... flew to L. A.", "heading to Capitol Hill", "He arrived in
        Congress in 1993", "When I went to the Eastern District of New York" (news pages of
        Giveme5W1H and PolNeAR): a journey told by a verb of going (@journey) is a visit (CAMEO
        042, to another party, its host) only when it takes a traveller of a known country to a
        party or place of another one ("King Hussein of Jordan arrived in Washington", "allowed
        me to go to India and South Africa" stay); a trip at home, to a place of no known
        country or by a traveller of none meets no host."""
        trig = p.coding.trigger
        if p.code != VISIT or not p.recipients or trig is None:
            return False
        if not self.onto.in_class(trig.lemma, "@journey"):
            return False
        ents = self.a.tree.entities
        homes = {ents[e].country for e in p.actors if e in ents} - {None}
        hosts = {ents[e].country for e in p.recipients if e in ents} - {None}
        return not any(h != home for h in hosts for home in homes)

    def _private_meeting(self, p: Proto) -> bool:
        """ "her marriage to a U.S. national whom she met while studying" (article gold dev, no
        event), "she met her future husband" (Wikinews), "where he met his wife, Ana" (PolNeAr):
        a meeting between private people is no consultation between actors (CAMEO 040), as their
        trip is no visit; a meeting with a firm's founder or an official stays ("Sergey Brin
        personally met with Mohamed", gold dev)."""
        if p.code != CONSULT or not p.actors or not p.recipients:
            return False
        return self._all([*p.actors, *p.recipients], _private_person)

    def _acquaintance(self, p: Proto) -> bool:
        """ "Emily Spanton ... met officers Antoine Quirin and Nicolas Redouane ... at an Irish
        pub" (article gold dev, no event), "She began modeling in 1950 when she met New York City
        police officer and photographer Jerry Tibbs", "when she met a police officer whose hobby
        was photography" (ECB+, two texts): a private person who meets someone, told by "meet"
        with the one met as its object (no "with": one meets *with* a party to consult it),
        makes an acquaintance, no consultation between actors (CAMEO 040), whatever the role of
        the one met. Only the simple past tells it: "Donald Trump meets President Barack Obama in
        the Oval Office" (a Giveme5W1H caption, Trump given no role there) is the meeting
        reported; a state met ("met Kenya") stays."""
        c = p.coding
        if p.code != CONSULT or c.pos != "VERB" or not p.actors or not p.recipients:
            return False
        a = self.a
        if a.lemma(c.tok) != MEET or a.token(c.tok).tag != PAST or not a.deps(c.tok, "dobj"):
            return False
        if any(w == MEET_WITH for w, _ in a.preps(c.tok)):
            return False
        return self._all(p.actors, _private_person) and self._all(p.recipients, _no_state)

    def _private_retreat(self, p: Proto) -> bool:
        """ "she retreated from the spotlight", "Page quickly retreated from public view" (ECB+),
        "Charlie's parents ... withdrew the challenge" (GeoWebNews), "a man who ... tried to stop
        the attack" (ECB+): de-escalating a military engagement (CAMEO 087, retreating or
        surrendering militarily 0874, PLOVER RETREAT) is the act of a party with forces to pull
        back, a state, its bodies, an armed or political group; a private person, or a party of
        no known role, retreating, withdrawing or stopping something is no event (as a private
        person's permission is none)."""
        if not p.code.startswith(DEESCALATE) or not p.actors:
            return False
        return self._all(p.actors, _powerless)

    def _private_permission(self, p: Proto) -> bool:
        """ "the Turpins rarely allowed them outside", "she did her part in allowing justice to
        unfold", "the monitor, which allows for safer parking", "he allowed a passer rating of
        22.4": letting someone do something is a concession (CAMEO 08) only from a party with the
        power to forbid it, a state, its bodies, an armed or political group ("Turkey will allow
        refugees to return"); a private person, a product or a party of unknown role allowing
        something is no event."""
        trig = p.coding.trigger
        if trig is None or not self.onto.in_class(trig.lemma, "@permission"):
            return False
        return self._all(p.actors, _powerless)

    def _private_favour(self, p: Proto) -> bool:
        """ "I think Guido helped me a lot to be more confident in this match", "he is more
        focused on helping the Steelers right the ship", "Right now, yeah, he's helping us", "He
        was protecting himself": help or protection from a person the text gives no role is a
        private favour, no aid between actors (CAMEO 07); a group of residents donating blood
        or a state's aid keeps its event."""
        if not (p.code or "").startswith(AID_ROOT) or not p.actors:
            return False
        return self._all(p.actors, lambda e: e.type == "PERSON" and e.sector is None)

    def _firm_withdrawal(self, p: Proto) -> bool:
        """ "The We Company ... was withdrawing its S-1 filing for an initial public offering",
        "the news network RTHK withdrew its reporters from the field", "Bank of America and
        Barclays PLC pulled out": firms and the media pulling back their own filings, staff or
        money make no military retreat (CAMEO 087x, de-escalation); armed forces, states and
        parties keep theirs."""
        if not (p.code or "").startswith(DEESCALATE) or not p.actors:
            return False
        return self._all(p.actors, lambda e: e.sector in CIVIL_ORGANISATIONS)

    def _state_rule(self, p: Proto, lemma: str | None) -> bool:
        """Whether p is a rule a state lays on its whole country: a trigger of an
        `implicit_actor` record marked `realm` ("ban", "prohibit"), with one of its codes."""
        return lemma is not None and any(
            p.code.startswith(c) for c in self.onto.implicit_realm.get(lemma, ())
        )

    def _agentless(self, p: Proto) -> bool:
        """An act the text names no doer of, done to a named party: "The Zambian government has
        been criticised", "a lawsuit was filed against Apple", "Sirhan Sirhan was stabbed" (a
        noun, a passive without "by", or a verb whose subject undergoes the act, "Apple
        received criticism"; never an adjective, "alleged victims"). The coding guide codes it
        with an unnamed source."""
        a, c, onto = self.a, p.coding, self.onto
        if not p.recipients:
            return False
        if not any(p.code.startswith(x) for x in onto.agentless_codes) and not (
            p.code[:2] in VIOLENT_ROOTS and self._passive_adjunct(c)
        ):
            return False
        lemmas = [ls for x, ls in onto.agentless_lemmas.items() if p.code.startswith(x)]
        lemma = c.trigger.lemma if c.trigger is not None else a.lemma(c.tok)
        if lemmas and not any(lemma in ls for ls in lemmas):
            return False  # of the 173 acts only a charge: "was charged", never "was arrested"
        swapped = c.swap or (c.frame is not None and c.frame.swap)
        weapon = c.frame is not None and c.frame.instrument and c.pos == "VERB"
        if weapon and not a.is_passive(c.tok):
            # "a bomb killed a police officer", "a car bomb killed five soldiers": the weapon is
            # no doer (frame `instrument`); the people it killed are the targets, a group too
            ents = a.tree.entities
            kinds = onto.agentless_types | {"GROUP"}
            return any(ents[e].type in kinds for e in p.recipients if e in ents)
        if (
            c.pos == "VERB"
            and not swapped
            and (
                a.token(c.tok).dep == "amod"
                or not a.is_passive(c.tok)
                or self._party_agent(c.tok)
                or self._framing_clause(c.tok)
                or not any(a.lemma(s) != "it" for s in self._patients(c.tok))
            )
        ):
            return False  # "it is alleged he ...": whom the act is done to is no subject
        ents = a.tree.entities
        done_to = self._agentless_kinds(p.code)
        if any(ents[e].type in done_to for e in p.recipients if e in ents):
            return True
        if c.pos != "VERB" or p.code.startswith(PARDON_ROOT):
            return False
        # an acquittal (a negative trigger) is no act told as done to the group
        return not (c.trigger is not None and c.trigger.negative) and self._group_patient(p)

    def _framing_clause(self, i: int) -> bool:
        """ "the night Kennedy was shot", "the day she was arrested": a passive relative clause
        with a subject of its own and no relative pronoun ("who", "for which") modifies a time,
        a place or a reason; it names an act the article tells elsewhere to say when or where,
        and reports none."""
        a = self.a
        if a.token(i).dep != "relcl":
            return False
        if not a.deps(i, "nsubjpass"):
            return False  # "who was shot": the clause tells what was done to its noun
        # "for which he was criticized": a relative pronoun in a phrase of its own
        words = [*a.deps(i, "nsubjpass", "prep"), *(o for _, o in a.preps(i))]
        return not any(a.token(w).tag in RELATIVE_TAGS for w in words)

    def _agentless_kinds(self, code: str) -> frozenset[str]:
        """The entity types an agentless act of `code` is done to: those of its `agentless`
        records (a shooting is done to people), else those of any."""
        onto = self.onto
        kinds = [ts for x, ts in onto.agentless_code_types.items() if code.startswith(x)]
        return frozenset().union(*kinds) if kinds else frozenset(onto.agentless_types)

    def _group_patient(self, p: Proto) -> bool:
        """Whether the passive's subject is an unnamed group of people the article gives a
        sector: "The parents are also accused of neglect", "members of the movement are accused
        of beating him", "authorities there were accused of concealing the outbreak". The coding
        guide codes the act with an unnamed source and the group as an unnamed party of its
        country and sector (docs/coding-guide.md section 2; tests/gold dev codes "The parents"
        so); the agentless codes and lemmas still bound it (an arrest stays the police's)."""
        ents = self.a.tree.entities
        found = (self.a.entity(s) for s in self._patients(p.coding.tok))
        return any(
            e in p.recipients and e in ents and ents[e].type in GROUP_TYPES and ents[e].sector
            for e in found
        )

    def _party_agent(self, i: int) -> bool:
        """Whether passive verb i names its doer in a "by" phrase that is a party of the
        article (an entity); "was criticised by some", "was sued by the motion picture industry",
        "was petitioned by 78 co-petitioners" name no party, and the act keeps no source. Passives
        joined by "and" share the phrase: "was shot and killed by a police officer" names the
        officer for the shooting too."""
        a = self.a
        t = a.token(i)
        # a conjoined verb with no subject of its own shares this one's ("was shot and killed")
        joined = [i, *(v for v in a.deps(i, "conj") if not a.deps(v, *SUBJ, "nsubjpass"))]
        if t.dep == "conj" and not a.deps(i, *SUBJ, "nsubjpass"):
            joined.append(t.head)
        for v in joined:
            agent = a.agent(v)
            if agent is not None and a.entities(agent):
                return True
        return False

    def _passive_adjunct(self, c: Coding) -> bool:
        """ "X died after being shot", "X was hospitalised after being beaten": a passive
        adjunct tells what was done to the subject of a clause about its fate, an act reported
        done even with no doer named (the coding guide, section 2: an unnamed source)."""
        a = self.a
        t = a.token(c.tok)
        return (
            c.pos == "VERB"
            and t.dep in ("advcl", "pcomp")
            and bool(a.deps(c.tok, "auxpass"))
            and not a.deps(c.tok, "nsubjpass")
            and bool(self._patients(c.tok))
        )

    def _patients(self, v: int) -> list[int]:
        """The subject a passive verb is done to: its own ("Sirhan was stabbed"), or that of
        the clause its adjunct hangs on ("a journalist died after being stabbed")."""
        a = self.a
        own = a.deps(v, "nsubjpass")
        if own or a.token(v).dep not in ("advcl", "pcomp"):
            return own
        s = a.subject(v)
        return [s.token] if s.passive and s.token is not None else []

    @staticmethod
    def _needs_recipient(p: Proto) -> bool:
        """Whether the event is no event without its other party: the frame's word over the
        trigger's ("bought [shares]" needs a seller, "bought [20 Dreamliners]" does not)."""
        c = p.coding
        if c.frame is not None and c.frame.needs_recipient is not None:
            return c.frame.needs_recipient
        return bool(c.trigger and c.trigger.needs_recipient)

    def _firm_supply(self, p: Proto) -> bool:
        """ "Boeing ... delivered the final 717 jet built", "contractors that supply the
        plant", "the lender is providing ...", "GM ... might be able to repay all its loans": a
        firm supplying, delivering or lending with no one named to receive it is trade, no aid
        (CAMEO 07); a firm's rescue of or loan or donation to a named party keeps its AID ("SoftBank
        provided a rescue package to WeWork", "Goldman Sachs lent $2 billion to the Greek
        government")."""
        if not (p.code or "").startswith(AID_ROOT) or p.recipients or not p.actors:
            return False
        return self._all(p.actors, lambda e: e.sector == FIRM)

    def _between_firms(self, p: Proto) -> bool:
        """ "Air India has signed a deal for a further US$7 billion", "the airline signed the
        agreement in Paris": a deal only firms are named signing is trade, economic cooperation
        (CAMEO 061, as the coding guide codes "two firms ... sign a deal"); with a state or an
        armed service among its parties ("The USAF and Boeing have signed an interim agreement",
        "AirTanker Ltd. signed a contract with the Defense Ministry") the gold keeps 057."""
        return self._all([*p.actors, *p.recipients], lambda e: e.sector == FIRM)

    def _states(self, ids: list[str]) -> bool:
        """ "Jordan closed its borders with Syria and blocked the Rukban crossing point": a
        state, its government or its forces blocking a passage (`_passage`) restrict movement
        (CAMEO 191, PLOVER COERCE), as the article gold codes it twice on dev ("The police
        headquarters ... was blocked off after the attack", a police act); protesters blocking
        a road obstruct it (144, PROTEST: "protesters ... gathered around Hong Kong's
        principal police complex, blocking ...", dev gold; PLOVER GSR: workers, supporters and
        young Algerians blocking roads)."""
        return bool(ids) and self._all(
            ids,
            lambda e: (
                e.sector in BLOCKING_SECTORS
                or (e.sector is None and e.type == "GPE" and e.country is not None)
            ),
        )

    def _passage(self, verb: int) -> bool:
        """The verb blocks a way of passing (a border, a crossing, a road, a site or a flow of
        goods: `@blocked_site`, "tried to block shipping to the island"), or says nothing of
        what it blocks; not a rule, a bill or a deal ("a federal judge blocked the rule")."""
        what = [*self.a.objects(verb), *self.a.deps(verb, "nsubjpass")]
        return not what or any(
            self.onto.in_class(w, cls)
            for o in what
            for w in self.a.modifier_words(o, of=False)
            for cls in ("@border", "@passage", "@blocked_site")
        )

    def _all(self, ids: list[str], test: Callable[[Entity], bool]) -> bool:
        """Every party of `ids` is a known entity that passes `test`."""
        ents = [self.a.tree.entities.get(x) for x in ids]
        return all(e is not None and test(e) for e in ents)

    def _firm_post(self, p: Proto) -> bool:
        """ "Neumann had resigned as CEO the previous week", "Jobs resigned from his post as
        CEO", "is stepping down from his post" (an executive): leaving a post inside a firm is
        the firm's own business, no concession to anyone (the coding guide leaves out hirings
        and layoffs inside one firm); a minister, a leader or an official resigning stays."""
        if p.code != RESIGN or len(p.actors) != 1:
            return False
        ent = self.a.tree.entities.get(p.actors[0])
        if ent is not None and ent.sector == FIRM:
            return True
        a = self.a
        posts = [o for w, o in a.preps(p.anchor) if w in ("as", "from")]
        posts += [x for o in posts for w, x in a.preps(o) if w == "as"]
        return any(self.onto.in_class(w, "@firm_post") for o in posts for w in a.modifier_words(o))

    def _unbidden_resignation(self, p: Proto) -> bool:
        """ "Gary Fan ... resigned from his leadership in his party due to its election defeat",
        "Richard Nixon ... resigned before any impeachment vote", "Before resigning, Rosselló
        appointed Pierluisi" (article gold dev, none coded): CAMEO 0831 is acceding to demands for
        a change in leadership (cameo_codes.jsonl), so a resignation is coded only in an article
        that tells such a demand, a sentence with a word of leaving and one of demanding or
        protest ("Protesters called for Rosselló's resignation", "asked Carrie Lam to resign",
        "resigned amid protests"); the lexicon classes @leaving and @leave_demand."""
        if p.code != RESIGN:
            return False
        if self._leave_demanded is None:
            self._leave_demanded = self._demands_leave()
        return not self._leave_demanded

    def _not_yet(self, p: Proto) -> bool:
        """ "Sanders ... did not immediately offer a full endorsement", "The Thai Raksa Chart Party
        did not immediately announce whom they would support" (article gold dev, no event), "did
        not immediately provide any other details" (html pages), "did not immediately respond to
        requests" (PolNeAr): the press's "did not immediately" tells what had not happened when
        the story was filed, no act and no refusal; the trigger or a verb above it in its
        sentence (at most NOT_YET_CLIMB steps) negated and modified by "immediately"."""
        a = self.a
        i = p.anchor
        for _ in range(NOT_YET_CLIMB):
            lemmas = {a.lemma(c) for c in a.deps(i, "neg", "advmod")}
            if "immediately" in lemmas and lemmas & NEGATIONS:
                return True
            h = a.token(i).head
            if h == i:
                break
            i = h
        return False

    def _without(self, i: int) -> bool:
        """ "Ford ... can make it through this year without any government aid" (article gold dev,
        no event): an act named after "without" is one that did not happen ("has operated without
        financial assistance from the ARLF", ECB+; "attacking without UN approval",
        TimeBank-AQUAINT; "stay in power without the support of hindus", IndiaPoliceEvents), and
        so is the act set aside by "rather than" or "instead of": "Rather than recall the devices
        or offer a hardware fix, Jobs said ..." (Wikinews, train article, no event), "instead of
        providing relief to the sufferers" (IndiaPoliceEvents), "an all-out trade war rather than
        a fruitful negotiation" (GeoWebNews)."""
        a = self.a
        j = i
        while (t := a.token(j)).dep == "conj" and t.head != j:
            # "chose to negotiate rather than [attack]": the conjunct after "rather than"
            if any(self._rather(c) for c in a.deps(t.head, "cc") if t.head < c < j):
                return True
            j = t.head
        t = a.token(j)
        if t.head == j:
            return False
        if any(self._rather(m) for m in a.deps(j, "mark")):  # "Rather than [recall] the devices"
            return True
        if t.dep not in ("pobj", "pcomp"):
            return False
        prep = a.lemma(t.head)
        if prep == "without":
            return True
        if prep == "than":  # "a trade war rather than a [negotiation]"
            return self._rather(t.head)
        # "instead of [providing] relief"
        above = {a.lemma(x) for x in (*a.deps(t.head, "advmod"), a.token(t.head).head)}
        return prep == "of" and "instead" in above

    def _rather(self, than: int) -> bool:
        """Whether token `than` is the "than" of "rather than" ("rather" its modifier or the
        modifier of the word it hangs from)."""
        a = self.a
        if a.lemma(than) != "than":
            return False
        near = [*a.deps(than, "advmod"), *a.deps(a.token(than).head, "advmod")]
        return any(a.lemma(x) == "rather" for x in near)

    def _demands_leave(self) -> bool:
        a, onto = self.a, self.onto
        for s in range(len(a.tree.doc.sentences)):
            lemmas = [a.lemma(i) for i in a.tree.sentence_tokens(s)]
            leaving = any(onto.in_class(w, "@leaving") for w in lemmas) or any(
                w == "step" and nxt == "down" for w, nxt in pairwise(lemmas)
            )
            if leaving and any(onto.in_class(w, "@leave_demand") for w in lemmas):
                return True
        return False

    def _own_governor(self, i: int) -> Governor | None:
        """The governor a trigger is itself ("threatened", "committed"), by its lemma."""
        t = self.a.token(i)
        return self.onto.governors.get((self.a.lemma(i), t.pos)) or self.onto.governors.get(
            (self.a.lemma(i), None)
        )

    def _unless(self, v: int) -> bool:
        return any(
            self.a.lemma(m) == "unless"
            for c in self.a.deps(v, "advcl")
            for m in self.a.deps(c, "mark")
        )

    def _will(self, v: int) -> bool:
        return bool({self.a.lemma(x) for x in self.a.deps(v, "aux")} & FUTURE_AUX)

    def _refusal(self, p: Proto) -> bool:
        """Negated cooperation with "will/would not": the actor declines (volitional)."""
        if p.code[:2] not in ("03", "04", "05", "06", "07", "08"):
            return False
        aux = {self.a.lemma(x) for x in self.a.deps(p.anchor, "aux")}
        return bool(aux & {"will", "would", "wo", "shall"})


def _no_visitor(e: Entity) -> bool:
    """A party whose journey is no visit: a people, a faith, the police, firms, the media and
    every other sector outside VISITING_SECTORS; a state itself or an international body visits."""
    if e.type == "GPE" or e.country in INTERNATIONAL or e.sector in VISITING_SECTORS:
        return False
    return e.sector is not None or e.type in ("PERSON", "NORP")


def _no_state(e: Entity) -> bool:
    """A party that is not a state or its people."""
    return e.type not in STATE_TYPES


def _private_person(e: Entity) -> bool:
    """A private party: civilians, or a person with no role the text or knowledge base gives."""
    return e.sector == PRIVATE or (e.sector is None and e.type == "PERSON")


def _powerless(e: Entity) -> bool:
    """A party with no power to forbid, permit or pull back forces: no state or state body, no
    international body, and a private sector or none."""
    return (
        e.type not in STATE_TYPES and e.country not in INTERNATIONAL and e.sector in (None, PRIVATE)
    )

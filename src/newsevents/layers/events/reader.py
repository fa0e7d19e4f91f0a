"""The sentence pass: which words of a sentence report events, and with which codes.

`Reader.sentence(s)` (1) codes every verb and noun by itself (`triggers.Coder`), or as a governor
whose complement names no coded event ("pressured X to cancel"); (2) reads each coded word in
context: the governors above it (`governors.Governors.climb`) absorb it into an intent, appeal,
demand, refusal or threat with a 3-4 digit code shaped by its own, and a purpose, content or
accompanying participle of another event is no event of its own; (3) gives each its actors and
recipients (`roles.Roles`) and turns reported attacks into accusations; (4) adds "X said Y must
..." as X's demand of Y; (5) drops light verbs absorbed into a governed event and what only
describes another event (`scope.Scope`). What it returns are `Proto`s, one per anchor token,
which `record.Recorder` turns into `Event` records.
"""

from __future__ import annotations

from dataclasses import replace

from ...ontology.codebook import EventOntology, Governor
from ...ontology.reading import death_words, genre_words, sports_words
from .arguments import PROTEST_ROOT, Args
from .governors import Governors
from .implicit import ImplicitActors
from .judgments import Judgments
from .modality import FUTURE_AUX, HYPOTHETICAL_AUX
from .roles import Proto, Roles, trigger_span
from .scope import Scope
from .triggers import NOMINAL_POS, TRANSPARENT_HEADS, VERBAL_POS, Coder, Coding

# CAMEO roots of an appeal and a demand
ASKING_ROOTS = frozenset({"02", "10"})
ABSORBING = frozenset({"intent", "request", "demand", "reject", "threaten"})
VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation, verbal conflict
COOPERATIVE_QUADS = frozenset({1, 2})  # verbal and material cooperation
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# the verbs that tell an attack's victims ("killed five and wounded 110"): the killing and the
# wounding verbs of ontology/data/death_words.json
CASUALTY_VERBS = frozenset(death_words()["killing_verbs"] + death_words()["wounding_verbs"])
INTENT_ROOT = "03"
PLAIN_INTENT = "030"
PROMISING = frozenset({"promise", "pledge", "vow"})
# "is needed to impeach", "is required to convict", "are declared to ask": what a rule or a
# procedure is for, told in the present passive
REQUIRING = frozenset({"need", "require", "declare", "use", "design", "intend", "mean"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# "could not agree", "can be removed", "is eligible to appeal": an act told as what a party can
# or cannot do (ABILITY with no other modal beside it), or is (un)able to do
ABILITY = frozenset({"can", "could", "ca"})  # "ca" is spaCy's "can" of "can't"
OTHER_MODALS = (FUTURE_AUX | HYPOTHETICAL_AUX) - ABILITY  # the modality layer's other modals
ABLE = frozenset({"able", "unable", "eligible"})
# "wants X to do": asks X (CAMEO 02x). Wanting to thank, praise or support someone oneself is a
# courtesy formula or a wish, neither an approval nor a promise of one: "We want to thank all of
# the locations", "Microsoft no longer wants to support it" (Wikinews, train articles), "Amneh
# Jafari ... wanted to issue her support to Mohamed" (article gold dev), "I want to thank the
# Canadian people who came out to wave" (Wikinews); none coded by the gold (issue 21). Other
# wishes keep the intent PETRARCH-2 codes: "wants to help Israel" (033), "want to re-examine the
# refineries" (090, PETRARCH-2 real sentences).
WANTING = frozenset({"want", "wish"})
# verbs of being, not acting: "want Israel to [exist]", "want the purpose to [be]" ask no one
STATES = frozenset({"be", "exist", "have", "become", "seem", "feel", "know", "live"})
APPROVAL = "05"  # CAMEO root: engage in diplomatic cooperation (praise, endorse, support)
# Standing advice: "Google recommends wiring the Chromecast up to a LAN", "Moneycontrol.com
# advises users to check with certified experts", "The Centers for Disease Control recommends all
# individuals ... get a flu vaccine", "The CDC advises the earlier people seek treatment ..."
# (html pages, four sites), "The Internal Revenue Service website advises citizens to continue
# paying" (article gold dev, no event): advice in the simple present to no one or to the public at
# large tells what a body's guidance is, not an appeal made at a time (precision helper h14,
# issue 21). Advice to a party ("advises the Secretary to release", Wikinews) or told in the past
# ("advised U.S. citizens to leave", article gold dev REQUEST) stays an appeal.
ADVISING = frozenset({"advise", "recommend"})
PUBLIC = frozenset(
    {"user", "people", "individual", "citizen", "resident", "customer", "consumer", "traveller",
     "traveler", "reader", "patient", "parent", "everyone", "anyone", "anybody", "everybody",
     "viewer", "investor", "visitor", "owner", "driver", "person", "member", "public"}
)  # fmt: skip
GENERIC_DETS = frozenset({"all", "every", "any", "each"})
DECLINE_COMMENT = "011"  # CAMEO "Decline comment": no PLOVER event
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})  # what, who, whose, why/how/when/where
WH_DEPS = ("advmod", "nsubj", "nsubjpass", "dobj", "attr", "det", "pobj", "prep")
VISIT_CODES = frozenset({"042", "043"})  # make a visit, host a visit
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# a sports report and the words of play it uses: ontology/data/sports_words.json
_SPORTS = sports_words()
SPORTS_CUES = frozenset(_SPORTS["cues"])
MIN_SPORTS_CUES = int(_SPORTS["min_cues"])
STATE_SECTORS = frozenset(_SPORTS["state_sectors"])  # parties whose act a game never is
# a review, a shopping page or a culture piece: ontology/data/genre_words.json
_GENRE = genre_words()
GENRE_CUES = frozenset(_GENRE["cues"])
MIN_GENRE_CUES = int(_GENRE["min_cues"])
# the parts of speech `Coder.verb`, `Coder.noun` and `Reader._governor_coding` code
CODABLE_POS = frozenset({*VERBAL_POS, *NOMINAL_POS, "VERB", "NOUN"})


class Reader:
    """Reads the sentences of one document into protos."""

    def __init__(self, args: Args, onto: EventOntology, *, petrarch: bool = True) -> None:
        self.a = args
        self.onto = onto
        self.coder = Coder(onto, args, petrarch=petrarch)
        self.governors = Governors(args, onto)
        self.roles = Roles(args, onto, self.coder)
        self.scope = Scope(args, onto)
        self.implicit = ImplicitActors(args, onto)
        self.judgments = Judgments(args, onto)
        self.codings: dict[int, Coding] = {}  # the coded words of the sentence being read
        self._dropped: list[Coding] = []  # purposes and contents of other events, not coded
        self._asked_passives: set[int] = set()  # "were ordered to": orders with no asker told
        self.sports = _sports_report(args)
        self.genre = _cue_count(args, GENRE_CUES) >= MIN_GENRE_CUES
        # the words the per-word passes of a sentence can code, found in one pass over the
        # document: a verb or noun, a gerund (`Coder._nominal_gerund`) or a transparent head
        # for `_codings`; a word with a clause told (ccomp) for `_modal_demands`
        self._codable = frozenset(
            t.i
            for t in args.tok
            if t.pos in CODABLE_POS or t.tag == "VBG" or t.lemma.lower() in TRANSPARENT_HEADS
        )
        self._telling = frozenset(t.head for t in args.tok if t.dep == "ccomp" and t.head != t.i)

    def sentence(self, s: int) -> list[Proto]:
        """The events of sentence s in text order, before their records."""
        rng = self.a.tree.sentence_tokens(s)
        self.codings = self._codings(rng)
        self._dropped = []
        protos = self._protos()
        self._protest_targets(protos)
        self._conjoined_victims(protos)
        for p in self._modal_demands(rng, protos):
            protos.setdefault(p.key, p)
        for p in self.judgments.protos(rng, set(protos)):  # "said it was unacceptable"
            protos.setdefault(p.key, p)
        # "expressed [a desire to negotiate]": the governed event beats the verb's own code
        absorbed = {p.key for p in protos.values() if p.governor is not None}
        for key, p in list(protos.items()):
            if p.governor is None and p.coding.consumed in absorbed and self._is_light(key):
                del protos[key]
        for key in self.scope.descriptive(protos):
            del protos[key]
        for key in [k for k, p in protos.items() if self._not_an_act(p)]:
            del protos[key]
        self._victims_of_nominal_attacks(protos)
        told = sorted(protos.values(), key=lambda p: p.span[0])
        self.roles.told.extend(told)
        return told

    def _protest_targets(self, protos: dict[int, Proto]) -> None:
        """ "led a march to the ministry on Friday [to protest against] the ruling": a protest
        whose purpose says what it is against takes that as its target when it has none (the
        purpose itself is no event of its own)."""
        a = self.a
        for c in self._dropped:
            t = a.token(c.tok)
            if t.dep != "advcl" or not c.code or c.code[:2] != PROTEST_ROOT:
                continue
            main = next(
                (p for p in protos.values() if t.head in (p.anchor, p.head, p.coding.light)), None
            )
            if main is None or main.code[:2] != PROTEST_ROOT or main.recipients:
                continue
            purpose = Proto(c.tok, c.tok, c.tok, c.code, c, [])
            self.roles.fill(purpose)
            main.recipients = [e for e in purpose.recipients if e not in main.actors]

    def _conjoined_victims(self, protos: dict[int, Proto]) -> None:
        """ "a car bombing killed five people and wounded 110 civilians": the victims of the
        second of two conjoined violent verbs (`_one_violent_act`) are targets of the first."""
        a = self.a
        for c in self._dropped:
            t = a.token(c.tok)
            if t.dep not in ("conj", "advcl") or not c.code or c.code[:2] not in VIOLENT_ROOTS:
                continue
            if t.dep == "advcl" and (
                not self._participle(c.tok) or a.lemma(c.tok) not in CASUALTY_VERBS
            ):
                continue  # "shelled Juba, killing 20": the participle's victims are the act's
            main, h = None, t.head
            while main is None:  # "stormed X, killed two and injured seven", "..., killing two and
                # injuring seven": the verb of the act
                main = next(
                    (
                        p
                        for p in protos.values()
                        if h in (p.anchor, p.head, p.coding.tok, p.coding.light)
                    ),
                    None,
                )
                if (
                    main is not None
                    or a.token(h).dep not in ("conj", "advcl")
                    or a.token(h).head == h
                ):
                    break
                h = a.token(h).head
            if main is None or main.code[:2] not in VIOLENT_ROOTS:
                continue
            second = Proto(c.tok, c.tok, c.tok, c.code, c, [])
            self.roles.fill(second)
            main.recipients += [
                e for e in second.recipients if e not in main.actors and e not in main.recipients
            ]

    def _one_violent_act(self, i: int) -> bool:
        """ "killed five and wounded 110", "killed two and injured seven", "were killed and 110
        wounded": a violent verb conjoined to another of the same subject tells the same act (its
        victims), coded once (the coding guide, section 1, "One event per action")."""
        a, t = self.a, self.a.token(i)
        own = self.codings.get(i)
        main = self._coded_at(t.head)
        if own is None or not own.code or main is None or not main.code:
            return False
        if own.code[:2] not in VIOLENT_ROOTS or main.code[:2] not in VIOLENT_ROOTS:
            return False
        if a.lemma(i) not in CASUALTY_VERBS:
            return False  # "fired on protesters and beat them": acts told one by one
        if a.deps(i, "nsubj"):
            return False  # "police fired and protesters threw stones": two parties' acts
        return not a.deps(i, "nsubjpass") or bool(a.deps(t.head, "nsubjpass", "auxpass"))

    def _not_an_act(self, p: Proto) -> bool:
        return (
            self._domestic_trip(p)
            or self._owned_intent(p)
            or self._product_promise(p)
            or self._what_a_rule_is_for(p)
            or self._game_play(p)
            or self._genre_act(p)
            or self._ability(p)
        )

    def _ability(self, p: Proto) -> bool:
        """ "the president and Congress could not agree on a national budget", "she could not
        support him", "a federal official can be removed from office by Congress", "Waseem is
        eligible to appeal", "owners will be able to purchase a cable": what a party can or
        cannot do, or may be done in general, tells a capacity or a rule, not an act (the coding
        guide leaves background descriptions out, section 1). Kept: a past "was able to" or
        "have been able to" (it was done: "officers were able to apprehend a suspect", "the
        police have been able to arrest only one man"), a "could" of possibility with
        no negation ("the EU could impose sanctions": hypothetical), and "can" beside another
        modal ("he can and may declare")."""
        a = self.a
        for v in dict.fromkeys((p.anchor, p.coding.tok)):
            aux = a.deps(v, "aux", "auxpass")
            words = {a.lemma(x) for x in aux} | {a.token(x).text.lower() for x in aux}
            told_as_ability = words & ABILITY and not words & OTHER_MODALS
            if told_as_ability and (a.deps(v, "neg") or a.deps(v, "auxpass")):
                return True
            t = a.token(v)
            if t.dep == "xcomp" and t.head != v and a.lemma(t.head) in ABLE:
                adj = a.token(t.head)
                cop = a.token(adj.head) if adj.head != t.head else adj
                perfect = cop.tag == "VBN" and "have" in {a.lemma(x) for x in a.deps(cop.i, "aux")}
                done = (cop.tag == "VBD" or perfect) and adj.lemma.lower() == "able"
                if not (done and not a.deps(cop.i, "neg") and not a.deps(adj.i, "neg")):
                    return True
        return False

    def _what_a_rule_is_for(self, p: Proto) -> bool:
        """ "A simple majority of the House is needed to impeach an official", "testimony of two
        witnesses is required to convict a person", "Red notices are declared to ask local
        authorities to find and arrest a person": an act in the infinitive of a present passive
        of needing, requiring or declaring tells what a rule or a procedure is for, in general;
        no one did it (the coding guide leaves background descriptions out, section 1)."""
        a = self.a
        t = a.token(p.anchor)
        if t.dep not in ("xcomp", "advcl") or t.head == p.anchor:
            return False
        if not any(a.lemma(x) == "to" for x in a.deps(p.anchor, "aux", "mark")):
            return False
        if a.lemma(t.head) not in REQUIRING or a.token(t.head).tag != "VBN":
            return False
        return any(a.token(x).tag in PRESENT_TAGS for x in a.deps(t.head, "auxpass"))

    def _product_promise(self, p: Proto) -> bool:
        """ "Cisco has promised a compatible release before the end of the month", "Google
        promised more", "Audi is promising space for five", "the Black Friday deals promise to
        be even better": a firm's promise made to no party, of a product, a feature or a
        result, announces a product (the coding guide leaves product launches and routine
        releases out, sections 1 and 9); a firm's promise of an act stays ("promised to deliver
        the jets to Qatar Airways"), as does one to a party ("will offer NASA its lander")."""
        if p.code != PLAIN_INTENT or p.recipients:
            return False
        a = self.a
        verbs = [
            t for t in dict.fromkeys((p.head, p.coding.tok, p.anchor)) if a.lemma(t) in PROMISING
        ]
        if not verbs:
            return False
        acts = [c for v in verbs for c in a.deps(v, "xcomp", "ccomp") if a.lemma(c) != "be"]
        if acts:
            return False
        ents = self.a.tree.entities
        return all(e in ents and ents[e].sector == "BUS" for e in p.actors)

    def _game_play(self, p: Proto) -> bool:
        """ "Nadal defeated Khachanov 6-3", "Parise blocked a shot", "Nelson fired a shot at
        Murray", "Turkey drew Iceland 0-0 to book its spot": in a sports report, a word in its
        game sense tells play or a result, which the coding guide leaves out (section 1); an act
        with a party of the state, an armed group or a criminal stays ("police arrested fans",
        "gunmen attacked the stadium"). So do the other acts among players, coaches and clubs
        there, the sport's own affairs, hirings and talk: "Jose Mourinho has agreed a deal to
        replace Mauricio Pochettino as Tottenham's manager", "Harry Kane, who have lauded
        Pochettino", "Boudreau gave his players a pep talk, telling them to believe",
        "Matthew Hayden has vowed to hit New Zealand bowler Daniel Vettori out of the ground"
        (corpus pages, none an event of the coding guide)."""
        return self.sports and not self._state_party(p)

    def _genre_act(self, p: Proto) -> bool:
        """ "Apple released the MacBook Pro", "the retailer offers free shipping", "the band
        announced a reunion tour", "the actress praised her co-star": in a product, film, music
        or book review, a shopping page of deals or a culture piece (words of the genre across
        the article, genre_words.json), an act with no party of the state, an armed group or a
        political party is marketing, plot or private life, which the coding guide leaves out
        (section 1); a state's act there stays ("the FTC sued the retailer")."""
        return self.genre and not self._state_party(p)

    def _state_party(self, p: Proto) -> bool:
        """Whether a party of the act is of the state, an armed group, a criminal or a political
        party (`STATE_SECTORS`), whose act a game, a review or a culture piece never is."""
        ents = self.a.tree.entities
        sectors = {ents[e].sector for e in (*p.actors, *p.recipients) if e in ents}
        return bool(sectors & STATE_SECTORS)

    def _domestic_trip(self, p: Proto) -> bool:
        """ "Patrick launched a tour of early-voting states, visiting Nevada and Iowa", "days
        after traveling to Cleveland, Ohio": a visit whose only targets are places of the
        visitor's own country meets no host (CAMEO 042 is a visit to another party); campaign
        stops and trips at home are not coded (coding guide, section 1)."""
        if p.code not in VISIT_CODES or not p.recipients or not p.actors:
            return False
        ents = self.a.tree.entities
        homes = {ents[e].country if e in ents else None for e in p.actors}
        if len(homes) != 1 or None in homes:
            return False
        for e in p.recipients:
            ent = ents.get(e)
            if ent is None or ent.type not in PLACE_TYPES or {ent.country} != homes:
                return False
        return True

    def _owned_intent(self, p: Proto) -> bool:
        """ "is not following through on its promise to treat employees", "one of his campaign
        promises", "repeated Biden's commitment", "affirmed her willingness to accept": a promise
        noun with its owner in the possessive names a standing commitment the text refers back
        to, not an act of promising it reports (an offer told as an act has a light verb or a
        'by' phrase: "made a promise", "a tender offer by SoftBank")."""
        c = p.coding
        if c.pos != "NOUN" or c.light is not None or p.governor is not None:
            return False
        if not p.code.startswith(INTENT_ROOT):
            return False
        return bool(self.a.deps(c.tok, "poss"))

    def _victims_of_nominal_attacks(self, protos: dict[int, Proto]) -> None:
        """ "The attack by Hamas killed 1,200 Israelis", "the blast wounded five soldiers": a
        violent verb whose subject is a violent nominal event tells that event's toll, so its
        objects are the nominal event's targets (the verb itself has no actor of its own)."""
        a = self.a
        nominal = {p.head: p for p in protos.values() if p.coding.pos == "NOUN"}
        for p in protos.values():
            if p.coding.pos != "VERB" or p.code[:2] not in VIOLENT_ROOTS:
                continue
            subj = a.subject(p.anchor)
            n = nominal.get(subj.token) if subj.token is not None and not subj.passive else None
            if n is None or n.code[:2] not in VIOLENT_ROOTS:
                continue
            # "The embassy bombings killed 247 people": the embassy struck did not kill
            p.actors = [e for e in p.actors if e not in n.recipients]
            if n.recipients:
                continue
            n.recipients = [
                e for o in a.objects(p.anchor) for e in a.entities(o) if e not in n.actors
            ]

    def _codings(self, rng: range) -> dict[int, Coding]:
        codings: dict[int, Coding] = {}
        codable = self._codable
        for i in [i for i in rng if i in codable]:  # the others: no verb, noun nor governor
            c = self.coder.verb(i) or self.coder.noun(i)
            # "asked X to unwind": no frame, still a request; "refused to comment": a coded
            # refusal whose complement is only words declines to speak
            if c is None or c.code is None or self._declines_words(i):
                c = self._governor_coding(i) or c
            if c is not None:
                codings[i] = c
        return codings

    def _protos(self) -> dict[int, Proto]:
        """One proto per anchor of the coded words; a governed one wins over a plain one."""
        codings = self.codings
        eaten = {c.consumed for c in codings.values() if c.pos == "VERB" and c.code and c.consumed}
        lights = {c.light for c in codings.values() if c.light is not None and c.code}
        protos: dict[int, Proto] = {}
        self._asked_passives = set()
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
        for g in self._asked_passives:  # the order itself, its asker untold: no event
            if (q := protos.get(g)) is not None and q.code[:2] in ASKING_ROOTS:
                del protos[g]
        return protos

    def _is_light(self, i: int) -> bool:
        return any(w in self.onto.lights for w in self.a.lemmas(i)[:3])

    def _governor_coding(self, i: int) -> Coding | None:
        """ "pressured X to cancel the strike": a request, demand, refusal or threat whose
        complement names no coded event is still that act, with the governor's own code."""
        t = self.a.token(i)
        if t.pos not in ("VERB", "NOUN") or not self.a.deps(i, "xcomp", "ccomp", "acl"):
            return None
        g = self.governors.of(i)
        if g is not None and g.role == "intent" and g.lemma in WANTING and self._wanted_of(i):
            code = self.onto.role_code("request", None, None)
            return Coding(i, t.pos, code, None, None, None, "governor") if code else None
        if g is None or g.role not in ("request", "demand", "reject", "threaten") or not g.code:
            return None
        if self._purpose(i):
            return None
        if g.role == "request" and (
            self._question(i) or self._standing_advice(i) or self._kept_unnamed(i)
        ):
            return None
        if g.role == "reject" and self._comment_complement(i):
            return Coding(i, t.pos, DECLINE_COMMENT, None, None, None, "governor")
        return Coding(i, t.pos, g.code, None, None, None, "governor")

    def _question(self, g: int) -> bool:
        """ "asked whether the deals required ...", "asked him if he was okay", "asked why",
        "Malaska asked, 'Could it live ...?'": a governor whose clausal complement is a question
        asks for an answer, not for an act (no CAMEO 02x appeal), and what the question is
        about has not happened."""
        a = self.a
        for c in a.deps(g, "ccomp"):
            if any(a.lemma(m) in ("whether", "if") for m in a.deps(c, "mark")):
                return True
            if any(a.token(w).tag in WH_TAGS and w < c for w in a.deps(c, *WH_DEPS)):
                return True
            if any(a.token(w).text == "?" for w in [*a.tree.subtree(c), *a.deps(g, "punct")]):
                return True
        return False

    def _standing_advice(self, g: int) -> bool:
        """ "The CDC recommends all individuals get a flu vaccine": advice in the simple present
        whose addressee (the object, or the subject of the advised clause) is missing or the
        public at large (`ADVISING`)."""
        a = self.a
        if a.lemma(g) not in ADVISING or a.token(g).tag not in PRESENT_TAGS:
            return False
        who = a.deps(g, "dobj") or [
            s for c in a.deps(g, "ccomp", "xcomp") for s in a.deps(c, "nsubj")
        ]
        return all(
            a.lemma(w) in PUBLIC or any(a.lemma(d) in GENERIC_DETS for d in a.deps(w, "det"))
            for w in who
        )

    def _purpose(self, i: int) -> bool:
        """ "in order to": a purpose, no order given."""
        t = self.a.token(i)
        return t.lemma.lower() == "order" and t.dep == "pobj" and self.a.lemma(t.head) == "in"

    def _other_doer(self, gov: int, i: int) -> bool:
        """ "Beijing wants [Trump] to eliminate the tariffs": the complement under `gov` has a
        subject of its own, an entity other than the governor's subject; wanting it is asking."""
        a, j = self.a, i
        for _ in range(8):
            h = a.token(j).head
            if h in (gov, j):
                break
            j = h
        if a.token(j).head != gov or j == gov:
            return False
        own = a.deps(j, "nsubj")
        doers = {e for s in own for e in a.entities(s)}
        return bool(doers) and not doers & set(a.entities(a.subject(gov).token))

    def _wanted_of(self, gov: int) -> bool:
        """ "the Taliban wants [foreign forces] to leave", "EADS wants this cost to be
        shouldered [by the customer nations]": a wish whose infinitive has a party of its own as
        its doer (its subject, or the agent of a passive), other than the wisher, asks that party
        to act (CAMEO 020, as `_other_doer` codes a wanted event), even when the act wanted is no
        event of its own. Wishing one's own act ("wants to leave") is none, nor is a wish
        that is negated or about a state rather than an act ("they don't want Israel to
        exist")."""
        a = self.a
        wisher = set(a.entities(a.subject(gov).token))
        if not wisher or a.token(gov).pos != "VERB" or a.deps(gov, "neg"):
            return False
        for c in a.deps(gov, "ccomp", "xcomp"):
            if not any(a.lemma(x) == "to" for x in a.deps(c, "aux")) or a.lemma(c) in STATES:
                continue
            doers = a.deps(c, "nsubj") or [o for x in a.deps(c, "agent") for o in a.deps(x, "pobj")]
            found = {e for d in doers for e in a.entities(d)}
            if found and not found & wisher:
                return True
        return False

    def _asked_for(self, gov: int, c: Coding) -> bool:
        """ "sought federal aid from Washington", "seeking support": a cooperative act (CAMEO
        quad classes 1-2) that is the governor's object, not its infinitive, is what the
        governor's subject asks for."""
        cc = self.onto.code(c.code or "")
        if cc is None or cc.quad_class not in COOPERATIVE_QUADS or c.pos != "NOUN":
            return False
        obj = self.a.amount_of(c.tok)
        t = self.a.token(c.tok if obj is None else obj)
        return t.head == gov and t.dep in ("dobj", "obj") and c.light is None

    def _declines_words(self, i: int) -> bool:
        """ "Police refused to comment", "refused to identify himself", "refused to provide
        details": a refusal verb the lexicon codes itself (REJECT 120) whose complement is only
        words declines to speak, as "declined to comment" does (coding guide section 1)."""
        g = self.governors.of(i)
        return g is not None and g.role == "reject" and self._comment_complement(i)

    def _words_declined(self, g: int, v: int) -> bool:
        """ "he declined to discuss details", "He declined to discuss other terms of the
        issue", "refuses to discuss potential appointees": a refusal to talk about something with
        no partner named ("with") declines to speak, no refusal of talks (TBAQ AP900815-0044,
        wsj_0106; PolNeAR wash-post_2016-09-08); "refused to discuss the border with Iran"
        stays a rejection of talks (CAMEO 125)."""
        a = self.a
        xcomps = a.deps(g, "xcomp")
        return (
            # "declined to confirm or deny reports": the second of two verbs of words
            (v in xcomps or any(v in a.deps(x, "conj") for x in xcomps))
            and self._words(v)
            # "the border with Syria": the parser may hang the partner on the object
            and not any(a.lemma(w) == "with" for w in a.tree.subtree(v))
        )

    def _comment_complement(self, i: int) -> bool:
        """ "declined to comment", "refused to elaborate": no refusal of anything but words
        (a partner named with "with" makes it a refusal of talks, as in `_words_declined`)."""
        a = self.a
        comps = a.deps(i, "xcomp", "ccomp")
        return (
            bool(comps)
            and all(self._words(c) for c in comps)
            and not any(a.lemma(w) == "with" for c in comps for w in a.tree.subtree(c))
        )

    def _words(self, v: int) -> bool:
        """A verb of speaking or disclosing ("comment", "identify", "confirm or deny"), or one
        whose object is only information ("give a breakdown", "provide details", TBAQ wire
        texts wsj_0938, wsj_1006, APW19980807.0261, APW19980911.0475)."""
        a = self.a
        if self.onto.in_class(a.lemma(v), "@comment"):
            return all(self._words(c) for c in a.deps(v, "conj") if a.token(c).pos == "VERB")
        objs = a.deps(v, "dobj", "obj")
        return bool(objs) and all(self.onto.in_class(a.lemma(o), "@details") for o in objs)

    def _kept_unnamed(self, i: int) -> bool:
        """ "He asked not to be identified", "asked not to be named": a source asking the
        reporter to keep a name out (a passive infinitive of @comment), no appeal to a party."""
        comps = self.a.deps(i, "xcomp")
        return bool(comps) and all(
            self.a.is_passive(c) and self.onto.in_class(self.a.lemma(c), "@comment") for c in comps
        )

    def _modal_demands(self, rng: range, protos: dict[int, Proto]) -> list[Proto]:
        """ "X said (that) Y must/should do Z": X demands of Y (CAMEO 10x, PLOVER REQUEST)."""
        a, out, telling = self.a, [], self._telling
        for r in [r for r in rng if r in telling]:
            comps = a.deps(r, "ccomp")  # the clause told, looked for before the governor
            if not comps or r in protos:
                continue
            g = self.governors.of(r)
            if g is None or g.role != "report":
                continue
            # "staged rallies ..., saying he must resign": the rally's cause, no event of its own
            beside = self._participle(r) and self._accompanying(r, a.token(r).head, "100")
            speaker = a.entities(a.subject(r).token)
            for c in comps:
                if not {a.lemma(x) for x in a.deps(c, "aux")} & {"must", "should"}:
                    continue
                if beside:
                    protos.pop(c, None)
                    continue
                asked = self._addressee(c, c in protos)
                if asked is None or self.onto.in_class(g.lemma, "@belief"):
                    # an act that ought to be or must have been is not told as done, nor
                    # what the clause says of it (as a demand's content: `Scope.descriptive`)
                    inside = set(a.tree.subtree(c))
                    for key in [k for k, x in protos.items() if k in inside or x.anchor in inside]:
                        del protos[key]
                    continue
                if not speaker:
                    continue
                addressee = [e for e in asked if e not in speaker]
                if asked and not addressee:
                    continue
                inner = protos.pop(c, None)
                code = self.onto.role_code("demand", inner.code if inner else None, None)
                coding = Coding(r, "VERB", code, None, None, None, "lexicon")
                p = Proto(r, r, r, code or "100", coding, self.governors.climb(r, self.codings)[0])
                p.governor = (r, g)
                p.actors, p.recipients, p.span = speaker, addressee, trigger_span(a, r, r)
                out.append(p)
        return out

    def _addressee(self, c: int, coded: bool) -> list[str] | None:
        """Whom "X said Y must/should do Z" asks: Y, the subject of the clause, only where Y is
        a party that can be asked to act. None where the clause tells an opinion or a guess with
        no party asked (docs/coding-guide.md section 1: opinions are not coded; a demand is made
        of a party): a passive ("Georgia's death penalty rules should be changed", "He should be
        considered armed and very dangerous", "The Korean Peninsula nuclear issue should be
        dealt with", "Elian should not be reunited with him"; the "by" agent, if named, is
        asked, and a coded act is demanded of no party named: "Wang Quanzhang should be
        released", CAMEO 1053, GeoWebNews), a thing of the party rather than the party ("Sun's
        profitability should increase", "Pence's performance should boost Trump's poll
        numbers": ECB+, TBAQ, PolNeAR texts), or a guess about the past ("Juan Miguel must not
        have written the letter himself": TBAQ APW20000216.0193, APW20000216.0272)."""
        a = self.a
        if "have" in {a.lemma(x) for x in a.deps(c, "aux")} and a.token(c).tag == "VBN":
            return None  # "must have written", "should have known": a guess or a reproach
        subj = a.subject(c)
        if subj.passive or a.is_passive(c):
            agents = [e for w, o in a.preps(c) if w == "by" for e in a.entities(o)]
            # "Wang Quanzhang should be released": a demand of the act, of no party named
            return agents or ([] if coded else None)
        s = subj.token
        if s is None or (a.entity(s) is None and a.deps(s, "poss") and not a.is_pronoun(s)):
            return None  # "Sun's profitability": the possessor is not what is to act
        return a.entities(s) or None

    def _proto(self, c: Coding) -> Proto | None:
        assert c.code is not None
        chain, under = self.governors.climb(c.anchor, self.codings)
        if c.pos == "VERB" and self._content_of_other(c.tok, under):
            self._dropped.append(c)
            return None
        report_at = next((k for k, (_, g) in enumerate(chain) if g.role == "report"), len(chain))
        absorb = next(
            (
                k
                for k, (t, g) in enumerate(chain[:report_at])
                if g.role in ABSORBING and not self._purpose(t)
            ),
            None,
        )
        if absorb is not None and self._asked_of(chain, absorb, c):
            # "police have been ordered to arrest the suspects": the act asked of the passive's
            # subject, by no one named, is that party's act to come, not a request it makes
            g_tok, gov = chain[absorb]
            chain = [(g_tok, replace(gov, role="hypothetical")), *chain[1:]]
            self._asked_passives.add(g_tok)
            absorb = None
        if absorb is not None:
            g_tok, gov = chain[absorb]
            if gov.role == "request" and self._question(g_tok):
                return None  # "asked if the TDP was considering withdrawal": a question
            role = gov.role
            if role == "intent" and gov.lemma in WANTING:
                if self._other_doer(g_tok, c.anchor):
                    role = "request"
                elif c.code.startswith(APPROVAL):
                    return None  # "We want to thank ...": a courtesy or a wish, no approval
            if gov.object_role and self._asked_for(g_tok, c):
                role = gov.object_role
            code = self.onto.role_code(role, c.code, gov.code if role == gov.role else None)
            if role == "reject" and self._words_declined(g_tok, c.tok):
                code = DECLINE_COMMENT
            # "refused to [commit to [assistance]]": the outermost act is the event
            for k in range(absorb + 1, report_at):
                if chain[k][1].role in ABSORBING and code is not None:
                    absorb, (g_tok, gov) = k, chain[k]
                    code = self.onto.role_code(gov.role, code, gov.code)
            if code is None:
                return None
            p = Proto(g_tok, g_tok, g_tok, code, c, chain[absorb + 1 :], governor=(g_tok, gov))
            p.span = trigger_span(self.a, g_tok, g_tok)
        else:
            p = Proto(c.anchor, c.tok, c.anchor, c.code, c, chain)
            p.span = trigger_span(self.a, c.anchor, c.tok)
        if p.anchor != c.tok and self._purpose_of_other(p.anchor, p.code):
            return None
        self.roles.fill(p)
        self.implicit.fill(p, self.roles.told)  # "were arrested": the police the article names
        if absorb is None:
            self.roles.transform(p)
        return p

    def _asked_of(self, chain: list[tuple[int, Governor]], k: int, c: Coding) -> bool:
        """Whether the act `c` under the request or order chain[k] is asked of the subject of a
        passive that names no asker ("police have been asked/ordered/directed to arrest the
        suspects", "troops were told to withdraw"): the subject is the one asked and the doer
        of the act, never the one asking."""
        a = self.a
        g_tok, gov = chain[k]
        if k != 0 or gov.role not in ("request", "demand") or not a.is_passive(g_tok):
            return False
        if a.token(g_tok).pos != "VERB" or a.agent(g_tok) is not None:
            return False
        t = a.token(c.anchor)
        if t.dep != "xcomp" or t.head != g_tok or self._question(g_tok):
            return False
        if a.deps(c.anchor, "neg"):
            return False  # "told not to allow entry": an act to refrain from, none to come
        own = a.deps(g_tok, "nsubjpass")  # a true passive ("called on X to" is no passive)
        return bool(own) and bool(a.entities(own[0]))

    def _content_of_other(self, i: int, under: int | None) -> bool:
        """ "met ... to discuss", "jailed ... for helping", "accused ... of attacking": the
        purpose or content of another event is not an event of its own; what a court found or
        a doer owned ("convicted of stabbing", "confessed to killing") is (`Args.guilt`)."""
        a, t = self.a, self.a.token(i)
        if t.dep == "conj" and t.head != i and a.token(t.head).pos == "VERB":
            if self._one_violent_act(i):
                return True
            if self._participle(t.head):  # "..., killing one and arresting 12": each its own
                return self._accompanying(i, a.token(t.head).head)
            return self._content_of_other(t.head, under)
        if t.dep == "pcomp" and a.token(t.head).dep == "prep":
            prep = a.token(t.head)
            if a.guilt(prep.head) is not None:
                return False  # "convicted of stabbing", "confessed to killing": an act found
            if prep.head in self.codings:
                return True
            head = a.token(prep.head)
            if prep.lemma.lower() == "by" and head.dep == "pcomp" and prep.head != i:
                # "accused of creating a disaster by blocking aid", "blamed the Congress for
                # spreading a campaign by hijacking the media": the means of what someone is
                # blamed for is blamed too
                return self._content_of_other(prep.head, under)
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
        return under is not None or (
            t.dep == "advcl" and (t.head in self.codings or self._coded_at(t.head) is not None)
        )

    def _purpose_of_other(self, anchor: int, code: str) -> bool:
        """ "staged demonstrations to [press] their demands", "rejected the proposal, [urging]
        India to sign SAFTA": the light verb or governor that carries an event is itself the
        purpose or an accompanying participle of another coded event (as `_content_of_other`
        for a verb that is its own trigger)."""
        a, t = self.a, self.a.token(anchor)
        if self._participle(anchor):
            return self._accompanying(anchor, t.head, code)
        infinitival = any(a.lemma(x) == "to" for x in a.deps(anchor, "aux", "mark"))
        return infinitival and t.dep == "advcl" and self._coded_at(t.head) is not None

    def _coded_at(self, h: int) -> Coding | None:
        """The coding at token h, or the nominal one h is the light verb of ("staged [rallies]")."""
        main = self.codings.get(h)
        if main is None or main.code is None:
            main = next((c for c in self.codings.values() if c.light == h and c.code), None)
        return main

    def _participle(self, i: int) -> bool:
        t = self.a.token(i)
        return t.dep == "advcl" and t.tag == "VBG" and not self.a.deps(i, "nsubj", "mark")

    def _accompanying(self, i: int, head: int, code: str | None = None) -> bool:
        """ "held talks ..., offering support", "staged rallies ..., saying he must resign",
        "shelled Juba, killing 20": a free participle beside a coded event says what was said
        while doing it, or how it went on; coders code the clause's event once."""
        main = self._coded_at(head)
        own = code or ((c := self.codings.get(i)) and c.code)
        if main is None or main.code is None or not own:
            return False
        cc = self.onto.code(own)
        verbal = cc is not None and cc.quad_class in VERBAL_QUADS
        return verbal or own[:2] == main.code[:2]


def _sports_report(args: Args) -> bool:
    """Whether the article reports sport: it names at least `min_cues` distinct words of play
    and competition ("match", "season", "coach", "semifinal", "goaltender")."""
    return _cue_count(args, SPORTS_CUES) >= MIN_SPORTS_CUES


def _cue_count(args: Args, cues: frozenset[str]) -> int:
    """How many distinct words of `cues` the article names."""
    return len({t.text.lower() for t in args.tree.tokens if t.text.lower() in cues})

"""Actors and recipients of an event, and PETRARCH-style transformations of reported events.

`Proto` is an event before its record: the anchor token, the code, the governors above it, its
words (`trigger_span`). `Roles.fill` gives it actors and recipients from the parse: subjects and
objects of verbs (passives swapped), possessors/modifiers/"by" phrases of nouns, the party asked
by a request ("urged X to", "called for X to", "issued warnings, advising X to", "wrote to X
asking to"; never its asker, "They had asked X to resign"), the one charged by an allegation
("alleged that X ..."), whom a protest's demand is aimed at, whom force is used to disperse
("fired tear gas to disperse protesters"), the speaker for an unresolved pronoun ("Hungary said
it will ..."), a meeting's dyad ("X met (with) Y": X -> Y, as `docs/coding-guide.md` codes it;
"X and Y held talks": the first named -> the other), a place in its phrases as its target
("protest in Beijing") unless a party is named ("met Scholz in Berlin"), a purchase's seller as
the maker of the airliner it buys (`sellers.Sellers`: "Korean Air bought 20 Dreamliners" ->
Boeing), the one a copula makes the "subject" of an act ("WeWork is the subject of an SEC
inquiry"), whom a request is made on by who complies with it or rejects it, never the victim of
the crime an arrest, a charge, a conviction, an inquiry or a condemnation is about ("arrested in
connection with the bombings of U.S. embassies"), never a party that helps the doer ("with
Albania's help", "alongside three US vessels"); mobilising (15) has no target (where forces are
sent is no party); a promise or an offer of an act the lexicon does not code aims at the party
that act's object names ("vowed to dismantle Mr Obama's legacy" -> Obama). `Roles.transform`
turns a reported attack into an accusation or a claim of responsibility (PETRARCH-2's
transformations, kept as data).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...ontology.codebook import EventOntology, Governor
from ...ontology.reading import abstention_words, organisation_words
from .arguments import OBJECT_CONTROL, PROTEST_ROOT, REPORTING, SPEECH_ACTS, SUBJ, Args
from .sellers import Sellers
from .triggers import Coder, Coding

# natural hazards (abstention_words.json natural_agents): a name the article gives one
# ("Hurricane Dorian", "Typhoon Hagibis") is a hazard's wherever it is written
HAZARD_WORDS = frozenset(abstention_words()["natural_agents"])

# Governors whose complement names whom the act is aimed at ("demanded that X ...").
TARGETING = frozenset({"request", "demand", "reject", "threaten"})
# Roots of acts aimed at whoever did what their clause tells: investigate (09), disapprove (11).
CHARGING_ROOTS = frozenset({"09", "11"})
# Legal acts told with the crime they are about: investigate (09), disapprove and convict (11),
# arrest and charge (17). "arrested two men over the killing of a journalist": the crime's victim
# is no party of the arrest (`docs/coding-guide.md`, section 7, example 1).
LEGAL_ROOTS = frozenset({"09", "11", "17"})
# Prepositions of what a legal act is about ("arrested over / in / for the killing of",
# "in connection with", "convicted of", "a probe into"); "before his death" says when
CRIME_PREPS = frozenset({"in", "over", "for", "of", "with", "into", "about", "on", "against"})
# Sectors of those who use force: such a modifier of a crime noun is its doer ("police
# shootings", "rebel attacks"), not its victim
FORCE_SECTORS = frozenset({"COP", "MIL", "REB", "CRM", "UAF", "SPY", "PRM"})
# What a protest may be held for: to appeal (02), demand (10), complain (11), reject (12).
PURPOSE_ROOTS = frozenset({"02", "10", "11", "12"})
# Acts done with one's own forces: yield (08: withdraw, demobilise) and force posture (15:
# mobilise, deploy). "withdraw its troops from Lebanon", "mobilised all their forces": the
# forces are the means, not a party the act is aimed at.
OWN_FORCE_ROOTS = frozenset({"08", "15"})
OWN_FORCE_SECTORS = frozenset({"MIL", "COP"})
# a release of persons (084) is done to those released, who may be soldiers
RELEASE_CODE = "084"
# intents to commit forces or to withdraw them: provide military aid (0332) or protection
# (0334), de-escalate military engagement (0356): "committed ground troops"
FORCE_INTENT_CODES = ("0332", "0334", "0356")
POSTURE_ROOT = "15"  # exhibit force posture (PLOVER MOBILIZE)
# Force (coercion 17, assault 18, fighting 19-20) used to coerce or assault someone: "police
# fired tear gas to disperse the mob", "opened fire to disperse demonstrators".
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
ATTACK_ROOTS = frozenset({"18", "19", "20"})  # assaults, fighting, mass violence
# Dependencies walked from a trigger to the phrases that may name its target's place.
TARGET_PATH = ("dobj", "obj", "prep", "pobj", "pcomp", "appos")
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PLACE_DEPTH = 6
# gazetteer features of a place below a country: a town, a province, a state
SUBNATIONAL = frozenset({"city", "admin1", "admin2", "other"})
# Prepositions tying a thing to the party it concerns: "contact with X", "a call by X".
# Prepositions naming where something happened: "met Scholz [in Berlin]".
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around"})
# a jail or a prison is where the held are kept, never whom an act is done to ("was being held
# in the county jail": the held man is the target): `custody_places` of organisation_words.json
CUSTODY_PLACES = frozenset(organisation_words()["custody_places"])
DETENTION_CODE = "173"  # arrest, detain (PLOVER COERCE arrest)
# Prepositions of the custody a detention puts someone in: "remanded to / in police custody",
# "taken into police custody", "placed under police detention"
CUSTODY_PREPS = frozenset({"to", "in", "into", "under"})
VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation, verbal conflict
FIRST_PERSON = frozenset({"i", "we"})
# a speaker named by a plural common noun ("officials", "witnesses") is no "it", "he" or "she";
# a plural proper name is one state or body ("the United States", "the Philippines")
PLURAL_TAGS = frozenset({"NNS"})
# entities that are no "he" or "she": an organisation, a state, a group
INSTITUTION_TYPES = frozenset({"ORG", "GPE", "NORP", "GROUP"})
CONDITIONS = frozenset({"if", "unless"})  # "threatened to ... if/unless X ..."
RECIPROCAL_PRONOUNS = frozenset({("each", "other"), ("one", "another")})
ABOUT_PREPS = frozenset({"with", "to", "against", "on", "for", "from", "by", "toward", "towards"})
# Responses to another's act: praise or endorse (05), disapprove (11), reject (12), protest (14).
# "condemned the operation", "rejected these accusations", "applauded this policy": aimed at
# the act's author.
RESPONSE_ROOTS = frozenset({"05", "11", "12", "14"})
# Intents to cooperate (03: "agreed to", "vowed to", "offered to").
INTENT_ROOT = "03"
# mentions that name a party ("Deseret Bancorp", "Obama's"), not describe it ("100 tankers")
NAMED_MENTIONS = frozenset({"name", "surname", "acronym", "possessive"})
# Acts addressed to someone: appeal (02), demand (10).
ADDRESSED_ROOTS = frozenset({"02", "10"})
APPEAL_ROOT = "02"  # CAMEO appeal: "wants X to leave" asks X
# Codes of a purchase: cooperate economically (061: "bought", "ordered"), sign a formal
# agreement (057: "finalized a deal to purchase").
PURCHASE_CODES = ("061", "057")
# Words that point back to an act told before: "the operation", "these accusations".
ANAPHORIC = frozenset({"the", "this", "these", "that", "those"})
# Pronouns that point back to a thing put forward: "but the U.S wouldn't consider [that]".
POINTING = frozenset({"it", "that", "this"})
# "X is (the) subject of an inquiry", "X became the target of sanctions": the noun whose "of"
# phrase names an act, and the copulas that make their subject the one the act is aimed at.
AIMED_AT_NOUNS = frozenset({"subject", "target", "focus", "object"})
COPULAS = frozenset({"be", "become", "remain"})
# Meetings of two parties: consult (040), by telephone (041), negotiate (046), agree to meet
# (036). `docs/coding-guide.md`: "the first-named party ... is the source, the other party ...
# the target" (its example: "The foreign ministers of Peru and Chile will meet in Lima").
# Not a visit (042, 043: "Politicians and the Archbishop visited the hospital" visit together)
# nor a meeting at a third place (044: "the presidents attended the summit").
MEETING_CODES = ("040", "041", "046", "036")
# acts done to someone (investigate, disapprove, reject, sanction, coerce, assault, fight):
# coordinated with a verb that follows, they share its object ("arrested and questioned X")
SHARED_OBJECT_ROOTS = frozenset({"09", "11", "12", "16", "17", "18", "19", "20"})
# Cooperation (consult 04, cooperate 05-06 and intents 03): whom one works "alongside" or "in
# partnership with" is the partner it acts with, its target; in any other act a party beside the
# doer helps it and is no target
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06"})


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


def trigger_span(a: Args, first: int, last: int) -> tuple[int, int]:
    """The tokens naming an event from `first` to `last` (a light verb and its noun), with the
    verb's particle ("carried [out]")."""
    lo, hi = min(first, last), max(first, last)
    if hi - lo > 6:  # a light verb far from its noun: the noun alone names the event
        lo = hi = last
    if a.hyphen_prefix(lo) is not None:
        lo -= 2  # the whole hyphenated word: "sit-in", not "in"
    for p in a.deps(hi, "prt"):
        hi = max(hi, p)
    return lo, hi


class Roles:
    """Who does what to whom, read off one document's parse."""

    def __init__(self, args: Args, onto: EventOntology, coder: Coder) -> None:
        self.a = args
        self.onto = onto
        self.coder = coder
        self.sellers = Sellers(args)
        # the events of the sentences read so far (the reader adds each sentence's)
        self.told: list[Proto] = []
        self._hazard_names: frozenset[str] | None = None

    def fill(self, p: Proto) -> None:
        """Set the actors and recipients of `p`."""
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
        feeler: int | None = None  # the subject of a verb of feeling ("was disappointed by")
        if c.pos == "VERB":
            actors, recips = self._verb_args(c.tok, preps, theme=bool(trig and trig.theme_object))
            if not recips:
                recips = self._complement_target(c)
            if not recips and (c.code or "")[:2] in SHARED_OBJECT_ROOTS:
                recips = self._shared_object(c.tok, preps)
            if not actors and trig and trig.object_is_actor_with:
                actors, recips = self._object_as_actor(c.tok, trig.object_is_actor_with, recips)
            if not actors:
                actors = self._speaker_of_conjunct(p)
            if c.frame is not None and c.frame.experiencer:
                actors, recips = self._feeling(c.tok, preps)
                feeler = self._feeler(c.tok)
        else:
            attack = (c.code or "")[:2] in ATTACK_ROOTS
            protest = (c.code or "")[:2] == PROTEST_ROOT
            actors, recips = self._noun_args(c.tok, preps, c.light, attack=attack, protest=protest)
            between = [
                e
                for h in ([c.tok] if c.light is None else [c.tok, c.light])
                for w, o in a.preps(h)
                if w == "between"
                for e in a.entities(o)
            ]
            if not actors or actors == between:
                # "held talks": the light verb's subject; "agreed to talks": the governor's; a
                # reporting verb's subject ("websites reported a demonstration") only tells of it
                holder = c.light
                if holder is None and p.chain and p.chain[0][1].role != "report":
                    holder = p.chain[0][0]
                if holder is not None and a.token(holder).pos in ("VERB", "AUX", "ADJ"):
                    outer = [e for e in a.entities(a.subject(holder).token) if e not in between]
                    if outer:
                        # "launched a mediation effort between X and Y", "host a meeting
                        # between X and Y": the one who acts -> the parties between
                        actors = outer
                        recips = recips + [e for e in between if e not in recips]
        if p.governor is not None:
            g_tok, gov = p.governor
            own_actors, own_recips = self._verb_args(g_tok, ("to", "on", "upon", "with"))
            if a.token(g_tok).pos == "NOUN":
                own_actors, own_recips = self._noun_args(g_tok, ("to", "on", "with"), None)
                if not own_actors and (lv := self.coder.light_verb(g_tok)) is not None:
                    own_actors = a.entities(a.subject(lv).token)
            # "wants Trump to eliminate the tariffs" is asking too (the reader coded it 02x)
            if gov.role in ("request", "demand") or p.code[:2] == "02":
                # "demanded that the US cancel ...", "its demand that Israel ease ...": the one
                # asked is the complement's subject
                asked = [
                    e
                    for comp in a.deps(g_tok, "ccomp", "xcomp", "acl")
                    for e in a.entities(a.subject(comp).token)
                ]
                recips = own_recips or asked or recips
                if gov.object_role and a.token(c.tok).pos == "NOUN":
                    # "sought federal aid from the U.S. government", "is seeking Assange's
                    # extradition from the UK": what is sought is sought from whom a "from"
                    # phrase names, and that party is asked, never the asker
                    sought_from = [
                        e
                        for h in (g_tok, c.tok)
                        for w, o in a.preps(h)
                        if w == "from"
                        for e in a.entities(o)
                    ]
                    # (only where the asker is named: an asker left unnamed leaves the act
                    # as the noun's own phrases tell it)
                    if sought_from and own_actors:
                        recips = sought_from
                recips = recips or [e for e in actors if e not in own_actors]
                # "They had asked Carrie Lam to resign": with the asker a pronoun left
                # unresolved, the one asked (the doer of what is asked) is never the asker
                if a.is_pronoun(a.subject(g_tok).token):
                    actors = [e for e in actors if e not in recips]
            else:
                agents = [e for e in actors if e not in own_actors]
                if (
                    c.pos == "VERB"
                    and agents
                    and a.is_passive(c.tok)
                    and any(e in own_actors for e in recips)
                ):
                    # "Coincheck has agreed to be acquired by Monex Group", "refused to be
                    # questioned by the FBI": the governor's subject undergoes the act it
                    # agrees to or refuses; the other party is the passive's "by" agent
                    recips = agents
                recips = recips or own_recips
            actors = own_actors or actors
        if c.swap or (c.frame is not None and c.frame.swap):
            # "The government faced criticism from rights groups over its treatment of ...": the
            # subject is the one the act is done to, never its doer too (its "its" phrase names it)
            actors, recips = [e for e in recips if e not in actors], actors
            if {p.code[:2], (c.code or "")[:2]} & LEGAL_ROOTS:
                actors = [e for e in actors if not self._where_held(c, e)]
        actors = self._speaker_for_pronoun(p, actors, feeler=feeler)
        if not actors and recips:
            actors = [e for e in self._quoted_first_person(p, feeler=feeler) if e not in recips]
        recips = [e for e in recips if e not in actors]
        own: list[str] = []
        codes = (p.code, c.code or "")
        bare = any(
            (x[:2] in OWN_FORCE_ROOTS and not x.startswith(RELEASE_CODE))
            or x.startswith(FORCE_INTENT_CODES)
            for x in codes
        )
        if {p.code[:2], (c.code or "")[:2]} & OWN_FORCE_ROOTS or bare:
            own = [e for e in recips if self._own_forces(c, e, actors, bare=bare)]
            recips = [e for e in recips if e not in own]
        if {p.code[:2], (c.code or "")[:2]} & {POSTURE_ROOT}:
            if not actors:
                # "police contingents have been deployed in the area", "troops were deployed in the
                # city": with no "by" agent the forces moved do the posture, as they do in
                # "the deployment of the army" and "continue to be deployed"
                actors = self._moved_forces(c, recips)
                recips = [e for e in recips if e not in actors]
            # "China has sent troops to Hong Kong", "deploy People's Liberation Army forces onto
            # the streets", "put their militaries on high alert": mobilising has no target
            # (`docs/coding-guide.md`, section 2); where forces go and which are sent are no party
            recips = [e for e in recips if not self._is_place(e) and not self._armed(e)]
        if p.code[:2] == "13" and all(self._is_place(e) for e in recips):
            # "threatened to stop negotiations if the United States goes ahead", "... unless
            # the Kremlin withdrew": a threat is aimed at whom its condition names
            recips = [e for e in self._condition_parties(p) if e not in actors] or recips
        if p.code == DETENTION_CODE or c.code == DETENTION_CODE:
            # "a city court remanded him to police custody", "he was taken into police
            # custody": the police named as the custody's keeper hold the person, a doer of
            # the detention beside whoever ordered it
            keepers = self._custody_keepers(c)
            actors = keepers + [e for e in actors if e not in keepers]
            recips = [e for e in recips if e not in keepers]
        if recips and {p.code[:2], (c.code or "")[:2]} & LEGAL_ROOTS:
            victims = self._crime_victims(c)
            recips = [e for e in recips if e not in victims]
        recips = self._no_place_beside_a_party(c, recips)
        if recips and p.code[:2] in RESPONSE_ROOTS and c.pos == "VERB":
            # "criticized the annexation of Crimea by Russia", "condemned Iraq's invasion of
            # Kuwait": a response to an act is aimed at its doer, not at whom it was done to
            doers = [e for e in self._doers_of_answered_act(c.tok) if e not in actors]
            recips = doers or recips
        if not recips and actors and (c.code or "")[:2] == PROTEST_ROOT:
            recips = [e for e in self._purpose_targets(p, PURPOSE_ROOTS) if e not in actors]
        if not recips and actors and (c.code or "")[:2] in FORCE_ROOTS:
            # whom the purpose clause acts on, not where ("to disperse mobs in Bavamanpura")
            recips = [
                e
                for e in self._purpose_targets(p, FORCE_ROOTS, objects_only=True)
                if e not in actors and not self._is_place(e)
            ]
        reciprocal = bool(trig and trig.reciprocal) or bool(c.frame and c.frame.reciprocal)
        needs = bool(trig and trig.needs_recipient)
        charging = bool({p.code[:2], (c.code or "")[:2]} & CHARGING_ROOTS)
        if not recips and actors and p.code[:2] in ADDRESSED_ROOTS:
            recips = [e for e in self._asked_in_for_clause(p) if e not in actors]
            recips = recips or [e for e in self._asked_in_that_clause(c) if e not in actors]
            recips = recips or [e for e in self._addressee_of_participle(p) if e not in actors]
            recips = recips or [e for e in self._addressee_of_letter(p) if e not in actors]
            recips = recips or [e for e in self._answerer(p) if e not in actors]
        if not recips and actors and p.code[:2] in RESPONSE_ROOTS:
            recips = [e for e in self._act_author(p) if e not in actors]
        if not recips and actors and p.code[:2] == INTENT_ROOT and p.governor is None:
            recips = [e for e in self._promised_patients(c, actors) if e not in actors]
        if (c.code or "").startswith(PURCHASE_CODES):
            # "Aer Lingus have purchased 12 new long-haul Airbus aircraft", "airliners are
            # purchased by the government": the goods bought are no party; the maker is
            recips = [e for e in recips if e not in self._goods(c.tok)]
        if not actors and recips and c.pos == "VERB" and p.code.startswith(PURCHASE_CODES):
            # "The first A380 superjumbo, made by Airbus, was delivered to Singapore Airlines":
            # an airliner is handed over by its maker
            actors = [e for e in self.sellers.of_delivery(c.tok) if e not in recips]
        if not recips and actors and c.pos == "NOUN" and p.code.startswith(PURCHASE_CODES):
            # "Boeing announced 35 new orders from Air Berlin", "Airbus has won an order from
            # Qatar Airways": an order is placed with whoever receives or announces it
            recips = [e for e in self._receiver(c.tok) if e not in actors]
        if not recips and actors and (c.code or "").startswith(PURCHASE_CODES):
            # "Korean Air also bought 20 Dreamliners": a purchase is aimed at the maker of
            # what it buys
            recips = [e for e in self.sellers.of_purchase(c.tok) if e not in actors]
        helpers = self._helpers(c)
        if not recips and actors and not needs and (not reciprocal or own) and not charging:
            # PETRARCH reads a place in the event's phrases as its target ("protest in Beijing",
            # "sorrow for the shootings in South Carolina"); so do PLOVER's gold coders. Parties
            # acting together ("signed a treaty in Beijing") only meet there; forces of one's
            # own are sent or strengthened there ("strengthened its forces in Lebanon"). An
            # investigation or a disapproval is aimed at whoever did what it is about, never at
            # where that happened or where it is heard ("sued in Austria for defamation",
            # "blamed Democratic leadership for violence in US cities", "an investigation due
            # to Apple charging customers in the UK"): with no party named, it has no target.
            recips = self._place_targets(c.tok, c.light, [*actors, *helpers])
        violent = (c.code or "")[:2] in ("19", "20")
        if p.governor is None and reciprocal and actors and not violent:
            recips = self._no_setting_as_party(c, recips)
            actors, recips = self._meeting_dyad(actors, recips, partners)
            if len(actors) > 1 and not recips and p.code.startswith(MEETING_CODES):
                actors, recips = self._conjoined_meeting(p, actors)
        if len(actors) > 1 and self._each_other(c):
            # "Johnson and Corbyn attacked each other's policies": the first named -> the other
            actors, recips = actors[:1], actors[1:]
        if actors and not (reciprocal and not violent):
            recips = self._first_of_coordinated(c, recips)
        dateline = a.dateline_names(c.tok) | a.credit_names(c.tok)
        actors = [e for e in actors if e not in dateline]
        recips = [
            e for e in recips if e not in dateline and e not in helpers and not self._hazard(e)
        ]
        p.actors, p.recipients = actors, recips

    def _helpers(self, c: Coding) -> set[str]:
        """Parties named as helping the doer, never its target: "with Albania's help", "with the
        support of X" (`@backing`) on the trigger, its light verb or its object; outside
        cooperation also "alongside three US vessels" (`@companion_prep`) and "in coordination
        with X" (`@partnership`)."""
        a = self.a
        heads = [c.tok] if c.light is None else [c.tok, c.light]
        heads += [o for h in heads for o in a.objects(h)]
        beside = (c.code or "")[:2] not in COOPERATION_ROOTS
        found: set[str] = set()
        for h in heads:
            for w, o in a.preps(h):
                lemma = a.lemma(o)
                helping = w == "with" and self.onto.in_class(lemma, "@backing")
                if helping or (beside and self.onto.in_class(w, "@companion_prep")):
                    found.update(a.entities(o))
                elif beside and w == "in" and self.onto.in_class(lemma, "@partnership"):
                    found.update(e for w2, o2 in a.preps(o) if w2 == "with" for e in a.entities(o2))
        return found

    def _hazard(self, eid: str) -> bool:
        """ "declared a state of emergency in anticipation of Dorian": a name the article
        gives a natural hazard ("Hurricane Dorian" in its lead) names the storm wherever it
        stands alone, and a storm is no party an act aims at; an entity the entity layer
        gave a country or a sector is somebody's and stays."""
        ent = self.a.tree.entities.get(eid)
        if ent is None or ent.country is not None or ent.sector is not None:
            return False
        if self._hazard_names is None:
            tok = self.a.tok
            self._hazard_names = frozenset(
                t.text.lower()
                for i, t in enumerate(tok)
                if i > 0
                and t.pos == "PROPN"
                and tok[i - 1].text.istitle()
                and tok[i - 1].text.lower() in HAZARD_WORDS
            )
        return bool(self._hazard_names) and ent.name.split()[-1].lower() in self._hazard_names

    def _crime_victims(self, c: Coding) -> set[str]:
        """Parties named inside the crime a legal act is about: "arrested in connection with the
        bombings of U.S. embassies", "a warrant for his arrest in the killing of Dr. Barnett
        Slepian", "convicted of the 2005 murder of Deputy Jerry Ortiz", "investigated the
        shootings of doctors". They are the crime's victims (or its setting), never whom the
        arrest, the charge or the inquiry is aimed at. A pronoun in it ("in the killing of his
        wife") may stand for the one arrested and is left alone, and so is the crime's doer."""
        a = self.a
        heads = [c.tok] if c.light is None else [c.tok, c.light]
        todo = [o for h in heads for w, o in a.preps(h) if w in CRIME_PREPS]
        for h in heads:
            todo.extend(a.objects(h))
            if (subj := a.subject(h)).passive and subj.token is not None:
                todo.append(subj.token)
        out: set[str] = set()
        while todo:
            o = todo.pop()
            if not self.onto.in_class(a.lemma(o), "@crime"):
                # "in connection [with] the bombings", "in the case [of] the murder"
                todo.extend(x for w, x in a.preps(o) if w in CRIME_PREPS)
                continue
            # its doer ("the killing of protesters by soldiers", "Israel's attack", "police
            # shootings") did what the disapproval or the inquiry is about, and stays its
            # target; so does whom the act's own clause names ("an attack [that the government
            # has blamed on Russia]")
            crime = set(a.tree.subtree(o))
            doers = {
                i
                for d in [*a.deps(o, "poss"), *(x for w, x in a.preps(o) if w == "by")]
                + [h for h in heads if h in crime]
                + [m for m in a.deps(o, "compound", "amod") if self._forceful(m)]
                for i in a.tree.subtree(d)
            }
            out.update(
                e for i in crime if i not in doers and not a.is_pronoun(i) and (e := a.entity(i))
            )
        return out

    def _forceful(self, i: int) -> bool:
        ent = self.a.tree.entities.get(self.a.entity(i) or "")
        return ent is not None and ent.sector in FORCE_SECTORS

    def _goods(self, v: int) -> set[str]:
        """Entities of what purchase v buys when that is an airliner, a ship or a locomotive
        (`@airliner`, its object or passive subject): the entity layer may make a group of
        "12 new long-haul Airbus aircraft". A firm named there is the maker and stays ("buy
        the (Airbus) plane from Europe")."""
        a = self.a
        heads = a.objects(v)
        if (subj := a.subject(v)).passive and subj.token is not None:
            heads = [*heads, subj.token]
        return {
            e
            for o in heads
            if self.onto.in_class(a.lemma(o), "@airliner")
            for e in a.entities(o)
            if (ent := a.tree.entities.get(e)) is None or ent.sector != "BUS"
        }

    def _receiver(self, n: int) -> list[str]:
        v = self.coder.receipt_verb(n)
        return [] if v is None else self.a.entities(self.a.subject(v).token)

    def _asked_in_for_clause(self, p: Proto) -> list[str]:
        """ "despite calls for Apple to let the iPhone be used on other networks" (article gold
        train), "sounded a call for the United States to accept more refugees" (PolNeAR), "urged
        an end to the violence and for all sides to engage in dialogue" (article gold dev): an
        appeal or demand whose "for ... to" clause names a doer asks that doer (a passive
        clause's subject, "called for the bill to be dropped", is no one asked)."""
        a, c = self.a, p.coding
        heads = dict.fromkeys(h for h in (p.anchor, c.tok, c.light) if h is not None)
        for h in heads:
            for comp in a.deps(h, "advcl", "acl", "ccomp", "xcomp", "relcl"):
                if not any(a.lemma(m) == "for" for m in a.deps(comp, "mark")):
                    continue
                if not any(a.lemma(x) == "to" for x in a.deps(comp, "aux")):
                    continue
                if found := [e for s in a.deps(comp, "nsubj") for e in a.entities(s)]:
                    return found
        return []

    def _asked_in_that_clause(self, c: Coding) -> list[str]:
        """ "reiterated its demand today that Israel ease restrictions" (PLOVER GSR), "repeated
        their demand that the mayor resign": a demand or appeal named by a noun asks the subject
        of its "that" clause, which the parser hangs on the noun or on the verb whose object the
        noun is (a passive clause's subject, "that the bill be dropped", is no one asked)."""
        a = self.a
        if c.pos != "NOUN":
            return []
        heads = [c.tok]
        head = a.token(c.tok).head
        if a.token(c.tok).dep == "dobj" and a.lemma(head) not in REPORTING | SPEECH_ACTS:
            heads.append(head)
        for h in heads:
            for comp in a.deps(h, "acl", "ccomp"):
                if comp < c.tok or not any(a.lemma(m) == "that" for m in a.deps(comp, "mark")):
                    continue
                if found := [e for s in a.deps(comp, "nsubj") for e in a.entities(s)]:
                    return found
        return []

    def _addressee_of_participle(self, p: Proto) -> list[str]:
        """ "The U.S. State Department issued public travel warnings, advising United States
        citizens to avoid ..." (article gold dev), "issued a statement asking ...'s exiles to
        ..." (TBAQ), "reiterated his appeal ..., asking them to exercise restraint"
        (IndiaPoliceEvents): a participle of asking (`OBJECT_CONTROL`) beside an appeal or a
        demand, with no subject of its own, names whom the appeal is addressed to."""
        a, c = self.a, p.coding
        heads = dict.fromkeys(h for h in (p.anchor, c.tok, c.light) if h is not None)
        for h in heads:
            for part in a.deps(h, "advcl", "acl"):
                if a.token(part).tag != "VBG" or a.lemma(part) not in OBJECT_CONTROL:
                    continue
                if a.deps(part, *SUBJ):
                    continue
                if found := [e for o in a.deps(part, "dobj", "dative") for e in a.entities(o)]:
                    return found
        return []

    def _addressee_of_letter(self, p: Proto) -> list[str]:
        """ "wrote to the US Embassy in London asking to waive her diplomatic immunity" (article
        gold dev), "will write to the EU Transport Commissioner ... asking for these measures"
        (GeoWebNews), "sent a fax message to NCP president Sharad Pawar, requesting him ..."
        (IndiaPoliceEvents), "sent separate letters to the Interior and Commerce departments
        urging them ..." (ECB+): a participle of asking on a verb of writing or sending
        (the lexicon's `@letter`) asks whom the letter is written or sent to."""
        a, c = self.a, p.coding
        t = a.token(c.tok)
        if t.dep not in ("advcl", "acl", "xcomp") or t.tag != "VBG" or t.head == c.tok:
            return []
        verb = t.head
        if not self.onto.in_class(a.lemma(verb), "@letter"):
            return []
        phrases = [verb, *(o for o in a.objects(verb) if a.token(o).pos == "NOUN")]
        return [e for h in phrases for w, o in a.preps(h) if w == "to" for e in a.entities(o)]

    def _answerer(self, p: Proto) -> list[str]:
        """ "she will comply with the request of Prime Minister Boris Johnson" (article gold
        dev), "authorities are reacting slowly to his urgent calls" (article gold train), "The
        UAW refused to meet the demands" (Wikinews): a request or demand named as a noun that
        is the object, or the "with"/"to" phrase, of a verb of answering it (the lexicon's
        `@answer_request`: comply, heed, grant, reject, ignore, respond ...) was made on whoever
        answers it, that verb's subject (never a passive one: "the request was granted")."""
        a, c = self.a, p.coding
        if c.pos != "NOUN" or c.light is not None:
            return []
        t = a.token(c.tok)
        verb = t.head
        if t.dep == "pobj" and a.lemma(t.head) in ("with", "to"):
            verb = a.token(t.head).head
        elif t.dep not in ("dobj", "obj"):
            return []
        if verb == c.tok or not self.onto.in_class(a.lemma(verb), "@answer_request"):
            return []
        if a.token(verb).pos != "VERB":
            return []
        subj = a.subject(verb)
        return [] if subj.passive else a.entities(subj.token)

    def _speaker_of_conjunct(self, p: Proto) -> list[str]:
        """ "The group said on Twitter that the contract has confused employees ..., and
        demanded a deadline extension", "Flynn said there was a lack of transparency ... and
        urged the crowd to ...": the parser hangs the speaker's second verb on the clause the
        speaker reports. A verbal act (an appeal, a demand, a rejection: CAMEO quad classes 1
        and 3) coordinated with the reported clause's verb, with no subject of its own and no
        party as that clause's doer, is the speaker's own act."""
        a, c = self.a, p.coding
        t = a.token(c.tok)
        if t.dep != "conj" or t.head == c.tok or a.deps(c.tok, "nsubj", "nsubjpass"):
            return []
        if not p.chain or p.chain[0][1].role != "report" or a.is_passive(c.tok):
            return []
        reported, speech = a.token(t.head), p.chain[0][0]
        if reported.dep != "ccomp" or reported.head != speech:
            return []
        cc = self.onto.code(p.code)
        if cc is None or cc.quad_class not in VERBAL_QUADS:
            return []
        return a.entities(a.subject(speech).token)

    def _meeting_dyad(
        self, actors: list[str], recips: list[str], partners: list[str]
    ) -> tuple[list[str], list[str]]:
        """ "X met (with) Y", "X held talks with Y": the subject meets its partner, X -> Y (the
        dyad kept, as the article coders and PETRARCH-2 read it); "talks between X and Y" with
        no subject: the first named -> the others. Where they met is no party ("met with Y in
        Geneva")."""
        own = [e for e in actors if e not in partners]
        if own:
            extra = [e for e in partners if e in actors and e not in recips]
            actors, recips = own, recips + extra
        elif len(actors) > 1 and not recips:
            actors, recips = actors[:1], actors[1:]
        if len(actors) > 1 or any(not self._is_place(e) for e in recips):
            recips = [e for e in recips if not self._is_place(e)]
        return actors, recips

    def _conjoined_meeting(self, p: Proto, actors: list[str]) -> tuple[list[str], list[str]]:
        """ "Washington and the Taliban had been holding direct talks" (article gold dev), "Brazil
        and South Korea also discussed energy ... cooperation agreements" (Wikinews), "The
        foreign ministers of Peru and Chile will meet in Lima" (`docs/coding-guide.md`): parties
        joined by "and" as the subject of a meeting meet each other, the first named -> the
        others. Only where each conjunct is itself a party the entity layer found (never one
        head shared by two modifiers, "the Bolivian and Colombian presidents") and the subject
        is not passive. A meeting noun with a possessor is the parties' own gathering, no
        encounter of one with the other ("the International Monetary Fund and the World Bank
        held their Autumn meetings", article gold train)."""
        a = self.a
        if a.token(p.coding.tok).pos == "NOUN" and a.deps(p.coding.tok, "poss"):
            return actors, []
        subj = a.subject(p.anchor)
        if subj.passive or subj.token is None:
            return actors, []
        first = a.entity(subj.token)
        others = [e for k in a.deps(subj.token, "conj") if (e := a.entity(k)) is not None]
        named = [first, *others]
        if first is None or not others or len(set(named)) != len(named):
            return actors, []
        if set(named) != set(actors):
            return actors, []
        return [first], others

    def _no_setting_as_party(self, c: Coding, recips: list[str]) -> list[str]:
        """ "We met back in high school" (GUM interview), "Trump and Obama meet in the White
        House" (Giveme5W1H, where: White House), "a crafts group was meeting in the church",
        "a meeting at the police headquarters" (IndiaPoliceEvents): an institution or a
        building in a meeting's "in"/"at" phrase is where it was held, never the party met
        (one meets *with* a party); a place there stays the target when no party is named
        (PETRARCH's "met in Washington", `_meeting_dyad`)."""
        a = self.a
        heads = [c.tok] if c.light is None else [c.tok, c.light]
        where = {
            e
            for h in heads
            for w, o in a.preps(h)
            if w in LOCATIVE
            for e in a.entities(o)
            if not self._is_place(e)
        }
        if not where:
            return recips
        # a party also named as the object or in another phrase ("met X at X's office") stays
        phrases = [o for h in heads for o in a.objects(h)]
        phrases += [o for h in heads for w, o in a.preps(h) if w not in LOCATIVE]
        named = {e for o in phrases for e in a.entities(o)}
        return [e for e in recips if e not in where or e in named]

    def _condition_parties(self, p: Proto) -> list[str]:
        """The subjects of "if"/"unless" clauses under the act or the act it threatens."""
        a, c = self.a, p.coding
        heads = [h for h in dict.fromkeys((p.anchor, c.tok, c.light)) if h is not None]
        heads += [x for h in list(heads) for x in a.deps(h, "xcomp", "ccomp")]
        found = [
            e
            for h in dict.fromkeys(heads)
            for cl in a.deps(h, "advcl")
            if any(a.lemma(m) in CONDITIONS for m in a.deps(cl, "mark"))
            # the party itself ("if the United States goes ahead"), not what it is about
            # ("if the Hong Kong situation becomes uncontrollable")
            if a.entity(subj := a.subject(cl).token or cl) is not None
            for e in a.entities(subj)
        ]
        return list(dict.fromkeys(found))

    def _each_other(self, c: Coding) -> bool:
        """The act's object or prepositional phrase is "each other" or "one another"."""
        a = self.a
        heads = [c.tok] if c.light is None else [c.tok, c.light]
        phrases = [o for h in heads for o in [*a.objects(h), *(po for _, po in a.preps(h))]]
        for o in phrases:
            for j in a.tree.subtree(o):
                if j > 0 and (a.lemma(j - 1), a.lemma(j)) in RECIPROCAL_PRONOUNS:
                    return True
        return False

    def _purpose_targets(
        self, p: Proto, roots: frozenset[str], *, objects_only: bool = False
    ) -> list[str]:
        """ "continued their hunger strike to demand the resignation of President X", "rallied
        to demand higher pay from Governor Y": a protest is aimed at whom the demand or
        complaint it is held for is aimed at; "fired tear gas to disperse the protesters": force
        at whom it is used to coerce or assault (the purpose clause's code in `roots`)."""
        a, c = self.a, p.coding
        heads = dict.fromkeys(h for h in (p.anchor, c.tok, c.light) if h is not None)
        for h in heads:
            for comp in a.deps(h, "advcl", "xcomp"):
                if not any(a.lemma(x) == "to" for x in a.deps(comp, "aux", "mark")):
                    continue
                purpose = self.coder.verb(comp)
                if purpose is None or (purpose.code or "")[:2] not in roots:
                    continue
                if objects_only:
                    found = [e for o in a.objects(comp) for e in a.entities(o)]
                else:
                    found = self._verb_args(comp, self.onto.recipient_preps(purpose.code))[1]
                if found:
                    return found
        return []

    def _no_place_beside_a_party(self, c: Coding, recips: list[str]) -> list[str]:
        """ "Macron met Scholz in Berlin": where it happened is no recipient when a party is
        one (a place is the target only when no party is: "protest in Beijing"); a jail the
        entity layer names an organisation is a place here ("held him in the county jail"), and
        so is one a person leaves ("was released from prison", "freed him from jail")."""
        heads = [c.tok] if c.light is None else [c.tok, c.light]
        where = {
            e
            for h in heads
            for w, o in self.a.preps(h)
            if w in LOCATIVE or w == "from"
            for e in self.a.entities(o)
            if (w != "from" and self._is_place(e)) or self._custody_place(e)
        }
        # a party is any recipient named outside a locative phrase (the entity layer may
        # type a person as a place: "met Scholz in Berlin" keeps Scholz and drops Berlin)
        if not any(e not in where for e in recips):
            return recips
        return [e for e in recips if e not in where]

    def _where_held(self, c: Coding, eid: str) -> bool:
        """Whether `eid`, a party of a legal act its subject undergoes ("received a sentence of
        life in prison", "it is hard to get a death sentence in Texas"), is where the act takes
        place or its term is served: a place of custody ("prison", "jail"), never the court
        that sentences, or a place named in a locative phrase of the trigger or of its object,
        never its doer."""
        if self._custody_place(eid):
            return True
        a = self.a
        heads = [c.tok] if c.light is None else [c.tok, c.light]
        heads += [o for h in heads for o in a.deps(h, "dobj")]  # "a death sentence in Texas"
        return self._is_place(eid) and any(
            eid in a.entities(o) for h in heads for w, o in a.preps(h) if w in LOCATIVE
        )

    def _custody_keepers(self, c: Coding) -> list[str]:
        """The armed bodies (police, army) a detention names as keepers of the custody the
        person goes into, read off the words ("to/in/into/under" + the body + a custody noun,
        `@detention`), as the parser may hang "to police custody" anywhere in the clause:
        "remanded him to police custody", "taken into army custody"; "judicial custody" names
        none."""
        a = self.a
        found: list[str] = []
        heads = [c.tok] if c.light is None else [c.tok, c.light]
        for j in sorted({x for h in heads for x in a.tree.subtree(h)}):
            e = a.entity(j - 1) if j > 0 else None
            if e is None or e in found or a.entity(j) == e or not self._armed(e):
                continue  # "sentenced to [federal prison]": the prison is where, no keeper
            if not self.onto.in_class(a.lemma(j), "@detention"):
                continue
            start = j - 1
            while start > 0 and a.entity(start - 1) == e:
                start -= 1
            # (a misparsed "to" may open the body's mention: "[to police] custody")
            if {a.token(x).text.lower() for x in (start - 1, start) if x >= 0} & CUSTODY_PREPS:
                found.append(e)
        return found

    def _custody_place(self, eid: str) -> bool:
        ent = self.a.tree.entities.get(eid)
        words = ent.name.lower().split() if ent is not None else []
        return bool(words) and words[-1] in CUSTODY_PLACES

    def _own_forces(self, c: Coding, eid: str, actors: list[str], *, bare: bool = False) -> bool:
        """Whether recipient `eid` is the actor's own armed forces or police as the act's object
        says it: a possessive pronoun ("its troops", "their forces") of an actor, or of no one
        the entity layer found. With `bare` (a withdrawal, or the intent to withdraw or to
        commit forces), forces named with no possessor are the actor's own too where the entity
        layer gives them no country or an actor's: "Saddam said he will begin withdrawing troops
        from Iranian territory", "Egypt, Syria, Morocco and Bangladesh also committed ground
        troops", "he was willing to withdraw troops in exchange for guarantees" (TBAQ): the
        forces are the means, the party is whom the act concerns ("from Iranian territory")."""
        a = self.a
        ent = a.tree.entities.get(eid)
        if ent is None or ent.sector not in OWN_FORCE_SECTORS:
            return False
        heads = [c.tok] if c.light is None else [c.tok, c.light]
        countries = {x.country for i in actors if (x := a.tree.entities.get(i)) is not None}
        for o in (o for h in heads for o in a.objects(h)):
            if a.entity(o) != eid:
                continue
            for poss in a.deps(o, "poss"):
                if a.is_pronoun(poss) and a.entity(poss) in (None, *actors):
                    return True
            if bare and actors and not a.deps(o, "poss") and (ent.country in (None, *countries)):
                return True
        return False

    def _moved_forces(self, c: Coding, recips: list[str]) -> list[str]:
        """The armed forces or police a passive verb with no "by" agent moves: its subject. A
        present passive with no other auxiliary tells where forces stand, no act ("about 100,000
        soldiers are deployed to the world's battlefields", `Coder.stative`)."""
        a = self.a
        if c.pos != "VERB" or a.agent(c.tok) is not None or self.coder.stative(c.tok):
            return []
        subj = a.subject(c.tok)
        if not subj.passive:
            return []
        moved = set(a.entities(subj.token))
        return [e for e in recips if e in moved and self._armed(e)]

    def _armed(self, eid: str) -> bool:
        ent = self.a.tree.entities.get(eid)
        return ent is not None and ent.sector in OWN_FORCE_SECTORS

    def _is_place(self, eid: str) -> bool:
        ent = self.a.tree.entities.get(eid)
        return ent is not None and ent.type in PLACE_TYPES

    def _place_targets(self, v: int, light: int | None, actors: list[str]) -> list[str]:
        """The first named place inside the trigger's object and prepositional phrases."""
        a = self.a
        starts = [v] if light is None else [v, light]
        frontier = [(o, 0) for s in starts for o in a.deps(s, *TARGET_PATH)]
        best: tuple[int, str] | None = None
        while frontier:
            j, depth = frontier.pop()
            eid = a.entity(j)
            ent = a.tree.entities.get(eid) if eid else None
            if ent is not None and ent.type in PLACE_TYPES and ent.country and eid not in actors:
                if best is None or j < best[0]:
                    best = (j, ent.id)
                continue
            if eid is None and self.onto.in_class(a.lemma(j), "@border"):
                continue  # "camps near the Thai border": a border and its places say where
            if depth < PLACE_DEPTH:
                frontier.extend((o, depth + 1) for o in a.deps(j, *TARGET_PATH, "compound"))
        return [best[1]] if best else []

    def _complement_target(self, c: Coding) -> list[str]:
        """ "threatened to cut off electricity to X", "demanded that X cancel": a request,
        demand, refusal or threat whose complement is no coded event targets its party."""
        a = self.a
        if (c.code or "")[:2] in CHARGING_ROOTS:
            # "prosecutors alleged that X browsed", "a report alleged that France was aware":
            # the one charged is the subject of what is alleged
            return [
                e
                for comp in a.deps(c.tok, "ccomp")
                if not (subj := a.subject(comp)).passive
                for e in a.entities(subj.token)
            ]
        gov = self.onto.governors.get((a.lemma(c.tok), None))
        if c.source != "governor" and (gov is None or gov.role not in TARGETING):
            return []
        for comp in a.deps(c.tok, "xcomp", "ccomp"):
            subj = a.subject(comp)
            # "wants X to leave" (the reader coded the wish an appeal, 02x) asks X as well
            asking = (gov is not None and gov.role in ("request", "demand")) or (
                c.code or ""
            ).startswith(APPEAL_ROOT)
            if asking and not subj.passive and (asked := a.entities(subj.token)):
                return asked
            # "wants this cost to be shouldered by the nations": the passive's agent is asked
            agent = a.agent(comp) if asking and subj.passive else None
            if agent is not None and (asked := a.entities(agent)):
                return asked
            if recips := self._verb_args(comp, self.onto.recipient_preps(None))[1]:
                return recips
        return []

    def _shared_object(self, v: int, preps: tuple[str, ...]) -> list[str]:
        """ "Police arrested and questioned the student", "Authorities shuttered and seized the
        site", "police fired and landed a live round on a protester": a verb with nothing after
        it but "and" (or an adverb) and a verb of the same subject shares that verb's object and
        phrases (the parser hangs them on the second verb only). Never a verb of speech ("condemned
        and told reporters"), never a second verb with its own subject or a passive one."""
        a = self.a
        if a.objects(v) or a.deps(v, "auxpass", "nsubjpass", "ccomp", "xcomp"):
            return []
        for k in a.deps(v, "conj"):
            if k < v or a.token(k).pos != "VERB" or a.lemma(k) in REPORTING | SPEECH_ACTS:
                continue
            if a.deps(k, "nsubj", "nsubjpass", "auxpass", "csubj", "expl"):
                continue
            if any(a.token(j).dep not in ("cc", "advmod") for j in range(v + 1, k)):
                continue
            return self._verb_args(k, preps)[1]
        return []

    def _act_author(self, p: Proto) -> list[str]:
        """ "rejected a lawsuit filed by Texas", "The Pentagon rejected these accusations" (the
        Russian and Syrian ministries accused ... the sentence before), "The operation was
        condemned" (Turkey began an offensive ...): a response whose object, or passive subject,
        is an act names no party; it is aimed at the act's author: the "by" phrase of the
        participle that tells who did it, else the doer of the act a definite noun points back
        to, an act told before whose code or word the noun shares. So is a response "against"
        an act ("spoke out against the attack")."""
        a, c = self.a, p.coding
        # "rejected [these accusations]", "declined [the request]": the governor's own object
        v = p.governor[0] if p.governor is not None else c.tok
        if a.token(v).pos != "VERB":
            return []
        subj = a.subject(v)
        acts = [subj.token] if subj.passive and subj.token is not None else []
        if any(self._pointing(o) for o in [*acts, *a.objects(v)]):
            return self._author_of_pointed_act(v)
        acts += [o for o in a.objects(v) if a.token(o).pos == "NOUN"]
        # "spoke out against the attack": what a response is made against is the act it answers
        acts += [o for w, o in a.preps(v) if w == "against" and a.token(o).pos == "NOUN"]
        for o in acts:
            if a.entities(o):
                return []
            for part in a.deps(o, "acl"):
                if a.token(part).tag == "VBN" and (doers := a.entities(a.agent(part))):
                    return doers
            if not any(a.lemma(d) in ANAPHORIC for d in a.deps(o, "det")):
                continue
            if found := self._earlier_act(o):
                return found
        return []

    def _promised_patients(self, c: Coding, actors: list[str]) -> list[str]:
        """ "vowed to dismantle Mr Obama's legacy", "agreed to acquire Deseret Bancorp", "offered
        to buy the shares of POP Radio Corp.": a promise or an offer (`@promise`, `@offer`) of
        an act the lexicon does not code is aimed at whom that act would be done to, the
        parties the objects of its "to"-infinitive name (`_named_party`); never a party of the
        infinitive's other phrases ("agreed to open an office in Paris")."""
        a = self.a
        v = c.tok
        lemma = a.lemma(v)
        if c.pos != "VERB" or not (
            self.onto.in_class(lemma, "@promise") or self.onto.in_class(lemma, "@offer")
        ):
            return []
        ents = a.tree.entities
        homes = {x.country for e in actors if (x := ents.get(e)) is not None and x.country}
        found: list[str] = []
        for k in a.deps(v, "xcomp"):
            if a.token(k).pos != "VERB" or not any(a.lemma(x) == "to" for x in a.deps(k, "aux")):
                continue
            for o in a.objects(k):
                for e in self._concerned(o, ()):
                    if e not in found and self._named_party(e, homes):
                        found.append(e)
        return found

    def _named_party(self, eid: str, homes: set[str]) -> bool:
        """A party the text names ("Deseret Bancorp", "Mr Obama"), not a description of goods
        or a site ("100 tankers", "the presidential palaces", "the Central Asian nation"), nor
        a place, nor a state of the doers' own country."""
        x = self.a.tree.entities.get(eid)
        if x is None or x.type in PLACE_TYPES - {"GPE"}:
            return False
        if x.type == "GPE" and x.country in homes:
            return False
        return any(m.kind in NAMED_MENTIONS for m in x.mentions)

    def _doers_of_answered_act(self, v: int) -> list[str]:
        """The doer an act noun names when it is what response v answers (v's object, passive
        subject or prepositional phrase): its "by" phrase ("the annexation of Crimea by
        Russia", "the sale of weapons to Taiwan by the United States"), else the possessor of
        a noun the lexicon codes as an act ("Iraq's invasion of Kuwait", "Pakistan's release of
        the pilot"; not "his arrest", whose possessor is the one arrested)."""
        a = self.a
        subj = a.subject(v)
        phrases = [subj.token] if subj.passive and subj.token is not None else []
        phrases += a.objects(v)
        phrases += [o for w, o in a.preps(v) if w in ABOUT_PREPS or w in ("over", "at")]
        for o in phrases:
            if a.token(o).pos != "NOUN":
                continue
            if by := [e for w, po in a.preps(o) if w == "by" for e in a.entities(po)]:
                return by
            if not subj.passive and o in a.objects(v):
                # the parser hangs the noun's "by" phrase on the active verb ("criticized the
                # annexation of Crimea by Russia"): an active verb has no "by" agent of its own
                by = [e for w, po in a.preps(v) if w == "by" for e in a.entities(po)]
                if by:
                    return by
            if self.coder.noun_trigger(o) is None:
                continue
            patient_poss = self.onto.in_class(a.lemma(o), "@patient_possessor") and not any(
                w == "of" for w, _ in a.preps(o)
            )
            if not patient_poss and (
                owners := [e for d in a.deps(o, "poss") for e in a.entities(d, via_of=False)]
            ):
                return owners
        return []

    def _first_of_coordinated(self, c: Coding, recips: list[str]) -> list[str]:
        """ "alleged that Tova Noel and Michael Thomas browsed", "shot and killed Judge Rowland
        Barnes, Brandau and Deputy Hoyt Teasley": one act on people joined by "and" has the
        first named as its target (`docs/coding-guide.md`, section 6: "One act on two targets
        is one event with the first-named target"). Only where every recipient is a person and
        the parse joins them all as conjuncts of one phrase; states and organisations joined
        by "and" stay each a target ("condemned Israel and the United States"), as PLOVER's
        and PETRARCH-2's gold code them."""
        if len(recips) < 2:
            return recips
        a = self.a
        ents = a.tree.entities
        if any((x := ents.get(e)) is None or x.type != "PERSON" for e in recips):
            return recips
        sent = a.token(c.tok).sent
        toks = [i for i in range(len(a.tok)) if a.tok[i].sent == sent]
        group = {i: i for i in toks}

        def top(i: int) -> int:
            while group[i] != i:
                i = group[i]
            return i

        for i in toks:
            if a.tok[i].dep == "conj" and a.tok[i].head in group:
                group[top(i)] = top(a.tok[i].head)
        # the first token of each recipient in each group of conjuncts
        first: dict[int, dict[str, int]] = {}
        for i in toks:
            if (e := a.entity(i)) in recips:
                first.setdefault(top(i), {}).setdefault(e, i)
        for members in first.values():
            if set(members) == set(recips):
                return [min(members, key=members.__getitem__)]
        return recips

    def _pointing(self, o: int) -> bool:
        """A bare pronoun that points back to a thing, no party: "it", "that", "this"."""
        a = self.a
        return a.token(o).pos == "PRON" and a.lemma(o) in POINTING and a.entity(o) is None

    def _author_of_pointed_act(self, v: int) -> list[str]:
        """ "Gorbachev also proposed a nuclear free weapons zone, but the U.S wouldn't consider
        that", "the congress approved a bill, but it was dismissed by the senate", "Ingraham
        apologized, but Hogg blasted it": a response whose object (or passive subject) is a
        bare pronoun, in a clause joined to an earlier one whose verb puts something forward
        (the lexicon's `@put_forward`: propose, approve, apologize ...), answers what that
        verb's doer put forward, and is aimed at that doer. Any other pronoun leaves it
        without a party."""
        a = self.a
        t = a.token(v)
        if t.dep != "conj" or t.head >= v:
            return []
        if not self.onto.in_class(a.lemma(t.head), "@put_forward"):
            return []
        told = a.subject(t.head)
        return a.entities(a.agent(t.head) if told.passive else told.token)

    def _earlier_act(self, o: int) -> list[str]:
        """The doer of the act told before that noun o names, as a definite noun names the
        latest thing it fits: the nearest verb the noun is made from ("the vote" after "voted",
        coded or not), else the latest event whose trigger is the same word or whose root the
        noun's lexicon code has ("these accusations" after "accused", "the request" after
        "asking", "the impeachment investigation" after "directing six committees to proceed
        with their investigations")."""
        a = self.a
        trig = self.coder.noun_trigger(o)
        roots = {trig.code[:2]} if trig is not None and trig.code else set()
        if self.onto.in_class(a.lemma(o), "@force_act"):
            roots |= FORCE_ROOTS
        for j in range(o - 1, -1, -1):
            # "the Parliament of Iraq voted on a resolution ... The vote", "the company expects to
            # cut 4,300 jobs ... to protest the cuts": the verb the noun is made from, coded or not
            if a.token(j).pos == "VERB" and a.lemma(j) == a.lemma(o) and not self._purpose(j):
                told = a.subject(j)
                if doers := a.entities(a.agent(j) if told.passive else told.token):
                    return doers
        for q in reversed(self.told):
            if not q.actors or self._purpose(q.anchor):
                continue
            same_word = a.lemma(o) in {a.lemma(q.head), a.lemma(q.coding.tok)}
            if same_word or q.code[:2] in roots:
                return list(q.actors)
        return self._earlier_act_noun(o, roots)

    def _earlier_act_noun(self, o: int, roots: set[str]) -> list[str]:
        """ "The move follows the United States' killing of Qasem Soleimani in an airstrike ...
        The Foreign Ministry of Iraq characterized the attack as a violation": with no act told
        as an event, the nearest act noun before it of the same word or root whose doer the
        noun names, as its possessor ("the United States' killing"; not "his arrest", whose
        possessor is the one arrested) or its "by" phrase ("the annexation by Russia")."""
        a = self.a
        for j in range(o - 1, -1, -1):
            if a.token(j).pos != "NOUN" or (trig := self.onto.nouns.get(a.lemma(j))) is None:
                continue  # "his death", "her loss": no act, the possessor is who died
            if a.lemma(j) != a.lemma(o) and not (trig.code and trig.code[:2] in roots):
                continue
            if by := [e for w, po in a.preps(j) if w == "by" for e in a.entities(po)]:
                return by
            if self.onto.in_class(a.lemma(j), "@patient_possessor") and not any(
                w == "of" for w, _ in a.preps(j)
            ):
                continue
            if owners := [e for d in a.deps(j, "poss") for e in a.entities(d, via_of=False)]:
                return owners
        return []

    def _purpose(self, v: int) -> bool:
        """ "came to Iraq [to fight] ISIS": what an act is done for is no act told as done."""
        t = self.a.token(v)
        return t.tag == "VB" and t.dep == "advcl"

    def _partners(self, v: int) -> list[str]:
        return [
            e for w, o in self.a.preps(v) if w in ("with", "between") for e in self.a.entities(o)
        ]

    def _verb_args(
        self, v: int, preps: tuple[str, ...], *, theme: bool = False
    ) -> tuple[list[str], list[str]]:
        a = self.a
        subj = a.subject(v)
        recips: list[str] = []
        if subj.passive:
            # "GM was given loans", "the fighters were sent arms": a passive that keeps what is
            # given as its object has whom it is given to as its subject
            retained = theme and bool(a.objects(v))
            if (not theme or retained) and subj.token is not None:
                # the patient read as the object of the active verb is read ("a camp for
                # Congolese refugees was attacked" as "attacked a camp for Congolese refugees")
                recips.extend(self._concerned(subj.token, preps))
            actors = a.entities(a.agent(v))
            if not actors and retained:
                actors = self._giver_beside_theme(v)
        else:
            actors = a.entities(subj.token)
        # "provided Vietnam's coast guard with a ship", "supplied the rebels with arms": with
        # a "with" phrase naming what is given, the object is whom it is given to
        given_with = theme and any(w == "with" for w, _ in a.preps(v))
        for o in a.objects(v):
            second = a.second_object(o) is not None  # "granted Stanton a pardon"
            if not theme or given_with or second or a.token(o).dep == "dative":
                # a theme is what is given, not to whom
                recips.extend(self._concerned(o, preps))
            for word, po in a.preps(o):  # "signed an agreement with Ukraine"
                if word in preps:
                    recips.extend(a.entities(po))
        for word, o in a.preps(v):
            if word in preps and not (given_with and word == "with"):
                recips.extend(self._concerned(o, preps))
            if word == "into":  # "entered into an agreement [with Syria]"
                recips.extend(e for w, po in a.preps(o) if w in preps for e in a.entities(po))
        return list(dict.fromkeys(actors)), list(dict.fromkeys(recips))

    def _giver_beside_theme(self, v: int) -> list[str]:
        """ "was given weapons by the United States", "was given loans worth $13 billion from
        the government": the parser hangs the giver's "by" or "from" phrase on what is given
        (or on its "worth"), not on the passive verb."""
        a = self.a
        for o in a.objects(v):
            for h in (o, *a.deps(o, "amod")):
                for w, po in a.preps(h):
                    if w in ("by", "from"):
                        return a.entities(po)
        return []

    def _feeling(self, v: int, preps: tuple[str, ...]) -> tuple[list[str], list[str]]:
        """ "the United States was disappointed by the Parliament's decision", "I am
        disappointed with NASA's decision", "rights groups were outraged at the arrest": the
        one who feels it (the verb's subject, passive or not) disapproves of the party its
        "by", "with" or "at" phrase names (an experiencer frame; a passive otherwise reads the
        subject as the patient and the "by" phrase as the doer)."""
        a = self.a
        actors = a.entities(self._feeler(v))
        recips = [e for w, o in a.preps(v) if w in preps for e in self._concerned(o, preps)]
        return list(dict.fromkeys(actors)), [e for e in dict.fromkeys(recips) if e not in actors]

    def _feeler(self, v: int) -> int | None:
        """The subject of a verb of feeling: its own, or the copula's it complements ("I am
        [disappointed]")."""
        a = self.a
        t = a.token(v)
        subj = a.subject(v).token
        if subj is None and t.dep in ("acomp", "oprd") and t.head != v:
            subj = a.subject(t.head).token
        return subj

    def _concerned(self, o: int, preps: tuple[str, ...]) -> list[str]:
        """Entities of a phrase, or of what it is about or whose it is: "against travel [to
        Tunisia]", "contact [with the United States]", "calls [by Belarus's rulers]"."""
        # "visited the U.S.-Mexico border", "withdrew from the Walid crossing", "camps near the
        # Thai border": a border word is a place; the country naming it says where, not whom
        border = self.a.entity(o) is None and self.onto.in_class(self.a.lemma(o), "@border")
        if border:
            return []
        found = self.a.entities(o)
        if found or self.a.token(o).pos != "NOUN":
            return found
        return [
            e
            for w, po in self.a.preps(o)
            if w in preps or w in ABOUT_PREPS
            for e in self.a.entities(po)
        ]

    def _object_as_actor(self, v: int, prep: str, recips: list[str]) -> tuple[list[str], list[str]]:
        a = self.a
        if not any(w == prep for w, _ in a.preps(v)):
            return [], recips
        actors = [e for o in a.objects(v) for e in a.entities(o)]
        return actors, [e for e in recips if e not in actors]

    def _noun_args(
        self,
        n: int,
        preps: tuple[str, ...],
        light: int | None,
        *,
        attack: bool = False,
        protest: bool = False,
    ) -> tuple[list[str], list[str]]:
        a = self.a
        actors: list[str] = []
        recips: list[str] = []
        # "his arrest", "Kopp's detention": with no "of" phrase naming whom it is done to, the
        # possessor of such a noun is its patient ("the arrest of him"), not its doer
        patient_poss = self.onto.in_class(a.lemma(n), "@patient_possessor") and not any(
            w == "of" for w, _ in a.preps(n)
        )
        for c in a.deps(n, "poss", "compound", "amod", "nmod"):
            if self._setting_modifier(c):
                continue  # "a Michigan rally", "the Birmingham bombing": where, not who
            if protest and self._protest_setting(c):
                continue  # "Greek riots", "the Iran protests": where, not the state
            found = a.entities(c, via_of=False)
            if attack and a.token(c).dep == "compound" and self._struck_site(c):
                recips.extend(found)  # "the embassy bombings": the embassy was bombed
                continue
            (recips if patient_poss and a.token(c).dep == "poss" else actors).extend(found)
        of_doer = not actors and self._of_doer(n)
        # "a trip from London": after a noun of a journey "from" names where it starts
        doer_preps = ("by",) if self.onto.in_class(a.lemma(n), "@journey_nouns") else ("by", "from")
        for word, o in a.preps(n):
            # "the request of Prime Minister Boris Johnson": its doer (`_of_doer`)
            doer = (word in doer_preps and not actors) or (word == "of" and of_doer)
            if doer or word == "between":
                actors.extend(a.entities(o))
            elif word in preps:
                recips.extend(a.entities(o))
        if light is not None:
            for word, o in a.preps(light):
                # "filed a suit on behalf of the lawmakers": whom the doer acts for, no target
                if word in preps and word != "of" and a.lemma(o) != "behalf":
                    recips.extend(a.entities(o))
        if not actors and light is None and (owner := a.guilty_party(n)) is not None:
            actors = a.entities(owner)  # "confessed to the killings": the one confessing
        if not actors and light is None:
            actors, recips = self._participle_agent(n, preps, actors, recips)
        if not recips:
            recips = [e for e in self._subject_of(n) if e not in actors]
        return list(dict.fromkeys(actors)), list(dict.fromkeys(recips))

    def _struck_site(self, c: int) -> bool:
        """ "the deadly embassy bombings", "the Kenya embassy bombing", "the Alabama clinic
        bombing" (TBAQ wire texts): a building or a site (the lexicon's class @struck_site)
        named before a noun of an attack is what was struck, not who struck."""
        return self.onto.in_class(self.a.lemma(c), "@struck_site")

    def _setting_modifier(self, c: int) -> bool:
        """ "Trump tells his supporters at a Michigan rally", "the Tulsa protest remained
        peaceful" (PolNeAR), "charged in the Birmingham bombing", "the Birmingham assault"
        (TBAQ), "a Kabul car bombing killed five" (article gold dev): a town, a province or a
        state (a gazetteer place below a country) as the name before an event noun says where
        the act happened, never who did it. A country there may be either ("U.S. sanctions",
        "the Kuwait invasion") and is left to the entity's reading."""
        a = self.a
        t = a.token(c)
        if t.dep != "compound" or t.pos != "PROPN":
            return False
        ent = a.tree.entities.get(a.entity(c) or "")
        if ent is None or ent.type not in PLACE_TYPES:
            return False
        return any(
            pl.start <= t.start < pl.end and pl.feature in SUBNATIONAL for pl in a.tree.doc.places
        )

    def _protest_setting(self, c: int) -> bool:
        """ "Deadly fire-bomb hits bank during Greek riots", "Three die in bank during Greek
        riots", "violence during Greek demonstrations" (ECB+ 8_2, 8_3, 8_9; "Iran protests: At
        least 106 dead" on the corpus pages): a country, a town or a demonym before a noun of
        protest (CAMEO 14) says where it happened and whose people took part, never that the
        state protested (`_setting_modifier` keeps only towns and provinces out of every event
        noun); the protesters are named elsewhere or not at all. A possessor is left alone
        ("Iran's protests against the deal" may be the state's)."""
        a = self.a
        if a.token(c).dep not in ("amod", "compound"):
            return False
        found = a.entities(c, via_of=False)
        ents = a.tree.entities
        return bool(found) and all(e in ents and ents[e].type in PLACE_TYPES for e in found)

    def _of_doer(self, n: int) -> bool:
        """ "at the request of Prime Minister Boris Johnson", "had the support of the United
        Auto Workers union" (article gold dev; "the request of the Municipality of Livorno" on
        the corpus pages): the "of" phrase of a noun of the lexicon's class @of_doer (a
        request, support) with "the" and no possessor names who asks or supports. With a
        possessor it names what or whom it is about ("their support of the Palestinian
        cause"), and so it does in "in support of the youth", which has no article; "the
        demands of China" stays out (made on China, a corpus page)."""
        a = self.a
        if not self.onto.in_class(a.lemma(n), "@of_doer") or a.deps(n, "poss"):
            return False
        return any(a.lemma(d) == "the" for d in a.deps(n, "det"))

    def _subject_of(self, n: int) -> list[str]:
        """ "WeWork is the subject of a U.S. Securities and Exchange Commission inquiry",
        "Mahan has been the subject of United States sanctions since 2011" (article gold dev),
        "it has become subject of an SEC investigation" (article gold train): an act in the
        "of" phrase of "subject" ("target", "focus") predicated of someone by a copula is aimed
        at that copula's subject."""
        a = self.a
        t = a.token(n)
        if t.dep != "pobj" or a.lemma(t.head) != "of":
            return []
        noun = a.token(a.token(t.head).head)
        if noun.lemma.lower() not in AIMED_AT_NOUNS or noun.dep not in ("attr", "oprd", "acomp"):
            return []
        if noun.head == noun.i or a.lemma(noun.head) not in COPULAS:
            return []
        subj = a.subject(noun.head)
        return [] if subj.passive else a.entities(subj.token)

    def _participle_agent(
        self, n: int, preps: tuple[str, ...], actors: list[str], recips: list[str]
    ) -> tuple[list[str], list[str]]:
        """ "a lawsuit filed by the Puerto Rico Senate against Pedro Pierluisi", "a lawsuit filed
        by Texas", "a rally organized by Women for America First": a light verb's participle
        after an event noun ("filed", "organized", "carried out", "imposed": the `light`
        records of the lexicon, whose subject does the noun's act) names its doer in its "by"
        phrase, and its prepositions name whom it is aimed at."""
        a = self.a
        for c in a.deps(n, "acl"):
            spec = self.coder._light_spec(c)
            if a.token(c).tag != "VBN" or not spec or "nouns" in spec:
                continue
            if spec.get("prt") and a.particle(c) != spec["prt"]:
                continue
            agent = a.agent(c)
            doers = a.entities(agent) if agent is not None else []
            if doers:
                aimed = [
                    e for w, o in a.preps(c) if w in preps and w != "by" for e in a.entities(o)
                ]
                return doers, recips + aimed
        return actors, recips

    def _speaker_for_pronoun(
        self, p: Proto, actors: list[str], *, feeler: int | None = None
    ) -> list[str]:
        """ "Hungary said it will support ...": an unresolved pronoun subject is the speaker."""
        if actors:
            return actors
        subj = self.a.subject(p.anchor)
        # "The Chronicle says he was arrested": a passive's pronoun is the one it is done to,
        # never its doer; the speaker only tells of it ("Boeing said it was disappointed by":
        # the one who feels it, `_feeler`, is the doer, passive or not)
        if feeler is not None:
            if not self.a.is_pronoun(feeler):
                return actors
        elif subj.passive or not self.a.is_pronoun(subj.token):
            return actors
        for t, g in p.chain:
            if g.role == "report":
                said = self.a.subject(t).token
                speaker = self.a.entities(said)
                pron = feeler if feeler is not None else subj.token
                return speaker if self._may_be_speaker(pron, said, speaker) else actors
        return actors

    def _may_be_speaker(self, pron: int | None, said: int | None, speaker: list[str]) -> bool:
        """Whether the pronoun can stand for the speaker. A plural speaker ("Afghan officials
        said it killed nine civilians", "Yeltsin and Kuchma called for ratification, saying it
        would help stability") or a person named ("said Clements": "it will support good jobs")
        is no "it"; a plural speaker or an institution ("The ministry said he ...") is no "he"
        or "she": the pronoun is the attack, the treaty, the industry or someone else, and the
        speaker only tells of it. A common noun of one ("the Clinton camp said it") may be."""
        a = self.a
        if pron is None or said is None or not speaker:
            return True
        word = a.lemma(pron)
        plural = a.token(said).tag in PLURAL_TAGS or len(speaker) > 1
        types = {x.type for e in speaker if (x := a.tree.entities.get(e)) is not None}
        if word == "it":
            named = a.token(said).pos == "PROPN" and "PERSON" in types
            return not plural and not named
        if word in ("he", "she"):
            return not plural and not types & INSTITUTION_TYPES
        return True

    def _quoted_first_person(self, p: Proto, *, feeler: int | None = None) -> list[str]:
        """ "“We thank the Afghan government for its actions,” said Stephanie Grisham",
        Pelosi: "I pledge that this Congress will be transparent": "I" or "we" as the doer of an
        act told inside a direct quotation is its speaker (the quotes layer's speaker entity).
        Called only for an act on another party: a quoted "I agree", "I never threaten anybody",
        "I am committed to leading our country" are statements, and coders leave them out."""
        a = self.a
        subj = a.subject(p.anchor)
        if feeler is not None:  # "I am disappointed with": `_feeler`
            if a.lemma(feeler) not in FIRST_PERSON:
                return []
        elif subj.token is None or subj.passive or a.lemma(subj.token) not in FIRST_PERSON:
            return []
        at = a.token(p.head).start
        quotes = [
            q
            for q in a.tree.doc.quotes
            if q.kind != "indirect" and q.content.start <= at < q.content.end and q.speaker
        ]
        if not quotes:
            return []
        inner = min(quotes, key=lambda q: q.content.end - q.content.start)
        return [inner.speaker] if inner.speaker in a.tree.entities else []

    def transform(self, p: Proto) -> None:
        """ "X claimed Y attacked Z" -> X accuses Y (112); X claimed X attacked -> 015, or, where
        the rule gives no code for it ("X said it attacked Z"), the attack with X its doer."""
        for t, g in p.chain:
            if g.role != "report":
                continue
            for rule in self.onto.transforms:
                if p.code[:2] not in rule["embedded_roots"]:
                    continue
                if rule.get("verbs") and g.lemma not in rule["verbs"]:
                    continue
                dateline = self.a.dateline_names(t)
                speaker = [e for e in self.a.entities(self.a.subject(t).token) if e not in dateline]
                if not speaker:
                    continue
                if rule.get("speaker_types") and not self._fronted_state(t, p, speaker, rule):
                    continue
                if not self._told_as_past(p.anchor):
                    continue  # "said it would attack" is a threat, not a claim
                own = self._pronoun_subject(p) or self._owned_by_pronoun(p)
                if rule["same_actor"] is None:
                    # "Ukraine said it shot down a helicopter": a doer telling its own past act
                    # tells the act, coded as asserted with the doer its source
                    # (docs/coding-guide.md section 1); another's act told stays the claim
                    if own or (p.actors and set(p.actors) <= set(speaker)):
                        p.actors = speaker
                        return
                    if not p.actors:
                        return
                same = not p.actors or set(p.actors) <= set(speaker) or own
                p.code = rule["same_actor"] if same else rule["other_actor"]
                p.recipients = p.recipients if same else p.actors
                p.actors = speaker
                p.key, p.head, p.anchor = t, t, t
                p.span = trigger_span(self.a, t, t)
                p.chain = p.chain[p.chain.index((t, g)) + 1 :]
                p.transformed = True
                return
            return

    def _fronted_state(self, t: int, p: Proto, speaker: list[str], rule: dict) -> bool:
        """ "The US said that Iraq attacked": a state itself asserting, before the content,
        what another party did (a news source's trailing ", officials said" is no claim)."""
        types = {e.type for i in speaker if (e := self.a.tree.entities.get(i)) is not None}
        fronted = t < p.head and bool(p.actors)
        return fronted and bool(types) and types <= set(rule["speaker_types"])

    def _told_as_past(self, v: int) -> bool:
        a = self.a
        aux = {a.lemma(x) for x in a.deps(v, "aux", "auxpass")}
        return a.token(v).tag in ("VBD", "VBN") and not aux & {"will", "would", "shall", "wo"}

    def _pronoun_subject(self, p: Proto) -> bool:
        return self.a.is_pronoun(self.a.subject(p.anchor).token)

    def _owned_by_pronoun(self, p: Proto) -> bool:
        """ "Russia said its forces shot down a drone": a subject owned by a pronoun ("its",
        "our", "their") is the speaker's own."""
        subj = self.a.subject(p.anchor)
        if subj.token is None or subj.passive:
            return False
        return any(self.a.token(o).tag == "PRP$" for o in self.a.deps(subj.token, "poss"))

"""Trigger words -> CAMEO codes through the lexicon (data: `ontology/data/event_lexicon.jsonl`).

A verb is looked up by lemma, then its frames (object class, particle, preposition, subject
class, passive) pick the most specific code: "sign [an agreement]" 057, "provide [arms]" 072. A
noun ("talks", "attack", "the signing of") is a trigger when it is a real event mention: plural
"talks", "military exercises", or an argument-bearing nominal; some nouns only count under a light
verb ("held a summit"). Verbs missing from the project lexicon fall back to PETRARCH-2's patterns.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from ...ontology.codebook import EventOntology, Frame, PetrarchVerb, Trigger
from ...ontology.codes import ARMED_SECTORS
from ...ontology.reading import abstention_words, naming_words, person_words
from ...records import Entity
from .arguments import RELATIVE, Args
from .naming import Naming

VERBAL_POS = ("VERB",)
# PETRARCH-2 patterns are used only where specific: two or more matched words ("advise against
# travel", "face pressure"). Its bare verb codes and one-word patterns over-code, as its own
# header warns; on the PLOVER dev set they cost more precision than they bring recall.
PETRARCH_MIN_SPECIFICITY = 2
# Heads that pass an event noun through: "a mediation effort between", "a bid for talks".
TRANSPARENT_HEADS = frozenset(
    {"effort", "efforts", "bid", "initiative", "drive", "campaign", "mission", "process", "move"}
)
# Measure nouns a light verb's object may wrap: "launched [10 days of] war games".
CONTAINERS = frozenset(
    {"day", "week", "month", "year", "series", "round", "wave", "spate", "string", "number",
     "couple", "hour", "night"}
)  # fmt: skip
NOMINAL_POS = ("NOUN",)
PLACE_PREPS = frozenset({"in", "at"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
SKIP_DEPS = frozenset({"amod", "compound", "aux", "auxpass"})
# A verb inside a name tells no event: NASA's "Volatiles [Investigating] Polar Exploration Rover".
NAME_TYPES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC"})
TIME_TYPES = frozenset({"DATE", "TIME"})  # "on Friday", "on Monday night": when, not to whom
# A campaign event is no demonstration (docs/coding-guide.md section 1 codes no campaigning): a
# rally is one when a campaign word modifies it ("a campaign rally", "an election rally") or its
# holder ("the campaign would like to organize another rally"), or when one person holds it or
# speaks at it in an article about an election ("Mrs. Clinton has held rallies before largely
# black crowds", "Trump tells his supporters at a Michigan rally": PolNeAR news of the 2016
# campaign, two articles). Groups rallying ("Parents Rally Nationwide", "the Unite the Right
# rally", "a rally organized by Women for America First") and any rally its sentence tells as a
# protest or against something stay demonstrations.
CAMPAIGN_GATHERINGS = frozenset({"rally"})
CAMPAIGN_WORDS = frozenset(abstention_words()["campaign_words"])
CAMPAIGN_STORY_MIN = 3  # campaign words an article must use to be about an election
PROTEST_WORDS = frozenset(abstention_words()["protest_words"])
# An attack in an article about an election, struck by one person with no word of bodily harm in
# its sentence, is made in words: criticism (CAMEO 111), no assault ("his attacks on a former
# Miss Universe", "Trump had personally attacked his wife", "pounding Trump as a con artist",
# "engaged in a nonstop attack on me": PolNeAR and Giveme5W1H news of the 2016 campaign); a
# named person so beaten lost a contest ("likely to beat Hillary to become the 45th President").
CAMPAIGN_ATTACKS = frozenset(abstention_words()["campaign_attacks"])
CAMPAIGN_WINS = frozenset(abstention_words()["campaign_wins"])
PHYSICAL_WORDS = frozenset(abstention_words()["physical_attack_words"])
ASSAULT_CODES = frozenset(abstention_words()["campaign_attack_codes"])
CRITICISM = str(naming_words()["criticism_code"])
ONE_PERSON_WORDS = frozenset({"he", "she", "his", "her"})
COMPANY_NOUNS = frozenset(person_words()["company_nouns"])  # "law firm", "the carrier"
PEOPLE_TYPES = frozenset({"PERSON", "GROUP"})  # a person, people named by a common noun
SINGLE_PERSON_PRONOUNS = frozenset({"he", "she"})
OCCASION_PREPS = frozenset({"at", "during", "in"})
# "the resemblance was striking", "It is always striking when": a participle of impression
# after "be", with no object and no party as its subject, is an adjective ("remarkable")
IMPRESSION_PARTICIPLES = frozenset(abstention_words()["impression_participles"])
COPULA = "be"
PERSONAL_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
# the auxiliaries of a refusal ("will not", "would not", "won't": spaCy lemmatises "wo")
VOLITIONAL_AUX = frozenset({"will", "would", "wo", "shall"})


@dataclass(frozen=True, slots=True)
class Coding:
    """The code a token carries by itself, before governors ("agreed to", "expected to")."""

    tok: int
    pos: str  # VERB | NOUN
    code: str | None  # None: a trigger word whose frames blocked coding here
    rcode: str | None
    trigger: Trigger | None
    frame: Frame | None
    source: str  # lexicon | petrarch2
    light: int | None = None  # the light verb a nominal trigger hangs from ("held [talks]")
    consumed: int | None = None  # a nominal trigger this coding used as its object
    swap: bool = False  # the pattern codes the reverse event ("gained recognition from X")

    @property
    def anchor(self) -> int:
        return self.light if self.light is not None else self.tok


THINGS = frozenset({"it", "this", "that"})  # pronouns of things rather than of people


class Coder:
    def __init__(self, onto: EventOntology, args: Args, *, petrarch: bool = True) -> None:
        self.onto = onto
        self.a = args
        self.petrarch = petrarch
        self.naming = Naming(args)
        self._campaign: bool | None = None
        self._bags: dict[tuple[int, int], frozenset[str]] = {}  # (head, limit) -> its words

    # -- matching helpers ----------------------------------------------------------------

    def _match(self, words: set[str], name: str | None) -> bool:
        if name is None:
            return True
        if name == "*":  # any word: "demonstrated [its engine]" has an object at all
            return bool(words)
        return self.onto.any_in_class(words, name)

    def _entity(self, i: int) -> Entity | None:
        eid = self.a.entity(i)
        return self.a.tree.entities.get(eid) if eid is not None else None

    def _entity_type(self, i: int) -> str | None:
        ent = self._entity(i)
        return ent.type if ent else None

    def _obj_match(self, objs: list[int], name: str | None, *, head: bool = False) -> int | None:
        """The first object token matching `name` (a word, @class, entity[_type] or deed);
        "entity_firm" is a company (an entity of sector BUS): "an order from Qatar Airways";
        "entity_armed" a party of an armed sector (forces, police, rebels, criminals): "engaged
        Iraq's Republican Guard". A word or @class is matched on the phrase's head and
        modifiers, or with `head` on its head word alone."""
        for o in objs:
            if name is None:
                return o
            if name == "entity_firm":
                if self._firm(o):
                    return o
                continue
            if name == "entity_armed":
                if (ent := self._entity(o)) is not None and ent.sector in ARMED_SECTORS:
                    return o
                continue
            if name == "deed":  # a gerund clause of what was done, not of being: "attacked
                # him for failing to enforce", not "attacked for being gay"
                t = self.a.token(o)
                if t.tag == "VBG" and t.lemma.lower() != "be":
                    return o
                continue
            if name.startswith("entity"):
                etype = self._entity_type(o)
                want = {"entity": None, "entity_person": "PERSON", "entity_org": "ORG"}
                if name == "entity_place":
                    if etype in PLACE_TYPES:
                        return o
                elif etype and (name not in want or want[name] in (None, etype)):
                    return o
                continue
            if self._match(self.a.words(o) if head else self.a.modifier_words(o), name):
                return o
        return None

    def receipt_verb(self, n: int) -> int | None:
        """The verb of receiving or announcing (`@receipt`) noun n is the object of: "Boeing
        [announced] 35 new orders", "Airbus has [won] an order"."""
        t = self.a.token(n)
        if (
            t.dep != "dobj"
            or t.head == n
            or not self.onto.in_class(self.a.lemma(t.head), "@receipt")
        ):
            return None
        return t.head

    def _firm(self, i: int) -> bool:
        """A company: a party of sector BUS that is no person ("hired an investment banker",
        "hire producers Jon Peters": people in business, hired as staff), unless the phrase
        names it a firm ("hiring law firm Sidley Austin", a firm named for its founders)."""
        ent = self._entity(i)
        if ent is None or ent.sector != "BUS":
            return False
        return ent.type not in PEOPLE_TYPES or bool(self.a.modifier_words(i) & COMPANY_NOUNS)

    def _objects(self, i: int) -> list[int]:
        objs = self.a.objects(i)
        if self.a.is_passive(i):
            t = self.a.token(i)
            patients = [
                t.head if self.a.lemma(s) in RELATIVE else s for s in self.a.deps(i, "nsubjpass")
            ]
            if not patients and t.dep in ("acl", "relcl") and t.head != i:
                patients = [t.head]  # "a report [released] by the ministry"
            if not patients and t.dep == "xcomp" and self.a.deps(i, "auxpass"):
                # "Coincheck has agreed to [be acquired] by Monex": the controlling subject,
                # where `Args.subject` reads it as the patient
                controller = self.a.subject(i)
                if controller.passive and controller.token is not None:
                    patients = [controller.token]
            objs = patients + objs
        elif not objs:
            # an object relative clause with a subject of its own, "the crimes he [committed]",
            # "an offence he [committed]": the noun it modifies is the verb's object (the gap)
            t = self.a.token(i)
            subj = self.a.deps(i, "nsubj")
            if (
                t.dep == "relcl"
                and t.head != i
                and subj
                and not any(self.a.lemma(s) in RELATIVE for s in subj)
                and not self.a.deps(i, "xcomp", "ccomp")
                # a stranded preposition takes the gap: "the country he [went] to"
                and all(self.a.deps(p, "pobj", "pcomp") for p in self.a.deps(i, "prep"))
            ):
                objs = [t.head]
        return objs

    def _adjectival(self, i: int) -> bool:
        """ "I am disappointed with", "they seemed outraged at": a past participle that is
        the complement of a copula or a verb of seeming tells the subject's state."""
        t = self.a.token(i)
        return t.tag == "VBN" and t.dep in ("acomp", "oprd") and t.head != i

    def frame_for(self, trig: Trigger, i: int) -> tuple[Frame | None, int | None, bool]:
        """(matching frame, object token it matched, whether some frame matched)."""
        a = self.a
        for f in trig.frames:
            if f.prt is not None and a.particle(i) != f.prt:
                continue
            if f.passive is not None and a.is_passive(i) != f.passive:
                continue
            if f.experiencer and not (a.is_passive(i) or self._adjectival(i)):
                continue  # "the phone disappointed investors": its subject feels nothing
            if f.stative is not None and self.stative(i) != f.stative:
                continue
            if f.clause is not None and bool(a.deps(i, "ccomp", "xcomp")) != f.clause:
                continue
            if f.own_act is not None and self._own_act(i) != f.own_act:
                continue
            if f.clause_verb is not None and not any(
                self._match(a.words(c), f.clause_verb) for c in a.deps(i, "ccomp", "xcomp")
            ):
                continue
            if f.clause_word is not None and not any(
                self._match(a.words(w), f.clause_word)
                for c in a.deps(i, "ccomp", "acl")  # "claimed that ...", "a claim that ..."
                for w in a.tree.subtree(c)
            ):
                continue
            if f.modal is not None and self._modal_clause(i) != f.modal:
                continue
            if f.refusal is not None and self._refusal(i) != f.refusal:
                continue
            if f.enables is not None and self._enabling(i) != f.enables:
                continue
            if f.subj is not None:  # a word, @class or entity kind, as an object's
                s = a.subject(i).token
                if s is None or self._obj_match([s], f.subj) is None:
                    continue
            if f.head is not None and not self._head_match(i, f.head):
                continue
            if f.mod is not None and not self._match(a.modifier_words(i), f.mod):
                continue
            if f.comp is not None:
                comps = a.deps(i, "acomp", "oprd") + a.small_clauses(i)  # "found him guilty"
                comps += [n for c in comps for n in a.deps(c, "neg")]  # "not guilty"
                if not self._match({w for c in comps for w in a.words(c)}, f.comp):
                    continue
            if f.in_place is not None and (self.place_phrase(i) is not None) != f.in_place:
                continue
            if f.of is not None:
                ofs = [o for p, o in a.preps(i) if p == "of"]
                if self._obj_match(ofs, f.of) is None:
                    continue
            hit: int | None = None
            if f.obj is not None:
                objs = self._objects(i)
                if trig.theme_object:  # "granted Stanton a pardon", parsed as an apposition
                    objs += [x for o in objs if (x := a.second_object(o)) is not None]
                hit = self._obj_match(objs, f.obj, head=f.obj_head)
                if hit is None or (f.swap and (self._antecedent(i, hit) or self._possible(i))):
                    continue
            if f.prep is not None:
                pobjs = [o for p, o in a.preps(i) if p == f.prep and not self._time(o)]
                if f.prt is not None:  # "pulled [out] of negotiations": the parser hangs the
                    # preposition on the particle
                    pobjs += [o for x in a.deps(i, "prt") for p, o in a.preps(x) if p == f.prep]
                bare = f.prep in self._prep_words(i) or self._for_clause(i, f.prep)
                if not pobjs and not (f.pobj is None and bare):
                    continue
                if f.pobj is not None:
                    hit = self._obj_match(pobjs, f.pobj)
                    if hit is None:
                        continue
            return f, hit, True
        return None, None, False

    def _own_act(self, i: int) -> bool:
        """Whether verb i's clausal complement is a gerund with no subject of its own: the act
        is its doer's own ("she regretted [calling] him a traitor", "regretted not [giving] him
        a chance"), where "regretted that the government had not consulted them" is another's."""
        return any(self.a.subjectless_gerund(c) for c in self.a.deps(i, "xcomp", "ccomp"))

    def _antecedent(self, i: int, o: int) -> bool:
        """ "the sentence Manafort received in a separate case", "the 18 charges she faced":
        an act its undergoer receives or faces, named by the noun an object relative clause of
        that verb modifies, is an act the reader knows, referred to rather than reported."""
        t = self.a.token(i)
        return t.dep == "relcl" and t.head == o and t.head != i

    def _possible(self, i: int) -> bool:
        """ "how difficult it is to get a capital sentence", "it is hard to get a death
        sentence": an act its undergoer receives, told as the infinitive of an adjective of
        possibility (a governor of role hypothetical: "difficult", "hard", "easy") with no
        subject, is something one may or may not get, no act done to anyone."""
        a = self.a
        t = a.token(i)
        if t.dep != "xcomp" or t.head == i or a.deps(i, "nsubj", "nsubjpass"):
            return False
        h = t.head
        adjs = [h] if a.token(h).pos == "ADJ" else a.deps(h, "acomp")
        return any(
            (g := self.onto.governors.get((a.lemma(j), None))) is not None
            and g.role == "hypothetical"
            for j in adjs
        )

    def _head_match(self, i: int, name: str) -> bool:
        """Whether verb i hangs, as an adverbial clause or a conjunct, from a verb `name`
        matches ("the jetliner [crashed] ..., killing all 228", "the bus [overturned] and
        killed two")."""
        t = self.a.token(i)
        if t.dep not in ("advcl", "conj") or t.head == i:
            return False
        return self.a.token(t.head).pos == "VERB" and self._match(self.a.words(t.head), name)

    def _enabling(self, i: int) -> bool:
        """Verb i ("allow") with a clausal complement lets a thing happen rather than grants a
        party leave: its doer is no party ("This allows us to", "an emergency, which would
        allow him to act"), or the doer of the clause is the verb's own doer, a place or no
        party ("would allow him to act", "allow this chaos to continue").
        "the administration allowed them to march" grants leave."""
        a = self.a
        if not self._party_subject(i):
            return True
        own = set(a.entities(a.subject(i).token))
        for c in a.deps(i, "ccomp", "xcomp"):
            doers = a.deps(c, "nsubj") or a.deps(i, "dobj")
            if not doers:
                continue
            ents = set(a.entities(doers[0]))
            t = a.token(doers[0])
            people = t.tag == "PRP" and t.lemma.lower() not in THINGS
            people = people or self._match(a.modifier_words(doers[0]), "@victim")
            if not ents and not people:  # "the city", "it", "this chaos"
                return True
            if ents & own or self._entity_type(doers[0]) in ("LOC", "FAC"):
                return True
        return False

    def _party_subject(self, i: int) -> bool:
        """Whether verb i is done by a party: its subject (a relative pronoun's antecedent:
        "an emergency, which he said would allow him to act") is an actor of the article or a
        personal pronoun, not a thing ("the delay allowed", "This allows us to")."""
        a = self.a
        own = a.deps(i, "nsubj")
        s = own[0] if own else a.subject(i).token
        if s is not None and a.lemma(s) in RELATIVE:
            h, seen = i, 0
            while a.token(h).dep != "relcl" and a.token(h).head != h and seen < 4:
                h, seen = a.token(h).head, seen + 1
            s = a.token(h).head if a.token(h).dep == "relcl" else None
        if s is None:
            return False
        t = a.token(s)
        return a.entity(s) is not None or (t.tag == "PRP" and t.lemma.lower() not in THINGS)

    def stative(self, i: int) -> bool:
        """A present-tense passive with no other auxiliary: "who is supported by the mainland
        government", "the rebels are backed by Iran" tell a standing relation, where "was
        backed", "has been backed" or "will be backed" tell an act."""
        a = self.a
        aux = [a.token(x) for x in a.deps(i, "auxpass", "aux")]
        return (
            a.token(i).tag == "VBN"
            and bool(aux)
            and all(t.dep == "auxpass" and t.tag in ("VBZ", "VBP") for t in aux)
        )

    def _refusal(self, i: int) -> bool:
        """Verb i is negated with a volitional modal: "would not consider", "won't accept"."""
        aux = {self.a.lemma(x) for x in self.a.deps(i, "aux")}
        return bool(self.a.deps(i, "neg")) and bool(aux & VOLITIONAL_AUX)

    def _modal_clause(self, i: int) -> bool:
        """A clausal complement with a modal whose doer is a party: "warned it would
        retaliate", "warned that Israel will respond", "warned that sanctions would be
        imposed" (a passive: someone will act). A modal clause about how things will be, with
        "there" or a thing as its subject, is a prediction, no threat: "warned there could be
        additional charges", "warn that some places may not receive aid", "warned that talk of
        a recovery might be premature"."""
        a = self.a
        return any(
            any(a.token(x).tag == "MD" for x in a.deps(c, "aux")) and self._party_clause(c)
            for c in a.deps(i, "ccomp")
        )

    def _party_clause(self, c: int) -> bool:
        """Whether clause c is done by a party: passive, or its subject a pronoun, a named or
        known actor (an entity), or absent."""
        a = self.a
        if a.deps(c, "nsubjpass", "auxpass"):
            return True
        subj = a.deps(c, "nsubj", "expl", "csubj")
        if not subj:
            return True
        s = subj[0]
        if a.token(s).dep == "expl" or a.lemma(s) == "there":
            return False
        return a.token(s).tag == "PRP" or a.entity(s) is not None

    def _for_clause(self, i: int, prep: str) -> bool:
        """A clause the preposition opens, with its own subject and "to": "called for his death
        to be investigated", "called for the Justice Department to review the case" (the
        parser makes the preposition the clause's marker, so the verb has no object of it)."""
        a = self.a
        return any(
            any(a.lemma(m) == prep for m in a.deps(c, "mark"))
            and any(a.lemma(x) == "to" for x in a.deps(c, "aux"))
            for c in a.deps(i, "advcl", "ccomp", "xcomp")
        )

    def _prep_words(self, i: int) -> set[str]:
        """The prepositions and particles of verb i, less a phrase of time: "called off its
        search late [on] Tuesday", "called Alicia Machado [on] Friday", "the pontiff had called
        him [on] Wednesday" tell when, and are no "call on" of an appeal."""
        a = self.a
        return {
            a.lemma(p)
            for p in a.deps(i, "prep", "prt")
            if not (objs := a.deps(p, "pobj")) or not all(self._time(o) for o in objs)
        }

    def _time(self, i: int) -> bool:
        """Whether noun i is a date or a time of day ("Friday", "Monday night")."""
        return self.a.token(i).ent_type in TIME_TYPES

    def place_phrase(self, i: int) -> int | None:
        """A named place "in/at" the verb, its object or the object of its preposition: "attend a
        summit [in Switzerland]", "a visit to production sites [in the UK]"."""
        for h in [i, *self._objects(i), *(o for _, o in self.a.preps(i))]:
            for word, o in self.a.preps(h):
                if word in PLACE_PREPS and self._entity_type(o) in PLACE_TYPES:
                    return o
        return None

    # -- codings ---------------------------------------------------------------------------

    def verb(self, i: int) -> Coding | None:
        t = self.a.token(i)
        if (
            t.pos not in VERBAL_POS
            or t.dep in SKIP_DEPS
            or t.ent_type in NAME_TYPES
            or self._nominal_gerund(i)
            or self._impression(i)
        ):
            return None
        lemma = t.lemma.lower()
        trig = None
        for cand in self.a.lemmas(i):
            if (trig := self.onto.verbs.get(cand)) is not None or (
                cand,
                None,
            ) in self.onto.governors:
                lemma = cand
                break
        if (named := self.naming.code(i)) is not None:  # "called the move a disgrace"
            return Coding(i, "VERB", named, None, None, None, "lexicon")
        if trig is not None:
            frame, hit, _ = self.frame_for(trig, i)
            if frame is not None or not trig.frames_only:
                code = frame.code if frame else trig.code
                code = self._campaign_code(i, code, lemma, hit)
                if frame is not None and not frame.consumes:
                    hit = None
                return Coding(i, "VERB", code, trig.rcode, trig, frame, "lexicon", consumed=hit)
        if self.petrarch and (lemma, None) not in self.onto.governors:
            return self._petrarch(i, lemma)
        return None

    def _impression(self, i: int) -> bool:
        """ "his resemblance to Allen was striking", "It's always striking when a giant hit
        leads to anger": a participle of impression (`impression_participles`) after "be", with
        no object, particle or prepositional phrase, whose subject is no party (no entity and no
        personal pronoun), tells how a thing strikes the reader, no act: an adjective the
        tagger read as a progressive verb. "Workers were striking", "troops were striking the
        town" and "striking the guard" stay."""
        a = self.a
        t = a.token(i)
        if t.tag != "VBG" or t.text.lower() not in IMPRESSION_PARTICIPLES:
            return False
        if not any(a.lemma(x) == COPULA for x in a.deps(i, "aux")):
            return False
        if a.deps(i, "dobj", "prt", "prep", "dative", "agent"):
            return False
        s = a.subject(i).token
        return s is not None and a.entity(s) is None and a.lemma(s) not in PERSONAL_PRONOUNS

    def _nominal_gerund(self, i: int) -> bool:
        """ "killed in police firing", "resorted to firing": a gerund the tagger read as a verb,
        object of a preposition with no object of its own, whose form the lexicon lists as an
        event noun, is that noun."""
        t = self.a.token(i)
        return (
            t.tag == "VBG"
            and t.dep == "pobj"
            and t.text.lower() in self.onto.nouns
            and not self.a.deps(i, "dobj", "nsubj", "aux")
        )

    def noun_trigger(self, i: int) -> Trigger | None:
        t = self.a.token(i)
        if self._nominal_gerund(i):
            return self.onto.nouns.get(t.text.lower())
        if t.pos not in NOMINAL_POS:
            return None
        trig = self.onto.nouns.get(t.lemma.lower())
        if trig is None and (first := self.a.hyphen_prefix(i)) is not None:
            trig = self.onto.nouns.get(f"{first}-{t.lemma.lower()}")  # "staged sit-ins"
        if trig is None or (trig.plural_only and t.tag != "NNS"):
            return None
        if trig.count_only and t.tag == "NN" and not self.a.deps(i, "det", "poss"):
            return None
        if trig.needs_owner and self.light_verb(i) is None and not self.a.owned_act(i):
            return None
        return trig

    def noun(self, i: int) -> Coding | None:
        t = self.a.token(i)
        if t.dep in ("compound",):
            return None
        trig = self.noun_trigger(i)
        if trig is None and t.lemma.lower() in TRANSPARENT_HEADS:
            trig = next(
                (x for c in self.a.deps(i, "compound") if (x := self.noun_trigger(c))), None
            )
        if trig is None:
            return None
        frame, _, _ = self.frame_for(trig, i)
        if trig.needs_mod and not (set(trig.needs_mod) & self.a.modifier_words(i)) and not frame:
            return None
        light = self.light_verb(i)
        if trig.needs_light and light is None and frame is None:
            return None
        code = frame.code if frame else trig.code
        if code == "141" and self._campaign_gathering(i, light):
            code = None
        if code in ASSAULT_CODES and self._attack_in_words(i, t.lemma.lower(), light):
            code = CRITICISM
        return Coding(i, "NOUN", code, trig.rcode, trig, frame, "lexicon", light=light)

    def _campaign_gathering(self, i: int, light: int | None) -> bool:
        """Whether rally i is a campaign event rather than a demonstration (CAMPAIGN_WORDS)."""
        a = self.a
        if a.lemma(i) not in CAMPAIGN_GATHERINGS:
            return False
        sent = a.sentence_of(i)
        if any(a.lemma(j) in PROTEST_WORDS for j in range(len(a.tok)) if a.tok[j].sent == sent):
            return False  # "a protest rally", "rallied against the bill"
        if a.modifier_words(i) & CAMPAIGN_WORDS:
            return True
        holders = list(a.deps(i, "poss"))
        if light is not None and (s := a.subject(light).token) is not None:
            holders.append(s)
        t = a.token(i)
        if t.dep == "pobj" and a.lemma(t.head) in OCCASION_PREPS and t.head != i:
            v = a.token(t.head).head  # "Trump tells his supporters at a Michigan rally"
            while a.token(v).pos != "VERB" and a.token(v).head != v:
                v = a.token(v).head
            if a.token(v).pos == "VERB" and (s := a.subject(v).token) is not None:
                holders.append(s)
        for h in holders:
            if a.modifier_words(h) & CAMPAIGN_WORDS:
                return True
            one = self._entity_type(h) == "PERSON" or a.lemma(h) in SINGLE_PERSON_PRONOUNS
            if one and self._campaign_story():
                return True
        return False

    def _campaign_code(self, i: int, code: str | None, lemma: str, hit: int | None) -> str | None:
        """The code of verb i in an article about an election: an assault in words, its own
        or that of the attack noun its frame took (`hit`: "engaged in a nonstop [attack] on
        me"), is criticism; a named person beaten (`campaign_wins`) lost a contest, no act."""
        if code in ASSAULT_CODES and (
            self._attack_in_words(i, lemma)
            or (hit is not None and self._attack_in_words(i, self.a.lemma(hit)))
        ):
            return CRITICISM
        if (
            code is not None
            and lemma in CAMPAIGN_WINS
            and self._attack_in_words(i, lemma, words=CAMPAIGN_WINS)
            and any(self._entity_type(o) == "PERSON" for o in self._objects(i))
        ):
            return None
        return code

    def _attack_in_words(
        self,
        i: int,
        lemma: str,
        light: int | None = None,
        *,
        words: frozenset[str] = CAMPAIGN_ATTACKS,
    ) -> bool:
        """Whether attack i (verb, or noun with its light verb) is made in words: a word of
        `campaign_attacks` (or of `words`) in an article about an election, its striker one
        person (a named person or "he"/"his": the verb's active subject, the noun's owner or
        its light verb's subject) and no word of bodily harm in its sentence
        (`physical_attack_words`)."""
        a = self.a
        if lemma not in words or not self._campaign_story():
            return False
        if a.token(i).pos == "VERB" or light is not None:
            subj = a.subject(light if light is not None else i)
            strikers = [] if subj.passive or subj.token is None else [subj.token]
        else:
            strikers = list(a.deps(i, "poss"))
        if not strikers or not all(
            self._entity_type(s) == "PERSON"
            or a.lemma(s) in ONE_PERSON_WORDS
            or a.token(s).text.lower() in ONE_PERSON_WORDS
            for s in strikers
        ):
            return False
        rng = a.tree.sentence_tokens(a.sentence_of(i))
        return not any(a.token(j).text.lower() in PHYSICAL_WORDS for j in rng)

    def _campaign_story(self) -> bool:
        """Whether the article is about an election: it uses CAMPAIGN_STORY_MIN campaign
        words."""
        if self._campaign is None:
            n = sum(1 for t in self.a.tok if t.lemma.lower() in CAMPAIGN_WORDS)
            self._campaign = n >= CAMPAIGN_STORY_MIN
        return self._campaign

    def light_verb(self, i: int) -> int | None:
        """The light verb a nominal trigger is the object of: "held talks", "carried out a raid",
        "is [in talks] with" (a light verb whose record lists `nouns` lights those only)."""
        t = self.a.token(i)
        h = t.head
        noun = t.lemma.lower()
        if t.dep == "pobj" and self.a.lemma(h) == "of" and h != i:
            box = self.a.token(h).head  # "launched [10 days] of war games"
            if self.a.lemma(box) in CONTAINERS and box != h:
                t, i, h = self.a.token(box), box, self.a.token(box).head
        if t.dep in ("dobj", "nsubjpass", "attr") and h != i:
            spec = self._light_spec(h)
            # a light verb kept to some nouns lends only its preposition ("be [in talks]"), or,
            # with no preposition, lights only those objects ("announced [an inquiry]")
            if (
                spec
                and ("nouns" not in spec or (not spec.get("prep") and noun in spec["nouns"]))
                and (not spec.get("prt") or self.a.particle(h) == spec["prt"])
            ):
                return h
        if t.dep == "pobj":
            p = self.a.token(h)
            v = p.head
            spec = self._light_spec(v)
            if spec and spec.get("prep") == p.lemma.lower() and noun in spec.get("nouns", (noun,)):
                return v
            return self._light_phrase(v, p.lemma.lower())
        return None

    def _light_phrase(self, v: int, prep: str) -> int | None:
        """A verb and its object that light a noun together: "took part [in] a general strike"
        (a `light` record whose lemma is the two words, "take part"); the preposition may hang
        on the verb or on its object."""
        a = self.a
        t = a.token(v)
        verb, objs = (t.head, [v]) if t.dep == "dobj" and t.head != v else (v, a.deps(v, "dobj"))
        if a.token(verb).pos not in ("VERB", "AUX"):
            return None
        for o in objs:
            for w in a.lemmas(verb):
                spec = self.onto.lights.get(f"{w} {a.lemma(o)}")
                if spec and spec.get("prep") == prep:
                    return verb
        return None

    def _light_spec(self, v: int) -> dict[str, Any] | None:
        if self.a.token(v).pos not in ("VERB", "AUX"):
            return None
        return next((s for w in self.a.lemmas(v) if (s := self.onto.lights.get(w))), None)

    def _petrarch(self, i: int, lemma: str) -> Coding | None:
        entries = self.onto.petrarch.get(lemma)
        if not entries:
            return None
        prts = self._prep_words(i)
        best: tuple[int, str | None, str | None, bool] | None = None
        for v in entries:
            if v.prt and v.prt not in prts:
                continue
            scored = self._petrarch_pattern(v, i)
            if scored[0] >= PETRARCH_MIN_SPECIFICITY and (best is None or scored[0] > best[0]):
                best = scored
        if best is None:
            return None
        _, code, rcode, swap = best
        if code is None or code.startswith("01") or self.onto.code(code) is None:
            return None
        return Coding(i, "VERB", code, rcode, None, None, "petrarch2", swap=swap)

    def _bag(self, i: int | None, limit: int = 12) -> frozenset[str]:
        """The words of the first `limit` tokens of i's phrase; kept, as each pattern of each
        PETRARCH-2 entry of a verb asks for the same phrases."""
        if i is None:
            return frozenset()
        if (known := self._bags.get((i, limit))) is None:
            out: set[str] = set()
            for j in sorted(self.a.tree.subtree(i))[:limit]:
                out |= self.a.words(j)
            known = self._bags[(i, limit)] = frozenset(out)
        return known

    def _has(self, bag: AbstractSet[str], words: tuple[str, ...]) -> bool:
        return all(self.onto.any_in_class(bag, x) for x in words)

    def _petrarch_pattern(
        self, v: PetrarchVerb, i: int
    ) -> tuple[int, str | None, str | None, bool]:
        """Best pattern of a PETRARCH verb entry as (specificity, code, rcode, swap)."""
        a = self.a
        objs = self._objects(i)
        obj_bag = frozenset().union(*(self._bag(o) for o in objs))
        preps = a.preps(i)
        prt = a.particle(i)
        subj_bag: frozenset[str] | None = None  # the subject's words, found at the first need
        best: tuple[int, str | None, str | None, bool] = (0, v.code, v.rcode, False)
        for p in v.patterns:
            score = 0
            if p.prt:
                if prt != p.prt:
                    continue
                score += 1
            if p.obj:
                if not self._has(obj_bag, p.obj):
                    continue
                score += len(p.obj)
            ok = True
            for word, need in p.preps:
                alts = set(word.split("/"))
                if not any(w in alts and self._has(self._bag(o), need) for w, o in preps):
                    ok = False
                    break
                score += 1 + len(need)
            if not ok:
                continue
            if p.subj:
                if subj_bag is None:
                    subj_bag = self._bag(a.subject(i).token, 4)
                if not self._has(subj_bag, p.subj):
                    continue
                score += len(p.subj)
            if score > best[0]:
                if p.code:
                    best = (score, p.code, p.rcode, False)
                else:  # "[:054]" codes only the reversed event; "[---]" blocks coding
                    best = (score, p.rcode, None, p.rcode is not None)
        return best
